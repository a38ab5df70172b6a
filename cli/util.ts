/** Small pieces shared by the CLI commands: argument parsing, safe file I/O, errors. */
import { readFile, writeFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Law } from '../shared/contract';
import { LakstiftError, type LakstiftErrorCode, type Messages } from '../shared/errors';

export interface Command {
  name: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

/**
 * A user-facing error of the command line: a code (shared/errors.ts; `usage` unless said),
 * one sentence in English and Dutch, and the exit code to use (2 for usage, 1 otherwise).
 */
export class CliError extends LakstiftError {
  constructor(message: string | Messages, readonly exitCode = 2, code: LakstiftErrorCode = 'usage') {
    super(code, message);
  }
}

/** What parseCli returns for a given options table. */
export type ParsedCli<T extends ParseArgsConfig['options']> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>>;

/** parseArgs with errors turned into one clear sentence. */
export function parseCli<T extends ParseArgsConfig['options']>(args: string[], options: T, allowPositionals = true): ParsedCli<T> {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (e) {
    const why = (e as Error).message.replace(/\.$/, '');
    throw new CliError({ en: `${why}; run "lakstift --help" for the options.`, nl: `onjuiste opdracht (${why}); zie "lakstift --help" voor de opties.` });
  }
}

/** `--law wob|woo` (absent: undefined), one sentence otherwise. */
export function parseLaw(v: string | undefined): Law | undefined {
  if (v === undefined) return undefined;
  if (v === 'wob' || v === 'woo') return v;
  throw new CliError({ en: `--law must be "wob" or "woo", not "${v}".`, nl: `--law moet "wob" of "woo" zijn, niet "${v}".` });
}

/** Reads an input file, with a clear sentence when it is missing or a folder. */
export async function readInput(file: string): Promise<Uint8Array> {
  let st;
  try {
    st = await stat(file);
  } catch {
    throw new CliError({ en: `${file} does not exist; check the path.`, nl: `${file} bestaat niet; controleer het pad.` }, 1, 'not-found');
  }
  if (st.isDirectory()) throw new CliError({ en: `${file} is a folder, not a file; name a PDF inside it.`, nl: `${file} is een map, geen bestand; noem een PDF erin.` });
  let buf;
  try {
    buf = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new CliError({ en: `cannot read ${file} (${code}); check its permissions.`, nl: `kan ${file} niet lezen (${code}); controleer de rechten.` }, 1, 'io');
  }
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** True when two paths name the same file (so an output would overwrite its input). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

export { readFile, writeFile };
