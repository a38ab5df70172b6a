/**
 * Search and redact (issue #14 item 3): a dossier-wide search for words, phrases, named
 * patterns (IBAN, BSN, 06-numbers, e-mail addresses, dates, postcodes) or the officer's own
 * regular expression, giving hits in context to tick. Each hit carries the boxes of the words
 * it covers (one box per line) so that `redactOccurrences` can redact the ticked ones as one
 * undo step. Pure: runs on the words the worker read, in Node and in the renderer alike.
 */
import { isValidBsn, isValidIban } from '../detect/detectors/ids';
import type { Dossier } from '../dossier/types';
import type { Rect } from '../pdf/types';
import { mergeLines, type PageWords } from './occurrences';

export type PatternName = 'iban' | 'bsn' | 'mobile' | 'email' | 'date' | 'postcode';

export interface NamedPattern {
  name: PatternName;
  /** The expression; the whole match is the hit. */
  re: RegExp;
  /** A check a match must pass (check digits), so "all IBANs" finds no look-alikes. */
  valid?(match: string): boolean;
}

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';

/** The named patterns, by class (never by any particular document's strings). */
export const PATTERNS: Readonly<Record<PatternName, NamedPattern>> = {
  iban: { name: 'iban', re: /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/g, valid: isValidIban },
  bsn: { name: 'bsn', re: /(?<![\p{L}\p{N}.-])(?:\d{4}[ .]?\d{2}[ .]?\d{3}|\d{3}[ .]\d{3}[ .]\d{3}|\d{9})(?![\p{N}]|[.-]\d)/gu, valid: (m) => isValidBsn(m.replace(/\D/g, '')) },
  mobile: { name: 'mobile', re: /(?<![\p{N}+])(?:(?:\+|00)31[ -]?(?:\(0\))?[ -]?6|06)(?:[ -]?\d){8}(?!\d)/gu },
  email: { name: 'email', re: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu },
  date: { name: 'date', re: new RegExp(`\\b(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)?\\d{2}|\\d{1,2}\\s+(?:${MONTHS})\\.?\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})\\b`, 'giu') },
  postcode: { name: 'postcode', re: /\b[1-9]\d{3}[ ]?(?!SA|SD|SS)[A-Z]{2}\b/g },
};

export type SearchQuery =
  | { kind: 'text'; text: string }
  | { kind: 'pattern'; pattern: PatternName }
  | { kind: 'regex'; source: string };

export interface SearchHit {
  documentId: string;
  page: number;
  /** Text of the hit as it stands on the page. */
  text: string;
  rects: Rect[];
  /** A few words either side, for the list to tick. */
  before: string;
  after: string;
}

/** Thrown for an officer's expression that is not one (the message is for her). */
export class SearchQueryError extends Error {}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The expression a query runs, or a SearchQueryError for an empty query or an invalid/empty-matching regex. */
export function queryRegExp(q: SearchQuery): { re: RegExp; valid?: (m: string) => boolean } {
  if (q.kind === 'pattern') {
    const p = PATTERNS[q.pattern];
    return { re: new RegExp(p.re.source, p.re.flags), ...(p.valid ? { valid: p.valid } : {}) };
  }
  if (q.kind === 'text') {
    const words = q.text.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) throw new SearchQueryError('empty');
    // Whole words, any case, any run of white space between them.
    return { re: new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu') };
  }
  if (q.source.trim() === '') throw new SearchQueryError('empty');
  let re: RegExp;
  try {
    re = new RegExp(q.source, 'giu');
  } catch {
    throw new SearchQueryError('invalid');
  }
  if (re.test('')) throw new SearchQueryError('matches-empty');
  return { re };
}

/** Page text with each word's start offset (words joined by one space). */
function pageText(words: PageWords['words']): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const w of words) {
    if (text) text += ' ';
    starts.push(text.length);
    text += w.text;
  }
  return { text, starts };
}

const CONTEXT_WORDS = 5;

/**
 * Every hit of a query in the given documents' words, in document and page order. A hit
 * covers the whole words it touches (a pattern inside a word redacts that word).
 *
 * @example
 *   searchDossier(new Map([['d1', pages]]), { kind: 'pattern', pattern: 'iban' });
 */
export function searchDossier(words: ReadonlyMap<string, readonly PageWords[]>, q: SearchQuery, limit = 5000): SearchHit[] {
  const { re, valid } = queryRegExp(q);
  const out: SearchHit[] = [];
  for (const [documentId, pages] of words) {
    for (const p of pages) {
      const { text, starts } = pageText(p.words);
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        if (m[0] === '' || (valid && !valid(m[0]))) continue;
        const s = m.index ?? 0;
        const e = s + m[0].length;
        let first = -1;
        let last = -1;
        for (let i = 0; i < starts.length; i++) {
          const ws = starts[i];
          const we = ws + p.words[i].text.length;
          if (we <= s) continue;
          if (ws >= e) break;
          if (first < 0) first = i;
          last = i;
        }
        if (first < 0) continue;
        const span = p.words.slice(first, last + 1);
        out.push({
          documentId,
          page: p.page,
          text: span.map((w) => w.text).join(' '),
          rects: mergeLines(span.map((w) => w.rect)),
          before: p.words.slice(Math.max(0, first - CONTEXT_WORDS), first).map((w) => w.text).join(' '),
          after: p.words.slice(last + 1, last + 1 + CONTEXT_WORDS).map((w) => w.text).join(' '),
        });
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}

/**
 * Boxes for repeating one box on a page range (a letterhead, a signature block): the same
 * rectangle on every page from `from` to `to`, clamped to the document's pages.
 */
export function repeatBox(rect: Rect, from: number, to: number, pageCount: number): { page: number; rects: Rect[] }[] {
  const a = Math.max(1, Math.min(from, to));
  const b = Math.min(pageCount, Math.max(from, to));
  const out: { page: number; rects: Rect[] }[] = [];
  for (let n = a; n <= b; n++) out.push({ page: n, rects: [[...rect] as Rect] });
  return out;
}

const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();

/**
 * The given redactions plus every other one in the dossier with the same text (case and
 * spacing aside), rejected ones left out: "change the ground of all occurrences".
 */
export function sameTextIds(d: Dossier, ids: readonly string[]): string[] {
  const texts = new Set(d.redactions.filter((r) => ids.includes(r.id) && r.text.trim() !== '').map((r) => norm(r.text)));
  const more = d.redactions.filter((r) => r.status !== 'rejected' && texts.has(norm(r.text)) && !ids.includes(r.id)).map((r) => r.id);
  return [...ids, ...more];
}
