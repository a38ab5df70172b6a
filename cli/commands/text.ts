/** `lakstift text <file.pdf> [--json]`: the page text, or words with boxes (DESIGN.md contract). */
import type { ReadPagesResult } from '../../shared/jobs';
import { nodeJobRunner } from '../../node/jobs';
import { CliError, jobsOption, OCR_OPTIONS, OCR_USAGE, ocrOptions, parseCli, readInput, type Command } from '../util';
import { BufferedOut } from './textOut';

// With --jobs N, this thread reads too, beside N - 1 workers (issue #17): it opens the file
// itself (so it knows the page count at once), reads every N-th range of TEXT_CHUNK pages and
// writes all ranges in order. A worker costs a thread's start-up and warm-up (module load, its
// own parse of the file, compiling the reader): workers are started only for a document of more
// than WORKER_MIN_PAGES pages, and read on this thread alone otherwise.

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
    const jobs = jobsOption(values);
    const out = new BufferedOut();
    const json = values.json === true;
    if (values.json) out.write('{"pages":[');
    const { readHere, openHere } = await import('./textHere');
    if (jobs <= 1) {
      await readHere({ file, password: values.password, ocr, json, from: 1, out });
    } else {
      const bytes = await readInput(file);
      const here = await openHere({ file, bytes, password: values.password, json });
      const rangeCount = Math.ceil(here.pageCount / TEXT_CHUNK);
      const runner = here.pageCount > WORKER_MIN_PAGES ? nodeJobRunner(jobs - 1, { beside: true }) : null;
      // Range i is read here when i % lanes is 0, else by a worker; workers are given their
      // ranges a few ahead of the writer, so that memory holds a few ranges, not the document.
      const lanes = runner ? jobs : 1;
      const ahead = new Map<number, Promise<ReadPagesResult>>();
      const ref = runner ? runner.fileRef(bytes, file, values.password) : undefined;
      const ask = (i: number) => {
        if (!runner || !ref || i >= rangeCount || i % lanes === 0 || ahead.has(i)) return;
        const job = runner.run({ kind: 'read-pages', file: ref, first: i * TEXT_CHUNK + 1, last: (i + 1) * TEXT_CHUNK, compact: false, render: json ? 'json' : 'text' });
        job.catch(() => undefined); // awaited in order below; one that is never awaited must not end the process
        ahead.set(i, job);
      };
      let from = here.pageCount + 1;
      for (let i = 0; i < rangeCount; i++) {
        for (let k = 1; k <= lanes * 2; k++) ask(i + k);
        let rendered: string | null;
        if (i % lanes === 0) rendered = await here.range(i * TEXT_CHUNK + 1, (i + 1) * TEXT_CHUNK);
        else {
          const r = await ahead.get(i)!;
          ahead.delete(i);
          rendered = r.ocrNeeds.length > 0 ? null : (r.rendered ?? '');
        }
        // A range with a page that needs OCR: from its first page on, this thread reads on alone.
        if (rendered === null) {
          from = i * TEXT_CHUNK + 1;
          break;
        }
        out.write(rendered);
        await out.drainIfFull();
      }
      if (from <= here.pageCount) await readHere({ file, bytes, password: values.password, ocr, json, from, out });
    }
    if (values.json) out.write(']}\n');
    await out.flush();
    return 0;
  },
};

/** Pages a worker (or this thread beside the workers) reads per job for `text`. */
const TEXT_CHUNK = 25;
/**
 * Workers are started for documents of more pages than this: a worker's start-up and warm-up
 * cost about what reading a few hundred pages costs on one thread (bench dossier, 2 cores).
 */
export const WORKER_MIN_PAGES = 250;
