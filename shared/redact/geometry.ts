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

/**
 * The redaction rule for one glyph (issue #3): a glyph is redacted when its box overlaps a
 * redaction box, unless the overlap along the writing direction is less than a quarter of
 * the glyph's advance (a neighbour that only grazes the edge, such as the "@" after a local
 * part), or the overlap across it is less than a quarter of the thinner of glyph and box
 * (a glyph on the next line, whose ascender-to-descender box touches a box drawn around
 * this line: tight line spacing makes such boxes overlap by a point or two).
 *
 * @example
 *   glyphHit([100, 0, 106, 10], [50, 0, 101, 10], false); // false: 1 of 6 points
 *   glyphHit([60, 9, 66, 19], [50, 0, 101, 10], false);   // false: the line below
 */
export function glyphHit(glyph: Rect, box: Rect, vertical: boolean): boolean {
  const ox = Math.min(glyph[2], box[2]) - Math.max(glyph[0], box[0]);
  const oy = Math.min(glyph[3], box[3]) - Math.max(glyph[1], box[1]);
  if (ox <= 0 || oy <= 0) return false;
  const along = vertical ? oy : ox;
  const across = vertical ? ox : oy;
  const size = vertical ? glyph[3] - glyph[1] : glyph[2] - glyph[0];
  const thickness = Math.min(vertical ? glyph[2] - glyph[0] : glyph[3] - glyph[1], vertical ? box[2] - box[0] : box[3] - box[1]);
  if (thickness > 0 && across < thickness / 4) return false;
  if (size <= 0) return true;
  return along >= size / 4;
}
