/**
 * Which pages need OCR (issue #12, item 1): a page without a usable text layer, that is a page
 * with no text at all, or with text covering only a small part of a page that images fill (a
 * scan with a stamped page number or a one-line header). Existing invisible text (a scanner's
 * own OCR layer) is a text layer and is used as it is.
 */
import { PDFDict, PDFName, PDFNumber, PDFRef, PDFStream } from '@cantoo/pdf-lib';
import type { PdfFile } from '../pdf/document';
import { interpretPage } from '../pdf/interpreter';
import type { PageText } from '../pdf/textTypes';
import type { GraphicMark, Rect } from '../pdf/types';

/** Why a page is read by OCR. */
export type OcrNeedReason = 'no-text' | 'little-text';

export interface OcrNeed {
  /** 1-based page. */
  page: number;
  reason: OcrNeedReason;
  /** Resolution to render at: the page images' own where there are any. */
  dpi: number;
}

/** Text covering less than this share of the page counts as "little" on an image-filled page. */
const LITTLE_TEXT = 0.02;
/** Images covering at least this share of the page make it image-filled. */
const IMAGE_FILLED = 0.4;
/** Rendering resolutions: OCR reads small print badly below 150 dpi; beyond 400 it only gets slower. */
const MIN_DPI = 150;
const MAX_DPI = 400;
const DEFAULT_DPI = 200;
/** Largest page image rendered, pixels: a poster-sized page is read at a lower resolution. */
const MAX_PIXELS = 60_000_000;

const area = (r: Rect) => Math.max(0, r[2] - r[0]) * Math.max(0, r[3] - r[1]);

/**
 * Whether page `text.page` of `file` needs OCR, and at which resolution.
 *
 * @example
 *   const need = ocrNeed(file, page);   // { page: 2, reason: 'no-text', dpi: 150 } for a scan
 */
export function ocrNeed(file: PdfFile, text: PageText): OcrNeed | null {
  const pageArea = Math.max(1, text.width * text.height);
  const textArea = text.words.reduce((s, w) => s + area(w.rect), 0);
  if (text.words.length > 0 && textArea / pageArea >= LITTLE_TEXT) return null;
  let marks: GraphicMark[] = [];
  try {
    marks = interpretPage(file, text.page - 1, { marks: true }).marks;
  } catch {
    // A page that cannot be interpreted again was read once already; without its images the default resolution is used.
  }
  const images = marks.filter((m) => m.kind === 'image' || m.kind === 'inline-image');
  const imageArea = images.reduce((s, m) => s + area(clip(m.rect, text.width, text.height)), 0);
  if (text.words.length > 0 && imageArea / pageArea < IMAGE_FILLED) return null;
  const fits = Math.floor(72 * Math.sqrt(MAX_PIXELS / pageArea));
  return { page: text.page, reason: text.words.length === 0 ? 'no-text' : 'little-text', dpi: Math.min(renderDpi(file, images, pageArea), fits) };
}

function clip(r: Rect, w: number, h: number): Rect {
  return [Math.max(0, r[0]), Math.max(0, r[1]), Math.min(w, r[2]), Math.min(h, r[3])];
}

/** The resolution of the largest image on the page, clamped to [150, 400]; 200 without images. */
function renderDpi(file: PdfFile, images: GraphicMark[], pageArea: number): number {
  let best: { share: number; dpi: number } | undefined;
  for (const m of images) {
    const px = pixelSize(file, m);
    if (!px || !m.matrix) continue;
    const [a, b, c, d] = m.matrix;
    const wPt = Math.hypot(a, b), hPt = Math.hypot(c, d);
    if (wPt < 1 || hPt < 1) continue;
    const dpi = Math.max((px.width * 72) / wPt, (px.height * 72) / hPt);
    const share = area(m.rect) / pageArea;
    if (!best || share > best.share) best = { share, dpi };
  }
  if (!best || best.share < 0.1) return DEFAULT_DPI;
  return Math.round(Math.min(MAX_DPI, Math.max(MIN_DPI, best.dpi)));
}

function pixelSize(file: PdfFile, m: GraphicMark): { width: number; height: number } | undefined {
  const num = (v: unknown) => (v instanceof PDFNumber ? v.asNumber() : typeof v === 'number' ? v : undefined);
  if (m.kind === 'image' && m.ref instanceof PDFRef) {
    const obj = file.doc.context.lookup(m.ref);
    const dict = obj instanceof PDFStream ? obj.dict : obj instanceof PDFDict ? obj : undefined;
    if (!dict) return undefined;
    const width = num(dict.lookup(PDFName.of('Width'))), height = num(dict.lookup(PDFName.of('Height')));
    return width && height ? { width, height } : undefined;
  }
  return undefined;
}

