/** Small pieces shared by the CLI commands: argument parsing, safe file I/O, errors. */
import { readFile, writeFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Law } from '../shared/contract';

export interface Command {
  name: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

/** A user-facing error of the command line: one sentence, and the exit code to use. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

/** What parseCli returns for a given options table. */
export type ParsedCli<T extends ParseArgsConfig['options']> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>>;

/** parseArgs with errors turned into one clear sentence. */
export function parseCli<T extends ParseArgsConfig['options']>(args: string[], options: T, allowPositionals = true): ParsedCli<T> {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (e) {
    throw new CliError(`${(e as Error).message.replace(/\.$/, '')}; run "lakstift --help" for the options.`);
  }
}

/** `--law wob|woo` (absent: undefined), one sentence otherwise. */
export function parseLaw(v: string | undefined): Law | undefined {
  if (v === undefined) return undefined;
  if (v === 'wob' || v === 'woo') return v;
  throw new CliError(`--law must be "wob" or "woo", not "${v}".`);
}

/** Reads an input file, with a clear sentence when it is missing or a folder. */
export async function readInput(file: string): Promise<Uint8Array> {
  let st;
  try {
    st = await stat(file);
  } catch {
    throw new CliError(`${file} does not exist; check the path.`);
  }
  if (st.isDirectory()) throw new CliError(`${file} is a folder, not a file; name a PDF inside it.`);
  const buf = await readFile(file);
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
