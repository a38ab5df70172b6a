/**
 * The `lakstift` command line (DESIGN.md "Command line contract"). Each command is a small
 * module in cli/commands/; this file only dispatches and turns errors into one sentence.
 */
import { LakstiftError } from '../shared/errors';
import { CliError, type Command } from './util';
import { VERSION } from './version';

export { VERSION };

/**
 * Commands load on demand: `lakstift text` should not pay for the name lexicons of
 * `suggest`, nor `--help` for pdf.js.
 */
const COMMANDS: { name: string; usage: string; load: () => Promise<Command> }[] = [
  { name: 'text', usage: 'lakstift text <file.pdf> [--json] [--password <pw>]', load: async () => (await import('./commands/text')).textCommand },
  { name: 'suggest', usage: 'lakstift suggest <file.pdf>... [--law wob|woo] [--password <pw>]', load: async () => (await import('./commands/suggest')).suggestCommand },
  { name: 'redact', usage: 'lakstift redact <in.pdf> -o <out.pdf> (--accept-all | --decisions <file.json>) [--law wob|woo] [--fill black|grey] [--password <pw>]', load: async () => (await import('./commands/redact')).redactCommand },
  { name: 'verify', usage: 'lakstift verify <redacted.pdf> --decisions <file.json> [--password <pw>]', load: async () => (await import('./commands/verify')).verifyCommand },
  { name: 'bundle', usage: 'lakstift bundle <pdf or folder>... -o <outdir> --accept-all (--case <zaaknummer> | --matter <m>) [--law wob|woo] [--organisation <name>] [--zip] [--force] | bundle --dossier <file.json> -o <outdir>', load: async () => (await import('./commands/bundle')).bundleCommand },
];

function usage(): string {
  return ['usage: lakstift <command> [options]', '', ...COMMANDS.map((c) => `  ${c.usage}`), ''].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(`lakstift: unknown command "${name}"; run "lakstift --help" for the list.\n`);
    return 2;
  }
  try {
    const cmd = await entry.load();
    return await cmd.run(rest);
  } catch (e) {
    if (e instanceof CliError || e instanceof LakstiftError) {
      process.stderr.write(`lakstift ${name}: ${e.message}\n`);
      return e instanceof CliError ? e.exitCode : 1;
    }
    // An internal bug, not bad input: still one line by default, the stack with LAKSTIFT_DEBUG=1.
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`lakstift ${name}: internal error: ${msg}; please report it (set LAKSTIFT_DEBUG=1 for details).\n`);
    if (process.env.LAKSTIFT_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    return 70;
  } finally {
    // OCR workers (worker_threads) would keep the process alive.
    await (await import('../node/ocr')).shutdownOcr();
  }
}

