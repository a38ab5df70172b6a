/**
 * Names the rules missed, by a learned tagger (issue #11: "a small learned model … trained by a
 * script in the repository and shipped as a data file … where it beats rules on held-out
 * documents"). A logistic model over generic evidence (nameModelFeatures.ts: word shape, lexicon
 * memberships, cue words and punctuation around the word, the line and its place on the page)
 * gives every capitalised token a probability of being part of a person's name; adjacent tokens
 * above the threshold on one line, with particles and initials between or before them, make a
 * span. The weights are learned by assets/names-model/train-names.mjs on development material only
 * and shipped in nameModel.generated.ts.
 *
 * The rules win: a span that overlaps anything `name.patterns` found on the page (suggested or
 * kept) is dropped, and so is an official the document or the dossier already knows. The same
 * keeps apply: a name in a public role is kept with the rules' reason (`publicRole`);
 * organisations, products, places, streets, terms and headings are no persons. Only a find far
 * above the threshold joins the document's memory as a confident person (phase 2: its other forms
 * on this page and the pages after it), so a weak guess never spreads.
 */
import type { Candidate, Detector, KnownName } from '../types';
import { NAME_MODEL_LOW, NAME_MODEL_SINGLE, NAME_MODEL_SPREAD, NAME_MODEL_THRESHOLD, NAME_MODEL_WEIGHTS } from '../nameModel.generated';
import { describe, featuresOf, isCandidate, isInnerParticle, lineInfos, tokenInfos, tokenise, type Tokenised } from '../nameModelFeatures';
import { groupNameBefore, marriedNameEnd, publicRole, ruleNameSpans } from './names';
import { NEVER_NAMES, ORG_WORDS, PUBLIC_ROLES, isFunctionLine } from '../dutch';
import { isCommonWord, isEnglishWord, isFirstName, isKnownSurname, isProperWord } from '../lexicon';
import { collapse } from '../text';

let weights: Map<string, number> | undefined;
let bias = 0;

/** The shipped weights as a map, parsed on first use ("feature weight" per line). */
function model(): Map<string, number> {
  if (weights) return weights;
  weights = new Map();
  for (const line of NAME_MODEL_WEIGHTS.split('\n')) {
    const sp = line.lastIndexOf(' ');
    if (sp > 0) weights.set(line.slice(0, sp), Number(line.slice(sp + 1)));
  }
  bias = weights.get('bias') ?? 0;
  weights.delete('bias');
  return weights;
}

/** The probability that each token is part of a person's name (NaN for tokens not judged). */
export function tokenProbabilities(tk: Tokenised, w: ReadonlyMap<string, number> = model(), b = w === weights ? bias : (w.get('bias') ?? 0)): Float64Array {
  const infos = tokenInfos(tk);
  const lines = lineInfos(tk);
  const out = new Float64Array(tk.tokens.length).fill(Number.NaN);
  tk.tokens.forEach((t, i) => {
    if (!isCandidate(t)) return;
    // Words no name ever is (function words, months, roles, titles, functions, organisation words)
    // are not worth the features, and never join a span ("Kamerlid" before a name).
    const c = infos[i]!.classes;
    if (NOT_NAME_CLASSES.some((x) => c.includes(x)) && !c.includes('first') && !c.includes('sur')) {
      out[i] = 0;
      return;
    }
    let s = b;
    for (const f of featuresOf(tk, infos, lines, i)) if (f !== 'bias') s += w.get(f) ?? 0;
    out[i] = 1 / (1 + Math.exp(-s));
  });
  return out;
}

const NOT_NAME_CLASSES = ['never', 'role', 'title', 'func', 'org', 'date', 'placeword'];

export interface ModelSpan {
  start: number;
  end: number;
  /** Mean probability of the span's judged tokens. */
  p: number;
  /** Token indices of the span. */
  tokens: number[];
}

/**
 * Spans of adjacent name tokens on one line: a token at or above `threshold` opens a span, which
 * takes in its neighbours at or above `low` (the second word of "Oriwa Hēnare" once the first is
 * sure), lower-case particles between them ("van der") and initials before them ("B. Okonkwo");
 * separated only by spaces. A span of initials alone is none.
 */
export function decodeSpans(tk: Tokenised, probs: Float64Array, threshold: number, low = threshold): ModelSpan[] {
  const spans: ModelSpan[] = [];
  const sure = (i: number) => probs[i]! >= threshold;
  const on = (i: number) => probs[i]! >= low;
  const initials = (i: number) => /^(?:\p{Lu}\.)+$/u.test(tk.tokens[i]?.str ?? '');
  const sameLine = (a: number, b: number) => tk.tokens[a]!.line === tk.tokens[b]!.line;
  const spaceOnly = (a: number, b: number) => sameLine(a, b) && /^[ \u00a0]+$/.test(tk.text.slice(tk.tokens[a]!.end, tk.tokens[b]!.start));
  const particle = (k: number) => /^\p{Ll}/u.test(tk.tokens[k]!.str) && isInnerParticle(tk.tokens[k]!.str);
  let i = 0;
  while (i < tk.tokens.length) {
    if (!sure(i)) {
      i++;
      continue;
    }
    let from = i;
    // Likely name words, particles and initials right before: "B. van Okonkwo", "Oriwa Hēnare".
    for (;;) {
      let k = from - 1;
      while (k >= 0 && particle(k) && spaceOnly(k, k + 1)) k--;
      if (k >= 0 && spaceOnly(k, k + 1) && (on(k) || initials(k))) from = k;
      else break;
    }
    let to = i;
    for (;;) {
      let k = to + 1;
      while (k < tk.tokens.length && particle(k) && spaceOnly(k - 1, k)) k++;
      if (k < tk.tokens.length && spaceOnly(k - 1, k) && on(k)) to = k;
      else break;
    }
    const idx: number[] = [];
    for (let k = from; k <= to; k++) idx.push(k);
    const judged = idx.filter((k) => !Number.isNaN(probs[k]!) && on(k));
    if (judged.some((k) => !initials(k))) {
      const p = judged.reduce((a, k) => a + probs[k]!, 0) / judged.length;
      spans.push({ start: tk.tokens[from]!.start, end: tk.tokens[to]!.end, p, tokens: idx });
    }
    i = to + 1;
  }
  return spans;
}

/** The strongest evidence for a span's tokens, in words ("bekende voornaam, na 'met'"). */
function evidence(tk: Tokenised, span: ModelSpan): string {
  const w = model();
  const infos = tokenInfos(tk);
  const lines = lineInfos(tk);
  const score = new Map<string, number>();
  for (const i of span.tokens) {
    if (!isCandidate(tk.tokens[i]!)) continue;
    for (const f of featuresOf(tk, infos, lines, i)) {
      const d = describe(f);
      const v = w.get(f) ?? 0;
      if (d && v > 0) score.set(d, Math.max(score.get(d) ?? 0, v));
    }
  }
  const top = [...score.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([d]) => d);
  return top.length ? top.join(', ') : 'vorm en plaats van het woord';
}

/**
 * A span the model may suggest holds a word that can only be a name, or a name of the lexicons:
 * ordinary Dutch or English words alone ("Europese", "European Commission", "Meer") are no
 * person however they stand, nor a lone word of three letters or fewer that is no known first
 * name (a law's abbreviation, "Awb", "Wpg").
 */
function personLike(tk: Tokenised, span: ModelSpan): boolean {
  const infos = tokenInfos(tk);
  const judged = span.tokens.filter((k) => isCandidate(tk.tokens[k]!) && !/^(?:\p{Lu}\.)+$/u.test(tk.tokens[k]!.str));
  if (judged.length === 1 && tk.tokens[judged[0]!]!.str.length <= 3 && !infos[judged[0]!]!.classes.includes('first')) return false;
  // One word that is also an ordinary Dutch word ("Meer" of "Advies & Meer", "Groen", "Vos": the
  // lexicons mark such surnames ambiguous) is no person on the model's word alone: the rules find
  // such names where a layout or sentence says a person stands, and the model as part of a longer name.
  if (judged.length === 1) {
    const c = infos[judged[0]!]!.classes;
    if (c.includes('ambig') && !c.includes('first')) return false;
  }
  // Languages, countries, regions, peoples and their adjectives, services and products
  // ("Europese", "Engels", "Twente", "Logius"; lexicon.ts `isProperWord`) name no person: a span
  // of such words alone is none, however it stands.
  if (judged.length > 0 && judged.every((k) => isProperWord(tk.tokens[k]!.str))) return false;
  // Every word of the span can be a name's: "Mozilla Firefox" (an English compound), "Nederlander"
  // (a people), "European Commission" are none.
  return judged.length > 0 && judged.every((k) => {
    const c = infos[k]!.classes;
    return c.includes('first') || c.includes('sur') || !(c.includes('nl') || c.includes('en') || c.includes('encomp') || c.includes('placeword') || c.includes('place'));
  });
}

/**
 * The span stands in a run of capitalised words with an ordinary word, a compound of words or a
 * people's name beside it ("Mozilla Firefox", "Microsoft Edge", "Stichting X"): the name of a thing.
 * Function words, titles, roles and sentence openers beside it do not count ("Jurist", "Beste").
 */
function partOfThingName(tk: Tokenised, span: ModelSpan): boolean {
  const infos = tokenInfos(tk);
  const first = span.tokens[0]!;
  const last = span.tokens[span.tokens.length - 1]!;
  const beside = (k: number, toward: number) => {
    const t = tk.tokens[k];
    if (!t || !/^\p{Lu}/u.test(t.str) || t.line !== tk.tokens[toward]!.line) return false;
    const [a, b] = k < toward ? [t.end, tk.tokens[toward]!.start] : [tk.tokens[toward]!.end, t.start];
    if (!/^[ \u00a0]+$/.test(tk.text.slice(a, b))) return false;
    const c = infos[k]!.classes;
    if (['never', 'func', 'role', 'title', 'date', 'init', 'first', 'sur'].some((x) => c.includes(x))) return false;
    return ['nl', 'en', 'encomp', 'placeword', 'org'].some((x) => c.includes(x));
  };
  return beside(first - 1, first) || beside(last + 1, last);
}

/** A plural public role right before a list of names ("wethouders Claassen, …"): the first of the list is one of them. */
const PLURAL_ROLE_BEFORE = /(?:^|[^\p{L}])((?:wethouders|raadsleden|kamerleden|statenleden|gedeputeerden|ministers|staatssecretarissen|burgemeesters|de\s+leden))\s+$/iu;
function pluralRoleBefore(before: string): string | undefined {
  const m = PLURAL_ROLE_BEFORE.exec(before);
  return m ? `publieke functie: '${m[1]!.toLowerCase()}' (in een opsomming)` : undefined;
}

/** The span is one word (initials aside) and no first-name or surname lexicon holds it. */
function loneUnknownWord(tk: Tokenised, span: ModelSpan): boolean {
  const infos = tokenInfos(tk);
  const words = span.tokens.filter((k) => isCandidate(tk.tokens[k]!) && !/^(?:\p{Lu}\.)+$/u.test(tk.tokens[k]!.str));
  return words.length <= 1 && !span.tokens.some((k) => infos[k]!.classes.includes('first') || infos[k]!.classes.includes('sur'));
}

/** Classes of a word that is also an ordinary Dutch word (the lexicons' ambiguous names, "Bent", "Roos"). */
const ALSO_WORD = ['ambig', 'nl', 'possible'];

/**
 * A lone word that opens a sentence, a question or a line and is also an ordinary Dutch word
 * ("Bent u het niet eens …?", "Ben je …", "Dan kunt u …": a verb or an adverb that is a first name
 * in some language), followed by a word in lower case: no person without further evidence. A
 * greeting, a label, a title or a sign-off before it puts the word mid-line; a chat sender ("Bent:")
 * or an address ("Bent, …") has punctuation after it; a surname after it makes a span of two.
 */
function sentenceOpener(tk: Tokenised, span: ModelSpan): boolean {
  const infos = tokenInfos(tk);
  const words = span.tokens.filter((k) => isCandidate(tk.tokens[k]!));
  if (words.length !== 1) return false;
  const k = words[0]!;
  const t = tk.tokens[k]!;
  const c = infos[k]!.classes;
  if (!ALSO_WORD.some((x) => c.includes(x)) && !NEVER_NAMES.has(t.str.toLowerCase())) return false;
  const next = tk.tokens[k + 1];
  if (!next || next.line !== t.line || !/^\p{Ll}/u.test(next.str) || !/^[ \u00a0]+$/.test(tk.text.slice(t.end, next.start))) return false;
  const line = tk.lines[t.line]!;
  const before = tk.text.slice(line.start, t.start);
  // Mid-line, only right after the end of a sentence ("… verstreken. Bent u …").
  if (/\S/.test(before)) return /[.?!]["'”’)]?[ \u00a0]+$/u.test(before) && !/(?:^|[ \u00a0])(?:\p{Lu}\.)+[ \u00a0]+$/u.test(before);
  // At the start of a line: unless the line above is a sentence that runs on into it (ends in a
  // lower-case word or a comma, and is longer than a heading).
  const l = t.line - 1;
  if (l < 0) return true;
  const above = tk.text.slice(tk.lines[l]!.start, tk.lines[l]!.end).trim();
  return !(above.length > 40 && /(?:\p{Ll}|,)$/u.test(above));
}

/**
 * The word is a piece of a longer one that the text model broke: a glyph with no Unicode meaning
 * (a private-use code or U+FFFD, where a ligature such as "fd" or "fi" lost its ToUnicode entry,
 * PDF 32000-1 §9.10) stands right before or after it ("Hetzel\uE01Ede" for "Hetzelfde").
 */
function brokenWord(tk: Tokenised, span: ModelSpan): boolean {
  return /[\p{Co}\p{Cn}\uFFFD]/u.test(tk.text.charAt(span.end)) || (span.start > 0 && /[\p{Co}\p{Cn}\uFFFD]/u.test(tk.text.charAt(span.start - 1)));
}

/** A capitalised ordinary word of a title ("Privacy-Preserving", "Proximity", "Tracing"): no name, function or role. */
function titleWord(str: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(str) || isFirstName(str) || isKnownSurname(str) || isFunctionLine(str) || PUBLIC_ROLES.includes(str.toLowerCase())) return false;
  return str.split('-').every((p) => p.length > 1 && (isCommonWord(p.toLowerCase()) || isEnglishWord(p.toLowerCase())) && !NEVER_NAMES.has(p.toLowerCase()));
}

/**
 * A lone word no lexicon holds inside a title written in title case: two or more capitalised
 * ordinary words right beside it on its line, with only spaces, commas, quotes or a hyphen between
 * ("Decentralised, Privacy-Preserving Proximity Tracing", a misspelt word of a heading). A person
 * does not stand in a row of capitalised ordinary words; functions and roles do not count
 * ("Tamatea, Senior Beleidsadviseur").
 */
function inTitleRun(tk: Tokenised, span: ModelSpan): boolean {
  if (!loneUnknownWord(tk, span)) return false;
  const first = span.tokens[0]!;
  const last = span.tokens[span.tokens.length - 1]!;
  const line = tk.tokens[first]!.line;
  const joins = (a: number, b: number) => /^[ \u00a0,:“”"'‘’–-]*$/u.test(tk.text.slice(tk.tokens[a]!.end, tk.tokens[b]!.start));
  let n = 0;
  for (let k = last + 1; k < tk.tokens.length && tk.tokens[k]!.line === line && joins(k - 1, k) && titleWord(tk.tokens[k]!.str); k++) n++;
  for (let k = first - 1; k >= 0 && tk.tokens[k]!.line === line && joins(k, k + 1) && titleWord(tk.tokens[k]!.str); k--) n++;
  return n >= 2;
}

/**
 * The proposer of a motion or an amendment in parliament or a council ("de motie Pietersma c.s.",
 * "het amendement-Ruatapu", "motie van het lid X"): a member of an elected body in a public role.
 */
const MOTION_BEFORE = /(?:^|[^\p{L}])(motie|moties|amendement|amendementen|initiatiefnota|initiatiefvoorstel|initiatiefwetsvoorstel)(?:-|[ \u00a0]+(?:van[ \u00a0]+(?:het[ \u00a0]+lid|de[ \u00a0]+leden)[ \u00a0]+)?)$/iu;
const CS_AFTER = /^[ \u00a0]*\(?c\.s\./u;
function motionProposer(before: string, after: string): string | undefined {
  const m = MOTION_BEFORE.exec(before);
  if (m) return `volksvertegenwoordiger: indiener van een ${m[1]!.toLowerCase()}`;
  if (CS_AFTER.test(after)) return "volksvertegenwoordiger: indiener met anderen ('c.s.') van een motie of amendement";
  return undefined;
}

/** Public offices that name their holder by surname in running text ("minister Pietersma", "het lid Ngata"). */
const OFFICE_BEFORE = '(?:minister-president|minister|staatssecretaris|premier|kamerlid|het\\s+lid|de\\s+leden|wethouder|burgemeester|gedeputeerde|raadslid|statenlid|europarlementariër|senator|commissaris\\s+van\\s+de\\s+koning(?:in)?|fractievoorzitter)';
const officeCache = new WeakMap<object, Map<string, string | undefined>>();
/**
 * The document names the span's surname elsewhere with a public office right before it ("minister
 * Pietersma", "het lid Ngata (PvdA)", "staatssecretaris R. Ngata"): the same official, kept.
 */
function officeInDocument(pages: readonly { text: string }[], surname: string): string | undefined {
  let cache = officeCache.get(pages);
  if (!cache) officeCache.set(pages, (cache = new Map()));
  if (cache.has(surname)) return cache.get(surname);
  const esc = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?:^|[^\\p{L}])(${OFFICE_BEFORE})(?:\\s+van\\s+(?:\\p{Lu}[\\p{L}-]*|en|voor)(?:\\s+(?:\\p{Lu}[\\p{L}-]*|en|voor))*)?\\s+(?:(?:\\p{Lu}\\.)+\\s*|\\p{Lu}[\\p{Ll}-]+\\s+)?(?:(?:van|de|der|den|ter|ten|te|het)\\s+)*${esc}(?![\\p{L}])`, 'iu');
  let found: string | undefined;
  for (const p of pages) {
    const m = re.exec(p.text);
    if (m) {
      found = `publieke functie: '${m[1]!.toLowerCase().replace(/\s+/g, ' ')}' (elders in het document)`;
      break;
    }
  }
  cache.set(surname, found);
  return found;
}

/** Streets and institutions named after a person are no person. */
const NOT_A_PERSON = /\p{L}{3}(?:straat|laan|weg|plein|kade|gracht|singel|dreef|steeg|boulevard|plantsoen|allee|burgwal|museum|school|college|ziekenhuis|centrum|fonds|instituut|stichting|huis|zaal|prijs)$/iu;

/** A compound that names a kind of organisation or building, before its proper name. */
const ORG_BEFORE = /(?:vereniging|stichting|club|centrum|school|college|museum|theater|ziekenhuis|kliniek|bedrijf|fonds|instituut|genootschap|coöperatie|federatie|bond|huis|kerk|moskee|gemeente|wijk|buurt|park|hal)$/iu;

/** The rest of the line after a name ends in a house number: the name is part of a street's. */
const STREET_AFTER = /^(?:[ \u00a0]+(?:[\p{L}'’.-]+[ \u00a0]+){0,4}?[\p{L}'’.-]*)?(?:[ \u00a0]+|[ \t]*\n[ \t]*)\d{1,4}(?:[ -]?[a-zA-Z]{1,2})?\b[ \t]*(?:[,|·\n]|$)/u;
/** "Bezoekadres …": what follows an address label is a street. */
const ADDRESS_LABEL = /(?:bezoekadres|postadres|afleveradres|vestigingsadres|correspondentieadres|adres|address|locatie)\s*:?\s*$/i;
/** A house number and a postcode on the next line: an address block. */
const POSTCODE_BELOW = /^[^\n]*\d{1,4}[^\n]*\n[ \t]*\d{4}[ \u00a0]?[A-Z]{2}\b/u;

/** A letter to parliament (published the day it is sent): persons in it are public, or already pseudonymised ("Hasna A."). */
const TO_PARLIAMENT = /\bVoorzitter\s+van\s+de\s+(?:Tweede|Eerste)\s+Kamer\b|\b[Uu]w\s+Kamer\b|\bKamervragen\s+van\s+(?:het\s+lid|de\s+leden)\b/u;
const parliamentCache = new WeakMap<object, boolean>();
function toParliament(pages: readonly { text: string }[]): boolean {
  let r = parliamentCache.get(pages);
  if (r === undefined) {
    r = pages.some((p) => TO_PARLIAMENT.test(p.text));
    parliamentCache.set(pages, r);
  }
  return r;
}

/**
 * A public official the document (or the dossier) has named elsewhere, whose surname or full name
 * the span holds: the span is that official, kept by the rules' memory (name.elsewhere), never suggested here.
 */
function knownOfficial(ctx: Parameters<Detector['run']>[0], text: string): boolean {
  const words = new Set(text.toLowerCase().split(/\s+/));
  const norm = collapse(text).toLowerCase();
  const all = [...ctx.memory.names, ...(ctx.memory.dossier ?? [])];
  const k = all.find((n) => n.public && ((n.surname !== undefined && n.surname.length >= 3 && (words.has(n.surname.toLowerCase()) || norm.endsWith(` ${n.surname.toLowerCase()}`))) || collapse(n.full).toLowerCase() === norm));
  return k !== undefined;
}

/**
 * One word that the document writes elsewhere as the first word of a company's name with its legal
 * form ("Kooistra" beside "Kooistra Wegenbouw B.V."): the company's published name, read apart (a
 * table's cell, the last line of a list), not a person. Only the model's lone-word finds are judged
 * so: a name the rules find (a title, a label) stays a person's.
 */
function companyWord(pages: readonly { text: string }[], word: string): boolean {
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}])${esc}(?:[ \\t]+(?:&[ \\t]+)?\\p{Lu}[\\p{L}'’.-]*){0,2}[ \\t]+(?:B\\.[ \\t]?V\\.|N\\.[ \\t]?V\\.|BV|NV|V\\.O\\.F\\.|VOF)(?![\\p{L}])`, 'u');
  return pages.some((p) => p.text.includes(word) && re.test(p.text));
}

export const nameModelDetector: Detector = {
  id: 'name.model',
  category: 'name',
  // Phase 2: after the rules have seen every page, so that an official they found on another page
  // or in another document is known (and kept) here too.
  phase: 2,
  run(ctx) {
    // English documents capitalise ordinary words; the model learned on Dutch ones. A letter to
    // parliament names public persons (and pseudonymises the others).
    if (ctx.profile.language === 'en' || toParliament(ctx.pages)) return [];
    const tk = tokenise(ctx.text);
    const probs = tokenProbabilities(tk);
    const rules = ruleNameSpans(ctx.page);
    const out: Candidate[] = [];
    let taken = 0;
    for (const span of decodeSpans(tk, probs, NAME_MODEL_THRESHOLD, NAME_MODEL_LOW)) {
      if (span.start < taken || rules.some(([a, b]) => a < span.end && span.start < b)) continue;
      // "Dorra Dridi e/v Moukoko": a married name's partner surname after "e/v" is part of the name
      // (the model reads the lower-case "e/v" as no name and finds two spans).
      const married = marriedNameEnd(ctx.text, span.end);
      if (married && !rules.some(([a, b]) => a < married && span.end < b)) { span.end = married; taken = married; }
      const text = ctx.text.slice(span.start, span.end);
      const words = text.split(/\s+/);
      if (words.some((w) => ORG_WORDS.test(w) || NOT_A_PERSON.test(w))) continue;
      if (!personLike(tk, span) || partOfThingName(tk, span)) continue;
      // Text-model artefacts and ordinary words in a person's place: a piece of a broken word, a
      // word opening a sentence or question, a misspelt word in a title.
      if (brokenWord(tk, span) || sentenceOpener(tk, span) || inTitleRun(tk, span)) continue;
      // One word that no name lexicon holds is the least precise kind of find (cross-validation on
      // the development splits: 3% wrong at the threshold, none at NAME_MODEL_SINGLE): it must be surer.
      if (span.p < NAME_MODEL_SINGLE && loneUnknownWord(tk, span)) continue;
      // "Sportvereniging Olympia Noord", "Zorgcentrum De Linde": a compound naming an organisation opens the name of one.
      const wordBefore = /([\p{L}-]+)[ \u00a0]+$/u.exec(ctx.text.slice(Math.max(0, span.start - 40), span.start))?.[1] ?? '';
      if (ORG_BEFORE.test(wordBefore)) continue;
      // "Waterschap Aa en Maas", "Projectgroep Zwembad Noord": further back in the same run of
      // capitalised words, a word that heads an organisation's, group's or project's name.
      if (groupNameBefore(ctx.text, span.start)) continue;
      // A heading in capitals or a line of the page's header or footer repeated on most pages is no person's line.
      const lineText = collapse(ctx.text.slice(ctx.text.lastIndexOf('\n', span.start - 1) + 1, ctx.text.indexOf('\n', span.end) < 0 ? ctx.text.length : ctx.text.indexOf('\n', span.end)));
      if (ctx.profile.boilerplate.has(lineText)) continue;
      // A street named after a person ("Cornelis Kuijpershof 50", then a postcode): an address.
      const rest = ctx.text.slice(span.end, span.end + 80);
      const lineBefore = ctx.text.slice(ctx.text.lastIndexOf('\n', span.start - 1) + 1, span.start);
      if (STREET_AFTER.test(rest) || POSTCODE_BELOW.test(rest) || ADDRESS_LABEL.test(lineBefore)) continue;
      // An official the rules know from elsewhere: their other mentions are name.elsewhere's to keep.
      if (knownOfficial(ctx, text)) continue;
      if (words.length === 1 && companyWord(ctx.pages, text)) continue;
      const role = publicRole(ctx, span.start, span.end, text) ?? pluralRoleBefore(ctx.text.slice(Math.max(0, span.start - 40), span.start)) ?? roleBeforeGivenName(ctx, span.start, span.end) ?? localParty(ctx.text.slice(span.end, span.end + 60))
        ?? motionProposer(ctx.text.slice(Math.max(0, span.start - 60), span.start), ctx.text.slice(span.end, span.end + 10))
        ?? officeInDocument(ctx.pages, words[words.length - 1]!)
        ?? (ctx.profile.assembly ? 'stuk van een volksvertegenwoordiging (raad, Staten, Kamer): naam van een lid of bestuurder in publieke rol' : undefined);
      const confidence = Math.round((0.5 + 0.3 * span.p) * 100) / 100;
      if (span.p >= NAME_MODEL_SPREAD && words.length >= 2) remember(ctx.memory.names, text, ctx.page.page, Boolean(role));
      out.push({
        category: 'name', start: span.start, end: span.end, confidence,
        reason: role ?? `waarschijnlijk een naam (model: ${evidence(tk, span)}; kans ${Math.round(span.p * 100)}%)`,
        keep: role !== undefined,
      });
    }
    return out;
  },
};

/**
 * "Minister Mate Matijašević" where the model found only the surname (the given name is also a
 * word): the role before the capitalised word before the span is the person's.
 */
function roleBeforeGivenName(ctx: Parameters<Detector['run']>[0], start: number, end: number): string | undefined {
  const m = /(\p{Lu}[\p{L}'’-]*)[ \u00a0]+$/u.exec(ctx.text.slice(Math.max(0, start - 40), start));
  if (!m) return undefined;
  const from = start - m[0].length;
  return publicRole(ctx, from, end, ctx.text.slice(from, end));
}

/** Words of the names of local parties ("Lokaal Belang", "Leefbaar X", "Gemeentebelangen", "Stadspartij X"). */
const LOCAL_PARTY = /^\s*\(\s*((?:[\p{Lu}\d][\p{L}\d'’-]*\s*){1,4})\)/u;
const PARTY_WORD = /(?:belang(?:en)?|leefbaar|lokaal|partij|lijst|progressief|onafhankelijk|democraten|liberalen|fractie|groen|burgers?|dorpen|gemeentebelang)/iu;
/** A person named with a local party in parentheses ("X (Lokaal Belang)") is a council member, in a public role. */
function localParty(after: string): string | undefined {
  const m = LOCAL_PARTY.exec(after);
  return m && PARTY_WORD.test(m[1]!) ? `volksvertegenwoordiger: partij '${m[1]!.trim()}' tussen haakjes na de naam` : undefined;
}

/** A confident model find becomes a known person of the document (its other forms are then suggested). */
function remember(names: KnownName[], text: string, page: number, isPublic: boolean): void {
  const full = collapse(text);
  if (names.some((k) => k.full === full)) return;
  const words = full.split(' ');
  const last = words[words.length - 1]!;
  const first = /^\p{Lu}\p{Ll}/u.test(words[0]!) && words.length >= 2 ? words[0] : undefined;
  names.push({ full, page, public: isPublic, surname: last, firstName: first, confident: !isPublic });
}
