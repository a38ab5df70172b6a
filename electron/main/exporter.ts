/**
 * Writes a decision bundle to disk. The files are computed in the renderer's worker (the
 * core is isomorphic); this is the part only the main process can do: write them where the
 * officer chose, report progress, honour cancel, and never leave a half bundle behind
 * (DESIGN.md "never a partial output file"): everything goes into a hidden staging folder
 * that is renamed into place only when complete.
 */
import path from 'node:path';
import type { ExportRequest, ExportResult, Progress, Result } from '../../shared/ipc/contract';
import { checkRelativeOutputPath, fail, ok } from '../../shared/ipc/contract';
import { stageFolder, type StagedFolder } from '../../node/staging';

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

/**
 * Writes the bundle's files into a staging folder beside the chosen folder and renames it into
 * place ("Besluit", or "Besluit (2)" when that exists) only when every file is written.
 */
export async function writeBundle(
  request: ExportRequest,
  parentDir: string,
  opts: { signal: AbortSignal; onProgress: (p: Progress) => void },
): Promise<Result<ExportResult>> {
  const total = request.files.length;
  let bytes = 0;
  let staged: StagedFolder | undefined;
  try {
    staged = await stageFolder(parentDir, request.folderName);
    for (let i = 0; i < total; i++) {
      if (opts.signal.aborted) return fail('cancelled', 'Export cancelled; nothing was written.');
      const f = request.files[i];
      // Re-checked here although the IPC validator did it: this function is the one that writes.
      const err = checkRelativeOutputPath(f.path);
      if (err) return fail('invalid-payload', err);
      await staged.write(f.path, f.bytes);
      bytes += f.bytes.byteLength;
      opts.onProgress({ jobId: request.jobId, phase: 'write', done: i + 1, total, label: f.path });
      // Let a cancel message in between files even when writes complete synchronously fast.
      await new Promise((r) => setImmediate(r));
    }
    if (opts.signal.aborted) return fail('cancelled', 'Export cancelled; nothing was written.');
    const location = await staged.commit(path.join(parentDir, request.folderName), { replace: false });
    staged = undefined;
    return ok({ location, files: total, bytes });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'Lakstift may not write there' : (e as Error).message;
    return fail('io', `The bundle could not be written to ${parentDir} (${why}); choose another folder.`);
  } finally {
    await staged?.discard().catch(() => undefined);
  }
}
