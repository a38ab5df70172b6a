/**
 * Redaction marks as standard PDF annotations (ISO 32000-1 12.5.6.23, "Redaction
 * Annotations"): the review copy of a document keeps every word of the original and marks
 * what Lakstift will redact with a /Redact annotation, as Acrobat's "Mark for Redaction" does,
 * so that the reviewer (or an objection committee) can open it in Acrobat or any viewer, see
 * the text under each mark and its ground, and Acrobat could apply the marks itself. The same
 * module reads such marks back, from Acrobat's files or ours (issue #15).
 *
 * Each mark has:
 * - /QuadPoints: one quadrilateral per box, in default user space, in the order every viewer
 *   and Acrobat use (upper left, upper right, lower left, lower right of the box as it is
 *   seen on the page; ISO 32000-1 Table 179 describes the points), and /Rect around them;
 * - /IC: the fill after applying (black), /OverlayText with the ground codes, /DA in
 *   Helvetica (auto size, white) and /Q 1 (centred) for that overlay (Table 192);
 * - /AP /N: the mark before applying, a red outline over a faint red wash, so the text under
 *   it stays readable in every viewer; /C the same red for viewers that draw their own;
 * - /T (who decided), /Contents (codes, titles and the reason), /NM ("lakstift:<id>"),
 *   /CreationDate and /M, /F 4 (print).
 */
import {
  PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFDocument, type PDFObject,
} from '@cantoo/pdf-lib';
import { openPdf, type PdfFile } from '../pdf/document';
import { apply, invert } from '../pdf/matrix';
import type { Matrix, PageGeometry, Rect } from '../pdf/types';
import { formatNumber } from '../pdf/syntax';
import { writeFresh } from '../redact/write';

/** One mark to write, in DESIGN.md display coordinates. */
export interface MarkToWrite {
  /** 1-based page. */
  page: number;
  /** Boxes (display coordinates); ignored for a whole page. */
  rects: Rect[];
  wholePage?: boolean;
  /** Ground codes, shown as the overlay text. */
  grounds: string[];
  /** The annotation's unique name (/NM), e.g. "lakstift:r12". */
  name: string;
  /** Who decided (/T). */
  author: string;
  /** The comment text (/Contents): codes with titles, the reason. */
  contents: string;
  /** When it was decided (ISO 8601), for /CreationDate and /M. */
  at?: string;
}

export interface ReviewCopyOptions {
  password?: string;
  loadPredefinedCMap?: (name: string) => Uint8Array | null;
  /** SHA-256 of the original, written to the document information as /LakstiftOriginal. */
  originalSha256?: string;
  /** Time of writing (the marks without their own time). */
  at: Date;
}

/** The red of a mark (Lakstift's outline colour for marks, readable over black text). */
const MARK_RGB: [number, number, number] = [0.8, 0.1, 0.1];
const IC_BLACK: [number, number, number] = [0, 0, 0];

/** Display rectangle → the four corners in user space: upper left, upper right, lower left, lower right. */
function quad(r: Rect, toUser: Matrix): number[] {
  const [x0, y0, x1, y1] = [Math.min(r[0], r[2]), Math.min(r[1], r[3]), Math.max(r[0], r[2]), Math.max(r[1], r[3])];
  return [apply(toUser, x0, y0), apply(toUser, x1, y0), apply(toUser, x0, y1), apply(toUser, x1, y1)].flat();
}

function pageBoxDisplay(g: PageGeometry): Rect {
  return [0, 0, g.width, g.height];
}

const num = (x: number) => PDFNumber.of(Number(formatNumber(x)));

/** A text string: PDFDocEncoding-safe ASCII as a literal, anything else as UTF-16BE hex. */
function textString(s: string): PDFString | PDFHexString {
  return /^[\x20-\x7e]*$/.test(s) ? PDFString.of(s.replace(/[\\()]/g, (c) => `\\${c}`)) : PDFHexString.fromText(s);
}

/** The /AP /N form: each quad outlined in red over a faint red wash (constant alpha 0.12). */
function markAppearance(doc: PDFDocument, quads: number[][], bbox: Rect): PDFRef {
  const f = formatNumber;
  const path = (q: number[]) => `${f(q[0])} ${f(q[1])} m ${f(q[2])} ${f(q[3])} l ${f(q[6])} ${f(q[7])} l ${f(q[4])} ${f(q[5])} l h`;
  const ops = [
    'q', `${MARK_RGB.map(f).join(' ')} rg`, '/GS0 gs', ...quads.map((q) => `${path(q)} f`), 'Q',
    'q', `${MARK_RGB.map(f).join(' ')} RG`, '0.8 w', ...quads.map((q) => `${path(q)} S`), 'Q',
  ].join('\n');
  const ctx = doc.context;
  const gs = ctx.obj({ Type: 'ExtGState', ca: 0.12 });
  const stream = ctx.stream(ops, {
    Type: 'XObject', Subtype: 'Form', FormType: 1,
    BBox: bbox.map((x) => Number(f(x))), Matrix: [1, 0, 0, 1, 0, 0],
    Resources: { ExtGState: { GS0: gs } },
  });
  return ctx.register(stream);
}

/**
 * /DA names /Helv: the document's interactive-form resources (/AcroForm /DR) must hold it, as
 * in files Acrobat marks (ISO 32000-1 12.7.3.3). An existing form keeps its fields and fonts.
 */
function ensureHelvetica(doc: PDFDocument): void {
  const ctx = doc.context;
  let form = doc.catalog.lookup(PDFName.of('AcroForm'));
  if (!(form instanceof PDFDict)) {
    form = ctx.obj({ Fields: [] });
    doc.catalog.set(PDFName.of('AcroForm'), ctx.register(form as PDFDict));
  }
  const f = form as PDFDict;
  let dr = f.lookup(PDFName.of('DR'));
  if (!(dr instanceof PDFDict)) {
    dr = ctx.obj({});
    f.set(PDFName.of('DR'), dr as PDFDict);
  }
  let fonts = (dr as PDFDict).lookup(PDFName.of('Font'));
  if (!(fonts instanceof PDFDict)) {
    fonts = ctx.obj({});
    (dr as PDFDict).set(PDFName.of('Font'), fonts as PDFDict);
  }
  if (!(fonts as PDFDict).has(PDFName.of('Helv'))) {
    (fonts as PDFDict).set(PDFName.of('Helv'), ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' })));
  }
  if (!f.has(PDFName.of('DA'))) f.set(PDFName.of('DA'), PDFString.of('/Helv 0 Tf 0 g'));
}

/**
 * Adds /Redact annotations to a copy of a PDF and writes it fresh (decrypted, as Lakstift
 * writes every output). Existing annotations stay. The text of the document is untouched.
 *
 * @example
 *   const copy = await writeReviewCopy(original, [{ page: 1, rects: [[72, 90, 160, 102]], grounds: ['10.2.e'],
 *     name: 'lakstift:r1', author: 'A. Behandelaar', contents: '10.2.e Eerbiediging van de persoonlijke levenssfeer' }], { at: new Date() });
 */
export async function writeReviewCopy(original: Uint8Array, marks: readonly MarkToWrite[], opts: ReviewCopyOptions): Promise<Uint8Array> {
  const pdf = await openPdf(original, { password: opts.password, loadPredefinedCMap: opts.loadPredefinedCMap });
  const doc = pdf.doc;
  const ctx = doc.context;
  if (marks.length > 0) ensureHelvetica(doc);
  for (const m of marks) {
    if (!Number.isInteger(m.page) || m.page < 1 || m.page > pdf.pageCount) {
      throw new RangeError(`a mark names page ${m.page} of a document with ${pdf.pageCount}`);
    }
    const page = pdf.page(m.page - 1);
    const toUser: Matrix = invert(page.geometry.toDisplay) ?? [1, 0, 0, 1, 0, 0];
    const boxes = m.wholePage || m.rects.length === 0 ? [pageBoxDisplay(page.geometry)] : m.rects;
    const quads = boxes.map((r) => quad(r, toUser));
    const xs = quads.flatMap((q) => [q[0], q[2], q[4], q[6]]);
    const ys = quads.flatMap((q) => [q[1], q[3], q[5], q[7]]);
    const rect: Rect = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    const when = m.at ? new Date(m.at) : opts.at;
    const annot = ctx.obj({
      Type: 'Annot',
      Subtype: 'Redact',
      Rect: rect.map(num),
      QuadPoints: quads.flat().map(num),
      F: 4,
      C: MARK_RGB,
      IC: IC_BLACK,
      Q: 1,
      Repeat: false,
    }) as PDFDict;
    annot.set(PDFName.of('P'), page.ref);
    annot.set(PDFName.of('NM'), textString(m.name));
    annot.set(PDFName.of('T'), textString(m.author));
    annot.set(PDFName.of('Subj'), PDFString.of('Redact'));
    annot.set(PDFName.of('Contents'), textString(m.contents));
    annot.set(PDFName.of('OverlayText'), textString(m.grounds.join(', ')));
    annot.set(PDFName.of('DA'), PDFString.of('/Helv 0 Tf 1 g'));
    annot.set(PDFName.of('CreationDate'), PDFString.fromDate(when));
    annot.set(PDFName.of('M'), PDFString.fromDate(when));
    annot.set(PDFName.of('AP'), ctx.obj({ N: markAppearance(doc, quads, rect) }));
    const ref = ctx.register(annot);
    const existing = page.node.lookup(PDFName.of('Annots'));
    if (existing instanceof PDFArray) existing.push(ref);
    else page.node.set(PDFName.of('Annots'), ctx.obj([ref]));
  }
  if (opts.originalSha256) infoDict(pdf).set(PDFName.of('LakstiftOriginal'), PDFString.of(opts.originalSha256));
  return (await writeFresh(doc)).bytes;
}

function infoDict(pdf: PdfFile): PDFDict {
  const ctx = pdf.doc.context;
  const info = ctx.lookup(ctx.trailerInfo.Info as PDFObject | undefined);
  if (info instanceof PDFDict) return info;
  const fresh = ctx.obj({}) as PDFDict;
  ctx.trailerInfo.Info = ctx.register(fresh);
  return fresh;
}

/** A /Redact annotation as read from a PDF, in display coordinates. */
export interface ReadMark {
  /** 1-based page. */
  page: number;
  /** One box per quadrilateral (or the /Rect when there are none). */
  rects: Rect[];
  /** True when the mark covers (nearly) the whole page. */
  wholePage: boolean;
  /** /OverlayText, /Contents, /T and /NM as written (empty when absent). */
  overlayText: string;
  contents: string;
  author: string;
  name: string;
}

export interface ReadMarks {
  pageCount: number;
  /** Page sizes in display coordinates, to check the marks belong to the document they are imported into. */
  pageSizes: { width: number; height: number }[];
  marks: ReadMark[];
  /** /LakstiftOriginal of a Lakstift review copy: the SHA-256 of the original it was made from. */
  originalSha256?: string;
}

function text(o: PDFObject | undefined): string {
  if (o instanceof PDFString || o instanceof PDFHexString) {
    try {
      return o.decodeText();
    } catch {
      return '';
    }
  }
  return '';
}

function numbers(o: PDFObject | undefined): number[] {
  if (!(o instanceof PDFArray)) return [];
  const out: number[] = [];
  for (let i = 0; i < o.size(); i++) {
    const v = o.lookup(i);
    if (!(v instanceof PDFNumber)) return [];
    out.push(v.asNumber());
  }
  return out;
}

function bbox(points: number[][]): Rect {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const round2 = (r: Rect): Rect => r.map((x) => Math.round(x * 100) / 100) as Rect;

/**
 * Reads every /Redact annotation of a PDF (Acrobat's "Mark for Redaction", Lakstift's review
 * copy, or any tool that follows ISO 32000-1 12.5.6.23), with its boxes in display
 * coordinates: the quadrilaterals when there are any, otherwise /Rect.
 *
 * @example
 *   const { marks } = await readRedactAnnotations(bytes);
 *   marks[0]; // { page: 1, rects: [[72, 90, 160, 102]], overlayText: '10.2.e', … }
 */
export async function readRedactAnnotations(bytes: Uint8Array, opts: { password?: string } = {}): Promise<ReadMarks> {
  const pdf = await openPdf(bytes, { password: opts.password });
  const marks: ReadMark[] = [];
  const pageSizes: ReadMarks['pageSizes'] = [];
  for (let i = 0; i < pdf.pageCount; i++) {
    const page = pdf.page(i);
    const g = page.geometry;
    pageSizes.push({ width: g.width, height: g.height });
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) continue;
    for (let k = 0; k < annots.size(); k++) {
      const a = annots.lookup(k);
      if (!(a instanceof PDFDict)) continue;
      const subtype = a.lookup(PDFName.of('Subtype'));
      if (!(subtype instanceof PDFName) || subtype.decodeText() !== 'Redact') continue;
      const qp = numbers(a.lookup(PDFName.of('QuadPoints')));
      let rects: Rect[] = [];
      for (let q = 0; q + 8 <= qp.length; q += 8) {
        rects.push(round2(bbox([0, 2, 4, 6].map((j) => apply(g.toDisplay, qp[q + j], qp[q + j + 1])))));
      }
      if (rects.length === 0) {
        const r = numbers(a.lookup(PDFName.of('Rect')));
        if (r.length !== 4) continue;
        rects = [round2(bbox([[r[0], r[1]], [r[2], r[1]], [r[0], r[3]], [r[2], r[3]]].map(([x, y]) => apply(g.toDisplay, x, y))))];
      }
      // Clip to the page; a mark that covers nearly all of it is a whole page.
      rects = rects.map((r) => [Math.max(0, r[0]), Math.max(0, r[1]), Math.min(g.width, r[2]), Math.min(g.height, r[3])] as Rect)
        .filter((r) => r[2] > r[0] && r[3] > r[1]);
      if (rects.length === 0) continue;
      const area = rects.reduce((n, r) => n + (r[2] - r[0]) * (r[3] - r[1]), 0);
      marks.push({
        page: i + 1,
        rects,
        wholePage: rects.length === 1 && area >= 0.97 * g.width * g.height,
        overlayText: text(a.lookup(PDFName.of('OverlayText'))),
        contents: text(a.lookup(PDFName.of('Contents'))),
        author: text(a.lookup(PDFName.of('T'))),
        name: text(a.lookup(PDFName.of('NM'))),
      });
    }
  }
  let originalSha256: string | undefined;
  const info = pdf.doc.context.lookup(pdf.doc.context.trailerInfo.Info as PDFObject | undefined);
  if (info instanceof PDFDict) {
    const v = text(info.lookup(PDFName.of('LakstiftOriginal')));
    if (/^[0-9a-f]{64}$/.test(v)) originalSha256 = v;
  }
  return { pageCount: pdf.pageCount, pageSizes, marks, ...(originalSha256 ? { originalSha256 } : {}) };
}
