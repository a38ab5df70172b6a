/** `lakstift text <file.pdf> [--json]`: the page text, or words with boxes (DESIGN.md contract). */
import { LakstiftError, withFile } from '../../shared/errors';
import { interpretPage, openPdf, pageText, type PageText, type PdfFile } from '../../shared/pdf';
import { pageRanges, type ReadPagesResult } from '../../shared/jobs';
import { renderTextPage } from '../../shared/textOutput';
import { nodeJobRunner } from '../../node/jobs';
import { ocrNeed, type OcrNeed } from '../../shared/ocr/need';
import { ocrPageText } from '../../shared/ocr/pageText';
import { runOcr } from '../../shared/ocr/run';
import type { OcrPageRecord } from '../../shared/ocr/types';
import { sha256Hex } from '../../shared/hash';
import { loadPredefinedCMap, nodeHost } from '../../node/host';
import { openInputPdf } from '../pdfInput';
import { CliError, jobsOption, OCR_OPTIONS, OCR_USAGE, ocrOptions, ocrProgress, parseCli, readInput, reportUnread, type Command } from '../util';

export const textCommand: Command = {
  name: 'text',
  usage: `lakstift text <file.pdf> [--json] [--password <pw>] ${OCR_USAGE}`,
  async run(args) {
    const { values, positionals } = parseCli(args, {
      json: { type: 'boolean' },
      password: { type: 'string' },
      ...OCR_OPTIONS,
    });
    if (positionals.length !== 1) throw new CliError({ en: 'text takes exactly one PDF; usage: lakstift text <file.pdf> [--json].', nl: 'text neemt precies één PDF; gebruik: lakstift text <bestand.pdf> [--json].' });
    const file = positionals[0];
    const ocr = ocrOptions(values);
    const runner = nodeJobRunner(jobsOption(values));
    const out = new BufferedOut();
    const json = values.json === true;
    const render = (p: PageText, n: number): string => renderTextPage(p, n, json);
    if (values.json) out.write('{"pages":[');
    // With workers (--jobs), page ranges are read on them and written in order as they come
    // back, until a range has a page that needs OCR: from there on this thread reads, as below.
    let from = 1;
    let opened: { pdf: PdfFile; bytes: Uint8Array } | undefined;
    if (runner) {
      const bytes = await readInput(file);
      const ref = runner.fileRef(bytes, file, values.password);
      const render = json ? 'json' : 'text';
      const range = (i: number) => {
        const job = runner.run({ kind: 'read-pages', file: ref, first: i * TEXT_CHUNK + 1, last: (i + 1) * TEXT_CHUNK, compact: false, render });
        job.catch(() => undefined); // awaited in order below; one that is never awaited must not end the process
        return job;
      };
      // The page count comes with the first range; every other worker is given the range after
      // it at once rather than after it, so that all of them start (and warm up) together. A
      // range past the end (a document of fewer pages) comes back empty and is not written. The
      // ranges are the ones pageRanges cuts (a worker clips the last to the page count).
      const ahead = new Map<number, Promise<ReadPagesResult>>();
      for (let i = 0; i < runner.size; i++) ahead.set(i, range(i));
      const head = await ahead.get(0)!;
      const ranges = pageRanges(head.info.pageCount, TEXT_CHUNK);
      // A few ranges ahead of the writer, so that memory holds a few ranges, not the document.
      const ask = (i: number) => {
        if (i >= ranges.length || ahead.has(i)) return;
        ahead.set(i, range(i));
      };
      from = head.info.pageCount + 1;
      for (let i = 0; i < ranges.length; i++) {
        for (let k = 1; k <= runner.size * 2; k++) ask(i + k);
        const r = await ahead.get(i)!;
        ahead.delete(i);
        if (r.ocrNeeds.length > 0) {
          from = ranges[i]![0];
          break;
        }
        out.write(r.rendered ?? '');
        await out.drainIfFull();
      }
      if (from <= head.info.pageCount) opened = { pdf: await openPdfNamed(bytes, file, values.password), bytes };
    } else {
      const { pdf, bytes } = await openInputPdf(file, { password: values.password, lazy: true });
      opened = { pdf, bytes };
    }
    if (opened) {
      const { pdf, bytes } = opened;
      const read = (n: number): PageText => {
        try {
          return pageText(interpretPage(pdf, n - 1, { marks: false }), n);
        } catch (e) {
          if (e instanceof LakstiftError) throw withFile(e, file);
          throw e;
        }
      };
      // One pass: each page is read once and rendered at once (the page model is dropped, only its
      // output stays), and pages without a usable text layer are noted for OCR (issue #12).
      const needs: OcrNeed[] = [];
      const rendered: (string | null)[] = [];
      for (let n = from; n <= pdf.pageCount; n++) {
        const p = read(n);
        const need = ocrNeed(pdf, p);
        if (need) needs.push(need);
        rendered.push(need ? null : render(p, n));
      }
      let records = new Map<number, OcrPageRecord>();
      if (needs.length) {
        const host = nodeHost({ password: values.password, ocr });
        const bar = ocrProgress(file);
        const run = await runOcr(host.ocr, await host.ocr?.engine(), {
          bytes, sha256: await sha256Hex(bytes), password: values.password, needs,
          pageSize: (n) => ({ width: pdf.page(n - 1).geometry.width, height: pdf.page(n - 1).geometry.height }),
          onProgress: (d, t) => bar.update(d, t),
        });
        bar.end();
        reportUnread(file, run.unread);
        records = run.records;
      }
      for (let n = from; n <= pdf.pageCount; n++) {
        let str = rendered[n - from];
        if (str === null || str === undefined) {
          // A page read by OCR (or left unread: then its own text layer, as before) is read again here.
          const p = read(n);
          const rec = records.get(n);
          str = render(rec ? ocrPageText(rec, p.glyphs) : p, n);
        }
        rendered[n - from] = null;
        out.write(str);
        await out.drainIfFull();
      }
    }
    if (values.json) out.write(']}\n');
    await out.flush();
    return 0;
  },
};

/** Pages a worker reads per job for `text`. */
const TEXT_CHUNK = 25;

/** Opens bytes already read, every failure naming the file. */
async function openPdfNamed(bytes: Uint8Array, file: string, password: string | undefined): Promise<PdfFile> {
  try {
    return await openPdf(bytes, { loadPredefinedCMap, password, lazy: true });
  } catch (e) {
    if (e instanceof LakstiftError) throw withFile(e, file);
    throw e;
  }
}

/** Collects output and hands it to stdout in large chunks, waiting when the pipe is full. */
class BufferedOut {
  private parts: string[] = [];
  private size = 0;
  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
  }
  async drainIfFull(): Promise<void> {
    if (this.size >= 1 << 20) await this.flush();
  }
  flush(): Promise<void> {
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return new Promise((resolve, reject) => {
      process.stdout.write(chunk, (err) => (err ? reject(err) : resolve()));
    });
  }
}
