/**
 * The `lakstift` command line (DESIGN.md "Command line contract"). Each command is a small
 * module in cli/commands/; this file only dispatches and turns errors into one sentence.
 */
import { asLakstiftError, type Language } from '../shared/errors';
import { useNativeZlib } from '../node/zlib';
import { boundHeapGrowth } from './heap';
import { CliError, type Command } from './util';
import { VERSION } from './version';

export { VERSION };

/**
 * Commands load on demand: `lakstift text` should not pay for the name lexicons of
 * `suggest`, nor `--help` for pdf.js.
 */
const COMMANDS: { name: string; usage: string; load: () => Promise<Command> }[] = [
  { name: 'text', usage: 'lakstift text <file.pdf> [--json] [--password <pw>] [--jobs <n>]', load: async () => (await import('./commands/text')).textCommand },
  { name: 'suggest', usage: 'lakstift suggest <file.pdf>... [--law wob|woo] [--password <pw>] [--jobs <n>]', load: async () => (await import('./commands/suggest')).suggestCommand },
  { name: 'redact', usage: 'lakstift redact <in.pdf> -o <out.pdf> (--accept-all | --decisions <file.json>) [--law wob|woo] [--fill black|grey] [--password <pw>] [--jobs <n>]', load: async () => (await import('./commands/redact')).redactCommand },
  { name: 'verify', usage: 'lakstift verify <redacted.pdf> --decisions <file.json> [--password <pw>]', load: async () => (await import('./commands/verify')).verifyCommand },
  { name: 'review', usage: 'lakstift review <dossier file> -o <outdir> [--force] [--password <pw>]', load: async () => (await import('./commands/review')).reviewCommand },
  { name: 'audit', usage: 'lakstift audit verify <dossier file>', load: async () => (await import('./commands/audit')).auditCommand },
  { name: 'bundle', usage: 'lakstift bundle <pdf or folder>... -o <outdir> --accept-all (--case <zaaknummer> | --matter <m>) [--law wob|woo] [--organisation <name>] [--zip] [--force] [--jobs <n>] | bundle --dossier <file.json> -o <outdir> [--jobs <n>]', load: async () => (await import('./commands/bundle')).bundleCommand },
];

function usage(): string {
  return ['usage: lakstift <command> [options]', '', ...COMMANDS.map((c) => `  ${c.usage}`), '',
    'every command also takes --lang nl|en (the language of error messages) and --debug (a stack trace with an error)',
    '--jobs <n>: worker threads for reading and verifying (default: 1) and for OCR (default: one per core); the output is the same with any number', ''].join('\n');
}

/**
 * Runs one command. Every failure ends as one line on stderr, "lakstift <command>: <sentence>
 * [<code>]", in English, or in Dutch with --lang nl (or LAKSTIFT_LANG=nl); --debug (or
 * LAKSTIFT_DEBUG=1) adds the stack trace. Exit codes: 2 for a wrong command line, 1 for a
 * file or input that fails, 70 for a bug.
 */
export async function main(argv: string[]): Promise<number> {
  useNativeZlib();
  boundHeapGrowth();
  const { args, debug, lang } = globalOptions(argv);
  const [name, ...rest] = args;
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
    const msg = lang === 'nl' ? `onbekende opdracht "${name}"; zie "lakstift --help" voor de lijst.` : `unknown command "${name}"; run "lakstift --help" for the list.`;
    process.stderr.write(`lakstift: ${msg} [usage]\n`);
    return 2;
  }
  try {
    const cmd = await entry.load();
    return await cmd.run(rest);
  } catch (e) {
    // Anything else is a bug, not bad input: still one sentence, which says to report it.
    const err = asLakstiftError(e);
    process.stderr.write(`lakstift ${name}: ${err.text(lang)} [${err.code}]\n`);
    if (debug) process.stderr.write(`${((err.cause ?? err) as Error)?.stack ?? ''}\n`);
    if (err instanceof CliError) return err.exitCode;
    return err.code === 'internal' ? 70 : err.code === 'usage' ? 2 : 1;
  } finally {
    // OCR and job workers (worker_threads) would keep the process alive.
    await (await import('../node/ocr')).shutdownOcr();
    await (await import('../node/jobs')).shutdownJobs();
  }
}

/** --debug and --lang nl|en, anywhere on the line, taken out before the command parses its own. */
function globalOptions(argv: string[]): { args: string[]; debug: boolean; lang: Language } {
  const args: string[] = [];
  let debug = Boolean(process.env.LAKSTIFT_DEBUG);
  let lang: Language = process.env.LAKSTIFT_LANG === 'nl' ? 'nl' : 'en';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--debug') debug = true;
    else if (a === '--lang' && (argv[i + 1] === 'nl' || argv[i + 1] === 'en')) lang = argv[++i] as Language;
    else if (a === '--lang=nl' || a === '--lang=en') lang = a.slice(7) as Language;
    else args.push(a);
  }
  return { args, debug, lang };
}
