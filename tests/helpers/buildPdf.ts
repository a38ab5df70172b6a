/**
 * Tiny PDFs built in the test (pdf-lib's style of fixtures): one content stream per page,
 * standard fonts F1 (Helvetica, WinAnsi) and F2 (Courier), and room for extra resources.
 */
import { PDFDict, PDFDocument, PDFName, PDFRef, type PDFContext } from '@cantoo/pdf-lib';

export interface PageSpec {
  content: string;
  size?: [number, number];
  rotate?: number;
  cropBox?: [number, number, number, number];
  userUnit?: number;
  /** Adds entries to the page's /Resources (e.g. XObjects). */
  resources?: (ctx: PDFContext, res: PDFDict) => void;
}

export async function buildPdf(pages: PageSpec[], extra?: (doc: PDFDocument) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const ctx = doc.context;
  const helv = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' }));
  const cour = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Courier', Encoding: 'WinAnsiEncoding' }));
  for (const spec of pages) {
    const page = doc.addPage(spec.size ?? [595, 842]);
    const res = ctx.obj({ Font: { F1: helv, F2: cour } }) as PDFDict;
    spec.resources?.(ctx, res);
    page.node.set(PDFName.of('Resources'), res);
    page.node.set(PDFName.of('Contents'), ctx.register(ctx.stream(spec.content)));
    if (spec.rotate !== undefined) page.node.set(PDFName.of('Rotate'), ctx.obj(spec.rotate));
    if (spec.cropBox) page.node.set(PDFName.of('CropBox'), ctx.obj(spec.cropBox));
    if (spec.userUnit) page.node.set(PDFName.of('UserUnit'), ctx.obj(spec.userUnit));
  }
  extra?.(doc);
  return doc.save({ useObjectStreams: false });
}

/** Registers a form XObject with the given content and returns its ref. */
export function formXObject(ctx: PDFContext, content: string, opts: { matrix?: number[]; resources?: PDFDict | PDFRef } = {}): PDFRef {
  const dict: Record<string, unknown> = { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1000, 1000] };
  if (opts.matrix) dict.Matrix = opts.matrix;
  const s = ctx.stream(content, dict as never);
  if (opts.resources) s.dict.set(PDFName.of('Resources'), opts.resources);
  return ctx.register(s);
}

/** Helvetica advance widths (per 1000) for the letters the tests use. */
export const HELVETICA: Record<string, number> = { H: 722, e: 556, l: 222, o: 556, ' ': 278, W: 944, r: 333, d: 556 };
export const helveticaWidth = (s: string, size: number) => [...s].reduce((a, c) => a + HELVETICA[c], 0) * size / 1000;
