/**
 * Phase 2: a name found once is found everywhere in the document (issue #4 item 2): full
 * mentions, surname-only mentions ("De Vries"), first names given in a header, and surnames
 * derived from personal e-mail local parts (p.jansen → "Jansen").
 */
import type { Candidate, Detector, KnownName } from '../types';
import { NEVER_NAMES } from '../dutch';
import { isAmbiguousName, isFirstName } from '../lexicon';
import { isFunctionalLocalPart } from './email';
import { PARTICLE, FULL_SURNAME, WS, sentenceInitial } from '../text';

const SURNAME_RUN = new RegExp(`(?<![\\p{L}\\p{N}@.])(?:(${PARTICLE})${WS})?(${FULL_SURNAME})(?![\\p{L}@])`, 'gu');
const LOCAL_PART = /([\p{L}\p{N}._%+-]{1,64})@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const compact = (s: string) => s.toLowerCase().replace(/[\s'’-]+/g, '');

function keyOf(k: KnownName): { surname?: string; first?: string } {
  return { surname: k.surname ? compact(`${k.particle ?? ''}${k.surname}`) : undefined, first: k.firstName };
}

interface NameIndex {
  personal: Map<string, KnownName>;
  publicKeys: Set<string>;
  firstNames: Map<string, KnownName>;
  fromMail: Set<string>;
}

// Built once per document (phase 2 starts after every page was seen, so memory is complete).
const INDEX = new WeakMap<object, NameIndex>();

function buildIndex(memory: { names: KnownName[] }, pages: readonly { text: string }[]): NameIndex {
  const personal = new Map<string, KnownName>();
  const publicKeys = new Set<string>();
  const firstNames = new Map<string, KnownName>();
  for (const k of memory.names) {
    const { surname, first } = keyOf(k);
    if (k.public) {
      if (surname) publicKeys.add(surname);
      if (k.surname) publicKeys.add(compact(k.surname));
      continue;
    }
    if (surname && surname.length >= 3) {
      personal.set(surname, k);
      if (k.surname) personal.set(compact(k.surname), k);
    }
    if (first && isFirstName(first) && !isAmbiguousName(first)) firstNames.set(first, k);
  }
  // Surnames inside personal e-mail addresses of this document ("j.degroot" → "degroot").
  const fromMail = new Set<string>();
  for (const p of pages) {
    if (!p.text.includes('@')) continue;
    for (const m of p.text.matchAll(LOCAL_PART)) {
      if (isFunctionalLocalPart(m[1] ?? '')) continue;
      const pieces = (m[1] ?? '').toLowerCase().split(/[._-]+/).filter(Boolean);
      const last = pieces[pieces.length - 1];
      if (pieces.length >= 2 && last && last.length >= 4 && !/\d/.test(last)) fromMail.add(last);
    }
  }
  return { personal, publicKeys, firstNames, fromMail };
}

export const propagateDetector: Detector = {
  id: 'name.elsewhere',
  category: 'name',
  phase: 2,
  run({ text, pages, memory }) {
    let index = INDEX.get(memory);
    if (!index) {
      index = buildIndex(memory, pages);
      INDEX.set(memory, index);
    }
    const { personal, publicKeys, firstNames, fromMail } = index;
    const out: Candidate[] = [];
    for (const m of text.matchAll(SURNAME_RUN)) {
      const start = m.index ?? 0;
      const word = m[2] ?? '';
      const key = compact(`${m[1] ?? ''}${word}`);
      const bare = compact(word);
      if (NEVER_NAMES.has(word.toLowerCase())) continue;
      if (publicKeys.has(key) || publicKeys.has(bare)) continue;
      const withParticle = personal.get(key);
      // "van Zwetsloot" where only "Zwetsloot" is known: the particle is the preposition "van".
      const known = withParticle ?? personal.get(bare);
      const wordStart = start + m[0].length - word.length;
      const initial = sentenceInitial(text, withParticle ? start : wordStart);
      if (known) {
        if (initial && isAmbiguousName(word) && !m[1]) continue;
        out.push({ category: 'name', start: withParticle ? start : wordStart, end: start + m[0].length, confidence: 0.85, reason: `zelfde naam als '${known.full}' (pagina ${known.page})` });
        continue;
      }
      if ((fromMail.has(key) || (!m[1] && fromMail.has(bare))) && !initial && !isFirstName(word)) {
        out.push({ category: 'name', start, end: start + m[0].length, confidence: 0.7, reason: 'achternaam die ook in een persoonlijk e-mailadres van dit document staat' });
        continue;
      }
      const firstKnown = !m[1] ? firstNames.get(word) : undefined;
      if (firstKnown) {
        out.push({ category: 'name', start, end: start + word.length, confidence: 0.75, reason: `voornaam van '${firstKnown.full}' (pagina ${firstKnown.page})` });
      }
    }
    return out;
  },
};
