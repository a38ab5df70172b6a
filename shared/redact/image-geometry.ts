/**
 * Which pixels of an image lie under a redaction box. An image is drawn into the unit square
 * of its own space, which `matrix` maps to display coordinates; ISO 32000-1 8.9.5: sample row 0
 * is the top of the square (v = 1) and column 0 its left edge (u = 0). So pixel (col, row) of a
 * W × H image covers u ∈ [col/W, (col+1)/W], v ∈ [1 − (row+1)/H, 1 − row/H].
 */
import type { Matrix, Rect } from '../pdf/types';

/** A run of pixels in one row: columns `x0` (inclusive) to `x1` (exclusive). */
export interface PixelSpan {
  row: number;
  x0: number;
  x1: number;
}

/** Overlaps thinner than this (in pixels) do not count: they are rounding noise, not ink. */
const EPS = 1e-6;

type Pt = [number, number];

/**
 * The pixel spans of a `width` × `height` image whose area intersects any of `rects`
 * (display coordinates), given the image's unit-square → display `matrix`.
 * Returns [] when the matrix is singular (the image is invisible) or nothing intersects.
 *
 * @example
 *   // a 10 × 10 image drawn at (0,0)–(100,100), display y down, first row at the top:
 *   pixelSpans([100, 0, 0, -100, 0, 100], [[0, 0, 25, 25]], 10, 10);
 *   // → rows 0, 1 and 2, columns 0 to 2: [{ row: 0, x0: 0, x1: 3 }, …] (x1 exclusive)
 */
export function pixelSpans(matrix: Matrix, rects: Rect[], width: number, height: number): PixelSpan[] {
  const [a, b, c, d, e, f] = matrix;
  const det = a * d - b * c;
  if (!Number.isFinite(det) || Math.abs(det) < 1e-12 || width <= 0 || height <= 0) return [];
  // Inverse of the matrix: display → unit square.
  const ia = d / det, ib = -b / det, ic = -c / det, id = a / det;
  const ie = (c * f - d * e) / det, iff = (b * e - a * f) / det;
  const toPixel = (x: number, y: number): Pt => {
    const u = ia * x + ic * y + ie;
    const v = ib * x + id * y + iff;
    return [u * width, (1 - v) * height];
  };
  const byRow = new Map<number, [number, number][]>();
  for (const r of rects) {
    const x0 = Math.min(r[0], r[2]), x1 = Math.max(r[0], r[2]);
    const y0 = Math.min(r[1], r[3]), y1 = Math.max(r[1], r[3]);
    if (!(x1 - x0 > 0 && y1 - y0 > 0)) continue;
    // A rectangle maps to a parallelogram in pixel space (convex, so row strips clip simply).
    const poly = [toPixel(x0, y0), toPixel(x1, y0), toPixel(x1, y1), toPixel(x0, y1)];
    let minY = Infinity, maxY = -Infinity;
    for (const p of poly) {
      minY = Math.min(minY, p[1]);
      maxY = Math.max(maxY, p[1]);
    }
    const rowStart = Math.max(0, Math.floor(minY));
    const rowEnd = Math.min(height, Math.ceil(maxY));
    for (let row = rowStart; row < rowEnd; row++) {
      const strip = clipStrip(poly, row, row + 1);
      if (strip.length < 3 || Math.abs(area(strip)) <= EPS) continue;
      let sx0 = Infinity, sx1 = -Infinity;
      for (const p of strip) {
        sx0 = Math.min(sx0, p[0]);
        sx1 = Math.max(sx1, p[0]);
      }
      // Pixel [i, i+1] overlaps [sx0, sx1] by more than EPS.
      const c0 = Math.max(0, Math.floor(sx0 + EPS));
      const c1 = Math.min(width, Math.ceil(sx1 - EPS));
      if (c1 <= c0) continue;
      let list = byRow.get(row);
      if (!list) byRow.set(row, (list = []));
      list.push([c0, c1]);
    }
  }
  const spans: PixelSpan[] = [];
  for (const row of [...byRow.keys()].sort((p, q) => p - q)) {
    const list = byRow.get(row)!.sort((p, q) => p[0] - q[0]);
    let [cx0, cx1] = list[0];
    for (let i = 1; i < list.length; i++) {
      if (list[i][0] <= cx1) cx1 = Math.max(cx1, list[i][1]);
      else {
        spans.push({ row, x0: cx0, x1: cx1 });
        [cx0, cx1] = list[i];
      }
    }
    spans.push({ row, x0: cx0, x1: cx1 });
  }
  return spans;
}

/**
 * Number of pixels covered by `spans`.
 *
 * @example
 *   spanPixelCount([{ row: 0, x0: 2, x1: 5 }]); // → 3
 */
export function spanPixelCount(spans: PixelSpan[]): number {
  let n = 0;
  for (const s of spans) n += s.x1 - s.x0;
  return n;
}

/** Sutherland–Hodgman against the two half-planes y >= lo and y <= hi. */
function clipStrip(poly: Pt[], lo: number, hi: number): Pt[] {
  return clipHalf(clipHalf(poly, lo, 1), hi, -1);
}

/** Keeps the part of `poly` where sign·(y − bound) >= 0. */
function clipHalf(poly: Pt[], bound: number, sign: 1 | -1): Pt[] {
  const out: Pt[] = [];
  const n = poly.length;
  for (let i = 0; i < n; i++) {
    const p = poly[i], q = poly[(i + 1) % n];
    const pin = sign * (p[1] - bound) >= 0, qin = sign * (q[1] - bound) >= 0;
    if (pin) out.push(p);
    if (pin !== qin) {
      const t = (bound - p[1]) / (q[1] - p[1]);
      out.push([p[0] + t * (q[0] - p[0]), bound]);
    }
  }
  return out;
}

function area(poly: Pt[]): number {
  let s = 0;
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i], q = poly[(i + 1) % poly.length];
    s += p[0] * q[1] - q[0] * p[1];
  }
  return s / 2;
}
