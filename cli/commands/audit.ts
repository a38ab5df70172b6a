/**
 * `lakstift audit verify <dossier file>` (issue #15): checks the dossier's hash-chained audit
 * log. Exit 0 when it is intact, 1 when it is not (naming the first broken entry), 2 for a
 * wrong command line.
 */
import { verifyDossierFile } from '../../node/dossierStore';
import { CliError, parseCli, type Command } from '../util';

const USAGE = 'lakstift audit verify <dossier file>';

export const auditCommand: Command = {
  name: 'audit',
  usage: USAGE,
  async run(args) {
    const { positionals } = parseCli(args, {});
    const [verb, file, ...rest] = positionals;
    if (verb !== 'verify') throw new CliError(`${verb ? `unknown audit command "${verb}"` : 'name what to do'}; usage: ${USAGE}`);
    if (!file || rest.length > 0) throw new CliError(`name one dossier file; usage: ${USAGE}`);
    const check = await verifyDossierFile(file);
    if (check.status === 'intact') {
      process.stdout.write(`${file}: ${check.message} Head ${check.head}.\n`);
      return 0;
    }
    process.stderr.write(`lakstift audit: ${file}: ${check.message}\n`);
    return 1;
  },
};
