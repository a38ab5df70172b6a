/**
 * Dossier project files on disk (Node): load with validation, atomic save, and the append-only
 * audit log beside the dossier (`<file>.audit.jsonl`). Used by the CLI and by the app's main
 * process.
 *
 * Save = write a temporary file in the same folder, fsync it, rename it over the dossier,
 * fsync the folder. POSIX rename is atomic, so a crash or a kill at any moment leaves either
 * the previous file or the new one; the folder fsync makes the rename itself survive a power
 * cut. A file that exists but is not a valid dossier is never overwritten: it may be the only
 * copy of someone's work, damaged, and the officer must decide what to do with it.
 */
import { open, readFile, stat } from 'node:fs/promises';
import { LakstiftError } from '../shared/errors';
import { parseDossier, serializeDossier } from '../shared/dossier/schema';
import type { AuditEntry, Dossier } from '../shared/dossier/types';
import { CliError, fsyncDir, writeError as ioError, writeFileAtomic } from './util';

/** The audit log that belongs to a dossier file. */
export function auditLogPath(dossierFile: string): string {
  return `${dossierFile}.audit.jsonl`;
}

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
    if (st.isDirectory()) throw new CliError(`${file} is a folder, not a dossier file; name the .json file inside it.`);
    text = await readFile(file, 'utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${file} does not exist; check the path.`);
    throw new CliError(`cannot read ${file} (${code ?? (e as Error).message}); check its permissions.`);
  }
  return parseDossier(text, file);
}

/**
 * Writes bytes to `file` atomically and durably (temp file, fsync, rename, fsync of the folder):
 * the command line's one writer, under the name the bundle and dossier code use.
 *
 * @example
 *   await writeDurably('out/inventaris.json', bytes);
 */
export const writeDurably = writeFileAtomic;
export { fsyncDir };

/**
 * Saves a dossier atomically. Refuses (and changes nothing) when the file on disk exists but is
 * not a valid dossier, or belongs to another dossier.
 *
 * @example
 *   await saveDossier('verzoek.lakstift.json', dossier);
 */
export async function saveDossier(file: string, dossier: Dossier): Promise<void> {
  const text = serializeDossier(dossier);
  let existing: string | undefined;
  try {
    existing = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new CliError(`${file} is a folder; choose a file name for the dossier.`);
    if (code !== 'ENOENT') throw ioError(file, e);
  }
  if (existing !== undefined) {
    let onDisk: Dossier;
    try {
      onDisk = parseDossier(existing, file);
    } catch (e) {
      const why = e instanceof LakstiftError ? e.message.replace(/; [^;]*\.$/, '') : 'it cannot be read';
      throw new CliError(`${why}; it was not overwritten: move it away or save under another name.`);
    }
    if (onDisk.id !== dossier.id) {
      throw new CliError(`${file} holds another dossier ("${onDisk.title}"); it was not overwritten: save under another name.`);
    }
  }
  await writeDurably(file, text);
}

/**
 * Appends audit entries to the dossier's log, one JSON object per line, and fsyncs. The log is
 * only ever appended to; a crash can at worst leave a torn last line, which readAuditLog skips.
 *
 * @example
 *   const { dossier: next, entry } = acceptRedactions(dossier, ['r3'], ctx);
 *   await appendAudit('verzoek.lakstift.json', dossier.id, [entry]);
 */
export async function appendAudit(dossierFile: string, dossierId: string, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const file = auditLogPath(dossierFile);
  const text = entries.map((e) => JSON.stringify({ dossier: dossierId, ...e })).join('\n') + '\n';
  let fh;
  try {
    fh = await open(file, 'a', 0o644);
    // A torn line left by a crash would glue onto ours: start on a fresh line if needed.
    const size = (await fh.stat()).size;
    let prefix = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      const rd = await open(file, 'r');
      try {
        await rd.read(last, 0, 1, size - 1);
      } finally {
        await rd.close();
      }
      if (last[0] !== 0x0a) prefix = '\n';
    }
    await fh.appendFile(prefix + text);
    await fh.sync();
  } catch (e) {
    throw ioError(file, e);
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
    throw ioError(auditLogPath(dossierFile), e);
  }
  const entries: (AuditEntry & { dossier: string })[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line);
      if (e && typeof e === 'object' && typeof e.action === 'string' && typeof e.at === 'string') entries.push(e);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { entries, skipped };
}
