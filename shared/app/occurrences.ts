/**
 * "Redact every occurrence": finds a phrase in the words of every page of the dossier and
 * returns one box per line it covers. Matching ignores case and runs of white space, and
 * only whole words match, so "Jan" does not hit "Janssen".
 */
import type { Rect } from '../pdf/types';

export interface PageWords {
  page: number;
  words: { text: string; rect: Rect }[];
}

export interface Occurrence {
  page: number;
  rects: Rect[];
  text: string;
}

const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('nl');
const strip = (s: string) => s.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');

export function findOccurrences(pages: readonly PageWords[], phrase: string): Occurrence[] {
  const needle = phrase.trim().split(/\s+/).filter(Boolean).map(norm);
  if (needle.length === 0) return [];
  const out: Occurrence[] = [];
  for (const p of pages) {
    const words = p.words;
    for (let i = 0; i + needle.length <= words.length; i++) {
      let hit = true;
      for (let k = 0; k < needle.length && hit; k++) {
        const w = norm(words[i + k].text);
        const n = needle[k];
        // Inner words must match exactly; the first and last may carry punctuation ("Jansen," "(Jan").
        hit = w === n || strip(w) === strip(n) && strip(n) !== '';
      }
      if (!hit) continue;
      const span = words.slice(i, i + needle.length);
      out.push({ page: p.page, rects: mergeLines(span.map((w) => w.rect)), text: span.map((w) => w.text).join(' ') });
      i += needle.length - 1;
    }
  }
  return out;
}

/** Joins word boxes that share a line into one box, so a name is one box, not three. */
export function mergeLines(rects: readonly Rect[]): Rect[] {
  const out: Rect[] = [];
  for (const r of rects) {
    const last = out[out.length - 1];
    const sameLine = last && Math.abs((last[1] + last[3]) / 2 - (r[1] + r[3]) / 2) < (r[3] - r[1]) / 2 && r[0] >= last[0] - 1;
    if (sameLine) out[out.length - 1] = [Math.min(last[0], r[0]), Math.min(last[1], r[1]), Math.max(last[2], r[2]), Math.max(last[3], r[3])];
    else out.push([...r] as Rect);
  }
  return out;
}

/** The words whose boxes a rectangle touches, in page order: what a drag across text selects. */
export function wordsInRect(words: PageWords['words'], sel: Rect): PageWords['words'] {
  return words.filter((w) => w.rect[0] < sel[2] && w.rect[2] > sel[0] && w.rect[1] < sel[3] && w.rect[3] > sel[1]);
}

/**
 * What a drag on the page makes: with the box tool the rectangle itself (at least 2 points both
 * ways) and the words under it; with the text tool the boxes of the words it touches, one per
 * line. A drag along one line (no height) selects that line's words: it is widened to a band
 * of a point above and below (issue #14: it selected nothing before). Null when it makes nothing.
 */
export function dragToBox(tool: 'box' | 'text', drag: Rect, words: PageWords['words']): { rects: Rect[]; text: string } | null {
  const box = drag.map((v) => Math.round(v * 100) / 100) as Rect;
  if (box[2] - box[0] < 2 || (tool === 'box' && box[3] - box[1] < 2)) return null;
  if (tool === 'box') return { rects: [box], text: wordsInRect(words, box).map((w) => w.text).join(' ') };
  const band: Rect = box[3] - box[1] < 2 ? [box[0], box[1] - 1, box[2], box[3] + 1] : box;
  const hit = wordsInRect(words, band);
  if (hit.length === 0) return null;
  return { rects: mergeLines(hit.map((w) => w.rect)), text: hit.map((w) => w.text).join(' ') };
}
