/**
 * The error model of Lakstift (issue #13, item 3), after pdf-lib's src/api/errors.ts: one
 * class per failure, a stable `code` that the IPC boundary and the command line report and
 * rebuild without parsing text, and one sentence in English (`message`) and in Dutch (`nl`)
 * that names the file and says what to do. No stack trace reaches the user: the command line
 * prints it with --debug, the app never.
 *
 * | code | when |
 * | --- | --- |
 * | not-a-pdf | the input is no PDF (a Word file, an HTML page, an empty file) |
 * | damaged-pdf | the PDF cannot be read (truncated, no pages, broken structure) |
 * | encrypted-pdf / wrong-password | a password is needed / the one given is wrong |
 * | limit-exceeded | the file goes past a safety limit (hostile or broken) |
 * | unsupported | something Lakstift cannot do with this file (an image it cannot blank) |
 * | invalid-input | a decisions or dossier file, or a value in it, is not what it should be |
 * | usage | the command line is wrong (a missing option, an unknown one) |
 * | not-found | an input file or folder does not exist |
 * | output-is-input | an output would overwrite an input |
 * | output-exists | the output folder is not empty (or the .zip exists) and --force was not given |
 * | io | reading or writing a file failed (permissions, disk full) |
 * | leak-found, original-changed, name-clash, inconsistent, not-importable | the bundle refuses (shared/export/bundle.ts) |
 * | internal | a bug: the message says to report it |
 *
 * @example
 *   throw new NotAPdfError('brief.docx');
 *   // en: "brief.docx is not a PDF (it does not start with %PDF-); export it to PDF first."
 *   // nl: "brief.docx is geen PDF (het begint niet met %PDF-); exporteer het eerst naar PDF."
 */
export type LakstiftErrorCode =
  | 'not-a-pdf'
  | 'damaged-pdf'
  | 'encrypted-pdf'
  | 'wrong-password'
  | 'limit-exceeded'
  | 'unsupported'
  | 'invalid-input'
  | 'usage'
  | 'not-found'
  | 'output-is-input'
  | 'output-exists'
  | 'leak-found'
  | 'original-changed'
  | 'name-clash'
  | 'inconsistent'
  | 'unread'
  | 'not-importable'
  | 'not-reviewed'
  | 'io'
  | 'internal';

export type Language = 'en' | 'nl';

/** One sentence in both languages. */
export interface Messages {
  en: string;
  nl: string;
}

export class LakstiftError extends Error {
  readonly code: LakstiftErrorCode;
  /** The message in Dutch (`message` is English). */
  readonly nl: string;
  constructor(code: LakstiftErrorCode, message: string | Messages) {
    super(typeof message === 'string' ? message : message.en);
    this.code = code;
    this.nl = typeof message === 'string' ? message : message.nl;
    this.name = new.target.name;
  }

  /** The message in `lang`. */
  text(lang: Language): string {
    return lang === 'nl' ? this.nl : this.message;
  }
}

export class NotAPdfError extends LakstiftError {
  constructor(what = 'The input') {
    super('not-a-pdf', {
      en: `${what} is not a PDF (it does not start with %PDF-); export it to PDF first.`,
      nl: `${nlSubject(what, 'Het bestand')} is geen PDF (het begint niet met %PDF-); exporteer het eerst naar PDF.`,
    });
  }
}

/** Dutch for the details damaged-pdf gives; an unknown detail is quoted as it is. */
const DAMAGE_NL: [RegExp, string][] = [
  [/^it is incomplete: its end is missing, as after a broken download$/, 'het is onvolledig: het einde ontbreekt, zoals na een afgebroken download'],
  [/^it has no pages$/, 'het heeft geen pagina’s'],
  [/^it has no document catalogue$/, 'het mist zijn documentcatalogus'],
  [/^its structure cannot be parsed$/, 'de opbouw is onleesbaar'],
  [/^unknown stream filter \/(.+)$/, 'onbekend streamfilter /$1'],
];

export class DamagedPdfError extends LakstiftError {
  constructor(detail: string, what = 'The PDF') {
    const nl = DAMAGE_NL.reduce<string | undefined>((found, [re, to]) => found ?? (re.test(detail) ? detail.replace(re, to) : undefined), undefined) ?? detail;
    super('damaged-pdf', {
      en: `${what} is damaged and cannot be read (${detail}); ask the sender for a fresh copy or re-save it with a PDF printer.`,
      nl: `${nlSubject(what, 'De PDF')} is beschadigd en kan niet worden gelezen (${nl}); vraag de afzender om een nieuw exemplaar of sla het opnieuw op met een PDF-printer.`,
    });
  }
}

export class EncryptedPdfError extends LakstiftError {
  constructor(what = 'The PDF') {
    super('encrypted-pdf', {
      en: `${what} is encrypted with a password; pass it with --password <pw>.`,
      nl: `${nlSubject(what, 'De PDF')} is met een wachtwoord beveiligd; geef het wachtwoord op (--password <wachtwoord>).`,
    });
  }
}

export class WrongPasswordError extends LakstiftError {
  constructor(what = 'The PDF') {
    super('wrong-password', {
      en: `${what} cannot be opened with the given password; check --password.`,
      nl: `${nlSubject(what, 'De PDF')} gaat niet open met het opgegeven wachtwoord; controleer het wachtwoord.`,
    });
  }
}

/** Dutch for what went past a limit; an unknown one is quoted as it is. */
const LIMIT_NL: [RegExp, string][] = [
  [/^The content of page (\d+)$/, 'De inhoud van pagina $1'],
  [/^The text of page (\d+)$/, 'De tekst van pagina $1'],
  [/^Nested form XObjects$/, 'Het nesten van formulierobjecten'],
  [/^The page tree$/, 'De paginaboom'],
  [/^A compressed stream$/, 'Een gecomprimeerde stream'],
  [/^An image$/, 'Een afbeelding'],
  [/^Operand nesting in a content stream$/, 'Het nesten van operanden in een inhoudsstream'],
  [/^The number of operators on one page$/, 'Het aantal operatoren op één pagina'],
  [/^The structure of the file$/, 'De opbouw van het bestand'],
];

export class LimitExceededError extends LakstiftError {
  constructor(what: string, limit: string) {
    const nl = LIMIT_NL.reduce<string | undefined>((found, [re, to]) => found ?? (re.test(what) ? what.replace(re, to) : undefined), undefined) ?? what;
    super('limit-exceeded', {
      en: `${what} exceeds the safety limit of ${limit}; the file is probably hostile or damaged.`,
      nl: `${nl} overschrijdt de veiligheidsgrens van ${limit.replace(/\blevels\b/, 'niveaus').replace(/\bnodes\b/, 'knopen').replace(/\bglyphs\b/, 'tekens').replace(/\bdecoded\b/, 'gedecodeerd').replace(/^the parser stack$/, 'de parserstapel')}; het bestand is waarschijnlijk kwaadaardig of beschadigd: vraag de afzender om een nieuw exemplaar.`,
    });
  }
}

export class InvalidInputError extends LakstiftError {
  constructor(message: string | Messages) {
    super('invalid-input', message);
  }
}

/** Something Lakstift cannot do with this file; the message says what instead. */
export class UnsupportedError extends LakstiftError {
  constructor(message: string | Messages) {
    super('unsupported', message);
  }
}

/** "The PDF"/"The input" in Dutch, or the file name the caller gave. */
function nlSubject(what: string, dflt: string): string {
  return what === 'The PDF' || what === 'The input' ? dflt : what;
}

/** Prefixes a core error's message (both languages) with the file it concerns, keeping its class and code. */
export function withFile<E extends LakstiftError>(err: E, file: string): E {
  const named = (msg: string, generic: RegExp) => {
    if (msg.startsWith(file)) return msg;
    const replaced = msg.replace(generic, file);
    return replaced === msg ? `${file}: ${msg}` : replaced;
  };
  Object.defineProperty(err, 'message', { value: named(err.message, /^(The PDF|The input)\b/) });
  Object.defineProperty(err, 'nl', { value: named(err.nl, /^(De PDF|Het bestand)\b/) });
  return err;
}

/**
 * Any thrown value as a Lakstift error: itself when it is one, else an `internal` error that
 * says to report it (the original, with its stack, is kept as `cause` for --debug).
 */
export function asLakstiftError(e: unknown, context?: string): LakstiftError {
  if (e instanceof LakstiftError) return e;
  const detail = e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : String(e);
  const where = context ? `${context}: ` : '';
  const err = new LakstiftError('internal', {
    en: `${where}internal error (${detail}); please report it, with the file if you may share it.`,
    nl: `${where}interne fout (${detail}); meld dit alstublieft, met het bestand als u het mag delen.`,
  });
  Object.defineProperty(err, 'cause', { value: e });
  return err;
}
