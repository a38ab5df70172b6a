/**
 * OCR words as glyph-like boxes in the same text model as a text page (issue #12, item 2), so
 * that suggestions, "redact every occurrence" and the reviewer work on a scanned page exactly as
 * on any other: each character becomes a Glyph with its box, a word space between words, and
 * one baseline per OCR line (a line scanned a few degrees askew stays one line).
 */
import { pageText } from '../pdf/text';
import type { PageText } from '../pdf/textTypes';
import type { Glyph, PageGeometry, Rect, Rotation } from '../pdf/types';
import { rectsIntersect as intersects } from '../pdf/matrix';
import type { OcrLine, OcrPageRecord } from './types';

/** The writing direction (poppler's rotation) of a baseline angle. */
export function rotationOfAngle(angle: number): Rotation {
  const q = Math.round(angle / (Math.PI / 2));
  return (((q % 4) + 4) % 4) as Rotation;
}

/**
 * Baseline coordinate across the line (y for rot 0/2, x for 1/3), taken where the baseline,
 * continued at the page's skew, crosses the middle of the page. Lines of one slanted block then
 * keep their spacing: measured at each line's own centre, a short line next to a long one
 * would sit (offset × tan skew) higher or lower and its words would interleave with the
 * other line's.
 */
function lineBase(line: OcrLine, rot: Rotation, skew: number, mid: number): number {
  const rects = line.words.flatMap((w) => w.chars);
  const mx = rects.reduce((s, r) => s + (r[0] + r[2]) / 2, 0) / rects.length;
  const my = rects.reduce((s, r) => s + (r[1] + r[3]) / 2, 0) / rects.length;
  const [ox, oy] = line.origin;
  const cos = Math.cos(line.angle), sin = Math.sin(line.angle);
  // The baseline point nearest to the characters' centre.
  const t = (mx - ox) * cos + (my - oy) * sin;
  const bx = ox + t * cos, by = oy + t * sin;
  // From there along the page's skew to the middle of the page.
  const off = skew - (rot * Math.PI) / 2;
  return rot === 0 || rot === 2 ? by + (mid - bx) * Math.tan(off) : bx - (mid - by) * Math.tan(off);
}

/** The median baseline angle of the lines written in `rot`: the page's skew for that direction. */
function skewOf(lines: readonly OcrLine[], rot: Rotation): number {
  const angles = lines.filter((l) => rotationOfAngle(l.angle) === rot).map((l) => normalise(l.angle, rot)).sort((a, b) => a - b);
  return angles.length ? angles[Math.floor(angles.length / 2)] : (rot * Math.PI) / 2;
}

/** An angle brought within ±π of rot × 90°. */
function normalise(angle: number, rot: Rotation): number {
  const target = (rot * Math.PI) / 2;
  let a = angle;
  while (a - target > Math.PI) a -= 2 * Math.PI;
  while (a - target < -Math.PI) a += 2 * Math.PI;
  return a;
}

function area(r: Rect): number {
  return Math.max(0, r[2] - r[0]) * Math.max(0, r[3] - r[1]);
}

function overlapShare(r: Rect, others: readonly Rect[]): number {
  const a = area(r);
  if (a === 0) return 0;
  let got = 0;
  for (const o of others) {
    if (!intersects(r, o)) continue;
    got += area([Math.max(r[0], o[0]), Math.max(r[1], o[1]), Math.min(r[2], o[2]), Math.min(r[3], o[3])]);
  }
  return got / a;
}

/** A word's box: the union of its characters' boxes. */
export function wordRect(chars: readonly Rect[]): Rect {
  return [
    Math.min(...chars.map((c) => c[0])), Math.min(...chars.map((c) => c[1])),
    Math.max(...chars.map((c) => c[2])), Math.max(...chars.map((c) => c[3])),
  ];
}

/**
 * Glyphs for the OCR words of a page, each with its OCR confidence. Words that lie on text the
 * PDF itself draws (`existing`, e.g. a page number stamped on a scan) are left out: the PDF's
 * own text is exact.
 */
export function ocrGlyphs(rec: OcrPageRecord, existing: readonly Rect[] = []): { glyphs: Glyph[]; confidence: number[] } {
  const glyphs: Glyph[] = [];
  const confidence: number[] = [];
  const skews = new Map<Rotation, number>();
  for (const line of rec.lines) {
    const rot = rotationOfAngle(line.angle);
    if (!skews.has(rot)) skews.set(rot, skewOf(rec.lines, rot));
    const base = lineBase(line, rot, skews.get(rot)!, rot === 0 || rot === 2 ? rec.width / 2 : rec.height / 2);
    // Capital height plus descender depth is about 0.72 em in common text faces.
    const size = Math.max(1, (line.ascent + line.descent) / 0.72);
    let first = true;
    for (const w of line.words) {
      if (w.chars.length === 0) continue;
      if (existing.length && overlapShare(wordRect(w.chars), existing) > 0.3) continue;
      if (!first) {
        glyphs.push(makeGlyph(' ', w.chars[0], rot, base, size, glyphs.length, true));
        confidence.push(w.confidence);
      }
      first = false;
      for (let i = 0; i < w.chars.length; i++) {
        glyphs.push(makeGlyph(w.text[i] ?? '', w.chars[i], rot, base, size, glyphs.length, false));
        confidence.push(w.confidence);
      }
    }
  }
  return { glyphs, confidence };
}

function makeGlyph(text: string, rect: Rect, rot: Rotation, base: number, size: number, index: number, space: boolean): Glyph {
  // stream -1: drawn by no content stream of the file (the redactor finds nothing to remove;
  // the page image's pixels are what it blanks). Render mode 3: not visible as text.
  return {
    text, code: text.charCodeAt(0) || 0, rect: [...rect] as Rect, rot, base, size, space,
    stream: -1, op: -1, index, renderMode: 3, fontKey: -1,
  };
}

/**
 * The text model of a page read by OCR, merged with the PDF's own glyphs of that page (if any).
 *
 * @example
 *   const page = ocrPageText(record, []);
 *   page.text; // "Voor vragen kun je ook terecht bij …"
 */
export function ocrPageText(rec: OcrPageRecord, own: readonly Glyph[] = []): PageText {
  const ownRects = own.filter((g) => !g.space && g.text.trim() !== '').map((g) => g.rect);
  const { glyphs, confidence } = ocrGlyphs(rec, ownRects);
  const all = [...own, ...glyphs];
  const geometry = { width: rec.width, height: rec.height } as PageGeometry;
  const page = pageText({ index: rec.page - 1, geometry, glyphs: all, streams: [], marks: [], warnings: [] }, rec.page);
  const conf = new Int8Array(all.length).fill(-1);
  confidence.forEach((c, i) => {
    conf[own.length + i] = Math.max(0, Math.min(100, Math.round(c)));
  });
  page.ocrConfidence = conf;
  return page;
}
