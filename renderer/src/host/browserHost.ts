/**
 * The browser host: `LakstiftApi` on top of what a web page may do (file inputs, drops,
 * downloads, IndexedDB), so the real renderer runs in plain Chromium for development
 * and for the end-to-end tests. A bundle is downloaded as one ZIP (a page cannot write a
 * folder), and the dossier auto-saves to IndexedDB (localStorage where there is none).
 */
import { zipSync } from 'fflate';
import type {
  DossierEnvelope, DroppedFileLike, ExportResult, LakstiftApi, MenuCommand, OpenedDossier, OpenedPdf, Progress, Result, SavedDossier,
} from '../../../shared/ipc/contract';
import { checkDossier, checkExportRequest, fail, ok } from '../../../shared/ipc/contract';
import { sealAudit, verifyAuditChain } from '../../../shared/dossier/audit';
import type { Dossier } from '../../../shared/dossier/types';
import { dossierJson, dossierJsonInSlices } from '../../../shared/app/json';

/** The dossier with its audit log chained, as every host writes it (shared/dossier/audit.ts). */
const sealed = async (d: DossierEnvelope) => (await sealAudit(d as unknown as Dossier)) as unknown as DossierEnvelope;

/** The chain of a dossier as read (before any migration), for the renderer to report. */
async function auditOf(raw: unknown): Promise<OpenedDossier['audit']> {
  const c = await verifyAuditChain(raw);
  return { status: c.status, message: c.message, entries: c.entries, ...(c.broken ? { entry: c.broken.entry, problem: c.broken.problem } : {}) };
}

const AUTOSAVE_KEY = 'lakstift:autosave';

/** Gives the window back between slices of work (a key press waits for one slice at most). */
export const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The auto-saved dossier's text. In IndexedDB, whose writes do not hold the window:
 * localStorage's synchronous write of a 10,000-redaction dossier (2.6 MB of JSON) held the
 * window for about 150 ms, and a key pressed meanwhile waited for it (issue #14). localStorage stays the fallback, and an
 * auto-save from before is still found there.
 */
const autosaveStore = {
  db: null as Promise<IDBDatabase | null> | null,
  open(): Promise<IDBDatabase | null> {
    this.db ??= new Promise((resolve) => {
      try {
        const req = indexedDB.open('lakstift', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('autosave');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => resolve(null);
        req.onblocked = () => resolve(null);
      } catch {
        resolve(null);
      }
    });
    return this.db;
  },
  async read(): Promise<string | null> {
    const db = await this.open();
    const saved = db
      ? await new Promise<string | null>((resolve) => {
        const req = db.transaction('autosave').objectStore('autosave').get(AUTOSAVE_KEY);
        req.onsuccess = () => resolve(typeof req.result === 'string' ? req.result : null);
        req.onerror = () => resolve(null);
      })
      : null;
    return saved ?? localStorage.getItem(AUTOSAVE_KEY);
  },
  async write(text: string): Promise<void> {
    const db = await this.open();
    if (!db) {
      localStorage.setItem(AUTOSAVE_KEY, text);
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('autosave', 'readwrite');
      tx.objectStore('autosave').put(text, AUTOSAVE_KEY);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
    });
    // An older auto-save in localStorage would be found instead of nothing, never instead of this one; cleared once.
    if (!this.cleared) {
      this.cleared = true;
      localStorage.removeItem(AUTOSAVE_KEY);
    }
  },
  cleared: false,
};

function pickFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    input.dataset.lakstift = 'file-input';
    let settled = false;
    const done = (files: File[]) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => done([...(input.files ?? [])]));
    input.addEventListener('cancel', () => done([]));
    document.body.append(input);
    input.click();
  });
}

function download(name: string, data: Uint8Array | string, type: string): void {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function createBrowserHost(): LakstiftApi {
  const files = new Map<string, OpenedPdf>();
  const progress = new Set<(p: Progress) => void>();
  const cancelled = new Set<string>();
  let counter = 0;

  let rejected: { name: string; why: 'not-a-pdf' | 'unreadable' }[] = [];
  async function readAll(list: readonly DroppedFileLike[]): Promise<Result<OpenedPdf[]>> {
    rejected = [];
    if (list.length === 0) return fail('cancelled', 'No PDF files were chosen.');
    const out: OpenedPdf[] = [];
    const problems: string[] = [];
    for (const f of list) {
      const bytes = new Uint8Array(await f.arrayBuffer());
      // Judged by content, not by name: a PDF is a PDF whatever it is called, and every other file gets a message.
      if (!new TextDecoder('latin1').decode(bytes.subarray(0, 1029)).includes('%PDF-')) {
        rejected.push({ name: f.name, why: f.name.toLowerCase().endsWith('.pdf') ? 'unreadable' : 'not-a-pdf' });
        problems.push(`${f.name} is not a PDF (it does not start with %PDF-); export it to PDF first.`);
        continue;
      }
      const pdf = { path: `browser:${++counter}/${f.name}`, name: f.name, bytes };
      files.set(pdf.path, pdf);
      out.push(pdf);
    }
    return out.length ? ok(out) : fail('not-a-pdf', problems.join(' '));
  }

  const emit = (p: Progress) => progress.forEach((l) => l(p));

  return {
    host: 'browser',
    openPdfs: async () => readAll(await pickFiles('application/pdf,.pdf', true)),
    openDropped: (list) => readAll(list),
    takeRejected: () => {
      const r = rejected;
      rejected = [];
      return r;
    },
    readPdf: async (path) => {
      const f = files.get(path);
      return f ? ok(f) : fail('not-found', `${path.replace(/^browser:\d+\//, '')} is not open in this browser tab; add it again.`);
    },
    openDossier: async (): Promise<Result<OpenedDossier>> => {
      const [f] = await pickFiles('.json,application/json', false);
      if (!f) return fail('cancelled', 'No dossier chosen.');
      let parsed: unknown;
      try {
        parsed = JSON.parse(await f.text());
      } catch {
        return fail('invalid-input', `${f.name} is not a Lakstift dossier (it is not valid JSON).`);
      }
      const c = checkDossier(parsed);
      return c.ok ? ok({ path: f.name, dossier: c.value, audit: await auditOf(parsed) }) : fail('invalid-input', `${f.name} is not a Lakstift dossier (${c.message}).`);
    },
    openRecent: async () => {
      const raw = await autosaveStore.read();
      const parsed: unknown = raw ? JSON.parse(raw) : null;
      const c = raw ? checkDossier(parsed) : null;
      return c?.ok ? ok({ path: 'browser:autosave', dossier: c.value, audit: await auditOf(parsed) }) : fail('not-found', 'There is no auto-saved dossier in this browser.');
    },
    recentDossiers: async () => {
      const raw = await autosaveStore.read();
      if (!raw) return ok([]);
      try {
        const d = JSON.parse(raw) as DossierEnvelope;
        return ok([{ path: 'browser:autosave', title: d.title, openedAt: String(d.updatedAt ?? '') }]);
      } catch {
        return ok([]);
      }
    },
    saveDossier: async ({ dossier: unsealed }): Promise<Result<SavedDossier>> => {
      const dossier = await sealed(unsealed);
      const name = `${dossier.title.replace(/[<>:"/\\|?*]/g, '_') || 'dossier'}.lakstift.json`;
      download(name, `${JSON.stringify(dossier, null, 2)}\n`, 'application/json');
      await autosaveStore.write(dossierJson(dossier as unknown as Dossier)).catch(() => undefined);
      return ok({ path: name, savedAt: new Date().toISOString() });
    },
    autoSave: async (dossier) => {
      try {
        // The JSON of unchanged redactions is re-used, and made in slices: a whole stringify of a large dossier held the window.
        await autosaveStore.write(await dossierJsonInSlices(await sealed(dossier) as unknown as Dossier, pause));
      } catch {
        return fail('io', 'The browser has no room left to auto-save this dossier; save it to a file.');
      }
      return ok({ path: 'browser:autosave', savedAt: new Date().toISOString() });
    },
    exportBundle: async (request): Promise<Result<ExportResult>> => {
      const c = checkExportRequest(request);
      if (!c.ok) return fail('invalid-payload', c.message);
      const entries: Record<string, Uint8Array> = {};
      let bytes = 0;
      for (let i = 0; i < request.files.length; i++) {
        if (cancelled.delete(request.jobId)) return fail('cancelled', 'Export cancelled; nothing was written.');
        const f = request.files[i];
        entries[`${request.folderName}/${f.path}`] = f.bytes;
        bytes += f.bytes.byteLength;
        emit({ jobId: request.jobId, phase: 'write', done: i + 1, total: request.files.length, label: f.path });
      }
      // PDFs and XLSX are compressed already; storing them keeps the ZIP step fast.
      const zip = zipSync(entries, { level: 0 });
      const name = `${request.folderName}.zip`;
      download(name, zip, 'application/zip');
      return ok({ location: name, files: request.files.length, bytes });
    },
    cancelExport: async (jobId) => {
      cancelled.add(jobId);
      return ok(null);
    },
    setTitle: async (title) => {
      document.title = title ? `${title} — Lakstift` : 'Lakstift';
      return ok(null);
    },
    onProgress: (l) => {
      progress.add(l);
      return () => progress.delete(l);
    },
    onMenu: (_l: (c: MenuCommand) => void) => () => undefined,
  };
}
