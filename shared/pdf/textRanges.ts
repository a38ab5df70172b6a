/**
 * From character ranges of `PageText.text` back to rectangles on the page: the bridge
 * between detectors (which work on text) and redaction (which works on boxes).
 */
import type { Rect } from './types';
import type { PageText } from './textTypes';

/**
 * The rectangles covering `text.slice(start, end)`: one per line the range spans, each the
 * union of the boxes of the glyphs that drew the range's characters on that line, in
 * reading order. Separators (inserted spaces and newlines) contribute nothing. Copies of a
 * glyph (the same text drawn again at nearly the same place, `PageText.copyOf`) widen the
 * rectangle so that it covers them too.
 *
 * @example
 *   const i = page.text.indexOf('J. de Vries');
 *   rectsForRange(page, i, i + 'J. de Vries'.length); // [[72.0, 140.2, 121.5, 151.3]]
 */
export function rectsForRange(page: PageText, start: number, end: number): Rect[] {
  const from = Math.max(0, start);
  const to = Math.min(end, page.text.length);
  const byLine = new Map<number, Rect>();
  let lastGlyph = -2;
  for (let i = from; i < to; i++) {
    const g = page.charToGlyph[i] ?? -1;
    if (g < 0 || g === lastGlyph) continue;
    lastGlyph = g;
    const own = boxOf(page, g);
    if (!own) continue;
    const line = page.charToLine[i] ?? -1;
    const copies = copiesOf(page)?.get(g);
    for (const r of copies ? [own, ...copies.map((c) => boxOf(page, c)!)] : [own]) {
      const cur = byLine.get(line);
      if (cur) {
        cur[0] = Math.min(cur[0], r[0]);
        cur[1] = Math.min(cur[1], r[1]);
        cur[2] = Math.max(cur[2], r[2]);
        cur[3] = Math.max(cur[3], r[3]);
      } else {
        byLine.set(line, [r[0], r[1], r[2], r[3]]);
      }
    }
  }
  return [...byLine.values()].map((r) => r.map((v) => Math.round(v * 100) / 100) as Rect);
}

/** A glyph's box, from the glyph or from a compact page's `boxes`. */
function boxOf(page: PageText, g: number): Rect | undefined {
  if (page.boxes) {
    const b = page.boxes;
    return g * 4 + 3 < b.length ? [b[g * 4], b[g * 4 + 1], b[g * 4 + 2], b[g * 4 + 3]] : undefined;
  }
  return page.glyphs[g]?.rect;
}

const copyIndex = new WeakMap<PageText, Map<number, number[]> | null>();

/** The copies of each glyph that has any (the inverse of `copyOf`), built once per page. */
function copiesOf(page: PageText): Map<number, number[]> | null {
  let m = copyIndex.get(page);
  if (m !== undefined) return m;
  m = null;
  const copyOf = page.copyOf;
  if (copyOf) {
    for (let i = 0; i < copyOf.length; i++) {
      const o = copyOf[i];
      if (o < 0) continue;
      m ??= new Map();
      const list = m.get(o);
      if (list) list.push(i);
      else m.set(o, [i]);
    }
  }
  copyIndex.set(page, m);
  return m;
}
