/**
 * `lakstift text` reading on the command line's own thread: the whole file with one job
 * (`--jobs 1`), or, after workers, the pages from the first range that needs OCR. Loaded by
 * text.ts only then, so that the PDF core, pdf-lib and OCR stay unloaded while workers read.
 */
import { LakstiftError, withFile } from '../../shared/errors';
import { interpretPage, openPdf, pageText, recycleGlyphs, type PageText, type PdfFile } from '../../shared/pdf';
import { renderTextPage } from '../../shared/textOutput';
import { ocrNeed, type OcrNeed } from '../../shared/ocr/need';
import { ocrPageText } from '../../shared/ocr/pageText';
import { runOcr } from '../../shared/ocr/run';
import type { OcrPageRecord } from '../../shared/ocr/types';
import { sha256Hex } from '../../shared/hash';
import type { NodeOcrOptions } from '../../node/ocr';
import { loadPredefinedCMap, nodeHost } from '../../node/host';
import { ocrProgress, readInput, reportUnread } from '../util';
import type { BufferedOut } from './textOut';

export interface ReadHere {
  file: string;
  /** The file's bytes when already read (after workers); else they are read here. */
  bytes?: Uint8Array;
  password: string | undefined;
  ocr: NodeOcrOptions | false;
  json: boolean;
  /** The first page to read (1-based). */
  from: number;
  out: BufferedOut;
}

/** Reads pages `from`…end on this thread and writes them to `out`, with OCR where a page needs it (issue #12). */
export async function readHere({ file, bytes: given, password, ocr, json, from, out }: ReadHere): Promise<void> {
  const bytes = given ?? (await readInput(file));
  let pdf: PdfFile;
  try {
    pdf = await openPdf(bytes, { loadPredefinedCMap, password, lazy: true });
  } catch (e) {
    if (e instanceof LakstiftError) throw withFile(e, file);
    throw e;
  }
  const render = (p: PageText, n: number): string => renderTextPage(p, n, json);
  // `lend`: a page rendered at once reads its glyphs from the store every page fills, given back
  // (recycleGlyphs) before the next page, instead of a copy of its own (issue #17).
  const read = (n: number, lend = false): PageText => {
    try {
      return pageText(interpretPage(pdf, n - 1, { marks: false, lend }), n);
    } catch (e) {
      if (e instanceof LakstiftError) throw withFile(e, file);
      throw e;
    }
  };
  // One pass: each page is read once and rendered at once (the page model is dropped, only its
  // output stays), and pages without a usable text layer are noted for OCR (issue #12). Pages
  // before the first that needs OCR are written at once; from that page on they wait for OCR.
  const needs: OcrNeed[] = [];
  const rendered: (string | null)[] = [];
  let held = pdf.pageCount + 1;
  for (let n = from; n <= pdf.pageCount; n++) {
    const p = read(n, true);
    const need = ocrNeed(pdf, p);
    if (need) {
      needs.push(need);
      if (held > n) held = n;
    }
    const str = need ? null : render(p, n);
    recycleGlyphs(p);
    if (held > n) {
      out.write(str!);
      await out.drainIfFull();
    } else rendered.push(str);
  }
  let records = new Map<number, OcrPageRecord>();
  if (needs.length) {
    const host = nodeHost({ password, ocr });
    const bar = ocrProgress(file);
    const run = await runOcr(host.ocr, await host.ocr?.engine(), {
      bytes, sha256: await sha256Hex(bytes), password, needs,
      pageSize: (n) => ({ width: pdf.page(n - 1).geometry.width, height: pdf.page(n - 1).geometry.height }),
      onProgress: (d, t) => bar.update(d, t),
    });
    bar.end();
    reportUnread(file, run.unread);
    records = run.records;
  }
  for (let n = held; n <= pdf.pageCount; n++) {
    let str = rendered[n - held];
    if (str === null || str === undefined) {
      // A page read by OCR (or left unread: then its own text layer, as before) is read again here.
      const p = read(n);
      const rec = records.get(n);
      str = render(rec ? ocrPageText(rec, p.glyphs) : p, n);
    }
    rendered[n - held] = null;
    out.write(str);
    await out.drainIfFull();
  }
}
