/**
 * Packed image samples as PDF stores them (ISO 32000-1 8.9.5.1): each row starts on a byte
 * boundary, components interleaved, 1/2/4/8/16 bits per component, most significant bit first,
 * 16-bit samples big-endian.
 */
import type { PixelSpan } from './image-geometry';

export interface Raster {
  width: number;
  height: number;
  /** Components per pixel. */
  ncomp: number;
  /** Bits per component. */
  bpc: number;
  data: Uint8Array;
}

/**
 * Bytes in one row of samples.
 *
 * @example
 *   rowBytes(10, 1, 1); // → 2
 */
export function rowBytes(width: number, ncomp: number, bpc: number): number {
  return Math.ceil((width * ncomp * bpc) / 8);
}

/**
 * A raster over `data`, padded with zeros when the data is shorter than the header says
 * (damaged files: viewers show the missing rows as zero samples too) and cut when longer.
 *
 * @example
 *   const r = makeRaster(bytes, 4, 2, 3, 8); // 4 × 2 RGB, 24 bytes
 */
export function makeRaster(data: Uint8Array, width: number, height: number, ncomp: number, bpc: number): Raster {
  const size = rowBytes(width, ncomp, bpc) * height;
  let d = data;
  if (d.length !== size) {
    d = new Uint8Array(size);
    d.set(data.subarray(0, size));
  }
  return { width, height, ncomp, bpc, data: d };
}

/**
 * Sample of component `c` of pixel (x, row).
 *
 * @example
 *   getSample(raster, 0, 3, 2); // blue of the fourth pixel of an RGB raster's first row
 */
export function getSample(r: Raster, row: number, x: number, c: number): number {
  const rb = rowBytes(r.width, r.ncomp, r.bpc);
  const idx = x * r.ncomp + c;
  const base = row * rb;
  switch (r.bpc) {
    case 8: return r.data[base + idx];
    case 16: return (r.data[base + 2 * idx] << 8) | r.data[base + 2 * idx + 1];
    default: {
      const bit = idx * r.bpc;
      const byte = r.data[base + (bit >> 3)];
      return (byte >> (8 - r.bpc - (bit & 7))) & ((1 << r.bpc) - 1);
    }
  }
}

/**
 * Sets component `c` of pixel (x, row) to `v`.
 *
 * @example
 *   setSample(mask, row, x, 0, 1); // a 1-bit mask pixel
 */
export function setSample(r: Raster, row: number, x: number, c: number, v: number): void {
  const rb = rowBytes(r.width, r.ncomp, r.bpc);
  const idx = x * r.ncomp + c;
  const base = row * rb;
  switch (r.bpc) {
    case 8: r.data[base + idx] = v; return;
    case 16: r.data[base + 2 * idx] = v >> 8; r.data[base + 2 * idx + 1] = v & 0xff; return;
    default: {
      const bit = idx * r.bpc;
      const mask = (1 << r.bpc) - 1;
      const shift = 8 - r.bpc - (bit & 7);
      const o = base + (bit >> 3);
      r.data[o] = (r.data[o] & ~(mask << shift)) | ((v & mask) << shift);
    }
  }
}

/**
 * Sets every pixel of `spans` to `samples` (one integer per component).
 *
 * @example
 *   fillSpans(raster, [{ row: 0, x0: 2, x1: 5 }], [0, 0, 0]);
 */
export function fillSpans(r: Raster, spans: PixelSpan[], samples: number[]): void {
  const rb = rowBytes(r.width, r.ncomp, r.bpc);
  const n = r.ncomp;
  for (const s of spans) {
    const base = s.row * rb;
    if (r.bpc === 8) {
      for (let x = s.x0; x < s.x1; x++) for (let c = 0; c < n; c++) r.data[base + x * n + c] = samples[c];
    } else if (r.bpc === 16) {
      for (let x = s.x0; x < s.x1; x++) {
        for (let c = 0; c < n; c++) {
          const o = base + 2 * (x * n + c);
          r.data[o] = samples[c] >> 8;
          r.data[o + 1] = samples[c] & 0xff;
        }
      }
    } else {
      const mask = (1 << r.bpc) - 1;
      for (let x = s.x0; x < s.x1; x++) {
        for (let c = 0; c < n; c++) {
          const bit = (x * n + c) * r.bpc;
          const o = base + (bit >> 3);
          const shift = 8 - r.bpc - (bit & 7);
          r.data[o] = (r.data[o] & ~(mask << shift)) | ((samples[c] & mask) << shift);
        }
      }
    }
  }
}

/**
 * A raster of the given shape with every pixel set to `samples`.
 *
 * @example
 *   uniformRaster(4, 4, 3, 8, [0, 0, 0]); // 4 × 4 black RGB
 */
export function uniformRaster(width: number, height: number, ncomp: number, bpc: number, samples: number[]): Raster {
  const r: Raster = { width, height, ncomp, bpc, data: new Uint8Array(rowBytes(width, ncomp, bpc) * height) };
  const spans: PixelSpan[] = [];
  for (let row = 0; row < height; row++) spans.push({ row, x0: 0, x1: width });
  fillSpans(r, spans, samples);
  return r;
}

/**
 * Splits interleaved 8-bit pixels into their first `keep` components and the rest.
 *
 * @example
 *   splitComponents(rgba, w * h, 4, 3); // → { colour: RGB, extra: alpha }
 */
export function splitComponents(data: Uint8Array, pixels: number, total: number, keep: number): { colour: Uint8Array; extra: Uint8Array } {
  const colour = new Uint8Array(pixels * keep);
  const extra = new Uint8Array(pixels * (total - keep));
  for (let i = 0; i < pixels; i++) {
    for (let c = 0; c < keep; c++) colour[i * keep + c] = data[i * total + c];
    for (let c = keep; c < total; c++) extra[i * (total - keep) + c - keep] = data[i * total + c];
  }
  return { colour, extra };
}
