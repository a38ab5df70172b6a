/**
 * What a document says about itself, before any detector runs (issue #11 class 6): its language
 * (English documents have capitalised ordinary words that are no names), whether it is a paper of
 * an elected assembly (persons named there act in public roles), and the lines repeated at the top
 * or bottom of its pages (a number or mailbox printed there is the organisation's, not a person's).
 */
import type { PageText } from '../pdf/textTypes';
import type { DocumentProfile } from './types';
import { phoneNumbersOnPage } from './detectors/phone';
import { normaliseEdgeLine } from './edges';

const DUTCH_WORDS = new Set(['de', 'het', 'een', 'van', 'en', 'is', 'dat', 'niet', 'voor', 'op', 'met', 'zijn', 'wordt', 'worden', 'aan', 'bij', 'ook', 'door', 'naar', 'deze', 'die', 'om', 'te', 'als', 'over']);
const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'with', 'by', 'on', 'as', 'be', 'are', 'this', 'which', 'from', 'its', 'has', 'have', 'will', 'shall', 'all', 'an', 'or', 'not']);

/**
 * Words of the papers of an elected body: a council's minutes and decision lists, parliamentary
 * questions and their answers, the States' papers. Several of them, several times, make the
 * document such a paper.
 */
const ASSEMBLY_CUES = /\b(?:raadsvergadering|gemeenteraad|raadsbesluit|raadsvoorstel|raadslid|raadsleden|de\s+raad\s+besluit|fractie|fracties|fractievoorzitter|motie|moties|amendement|amendementen|wethouder|wethouders|hoofdelijke\s+stemming|stemden|griffier|vragenkwartier|agendapunt|statenlid|statenleden|statenvergadering|gedeputeerde|kamerlid|kamerleden|vragen\s+van\s+het\s+lid|handelingen|plenaire\s+vergadering)\b/giu;
/** A letter or note has a sender and a contact: then its contact persons are no council members. */
const LETTER_CUES = /\b(?:contactpersoon|behandeld\s+door|ons\s+kenmerk|uw\s+kenmerk|met\s+vriendelijke\s+groet|hoogachtend)\b/giu;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Reads a document's profile from its pages.
 *
 * @example
 *   profileDocument(pages).language; // 'en' for a UN resolution
 */
export function profileDocument(pages: readonly PageText[]): DocumentProfile {
  let nl = 0;
  let en = 0;
  let assemblyHits = 0;
  const assemblyKinds = new Set<string>();
  let letterHits = 0;
  const edgeCount = new Map<string, number>();
  const phonePages = new Map<string, number>();
  for (const page of pages) {
    const text = page.text;
    // Language: function words of a sample of the first pages (enough to decide, cheap on long documents).
    if (nl + en < 400) {
      const sample = text.length > 3000 ? text.slice(0, 3000) : text;
      for (const w of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
        if (DUTCH_WORDS.has(w)) nl++;
        else if (ENGLISH_WORDS.has(w)) en++;
      }
    }
    // The kind of paper shows on its first pages: long documents are read for it only there.
    if (page.page <= 30) {
      for (const m of text.matchAll(ASSEMBLY_CUES)) {
        assemblyHits++;
        assemblyKinds.add(m[0].toLowerCase().replace(/\s+/g, ' ').replace(/s$|en$/, ''));
      }
      letterHits += (text.match(LETTER_CUES) ?? []).length;
    }
    // Header and footer: the first and last three non-empty lines of the page.
    const edge = new Set(edgeLines(text).map(normaliseEdgeLine).filter((l) => l.length >= 6));
    for (const l of edge) edgeCount.set(l, (edgeCount.get(l) ?? 0) + 1);
    for (const d of new Set(phoneNumbersOnPage(page))) phonePages.set(d, (phonePages.get(d) ?? 0) + 1);
  }
  const need = Math.max(2, Math.ceil(pages.length * 0.4));
  const boilerplate = new Set([...edgeCount].filter(([, n]) => n >= need).map(([l]) => l));
  return {
    language: en > nl * 1.5 && en >= 20 ? 'en' : 'nl',
    assembly: assemblyHits >= 8 && assemblyKinds.size >= 4 && letterHits <= 1,
    boilerplate,
    phonePages,
    pageCount: pages.length,
  };
}

/** The first and last three non-empty lines of a page text, read from both ends without splitting it all. */
function edgeLines(text: string): string[] {
  const out: string[] = [];
  // From the top: the first three non-empty lines.
  for (let a = 0, n = 0; a < text.length && n < 3;) {
    const b = text.indexOf('\n', a);
    const e = b < 0 ? text.length : b;
    if (/\S/.test(text.slice(a, e))) { out.push(collapse(text.slice(a, e))); n++; }
    a = e + 1;
  }
  // From the bottom: the last three.
  for (let e = text.length, n = 0; e > 0 && n < 3;) {
    const a = text.lastIndexOf('\n', e - 1) + 1;
    if (/\S/.test(text.slice(a, e))) { out.push(collapse(text.slice(a, e))); n++; }
    e = a - 1;
  }
  return out;
}
