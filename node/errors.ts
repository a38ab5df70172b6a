/** File-system failures of the Node layer as one sentence a person can act on. */
import { LakstiftError } from '../shared/errors';

/** A read or write failed; `message` names the file and what to do. */
export class IoError extends LakstiftError {
  constructor(message: string) {
    super('io', message);
  }
}

/** One sentence for a failed write, by its error code. */
export function writeError(file: string, e: unknown): IoError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new IoError(`cannot write ${file}: its folder does not exist; create it first.`);
  if (code === 'EACCES' || code === 'EPERM') return new IoError(`cannot write ${file}: permission denied; choose another place.`);
  if (code === 'ENOSPC') return new IoError(`cannot write ${file}: the disk is full; free some space and save again.`);
  return new IoError(`cannot write ${file} (${code ?? (e as Error).message}); check the disk and the path.`);
}
