/** `lakstift text <file.pdf> [--json]`: the page text, or words with boxes (DESIGN.md contract). */
import type { ReadPagesResult } from '../../shared/jobs';
import { nodeJobRunner } from '../../node/jobs';
import { CliError, jobsOption, OCR_OPTIONS, OCR_USAGE, ocrOptions, parseCli, readInput, type Command } from '../util';
import { BufferedOut } from './textOut';

// The PDF core, pdf-lib and OCR are loaded only when this thread reads pages itself
// (`readHere`, cli/commands/textHere.ts): with workers (--jobs N) it only hands out ranges and
// writes what comes back, and loading them would cost it a few hundred milliseconds of CPU
// while the workers start (issue #17).

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
    if (values.json) out.write('{"pages":[');
    // With workers (--jobs), page ranges are read on them and written in order as they come
    // back, until a range has a page that needs OCR: from there on this thread reads, as below.
    let from = 1;
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
      // The ranges pageRanges (shared/jobs.ts) cuts, counted here: shared/jobs.ts loads the PDF core.
      const rangeCount = Math.ceil(head.info.pageCount / TEXT_CHUNK);
      // A few ranges ahead of the writer, so that memory holds a few ranges, not the document.
      const ask = (i: number) => {
        if (i >= rangeCount || ahead.has(i)) return;
        ahead.set(i, range(i));
      };
      from = head.info.pageCount + 1;
      for (let i = 0; i < rangeCount; i++) {
        for (let k = 1; k <= runner.size * 2; k++) ask(i + k);
        const r = await ahead.get(i)!;
        ahead.delete(i);
        if (r.ocrNeeds.length > 0) {
          from = i * TEXT_CHUNK + 1;
          break;
        }
        out.write(r.rendered ?? '');
        await out.drainIfFull();
      }
      if (from <= head.info.pageCount) {
        const { readHere } = await import('./textHere');
        await readHere({ file, bytes, password: values.password, ocr, json, from, out });
      }
    } else {
      const { readHere } = await import('./textHere');
      await readHere({ file, password: values.password, ocr, json, from, out });
    }
    if (values.json) out.write(']}\n');
    await out.flush();
    return 0;
  },
};

/** Pages a worker reads per job for `text`. */
const TEXT_CHUNK = 25;
