/** `lakstift text <file.pdf> [--json]`: the page text, or words with boxes (DESIGN.md contract). */
import type { TextOutput } from '../../shared/contract';
import { LakstiftError, withFile } from '../../shared/errors';
import { interpretPage, pageText, type PageText } from '../../shared/pdf';
import { ocrNeed, type OcrNeed } from '../../shared/ocr/need';
import { ocrPageText } from '../../shared/ocr/pageText';
import { runOcr } from '../../shared/ocr/run';
import type { OcrPageRecord } from '../../shared/ocr/types';
import { sha256Hex } from '../../shared/hash';
import { nodeHost } from '../../node/host';
import { openInputPdf } from '../pdfInput';
import { CliError, OCR_OPTIONS, OCR_USAGE, ocrOptions, ocrProgress, parseCli, reportUnread, type Command } from '../util';

const round = (x: number) => Math.round(x * 100) / 100;

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
    const { pdf, bytes } = await openInputPdf(file, { password: values.password });
    const read = (n: number): PageText => {
      try {
        return pageText(interpretPage(pdf, n - 1, { marks: false }), n);
      } catch (e) {
        if (e instanceof LakstiftError) throw withFile(e, file);
        throw e;
      }
    };
    const render = (p: PageText, n: number): string => {
      if (!values.json) return `${p.text}\n\f`; // pages end with a form feed, as pdftotext writes them
      const page: TextOutput['pages'][number] = {
        page: n,
        width: round(p.width),
        height: round(p.height),
        words: p.words.map((w) => ({ text: w.text, rect: w.rect.map(round) as [number, number, number, number] })),
      };
      return (n > 1 ? ',' : '') + JSON.stringify(page);
    };
    // One pass: each page is read once and rendered at once (the page model is dropped, only its
    // output stays), and pages without a usable text layer are noted for OCR (issue #12). Nothing
    // is written before every page has been read, so a damaged page leaves stdout empty.
    const needs: OcrNeed[] = [];
    const rendered: (string | null)[] = [];
    for (let n = 1; n <= pdf.pageCount; n++) {
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
    const out = new BufferedOut();
    if (values.json) out.write('{"pages":[');
    for (let n = 1; n <= pdf.pageCount; n++) {
      let s = rendered[n - 1];
      if (s === null) {
        // A page read by OCR (or left unread: then its own text layer, as before) is read again here.
        const p = read(n);
        const rec = records.get(n);
        s = render(rec ? ocrPageText(rec, p.glyphs) : p, n);
      }
      rendered[n - 1] = null;
      out.write(s);
      await out.drainIfFull();
    }
    if (values.json) out.write(']}\n');
    await out.flush();
    return 0;
  },
};

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
