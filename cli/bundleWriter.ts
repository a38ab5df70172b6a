/**
 * Writing a bundle folder all at once or not at all: files go into a hidden staging folder
 * beside the output folder, and only when the whole bundle is complete (every PDF verified) is
 * the staging folder renamed to the output name. A failure, a Ctrl-C or a crash leaves the
 * output folder as it was (absent, or the previous bundle).
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { fsyncDir, writeDurably } from './dossierStore';
import { CliError } from './util';

/**
 * Checks that `outdir` may receive a bundle: absent, an empty folder, or (with force) a folder
 * that contains none of the inputs. Throws one sentence otherwise.
 */
export async function checkOutdir(outdir: string, opts: { force: boolean; inputs: readonly string[]; zip: boolean }): Promise<void> {
  const abs = path.resolve(outdir);
  for (const input of opts.inputs) {
    const i = path.resolve(input);
    if (i === abs || i.startsWith(abs + path.sep)) {
      throw new CliError(`the output folder ${outdir} contains the input ${input}; choose an output folder outside the inputs.`);
    }
  }
  let st;
  try {
    st = await lstat(abs);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new CliError(`cannot use ${outdir} (${(e as NodeJS.ErrnoException).code}); check the path.`);
  }
  if (st && !st.isDirectory()) throw new CliError(`${outdir} exists and is not a folder; choose another output folder.`);
  if (st && !opts.force) {
    const entries = await readdir(abs);
    if (entries.length > 0) throw new CliError(`the output folder ${outdir} is not empty; choose an empty folder or add --force to replace it.`);
  }
  if (opts.zip && !opts.force) {
    try {
      await lstat(`${abs}.zip`);
      throw new CliError(`${outdir}.zip already exists; remove it or add --force to replace it.`);
    } catch (e) {
      if (e instanceof CliError) throw e;
    }
  }
  // `-o out/besluit` on a fresh checkout: make the parent folders, as the user evidently wants
  // them (only the bundle itself is staged and renamed into place).
  try {
    await mkdir(path.dirname(abs), { recursive: true });
  } catch (e) {
    throw new CliError(`cannot create the folder that should hold ${outdir} (${(e as NodeJS.ErrnoException).code ?? 'error'}); check the path.`);
  }
}

/** A bundle being written. */
export interface StagedBundle {
  /** The hidden staging folder. */
  dir: string;
  /** Writes one file into the staging folder (fsynced). */
  write(name: string, bytes: Uint8Array): Promise<void>;
  /** Moves the staging folder into place (replacing an old bundle) and writes the zip if asked. */
  commit(opts: { zip: boolean }): Promise<void>;
  /** Removes the staging folder. */
  discard(): Promise<void>;
}

/**
 * Creates the staging folder beside `outdir` (same file system, so the final rename is atomic).
 *
 * @example
 *   const staged = await stageBundle('besluit');
 *   try { await buildBundle({ …, sink: staged.write }); await staged.commit({ zip: false }); }
 *   catch (e) { await staged.discard(); throw e; }
 */
export async function stageBundle(outdir: string): Promise<StagedBundle> {
  const abs = path.resolve(outdir);
  const parent = path.dirname(abs);
  const tag = randomBytes(5).toString('hex');
  const dir = path.join(parent, `.${path.basename(abs)}.lakstift-${tag}.partial`);
  await mkdir(dir, { recursive: false, mode: 0o755 });
  const written: string[] = [];
  return {
    dir,
    async write(name, bytes) {
      if (name.includes('/') || name.includes('\\') || name.startsWith('.')) throw new Error(`unsafe bundle file name ${name}`);
      const file = path.join(dir, name);
      let fh;
      try {
        fh = await open(file, 'wx', 0o644);
        await fh.writeFile(bytes);
        await fh.sync();
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOSPC') throw new CliError(`the disk is full while writing the bundle; free some space and run again.`);
        throw new CliError(`cannot write ${name} into the bundle (${code ?? (e as Error).message}); check the disk and the path.`);
      } finally {
        await fh?.close().catch(() => {});
      }
      written.push(name);
    },
    async commit({ zip }) {
      await fsyncDir(dir);
      let old: string | undefined;
      try {
        await lstat(abs);
        old = path.join(parent, `.${path.basename(abs)}.lakstift-${tag}.old`);
        await rename(abs, old);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new CliError(`cannot replace ${outdir} (${(e as NodeJS.ErrnoException).code}); close programs that use it and run again.`);
      }
      try {
        await rename(dir, abs);
      } catch (e) {
        if (old) await rename(old, abs).catch(() => {});
        throw new CliError(`cannot move the bundle into ${outdir} (${(e as NodeJS.ErrnoException).code}); the previous content is unchanged.`);
      }
      await fsyncDir(parent);
      if (old) await rm(old, { recursive: true, force: true });
      if (zip) {
        const files: Zippable = {};
        for (const name of written) files[name] = new Uint8Array(await readFile(path.join(abs, name)));
        // PDFs and XLSX are compressed already; level 6 still shrinks the CSV/JSON/Markdown.
        await writeDurably(`${abs}.zip`, zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') }));
      }
    },
    async discard() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The PDFs named on the command line: files as given, folders searched recursively for *.pdf
 * (hidden entries skipped), each folder's files in natural order ("2" before "10"). Duplicates
 * are dropped, so the numbering is stable from run to run.
 */
export async function collectPdfs(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = path.resolve(f);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(f);
    }
  };
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => !e.name.startsWith('.'))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl', { numeric: true, sensitivity: 'base' }));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && /\.pdf$/i.test(e.name)) add(p);
    }
  };
  for (const a of args) {
    let st;
    try {
      st = await lstat(a);
    } catch {
      throw new CliError(`${a} does not exist; check the path.`);
    }
    if (st.isDirectory()) {
      const before = out.length;
      await walk(a);
      if (out.length === before) throw new CliError(`the folder ${a} holds no PDF files; name a folder with PDFs.`);
    } else add(a);
  }
  return out;
}
