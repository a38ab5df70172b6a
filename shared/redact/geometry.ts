/**
 * Geometry for redaction on top of shared/pdf/matrix.ts: display rectangles back to PDF user
 * space, and the overlap rule shared by glyph removal and verify.
 */
import { apply, invert as invertOrNull } from '../pdf/matrix';
import type { Matrix, Rect } from '../pdf/types';

export { multiply, apply, transformRect, rectsIntersect as intersects } from '../pdf/matrix';

/**
 * The inverse of an affine matrix; a singular matrix gives the identity (nothing drawn with it is visible anyway).
 *
 * @example
 *   invert([1, 0, 0, -1, 0, 792]); // [1, 0, 0, -1, 0, 792]
 */
export function invert(m: Matrix): Matrix {
  return invertOrNull(m) ?? [1, 0, 0, 1, 0, 0];
}

/**
 * The four corners of a rectangle mapped through a matrix, in order (x0,y0) (x1,y0) (x1,y1) (x0,y1).
 *
 * @example
 *   corners([0, 0, 10, 5], [1, 0, 0, 1, 0, 0]); // [[0,0],[10,0],[10,5],[0,5]]
 */
export function corners(r: Rect, m: Matrix): [number, number][] {
  return [apply(m, r[0], r[1]), apply(m, r[2], r[1]), apply(m, r[2], r[3]), apply(m, r[0], r[3])];
}

/** Normalises a rectangle so that x0 <= x1 and y0 <= y1. */
export function normRect(r: Rect): Rect {
  return [Math.min(r[0], r[2]), Math.min(r[1], r[3]), Math.max(r[0], r[2]), Math.max(r[1], r[3])];
}

/** Rounding slack, in points: coordinates pass through decimal text and back. */
const EPS = 1e-6;

/**
 * The redaction rule (DESIGN.md "True redaction", issue #13), one rule for every glyph: a
 * redaction box covers a glyph when the centre of the glyph's own box (its advance along the
 * line × the font's ascent to descent, as the interpreter computes it) lies inside the box,
 * edges included. A covered glyph is removed, every other glyph stays: a box that grazes the
 * line above or below, or reaches into the next character, removes nothing from them, and a
 * glyph half under a box goes only when its centre is under it.
 *
 * @example
 *   covers([50, 0, 101, 10], [100, 0, 106, 10]); // false: the centre (103, 5) is outside
 *   covers([50, 0, 101, 10], [60, 8, 66, 18]);   // false: the line below, 2 points overlap
 *   covers([50, 0, 101, 10], [60, 1, 66, 11]);   // true: the centre (63, 6) is inside
 */
export function covers(box: Rect, glyph: Rect): boolean {
  const cx = (glyph[0] + glyph[2]) / 2;
  const cy = (glyph[1] + glyph[3]) / 2;
  return cx >= box[0] - EPS && cx <= box[2] + EPS && cy >= box[1] - EPS && cy <= box[3] + EPS;
}

/** `covers` for glyph `i` of boxes stored four numbers each (x0, y0, x1, y1), without making its rect. */
export function coversAt(box: Rect, rects: Float64Array, i: number): boolean {
  const cx = (rects[4 * i]! + rects[4 * i + 2]!) / 2;
  const cy = (rects[4 * i + 1]! + rects[4 * i + 3]!) / 2;
  return cx >= box[0] - EPS && cx <= box[2] + EPS && cy >= box[1] - EPS && cy <= box[3] + EPS;
}

/**
 * `covers` against several boxes at once, for the glyphs of a page: a glyph whose centre lies
 * outside the boxes' common bounds is rejected with four comparisons, the rest are tested
 * box by box with `covers` itself, so the answer is always `rects.some((r) => covers(r, glyph))`.
 *
 * @example
 *   const coveredBy = coverTest([[50, 0, 101, 10]]);
 *   coveredBy(60, 1, 66, 11); // true
 */
export function coverTest(rects: readonly Rect[]): (x0: number, y0: number, x1: number, y1: number) => boolean {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const r of rects) {
    if (r[0] < minX) minX = r[0];
    if (r[1] < minY) minY = r[1];
    if (r[2] > maxX) maxX = r[2];
    if (r[3] > maxY) maxY = r[3];
  }
  const glyph: Rect = [0, 0, 0, 0];
  return (x0, y0, x1, y1) => {
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    if (!(cx >= minX - EPS && cx <= maxX + EPS && cy >= minY - EPS && cy <= maxY + EPS)) return false;
    glyph[0] = x0;
    glyph[1] = y0;
    glyph[2] = x1;
    glyph[3] = y1;
    for (const r of rects) if (covers(r, glyph)) return true;
    return false;
  };
}

/**
 * The same rule for a painted path (a line, a filled shape, text drawn as outlines): the box
 * covers the path when it covers the centre of the path's bounding box and the path is no
 * wider and no taller than the box. A rule line, table border or frame that crosses the box
 * is larger than it and stays.
 *
 * @example
 *   coversPath([50, 0, 101, 10], [52, 8, 99, 9]);  // true: an underline under the boxed word
 *   coversPath([50, 0, 101, 10], [0, 5, 600, 6]);  // false: a rule across the page
 */
export function coversPath(box: Rect, path: Rect): boolean {
  return covers(box, path) && path[2] - path[0] <= box[2] - box[0] + EPS && path[3] - path[1] <= box[3] - box[1] + EPS;
}
