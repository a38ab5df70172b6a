/**
 * Suggestions on pages read by OCR (issue #12, item 2): the detectors see the OCR text like any
 * other, and afterwards each suggestion there gets a confidence no higher than the OCR's own
 * reading of its characters allows, and a reason that says it was read by OCR, so the reviewer
 * looks twice where the scan was hard to read.
 */
import type { Suggestion } from '../contract';
import type { PageText } from '../pdf/textTypes';
import type { Rect } from '../pdf/types';

/** OCR confidence (0..100) at or above which a reading is taken as certain. */
const CERTAIN = 90;
/** The lowest factor a poor reading multiplies a suggestion's confidence by. */
const FLOOR = 0.3;

/** The lowest OCR confidence of the OCR glyphs whose centre lies in one of the rects, or undefined. */
export function ocrConfidenceUnder(page: PageText, rects: readonly [number, number, number, number][]): number | undefined {
  const conf = page.ocrConfidence;
  if (!conf) return undefined;
  let min: number | undefined;
  page.glyphs.forEach((g, i) => {
    const c = conf[i];
    if (c < 0 || g.space) return;
    const cx = (g.rect[0] + g.rect[2]) / 2, cy = (g.rect[1] + g.rect[3]) / 2;
    if (!rects.some((r) => cx >= r[0] && cx <= r[2] && cy >= r[1] && cy <= r[3])) return;
    if (min === undefined || c < min) min = c;
  });
  return min;
}

/** Height growth beyond which a box along a slanted line is cut into shorter boxes. */
const DRIFT = 0.15;

const inside = (g: Rect, r: Rect) => g[0] >= r[0] - 0.01 && g[1] >= r[1] - 0.01 && g[2] <= r[2] + 0.01 && g[3] <= r[3] + 0.01;

/**
 * Boxes that follow a slanted line. One box per line (the union of its characters) is right for
 * straight text, but on a page scanned a few degrees askew it grows by the slope times its
 * length and reaches into the lines above and below, whose ink it would black out. Such a box
 * is cut into shorter ones, each no taller than its characters allow.
 */
export function tightRects(page: PageText, rects: readonly Rect[]): Rect[] {
  const out: Rect[] = [];
  for (const r of rects) {
    // The text line whose characters the box was made from: the one with most of them inside it.
    let best: number[] = [];
    for (const line of page.lines) {
      const gs = line.words.flatMap((w) => w.glyphs).filter((i) => inside(page.glyphs[i].rect, r));
      if (gs.length > best.length) best = gs;
    }
    if (best.length < 2) {
      out.push(r);
      continue;
    }
    const vertical = page.glyphs[best[0]].rot % 2 === 1;
    const across = (g: Rect) => (vertical ? g[2] - g[0] : g[3] - g[1]);
    const heights = best.map((i) => across(page.glyphs[i].rect)).sort((a, b) => a - b);
    const limit = heights[Math.floor(heights.length / 2)] * (1 + DRIFT);
    let cur: Rect | null = null;
    const pieces: Rect[] = [];
    for (const i of best) {
      const g = page.glyphs[i].rect;
      const grown: Rect | null = cur ? [Math.min(cur[0], g[0]), Math.min(cur[1], g[1]), Math.max(cur[2], g[2]), Math.max(cur[3], g[3])] : null;
      if (cur && grown && across(grown) <= Math.max(limit, across(g))) cur = grown;
      else pieces.push((cur = [...g] as Rect));
      if (cur !== pieces[pieces.length - 1]) pieces[pieces.length - 1] = cur;
    }
    out.push(...(pieces.length > 1 ? pieces.map((p) => p.map((v) => Math.round(v * 100) / 100) as Rect) : [r]));
  }
  return out;
}

function adjust(s: Suggestion, page: PageText | undefined): Suggestion {
  if (!page?.ocrConfidence) return s;
  const c = ocrConfidenceUnder(page, s.rects);
  if (c === undefined) return s;
  const factor = Math.max(FLOOR, Math.min(1, c / CERTAIN));
  return {
    ...s,
    confidence: Math.round(s.confidence * factor * 100) / 100,
    reason: `${s.reason} (gelezen met OCR, zekerheid ${c}%)`,
    rects: tightRects(page, s.rects),
  };
}

/**
 * Lowers the confidence of suggestions on OCR'd pages where the OCR was unsure, and says in the
 * reason that the text was read by OCR.
 *
 * @example
 *   adjustForOcr(suggestDocument(pages, { law }), pages).suggestions[0].reason;
 *   // "… (gelezen met OCR, zekerheid 71%)"
 */
export function adjustForOcr<T extends { suggestions: Suggestion[]; kept: Suggestion[] }>(result: T, pages: readonly PageText[]): T {
  if (!pages.some((p) => p.ocrConfidence)) return result;
  const byPage = new Map(pages.map((p) => [p.page, p]));
  return {
    ...result,
    suggestions: result.suggestions.map((s) => adjust(s, byPage.get(s.page))),
    kept: result.kept.map((s) => adjust(s, byPage.get(s.page))),
  };
}
