/**
 * Small "scans" made in the test (issue #12): lines of text drawn with DejaVu Sans on a canvas
 * (@napi-rs/canvas) at a scanner's resolution, optionally turned a quarter or askew by a few
 * degrees and speckled, and wrapped as the only content of a PDF page (an image, no text layer).
 * The boxes where each word was printed come back in DESIGN.md's coordinates, so a test can
 * check that OCR found the words where they are.
 */
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { PDFDocument } from '@cantoo/pdf-lib';
import path from 'node:path';
import { ROOT } from './paths';

GlobalFonts.registerFromPath(path.join(ROOT, 'assets', 'fonts', 'DejaVuSans.ttf'), 'LkScanSans');

export type Box = [number, number, number, number];

export interface ScanSpec {
  /** Lines of text, top to bottom, from the left margin. */
  lines: string[];
  /** Page size in points as displayed (default A4 portrait). */
  size?: [number, number];
  dpi?: number;
  fontSize?: number;
  /** The text turned on the page, degrees clockwise: 90 (scanned sideways), 180, or a few degrees (askew). */
  angle?: number;
  speckle?: boolean;
}

export interface Scan {
  bytes: Uint8Array;
  /** Where each word was printed (points, top-left origin), in reading order. */
  words: { text: string; box: Box }[];
  width: number;
  height: number;
}

/** Makes an image-only PDF page of the lines. */
export async function makeScan(spec: ScanSpec): Promise<Scan> {
  const [width, height] = spec.size ?? [595, 842];
  const dpi = spec.dpi ?? 150;
  const s = dpi / 72;
  const angle = ((spec.angle ?? 0) * Math.PI) / 180;
  const quarter = Math.abs(Math.round((spec.angle ?? 0) / 90)) % 2 === 1;
  // The text is laid out on a "sheet" that is turned onto the page: sideways for 90°.
  const [cw, ch] = quarter ? [height, width] : [width, height];
  const W = Math.round(width * s), H = Math.round(height * s);
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  const size = (spec.fontSize ?? 12) * s;
  ctx.font = `${size}px LkScanSans`;
  ctx.fillStyle = '#000000';
  // Sheet (points) → canvas pixels: about the centres.
  const toCanvas = (x: number, y: number): [number, number] => {
    const dx = (x - cw / 2) * s, dy = (y - ch / 2) * s;
    return [W / 2 + dx * Math.cos(angle) - dy * Math.sin(angle), H / 2 + dx * Math.sin(angle) + dy * Math.cos(angle)];
  };
  ctx.setTransform(Math.cos(angle), Math.sin(angle), -Math.sin(angle), Math.cos(angle), W / 2, H / 2);
  ctx.translate((-cw / 2) * s, (-ch / 2) * s);
  const words: Scan['words'] = [];
  const margin = 60;
  const lead = (spec.fontSize ?? 12) * 1.6;
  spec.lines.forEach((line, i) => {
    const y = margin + lead * (i + 1);
    ctx.fillText(line, margin * s, y * s);
    let x = margin;
    for (const part of line.split(/( +)/)) {
      const w = ctx.measureText(part).width / s;
      if (part.trim()) {
        const m = ctx.measureText(part);
        const top = y - m.actualBoundingBoxAscent / s, bottom = y + m.actualBoundingBoxDescent / s;
        const pts = [toCanvas(x, top), toCanvas(x + w, top), toCanvas(x, bottom), toCanvas(x + w, bottom)].map(([px, py]) => [px / s, py / s]);
        words.push({ text: part, box: [Math.min(...pts.map((p) => p[0])), Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[1]))] });
      }
      x += w;
    }
  });
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  if (spec.speckle) {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    ctx.fillStyle = '#808080';
    for (let k = 0; k < (W * H) / 1500; k++) ctx.fillRect(Math.floor(rnd() * W), Math.floor(rnd() * H), 1, 1);
  }
  const doc = await PDFDocument.create({ updateMetadata: false });
  const png = await doc.embedPng(canvas.toBuffer('image/png'));
  const page = doc.addPage([width, height]);
  page.drawImage(png, { x: 0, y: 0, width, height });
  return { bytes: await doc.save(), words, width, height };
}

/** Intersection over union of two boxes. */
export function iou(a: Box, b: Box): number {
  const ix = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
  const iy = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
  const inter = ix * iy;
  const area = (r: Box) => (r[2] - r[0]) * (r[3] - r[1]);
  return inter / (area(a) + area(b) - inter || 1);
}
