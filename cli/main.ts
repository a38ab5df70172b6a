/**
 * The `lakstift` command line (DESIGN.md "Command line contract"). Each command is a small
 * module in cli/commands/; this file only dispatches and turns errors into one sentence.
 */
import { LakstiftError } from '../shared/errors';
import { CliError, type Command } from './util';
import { textCommand } from './commands/text';
import { suggestCommand } from './commands/suggest';
import { redactCommand } from './commands/redact';
import { verifyCommand } from './commands/verify';
import { bundleCommand } from './commands/bundle';

const COMMANDS: Command[] = [textCommand, suggestCommand, redactCommand, verifyCommand, bundleCommand];

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
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`lakstift: unknown command "${name}"; run "lakstift --help" for the list.\n`);
    return 2;
  }
  try {
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
  }
}

declare const __LAKSTIFT_VERSION__: string | undefined;
export const VERSION = typeof __LAKSTIFT_VERSION__ === 'string' ? __LAKSTIFT_VERSION__ : '0.1.0';
