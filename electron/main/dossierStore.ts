/**
 * Where the app's dossiers live on disk: save, auto-save, open and the recent list. Saving and
 * opening go through the Node layer's dossier store (node/dossierStore.ts), the one the command
 * line uses: the dossier is validated against the schema, written atomically, never over a file
 * that is not this dossier, and its new audit entries are appended to `<file>.audit.jsonl`.
 * Pure Node, so it is tested without Electron; the dialogs that pick paths are passed in.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DossierEnvelope, OpenedDossier, RecentDossier, Result, SavedDossier } from '../../shared/ipc/contract';
import { fail, ok } from '../../shared/ipc/contract';
import { LakstiftError } from '../../shared/errors';
import { loadDossier, saveDossier, verifyDossierFile } from '../../node/dossierStore';
import { writeFileAtomic } from '../../node/files';

export const DOSSIER_EXTENSION = '.lakstift.json';
const MAX_RECENT = 10;

/** A core or file error as the Result the renderer gets; anything else is a bug and is rethrown. */
function asFailure<T>(e: unknown): Result<T> {
  if (e instanceof LakstiftError) return fail(e.code, e.message);
  throw e;
}

export class DossierStore {
  /** The file the open dossier is saved to; null until the officer saves it once. */
  current: string | null = null;

  constructor(
    private readonly userDataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get autoSavePath(): string {
    return path.join(this.userDataDir, 'autosave', `naamloos${DOSSIER_EXTENSION}`);
  }

  private get recentFile(): string {
    return path.join(this.userDataDir, 'recent.json');
  }

  async save(dossier: DossierEnvelope, target: string): Promise<Result<SavedDossier>> {
    const file = target.endsWith(DOSSIER_EXTENSION) || target.toLowerCase().endsWith('.json') ? target : target + DOSSIER_EXTENSION;
    await fs.mkdir(path.dirname(file), { recursive: true });
    try {
      await saveDossier(file, dossier);
    } catch (e) {
      return asFailure(e);
    }
    this.current = file;
    // The work now lives in its own file; an old auto-save must not be offered for recovery.
    if (path.resolve(file) !== path.resolve(this.autoSavePath)) await fs.rm(this.autoSavePath, { force: true });
    await this.remember(file, dossier.title);
    return ok({ path: file, savedAt: this.now().toISOString() });
  }

  /** Auto-save never asks: to the dossier's own file, or to a slot in the user data folder. */
  async autoSave(dossier: DossierEnvelope): Promise<Result<SavedDossier>> {
    const file = this.current ?? this.autoSavePath;
    await fs.mkdir(path.dirname(file), { recursive: true });
    try {
      // The slot belongs to the app: a new dossier's auto-save may replace an older one there.
      await saveDossier(file, dossier, { replaceOther: file === this.autoSavePath });
    } catch (e) {
      return asFailure(e);
    }
    return ok({ path: file, savedAt: this.now().toISOString() });
  }

  async open(file: string): Promise<Result<OpenedDossier>> {
    const st = await fs.stat(file).catch(() => null);
    if (!st?.isFile()) return fail('not-found', `${path.basename(file)} does not exist any more; it may have been moved.`);
    let dossier: DossierEnvelope;
    let audit: OpenedDossier['audit'];
    try {
      dossier = (await loadDossier(file)) as unknown as DossierEnvelope;
      // The chain as it is on disk, with the log beside it (issue #15): the renderer says so plainly when it is broken.
      const check = await verifyDossierFile(file);
      audit = { status: check.status, message: check.message, entries: check.entries, ...(check.broken ? { entry: check.broken.entry, problem: check.broken.problem } : {}) };
    } catch (e) {
      return asFailure(e);
    }
    if (path.resolve(file) === path.resolve(this.autoSavePath)) {
      // A recovered auto-save is not the dossier's own file: the next save asks for a name.
      this.current = null;
      return ok({ path: file, dossier, audit });
    }
    this.current = file;
    await this.remember(file, dossier.title);
    return ok({ path: file, dossier, audit });
  }

  async recent(): Promise<RecentDossier[]> {
    try {
      const list = JSON.parse(await fs.readFile(this.recentFile, 'utf8')) as unknown;
      if (!Array.isArray(list)) return [];
      return list.filter((r): r is RecentDossier =>
        typeof r === 'object' && r !== null && typeof r.path === 'string' && typeof r.title === 'string' && typeof r.openedAt === 'string');
    } catch {
      return [];
    }
  }

  /**
   * The recent list, with the auto-save slot first when it holds a dossier that was never
   * saved to a file: after a crash or a closed window, that work is one click away.
   */
  async recentWithRecovery(): Promise<RecentDossier[]> {
    const list = await this.recent();
    const st = await fs.stat(this.autoSavePath).catch(() => null);
    if (!st?.isFile()) return list;
    let title = '';
    try {
      const d = JSON.parse(await fs.readFile(this.autoSavePath, 'utf8')) as { title?: unknown };
      title = typeof d.title === 'string' ? d.title : '';
    } catch {
      return list;
    }
    return [{ path: this.autoSavePath, title: `${title || 'Dossier'} (niet opgeslagen, hersteld)`, openedAt: st.mtime.toISOString() }, ...list];
  }

  isRecent(file: string, list: RecentDossier[]): boolean {
    return list.some((r) => path.resolve(r.path) === path.resolve(file));
  }

  private async remember(file: string, title: string): Promise<void> {
    const list = (await this.recent()).filter((r) => path.resolve(r.path) !== path.resolve(file));
    list.unshift({ path: file, title, openedAt: this.now().toISOString() });
    await fs.mkdir(this.userDataDir, { recursive: true });
    await writeFileAtomic(this.recentFile, JSON.stringify(list.slice(0, MAX_RECENT), null, 1));
  }
}
