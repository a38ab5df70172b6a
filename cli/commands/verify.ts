/**
 * `lakstift verify <redacted.pdf> --decisions <file.json> [--password pw] [--json]`: exit 0 when
 * nothing under the boxes can be extracted and the redacted texts appear nowhere in the file;
 * exit 1 with the list of findings otherwise.
 */
import { verifyPdf } from '../../shared/verify';
import { nodeHost } from '../../node/host';
import { CliError, parseCli, readInput, type Command } from '../util';
import { readDecisionsFile } from './redact';

const USAGE = 'lakstift verify <redacted.pdf> --decisions <file.json> [--password pw] [--json]';

export const verifyCommand: Command = {
  name: 'verify',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseCli(args, {
      decisions: { type: 'string' },
      password: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new CliError({ en: `give exactly one redacted PDF; usage: ${USAGE}`, nl: `geef precies één gelakte PDF; gebruik: ${USAGE}` });
    if (!values.decisions) throw new CliError({ en: `name the decisions with --decisions <file.json>; usage: ${USAGE}`, nl: `noem de besluiten met --decisions <bestand.json>; gebruik: ${USAGE}` });
    const file = positionals[0];
    const bytes = await readInput(file);
    const decisions = await readDecisionsFile(values.decisions, file);
    const host = nodeHost();
    const result = await verifyPdf(bytes, decisions, {
      pdfjs: await host.pdfjs(), password: values.password, loadPredefinedCMap: host.loadCMap, ...host.pdfjsData,
    });
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ file, ...result }, null, 2)}\n`);
    } else {
      for (const f of result.findings) {
        process.stdout.write(`${file}: ${f.severity === 'leak' ? 'LEAK' : 'warning'}: ${f.message}\n`);
      }
      process.stdout.write(result.clean
        ? `${file}: clean (${result.pagesChecked} pages, ${result.boxesChecked} boxes, ${result.textsSearched} texts searched)\n`
        : `${file}: NOT clean: ${result.findings.filter((f) => f.severity === 'leak').length} finding(s)\n`);
    }
    return result.clean ? 0 : 1;
  },
};
