/**
 * Durable file writes for every Node host (the command line and the app's main process):
 * temporary file in the same folder, fsync, rename, fsync of the folder. A crash leaves either
 * the old file or the new one, never half of either (DESIGN.md "Dossier file").
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { writeError } from './errors';

/**
 * Writes a file atomically and durably.
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
