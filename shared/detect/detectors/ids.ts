/**
 * Personal data beyond the decision letter (issue #4 item 7): BSN (11-proef), V-nummer,
 * IBAN (mod 97), dates of birth, home addresses and licence plates, each its own category.
 * Numbers are only taken with a check digit or with the context that names them, so that
 * case numbers, amounts and document numbers stay alone.
 */
import type { Candidate, Detector } from '../types';

/** The BSN "elfproef": 9 digits, weights 9..2 and -1, sum divisible by 11. */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 = 1. */
export function isValidIban(iban: string): boolean {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  if (s.startsWith('NL') && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(s)) return false;
  const r = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of r) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem === 1;
}

const BSN = /(?<![\p{L}\p{N}.-])(\d{4}[ .]?\d{2}[ .]?\d{3}|\d{3}[ .]\d{3}[ .]\d{3}|\d{9})(?![\p{N}]|[.-]\d)/gu;
const BSN_CONTEXT = /(?:\bbsn|burgerservicenummer|burgerservice-nummer|sofi-?nummer|persoonsnummer|a-nummer)\b[^.\n]{0,30}$/i;
const VNUMMER = /\b(?:v-?nummer|vreemdelingennummer|v-nr\.?)\s*[:.]?\s*(\d{4}[ .]?\d{3}[ .]?\d{3}|\d{10})(?!\d)/gi;
const IBAN = /\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?)\b/g;
const DATE = '(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)\\d{2}|\\d{1,2}\\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})';
const BIRTH = new RegExp(`\\b(?:geboren\\s+(?:op\\s+)?|geboortedatum\\s*:?\\s*|geb\\.\\s*(?:datum\\s*)?:?\\s*|date\\s+of\\s+birth\\s*:?\\s*|d\\.o\\.b\\.?\\s*:?\\s*)(${DATE})`, 'gi');
// Dutch licence plates (sidecodes 4 to 10): three groups with dashes, consonants only, never vowels.
const C = '[BDFGHJKLMNPRSTVXZ]';
const PLATE = new RegExp(`(?<![\\p{L}\\p{N}-])(\\d{2}-${C}{2}-${C}{2}|\\d{2}-${C}{2}-\\d{2}|${C}{2}-\\d{2}-${C}{2}|${C}{2}-${C}{2}-\\d{2}|\\d{2}-${C}{3}-\\d|\\d-${C}{3}-\\d{2}|${C}{2}-\\d{3}-${C}|${C}-\\d{3}-${C}{2}|${C}{3}-\\d{2}-${C}|\\d-${C}{2}-\\d{3}|\\d{3}-${C}{2}-\\d|${C}-\\d{2}-${C}{3})(?![\\p{L}\\p{N}]|-\\w)`, 'gu');
const ADDRESS = /([\p{Lu}][\p{L}'’.-]+(?:[ -][\p{L}'’.-]+){0,3}\s+\d{1,5}(?:[ -]?[a-zA-Z]{1,2}\b|\s*-\s*\d+)?(?:,?\s+\d{4}\s?[A-Z]{2}(?:\s+[\p{Lu}][\p{L}'’-]+(?:[ -][\p{Lu}][\p{L}'’-]+)*)?)?)/u;

const LETTER_ADDRESS = /(?:^|\n)[ \t]*((?:[Dd]e\s+[Hh]eer|[Mm]evrouw|[Dd]hr\.?|[Mm]w\.?|[Mm]evr\.?|[Ff]amilie|[Ff]am\.)\s+[^\n]{2,60})\n[ \t]*([\p{Lu}][\p{L}'’.-]+(?:[ -][\p{L}'’.-]+){0,3}\s+\d{1,5}(?:[ -]?[a-zA-Z]{1,2}\b|\s*-\s*\d+)?\n[ \t]*\d{4}\s?[A-Z]{2}\s+[\p{Lu}][\p{L}'’-]+(?:[ -][\p{L}'’-]+)*)/gu;

export const idsDetector: Detector = {
  id: 'personal.ids',
  category: 'bsn',
  run({ text }) {
    const out: Candidate[] = [];
    for (const m of text.matchAll(BSN)) {
      const digits = m[0].replace(/\D/g, '');
      const start = m.index ?? 0;
      if (!isValidBsn(digits)) continue;
      const before = text.slice(Math.max(0, start - 50), start);
      if (!BSN_CONTEXT.test(before)) continue;
      out.push({ category: 'bsn', start, end: start + m[0].length, confidence: 0.95, reason: 'burgerservicenummer: context noemt BSN en het nummer voldoet aan de elfproef' });
    }
    for (const m of text.matchAll(VNUMMER)) {
      const num = m[1] ?? '';
      const start = (m.index ?? 0) + m[0].lastIndexOf(num);
      out.push({ category: 'vnummer', start, end: start + num.length, confidence: 0.93, reason: 'V-nummer (vreemdelingennummer) na de aanduiding ervan' });
    }
    for (const m of text.matchAll(IBAN)) {
      const iban = m[1] ?? '';
      if (!isValidIban(iban)) continue;
      const start = m.index ?? 0;
      out.push({ category: 'iban', start, end: start + iban.length, confidence: 0.9, reason: 'IBAN met geldig controlegetal (mod 97)' });
    }
    for (const m of text.matchAll(BIRTH)) {
      const date = m[1] ?? '';
      const start = (m.index ?? 0) + m[0].lastIndexOf(date);
      out.push({ category: 'birthdate', start, end: start + date.length, confidence: 0.9, reason: `geboortedatum na '${m[0].slice(0, m[0].length - date.length).trim()}'` });
    }
    for (const m of text.matchAll(PLATE)) {
      const start = m.index ?? 0;
      const ctx = /kenteken|voertuig|auto|wagen|bus|motor|scooter/i.test(text.slice(Math.max(0, start - 60), start));
      out.push({ category: 'licenseplate', start, end: start + m[0].length, confidence: ctx ? 0.92 : 0.75, reason: `Nederlands kenteken (zijcode zonder klinkers)${ctx ? ' na een vermelding van een voertuig' : ''}` });
    }
    for (const m of text.matchAll(/(?:woonachtig|woonadres|wonende|woont|verblijfsadres|huisadres|privéadres|prive-adres|adres\s+van\s+(?:betrokkene|de\s+vreemdeling|verzoeker|aanvrager)|woonplaats)\s*(?:aan|op|te|in)?\s*:?\s*(?:de\s+|het\s+)?/gi)) {
      const from = (m.index ?? 0) + m[0].length;
      const a = ADDRESS.exec(text.slice(from, from + 120));
      if (!a || a.index !== 0 || /^postbus\b/i.test(a[0])) continue;
      out.push({ category: 'address', start: from, end: from + a[0].length, confidence: 0.85, reason: `woonadres na '${m[0].trim()}'` });
    }
    // The address block of a letter to a person: title + name, street and number, postcode and place.
    for (const m of text.matchAll(LETTER_ADDRESS)) {
      const block = m[2] ?? '';
      if (/^postbus\b/i.test(block)) continue;
      const start = (m.index ?? 0) + m[0].length - block.length;
      out.push({ category: 'address', start, end: start + block.length, confidence: 0.85, reason: 'adres onder de naam van een persoon in het adresblok' });
    }
    return out;
  },
};
