/**
 * Writes a decision bundle to disk. The files are computed in the renderer's worker (the
 * core is isomorphic); this is the part only the main process can do: write them where the
 * officer chose, report progress, honour cancel, and never leave a half bundle behind
 * (DESIGN.md "never a partial output file"): everything goes into a hidden staging folder
 * that is renamed into place only when complete.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ExportRequest, ExportResult, Progress, Result } from '../../shared/ipc/contract';
import { checkRelativeOutputPath, fail, ok } from '../../shared/ipc/contract';
import { exists, fsyncDir } from './fsutil';

export class ExportJobs {
  private readonly jobs = new Map<string, AbortController>();

  start(jobId: string): AbortSignal {
    this.jobs.get(jobId)?.abort();
    const ctl = new AbortController();
    this.jobs.set(jobId, ctl);
    return ctl.signal;
  }
  finish(jobId: string): void {
    this.jobs.delete(jobId);
  }
  cancel(jobId: string): boolean {
    const ctl = this.jobs.get(jobId);
    ctl?.abort();
    return ctl !== undefined;
  }
  get running(): number {
    return this.jobs.size;
  }
}

/** "Besluit" → "Besluit", or "Besluit (2)" when that folder already exists. */
export async function freeFolderName(parent: string, name: string): Promise<string> {
  let candidate = path.join(parent, name);
  for (let i = 2; await exists(candidate); i++) candidate = path.join(parent, `${name} (${i})`);
  return candidate;
}

export async function writeBundle(
  request: ExportRequest,
  parentDir: string,
  opts: { signal: AbortSignal; onProgress: (p: Progress) => void },
): Promise<Result<ExportResult>> {
  const staging = path.join(parentDir, `.${request.folderName}.partial-${randomBytes(4).toString('hex')}`);
  const total = request.files.length;
  let bytes = 0;
  try {
    await fs.mkdir(staging, { recursive: false });
    for (let i = 0; i < total; i++) {
      if (opts.signal.aborted) return fail('cancelled', 'Export cancelled; nothing was written.');
      const f = request.files[i];
      // Re-checked here although the IPC validator did it: this function is the one that writes.
      const err = checkRelativeOutputPath(f.path);
      if (err) return fail('invalid-payload', err);
      const dest = path.join(staging, ...f.path.split('/'));
      if (!dest.startsWith(staging + path.sep)) return fail('forbidden', `output path "${f.path}" leaves the bundle folder`);
      await fs.mkdir(path.dirname(dest), { recursive: true });
      const fh = await fs.open(dest, 'wx');
      try {
        await fh.writeFile(f.bytes);
        await fh.sync();
      } finally {
        await fh.close();
      }
      bytes += f.bytes.byteLength;
      opts.onProgress({ jobId: request.jobId, phase: 'write', done: i + 1, total, label: f.path });
      // Let a cancel message in between files even when writes complete synchronously fast.
      await new Promise((r) => setImmediate(r));
    }
    if (opts.signal.aborted) return fail('cancelled', 'Export cancelled; nothing was written.');
    const final = await freeFolderName(parentDir, request.folderName);
    await fs.rename(staging, final);
    await fsyncDir(parentDir);
    return ok({ location: final, files: total, bytes });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'Lakstift may not write there' : (e as Error).message;
    return fail('io', `The bundle could not be written to ${parentDir} (${why}); choose another folder.`);
  } finally {
    await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}
