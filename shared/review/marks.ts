/**
 * From /Redact annotations read from a PDF to proposed redactions (issue #15): the ground
 * codes as people write them in an overlay text or a comment ("10.2.e", "5.1.2.e, 5.1.2 i",
 * "art. 10 lid 2 sub e"), mapped to the dossier's law, and the text under each mark from the
 * document's own words. Pure: the PDF is read by redactAnnotations.ts.
 */
import type { Law } from '../contract';
import type { ImportedMark } from '../dossier/import';
import { lawOfGround, mapGround, normalizeGround, sortGrounds } from '../grounds';
import type { Rect } from '../pdf/types';
import type { ReadMark } from './redactAnnotations';

/** A code-like stretch of text: Woo 5.x, Wob 10.x / 11.1, dotted, spaced or run together. */
const CODE_LIKE = /\b(?:5\s*\.\s*1\s*\.\s*[125](?:\s*\.?\s*\(?[a-i]\)?)?|5\s*\.\s*[24]|10\s*\.\s*[12]\s*\.?\s*\(?[a-i]\)?|11\s*\.\s*1)(?![\d.]*\d)/gi;

/**
 * The ground codes a mark's text names, in the compact form of `law` and catalogue order. A
 * code of the other law is mapped (Wob 10.2.e → Woo 5.1.2e; where the mapping is a choice,
 * the suggested code). Text that names no code gives [].
 *
 * @example
 *   groundsInText('Woo 5.1.2.e; 5.1.2 i', 'woo'); // ['5.1.2e', '5.1.2i']
 *   groundsInText('10.2.e', 'woo');               // ['5.1.2e']
 *   groundsInText('artikel 10, tweede lid, aanhef en onder e', 'wob'); // ['10.2.e']
 */
export function groundsInText(text: string, law: Law): string[] {
  const found: string[] = [];
  const whole = normalizeGround(text);
  if (whole) found.push(whole);
  else {
    for (const part of text.split(/[,;/|+&\n]|\s+en\s+/)) {
      const c = normalizeGround(part);
      if (c) found.push(c);
      else for (const m of part.matchAll(CODE_LIKE)) {
        const k = normalizeGround(m[0]);
        if (k) found.push(k);
      }
    }
  }
  const mapped = found.flatMap((c) => (lawOfGround(c) === law ? [c] : mapGround(c, law).codes));
  return sortGrounds(mapped);
}

/** The words of one page, as the app and the engines keep them. */
export interface MarkWords {
  page: number;
  words: { text: string; rect: Rect }[];
}

/**
 * The text under boxes, from the page's words in reading order: a word the box covers is
 * taken whole; a word it covers only in part (the local part of an e-mail address) by the
 * share of its width under the box, which is close enough for a log and a search (the
 * redaction itself follows the boxes, not this text).
 *
 * @example
 *   textUnder([{ text: 'Beste', rect: [0, 0, 30, 10] }, { text: 'Jan', rect: [34, 0, 52, 10] }], [[33, 0, 53, 10]]); // 'Jan'
 */
export function textUnder(words: MarkWords['words'], rects: readonly Rect[]): string {
  const out: string[] = [];
  let last: Rect | undefined;
  // A word broken at a hyphen over a line end is one word again ("Hendriks-" + "Bakker" on the
  // next line is "Hendriks-Bakker"), as the suggestion that made the mark wrote it.
  const push = (w: { rect: Rect }, text: string) => {
    const cy = (w.rect[1] + w.rect[3]) / 2;
    const nextLine = last !== undefined && (cy < last[1] || cy > last[3]);
    if (nextLine && out.length > 0 && /\p{L}-$/u.test(out[out.length - 1])) out[out.length - 1] += text;
    else out.push(text);
    last = w.rect;
  };
  for (const w of words) {
    const cy = (w.rect[1] + w.rect[3]) / 2;
    const width = w.rect[2] - w.rect[0];
    for (const r of rects) {
      if (cy < r[1] || cy > r[3]) continue;
      const x0 = Math.max(w.rect[0], r[0]);
      const x1 = Math.min(w.rect[2], r[2]);
      if (x1 <= x0) continue;
      if (width <= 0 || (x1 - x0) / width >= 0.9) {
        push(w, w.text);
        break;
      }
      const chars = [...w.text];
      const from = Math.round(((x0 - w.rect[0]) / width) * chars.length);
      const to = Math.round(((x1 - w.rect[0]) / width) * chars.length);
      const part = chars.slice(from, to).join('').replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
      if (part) push(w, part);
      break;
    }
  }
  return out.join(' ');
}

/**
 * The marks as redactions to propose: grounds from the overlay text, else from the comment,
 * else the law's privacy ground with a reason that says so; the text under the boxes when the
 * document's words are known; a reason naming the file and who made the mark.
 *
 * @example
 *   importedMarks(read.marks, 'wob', 'nota-gemarkeerd.pdf', pages)[0].reason;
 *   // 'Lakmarkering uit nota-gemarkeerd.pdf (A. Behandelaar): 10.2.e'
 */
export function importedMarks(marks: readonly ReadMark[], law: Law, source: string, words?: readonly MarkWords[]): ImportedMark[] {
  const fallback = law === 'woo' ? '5.1.2e' : '10.2.e';
  return marks.map((m) => {
    let grounds = groundsInText(m.overlayText, law);
    if (grounds.length === 0) grounds = groundsInText(m.contents, law);
    const named = grounds.length > 0;
    if (!named) grounds = [fallback];
    const who = m.author ? ` (${m.author})` : '';
    const said = [m.overlayText, m.contents].map((x) => x.trim()).filter((x) => x !== '');
    const reason = named
      ? `Lakmarkering uit ${source}${who}: ${said[0] ?? grounds.join(', ')}`
      : `Lakmarkering uit ${source}${who} zonder grond; ${fallback} voorgesteld, kies de juiste grond`;
    const pageWords = words?.find((p) => p.page === m.page)?.words;
    return {
      page: m.page,
      rects: m.wholePage ? [] : m.rects,
      grounds,
      reason: reason.length > 300 ? `${reason.slice(0, 299)}…` : reason,
      ...(m.wholePage ? { wholePage: true } : {}),
      ...(pageWords && !m.wholePage ? { text: textUnder(pageWords, m.rects) } : {}),
    };
  });
}
