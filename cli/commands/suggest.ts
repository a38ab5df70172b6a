/**
 * `lakstift suggest <file.pdf>... [--law wob|woo] [--password <pw>]`: suggestions per document
 * as the JSON of DESIGN.md's contract, with what was deliberately left readable in `kept`.
 */
import type { Law, SuggestOutput } from '../../shared/contract';
import { createEngines, type AnalysedDocument } from '../../shared/engine';
import { pagesReadAgain } from '../../shared/pageModels';
import { suggestOutputChunks } from '../../shared/suggestOutput';
import { CliError, commandHost, mapLimit, modelBudget, OCR_OPTIONS, OCR_USAGE, ocrProgress, parseCli, parseLaw, readInput, reportUnread, type Command } from '../util';

export const suggestCommand: Command = {
  name: 'suggest',
  usage: `lakstift suggest <file.pdf>... [--law wob|woo] [--password <pw>] [--allow <name>]... [--switchboard <number>]... ${OCR_USAGE}`,
  async run(args) {
    const { values, positionals } = parseCli(args, {
      law: { type: 'string' },
      password: { type: 'string' },
      allow: { type: 'string', multiple: true },
      switchboard: { type: 'string', multiple: true },
      ...OCR_OPTIONS,
    });
    if (positionals.length === 0) throw new CliError({ en: 'suggest needs at least one PDF; usage: lakstift suggest <file.pdf>... [--law wob|woo].', nl: 'suggest heeft minstens één PDF nodig; gebruik: lakstift suggest <bestand.pdf>... [--law wob|woo].' });
    const law: Law = parseLaw(values.law?.toLowerCase()) ?? 'wob';
    const host = commandHost(values, values.password);
    const engines = createEngines(host);
    // Documents side by side on the workers (--jobs), each document's pages spread over them
    // too; results, and what is said of them, in the order the files were given. Past the first
    // MODEL_BUDGET_PAGES pages a page keeps only its text and is read again when a detector or a
    // rectangle asks for more (issue #17: the same memory at 10,000 pages).
    const budget = modelBudget();
    const docs: AnalysedDocument[] = await mapLimit(positionals, host.jobs?.size ?? 1, async (file) => {
      const bar = ocrProgress(file);
      const doc = await engines.analyse(await readInput(file, { shared: host.jobs !== undefined }), file, { onOcrProgress: (d, t) => bar.update(d, t), modelBudget: budget });
      bar.end();
      return doc;
    });
    docs.forEach((doc) => reportUnread(doc.name, doc.unreadPages));
    const found = engines.suggest(docs, law, { allowlist: values.allow, switchboards: values.switchboard });
    const out: SuggestOutput = {
      law,
      documents: docs.map((d, i) => ({
        file: d.name, pageCount: d.pageCount, ...found[i],
        ...(d.ocrPages.length ? { ocrPages: d.ocrPages } : {}),
        ...(d.unreadPages.length ? { unreadPages: d.unreadPages } : {}),
      })),
    };
    if (process.env.LAKSTIFT_MEMLOG) {
      const m = process.memoryUsage();
      process.stderr.write(`memlog suggest: rss ${Math.round(m.rss / 2 ** 20)} heap ${Math.round(m.heapUsed / 2 ** 20)} external ${Math.round(m.external / 2 ** 20)} (array buffers ${Math.round(m.arrayBuffers / 2 ** 20)}) MiB, pages read again ${pagesReadAgain} of ${docs.reduce((n, d) => n + d.pageCount, 0)}\n`);
    }
    // Written a piece at a time (shared/suggestOutput.ts), never as one string: 10,000 pages
    // give tens of megabytes of JSON, which the one string held beside the suggestions.
    await writePieces(suggestOutputChunks(out));
    return 0;
  },
};

/** Writes the pieces to stdout, waiting whenever its buffer is full, then a newline. */
async function writePieces(pieces: Iterable<string>): Promise<void> {
  const write = (s: string) => new Promise<void>((resolve, reject) => {
    process.stdout.write(s, (err) => (err ? reject(err) : resolve()));
  });
  for (const piece of pieces) await write(piece);
  await write('\n');
}
