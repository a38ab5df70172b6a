/**
 * Image redaction on a page (issue #3, item 2), on top of images.ts: finds the images under
 * the boxes after glyph removal, blanks them, and points only THIS page's placement at the
 * blanked copy. Resources and form XObjects are often shared by many pages (LibreOffice
 * writes one /Resources for the whole document), so the chain from the page down to the
 * image is copied first (copy-on-write); other pages keep the original picture.
 */
import { PDFDict, PDFName, PDFRawStream, PDFRef, PDFStream } from '@cantoo/pdf-lib';
import type { PdfFile } from '../pdf/document';
import { interpretPage } from '../pdf/interpreter';
import { PdfName, type Rect } from '../pdf/types';
import { intersects } from './geometry';
import { blankImageRegionsDetailed, blankInlineImage, type Rgb } from './images';
import { flateStream } from '../pdf/streams';
import { rememberDecoded } from './decoded';

export interface PageImageReport {
  /** Images whose pixels under a box were overwritten. */
  blanked: number;
  /** Images under a box that could not be handled (no object to copy): the output is unsafe. */
  failed: number;
  /** Notes for the redaction log (an image replaced whole, an approximate fill). */
  notes: string[];
}

interface Private {
  resources: PDFDict;
  /** The (copied) form stream, for forms; undefined for the page. */
  stream?: PDFStream;
}

const N = {
  Resources: PDFName.of('Resources'), XObject: PDFName.of('XObject'), Contents: PDFName.of('Contents'),
  ColorSpace: PDFName.of('ColorSpace'), Filter: PDFName.of('Filter'), DecodeParms: PDFName.of('DecodeParms'),
  Length: PDFName.of('Length'),
};

/**
 * Blanks every image (XObject or inline) under the rects on page `index` (0-based), after
 * glyph removal has rewritten the page (the page is interpreted again here).
 *
 * @example
 *   const r = await blankPageImages(file, 0, [[100, 200, 180, 214]]);
 *   r.blanked; // 1
 */
export async function blankPageImages(file: PdfFile, index: number, rects: Rect[], fill?: Rgb): Promise<PageImageReport> {
  const report: PageImageReport = { blanked: 0, failed: 0, notes: [] };
  const content = interpretPage(file, index);
  const targets = content.marks.filter((m) => (m.kind === 'image' || m.kind === 'inline-image') && rects.some((r) => intersects(r, m.rect)));
  if (targets.length === 0) return report;
  const doc = file.doc;
  const ctx = doc.context;
  const privates = new Map<number, Private>();
  const splices = new Map<number, { start: number; end: number; bytes: Uint8Array }[]>();

  const privatize = (instId: number): Private => {
    const known = privates.get(instId);
    if (known) return known;
    const inst = content.streams[instId];
    let result: Private;
    if (inst.parent < 0) {
      const page = file.page(index);
      const own = page.node.lookup(N.Resources);
      const base = own instanceof PDFDict ? own : page.resources ?? ctx.obj({});
      const res = cloneResources(base);
      page.node.set(N.Resources, res);
      result = { resources: res };
    } else {
      const parent = privatize(inst.parent);
      const parentInst = content.streams[inst.parent];
      const nameArg = parentInst.ops[inst.parentOp]?.args[0];
      const orig = inst.ref ? ctx.lookup(inst.ref) : undefined;
      if (!(nameArg instanceof PdfName) || !(orig instanceof PDFStream)) throw new Error('form placement not found');
      const dict = orig.dict.clone(ctx);
      const formRes = orig.dict.lookup(N.Resources);
      const res = formRes instanceof PDFDict ? cloneResources(formRes) : parent.resources;
      if (formRes instanceof PDFDict) dict.set(N.Resources, res);
      const copy = PDFRawStream.of(dict, (orig as PDFRawStream).contents ?? new Uint8Array());
      const ref = ctx.register(copy);
      xobjects(parent.resources).set(PDFName.of(nameArg.name), ref);
      result = { resources: res, stream: copy };
    }
    privates.set(instId, result);
    return result;
  };

  for (const mark of targets) {
    const hit = rects.filter((r) => intersects(r, mark.rect));
    const inst = content.streams[mark.stream];
    const op = inst.ops[mark.op];
    if (!mark.matrix) {
      report.failed++;
      continue;
    }
    if (mark.kind === 'image') {
      const name = op?.args[0];
      if (!mark.ref || !(name instanceof PdfName)) {
        report.failed++;
        continue;
      }
      const r = await blankImageRegionsDetailed(doc, mark.ref, mark.matrix, hit, { fill });
      if (!r) continue;
      report.notes.push(...r.notes);
      xobjects(privatize(mark.stream).resources).set(PDFName.of(name.name), r.ref);
      report.blanked++;
    } else {
      const ii = op?.inlineImage;
      if (!ii) {
        report.failed++;
        continue;
      }
      const colorSpaces = inst.resources?.lookup(N.ColorSpace);
      const r = blankInlineImage(ii.dict, inst.bytes.subarray(ii.dataStart, ii.dataEnd), mark.matrix, hit, {
        fill, context: ctx, colorSpaces: colorSpaces instanceof PDFDict ? colorSpaces : undefined,
      });
      if (!r) continue;
      report.notes.push(...r.notes);
      const list = splices.get(mark.stream) ?? [];
      list.push({ start: op.start, end: op.end, bytes: r.bytes });
      splices.set(mark.stream, list);
      report.blanked++;
    }
  }

  for (const [instId, list] of splices) {
    const inst = content.streams[instId];
    const data = splice(inst.bytes, list);
    if (inst.parent < 0) {
      const stream = flateStream(ctx, data);
      rememberDecoded(stream, data);
      file.page(index).node.set(N.Contents, ctx.register(stream));
    } else {
      const priv = privatize(instId);
      replaceData(file, priv.stream!, data);
    }
  }
  return report;
}

function cloneResources(res: PDFDict): PDFDict {
  const ctx = res.context;
  const copy = res.clone(ctx);
  const xo = res.lookup(N.XObject);
  if (xo instanceof PDFDict) copy.set(N.XObject, xo.clone(ctx));
  return copy;
}

function xobjects(res: PDFDict): PDFDict {
  const xo = res.lookup(N.XObject);
  if (xo instanceof PDFDict) {
    // A referenced /XObject dictionary may be shared with other resources: give this one its own.
    if (res.get(N.XObject) instanceof PDFRef) {
      const copy = xo.clone(res.context);
      res.set(N.XObject, copy);
      return copy;
    }
    return xo;
  }
  const fresh = res.context.obj({});
  res.set(N.XObject, fresh);
  return fresh;
}

function splice(bytes: Uint8Array, list: { start: number; end: number; bytes: Uint8Array }[]): Uint8Array {
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const parts: Uint8Array[] = [];
  let last = 0;
  for (const s of sorted) {
    parts.push(bytes.subarray(last, s.start), s.bytes);
    last = s.end;
  }
  parts.push(bytes.subarray(last));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Gives a (copied, private) form stream new decoded data, Flate-compressed. */
function replaceData(file: PdfFile, stream: PDFStream, data: Uint8Array): void {
  const ctx = file.doc.context;
  const fresh = flateStream(ctx, data);
  rememberDecoded(fresh, data);
  for (const [k, v] of stream.dict.entries()) {
    if (k === N.Filter || k === N.DecodeParms || k === N.Length) continue;
    fresh.dict.set(k, v);
  }
  const ref = ctx.getObjectRef(stream);
  if (ref) ctx.assign(ref, fresh);
}
