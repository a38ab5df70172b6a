/**
 * `lakstift suggest <file.pdf>... [--law wob|woo] [--password <pw>]`: suggestions per document
 * as the JSON of DESIGN.md's contract, with what was deliberately left readable in `kept`.
 */
import type { Law, SuggestDocument, SuggestOutput } from '../../shared/contract';
import { LakstiftError, withFile } from '../../shared/errors';
import { textOfPages } from '../../shared/pdf';
import { suggestDocument } from '../../shared/detect';
import { openInputPdf } from '../pdfInput';
import { CliError, parseCli, type Command } from '../util';

export const suggestCommand: Command = {
  name: 'suggest',
  usage: 'lakstift suggest <file.pdf>... [--law wob|woo] [--password <pw>] [--allow <name>]... [--switchboard <number>]...',
  async run(args) {
    const { values, positionals } = parseCli(args, {
      law: { type: 'string' },
      password: { type: 'string' },
      allow: { type: 'string', multiple: true },
      switchboard: { type: 'string', multiple: true },
    });
    if (positionals.length === 0) throw new CliError('suggest needs at least one PDF; usage: lakstift suggest <file.pdf>... [--law wob|woo].');
    const lawArg = (values.law ?? 'wob').toLowerCase();
    if (lawArg !== 'wob' && lawArg !== 'woo') throw new CliError(`--law must be "wob" or "woo", not "${values.law}".`);
    const law: Law = lawArg;
    const documents: SuggestDocument[] = [];
    for (const file of positionals) {
      const { pdf } = await openInputPdf(file, { password: values.password });
      let pages;
      try {
        pages = textOfPages(pdf, undefined, { compact: true });
      } catch (e) {
        if (e instanceof LakstiftError) throw withFile(e, file);
        throw e;
      }
      const { suggestions, kept } = suggestDocument(pages, { law, allowlist: values.allow, switchboards: values.switchboard });
      documents.push({ file, pageCount: pages.length, suggestions, kept });
    }
    const out: SuggestOutput = { law, documents };
    await new Promise<void>((resolve, reject) => process.stdout.write(`${JSON.stringify(out)}\n`, (err) => (err ? reject(err) : resolve())));
    return 0;
  },
};
