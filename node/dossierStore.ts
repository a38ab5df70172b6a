/**
 * Dossier project files on disk, for every Node host: load with validation, atomic save that
 * never overwrites what is not this dossier, and the append-only audit log beside the dossier
 * (`<file>.audit.jsonl`). The command line and the app's main process save through the same
 * `saveDossier`, so a dossier is validated and audited the same way whichever saved it.
 *
 * Save = write a temporary file in the same folder, fsync it, rename it over the dossier,
 * fsync the folder. A file that exists but is not a valid dossier is never overwritten: it may
 * be the only copy of someone's work, damaged, and the officer must decide what to do with it.
 */
import { open, readFile, stat } from 'node:fs/promises';
import { LakstiftError } from '../shared/errors';
import { sealAudit, verifyAuditChain, type ChainCheck } from '../shared/dossier/audit';
import { parseDossier, serializeDossier, validateDossier } from '../shared/dossier/schema';
import type { AuditEntry, Dossier } from '../shared/dossier/types';
import { IoError, writeError } from './errors';
import { writeFileAtomic } from './files';

/** The audit log that belongs to a dossier file. */
export function auditLogPath(dossierFile: string): string {
  return `${dossierFile}.audit.jsonl`;
}

/** Larger than any real dossier; a larger file is refused before it is read. */
export const MAX_DOSSIER_BYTES = 512 * 1024 ** 2;

/**
 * Loads and validates a dossier; a missing, unreadable or damaged file gives one sentence.
 *
 * @example
 *   const dossier = await loadDossier('verzoek.lakstift.json');
 */
export async function loadDossier(file: string): Promise<Dossier> {
  let text: string;
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new IoError({ en: `${file} is a folder, not a dossier file; name the .json file inside it.`, nl: `${file} is een map, geen dossierbestand; noem het .json-bestand erin.` });
    if (st.size > MAX_DOSSIER_BYTES) throw new IoError({ en: `${file} is too large to be a Lakstift dossier; open the dossier file Lakstift saved.`, nl: `${file} is te groot voor een Lakstift-dossier; open het dossierbestand dat Lakstift opsloeg.` });
    text = await readFile(file, 'utf8');
  } catch (e) {
    if (e instanceof LakstiftError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new IoError({ en: `${file} does not exist; check the path.`, nl: `${file} bestaat niet; controleer het pad.` }, 'not-found');
    throw new IoError({ en: `cannot read ${file} (${code ?? (e as Error).message}); check its permissions.`, nl: `kan ${file} niet lezen (${code ?? (e as Error).message}); controleer de rechten.` });
  }
  return parseDossier(text, file);
}

export interface SaveOptions {
  /** Overwrite a file that holds another (valid) dossier: only for a slot the app owns (auto-save). */
  replaceOther?: boolean;
}

/**
 * Validates and saves a dossier atomically, then appends the audit entries the log does not
 * have yet. The entries not chained yet are chained first (shared/dossier/audit.ts), so the
 * file on disk always holds a sealed chain. Refuses (and changes nothing) when the dossier is
 * not valid, or when the file on disk exists but is not a valid dossier, or belongs to
 * another dossier. Returns the dossier as written (with its chain).
 *
 * @example
 *   await saveDossier('verzoek.lakstift.json', dossier);
 */
export async function saveDossier(file: string, dossier: unknown, opts: SaveOptions = {}): Promise<Dossier> {
  const valid = await sealAudit(validateDossier(dossier));
  const text = serializeDossier(valid);
  let existing: string | undefined;
  try {
    existing = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new IoError({ en: `${file} is a folder; choose a file name for the dossier.`, nl: `${file} is een map; kies een bestandsnaam voor het dossier.` });
    if (code !== 'ENOENT') throw writeError(file, e);
  }
  if (existing !== undefined) {
    let onDisk: Dossier;
    try {
      onDisk = parseDossier(existing, file);
    } catch (e) {
      const why = e instanceof LakstiftError ? e.message.replace(/; [^;]*\.$/, '') : `${file} cannot be read`;
      const whyNl = e instanceof LakstiftError ? e.nl.replace(/; [^;]*\.$/, '') : `${file} is onleesbaar`;
      throw new IoError({ en: `${why}; it was not overwritten: move it away or save under another name.`, nl: `${whyNl}; het is niet overschreven: zet het opzij of sla onder een andere naam op.` });
    }
    if (onDisk.id !== valid.id && !opts.replaceOther) {
      throw new IoError({ en: `${file} holds another dossier ("${onDisk.title}"); it was not overwritten: save under another name.`, nl: `${file} bevat een ander dossier ("${onDisk.title}"); het is niet overschreven: sla onder een andere naam op.` });
    }
  }
  await writeFileAtomic(file, text);
  await appendAudit(file, valid.id, await unlogged(file, valid));
  return valid;
}

/** What identifies a logged entry: its hash, or (for lines logged before the chain) its content. */
const contentKey = (e: AuditEntry) => JSON.stringify([e.at, e.by, e.action, e.documentId ?? null, e.redactionIds ?? null, e.detail ?? null]);

/** The dossier's audit entries that its log does not hold yet. */
async function unlogged(file: string, d: Dossier): Promise<AuditEntry[]> {
  const { entries } = await readAuditLog(file);
  const logged = new Set(entries.filter((e) => e.dossier === d.id).flatMap((e) => (e.hash ? [e.hash, contentKey(e)] : [contentKey(e)])));
  return d.audit.filter((e) => !(e.hash && logged.has(e.hash)) && !logged.has(contentKey(e)));
}

/**
 * Checks the audit trail of a dossier file as it is on disk (`lakstift audit verify`, the app
 * when it opens a dossier): the hash chain inside the file (shared/dossier/audit.ts), and that
 * every chained entry of the append-only log beside it (`<file>.audit.jsonl`) is still in the
 * file, so that entries removed from the end cannot hide behind a recomputed seal.
 *
 * @example
 *   const check = await verifyDossierFile('verzoek.lakstift.json');
 *   if (check.status !== 'intact') console.error(check.message);
 */
export async function verifyDossierFile(file: string): Promise<ChainCheck> {
  let text: string;
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new IoError(`${file} is a folder, not a dossier file; name the .json file inside it.`);
    if (st.size > MAX_DOSSIER_BYTES) throw new IoError(`${file} is too large to be a Lakstift dossier.`);
    text = await readFile(file, 'utf8');
  } catch (e) {
    if (e instanceof LakstiftError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new IoError(`${file} does not exist; check the path.`);
    throw new IoError(`cannot read ${file} (${code ?? (e as Error).message}); check its permissions.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { status: 'broken', entries: 0, broken: { entry: 0, problem: 'malformed', message: 'the file is not valid JSON' }, message: `${file} is not valid JSON, so its audit log cannot be checked; restore it from a backup.` };
  }
  const check = await verifyAuditChain(raw);
  if (check.status !== 'intact') return check;
  const id = (raw as { id: string }).id;
  const inFile = new Set(((raw as { audit: AuditEntry[] }).audit).map((e) => e.hash));
  const missing = (await readAuditLog(file)).entries.filter((e) => e.dossier === id && typeof e.hash === 'string' && !inFile.has(e.hash));
  if (missing.length > 0) {
    const m = missing[0];
    const why = `the log beside it (${auditLogPath(file)}) holds ${missing.length} chained entr${missing.length === 1 ? 'y' : 'ies'} the dossier no longer has (the first: ${m.action} by ${m.by} at ${m.at}), so entries were removed from the dossier or an older copy of it was put back`;
    return { status: 'broken', entries: check.entries, broken: { entry: check.entries + 1, problem: 'seal', message: why }, message: `The audit log is broken at the end (after entry ${check.entries}): ${why}.` };
  }
  return check;
}

/**
 * Appends audit entries to the dossier's log, one JSON object per line, and fsyncs. The log is
 * only ever appended to; a crash can at worst leave a torn last line, which readAuditLog skips.
 *
 * @example
 *   await appendAudit('verzoek.lakstift.json', dossier.id, [entry]);
 */
export async function appendAudit(dossierFile: string, dossierId: string, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const file = auditLogPath(dossierFile);
  const text = entries.map((e) => JSON.stringify({ dossier: dossierId, ...e })).join('\n') + '\n';
  let fh;
  try {
    fh = await open(file, 'a+', 0o644);
    // A torn line left by a crash would glue onto ours: start on a fresh line if needed.
    const size = (await fh.stat()).size;
    let prefix = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      await fh.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) prefix = '\n';
    }
    await fh.appendFile(prefix + text);
    await fh.sync();
  } catch (e) {
    throw writeError(file, e);
  } finally {
    await fh?.close().catch(() => {});
  }
}

/**
 * Reads the audit log; lines that do not parse (a torn last line after a crash) are counted,
 * not fatal.
 *
 * @example
 *   const { entries, skipped } = await readAuditLog('verzoek.lakstift.json');
 */
export async function readAuditLog(dossierFile: string): Promise<{ entries: (AuditEntry & { dossier: string })[]; skipped: number }> {
  let text = '';
  try {
    text = await readFile(auditLogPath(dossierFile), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], skipped: 0 };
    throw writeError(auditLogPath(dossierFile), e);
  }
  const entries: (AuditEntry & { dossier: string })[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line) as AuditEntry & { dossier: string };
      if (e && typeof e === 'object' && typeof e.action === 'string' && typeof e.at === 'string') entries.push(e);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { entries, skipped };
}
