/**
 * The learned name tagger's reading of a page (issue #11, "names beyond lexicon lookup"): tokens
 * with their lines, and for every capitalised token the generic evidence a reviewer would weigh
 * (word shape, lexicon memberships, the words and punctuation around it, the line and its place
 * on the page). No feature holds a string of any measuring corpus: words appear only through the
 * lexicons and the closed list of cue words below. Shared by the detector (detectors/nameModel.ts)
 * and the training script (assets/names-model/train-names.mjs), so both read pages the same way.
 */
import { CONTACT_LABELS, GREETING, HEADER_LABEL, HONORIFICS, NEVER_NAMES, ORG_WORDS, PARTICLES, PERSON_LABELS, PUBLIC_ROLES, RANKS, SIGNOFF, SIGNOFF_START, isFunctionLine } from './dutch';
import { isAmbiguousName, isCommonWord, isCommonWordOrCompound, isEnglishWord, isFirstName, isKnownSurname, isPlace, isPossibleName, isWorldName } from './lexicon';

export interface Token {
  str: string;
  start: number;
  end: number;
  /** Index of the token's line in `lines`. */
  line: number;
  /** Position of the token in its line (0 = first). */
  index: number;
}

export interface TokenLine {
  start: number;
  end: number;
  /** Indices into the token list: first and one past the last. */
  from: number;
  to: number;
}

export interface Tokenised {
  text: string;
  tokens: Token[];
  lines: TokenLine[];
}

// Initials ("B.", "G.H.") are one token; a word keeps its inner hyphens and apostrophes.
const TOKEN = /(?:\p{Lu}\.){1,5}(?![\p{L}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*(?:-[\p{L}\p{M}\p{N}'’]+)*/gu;

/** Splits a page text into word tokens, each with its line. */
export function tokenise(text: string): Tokenised {
  const tokens: Token[] = [];
  const lines: TokenLine[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const from = tokens.length;
    const lineText = text.slice(start, end);
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(lineText); m; m = TOKEN.exec(lineText)) {
      tokens.push({ str: m[0], start: start + m.index, end: start + m.index + m[0].length, line: lines.length, index: tokens.length - from });
    }
    lines.push({ start, end, from, to: tokens.length });
    if (nl < 0) break;
    start = nl + 1;
  }
  return { text, tokens, lines };
}

/** A token the tagger judges: it opens with a capital (a name word, initials, a word in capitals). */
export function isCandidate(t: Token): boolean {
  const w = t.str;
  if (/^(?:\p{Lu}\.)+$/u.test(w)) return true;
  // Words in capitals are acronyms far more often than names ("RACI", "BRP"); names in capitals
  // (small capitals in a letterhead) are the rules' (names.ts reads them in name case).
  // A word with CJK characters inside Latin letters is a broken ligature of the text model ("Inspec琀椀e"), not a name to judge.
  if (!/^\p{Lu}/u.test(w) || /\p{N}/u.test(w) || !/\p{Ll}/u.test(w) || /\p{Script=Han}/u.test(w)) return false;
  return !TERM_SHAPE.test(w) && (!w.includes('-') || w.split('-').every(namePart));
}

/**
 * Shapes of terms, not names: an acronym with a plural or a lower-case letter ("TEKs", "ABn", "BfDI":
 * two capitals at the start other than the Dutch IJ, or three capitals), a compound in camel case
 * ("ScrollView", "DigiToegankelijk"; "McDonald", "MacLeod", "DeShawn" keep their short prefix), a
 * plural or diminutive after an apostrophe ("Pagina's", "API’s", "GGD’en").
 */
const TERM_SHAPE = /^(?!IJ)\p{Lu}\p{Lu}|^(?:[^\p{Lu}]*\p{Lu}){3}|^\p{Lu}\p{Ll}{3,}\p{Lu}|['’](?:s|en|tje|je)$/u;

/**
 * One part of a hyphenated word that may belong to a name ("Boer-Bakker", "Mohammad-Reza"): a
 * capitalised word of two letters or more, not an ordinary word unless it is also a name
 * ("Laag-Laag", "Gelderland-Zuid", "Privacy-Preserving", "GGD-portaal" are none).
 */
function namePart(p: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(p) && !/^\p{Ll}{1,5}$/u.test(p)) return false;
  if (/^\p{Ll}/u.test(p)) return true;
  return !(isCommonWord(p) || isEnglishWord(p) || isPlace(p)) || isFirstName(p) || isKnownSurname(p);
}

const SINGLE_PARTICLES = new Set(PARTICLES.filter((p) => !p.includes(' ')).map((p) => p.replace(/'$/, '')));
const TITLE_WORDS = new Set([...HONORIFICS, ...RANKS].filter((h) => !h.includes(' ')).map((h) => h.replace(/\.$/, '')));
const ROLE_WORDS = new Set(PUBLIC_ROLES.filter((r) => !r.includes(' ')));
/**
 * Lower-cased words that say something about the word beside them: greetings and sign-offs,
 * prepositions and verbs of speech before a person, labels, and the function words that open
 * sentences and headings. A closed list: no other word becomes a feature.
 */
const CUE_WORDS = new Set([
  ...NEVER_NAMES, ...TITLE_WORDS, ...ROLE_WORDS, ...SINGLE_PARTICLES,
  'beste', 'hoi', 'hallo', 'dag', 'lieve', 'goedemorgen', 'goedemiddag', 'hi', 'hey', 'dear', 'hello', 'geachte', 'groet', 'groeten',
  'regards', 'thanks', 'bedankt', 'dank', 'mvg', 'gr', 'met', 'door', 'volgens', 'namens', 'collega', 'zei', 'zegt', 'meldt', 'meldde',
  'mailde', 'belde', 'sprak', 'gesproken', 'vraagt', 'vroeg', 'gaf', 'geeft', 'merkt', 'stelt', 'licht', 'neemt', 'stuurt', 'belt',
  'heeft', 'had', 'is', 'was', 'en', 'of', 'aan', 'van', 'cc', 'bcc', 'from', 'to', 'sent', 'by', 'and', 'with', 'mr', 'mrs', 'ms',
  'contactpersoon', 'behandelaar', 'naam', 'aanwezig', 'afwezig', 'actie', 'wie', 'voorzitter', 'notulist', 'auteur', 'opgesteld',
  'telefoon', 'tel', 'mobiel', 'e-mail', 'email', 'functie', 'afdeling', 'team', 'straat', 'laan', 'weg', 'plein', 'postbus',
  'artikel', 'hoofdstuk', 'paragraaf', 'bijlage', 'tabel', 'figuur', 'zie', 'the', 'of', 'for', 'de', 'het', 'een', 'dit', 'deze',
  'wethouder', 'burgemeester', 'minister', 'staatssecretaris', 'raadslid', 'kamerlid', 'lid', 'fractie', 'partij',
]);

const DAYS_MONTHS = /^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|june|july|august|october|ma|di|wo|do|vr|za|zo|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)$/i;

/** Two dictionary words in one ("Firefox", "Dropbox", "Infocel"): a product's or a term's shape, unless a name lexicon holds it. */
function wordCompound(w: string): boolean {
  const lw = w.toLowerCase();
  if (!/^[a-z]{6,16}$/.test(lw)) return false;
  const word = (x: string) => isEnglishWord(x) || isCommonWord(x);
  for (let i = 3; i <= lw.length - 3; i++) if (word(lw.slice(0, i)) && word(lw.slice(i))) return true;
  return false;
}

/** Endings that make a people, a language or an adjective of a place ("Nederlander", "Europese", "Engelse", "Groninger"). */
const PLACE_ENDINGS = ['ers', 'er', 'se', 's', 'ese', 'ees', 'aanse', 'aan', 'ische', 'isch', 'ns', 'nse'];
/** A word made from a place's name by one of those endings ("Nederlander" from "Nederland", "Europese" from "Europa"). */
function placeDerived(w: string): boolean {
  for (const e of PLACE_ENDINGS) {
    if (!w.endsWith(e) || w.length - e.length < 4) continue;
    const stem = w.slice(0, -e.length);
    if ([stem, `${stem}a`, `${stem}e`, `${stem}en`, `${stem}land`, `${stem}and`, `${stem}ië`, `${stem}ije`].some((x) => isPlace(x))) return true;
  }
  return false;
}

/** The lexicon memberships of one word, as short codes (the same for the token and its neighbours). */
function classesOf(w: string): string[] {
  const out: string[] = [];
  const lw = w.toLowerCase();
  const initials = /^(?:\p{Lu}\.)+$/u.test(w);
  if (initials) return ['init'];
  if (/^\p{N}/u.test(w)) return ['num'];
  if (!/^\p{Lu}/u.test(w)) {
    out.push('lower');
    if (SINGLE_PARTICLES.has(lw)) out.push('part');
    return out;
  }
  const first = isFirstName(w);
  const sur = isKnownSurname(w);
  const world = isWorldName(w);
  const dutch = isCommonWord(w);
  const english = isEnglishWord(w);
  if (first) out.push('first');
  if (sur) out.push('sur');
  if (world) out.push('world');
  if (!world && isPossibleName(w)) out.push('possible');
  if (isAmbiguousName(w)) out.push('ambig');
  if (dutch) out.push('nl');
  else if (w.length >= 6 && isCommonWordOrCompound(w)) out.push('nlcomp');
  if (english) out.push('en');
  if (isPlace(w)) out.push('place');
  if (NEVER_NAMES.has(lw)) out.push('never');
  if (SINGLE_PARTICLES.has(lw)) out.push('part');
  if (TITLE_WORDS.has(lw)) out.push('title');
  if (ROLE_WORDS.has(lw)) out.push('role');
  if (isFunctionLine(w)) out.push('func');
  if (ORG_WORDS.test(w)) out.push('org');
  if (DAYS_MONTHS.test(w)) out.push('date');
  if (!first && !sur && wordCompound(w)) out.push('encomp');
  if (!first && !sur && placeDerived(w)) out.push('placeword');
  if ((first || sur || world) && !dutch && !english) out.push('onlyname');
  if (!first && !sur && !world && !dutch && !english && !out.includes('nlcomp')) out.push('noword');
  return out;
}

/** Word shape: capitals as X, lower case as x, runs collapsed ("Xx", "Xx-Xx", "XX", "X."). */
function shapeOf(w: string): string {
  return w.replace(/\p{Lu}/gu, 'X').replace(/\p{Ll}/gu, 'x').replace(/\p{N}/gu, 'd').replace(/(.)\1+/g, '$1$1').slice(0, 8);
}

/** Per-token memberships and shapes, computed once per page. */
export interface TokenInfo {
  classes: string[];
  shape: string;
  /** The lower-cased word when it is a cue word, else ''. */
  cue: string;
}

export function tokenInfos(tk: Tokenised): TokenInfo[] {
  let infos = INFOS_OF.get(tk);
  if (!infos) {
    infos = computeInfos(tk);
    INFOS_OF.set(tk, infos);
  }
  return infos;
}
const INFOS_OF = new WeakMap<Tokenised, TokenInfo[]>();

function computeInfos(tk: Tokenised): TokenInfo[] {
  return tk.tokens.map((t) => {
    let info = INFO_CACHE.get(t.str);
    if (!info) {
      const lw = t.str.toLowerCase().replace(/\.$/, '');
      info = { classes: classesOf(t.str), shape: shapeOf(t.str), cue: CUE_WORDS.has(lw) ? lw : '' };
      // The documents of a dossier repeat their words: the lexicon lookups are most of the tagger's time.
      if (INFO_CACHE.size > 50000) INFO_CACHE.clear();
      INFO_CACHE.set(t.str, info);
    }
    return info;
  });
}
const INFO_CACHE = new Map<string, TokenInfo>();

/** Facts about each line, computed once per page. */
export interface LineInfo {
  tokens: number;
  empty: boolean;
  short: boolean;
  endsColon: boolean;
  endsComma: boolean;
  digits: boolean;
  /** A time of day on the line (a chat message's or a log's). */
  time: boolean;
  at: boolean;
  /** Offset within the line of its first colon, or -1. */
  colon: number;
  /** The line is a label a person's name follows (PERSON_LABELS, CONTACT_LABELS, e-mail header). */
  label: boolean;
  signoff: boolean;
  greeting: boolean;
  func: boolean;
  /** Share of the line's word tokens that open with a capital. */
  capShare: number;
  /** The line opens with a number like a heading's ("2.", "3.1", "4)"). */
  numbered: boolean;
  sentenceEnd: boolean;
  allCaps: boolean;
}

export function lineInfos(tk: Tokenised): LineInfo[] {
  let infos = LINES_OF.get(tk);
  if (!infos) {
    infos = computeLines(tk);
    LINES_OF.set(tk, infos);
  }
  return infos;
}
const LINES_OF = new WeakMap<Tokenised, LineInfo[]>();

function computeLines(tk: Tokenised): LineInfo[] {
  return tk.lines.map((l) => {
    const s = tk.text.slice(l.start, l.end);
    const t = s.trim();
    const words = tk.tokens.slice(l.from, l.to).filter((x) => /^\p{L}/u.test(x.str));
    const caps = words.filter((x) => /^\p{Lu}/u.test(x.str)).length;
    const firstWord = (/^[\p{L}]+/u.exec(t)?.[0] ?? '');
    return {
      tokens: l.to - l.from,
      empty: t.length === 0,
      short: t.length > 0 && l.to - l.from <= 3,
      endsColon: t.endsWith(':'),
      endsComma: t.endsWith(','),
      digits: /\d/.test(t),
      time: /\b\d{1,2}[:.]\d{2}\b/.test(t),
      at: t.includes('@'),
      colon: s.indexOf(':'),
      label: PERSON_LABELS.test(t) || CONTACT_LABELS.test(t) || HEADER_LABEL.test(t),
      signoff: SIGNOFF.test(t) || SIGNOFF_START.test(t),
      greeting: GREETING.test(firstWord) || /^geachte\s/i.test(t),
      func: isFunctionLine(t),
      capShare: words.length ? caps / words.length : 0,
      numbered: /^(?:\d+(?:\.\d+)*\.?|[a-z]\)|\d+\))\s+\p{Lu}/u.test(t),
      sentenceEnd: /[.!?]$/.test(t),
      allCaps: words.length > 0 && words.every((x) => !/\p{Ll}/u.test(x.str)),
    };
  });
}

/** The nearest line above (dir -1) or below (dir 1) that is not empty, and how many empty lines lie between. */
function nearLine(lines: LineInfo[], i: number, dir: -1 | 1): { at: number; gap: number } {
  let gap = 0;
  for (let k = i + dir; k >= 0 && k < lines.length; k += dir) {
    if (!lines[k]!.empty) return { at: k, gap };
    gap++;
  }
  return { at: -1, gap };
}

/**
 * The features of token `i` (a candidate): strings such as "c:first", "p1:c:nl", "w-1:met",
 * "line:label". Their names are what the weights file holds and what `describe` explains.
 */
export function featuresOf(tk: Tokenised, infos: TokenInfo[], lines: LineInfo[], i: number): string[] {
  const t = tk.tokens[i]!;
  const info = infos[i]!;
  const f: string[] = ['bias'];
  const w = t.str;
  for (const c of info.classes) f.push(`c:${c}`);
  f.push(`shape:${info.shape}`);
  f.push(`len:${Math.min(w.length, 12)}`);
  const lw = w.toLowerCase();
  if (info.classes[0] !== 'init') {
    f.push(`suf3:${lw.slice(-3)}`, `suf2:${lw.slice(-2)}`, `pre2:${lw.slice(0, 2)}`);
  }
  if (/[\u00c0-\u024f]/u.test(w)) f.push('diacritic');
  if (info.cue) f.push(`w0:${info.cue}`);
  const joined = info.classes.slice(0, 3).join('+');
  // Neighbours on the same line, ±2, with their memberships; a neighbour's word only when it is a cue word.
  for (const d of [-2, -1, 1, 2]) {
    const j = i + d;
    const n = tk.tokens[j];
    if (!n || n.line !== t.line) {
      f.push(`p${d}:none`);
      if (Math.abs(d) === 1) f.push(`p${d}:none|${joined}`);
      continue;
    }
    const ni = infos[j]!;
    for (const c of ni.classes) f.push(`p${d}:c:${c}`);
    if (ni.cue) f.push(`w${d}:${ni.cue}`);
    if (Math.abs(d) === 1) {
      f.push(`p${d}:shape:${ni.shape}`);
      f.push(`p${d}:${ni.classes.slice(0, 3).join('+')}|${joined}`);
    }
  }
  // The punctuation right before and after the token.
  const before = tk.text.slice(Math.max(0, t.start - 2), t.start).replace(/[\p{L}\p{N}]/gu, '').trim();
  const after = tk.text.slice(t.end, t.end + 2).replace(/[\p{L}\p{N}]/gu, '').trim();
  f.push(`before:${before.slice(-1) || '_'}`, `after:${after.slice(0, 1) || '_'}`);
  // What the punctuation means depends on the word: "Prima," and "Top," open a chat message, "Jansen," a display name.
  f.push(`after:${after.slice(0, 1) || '_'}|${joined}`, `after:${after.slice(0, 1) || '_'}|shape:${info.shape}`);
  // The line.
  const L = lines[t.line]!;
  const line = tk.lines[t.line]!;
  f.push(`index:${Math.min(t.index, 4)}`, `ntok:${L.tokens <= 4 ? L.tokens : L.tokens <= 7 ? '5-7' : L.tokens <= 12 ? '8-12' : 'many'}`);
  if (t.index === L.tokens - 1) f.push('line:last');
  if (L.endsColon) f.push('line:endsColon');
  if (L.endsComma) f.push('line:endsComma');
  if (L.sentenceEnd) f.push('line:sentenceEnd');
  if (L.digits) f.push('line:digits');
  if (L.time) f.push('line:time');
  if (L.at) f.push('line:at');
  if (L.numbered) f.push('line:numbered');
  if (L.allCaps) f.push('line:allCaps');
  if (L.func) f.push('line:func');
  f.push(`line:caps:${L.capShare >= 0.99 ? 'all' : L.capShare >= 0.6 ? 'most' : L.capShare >= 0.3 ? 'some' : 'few'}`);
  const colonAt = L.colon >= 0 ? line.start + L.colon : -1;
  if (colonAt >= 0 && colonAt < t.start) {
    f.push(L.label ? 'line:afterLabel' : 'line:afterColon');
    // The label's own last word, when it is a cue word ("Aan:", "Behandelaar:").
    const lab = /([\p{L}]+)\s*:\s*$/u.exec(tk.text.slice(line.start, colonAt + 1));
    if (lab && CUE_WORDS.has(lab[1]!.toLowerCase())) f.push(`label:${lab[1]!.toLowerCase()}`);
  } else if (colonAt > t.end) f.push('line:beforeColon');
  if (L.signoff) f.push('line:signoff');
  if (L.greeting) f.push('line:greeting');
  const up = nearLine(lines, t.line, -1);
  const down = nearLine(lines, t.line, 1);
  if (up.at < 0) f.push('above:none');
  else {
    const A = lines[up.at]!;
    if (up.gap > 0) f.push('above:blank');
    if (A.short) f.push('above:short');
    if (A.endsComma) f.push('above:comma');
    if (A.endsColon) f.push('above:colon');
    if (A.signoff) f.push('above:signoff');
    if (A.label) f.push('above:label');
    if (A.func) f.push('above:func');
    if (A.sentenceEnd) f.push('above:sentence');
  }
  if (down.at < 0) f.push('below:none');
  else {
    const B = lines[down.at]!;
    if (down.gap > 0) f.push('below:blank');
    if (B.short) f.push('below:short');
    if (B.func) f.push('below:func');
    if (B.digits) f.push('below:digits');
    if (B.at) f.push('below:at');
  }
  // Place on the page.
  if (t.line < 3) f.push('page:top');
  if (t.line >= tk.lines.length - 3) f.push('page:bottom');
  // Sentence start: the first word of a line or after a full stop is capitalised whatever it is.
  const prevChars = tk.text.slice(Math.max(line.start, t.start - 3), t.start);
  if (t.index === 0) f.push(`lineStart|${joined}`);
  else if (/[.!?]\s+$/.test(prevChars)) f.push(`sentStart|${joined}`);
  // After a colon a chat message or a label's value begins: a capitalised word there may be either.
  else if (/:\s+$/.test(prevChars)) {
    // "Aan: X" (a label: a name follows) or "Sender: Prima, …" (a name before the colon: a message follows).
    const head = /([\p{L}'’-]+)\s*:\s*$/u.exec(tk.text.slice(line.start, t.start))?.[1] ?? '';
    const cue = CUE_WORDS.has(head.toLowerCase()) || PERSON_LABELS.test(`${head}:`) || HEADER_LABEL.test(`${head}:`);
    f.push(`colonStart|${joined}`, `colonStart:${cue ? 'label' : 'other'}|${joined}`);
  }
  else f.push(`mid|${joined}`);
  return f;
}

/** Words that may stand inside a name between two name tokens ("van der", "de", "bin"). */
export function isInnerParticle(w: string): boolean {
  return SINGLE_PARTICLES.has(w) || SINGLE_PARTICLES.has(w.toLowerCase()) && w.length <= 3;
}

/** A feature in words a reviewer can read (Dutch), or undefined for features too technical to quote. */
export function describe(feature: string): string | undefined {
  const SELF: Record<string, string> = {
    first: 'bekende voornaam', sur: 'bekende achternaam', world: 'elders ter wereld een naam', onlyname: 'alleen als naam bekend',
    noword: 'staat in geen woordenboek', possible: 'mogelijk een naam', init: 'initialen',
  };
  const NEXT: Record<string, string> = {
    first: 'een voornaam', sur: 'een achternaam', world: 'een naam', onlyname: 'een naam', noword: 'een woord dat in geen woordenboek staat',
    init: 'initialen', part: 'een tussenvoegsel', title: 'een titel',
  };
  let m = /^c:(\w+)$/.exec(feature);
  if (m) return SELF[m[1]!];
  m = /^p(-?\d):c:(\w+)$/.exec(feature);
  if (m && NEXT[m[2]!]) return `${m[1]!.startsWith('-') ? 'na' : 'voor'} ${NEXT[m[2]!]}`;
  m = /^w(-?\d):(.+)$/.exec(feature);
  if (m) return m[1]!.startsWith('-') ? `na '${m[2]}'` : `voor '${m[2]}'`;
  m = /^label:(.+)$/.exec(feature);
  if (m) return `na het label '${m[1]}:'`;
  const F: Record<string, string> = {
    'line:afterLabel': 'na een label met dubbele punt', 'line:afterColon': 'na een dubbele punt', 'line:signoff': 'in een afsluiting',
    'line:greeting': 'na een aanhef', 'above:signoff': 'onder een groet', 'above:comma': 'onder een regel die op een komma eindigt',
    'above:label': 'onder een label', 'below:func': 'boven een functie', 'line:func': 'naast een functie', 'above:func': 'onder een functie',
    'below:digits': 'boven een regel met cijfers', 'below:at': 'boven een e-mailadres', diacritic: 'letters met accenten zoals in namen',
  };
  return F[feature];
}
