/**
 * Writing a folder of outputs all at once or not at all (the decision bundle, in both hosts):
 * files go into a hidden staging folder beside the target, and only when everything is written
 * is the staging folder renamed to the target. A failure, a cancel or a crash leaves the target
 * as it was (absent, or the previous folder).
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { IoError } from './errors';
import { fsyncDir } from './files';

/** A folder being written. */
export interface StagedFolder {
  /** The hidden staging folder. */
  readonly dir: string;
  /** Relative paths written so far, in order. */
  readonly written: readonly string[];
  /** Writes one file (forward slashes for subfolders; no "..", no hidden names), fsynced. */
  write(relPath: string, bytes: Uint8Array): Promise<void>;
  /**
   * Moves the staging folder into place. `replace`: an existing target is swapped out and
   * removed; otherwise the first free name "<target> (2)", "<target> (3)", … is taken.
   * Returns where the folder ended up.
   */
  commit(target: string, opts: { replace: boolean }): Promise<string>;
  /** Removes the staging folder. */
  discard(): Promise<void>;
}

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}

/** A path inside the folder, or an error for one that would leave it or hide in it. */
export function checkRelativePath(rel: string): string | null {
  if (rel === '' || rel.includes('\\') || rel.startsWith('/')) return `"${rel}" is not a relative path with forward slashes`;
  for (const part of rel.split('/')) {
    if (part === '' || part === '.' || part === '..' || part.startsWith('.')) return `"${rel}" has an empty, hidden or parent part`;
  }
  return null;
}

/**
 * Creates a staging folder in `parentDir` (the target's folder: same file system, so the final
 * rename is atomic).
 *
 * @example
 *   const staged = await stageFolder(path.dirname(out), path.basename(out));
 *   try { await buildBundle({ …, sink: staged.write }); await staged.commit(out, { replace: true }); }
 *   catch (e) { await staged.discard(); throw e; }
 */
export async function stageFolder(parentDir: string, name: string): Promise<StagedFolder> {
  const tag = randomBytes(5).toString('hex');
  const dir = path.join(parentDir, `.${name}.lakstift-${tag}.partial`);
  await mkdir(dir, { recursive: false, mode: 0o755 });
  const written: string[] = [];
  return {
    dir,
    written,
    async write(rel, bytes) {
      const bad = checkRelativePath(rel);
      if (bad) throw new IoError({ en: `refusing to write ${bad}: it would land outside the output folder; report this.`, nl: `weigert ${bad} te schrijven: het zou buiten de uitvoermap terechtkomen; meld dit.` });
      const file = path.join(dir, ...rel.split('/'));
      await mkdir(path.dirname(file), { recursive: true });
      let fh;
      try {
        fh = await open(file, 'wx', 0o644);
        await fh.writeFile(bytes);
        await fh.sync();
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOSPC') throw new IoError({ en: `the disk is full while writing ${rel}; free some space and run again.`, nl: `de schijf is vol bij het schrijven van ${rel}; maak ruimte vrij en probeer het opnieuw.` });
        throw new IoError({ en: `cannot write ${rel} (${code ?? (e as Error).message}); check the disk and the path.`, nl: `kan ${rel} niet schrijven (${code ?? (e as Error).message}); controleer de schijf en het pad.` });
      } finally {
        await fh?.close().catch(() => {});
      }
      written.push(rel);
    },
    async commit(target, { replace }) {
      await fsyncDir(dir);
      const parent = path.dirname(path.resolve(target));
      let final = path.resolve(target);
      let old: string | undefined;
      if (replace) {
        if (await exists(final)) {
          old = path.join(parent, `.${path.basename(final)}.lakstift-${tag}.old`);
          try {
            await rename(final, old);
          } catch (e) {
            throw new IoError({ en: `cannot replace ${target} (${(e as NodeJS.ErrnoException).code}); close programs that use it and try again.`, nl: `kan ${target} niet vervangen (${(e as NodeJS.ErrnoException).code}); sluit programma’s die het gebruiken en probeer het opnieuw.` });
          }
        }
      } else {
        for (let i = 2; await exists(final); i++) final = path.join(parent, `${path.basename(target)} (${i})`);
      }
      try {
        await rename(dir, final);
      } catch (e) {
        if (old) await rename(old, final).catch(() => {});
        throw new IoError({ en: `cannot move the output into ${target} (${(e as NodeJS.ErrnoException).code}); the previous content is unchanged, try again.`, nl: `kan de uitvoer niet naar ${target} verplaatsen (${(e as NodeJS.ErrnoException).code}); de vorige inhoud is ongewijzigd, probeer het opnieuw.` });
      }
      await fsyncDir(parent);
      if (old) await rm(old, { recursive: true, force: true });
      return final;
    },
    async discard() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}
