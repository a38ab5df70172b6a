/**
 * Errors of the Lakstift core, one class per failure (after pdf-lib's src/api/errors.ts).
 * Every message is one sentence a user can act on; `code` is stable so that the IPC
 * boundary and the command line can rebuild or report it without parsing text.
 *
 * @example
 *   throw new NotAPdfError('brief.docx');
 *   // "brief.docx is not a PDF (it does not start with %PDF-); export it to PDF first."
 */
export type LakstiftErrorCode =
  | 'not-a-pdf'
  | 'damaged-pdf'
  | 'encrypted-pdf'
  | 'wrong-password'
  | 'limit-exceeded'
  | 'unsupported'
  | 'invalid-input'
  | 'leak-found'
  | 'original-changed'
  | 'name-clash'
  | 'inconsistent'
  | 'unread'
  | 'not-importable'
  | 'io';

export class LakstiftError extends Error {
  readonly code: LakstiftErrorCode;
  constructor(code: LakstiftErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

export class NotAPdfError extends LakstiftError {
  constructor(what = 'The input') {
    super('not-a-pdf', `${what} is not a PDF (it does not start with %PDF-); export it to PDF first.`);
  }
}

export class DamagedPdfError extends LakstiftError {
  constructor(detail: string, what = 'The PDF') {
    super('damaged-pdf', `${what} is damaged and cannot be read (${detail}); ask the sender for a fresh copy or re-save it with a PDF printer.`);
  }
}

export class EncryptedPdfError extends LakstiftError {
  constructor(what = 'The PDF') {
    super('encrypted-pdf', `${what} is encrypted with a password; pass it with --password <pw>.`);
  }
}

export class WrongPasswordError extends LakstiftError {
  constructor(what = 'The PDF') {
    super('wrong-password', `${what} cannot be opened with the given password; check --password.`);
  }
}

export class LimitExceededError extends LakstiftError {
  constructor(what: string, limit: string) {
    super('limit-exceeded', `${what} exceeds the safety limit of ${limit}; the file is probably hostile or damaged.`);
  }
}

export class InvalidInputError extends LakstiftError {
  constructor(message: string) {
    super('invalid-input', message);
  }
}

/** Prefixes a core error's message with the file it concerns, keeping its class and code. */
export function withFile<E extends LakstiftError>(err: E, file: string): E {
  if (!err.message.startsWith(file)) {
    const msg = err.message.replace(/^(The PDF|The input)\b/, file);
    Object.defineProperty(err, 'message', { value: msg === err.message ? `${file}: ${err.message}` : msg });
  }
  return err;
}
