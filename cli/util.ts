/** Small pieces shared by the CLI commands: argument parsing, safe file I/O, errors. */
import { open, readFile, writeFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Law } from '../shared/contract';
import type { NodeOcrOptions } from '../node/ocr';
import type { EngineHost } from '../shared/engine';
import { nodeHost } from '../node/host';
import { nodeJobRunner } from '../node/jobs';
import { LakstiftError, type LakstiftErrorCode, type Messages } from '../shared/errors';
import { MODEL_BUDGET_PAGES } from '../shared/pageModels';

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

/**
 * Reads an input file, with a clear sentence when it is missing or a folder. With `shared`,
 * into a SharedArrayBuffer, for a command whose workers read the file (see readShared).
 */
export async function readInput(file: string, opts: { shared?: boolean } = {}): Promise<Uint8Array> {
  let st;
  try {
    st = await stat(file);
  } catch {
    throw new CliError({ en: `${file} does not exist; check the path.`, nl: `${file} bestaat niet; controleer het pad.` }, 1, 'not-found');
  }
  if (st.isDirectory()) throw new CliError({ en: `${file} is a folder, not a file; name a PDF inside it.`, nl: `${file} is een map, geen bestand; noem een PDF erin.` });
  try {
    if (opts.shared) return await readShared(file);
    const buf = await readFile(file);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new CliError({ en: `cannot read ${file} (${code}); check its permissions.`, nl: `kan ${file} niet lezen (${code}); controleer de rechten.` }, 1, 'io');
  }
}

/**
 * The file read straight into shared memory, which worker threads read without a copy of
 * their own (node/jobs.ts `fileRef` takes such bytes as they are): one copy of the file in the
 * process instead of one here and one shared (issue #17; 112 MB for the 10,000-page bench
 * dossier). A file that grows while it is read is read to its end.
 */
async function readShared(file: string): Promise<Uint8Array> {
  const fh = await open(file, 'r');
  try {
    let out = new Uint8Array(new SharedArrayBuffer((await fh.stat()).size));
    let at = 0;
    for (;;) {
      if (at === out.length) {
        // Grown since the stat (or empty): one more read tells.
        const probe = new Uint8Array(64 * 1024);
        const { bytesRead } = await fh.read(probe, 0, probe.length, at);
        if (bytesRead === 0) return out;
        const bigger = new Uint8Array(new SharedArrayBuffer(out.length * 2 + bytesRead));
        bigger.set(out);
        bigger.set(probe.subarray(0, bytesRead), at);
        out = bigger;
        at += bytesRead;
        continue;
      }
      const { bytesRead } = await fh.read(out, at, out.length - at, at);
      if (bytesRead === 0) return out.subarray(0, at);
      at += bytesRead;
    }
  } finally {
    await fh.close();
  }
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

/** The OCR options every reading command takes (issue #12). */
export const OCR_OPTIONS = {
  'no-ocr': { type: 'boolean' },
  tessdata: { type: 'string' },
  jobs: { type: 'string' },
  'no-ocr-cache': { type: 'boolean' },
} as const;

/**
 * --jobs: worker threads for reading and verifying (issue #17). When not given, `byDefault`:
 * one thread for a single document, because each worker parses the whole file again and on a
 * 2-core machine `text` and `suggest` of the 1,000-page bench file took about twice the wall
 * time and twice the CPU with 2 workers. With 1 everything runs in this thread; the output is
 * the same either way. (OCR keeps its own pool, one worker per core: ocrOptions.)
 */
export function jobsOption(values: { jobs?: string }, byDefault: number = 1): number {
  if (values.jobs === undefined) return byDefault;
  const jobs = Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new CliError({ en: `--jobs must be a whole number from 1 to 64, not "${values.jobs}".`, nl: `--jobs moet een geheel getal van 1 tot en met 64 zijn, niet "${values.jobs}".` });
  return jobs;
}

/** The Node host for a command's flags: password, OCR, and --jobs worker threads. */
export function commandHost(values: { 'no-ocr'?: boolean; tessdata?: string; jobs?: string; 'no-ocr-cache'?: boolean }, password: string | undefined, byDefault: number = 1): EngineHost {
  const host = nodeHost({ password, ocr: ocrOptions(values) });
  const runner = nodeJobRunner(jobsOption(values, byDefault));
  return runner ? { ...host, jobs: runner } : host;
}

/**
 * `fn` over `items` with at most `limit` running at once; the results in the order of `items`
 * (so that output does not depend on which finished first). When items fail, the error of the
 * first failing one in order is thrown, as a loop one item at a time would have: nothing after
 * it is started once it failed.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  let firstFailed = Infinity;
  let error: unknown;
  const lane = async () => {
    while (next < items.length && next < firstFailed) {
      const i = next++;
      try {
        out[i] = await fn(items[i]!, i);
      } catch (e) {
        if (i < firstFailed) {
          firstFailed = i;
          error = e;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  if (firstFailed !== Infinity) throw error;
  return out;
}

/** The usage text of OCR_OPTIONS. */
export const OCR_USAGE = '[--no-ocr] [--tessdata <folder>] [--jobs <n>] [--no-ocr-cache]';

/** The Node host's OCR options from parsed flags. */
export function ocrOptions(values: { 'no-ocr'?: boolean; tessdata?: string; jobs?: string; 'no-ocr-cache'?: boolean }): NodeOcrOptions {
  if (values['no-ocr']) return { off: 'OCR was switched off (--no-ocr)' };
  const jobs = values.jobs !== undefined ? jobsOption(values) : undefined;
  return {
    ...(values.tessdata ? { tessdata: values.tessdata } : {}),
    ...(jobs ? { jobs } : {}),
    ...(values['no-ocr-cache'] ? { cacheDir: false as const } : {}),
  };
}

/** Says once on stderr why pages were not read (no language data, OCR failed), naming the file and pages. */
export function reportUnread(file: string, unread: readonly { page: number; reason: string }[]): void {
  if (unread.length === 0) return;
  const byReason = new Map<string, number[]>();
  for (const u of unread) byReason.set(u.reason, [...(byReason.get(u.reason) ?? []), u.page]);
  for (const [reason, pages] of byReason) {
    process.stderr.write(`lakstift: ${file}: page${pages.length === 1 ? '' : 's'} ${pages.join(', ')} ha${pages.length === 1 ? 's' : 've'} no text layer and could not be read: ${reason}.\n`);
  }
}

/** A one-line OCR progress counter on stderr, redrawn in place; silent when stderr is not a terminal. */
export function ocrProgress(file: string): { update(done: number, total: number): void; end(): void } {
  const tty = Boolean(process.stderr.isTTY);
  let drawn = false;
  return {
    update(done, total) {
      if (!tty) return;
      process.stderr.write(`\r\x1b[2KOCR ${path.basename(file)}: ${done}/${total} pages`);
      drawn = true;
    },
    end() {
      if (drawn) process.stderr.write('\r\x1b[2K');
      drawn = false;
    },
  };
}

/**
 * What the command holds of the pages it reads (issue #17): the models of the first
 * MODEL_BUDGET_PAGES pages, the rest read again when needed (shared/pageModels.ts).
 * LAKSTIFT_MODEL_PAGES=<n> sets another number (0 releases every page, as a test of the
 * reading again; a large number keeps them all, as before).
 */
export function modelBudget(env: NodeJS.ProcessEnv = process.env): { pages: number } {
  const n = env.LAKSTIFT_MODEL_PAGES === undefined || env.LAKSTIFT_MODEL_PAGES === '' ? MODEL_BUDGET_PAGES : Number(env.LAKSTIFT_MODEL_PAGES);
  return { pages: Number.isFinite(n) && n >= 0 ? Math.floor(n) : MODEL_BUDGET_PAGES };
}
