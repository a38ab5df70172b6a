/**
 * Writing a bundle folder all at once or not at all: files go into a hidden staging folder
 * beside the output folder, and only when the whole bundle is complete (every PDF verified) is
 * the staging folder renamed to the output name. A failure, a Ctrl-C or a crash leaves the
 * output folder as it was (absent, or the previous bundle).
 */
import { lstat, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { writeFileAtomic } from '../node/files';
import { stageFolder } from '../node/staging';
import { walkPdfs } from '../node/walk';
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
      throw new CliError({ en: `the output folder ${outdir} contains the input ${input}; choose an output folder outside the inputs.`, nl: `de uitvoermap ${outdir} bevat de invoer ${input}; kies een uitvoermap buiten de invoer.` }, 2, 'output-is-input');
    }
  }
  let st;
  try {
    st = await lstat(abs);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new CliError({ en: `cannot use ${outdir} (${(e as NodeJS.ErrnoException).code}); check the path.`, nl: `kan ${outdir} niet gebruiken (${(e as NodeJS.ErrnoException).code}); controleer het pad.` }, 1, 'io');
  }
  if (st && !st.isDirectory()) throw new CliError({ en: `${outdir} exists and is not a folder; choose another output folder.`, nl: `${outdir} bestaat al en is geen map; kies een andere uitvoermap.` });
  if (st && !opts.force) {
    const entries = await readdir(abs);
    if (entries.length > 0) throw new CliError({ en: `the output folder ${outdir} is not empty; choose an empty folder or add --force to replace it.`, nl: `de uitvoermap ${outdir} is niet leeg; kies een lege map of voeg --force toe om haar te vervangen.` }, 2, 'output-exists');
  }
  if (opts.zip && !opts.force) {
    try {
      await lstat(`${abs}.zip`);
      throw new CliError({ en: `${outdir}.zip already exists; remove it or add --force to replace it.`, nl: `${outdir}.zip bestaat al; verwijder het of voeg --force toe om het te vervangen.` }, 2, 'output-exists');
    } catch (e) {
      if (e instanceof CliError) throw e;
    }
  }
  // `-o out/besluit` on a fresh checkout: make the parent folders, as the user evidently wants
  // them (only the bundle itself is staged and renamed into place).
  try {
    await mkdir(path.dirname(abs), { recursive: true });
  } catch (e) {
    throw new CliError({ en: `cannot create the folder that should hold ${outdir} (${(e as NodeJS.ErrnoException).code ?? 'error'}); check the path.`, nl: `kan de map voor ${outdir} niet aanmaken (${(e as NodeJS.ErrnoException).code ?? 'fout'}); controleer het pad.` }, 1, 'io');
  }
}

/** A bundle being written: the Node layer's staged folder, plus the zip the command line offers. */
export interface StagedBundle {
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
 *   try { await engines.buildBundle({ …, sink: staged.write }); await staged.commit({ zip: false }); }
 *   catch (e) { await staged.discard(); throw e; }
 */
export async function stageBundle(outdir: string): Promise<StagedBundle> {
  const abs = path.resolve(outdir);
  const staged = await stageFolder(path.dirname(abs), path.basename(abs));
  return {
    write: (name, bytes) => staged.write(name, bytes),
    async commit({ zip }) {
      await staged.commit(abs, { replace: true });
      if (zip) {
        const files: Zippable = {};
        for (const name of staged.written) files[name] = new Uint8Array(await readFile(path.join(abs, name)));
        // PDFs and XLSX are compressed already; level 6 still shrinks the CSV/JSON/Markdown.
        await writeFileAtomic(`${abs}.zip`, zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') }));
      }
    },
    discard: () => staged.discard(),
  };
}

/**
 * The PDFs named on the command line: files as given, folders searched recursively for *.pdf
 * (hidden entries skipped), each folder's files in natural order ("2" before "10"). Duplicates
 * are dropped, so the numbering is stable from run to run.
 */
export async function collectPdfs(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const e of await walkPdfs(args, { maxDepth: 64, maxFiles: 1_000_000 })) {
    if (e.kind === 'missing') throw new CliError({ en: `${e.path} does not exist; check the path.`, nl: `${e.path} bestaat niet; controleer het pad.` }, 1, 'not-found');
    if (e.kind === 'folder' && e.pdfs.length === 0) throw new CliError({ en: `the folder ${e.path} holds no PDF files; name a folder with PDFs.`, nl: `de map ${e.path} bevat geen PDF-bestanden; noem een map met PDF’s.` }, 1, 'not-found');
    // A symbolic link named on the command line is what the person chose: read what it points to.
    out.push(...(e.kind === 'other' ? [e.path] : e.pdfs));
  }
  return out;
}
