/** File-system failures of the Node layer as one sentence a person can act on, in English and Dutch. */
import { LakstiftError, type Messages } from '../shared/errors';

/** A read or write failed; `message` names the file and what to do. */
export class IoError extends LakstiftError {
  constructor(message: string | Messages, code: 'io' | 'not-found' | 'output-is-input' = 'io') {
    super(code, message);
  }
}

/** One sentence for a failed write, by its error code. */
export function writeError(file: string, e: unknown): IoError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new IoError({ en: `cannot write ${file}: its folder does not exist; create it first.`, nl: `kan ${file} niet schrijven: de map bestaat niet; maak die eerst aan.` });
  if (code === 'EACCES' || code === 'EPERM') return new IoError({ en: `cannot write ${file}: permission denied; choose another place.`, nl: `kan ${file} niet schrijven: geen toestemming; kies een andere plek.` });
  if (code === 'ENOSPC') return new IoError({ en: `cannot write ${file}: the disk is full; free some space and save again.`, nl: `kan ${file} niet schrijven: de schijf is vol; maak ruimte vrij en sla opnieuw op.` });
  const why = code ?? (e as Error).message;
  return new IoError({ en: `cannot write ${file} (${why}); check the disk and the path.`, nl: `kan ${file} niet schrijven (${why}); controleer de schijf en het pad.` });
}
