/** Small pieces shared by the CLI commands: argument parsing, safe file I/O, errors. */
import { randomBytes } from 'node:crypto';
import { readFile, writeFile, rename, open, unlink, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

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

/**
 * Writes a file atomically and durably: temporary file in the same folder, fsync, rename, fsync
 * of the folder. A crash leaves either the old file or the new one, never half of either, and
 * never a partial output.
 *
 * @example
 *   await writeFileAtomic('uit.pdf', bytes);
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fh;
  try {
    fh = await open(tmp, 'wx', 0o644);
    await fh.writeFile(data);
    await fh.sync();
    await fh.close();
    fh = undefined;
    await rename(tmp, file);
  } catch (e) {
    if (fh) await fh.close().catch(() => {});
    await unlink(tmp).catch(() => {});
    throw writeError(file, e);
  }
  await fsyncDir(dir);
}

/** fsync on a folder makes a rename in it durable; some file systems refuse it, which is harmless. */
export async function fsyncDir(dir: string): Promise<void> {
  let dh;
  try {
    dh = await open(dir, 'r');
    await dh.sync();
  } catch {
    // EISDIR/EINVAL/EPERM on some platforms (Windows): nothing more can be done there.
  } finally {
    await dh?.close().catch(() => {});
  }
}

/** One sentence for a failed write, by its error code. */
export function writeError(file: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CliError(`cannot write ${file}: its folder does not exist; create it first.`);
  if (code === 'EACCES' || code === 'EPERM') return new CliError(`cannot write ${file}: permission denied; choose another place.`);
  if (code === 'ENOSPC') return new CliError(`cannot write ${file}: the disk is full; free some space and save again.`);
  return new CliError(`cannot write ${file} (${code ?? (e as Error).message}); check the disk and the path.`);
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
