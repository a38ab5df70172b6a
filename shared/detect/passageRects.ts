/**
 * The rectangles of a suggestion, one per line, that cover only the suggestion's own lines. A
 * glyph's box runs from the font's ascent to its descent, so with tight line spacing the boxes of
 * adjacent lines overlap, and a rectangle that is the union of one line's glyph boxes reaches into
 * the line above or below: drawn, it blacks out part of a sentence that stays readable, and with
 * spacing tight enough the redactor's overlap rule (shared/redact/geometry.ts) would take glyphs
 * of that line too. Each rectangle is therefore cut back, across the writing direction, to where
 * the glyphs of a neighbouring line that is not part of the suggestion begin.
 */
import type { PageText } from '../pdf/textTypes';
import type { Rect } from '../pdf/types';
import { rectsForRange } from '../pdf/textRanges';

interface Across { lo: number; hi: number; a0: number; a1: number }

/** A rectangle in the line's frame: along the writing direction (a) and across it (lo..hi). */
function across(r: Rect, rot: number): Across {
  switch (rot) {
    case 1: return { a0: r[1], a1: r[3], lo: -r[2], hi: -r[0] };
    case 2: return { a0: -r[2], a1: -r[0], lo: -r[3], hi: -r[1] };
    case 3: return { a0: -r[3], a1: -r[1], lo: r[0], hi: r[2] };
    default: return { a0: r[0], a1: r[2], lo: r[1], hi: r[3] };
  }
}

function withAcross(r: Rect, rot: number, lo: number, hi: number): Rect {
  switch (rot) {
    case 1: return [-hi, r[1], -lo, r[3]];
    case 2: return [r[0], -hi, r[2], -lo];
    case 3: return [lo, r[1], hi, r[3]];
    default: return [r[0], lo, r[2], hi];
  }
}

const round = (r: Rect): Rect => r.map((v) => Math.round(v * 100) / 100) as Rect;

/**
 * The rectangles for the character ranges `pieces` of the page text, each clipped so that it
 * does not reach the glyphs of a neighbouring line outside the ranges.
 *
 * @example
 *   passageRects(page, [[120, 260]]); // [[72, 101.5, 410.2, 110.8], [72, 110.8, 380.4, 121.9]]
 */
export function passageRects(page: PageText, pieces: readonly (readonly [number, number])[]): Rect[] {
  const mine = new Set<number>();
  const perLine: { line: number; rect: Rect }[] = [];
  for (const [a, b] of pieces) {
    const lines: number[] = [];
    for (let i = Math.max(0, a); i < Math.min(b, page.text.length); i++) {
      const g = page.charToGlyph[i] ?? -1;
      const l = page.charToLine[i] ?? -1;
      if (g >= 0) mine.add(g);
      if (l >= 0 && g >= 0 && !lines.includes(l)) lines.push(l);
    }
    // rectsForRange yields one rectangle per line, in the order the lines occur in the range.
    rectsForRange(page, a, b).forEach((r, k) => perLine.push({ line: lines[k] ?? -1, rect: r }));
  }
  // Glyphs outside the suggestion on the lines that overlap a rectangle limit it. A compact page
  // (`compactPageText`) keeps no glyph objects but every glyph's box, and its lines' characters
  // still point at their glyphs: the same neighbours, found through the text.
  const boxes = page.glyphs.length === 0 ? page.boxes : undefined;
  const rectOf = (g: number): Rect => (boxes ? [boxes[g * 4]!, boxes[g * 4 + 1]!, boxes[g * 4 + 2]!, boxes[g * 4 + 3]!] : page.glyphs[g]!.rect);
  const glyphsOf = (li: number): { g: number; rot: number }[] => {
    const tl = page.lines[li]!;
    if (!boxes) {
      return tl.words.flatMap((w) => w.glyphs)
        .filter((g) => !mine.has(g) && (page.glyphs[g]?.text.trim() ?? '') !== '')
        .map((g) => ({ g, rot: page.glyphs[g]!.rot }));
    }
    const out: { g: number; rot: number }[] = [];
    for (let c = tl.start; c < tl.end; c++) {
      const g = page.charToGlyph[c] ?? -1;
      if (g < 0 || mine.has(g) || page.text[c]!.trim() === '') continue;
      if (out.length && out[out.length - 1]!.g === g) continue;
      out.push({ g, rot: tl.rot });
    }
    return out;
  };
  return perLine.map(({ line, rect }) => {
    const others: { g: number; rot: number }[] = [];
    page.lines.forEach((tl, li) => {
      const r = tl.rect;
      if (r[0] < rect[2] && rect[0] < r[2] && r[1] < rect[3] && rect[1] < r[3]) others.push(...glyphsOf(li));
    });
    const rot = page.lines[line]?.rot ?? 0;
    const me = across(rect, rot);
    const mid = (me.lo + me.hi) / 2;
    const height = me.hi - me.lo;
    // First choice: stop where a neighbour's glyphs begin. If the lines are so tight that little
    // would be left, stop halfway between the lines' centres.
    let lo = me.lo;
    let hi = me.hi;
    let midLo = me.lo;
    let midHi = me.hi;
    for (const { g, rot: gRot } of others) {
      if (gRot !== rot) continue;
      const o = across(rectOf(g), rot);
      if (o.a1 <= me.a0 || o.a0 >= me.a1) continue; // not beside this stretch of the line
      if (o.hi <= me.lo || o.lo >= me.hi) continue; // no overlap across the line
      const oMid = (o.lo + o.hi) / 2;
      if (Math.abs(oMid - mid) < 0.3 * height) continue; // a glyph of this same line
      if (oMid > mid) {
        hi = Math.min(hi, Math.max(o.lo, mid));
        midHi = Math.min(midHi, (mid + oMid) / 2);
      } else {
        lo = Math.max(lo, Math.min(o.hi, mid));
        midLo = Math.max(midLo, (mid + oMid) / 2);
      }
    }
    if (hi - lo < 0.25 * height) {
      lo = midLo;
      hi = midHi;
    }
    return lo < hi ? round(withAcross(rect, rot, lo, hi)) : rect;
  });
}
