/**
 * Small operations on grey page images before OCR: quarter turns, crops, removing scanner
 * speckle, and the PGM encoding that OCR engines read without a codec.
 */
import type { GrayImage, QuarterTurn } from './types';

/**
 * Turns an image clockwise by a quarter-turn multiple.
 *
 * @example
 *   turnImage({ width: 2, height: 1, data: Uint8Array.of(1, 2) }, 90); // 1×2, data [1, 2]
 */
export function turnImage(img: GrayImage, turn: QuarterTurn): GrayImage {
  if (turn === 0) return img;
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h);
  if (turn === 180) {
    for (let i = 0, n = w * h; i < n; i++) out[i] = data[n - 1 - i];
    return { width: w, height: h, data: out };
  }
  // 90: new (x', y') = old (y', h - 1 - x'); 270: new (x', y') = old (w - 1 - y', x'). New size h × w.
  for (let y2 = 0; y2 < w; y2++) {
    const row = y2 * h;
    for (let x2 = 0; x2 < h; x2++) {
      out[row + x2] = turn === 90 ? data[(h - 1 - x2) * w + y2] : data[x2 * w + (w - 1 - y2)];
    }
  }
  return { width: h, height: w, data: out };
}

/** The part of an image inside [x0, y0, x1, y1) (pixels, clamped). */
export function cropImage(img: GrayImage, x0: number, y0: number, x1: number, y1: number): GrayImage {
  const ax = Math.max(0, Math.floor(x0)), ay = Math.max(0, Math.floor(y0));
  const bx = Math.min(img.width, Math.ceil(x1)), by = Math.min(img.height, Math.ceil(y1));
  const w = Math.max(0, bx - ax), h = Math.max(0, by - ay);
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) out.set(img.data.subarray((ay + y) * img.width + ax, (ay + y) * img.width + ax + w), y * w);
  return { width: w, height: h, data: out };
}

/**
 * Removes scanner speckle: dark specks of at most a few pixels with no other ink within about
 * half a millimetre. A full stop or an i-dot sits next to its letters and stays; specks in the
 * white space are what makes an OCR engine invent words ("Oe OO") in the margins. Returns a new
 * image and how many specks were removed.
 *
 * @param dpi resolution of the image, to scale "a few pixels" and "half a millimetre"
 */
export function removeSpeckle(img: GrayImage, dpi: number): { image: GrayImage; removed: number } {
  const { width: w, height: h, data } = img;
  const scale = dpi / 150;
  const maxArea = Math.max(2, Math.round(2.5 * scale * scale));
  const maxSide = Math.max(2, Math.round(2 * scale));
  const radius = Math.max(2, Math.round(3 * scale));
  const dark = 160;
  const out = new Uint8Array(data);
  const seen = new Uint8Array(w * h);
  const stack: number[] = [];
  const comp: number[] = [];
  let removed = 0;
  for (let s = 0; s < w * h; s++) {
    if (data[s] >= dark || seen[s]) continue;
    comp.length = 0;
    stack.push(s);
    seen[s] = 1;
    let x0 = w, y0 = h, x1 = -1, y1 = -1;
    let tooBig = false;
    while (stack.length) {
      const p = stack.pop()!;
      const x = p % w, y = (p - x) / w;
      if (!tooBig) {
        comp.push(p);
        if (comp.length > maxArea) tooBig = true;
      }
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= w) continue;
          const q = ny * w + nx;
          if (!seen[q] && data[q] < dark) {
            seen[q] = 1;
            stack.push(q);
          }
        }
      }
    }
    if (tooBig || x1 - x0 >= maxSide || y1 - y0 >= maxSide) continue;
    // Ink nearby (a letter next to a full stop) keeps the speck.
    let lonely = true;
    for (let y = Math.max(0, y0 - radius); lonely && y <= Math.min(h - 1, y1 + radius); y++) {
      for (let x = Math.max(0, x0 - radius); x <= Math.min(w - 1, x1 + radius); x++) {
        if (x >= x0 && x <= x1 && y >= y0 && y <= y1) continue;
        if (data[y * w + x] < dark) {
          lonely = false;
          break;
        }
      }
    }
    if (!lonely) continue;
    removed++;
    // The speck and its lighter halo (anti-aliasing of the render) become paper.
    for (let y = Math.max(0, y0 - 1); y <= Math.min(h - 1, y1 + 1); y++) {
      for (let x = Math.max(0, x0 - 1); x <= Math.min(w - 1, x1 + 1); x++) out[y * w + x] = 255;
    }
  }
  return { image: { width: w, height: h, data: out }, removed };
}

/**
 * The image as a binary PGM (P5), a format every OCR engine reads without a codec.
 *
 * @example
 *   encodePgm({ width: 1, height: 1, data: Uint8Array.of(0) }); // "P5\n1 1\n255\n" + one byte
 */
export function encodePgm(img: GrayImage): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(head.length + img.data.length);
  out.set(head, 0);
  out.set(img.data, head.length);
  return out;
}

/**
 * Grey from RGBA pixels (a canvas's ImageData), ITU-R BT.601 weights; transparent pixels are paper.
 *
 * @example
 *   grayFromRgba(Uint8ClampedArray.of(255, 0, 0, 255), 1, 1).data[0]; // 76
 */
export function grayFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GrayImage {
  const n = width * height;
  const data = new Uint8Array(n);
  for (let i = 0, j = 0; i < n; i++, j += 4) {
    const a = rgba[j + 3];
    const v = (rgba[j] * 299 + rgba[j + 1] * 587 + rgba[j + 2] * 114) / 1000;
    data[i] = a === 255 ? v : Math.round(255 - ((255 - v) * a) / 255);
  }
  return { width, height, data };
}

/** Size of an image of w × h after turning it by `angle` radians on an enlarged canvas (nothing cut off). */
export function rotatedSize(w: number, h: number, angle: number): { width: number; height: number } {
  const c = Math.abs(Math.cos(angle)), s = Math.abs(Math.sin(angle));
  return { width: Math.ceil(w * c + h * s), height: Math.ceil(w * s + h * c) };
}

/**
 * Turns an image by `angle` radians (positive: clockwise on screen, y down) about its centre,
 * onto a canvas just large enough to hold it, with bilinear interpolation and white paper where
 * the original has none. Used to straighten a page scanned askew before reading it again.
 *
 * @example
 *   rotateImage(img, -0.05); // straightens lines that descend 0.05 rad to the right
 */
export function rotateImage(img: GrayImage, angle: number): GrayImage {
  const { width: w, height: h, data } = img;
  const { width: W, height: H } = rotatedSize(w, h, angle);
  const out = new Uint8Array(W * H).fill(255);
  const cos = Math.cos(angle), sin = Math.sin(angle);
  const cx = w / 2, cy = h / 2, Cx = W / 2, Cy = H / 2;
  for (let y = 0; y < H; y++) {
    const dy = y + 0.5 - Cy;
    for (let x = 0; x < W; x++) {
      const dx = x + 0.5 - Cx;
      // The source point: the inverse rotation of this pixel's centre.
      const sx = cos * dx + sin * dy + cx - 0.5;
      const sy = -sin * dx + cos * dy + cy - 0.5;
      const x0 = Math.floor(sx), y0 = Math.floor(sy);
      if (x0 < -1 || y0 < -1 || x0 >= w || y0 >= h) continue;
      const fx = sx - x0, fy = sy - y0;
      const px = (xx: number, yy: number) => (xx >= 0 && yy >= 0 && xx < w && yy < h ? data[yy * w + xx] : 255);
      const top = px(x0, y0) * (1 - fx) + px(x0 + 1, y0) * fx;
      const bottom = px(x0, y0 + 1) * (1 - fx) + px(x0 + 1, y0 + 1) * fx;
      out[y * W + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width: W, height: H, data: out };
}
