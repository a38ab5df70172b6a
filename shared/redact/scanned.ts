/**
 * Redaction of pages read by OCR (issue #12, items 3 and 4). The pixels under each box are
 * overwritten by the image blanking every redaction does (images.ts, placements.ts), and any
 * invisible text under a box by glyph removal (content.ts); this module adds what only a scanned
 * page needs:
 *
 * - the OCR text under each box, so the redaction log and verify know what was redacted;
 * - by option (on by default in bundles), an invisible text layer (render mode 3) of every OCR
 *   word that no box covers, so the published page is searchable and accessible where the
 *   original scan was not. A character is left out of the layer when a box covers it by the
 *   redaction rule (geometry.ts `covers`) and also when it merely touches a box, so that an
 *   independent extractor cannot place any of it under a box.
 */
import { PDFArray, PDFDict, PDFName, PDFRef, type PDFDocument, type PDFFont } from '@cantoo/pdf-lib';
import type { PdfPage } from '../pdf/document';
import type { Matrix, Rect } from '../pdf/types';
import type { OcrLine, OcrPageRecord } from '../ocr/types';
import { rotationOfAngle } from '../ocr/pageText';
import { formatNumber, nameToken } from '../pdf/syntax';
import { covers, invert, multiply } from './geometry';
import type { QBalance } from './labels';
import { flateStream } from '../pdf/streams';

/** DejaVu Sans ascent + descent per em (0.928 + 0.236), to size layer text to the OCR line height. */
const FONT_HEIGHT = 1.164;

function isVertical(line: OcrLine): boolean {
  const rot = rotationOfAngle(line.angle);
  return rot === 1 || rot === 3;
}

/** The middle half of a character box across its line: what an extractor places of it. */
function core(r: Rect, vertical: boolean): Rect {
  if (vertical) {
    const q = (r[2] - r[0]) / 4;
    return [r[0] + q, r[1], r[2] - q, r[3]];
  }
  const q = (r[3] - r[1]) / 4;
  return [r[0], r[1] + q, r[2], r[3] - q];
}

function touches(a: Rect, b: Rect): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/**
 * The OCR text under each box, one string per box (empty where the box covers no OCR word).
 *
 * @example
 *   ocrTextUnder(record, [[100, 200, 160, 212]]); // ["J. de Vries"]
 */
export function ocrTextUnder(rec: OcrPageRecord, boxes: readonly Rect[]): string[] {
  return boxes.map((box) => {
    const words: string[] = [];
    for (const line of rec.lines) {
      for (const w of line.words) {
        let s = '';
        w.chars.forEach((c, i) => {
          if (covers(box, c)) s += w.text[i] ?? '';
        });
        if (s) words.push(s);
      }
    }
    return words.join(' ');
  });
}

/** One run of layer text: consecutive kept characters of one word. */
interface Run {
  text: string;
  rect: Rect;
  line: OcrLine;
}

/** The runs of OCR text that stay readable: every character no box covers or touches. */
export function keptRuns(rec: OcrPageRecord, boxes: readonly Rect[]): Run[] {
  const runs: Run[] = [];
  for (const line of rec.lines) {
    const vertical = isVertical(line);
    for (const w of line.words) {
      let cur: Run | null = null;
      w.chars.forEach((c, i) => {
        const gone = boxes.some((b) => covers(b, c) || touches(core(c, vertical), b));
        if (gone) {
          cur = null;
          return;
        }
        const ch = w.text[i] ?? '';
        if (!cur) {
          cur = { text: ch, rect: [...c] as Rect, line };
          runs.push(cur);
        } else {
          const run: Run = cur;
          run.text += ch;
          run.rect = [Math.min(run.rect[0], c[0]), Math.min(run.rect[1], c[1]), Math.max(run.rect[2], c[2]), Math.max(run.rect[3], c[3])];
        }
      });
    }
  }
  return runs.filter((r) => r.text.trim() !== '');
}

/** The point of a line's baseline nearest to `p`. */
function onBaseline(line: OcrLine, p: [number, number]): [number, number] {
  const cos = Math.cos(line.angle), sin = Math.sin(line.angle);
  const t = (p[0] - line.origin[0]) * cos + (p[1] - line.origin[1]) * sin;
  return [line.origin[0] + t * cos, line.origin[1] + t * sin];
}

/** The middle of a run's box. */
function runMiddle(run: Run): [number, number] {
  const r = run.rect;
  return [(r[0] + r[2]) / 2, (r[1] + r[3]) / 2];
}

/** Length of a run along its page direction: its box's extent that way. */
function runLength(run: Run): number {
  const r = run.rect;
  const rot = rotationOfAngle(run.line.angle);
  return rot === 0 || rot === 2 ? r[2] - r[0] : r[3] - r[1];
}

/**
 * Content-stream operators that write the runs as invisible text (render mode 3), each placed on
 * its line's baseline, scaled (Tz) to the length the word has in the image.
 */
export function textLayerOperators(runs: readonly Run[], toDisplay: Matrix, font: PDFFont, fontKey: string): string {
  const toUser = invert(toDisplay);
  const out: string[] = ['BT', '3 Tr 0 Tc 0 Tw 0 Ts', `${nameToken(fontKey)} 1 Tf`];
  for (const run of runs) {
    const line = run.line;
    const size = Math.max(1, (line.ascent + line.descent) / FONT_HEIGHT);
    const unit = font.widthOfTextAtSize(run.text, size);
    if (!(unit > 0)) continue;
    // Text runs along the page's own quarter direction, not along a skewed baseline: extractors
    // (pdftotext) break slanted text into fragments, which would make the page unsearchable.
    // The run is placed where its baseline crosses the middle of the run, so no part of it is
    // further than half its length × the skew from where the image shows it.
    const rot = rotationOfAngle(line.angle);
    const angle = (rot * Math.PI) / 2;
    const len = runLength(run);
    const [mx, my] = onBaseline(line, runMiddle(run));
    const cos = Math.cos(angle), sin = Math.sin(angle);
    const x = mx - (cos * len) / 2, y = my - (sin * len) / 2;
    // Glyph space (y up) → display space (y down) along the baseline direction.
    const textToDisplay: Matrix = [size * cos, size * sin, size * sin, -size * cos, x, y];
    const tm = multiply(textToDisplay, toUser);
    const scale = Math.max(1, Math.min(1000, (100 * len) / unit));
    out.push(`${formatNumber(scale)} Tz`, `${tm.map(formatNumber).join(' ')} Tm`, `${font.encodeText(run.text).toString()} Tj`);
  }
  out.push('ET');
  return out.join('\n');
}

function fontKey(doc: PDFDocument, page: PdfPage, font: PDFFont): string {
  const ctx = doc.context;
  let res = page.node.lookup(PDFName.of('Resources'));
  if (!(res instanceof PDFDict)) {
    res = page.resources ?? ctx.obj({});
    page.node.set(PDFName.of('Resources'), res as PDFDict);
  }
  let fonts = (res as PDFDict).lookup(PDFName.of('Font'));
  if (!(fonts instanceof PDFDict)) {
    fonts = ctx.obj({});
    (res as PDFDict).set(PDFName.of('Font'), fonts as PDFDict);
  }
  const dict = fonts as PDFDict;
  for (const [k, v] of dict.entries()) if (v === font.ref) return k.decodeText();
  let key = 'LkOcr';
  for (let i = 1; dict.has(PDFName.of(key)); i++) key = `LkOcr${i}`;
  dict.set(PDFName.of(key), font.ref);
  return key;
}

/**
 * Adds the invisible OCR text layer to a page, after its content (wrapped in q … Q so that a
 * matrix left in force cannot move it). Returns the number of characters written.
 *
 * @example
 *   addOcrTextLayer(doc, file.page(0), record, boxes, font, balance); // 1432
 */
export function addOcrTextLayer(doc: PDFDocument, page: PdfPage, rec: OcrPageRecord, boxes: readonly Rect[], font: PDFFont, balance: QBalance): number {
  const runs = keptRuns(rec, boxes);
  if (runs.length === 0) return 0;
  const ctx = doc.context;
  const key = fontKey(doc, page, font);
  const body = textLayerOperators(runs, page.geometry.toDisplay, font, key);
  const pre = 'q\n'.repeat(1 + balance.underflow);
  const post = `${balance.openText ? 'ET\n' : ''}${'Q\n'.repeat(1 + balance.open)}`;
  const startRef = ctx.register(flateStream(ctx, pre));
  const endRef = ctx.register(flateStream(ctx, `\n${post}q\n${body}\nQ\n`));
  const contents = page.node.lookup(PDFName.of('Contents'));
  const parts: PDFRef[] = [startRef];
  if (contents) {
    const arr = contents instanceof PDFArray ? contents : ctx.obj([page.node.get(PDFName.of('Contents'))]);
    for (let i = 0; i < arr.size(); i++) {
      const p = arr.get(i);
      if (p instanceof PDFRef) parts.push(p);
    }
  }
  parts.push(endRef);
  page.node.set(PDFName.of('Contents'), ctx.obj(parts));
  return runs.reduce((n, r) => n + r.text.length, 0);
}
