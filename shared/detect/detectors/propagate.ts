/**
 * Phase 2: a person found once with confidence is found in all their forms (issue #11, dossier
 * memory): surname alone ("De Vries"), first name alone (a greeting, a chat line, "met Nadia
 * afgestemd"), initials + surname, and the first name and surname inside their personal e-mail
 * address (p.jansen → "Jansen", agnieszka.jansen → "Agnieszka"), on every page of every document of
 * the dossier. Only confident persons spread (an e-mail header, a signature, a title + name, a
 * label, a contact table): a weak guess or an ordinary word never does.
 */
import type { Candidate, Detector, KnownName } from '../types';
import { NEVER_NAMES, ORG_WORDS } from '../dutch';
import { isAmbiguousName, isCommonWord, isEnglishWord, isFirstName, isPossibleName, isWorldName } from '../lexicon';
import { isFunctionalLocalPart } from './email';
import { roleRightBefore, slotNameWord } from './names';
import { PARTICLE, FULL_SURNAME, WS, sentenceInitial } from '../text';

const SURNAME_RUN = new RegExp(`(?<![\\p{L}\\p{N}@.])(?:(${PARTICLE})${WS})?(${FULL_SURNAME})(?![\\p{L}@])`, 'gu');
const LOCAL_PART = /([\p{L}\p{N}._%+-]{1,64})@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const compact = (s: string) => s.toLowerCase().replace(/[\s'’-]+/g, '');

function keyOf(k: KnownName): { surname?: string; first?: string } {
  return { surname: k.surname ? compact(`${k.particle ?? ''}${k.surname}`) : undefined, first: k.firstName };
}

interface NameIndex {
  personal: Map<string, KnownName>;
  publicKeys: Map<string, KnownName>;
  firstNames: Map<string, KnownName>;
  /** Persons called by two given names ("Rhea Mae"), by the first of them. */
  doubleFirst: Map<string, KnownName>;
  /** First names as informal messages write them, in lower case ("hoi kourosh", "groet, blerina"), with accents and without. */
  lowerFirst: Map<string, KnownName>;
  fromMail: Set<string>;
  firstFromMail: Map<string, string>;
  /** Personal e-mail local parts of this document as [first piece, the rest run together] ("ruken.azad" → ["ruken", "azad"]). */
  mailNames: [string, string, string][];
  /** Staff codes of persons ("BAK" for the person a legend says it stands for). */
  codes: Map<string, KnownName>;
  /** Dotted initials of this document's persons known by initials and surname ("W.R." of "Stoelinga, W.R."); null where two persons share them. */
  initials: Map<string, KnownName | null>;
}

/** Letters without their accents, lower case: "Rûken" → "ruken", "Yılmaz" → "yilmaz", "Mané" → "mane". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ı/g, 'i').replace(/[øØ]/g, 'o').replace(/ł/g, 'l').replace(/ß/g, 'ss').replace(/æ/g, 'ae').toLowerCase();

const NAME_WORD = /(?<![\p{L}\p{N}@.'’-])\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*(?![\p{L}\p{N}@])/gu;
const LOWER_PARTICLE = /^(?:van|de|der|den|ter|ten|te|het|'t|’t|op|in|el|al|la|le|du|da|dos|das|di|ben|bin|abu|ibn)$/;

/**
 * A person's name written out on a line of the document that their personal e-mail address of
 * the same document spells: first name (or its initial, where the name fills its line, as in a
 * table cell) and surname, accents left out ("Rûken Azad" for ruken.azad@…, "Mama Mané" for
 * m.mane@…, "Hailey van den Berg" for hailey.vandenberg@…). Works for names of any origin, since
 * the address, not a lexicon, says it is a name.
 */
function namesSpelledByMail(text: string, mailNames: readonly [string, string, string][]): Candidate[] {
  if (mailNames.length === 0) return [];
  const out: Candidate[] = [];
  // Cheap gate: the first word must begin with the letter an address begins with.
  const { lead, byRest } = mailLookup(mailNames);
  const words = [...text.matchAll(NAME_WORD)];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const a = w.index ?? 0;
    // "Oduya, Sanne" in a To/From field or a list (a display name written surname-first): the
    // address spells the first name and the surname the other way round. The mail, not a lexicon,
    // says it is a person, so a first name that is also a word ("Grace", "Faith") is found too.
    const inverted = text[a + w[0].length] !== ',' ? null : /^,[ \t]+(\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?)(?![\p{L}\p{N}@])/u.exec(text.slice(a + w[0].length, a + w[0].length + 40));
    const flip = inverted ? byRest.get(fold(w[0]).replace(/[\s'’-]+/g, ''))?.find(([f]) => f === fold(inverted[1]!) || (f.length === 1 && fold(inverted[1]!).startsWith(f))) : undefined;
    if (flip && inverted) {
      out.push({ category: 'name', start: a, end: a + w[0].length + inverted[0].length, confidence: 0.85, reason: `naam zoals het persoonlijke e-mailadres '${flip[2]}@…' van dit document de naam spelt ('Achternaam, Voornaam')` });
      continue;
    }
    if (!lead.has(fold(w[0][0]!))) continue;
    const first = fold(w[0]);
    const lineStart = text.lastIndexOf('\n', a - 1) + 1;
    // The surname: the next capitalised word(s) on the same line, lower-case particles between.
    let end = a + w[0].length;
    let surname = '';
    for (let j = i + 1; j < words.length && j <= i + 4; j++) {
      const v = words[j]!;
      const gap = text.slice(end, v.index ?? 0);
      if (!/^[ \t]+(?:(?:[\p{Ll}'’]+)[ \t]+){0,3}$/u.test(gap) || gap.trim().split(/\s+/).some((p) => p !== '' && !LOWER_PARTICLE.test(p))) break;
      surname += fold(`${gap}${v[0]}`).replace(/[\s'’-]+/g, '');
      end = (v.index ?? 0) + v[0].length;
      const hit = byRest.get(surname)?.find(([f]) => f === first || (f.length === 1 && first.startsWith(f) && wholeLine(text, lineStart, a, end)));
      if (hit) {
        out.push({ category: 'name', start: a, end, confidence: 0.85, reason: `naam zoals het persoonlijke e-mailadres '${hit[2]}@…' van dit document de naam spelt` });
        break;
      }
    }
  }
  return out;
}

/**
 * The addresses' first letters, and the addresses by the rest of their local part (in their
 * order): built once per document rather than on every page, so that a page costs a lookup per
 * name instead of a pass over every address of the document.
 */
const MAIL_LOOKUPS = new WeakMap<readonly [string, string, string][], { lead: Set<string>; byRest: Map<string, [string, string, string][]> }>();
function mailLookup(mailNames: readonly [string, string, string][]): { lead: Set<string>; byRest: Map<string, [string, string, string][]> } {
  let l = MAIL_LOOKUPS.get(mailNames);
  if (!l) {
    l = { lead: new Set(mailNames.map(([f]) => f[0]!)), byRest: new Map() };
    for (const m of mailNames) {
      const list = l.byRest.get(m[1]);
      if (list) list.push(m);
      else l.byRest.set(m[1], [m]);
    }
    MAIL_LOOKUPS.set(mailNames, l);
  }
  return l;
}

/** The span [a, end) is all there is on its line (a table cell, a list line). */
function wholeLine(text: string, lineStart: number, a: number, end: number): boolean {
  const lineEnd = text.indexOf('\n', end);
  return text.slice(lineStart, a).trim() === '' && text.slice(end, lineEnd < 0 ? text.length : lineEnd).trim() === '';
}

// Built once per document (phase 2 starts after every page was seen, so memory is complete).
const INDEX = new WeakMap<object, NameIndex>();

/** A first name that may be suggested on its own: a real word of a name, not a particle or a function word. */
function spreadableFirst(first: string): boolean {
  return first.length >= 3 && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(first) && !NEVER_NAMES.has(first.toLowerCase()) && !ORG_WORDS.test(first);
}

function buildIndex(names: readonly KnownName[], pages: readonly { text: string }[]): NameIndex {
  const memory = { names };
  const personal = new Map<string, KnownName>();
  const publicKeys = new Map<string, KnownName>();
  const firstNames = new Map<string, KnownName>();
  const publicFirst = new Set<string>();
  const doubleFirst = new Map<string, KnownName>();
  const codes = new Map<string, KnownName>();
  for (const k of memory.names) {
    const { surname, first } = keyOf(k);
    if (k.code && !k.public && k.confident && !codes.has(k.code)) codes.set(k.code, k);
    if (k.public) {
      if (surname && !publicKeys.has(surname)) publicKeys.set(surname, k);
      if (k.surname && !publicKeys.has(compact(k.surname))) publicKeys.set(compact(k.surname), k);
      if (first) publicFirst.add(first);
      continue;
    }
    // Only confident persons spread (issue #11: never spread a weak guess); names found in this
    // document by a pattern still spread within it, as before, when they are not ordinary words.
    if (!k.confident) continue;
    if (surname && surname.length >= 3) {
      if (!personal.has(surname)) personal.set(surname, k);
      if (k.surname && !personal.has(compact(k.surname))) personal.set(compact(k.surname), k);
    }
    // Two given names ("Rhea Mae") are looked up by the first of them; the second must follow.
    const firstKey = first?.split(' ')[0];
    if (first && firstKey && k.confident && spreadableFirst(firstKey) && first.split(' ').every(spreadableFirst)) {
      if (first.includes(' ')) { if (!doubleFirst.has(firstKey)) doubleFirst.set(firstKey, k); } else if (!firstNames.has(first)) firstNames.set(first, k);
    }
  }
  for (const f of publicFirst) { firstNames.delete(f); doubleFirst.delete(f.split(' ')[0]!); }
  // Only a first name that is no Dutch or English word in lower case ("roos", "mark", "jan" stay words).
  // An English word ("rhea", "joy") only where a greeting or a sign-off puts it (see lowerCaseFirstNames).
  const lowerFirst = new Map<string, KnownName>();
  for (const [f, k] of [...firstNames, ...doubleFirst]) {
    if (f.length < 4 || f.includes('-') || isAmbiguousName(f) || isCommonWord(f)) continue;
    for (const low of new Set([f.toLowerCase(), fold(f)])) {
      if (!isCommonWord(low) && !lowerFirst.has(low)) lowerFirst.set(low, k);
    }
  }
  // Surnames and first names inside personal e-mail addresses of this document ("j.degroot" →
  // "degroot", "agnieszka.jansen" → "Agnieszka").
  const fromMail = new Set<string>();
  const firstFromMail = new Map<string, string>();
  const mailNames: [string, string, string][] = [];
  // Initials only within the document (pages given: the dossier's index has none), and only of a
  // person known by initials and surname, with no first name ("Stoelinga, W.R.", "W.R. Stoelinga").
  const initials = new Map<string, KnownName | null>();
  if (pages.length) {
    for (const k of memory.names) {
      const ini = INITIALS_OF.exec(k.full)?.[1];
      if (!ini || LEGAL_FORM_INITIALS.test(ini)) continue;
      const mine = !k.public && k.confident && !k.firstName;
      const before = initials.get(ini);
      // The same person found twice ("Stoelinga, W.R." and "W.R. Stoelinga") is still one.
      const same = before && before.surname !== undefined && compact(before.surname) === compact(k.surname ?? '');
      if (!same) initials.set(ini, before !== undefined || !mine ? null : k);
    }
  }
  for (const p of pages) {
    if (!p.text.includes('@')) continue;
    for (const m of p.text.matchAll(LOCAL_PART)) {
      const local = m[1] ?? '';
      if (isFunctionalLocalPart(local)) continue;
      const pieces = local.toLowerCase().split(/[._-]+/).filter(Boolean);
      if (pieces.length >= 2 && pieces.every((x) => /^\p{L}+$/u.test(x)) && pieces.slice(1).join('').length >= 3) mailNames.push([fold(pieces[0]!), fold(pieces.slice(1).join('')), local]);
      const last = pieces[pieces.length - 1];
      if (pieces.length >= 2 && last && last.length >= 4 && !/\d/.test(last)) fromMail.add(last);
      const head = pieces[0];
      if (pieces.length >= 2 && head && head.length >= 3 && !/\d/.test(head)) {
        const cap = head[0]!.toUpperCase() + head.slice(1);
        // A first piece no lexicon knows counts when it is no ordinary word, place or function (a name of any origin).
        if (((isFirstName(cap) || isWorldName(cap)) && !isCommonWord(cap) && !isEnglishWord(cap)) || (slotNameWord(cap) && pieces.slice(1).join('').length >= 3)) firstFromMail.set(cap, local);
      }
    }
  }
  return { personal, publicKeys, firstNames, doubleFirst, lowerFirst, fromMail, firstFromMail, mailNames, codes, initials };
}

/** This document's index first, then the dossier's (lookups only; nothing is copied). */
function merged(own: NameIndex, shared: NameIndex): NameIndex {
  const both = <K, V>(a: Map<K, V>, b: Map<K, V>) => ({ get: (k: K) => a.get(k) ?? b.get(k), has: (k: K) => a.has(k) || b.has(k) }) as Map<K, V>;
  return { personal: both(own.personal, shared.personal), publicKeys: both(own.publicKeys, shared.publicKeys), firstNames: both(own.firstNames, shared.firstNames), doubleFirst: both(own.doubleFirst, shared.doubleFirst), lowerFirst: new Map([...shared.lowerFirst, ...own.lowerFirst]), fromMail: own.fromMail, firstFromMail: own.firstFromMail, mailNames: own.mailNames, codes: both(own.codes, shared.codes), initials: own.initials };
}

function where(k: KnownName): string {
  return k.document ? `${k.document}, pagina ${k.page}` : `pagina ${k.page}`;
}

export const propagateDetector: Detector = {
  id: 'name.elsewhere',
  category: 'name',
  phase: 2,
  run({ text, pages, memory, profile }) {
    let own = INDEX.get(memory);
    if (!own) {
      own = buildIndex(memory.names, pages);
      INDEX.set(memory, own);
    }
    // The dossier's names are indexed once for all its documents (their own e-mail forms stay per document).
    let shared = memory.dossier ? INDEX.get(memory.dossier) : undefined;
    if (memory.dossier && !shared) {
      shared = buildIndex(memory.dossier, []);
      INDEX.set(memory.dossier, shared);
    }
    const index = shared ? merged(own, shared) : own;
    const { personal, publicKeys, firstNames, doubleFirst, lowerFirst, fromMail, firstFromMail, mailNames } = index;
    const english = profile.language === 'en';
    const out: Candidate[] = [...namesSpelledByMail(text, mailNames), ...lowerCaseFirstNames(text, lowerFirst), ...staffCodes(text, index.codes), ...initialsAlone(text, index.initials)];
    for (const m of text.matchAll(SURNAME_RUN)) {
      const start = m.index ?? 0;
      const word = m[2] ?? '';
      const key = compact(`${m[1] ?? ''}${word}`);
      const bare = compact(word);
      if (NEVER_NAMES.has(word.toLowerCase())) continue;
      // A public official's later mentions stay readable, with the reason where the role was found;
      // but where this document has its own (private) person of that surname, a public official
      // of another document of the dossier is someone else.
      const anyOfficial = publicKeys.get(key) ?? publicKeys.get(bare);
      const official = anyOfficial && !(anyOfficial.document !== undefined && !own.publicKeys.has(key) && !own.publicKeys.has(bare) && (own.personal.has(key) || own.personal.has(bare))) ? anyOfficial : undefined;
      if (official) {
        const wordAt = start + m[0].length - word.length;
        if (!(sentenceInitial(text, wordAt) && isCommonWord(word) && !m[1])) {
          out.push({ category: 'name', start: publicKeys.has(key) ? start : wordAt, end: start + m[0].length, confidence: 0.8, keep: true, reason: `zelfde persoon als '${official.full}', genoemd in een publieke functie (${where(official)})` });
        }
        continue;
      }
      // In an English document a capitalised English word is no name, whatever was found elsewhere.
      if (english && isEnglishWord(word)) continue;
      // "Hoitinga - Thapa": a known double surname written with a spaced hyphen is one mention.
      const spaced = /^(?:[ \t]+-[ \t]*|-[ \t]+)((?:IJ|\p{Lu})[\p{L}'’]+)(?![\p{L}\p{N}@])/u.exec(text.slice(start + m[0].length, start + m[0].length + 40));
      const doubleSurname = spaced ? personal.get(compact(`${m[1] ?? ''}${word}${spaced[1]}`)) ?? personal.get(compact(`${word}${spaced[1]}`)) : undefined;
      if (doubleSurname) {
        const wordAt = start + m[0].length - word.length;
        out.push({ category: 'name', start: personal.has(compact(`${m[1] ?? ''}${word}${spaced![1]}`)) ? start : wordAt, end: start + m[0].length + spaced![0].length, confidence: 0.85, reason: `zelfde persoon als '${doubleSurname.full}' (${where(doubleSurname)})` });
        continue;
      }
      const withParticle = personal.get(key);
      // "van Zwetsloot" where only "Zwetsloot" is known: the particle is the preposition "van".
      const known = withParticle ?? personal.get(bare);
      const wordStart = start + m[0].length - word.length;
      const initial = sentenceInitial(text, withParticle ? start : wordStart);
      if (known) {
        // At the start of a sentence a word that is also an ordinary word may be that word ("Bos", "Kuipers" of another document).
        if (initial && !m[1] && (isAmbiguousName(word) || (known.document !== undefined && isCommonWord(word)))) continue;
        // "burgemeester (Wahidullah) Karimi" in this document is its official, not another document's private person of that surname.
        const role = known.document !== undefined && !own.personal.has(key) && !own.personal.has(bare) ? roleRightBefore(text, withParticle ? start : wordStart) : undefined;
        if (role) {
          out.push({ category: 'name', start: withParticle ? start : wordStart, end: start + m[0].length, confidence: 0.8, keep: true, reason: `publieke functie: '${role}' (een ander dan '${known.full}' uit ${where(known)})` });
          continue;
        }
        out.push({ category: 'name', start: withParticle ? start : wordStart, end: start + m[0].length, confidence: 0.85, reason: `zelfde persoon als '${known.full}' (${where(known)})` });
        continue;
      }
      // At the start of a sentence only a word that can be nothing but a name (no word, place or function).
      if ((fromMail.has(key) || (!m[1] && fromMail.has(bare))) && (!initial || slotNameWord(word)) && !isFirstName(word) && !isCommonWord(word)) {
        out.push({ category: 'name', start, end: start + m[0].length, confidence: 0.7, reason: 'achternaam die ook in een persoonlijk e-mailadres van dit document staat' });
        continue;
      }
      // A first name stands alone; "van Agata" is the preposition "van" and a first name.
      // A hyphenated word is a first name only when a known person's first name is that word ("Mohammad-Reza").
      if (word.includes('-') && !firstNames.has(word)) continue;
      const firstInitial = m[1] ? sentenceInitial(text, wordStart) : initial;
      // Both given names of a person called by two ("Volgens Rhea Mae …"): the pair is the person's, whatever each word is alone.
      const double = doubleFirst.get(word);
      const rest = double ? double.firstName!.slice(word.length) : '';
      if (double && text.startsWith(rest, wordStart + word.length) && !/[\p{L}\p{N}]/u.test(text[wordStart + word.length + rest.length] ?? '')) {
        out.push({ category: 'name', start: wordStart, end: wordStart + word.length + rest.length, confidence: 0.85, reason: `voornamen van '${double.full}': zelfde persoon (${where(double)})` });
        continue;
      }
      const firstKnown = firstNames.get(word);
      if (firstKnown) {
        // A first name that is also a word ("Wei", "Roos") only where a capital cannot be the sentence's.
        const ambiguous = isCommonWord(word) || isEnglishWord(word) || isAmbiguousName(word);
        if (ambiguous && firstInitial && !greetingBefore(text, wordStart) && !addressed(text, wordStart, word.length)) continue;
        out.push({ category: 'name', start: wordStart, end: wordStart + word.length, confidence: ambiguous ? 0.75 : 0.85, reason: `voornaam van '${firstKnown.full}': zelfde persoon (${where(firstKnown)})` });
        continue;
      }
      const mailFirst = firstFromMail.get(word);
      if (mailFirst && (!firstInitial || greetingBefore(text, wordStart) || isPossibleName(word) || vocative(text, wordStart, word.length))) {
        out.push({ category: 'name', start: wordStart, end: wordStart + word.length, confidence: 0.75, reason: `voornaam uit het persoonlijke e-mailadres '${mailFirst}@…' van dit document` });
      }
    }
    return out;
  },
};

/**
 * "hoi kourosh,", "groet, blerina", "ja kwadwo, ik stuur ze door": a confident person's first name
 * written in lower case, as chats and quick mails do. Only names that are no word in lower case;
 * never inside an address or a web link.
 */
function staffCodes(text: string, codes: NameIndex['codes']): Candidate[] {
  const out: Candidate[] = [];
  if (!/\p{Lu}{2}/u.test(text)) return out;
  for (const m of text.matchAll(CODE_TOKEN)) {
    const k = codes.get(m[0]);
    if (k) out.push({ category: 'name', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, confidence: 0.85, reason: `afkorting van '${k.full}' (zelfde persoon, ${where(k)})` });
  }
  return out;
}

/** The dotted initials of a known person's mention, standing as a word ("Stoelinga, W.R." → "W.R."). */
const INITIALS_OF = /(?<![\p{L}\p{N}.])((?:\p{Lu}\.){1,4})(?![\p{L}\p{N}])/u;
const INITIALS_TOKEN = /(?<![\p{L}\p{N}.@/-])(?:\p{Lu}\.){1,4}(?![\p{L}\p{N}])/gu;
/** Legal forms written like initials ("B.V.", "N.V.", "C.V.", "V.O.F.", "U.A."): a company's, never a person's. */
const LEGAL_FORM_INITIALS = /^(?:B\.V\.|N\.V\.|C\.V\.|V\.O\.F\.|U\.A\.|W\.A\.)$/u;

/**
 * "Opmerking W.R.: aanvullen", "(akkoord W.R.)": a working paper or its review notes refer to a
 * person by the initials of their name, which the document gives in full elsewhere ("Beoordeeld:
 * Stoelinga, W.R."). Initials followed by a surname are another mention (initials + surname, the
 * rules' find), and one initial alone only where a colon or a closing bracket follows it (a
 * capital and a dot are too often an abbreviation or a list's letter). Initials two persons share
 * are nobody's in particular and are left.
 */
function initialsAlone(text: string, initials: NameIndex['initials']): Candidate[] {
  const out: Candidate[] = [];
  if (initials.size === 0 || !/\p{Lu}\./u.test(text)) return out;
  for (const m of text.matchAll(INITIALS_TOKEN)) {
    const k = initials.get(m[0]);
    if (!k) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const after = text.slice(end, end + 8);
    if (/^[ \t\u00a0]*\n?[ \t]*(?:\(\p{Lu}|\p{Lu}\p{Ll}|(?:van|de|der|den|ter|ten|el|al)[ \t])/u.test(after)) continue;
    if (m[0].length === 2 && !/^[:)]/.test(after)) continue;
    if (/,[ \t]*$/.test(text.slice(Math.max(0, start - 3), start))) continue;
    out.push({ category: 'name', start, end, confidence: 0.8, reason: `initialen van '${k.full}' (zelfde persoon, ${where(k)})` });
  }
  return out;
}

/** A run of two to five capitals standing alone (not inside a word, an address or a number). */
const CODE_TOKEN = /(?<![\p{L}\p{N}@./_-])\p{Lu}{2,5}(?![\p{L}\p{N}@/_-])/gu;

function lowerCaseFirstNames(text: string, lowerFirst: ReadonlyMap<string, KnownName>): Candidate[] {
  const out: Candidate[] = [];
  for (const [low, k] of lowerFirst) {
    for (let at = text.indexOf(low); at >= 0; at = text.indexOf(low, at + low.length)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + low.length] ?? ' ';
      if (/[\p{L}\p{N}@._/\\-]/u.test(before) || /[\p{L}\p{N}@_-]/u.test(after) || (after === '.' && /\p{L}/u.test(text[at + low.length + 1] ?? ''))) continue;
      if (isEnglishWord(low) && !greetingSlot(text, at, low.length)) continue;
      out.push({ category: 'name', start: at, end: at + low.length, confidence: 0.8, reason: `voornaam van '${k.full}' in kleine letters: zelfde persoon (${where(k)})` });
    }
  }
  return out;
}

/** "hoi rhea,", "ok joy, dank!", a sign-off line "rhea": the word is addressed or signs, so it is the name. */
function greetingSlot(text: string, start: number, length: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start + length);
  const before = text.slice(lineStart, start);
  const after = text.slice(start + length, lineEnd < 0 ? text.length : lineEnd);
  if (/(?:^|[\s:])(?:hoi|hallo|hi|hey|dag|beste|lieve|dank(?:\s*je(?:\s*wel)?)?|thanks|ok[eé]?|oké|top|ja|nee|goedemorgen|goedemiddag)[ \t]+$/i.test(before) && /^\s*[,!.]/.test(after)) return true;
  // Alone on its line right under a sign-off ("groet," / "rhea").
  const above = text.slice(Math.max(0, lineStart - 40), Math.max(0, lineStart - 1)).split('\n').pop() ?? '';
  return !before.trim() && !after.trim() && SIGN_OFF_LINE.test(above.trim());
}
const SIGN_OFF_LINE = /^(?:(?:met\s+)?(?:vriendelijke\s+|hartelijke\s+)?groet(?:en|jes)?|gr\.?|thanks|cheers|dank(?:\s*je(?:\s*wel)?)?|bedankt)[,!.]?$/i;

/** "Yopie, wil jij …": a word that opens its line and is followed by a comma addresses that person. */
function vocative(text: string, start: number, length: number): boolean {
  return /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 10), start)) && text[start + length] === ',';
}

/**
 * A known person's first name that opens its line and addresses them: alone on the line (a chat
 * line naming whom it is for), before a comma, or before "kun/kan/wil/heb jij/je" ("Sherif kun jij …").
 */
function addressed(text: string, start: number, length: number): boolean {
  if (!/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 10), start))) return false;
  const lineEnd = text.indexOf('\n', start + length);
  const after = text.slice(start + length, lineEnd < 0 ? text.length : lineEnd);
  return !after.trim() || /^,/.test(after) || /^[ \t]+(?:kun|kan|wil|heb|ben|zou|moet|ga)[ \t]+(?:jij|je|u)\b/.test(after);
}

/** "Dag Wei," / "Hoi Mei": a greeting word right before the position. */
function greetingBefore(text: string, start: number): boolean {
  return /(?:^|\n)[ \t]*(?:beste|hoi|hallo|dag|lieve|hi|hey|goedemorgen|goedemiddag)[ \t]+$/i.test(text.slice(Math.max(0, start - 20), start));
}
