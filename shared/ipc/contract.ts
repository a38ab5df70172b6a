/**
 * The one IPC contract between Lakstift's renderer and whatever hosts it (DESIGN.md
 * "Architecture"; STYLE.md "One IPC contract, narrow verbs, validated both ends").
 *
 * The preload script exposes exactly `LakstiftApi` as `window.lakstift`; the browser host
 * implements the same interface with file inputs and downloads, so the renderer cannot tell
 * them apart. Every payload that crosses into the main process is checked by the
 * validators below before a handler sees it. Isomorphic: no Node, no DOM.
 *
 * @example
 *   const r = await window.lakstift.openPdfs();
 *   if (r.ok) r.value.forEach((pdf) => addDocument(pdf));
 *   else if (r.code !== 'cancelled') showError(r.message);
 */
import type { LakstiftErrorCode } from '../errors';

/** Renderer → main channels (invoke/handle) and main → renderer events. All `lakstift:`. */
export const CHANNELS = {
  openPdfs: 'lakstift:open-pdfs',
  openPaths: 'lakstift:open-paths',
  readPdf: 'lakstift:read-pdf',
  openDossier: 'lakstift:open-dossier',
  openRecent: 'lakstift:open-recent',
  recentDossiers: 'lakstift:recent-dossiers',
  saveDossier: 'lakstift:save-dossier',
  autoSave: 'lakstift:auto-save',
  exportBundle: 'lakstift:export-bundle',
  cancelExport: 'lakstift:cancel-export',
  setTitle: 'lakstift:set-title',
} as const;

export const EVENTS = {
  progress: 'lakstift:progress',
  menu: 'lakstift:menu',
} as const;

export type InvokeChannel = (typeof CHANNELS)[keyof typeof CHANNELS];
export type EventChannel = (typeof EVENTS)[keyof typeof EVENTS];

/** Codes an IPC call can fail with; the renderer rebuilds behaviour from the code, never the text. */
export type IpcErrorCode =
  | LakstiftErrorCode
  | 'cancelled'
  | 'invalid-payload'
  | 'forbidden'
  | 'not-found'
  | 'too-large'
  | 'internal';

/** A failure carries its code and one sentence in English (`message`) and, where known, Dutch (`nl`). */
export type Result<T> = { ok: true; value: T } | { ok: false; code: IpcErrorCode; message: string; nl?: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: IpcErrorCode, message: string, nl?: string): Result<T> => ({ ok: false, code, message, ...(nl ? { nl } : {}) });

/** A PDF the host read for the renderer. `path` is an opaque handle in the browser host. */
export interface OpenedPdf {
  path: string;
  name: string;
  bytes: Uint8Array;
}

/**
 * The dossier (shared/dossier `Dossier`) as it crosses the boundary. The main process stores
 * it as it is and only checks the envelope; the full schema check (shared/dossier
 * `validateDossier`) runs where the dossier is used, in the renderer's core.
 */
export interface DossierEnvelope {
  schemaVersion: number;
  title: string;
  documents: unknown[];
  redactions: unknown[];
  [key: string]: unknown;
}

/** What the host found when it checked the audit chain of the file as it is on disk (issue #15). */
export interface AuditCheckSummary {
  status: 'intact' | 'broken' | 'unchained';
  /** One sentence (English, from the core) saying what was found. */
  message: string;
  /** The first broken entry (1-based), when broken. */
  entry?: number;
  /** Why it is broken (shared/dossier/audit.ts ChainProblem), so the app can say it in its own language. */
  problem?: 'changed' | 'unlinked' | 'unsealed' | 'malformed' | 'seal' | 'empty';
  /** How many entries the log holds. */
  entries?: number;
}

export interface OpenedDossier {
  path: string;
  dossier: DossierEnvelope;
  /** The audit chain of the file as read, before any migration. */
  audit?: AuditCheckSummary;
}

export interface SavedDossier {
  path: string;
  savedAt: string;
}

export interface RecentDossier {
  path: string;
  title: string;
  openedAt: string;
}

export interface SaveDossierRequest {
  dossier: DossierEnvelope;
  /** Ask for a file name even when the dossier already has one. */
  saveAs: boolean;
}

/** One output file of the bundle, relative to the bundle folder, forward slashes. */
export interface ExportFile {
  path: string;
  bytes: Uint8Array;
}

export interface ExportRequest {
  jobId: string;
  /** Proposed folder name (e.g. "Woo-besluit 2024-017"). */
  folderName: string;
  files: ExportFile[];
}

export interface ExportResult {
  /** Where the bundle was written (a folder for Electron, a download name for the browser). */
  location: string;
  files: number;
  bytes: number;
}

export interface Progress {
  jobId: string;
  phase: 'analyse' | 'redact' | 'write';
  done: number;
  total: number;
  label?: string;
}

export const MENU_COMMANDS = [
  'new-dossier', 'open-pdfs', 'open-dossier', 'save', 'save-as', 'export',
  'undo', 'redo', 'zoom-in', 'zoom-out', 'fit-width', 'view-review', 'view-inventory', 'view-reviewer', 'settings',
  'language-nl', 'language-en', 'help-keys',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** What a drop hands the host: the DOM `File` satisfies it, and Electron can map it to a path. */
export interface DroppedFileLike {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The API `window.lakstift` offers the renderer, in Electron and in the browser host alike. */
export interface LakstiftApi {
  readonly host: 'electron' | 'browser';
  /** Shows an open dialog for PDFs (and folders in Electron) and reads them. */
  openPdfs(): Promise<Result<OpenedPdf[]>>;
  /** Reads files or folders dropped on the window; folders are searched for PDFs. */
  openDropped(files: readonly DroppedFileLike[]): Promise<Result<OpenedPdf[]>>;
  /** The files the last openPdfs/openDropped left out, by name and why (so each gets its own message). */
  takeRejected?(): { name: string; why: 'not-a-pdf' | 'unreadable' }[];
  /** Reads a document of an opened dossier again (by the path the dossier stores). */
  readPdf(path: string): Promise<Result<OpenedPdf>>;
  openDossier(): Promise<Result<OpenedDossier>>;
  openRecent(path: string): Promise<Result<OpenedDossier>>;
  recentDossiers(): Promise<Result<RecentDossier[]>>;
  saveDossier(request: SaveDossierRequest): Promise<Result<SavedDossier>>;
  /** Writes the dossier to its file (or to the auto-save slot when it has none yet). */
  autoSave(dossier: DossierEnvelope): Promise<Result<SavedDossier>>;
  /**
   * The same with the dossier as JSON text, for a host behind IPC: one string crosses to the
   * main process instead of a structured copy of every redaction made on the window's thread
   * (issue #14, key-press latency at 10,000 suggestions). The main process parses and checks it.
   */
  autoSaveText?(json: string): Promise<Result<SavedDossier>>;
  exportBundle(request: ExportRequest): Promise<Result<ExportResult>>;
  cancelExport(jobId: string): Promise<Result<null>>;
  setTitle(title: string): Promise<Result<null>>;
  onProgress(listener: (progress: Progress) => void): () => void;
  onMenu(listener: (command: MenuCommand) => void): () => void;
}

// ---------------------------------------------------------------------------------------
// Validators. Hand-written rather than a schema library: the payloads are few and small, and
// each check says in its message what was wrong (Signal parses IPC with schemas for the same
// reason: the main process must never trust the renderer).

export const LIMITS = {
  maxPathLength: 4096,
  maxPaths: 10_000,
  maxTitleLength: 300,
  maxJobIdLength: 100,
  maxExportFiles: 20_000,
  /** 2 GiB in all: a bundle of a very large dossier still fits, a runaway renderer does not. */
  maxExportBytes: 2 * 1024 ** 3,
  maxDossierDocuments: 100_000,
  /** A dossier sent as JSON text (auto-save): 512 MiB, far above a 10,000-page dossier. */
  maxDossierJsonLength: 512 * 1024 ** 2,
} as const;

export type Check<T> = (value: unknown) => { ok: true; value: T } | { ok: false; message: string };

const good = <T>(value: T) => ({ ok: true as const, value });
const bad = (message: string) => ({ ok: false as const, message });

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function checkPath(v: unknown, what = 'path'): string | null {
  if (typeof v !== 'string' || v.length === 0) return `${what} must be a non-empty string`;
  if (v.length > LIMITS.maxPathLength) return `${what} is longer than ${LIMITS.maxPathLength} characters`;
  if (v.includes('\0')) return `${what} contains a NUL character`;
  return null;
}

/**
 * A bundle-relative output path: forward slashes, no "..", no absolute path, no drive letter,
 * no characters Windows forbids. This is what keeps a compromised renderer from writing
 * outside the folder the officer chose.
 */
export function checkRelativeOutputPath(p: string): string | null {
  if (p.length === 0 || p.length > 255 * 4) return 'output path is empty or too long';
  if (p.startsWith('/') || p.startsWith('\\') || /^[A-Za-z]:/.test(p)) return `output path "${p}" is absolute`;
  if (p.includes('\\')) return `output path "${p}" uses backslashes`;
  const parts = p.split('/');
  for (const part of parts) {
    if (part === '' || part === '.' || part === '..') return `output path "${p}" has an empty, "." or ".." segment`;
    if (/[<>:"|?*\u0000-\u001f]/.test(part)) return `output path "${p}" has a character that is not allowed in file names`;
    if (/[. ]$/.test(part)) return `output path "${p}" has a segment ending in a dot or space`;
  }
  return null;
}

export const checkString = (what: string, max: number): Check<string> => (v) =>
  typeof v === 'string' && v.length <= max ? good(v) : bad(`${what} must be a string of at most ${max} characters`);

export const checkNoPayload: Check<undefined> = (v) => (v === undefined || v === null ? good(undefined) : bad('this call takes no payload'));

export const checkPathPayload: Check<string> = (v) => {
  const err = checkPath(v);
  return err ? bad(err) : good(v as string);
};

export const checkPathList: Check<string[]> = (v) => {
  if (!Array.isArray(v)) return bad('paths must be an array');
  if (v.length === 0 || v.length > LIMITS.maxPaths) return bad(`between 1 and ${LIMITS.maxPaths} paths are expected`);
  for (const p of v) {
    const err = checkPath(p);
    if (err) return bad(err);
  }
  return good(v as string[]);
};

export const checkDossier: Check<DossierEnvelope> = (v) => {
  if (!isRecord(v)) return bad('dossier must be an object');
  if (typeof v.schemaVersion !== 'number' || !Number.isInteger(v.schemaVersion) || v.schemaVersion < 1) return bad('dossier.schemaVersion must be a positive integer');
  if (typeof v.title !== 'string' || v.title.length > LIMITS.maxTitleLength) return bad('dossier.title must be a short string');
  if (!Array.isArray(v.documents) || v.documents.length > LIMITS.maxDossierDocuments) return bad('dossier.documents must be an array');
  if (!Array.isArray(v.redactions)) return bad('dossier.redactions must be an array');
  return good(v as DossierEnvelope);
};

/** A dossier as an object, or as the JSON text of one (parsed here, in the main process). */
export const checkDossierOrJson: Check<DossierEnvelope> = (v) => {
  if (typeof v !== 'string') return checkDossier(v);
  if (v.length > LIMITS.maxDossierJsonLength) return bad('dossier text is too large');
  let parsed: unknown;
  try {
    parsed = JSON.parse(v);
  } catch {
    return bad('dossier text is not JSON');
  }
  return checkDossier(parsed);
};

export const checkSaveRequest: Check<SaveDossierRequest> = (v) => {
  if (!isRecord(v)) return bad('save request must be an object');
  if (typeof v.saveAs !== 'boolean') return bad('saveAs must be a boolean');
  const d = checkDossier(v.dossier);
  return d.ok ? good({ dossier: d.value, saveAs: v.saveAs }) : d;
};

export const checkExportRequest: Check<ExportRequest> = (v) => {
  if (!isRecord(v)) return bad('export request must be an object');
  if (typeof v.jobId !== 'string' || v.jobId.length === 0 || v.jobId.length > LIMITS.maxJobIdLength) return bad('jobId must be a short string');
  if (typeof v.folderName !== 'string' || checkRelativeOutputPath(v.folderName) !== null || v.folderName.includes('/')) {
    return bad('folderName must be a single valid folder name');
  }
  if (!Array.isArray(v.files) || v.files.length === 0 || v.files.length > LIMITS.maxExportFiles) return bad(`between 1 and ${LIMITS.maxExportFiles} files are expected`);
  let total = 0;
  const seen = new Set<string>();
  for (const f of v.files) {
    if (!isRecord(f)) return bad('every file must be an object');
    if (typeof f.path !== 'string') return bad('file.path must be a string');
    const err = checkRelativeOutputPath(f.path);
    if (err) return bad(err);
    const key = f.path.toLowerCase(); // case-insensitive file systems would merge these
    if (seen.has(key)) return bad(`output path "${f.path}" appears twice`);
    seen.add(key);
    if (!(f.bytes instanceof Uint8Array)) return bad(`file "${f.path}" must carry its bytes as a Uint8Array`);
    total += f.bytes.byteLength;
    if (total > LIMITS.maxExportBytes) return bad('the bundle is larger than 2 GiB');
  }
  return good({ jobId: v.jobId, folderName: v.folderName, files: v.files as ExportFile[] });
};

export const checkJobId: Check<string> = checkString('jobId', LIMITS.maxJobIdLength);
export const checkTitle: Check<string> = checkString('title', LIMITS.maxTitleLength);

/** The validator for each renderer → main channel; the main process refuses any channel not listed. */
export const VALIDATORS = {
  [CHANNELS.openPdfs]: checkNoPayload,
  [CHANNELS.openPaths]: checkPathList,
  [CHANNELS.readPdf]: checkPathPayload,
  [CHANNELS.openDossier]: checkNoPayload,
  [CHANNELS.openRecent]: checkPathPayload,
  [CHANNELS.recentDossiers]: checkNoPayload,
  [CHANNELS.saveDossier]: checkSaveRequest,
  [CHANNELS.autoSave]: checkDossierOrJson,
  [CHANNELS.exportBundle]: checkExportRequest,
  [CHANNELS.cancelExport]: checkJobId,
  [CHANNELS.setTitle]: checkTitle,
} satisfies Record<InvokeChannel, Check<unknown>>;

/** The payload type each channel's validator yields. */
export type PayloadOf<C extends InvokeChannel> = (typeof VALIDATORS)[C] extends Check<infer T> ? T : never;

export function isMenuCommand(v: unknown): v is MenuCommand {
  return typeof v === 'string' && (MENU_COMMANDS as readonly string[]).includes(v);
}

export function isProgress(v: unknown): v is Progress {
  return isRecord(v) && typeof v.jobId === 'string' && typeof v.done === 'number' && typeof v.total === 'number'
    && (v.phase === 'analyse' || v.phase === 'redact' || v.phase === 'write');
}
