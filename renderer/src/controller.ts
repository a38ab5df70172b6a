/**
 * The renderer's controller: owns the app store (dossier + review focus, shared/app), the
 * bytes of the open documents, the analysis and export workers, auto-save and everything
 * else React shows. Components read it through `useController()` and change it only through
 * its methods or named actions.
 */
import { AppStore, findOccurrences, type ActionName, type AppState, type PageWords, type PayloadOfAction } from '../../shared/app';
import type { Law } from '../../shared/contract';
import {
  addDocument, addSuggestions, createDossier, validateDossier, type ActionContext, type Dossier,
} from '../../shared/dossier';
import type { LakstiftApi, OpenedPdf } from '../../shared/ipc/contract';
import { CoreClient, CoreError } from './worker/client';
import { loadPdf, type PDFDocumentProxy } from './pdf';
import { makeI18n, type I18n, type Language } from './i18n';

export type Tool = 'select' | 'box' | 'text';

export interface DocRuntime {
  bytes?: Uint8Array;
  status: 'loading' | 'analysing' | 'ready' | 'error';
  progress?: { done: number; total: number };
  words?: PageWords[];
  error?: string;
  suggestionsUnavailable?: boolean;
  pdf?: Promise<PDFDocumentProxy>;
}

export interface ExportState {
  phase: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  jobId?: string;
  done?: number;
  total?: number;
  label?: string;
  message?: string;
  /** When the leak check stopped the export: the redacted texts still readable, and every finding. */
  leak?: { texts: string[]; documents: string[]; findings: string[] };
}

const LAW_KEY = 'lakstift:last-law';
const LANG_KEY = 'lakstift:language';
const VERSION = '0.1.0';

function emptyDossier(title: string, law: Law, caseNumber: string, ctx: ActionContext): Dossier {
  const id = `dossier-${Date.now().toString(36)}`;
  return createDossier({ id, title, law, caseNumber }, ctx).dossier;
}

export class Controller {
  readonly store: AppStore;
  readonly docs = new Map<string, DocRuntime>();
  tool: Tool = 'select';
  /** Zoom as a factor of 96/72 CSS px per point; null means fit width. */
  zoom: number | null = null;
  i18n: I18n;
  exportState: ExportState = { phase: 'idle' };
  saveStatus: { kind: 'unsaved' | 'saved' | 'autosaved'; at?: string; path?: string } = { kind: 'unsaved' };
  messages: { id: number; kind: 'info' | 'error'; text: string }[] = [];
  groundsPickerFor: string[] | null = null;
  showKeys = false;
  dragging = false;
  /** Page the viewer should scroll to (set by focus changes), consumed by the viewer. */
  scrollRequest: { documentId: string; page: number; rect?: [number, number, number, number]; seq: number } | null = null;

  private version = 0;
  private listeners = new Set<() => void>();
  private analysis: CoreClient;
  private exporter: CoreClient;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private messageId = 0;
  private seq = 0;

  constructor(readonly api: LakstiftApi, makeWorker: () => Worker, private readonly user = 'behandelaar') {
    const lang = (localStorage.getItem(LANG_KEY) as Language | null) ?? 'nl';
    this.i18n = makeI18n(lang === 'en' ? 'en' : 'nl');
    const ctx = this.ctx();
    this.store = new AppStore({ dossier: emptyDossier('', this.lastLaw, '', ctx), documentId: null, focusId: null, view: 'review' }, () => this.ctx());
    this.analysis = new CoreClient(makeWorker);
    this.exporter = new CoreClient(makeWorker);
    let lastDossier = this.store.state.dossier;
    let lastFocus = this.store.state.focusId;
    this.store.subscribe(() => {
      const s = this.store.state;
      if (s.dossier !== lastDossier) {
        lastDossier = s.dossier;
        this.scheduleAutoSave();
      }
      if (s.focusId !== lastFocus) {
        lastFocus = s.focusId;
        this.requestScrollToFocus();
      }
      this.changed();
    });
    api.onProgress((p) => {
      if (this.exportState.phase === 'running' && p.jobId === this.exportState.jobId) {
        this.exportState = { ...this.exportState, done: p.done, total: p.total, label: p.label };
        this.changed();
      }
    });
  }

  // ---- plumbing -----------------------------------------------------------------------
  private ctx(): ActionContext {
    return { by: this.user, at: new Date().toISOString() };
  }
  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  getVersion = () => this.version;
  changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
  get state(): AppState {
    return this.store.state;
  }
  get hasDossier(): boolean {
    return this.state.dossier.documents.length > 0 || this.state.dossier.title !== '';
  }
  get lastLaw(): Law {
    return localStorage.getItem(LAW_KEY) === 'woo' ? 'woo' : 'wob';
  }

  notify(kind: 'info' | 'error', text: string): void {
    const id = ++this.messageId;
    this.messages = [...this.messages, { id, kind, text }].slice(-4);
    this.changed();
    setTimeout(() => {
      this.messages = this.messages.filter((m) => m.id !== id);
      this.changed();
    }, kind === 'error' ? 12_000 : 5_000);
  }

  /** Runs a named action; a refused action (bad grounds, …) becomes a message, not a crash. */
  perform<N extends ActionName>(name: N, ...payload: PayloadOfAction<N> extends void ? [] | [PayloadOfAction<N>] : [PayloadOfAction<N>]): void {
    try {
      (this.store.perform as (n: N, ...p: unknown[]) => void)(name, ...payload);
    } catch (e) {
      this.notify('error', e instanceof Error ? e.message : String(e));
    }
  }
  undo(): void {
    this.store.undo();
  }
  redo(): void {
    this.store.redo();
  }

  setLanguage(lang: Language): void {
    localStorage.setItem(LANG_KEY, lang);
    this.i18n = makeI18n(lang);
    document.documentElement.lang = lang;
    this.changed();
  }
  setTool(tool: Tool): void {
    this.tool = tool;
    this.changed();
  }
  setZoom(z: number | null): void {
    this.zoom = z === null ? null : Math.min(4, Math.max(0.25, Math.round(z * 100) / 100));
    this.changed();
  }
  setDragging(v: boolean): void {
    if (this.dragging !== v) {
      this.dragging = v;
      this.changed();
    }
  }
  openGroundsPicker(ids?: string[]): void {
    const target = ids ?? (this.state.focusId ? [this.state.focusId] : []);
    if (target.length === 0) return;
    this.groundsPickerFor = target;
    this.changed();
  }
  closeGroundsPicker(): void {
    this.groundsPickerFor = null;
    this.changed();
  }
  toggleKeys(v?: boolean): void {
    this.showKeys = v ?? !this.showKeys;
    this.changed();
  }

  private requestScrollToFocus(): void {
    const s = this.state;
    const r = s.focusId ? s.dossier.redactions.find((x) => x.id === s.focusId) : undefined;
    if (r && r.documentId === s.documentId) {
      this.scrollRequest = { documentId: r.documentId, page: r.page, rect: r.rects[0], seq: ++this.seq };
    }
  }
  goToPage(page: number): void {
    if (this.state.documentId) this.scrollRequest = { documentId: this.state.documentId, page, seq: ++this.seq };
    this.changed();
  }

  // ---- dossier ------------------------------------------------------------------------
  /** Starts a dossier with the law the officer chose (and remembers that choice). */
  newDossier(title: string, law: Law, caseNumber: string): void {
    localStorage.setItem(LAW_KEY, law);
    this.docs.clear();
    this.store.replaceDossier(emptyDossier(title.trim() || this.i18n.s.untitled, law, caseNumber.trim(), this.ctx()), { documentId: null, focusId: null, view: 'review' });
    void this.api.setTitle(this.state.dossier.title);
  }

  async addPdfs(kind: 'dialog' | { dropped: readonly File[] }): Promise<void> {
    const r = kind === 'dialog' ? await this.api.openPdfs() : await this.api.openDropped(kind.dropped);
    if (!r.ok) {
      if (r.code !== 'cancelled') this.notify('error', r.message);
      return;
    }
    if (!this.hasDossier) this.newDossier(this.i18n.s.untitled, this.lastLaw, '');
    // Numbered in the order chosen (one after the other), analysed side by side.
    const analyses: Promise<void>[] = [];
    for (const pdf of r.value) {
      const admitted = await this.admit(pdf);
      if (admitted) analyses.push(this.analyseDocument(pdf, admitted.documentId, admitted.rt, admitted.fallbackTitle));
    }
    await Promise.all(analyses);
  }

  /**
   * Adds one PDF. The document enters the dossier as soon as pdf.js knows its page count
   * (pdf.js parses lazily, so that is quick even for 1,000 pages) and the viewer shows page 1
   * at once; the worker meanwhile reads all text, guesses title and date, and suggests.
   */
  private async admit(pdf: OpenedPdf): Promise<{ documentId: string; rt: DocRuntime; fallbackTitle: string } | null> {
    if (this.state.dossier.documents.some((d) => d.path === pdf.path)) return null;
    const fallbackTitle = pdf.name.replace(/\.pdf$/i, '');
    let documentId: string;
    let rt: DocRuntime;
    try {
      const loading = loadPdf(pdf.bytes);
      const [digest, doc] = await Promise.all([crypto.subtle.digest('SHA-256', pdf.bytes.slice()), loading]);
      const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
      const { dossier } = addDocument(this.state.dossier, { path: pdf.path, sha256, title: fallbackTitle, pageCount: doc.numPages }, this.ctx());
      documentId = dossier.documents[dossier.documents.length - 1].id;
      rt = { bytes: pdf.bytes, status: 'analysing', progress: { done: 0, total: doc.numPages }, pdf: loading };
      this.docs.set(documentId, rt);
      this.store.replaceDossier(dossier, this.state.documentId === null ? { documentId, focusId: null } : {});
    } catch (e) {
      this.notify('error', `${pdf.name}: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
    return { documentId, rt, fallbackTitle };
  }

  private async analyseDocument(pdf: OpenedPdf, documentId: string, rt: DocRuntime, fallbackTitle: string): Promise<void> {
    const law = this.state.dossier.law;
    try {
      const result = await this.analysis.analyse(pdf.name, pdf.bytes, law, {
        meta: (m) => {
          // The guessed title and date belong to adding the document, not to a decision:
          // patch them in unless the officer already edited the row.
          const d = this.state.dossier;
          const cur = d.documents.find((x) => x.id === documentId);
          if (!cur || cur.title !== fallbackTitle || cur.date !== '') return;
          const patched = { ...cur, title: m.title || fallbackTitle, date: m.date, fileType: m.fileType, ...(m.date ? { dateSource: 'text' as const } : {}) };
          this.store.replaceDossier({ ...d, documents: d.documents.map((x) => (x.id === documentId ? patched : x)) });
        },
        progress: (done, total) => {
          rt.progress = { done, total };
          this.changed();
        },
      });
      rt.words = result.pages;
      rt.status = 'ready';
      rt.suggestionsUnavailable = result.suggestions === null;
      if (result.suggestions && result.suggestions.length > 0) {
        const { dossier } = addSuggestions(this.state.dossier, documentId, result.suggestions, this.ctx());
        const isCurrent = this.state.documentId === documentId;
        this.store.replaceDossier(dossier);
        if (isCurrent && !this.state.focusId) this.perform('selectDocument', { documentId });
      }
      this.changed();
    } catch (e) {
      if (e instanceof CoreError && e.code === 'cancelled') return;
      const msg = `${pdf.name}: ${e instanceof Error ? e.message : String(e)}`;
      rt.status = 'error';
      rt.error = msg;
      this.notify('error', msg);
    }
  }

  pdfOf(documentId: string): Promise<PDFDocumentProxy> | null {
    const rt = this.docs.get(documentId);
    if (!rt?.bytes) return null;
    rt.pdf ??= loadPdf(rt.bytes);
    return rt.pdf;
  }

  async openDossier(recentPath?: string): Promise<void> {
    const r = recentPath ? await this.api.openRecent(recentPath) : await this.api.openDossier();
    if (!r.ok) {
      if (r.code !== 'cancelled') this.notify('error', r.message);
      return;
    }
    let dossier: Dossier;
    try {
      dossier = validateDossier(r.value.dossier, r.value.path);
    } catch (e) {
      this.notify('error', e instanceof Error ? e.message : String(e));
      return;
    }
    this.docs.clear();
    this.store.replaceDossier(dossier, { documentId: dossier.documents[0]?.id ?? null, focusId: null, view: 'review' });
    this.saveStatus = { kind: 'saved', at: new Date().toISOString(), path: r.value.path };
    void this.api.setTitle(dossier.title);
    for (const doc of dossier.documents) {
      this.docs.set(doc.id, { status: 'loading' });
      const f = await this.api.readPdf(doc.path);
      const rt = this.docs.get(doc.id)!;
      if (!f.ok) {
        rt.status = 'error';
        rt.error = f.message;
        continue;
      }
      rt.bytes = f.value.bytes;
      rt.status = 'analysing';
      this.changed();
      // Text for "every occurrence" and text selection; the stored decisions stay as they are.
      this.analysis.analyse(doc.path, f.value.bytes, dossier.law, {
        meta: (m) => {
          if (m.sha256 !== doc.sha256) this.notify('error', `${doc.path}: the file changed since it was added to the dossier (SHA-256 differs); check the redactions of document ${doc.number}.`);
        },
        progress: (done, total) => {
          rt.progress = { done, total };
          this.changed();
        },
      }).then((res) => {
        rt.words = res.pages;
        rt.status = 'ready';
        this.changed();
      }, (e: unknown) => {
        rt.status = 'error';
        rt.error = e instanceof Error ? e.message : String(e);
        this.changed();
      });
    }
    this.changed();
  }

  async save(saveAs = false): Promise<void> {
    const r = await this.api.saveDossier({ dossier: this.state.dossier as unknown as import('../../shared/ipc/contract').DossierEnvelope, saveAs });
    if (!r.ok) {
      if (r.code !== 'cancelled') this.notify('error', r.message);
      return;
    }
    this.saveStatus = { kind: 'saved', at: r.value.savedAt, path: r.value.path };
    this.changed();
  }

  private scheduleAutoSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveStatus = { ...this.saveStatus, kind: 'unsaved' };
    // Soon after each decision, but not on every key press of a quick review run.
    this.saveTimer = setTimeout(async () => {
      this.saveTimer = null;
      const r = await this.api.autoSave(this.state.dossier as never);
      if (r.ok) this.saveStatus = { kind: 'autosaved', at: r.value.savedAt, path: r.value.path };
      else this.notify('error', r.message);
      this.changed();
    }, 800);
  }

  // ---- review helpers -----------------------------------------------------------------
  /** Finds a phrase in every document's text and redacts each occurrence. */
  redactEveryOccurrence(phrase: string): number {
    const items = [];
    for (const d of this.state.dossier.documents) {
      const words = this.docs.get(d.id)?.words;
      if (!words) continue;
      for (const o of findOccurrences(words, phrase)) items.push({ documentId: d.id, ...o });
    }
    if (items.length > 0) this.perform('redactOccurrences', { items });
    return items.length;
  }

  // ---- export -------------------------------------------------------------------------
  async exportBundle(): Promise<void> {
    const d = this.state.dossier;
    const jobId = `export-${Date.now().toString(36)}`;
    this.exportState = { phase: 'running', jobId, done: 0, total: d.documents.length };
    this.changed();
    const originals: { documentId: string; bytes: Uint8Array }[] = [];
    for (const doc of d.documents) {
      const bytes = this.docs.get(doc.id)?.bytes;
      if (!bytes) {
        this.exportState = { phase: 'error', message: `${doc.number} ${doc.title}: ${this.docs.get(doc.id)?.error ?? 'the original is not loaded'}` };
        this.changed();
        return;
      }
      originals.push({ documentId: doc.id, bytes: bytes.slice() });
    }
    try {
      const bundle = await this.exporter.exportBundle(d, originals, `Lakstift ${VERSION}`, (done, total, label) => {
        if (this.exportState.jobId !== jobId) return;
        this.exportState = { ...this.exportState, done, total, label };
        this.changed();
      });
      if (this.exportState.jobId !== jobId || this.exportState.phase !== 'running') return;
      if (bundle.leaks.length > 0) {
        this.exportState = { phase: 'error', message: this.i18n.s.exportLeak, leak: summariseLeaks(bundle.leaks) };
        this.changed();
        return;
      }
      const folderName = safeFolder(`${d.caseNumber || d.title || 'Besluit'}`);
      const r = await this.api.exportBundle({ jobId, folderName, files: bundle.files });
      if (this.exportState.jobId !== jobId) return;
      this.exportState = r.ok
        ? { phase: 'done', message: this.i18n.t('exportDone', { files: r.value.files, location: r.value.location }) }
        : r.code === 'cancelled' ? { phase: 'cancelled', message: this.i18n.s.exportCancelled } : { phase: 'error', message: r.message };
    } catch (e) {
      if (e instanceof CoreError && e.code === 'cancelled') return;
      const message = e instanceof CoreError && e.code === 'unsupported' ? this.i18n.t('exportUnavailable', { reason: e.message }) : e instanceof Error ? e.message : String(e);
      this.exportState = { phase: 'error', message };
    }
    this.changed();
  }

  cancelExport(): void {
    const jobId = this.exportState.jobId;
    this.exporter.cancelAll();
    if (jobId) void this.api.cancelExport(jobId);
    this.exportState = { phase: 'cancelled', message: this.i18n.s.exportCancelled };
    this.changed();
  }

  resetExport(): void {
    if (this.exportState.phase !== 'running') this.exportState = { phase: 'idle' };
    this.changed();
  }
}

/** Boils the verifier's findings down to what the officer must act on: which texts, which documents. */
export function summariseLeaks(findings: readonly string[]): { texts: string[]; documents: string[]; findings: string[] } {
  const texts = new Set<string>();
  const documents = new Set<string>();
  for (const f of findings) {
    for (const m of f.matchAll(/redacted text "([^"]+)"/g)) texts.add(m[1]);
    for (const m of f.matchAll(/document (\w[\w.-]*):/g)) documents.add(m[1]);
  }
  return { texts: [...texts], documents: [...documents], findings: [...new Set(findings)] };
}

function safeFolder(s: string): string {
  return s.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '').slice(0, 80) || 'Besluit';
}
