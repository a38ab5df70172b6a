/**
 * `lakstift review <dossier file> -o <outdir>` (issue #15): the export for the legal reviewer
 * and objection procedures: review copies with /Redact annotations over the unredacted text,
 * the redaction log with the motivation per ground (CSV, PDF) and the audit log. Internal:
 * it must never be published, so it is refused inside a bundle folder's name space only by
 * the person's care; the files say so.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createEngines } from '../../shared/engine';
import { loadDossier } from '../../node/dossierStore';
import { nodeHost } from '../../node/host';
import { checkOutdir, stageBundle } from '../bundleWriter';
import { CliError, parseCli, type Command } from '../util';

const USAGE = 'lakstift review <dossier file> -o <outdir> [--force] [--password <pw>]';

export const reviewCommand: Command = {
  name: 'review',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseCli(args, {
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      password: { type: 'string' },
    });
    if (positionals.length !== 1) throw new CliError(`name one dossier file; usage: ${USAGE}`);
    const outdir = values.output;
    if (!outdir) throw new CliError(`name the output folder with -o <outdir>; usage: ${USAGE}`);
    const file = positionals[0];
    const dossier = await loadDossier(file);
    const base = path.dirname(path.resolve(file));
    const resolve = (p: string) => (path.isAbsolute(p) ? p : path.join(base, p));
    await checkOutdir(outdir, { force: Boolean(values.force), inputs: [file, ...dossier.documents.map((x) => resolve(x.path))], zip: false });
    const engines = createEngines(nodeHost({ password: values.password }));
    const staged = await stageBundle(outdir);
    try {
      const { files } = await engines.buildReviewExport({
        dossier,
        at: new Date(),
        original: async (doc) => {
          try {
            return new Uint8Array(await readFile(resolve(doc.path)));
          } catch (e) {
            const code = (e as NodeJS.ErrnoException).code;
            throw new CliError(`the original ${doc.path} of the dossier cannot be read (${code === 'ENOENT' ? 'it is missing' : code}); put it back or update its path in the app.`);
          }
        },
        sink: (name, bytes) => staged.write(name, bytes),
      });
      await staged.commit({ zip: false });
      const copies = files.filter((f) => f.startsWith('documenten/')).length;
      process.stdout.write(`Review export written to ${outdir}: ${copies} review cop${copies === 1 ? 'y' : 'ies'} with redaction marks, the redaction log (CSV, PDF) and the audit log. It shows every redacted text: do not publish it.\n`);
      return 0;
    } catch (e) {
      await staged.discard();
      throw e;
    }
  },
};
