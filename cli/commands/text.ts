/** `lakstift text <file.pdf> [--json]`: the page text, or words with boxes (DESIGN.md contract). */
import type { TextOutput } from '../../shared/contract';
import { LakstiftError, withFile } from '../../shared/errors';
import { textOfPages } from '../../shared/pdf';
import { openInputPdf } from '../pdfInput';
import { CliError, parseCli, type Command } from '../util';

const round = (x: number) => Math.round(x * 100) / 100;

export const textCommand: Command = {
  name: 'text',
  usage: 'lakstift text <file.pdf> [--json] [--password <pw>]',
  async run(args) {
    const { values, positionals } = parseCli(args, {
      json: { type: 'boolean' },
      password: { type: 'string' },
    });
    if (positionals.length !== 1) throw new CliError('text takes exactly one PDF; usage: lakstift text <file.pdf> [--json].');
    const file = positionals[0];
    const { pdf } = await openInputPdf(file, { password: values.password });
    let pages;
    try {
      pages = textOfPages(pdf);
    } catch (e) {
      if (e instanceof LakstiftError) throw withFile(e, file);
      throw e;
    }
    if (values.json) {
      const out: TextOutput = {
        pages: pages.map((p) => ({
          page: p.page,
          width: round(p.width),
          height: round(p.height),
          words: p.words.map((w) => ({ text: w.text, rect: w.rect.map(round) as [number, number, number, number] })),
        })),
      };
      await writeOut(JSON.stringify(out) + '\n');
    } else {
      // Pages end with a form feed, as pdftotext writes them.
      await writeOut(pages.map((p) => `${p.text}\n\f`).join(''));
    }
    return 0;
  },
};

function writeOut(s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(s, (err) => (err ? reject(err) : resolve()));
  });
}
