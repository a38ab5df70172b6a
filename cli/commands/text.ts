/** `lakstift text <file.pdf> [--json]`: the page text, or words with boxes (DESIGN.md contract). */
import type { TextOutput } from '../../shared/contract';
import { LakstiftError, withFile } from '../../shared/errors';
import { interpretPage, pageText } from '../../shared/pdf';
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
    if (positionals.length !== 1) throw new CliError({ en: 'text takes exactly one PDF; usage: lakstift text <file.pdf> [--json].', nl: 'text neemt precies één PDF; gebruik: lakstift text <bestand.pdf> [--json].' });
    const file = positionals[0];
    const { pdf } = await openInputPdf(file, { password: values.password });
    // One page at a time, written as soon as it is done: memory stays flat for 1,000-page files.
    const out = new BufferedOut();
    if (values.json) out.write('{"pages":[');
    for (let n = 1; n <= pdf.pageCount; n++) {
      let p;
      try {
        p = pageText(interpretPage(pdf, n - 1, { marks: false }), n);
      } catch (e) {
        if (e instanceof LakstiftError) throw withFile(e, file);
        throw e;
      }
      if (values.json) {
        const page: TextOutput['pages'][number] = {
          page: p.page,
          width: round(p.width),
          height: round(p.height),
          words: p.words.map((w) => ({ text: w.text, rect: w.rect.map(round) as [number, number, number, number] })),
        };
        out.write((n > 1 ? ',' : '') + JSON.stringify(page));
      } else {
        // Pages end with a form feed, as pdftotext writes them.
        out.write(`${p.text}\n\f`);
      }
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
