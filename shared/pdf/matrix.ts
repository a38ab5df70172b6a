/** Affine matrix helpers in PDF's row-vector convention: p' = p × M. */
import type { Matrix, Rect } from './types';

/**
 * A matrix as an array that holds doubles from the start. V8 keeps small-integer, double and
 * mixed arrays apart (elements kinds); matrices made as `[1, 0, 0, 1, 0, 0]`, from an operand
 * list (`args.slice`) and by arithmetic came in three kinds, so the interpreter's optimised code
 * met a new kind after it was compiled, was thrown away and compiled again, page after page of
 * the first hundred (issue #17: that warm-up was a third of reading 1,000 pages, and each worker
 * thread pays it). Every matrix the reader makes goes through here. The values are unchanged.
 *
 * @example
 *   matrixOf(1, 0, 0, 1, 72, 720); // [1, 0, 0, 1, 72, 720]
 */
export function matrixOf(a: number, b: number, c: number, d: number, e: number, f: number): Matrix {
  const m: Matrix = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
  m[0] = a;
  m[1] = b;
  m[2] = c;
  m[3] = d;
  m[4] = e;
  m[5] = f;
  return m;
}

export const IDENTITY: Matrix = matrixOf(1, 0, 0, 1, 0, 0);

/** m1 × m2: apply m1 first, then m2 (ISO 32000-1 8.3.4). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return matrixOf(
    m1[0] * m2[0] + m1[1] * m2[2],
    m1[0] * m2[1] + m1[1] * m2[3],
    m1[2] * m2[0] + m1[3] * m2[2],
    m1[2] * m2[1] + m1[3] * m2[3],
    m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
    m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
  );
}

/**
 * [1 0 0 1 tx ty] × m (a translation applied first), without the temporary matrix: the same
 * arithmetic as `multiply`, so the same bits.
 */
export function translate(tx: number, ty: number, m: Matrix): Matrix {
  return translateInto(matrixOf(0, 0, 0, 0, 0, 0), tx, ty, m);
}

/**
 * `translate(tx, ty, m)` written into `out` (which may be `m`): the same arithmetic, so the same
 * bits, without a new array.
 */
export function translateInto(out: Matrix, tx: number, ty: number, m: Matrix): Matrix {
  const a = m[0] + 0 * m[2];
  const b = m[1] + 0 * m[3];
  const c = 0 * m[0] + m[2];
  const d = 0 * m[1] + m[3];
  const e = tx * m[0] + ty * m[2] + m[4];
  const f = tx * m[1] + ty * m[3] + m[5];
  out[0] = a;
  out[1] = b;
  out[2] = c;
  out[3] = d;
  out[4] = e;
  out[5] = f;
  return out;
}

/** Copies `m` into `out`. */
export function setMatrix(out: Matrix, m: Matrix): Matrix {
  out[0] = m[0];
  out[1] = m[1];
  out[2] = m[2];
  out[3] = m[3];
  out[4] = m[4];
  out[5] = m[5];
  return out;
}

/** (a × b) × c into `out` (no temporary matrices): the same arithmetic as two `multiply` calls. */
export function multiply3Into(out: Matrix, a: Matrix, b: Matrix, c: Matrix): Matrix {
  const t0 = a[0] * b[0] + a[1] * b[2];
  const t1 = a[0] * b[1] + a[1] * b[3];
  const t2 = a[2] * b[0] + a[3] * b[2];
  const t3 = a[2] * b[1] + a[3] * b[3];
  const t4 = a[4] * b[0] + a[5] * b[2] + b[4];
  const t5 = a[4] * b[1] + a[5] * b[3] + b[5];
  out[0] = t0 * c[0] + t1 * c[2];
  out[1] = t0 * c[1] + t1 * c[3];
  out[2] = t2 * c[0] + t3 * c[2];
  out[3] = t2 * c[1] + t3 * c[3];
  out[4] = t4 * c[0] + t5 * c[2] + c[4];
  out[5] = t4 * c[1] + t5 * c[3] + c[5];
  return out;
}

export function invert(m: Matrix): Matrix | null {
  const det = m[0] * m[3] - m[1] * m[2];
  if (!det || !Number.isFinite(det)) return null;
  return matrixOf(
    m[3] / det, -m[1] / det, -m[2] / det, m[0] / det,
    (m[2] * m[5] - m[3] * m[4]) / det, (m[1] * m[4] - m[0] * m[5]) / det,
  );
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Bounding box of a rectangle [x0,y0,x1,y1] after transformation. */
export function transformRect(m: Matrix, r: Rect): Rect {
  const [ax, ay] = apply(m, r[0], r[1]);
  const [bx, by] = apply(m, r[2], r[1]);
  const [cx, cy] = apply(m, r[0], r[3]);
  const [dx, dy] = apply(m, r[2], r[3]);
  return [Math.min(ax, bx, cx, dx), Math.min(ay, by, cy, dy), Math.max(ax, bx, cx, dx), Math.max(ay, by, cy, dy)];
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

export function unionRect(a: Rect, b: Rect): Rect {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}
