/**
 * From an engine's words in the pixels of the (turned) page image to an OcrPageRecord in the
 * page's display coordinates: every character gets a box, boxes of one word touch (so the text
 * model reads it as one word), and every box spans the line's full height from capitals to
 * descenders along its baseline (so a redaction box drawn from them covers the ink, also on a
 * page scanned a few degrees askew). Speckle that the engine read as words is dropped.
 */
import type { Rect } from '../pdf/types';
import type { OcrImageLine, OcrImageResult, OcrImageWord, OcrLine, OcrPageRecord, OcrPageScan, OcrWord, PxBox, QuarterTurn } from './types';
import { OCR_RECORD_FORMAT } from './types';
import { rotatedSize } from './raster';

/** How a page was rendered and turned before OCR (the frame of an OcrPageScan). */
export type RenderFrame = Pick<OcrPageScan, 'dpi' | 'imageWidth' | 'imageHeight' | 'turn' | 'skew' | 'width' | 'height'>;

/** Size of the upright image before it was straightened (the rendered image after the quarter turn). */
function uprightSize(f: RenderFrame): [number, number] {
  return f.turn === 90 || f.turn === 270 ? [f.imageHeight, f.imageWidth] : [f.imageWidth, f.imageHeight];
}

/** Size of the image the engine read: the upright image, straightened when it was askew. */
export function readSize(f: RenderFrame): [number, number] {
  const [w, h] = uprightSize(f);
  if (!f.skew) return [w, h];
  const r = rotatedSize(w, h, -f.skew);
  return [r.width, r.height];
}

/** Maps a point of the image the engine read back to display coordinates (points). */
export function unturnPoint(f: RenderFrame, x0: number, y0: number): [number, number] {
  let x = x0, y = y0;
  if (f.skew) {
    // Undo the straightening: p = R(skew)(p' − C) + c.
    const [w, h] = uprightSize(f);
    const [W, H] = readSize(f);
    const cos = Math.cos(f.skew), sin = Math.sin(f.skew);
    const dx = x - W / 2, dy = y - H / 2;
    x = dx * cos - dy * sin + w / 2;
    y = dx * sin + dy * cos + h / 2;
  }
  const W = f.imageWidth, H = f.imageHeight;
  let ox: number, oy: number;
  switch (f.turn) {
    case 0: ox = x; oy = y; break;
    case 90: ox = y; oy = H - x; break;
    case 180: ox = W - x; oy = H - y; break;
    case 270: ox = W - y; oy = x; break;
  }
  const s = 72 / f.dpi;
  return [ox * s, oy * s];
}

const ALNUM = /[\p{L}\p{N}]/u;
const alnumCount = (s: string) => [...s].filter((c) => ALNUM.test(c)).length;

/**
 * Whether a recognised word is noise: no letter or digit at all, or a short low-confidence
 * reading of speckle ("Oe", "_", "‚"). Real short words ("de", "T", "M") are read with high
 * confidence and stay.
 */
export function isNoiseWord(w: Pick<OcrImageWord, 'text' | 'confidence'>): boolean {
  const n = alnumCount(w.text);
  // Punctuation alone ("|", "-", "&") is kept only when read surely: speckle reads as dots and dashes.
  if (n === 0) return w.confidence < 85;
  // Long words read with little confidence are real text read poorly (an e-mail address with a
  // smudge), not speckle: they stay, and their suggestions carry the low confidence.
  if (n <= 4 && w.confidence < 20) return true;
  if (n <= 2 && w.confidence < 55) return true;
  return false;
}

/** Character advances inside a word box when the engine gives no per-character boxes. */
function charWeight(ch: string): number {
  if (/[iljI.,:;'!|]/.test(ch)) return 0.5;
  if (/[mwMW@%]/.test(ch)) return 1.5;
  return 1;
}

/** Left edges of the characters of a word (upright image pixels) and the word's right end. */
function charEdges(w: OcrImageWord, units: string[]): number[] {
  const syms = w.symbols ?? [];
  if (syms.length === units.length && syms.every((s, i) => s.text === units[i]) && syms.every(hasArea)) {
    const edges = syms.map((s) => s.bbox.x0);
    edges[0] = Math.min(edges[0], w.bbox.x0);
    for (let i = 1; i < edges.length; i++) if (edges[i] < edges[i - 1]) edges[i] = edges[i - 1];
    edges.push(Math.max(w.bbox.x1, syms[syms.length - 1].bbox.x1));
    return edges;
  }
  const weights = units.map(charWeight);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const edges = [w.bbox.x0];
  let acc = 0;
  for (const wt of weights) {
    acc += wt;
    edges.push(w.bbox.x0 + ((w.bbox.x1 - w.bbox.x0) * acc) / total);
  }
  return edges;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A point of an image of size w × h after turning it clockwise by `turn`. */
function turnPoint(turn: QuarterTurn, w: number, h: number, x: number, y: number): [number, number] {
  switch (turn) {
    case 0: return [x, y];
    case 90: return [h - y, x];
    case 180: return [w - x, h - y];
    case 270: return [y, w - x];
  }
}

function turnBox(turn: QuarterTurn, w: number, h: number, b: PxBox): PxBox {
  const p = turnPoint(turn, w, h, b.x0, b.y0), q = turnPoint(turn, w, h, b.x1, b.y1);
  return { x0: Math.min(p[0], q[0]), y0: Math.min(p[1], q[1]), x1: Math.max(p[0], q[0]), y1: Math.max(p[1], q[1]) };
}

/** Whether an engine box has width and height (tesseract reports zero-width character boxes in vertical text). */
const hasArea = (x: { bbox: PxBox }) => x.bbox.x1 > x.bbox.x0 && x.bbox.y1 > x.bbox.y0;

/** The inverse of turnPoint: from the turned image (w × h before turning) back to the image. */
function unturnLocal(turn: QuarterTurn, w: number, h: number, x: number, y: number): [number, number] {
  switch (turn) {
    case 0: return [x, y];
    case 90: return [y, h - x];
    case 180: return [w - x, h - y];
    case 270: return [w - y, x];
  }
}

/**
 * The quarter turn that makes a line upright when the engine read it running up or down the
 * image (tesseract finds vertical text blocks on its own and reads them, but reports their
 * boxes in the image as it is): 270 for text running down, 90 for text running up.
 */
export function lineTurn(line: OcrImageLine): QuarterTurn {
  // The direction the text runs in: from the characters of its words, else from word to word,
  // else along the baseline the engine gives.
  let dx = 0, dy = 0;
  const mid = (b: PxBox): [number, number] => [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];
  for (const w of line.words) {
    const s = (w.symbols ?? []).filter(hasArea);
    if (s.length >= 2) {
      const a = mid(s[0].bbox), b = mid(s[s.length - 1].bbox);
      dx += b[0] - a[0];
      dy += b[1] - a[1];
    }
  }
  if (dx === 0 && dy === 0 && line.words.length >= 2) {
    const a = mid(line.words[0].bbox), b = mid(line.words[line.words.length - 1].bbox);
    dx = b[0] - a[0];
    dy = b[1] - a[1];
  }
  if (dx === 0 && dy === 0 && line.baseline) {
    dx = line.baseline.x1 - line.baseline.x0;
    dy = line.baseline.y1 - line.baseline.y0;
  }
  if (dx === 0 && dy === 0) {
    const b = line.bbox;
    return line.words.map((w) => w.text).join(' ').length >= 3 && b.y1 - b.y0 > 2 * (b.x1 - b.x0) ? 270 : 0;
  }
  if (Math.abs(dy) > 2 * Math.abs(dx)) return dy > 0 ? 270 : 90;
  return 0;
}

/** Letters that reach below the baseline (their bottoms say nothing about it). */
const DESCENDS = /[gjpqyQ,;()[\]{}_|/@$§µ]/;

/** Baseline y = a + b·x fitted to the bottoms of characters that sit on it; null with too few. */
function fitBaseline(words: readonly OcrImageWord[]): { a: number; b: number } | null {
  const pts: [number, number][] = [];
  for (const w of words) {
    for (const s of w.symbols ?? []) {
      if (!DESCENDS.test(s.text) && /[\p{L}\p{N}]/u.test(s.text)) pts.push([(s.bbox.x0 + s.bbox.x1) / 2, s.bbox.y1]);
    }
  }
  if (pts.length < 2) return null;
  const n = pts.length;
  const mx = pts.reduce((t, p) => t + p[0], 0) / n, my = pts.reduce((t, p) => t + p[1], 0) / n;
  let sxx = 0, sxy = 0;
  for (const [x, y] of pts) {
    sxx += (x - mx) * (x - mx);
    sxy += (x - mx) * (y - my);
  }
  const b = sxx > 0 ? Math.max(-0.2, Math.min(0.2, sxy / sxx)) : 0;
  return { a: my - b * mx, b };
}

/** Turns one engine line into display-space words; null when nothing but noise is left. */
function convertLine(raw: OcrImageLine, f: RenderFrame, iw: number, ih: number): OcrLine | null {
  // Vertical text is handled in its own upright frame: its boxes are turned into it, and every
  // point is turned back on the way out.
  const t = lineTurn(raw);
  const turnedBase = raw.baseline && t !== 0
    ? [turnPoint(t, iw, ih, raw.baseline.x0, raw.baseline.y0), turnPoint(t, iw, ih, raw.baseline.x1, raw.baseline.y1)].sort((a, b) => a[0] - b[0])
    : null;
  const line: OcrImageLine = t === 0 ? raw : {
    bbox: turnBox(t, iw, ih, raw.bbox),
    ...(turnedBase ? { baseline: { x0: turnedBase[0][0], y0: turnedBase[0][1], x1: turnedBase[1][0], y1: turnedBase[1][1] } } : {}),
    words: raw.words.map((w) => ({
      ...w,
      bbox: turnBox(t, iw, ih, w.bbox),
      ...(w.symbols && w.symbols.every(hasArea) ? { symbols: w.symbols.map((s) => ({ ...s, bbox: turnBox(t, iw, ih, s.bbox) })) } : { symbols: undefined }),
    })),
  };
  const out = (x: number, y: number): [number, number] => {
    const [px, py] = unturnLocal(t, iw, ih, x, y);
    return unturnPoint(f, px, py);
  };
  const rect = (x0: number, y0: number, x1: number, y1: number): Rect => {
    const a = out(x0, y0), b = out(x1, y1);
    const r = (v: number) => Math.round(v * 100) / 100;
    return [r(Math.min(a[0], b[0])), r(Math.min(a[1], b[1])), r(Math.max(a[0], b[0])), r(Math.max(a[1], b[1]))];
  };
  const kept = line.words.filter((w) => !isNoiseWord(w));
  if (kept.length === 0) return null;
  const given = line.baseline && line.baseline.x1 > line.baseline.x0 ? line.baseline : null;
  const fitted = given ? null : fitBaseline(kept);
  const slope = given ? (given.y1 - given.y0) / (given.x1 - given.x0) : fitted ? fitted.b : 0;
  const y0b = given ? given.y0 - slope * given.x0 : fitted ? fitted.a : line.bbox.y1 - 0.22 * (line.bbox.y1 - line.bbox.y0);
  const baseAt = (x: number) => y0b + slope * x;
  // Capital height and descender depth of the line, measured on its words (their boxes grow
  // with the slope on a skewed page, which is taken out).
  const ups = kept.map((w) => baseAt((w.bbox.x0 + w.bbox.x1) / 2) - w.bbox.y0 - (Math.abs(slope) * (w.bbox.x1 - w.bbox.x0)) / 2);
  const downs = kept.map((w) => w.bbox.y1 - baseAt((w.bbox.x0 + w.bbox.x1) / 2) - (Math.abs(slope) * (w.bbox.x1 - w.bbox.x0)) / 2);
  const asc = Math.max(1, Math.max(...ups.filter((u) => u > 0), median(ups)));
  const desc = Math.max(0.25 * asc, median(downs.filter((d) => d > 0)));
  const words: OcrWord[] = [];
  // Ink boxes leave wider gaps between words than a PDF's glyph advances do (a monospaced word
  // space would look like a column gutter to the text model): each word reaches a quarter of
  // the way into the gap on either side.
  const allEdges = kept.map((w) => charEdges(w, w.text.split('')));
  for (let k = 0; k + 1 < kept.length; k++) {
    const a = allEdges[k], b = allEdges[k + 1];
    const gap = b[0] - a[a.length - 1];
    if (gap > 0) {
      a[a.length - 1] += gap / 4;
      b[0] -= gap / 4;
    }
  }
  for (const [k, w] of kept.entries()) {
    const units = w.text.split('');
    const edges = allEdges[k];
    const chars: Rect[] = [];
    for (let i = 0; i < units.length; i++) {
      const x0 = edges[i], x1 = Math.max(edges[i + 1], x0 + 0.5);
      const top = Math.min(baseAt(x0), baseAt(x1)) - asc;
      const bottom = Math.max(baseAt(x0), baseAt(x1)) + desc;
      chars.push(rect(x0, Math.min(top, w.bbox.y0), x1, Math.max(bottom, w.bbox.y1)));
    }
    words.push({ text: w.text, confidence: Math.round(w.confidence), chars });
  }
  const first = kept[0].bbox.x0;
  const o = out(first, baseAt(first));
  const e = out(first + 100, baseAt(first + 100));
  const s = 72 / f.dpi;
  return {
    angle: Math.atan2(e[1] - o[1], e[0] - o[0]),
    origin: [Math.round(o[0] * 100) / 100, Math.round(o[1] * 100) / 100],
    ascent: Math.round(asc * s * 100) / 100,
    descent: Math.round(desc * s * 100) / 100,
    words,
  };
}

/**
 * The page record of what the engine read on a page.
 *
 * @example
 *   const rec = toPageRecord(scan);
 *   rec.lines[0].words[0]; // { text: 'Voor', confidence: 96, chars: [[23.04, 43.2, …], …] }
 */
export function toPageRecord(scan: OcrPageScan): OcrPageRecord {
  const lines: OcrLine[] = [];
  const [iw, ih] = readSize(scan);
  for (const l of scan.result.lines) {
    const c = convertLine(l, scan, iw, ih);
    if (c) lines.push(c);
  }
  return {
    format: OCR_RECORD_FORMAT,
    page: scan.page,
    status: 'ok',
    engine: scan.engine,
    dpi: scan.dpi,
    turn: scan.turn,
    width: scan.width,
    height: scan.height,
    confidence: meanConfidence(lines.flatMap((l) => l.words)),
    lines,
  };
}

/** Mean confidence of words, weighted by their length; 0 for none. */
export function meanConfidence(words: readonly { text: string; confidence: number }[]): number {
  let n = 0, sum = 0;
  for (const w of words) {
    n += w.text.length;
    sum += w.text.length * w.confidence;
  }
  return n ? Math.round(sum / n) : 0;
}

/**
 * How well an image was read, 0..1: the share of its letters and digits that stand in words
 * read with confidence and at least three of them. Text read the wrong way up scores near 0.
 */
export function readingQuality(result: OcrImageResult): { quality: number; chars: number } {
  let all = 0, good = 0;
  for (const l of result.lines) {
    for (const w of l.words) {
      const n = alnumCount(w.text);
      all += n;
      if (n >= 3 && w.confidence >= 75) good += n;
    }
  }
  return { quality: all ? good / all : 0, chars: all };
}

/**
 * The skew of a page's text lines, radians (positive when they descend to the right), from the
 * baselines of its horizontal lines: the median, weighted by length. 0 when there are too few.
 */
export function estimateSkew(result: OcrImageResult): number {
  const angles: { a: number; w: number }[] = [];
  for (const l of result.lines) {
    const b = l.baseline;
    if (!b || l.words.length < 2 || lineTurn(l) !== 0) continue;
    const len = b.x1 - b.x0;
    if (len < 100) continue;
    angles.push({ a: Math.atan2(b.y1 - b.y0, len), w: len });
  }
  if (angles.length < 3) return 0;
  angles.sort((p, q) => p.a - q.a);
  const half = angles.reduce((t, x) => t + x.w, 0) / 2;
  let acc = 0;
  for (const x of angles) {
    acc += x.w;
    if (acc >= half) return x.a;
  }
  return 0;
}
