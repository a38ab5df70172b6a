/**
 * The renderer's controller: owns the app store (dossier + review focus, shared/app), the
 * bytes of the open documents, the analysis and export workers, auto-save and everything
 * else React shows. Components read it through `useController()` and change it only through
 * its methods or named actions.
 */
import { AppStore, unpackWords, type PackedWords, defaultGrounds, dossierJsonInSlices, findOccurrences, formatSecondsLeft, pagedProgress, type ExportPhase, type ActionName, type AppState, type PageWords, type PayloadOfAction } from '../../shared/app';
import type { Law } from '../../shared/contract';
import {
  addSuggestions, copyInputs, createDossier, dossierFromJson, type FoundGroup, indexOfRedaction, recordUnreadPages, verifyAuditChain, type ActionContext, type Dossier, type Redaction, type Role,
} from '../../shared/dossier';
import { admitDocuments, type DocumentHeader } from '../../shared/engine';
import type { DocumentFinding } from '../../shared/export';
import type { AuditCheckSummary, LakstiftApi, OpenedPdf } from '../../shared/ipc/contract';
import type { Rect } from '../../shared/pdf/types';
import { missingCaseError } from '../../shared/assert';
import { CoreClient, CoreError } from './worker/client';
import { OCR_PROGRESS, type AnalysisResult, type BundleFailure } from './worker/protocol';
import { loadPdf, type PDFDocumentProxy } from './pdf';
import { makeI18n, type I18n, type Language } from './i18n';
import { exportFindings, leakFindings, type ShownFinding } from './exportCheck';
import { WORKBENCH, fill } from './i18n/workbench';

export type Tool = 'select' | 'box' | 'text';

export interface DocRuntime {
  bytes?: Uint8Array;
  status: 'loading' | 'analysing' | 'ready' | 'error';
  /** Pages read so far; with `ocr`, scanned pages read by OCR so far (issue #12). */
  progress?: { done: number; total: number; ocr?: boolean };
  words?: PageWords[];
  /** The same words packed as the worker sent them (to hand them back to it: the copy finder runs there). */
  packed?: PackedWords;
  error?: string;
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
  /** What controle.txt will say, in the officer's terms: errors refuse the export, warnings are listed with it. */
  findings?: ShownFinding[];
}

/** Actions after which a redaction may stand in one copy and not yet in the others. */
const REDACTING: ReadonlySet<ActionName> = new Set<ActionName>(['accept', 'acceptCategory', 'addBox', 'redactOccurrences', 'changeGrounds', 'acceptGroup', 'acceptAll', 'moveBox', 'repeatBox', 'wholePage']);

const LAW_KEY = 'lakstift:last-law';
const LANG_KEY = 'lakstift:language';
const GROUNDS_KEY = 'lakstift:last-grounds';
/** The worker's phase labels (worker/core.ts) back to phases. */
const EXPORT_PHASES: Record<string, ExportPhase> = { controle: 'check', lakken: 'redact', lekcontrole: 'verify', bestanden: 'export', klaar: 'done' };
const IDENTITY_KEY = 'lakstift:identity';

/** Who works in the app (settings): recorded on every action (issue #15). */
export interface Identity {
  name: string;
  role: Role;
}

function loadIdentity(): Identity {
  try {
    const v = JSON.parse(localStorage.getItem(IDENTITY_KEY) ?? 'null') as Partial<Identity> | null;
    return { name: typeof v?.name === 'string' ? v.name : '', role: v?.role === 'reviewer' ? 'reviewer' : 'officer' };
  } catch {
    return { name: '', role: 'officer' };
  }
}
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
  /** Items ticked in the panel (Ctrl/Shift+click); empty means "the focused item". */
  selection: string[] = [];
  /** An encrypted PDF whose password the officer is asked for (wrong: the last one did not open it). */
  passwordPrompt: { file: string; wrong: boolean } | null = null;
  /** Passwords of encrypted originals by document ID, for the export; kept in memory only. */
  private readonly passwords = new Map<string, string>();
  private passwordAnswer: ((pw: string | null) => void) | null = null;
  private passwordQueue: Promise<unknown> = Promise.resolve();
  showKeys = false;
  dragging = false;
  /** Name and role from the settings; an action without a name is by "behandelaar", as before roles existed. */
  identity: Identity = loadIdentity();
  /** The audit chain of the dossier as it was opened; null for a dossier made in this session. */
  auditCheck: AuditCheckSummary | null = null;
  /** Page the viewer should scroll to (set by focus changes), consumed by the viewer. */
  scrollRequest: { documentId: string; page: number; rect?: [number, number, number, number]; seq: number } | null = null;

  private version = 0;
  private listeners = new Set<() => void>();
  private analysis: CoreClient;
  readonly exporter: CoreClient;
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
        // A place marked for a finding has been acted on.
        this.marked = null;
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
    return { by: this.actor, role: this.identity.role, at: new Date().toISOString() };
  }
  /** The name recorded on this person's actions. */
  get actor(): string {
    return this.identity.name.trim() || this.user;
  }
  /** Sets who works in the app; a reviewer lands in the reviewer's list, an officer in her review. */
  setIdentity(next: Identity): void {
    this.identity = { name: next.name.trim(), role: next.role };
    localStorage.setItem(IDENTITY_KEY, JSON.stringify(this.identity));
    const view = this.state.view;
    if (this.identity.role === 'reviewer' && view === 'review') this.store.perform('setView', { view: 'reviewer' });
    else if (this.identity.role === 'officer' && view === 'reviewer') this.store.perform('setView', { view: 'review' });
    this.changed();
  }
  /** The password of an encrypted original, kept in memory only. */
  passwordFor(documentId: string): string | undefined {
    return this.passwords.get(documentId);
  }
  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  getVersion = () => this.version;
  /**
   * Reading progress, said at most once per frame: the worker reports every page, and a
   * redraw of the sidebar and panel for each of a thousand pages kept the UI thread busy (issue #17).
   */
  progressChanged(): void {
    if (this.progressFrame !== null) return;
    const run = () => {
      this.progressFrame = null;
      this.changed();
    };
    this.progressFrame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : (setTimeout(run, 16) as unknown as number);
  }
  private progressFrame: number | null = null;
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
    // New requests fall under the Woo: a fresh install starts there (issue #14).
    return localStorage.getItem(LAW_KEY) === 'wob' ? 'wob' : 'woo';
  }
  /** The grounds the officer gave her last own box (per law), offered for the next one. */
  get lastGrounds(): string[] {
    const law = this.state.dossier.law;
    const v = localStorage.getItem(`${GROUNDS_KEY}:${law}`);
    const codes = v ? v.split(';').filter(Boolean) : [];
    return codes.length ? codes : defaultGrounds(law);
  }
  rememberGrounds(grounds: readonly string[]): void {
    if (grounds.length) localStorage.setItem(`${GROUNDS_KEY}:${this.state.dossier.law}`, grounds.join(';'));
  }
  /** A box drawn or text selected by the officer: added with her last ground, then she is asked for the ground. */
  addOwnBox(page: number, rects: Rect[], text: string): void {
    const before = this.state.dossier;
    this.perform('addBox', { page, rects, text, grounds: this.lastGrounds });
    if (this.state.dossier !== before && this.state.focusId) {
      this.groundsPickerFor = [this.state.focusId];
      this.changed();
    }
  }
  /** A whole page redacted by the officer: with her last ground, then she is asked for the ground (issue #14). */
  addWholePage(page: number): void {
    const before = this.state.dossier;
    this.perform('wholePage', { page, grounds: this.lastGrounds });
    const r = this.state.focusId ? this.state.dossier.redactions.find((x) => x.id === this.state.focusId) : undefined;
    if (this.state.dossier !== before && r?.wholePage) {
      this.groundsPickerFor = [r.id];
      this.changed();
    }
  }
  /** Ctrl/Shift+click in the panel: the items a ground change or Delete acts on together. */
  toggleSelected(id: string): void {
    this.selection = this.selection.includes(id) ? this.selection.filter((x) => x !== id) : [...this.selection, id];
    this.changed();
  }
  clearSelection(): void {
    if (this.selection.length) {
      this.selection = [];
      this.changed();
    }
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
      // What is redacted in one copy is proposed in the others (issue #16), as its own undo step.
      if (REDACTING.has(name) && this.state.dossier.groups.some((g) => g.status !== 'split')) this.store.perform('proposeInCopies', { words: this.wordsByDocument() });
    } catch (e) {
      this.notify('error', this.errorText(e));
    }
  }

  /** The words of every document read so far, for finding copies and threads. */
  wordsByDocument(): Map<string, PageWords[]> {
    return new Map([...this.docs.entries()].flatMap(([id, rt]) => (rt.words ? [[id, rt.words] as [string, PageWords[]]] : [])));
  }
  undo(): void {
    this.store.undo();
  }
  redo(): void {
    this.store.redo();
  }

  /** An error's sentence in the app's language (Dutch where the core gave one). */
  private errorText(e: unknown): string {
    const err = e as { message?: unknown; nl?: unknown } | null;
    if (this.i18n.lang === 'nl' && typeof err?.nl === 'string') return err.nl;
    return typeof err?.message === 'string' ? err.message : String(e);
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
  /**
   * Shows the password dialog for a file; resolves with the password, or null when cancelled.
   * Several encrypted files are asked for one after the other.
   */
  private askPassword(file: string, wrong: boolean): Promise<string | null> {
    const ask = () => {
      this.passwordPrompt = { file, wrong };
      this.changed();
      return new Promise<string | null>((resolve) => (this.passwordAnswer = resolve));
    };
    const answer = this.passwordQueue.then(ask, ask);
    this.passwordQueue = answer;
    return answer;
  }
  answerPassword(pw: string | null): void {
    const answer = this.passwordAnswer;
    this.passwordAnswer = null;
    this.passwordPrompt = null;
    this.changed();
    answer?.(pw);
  }
  openGroundsPicker(ids?: string[]): void {
    const target = ids ?? (this.selection.length ? [...this.selection] : this.state.focusId ? [this.state.focusId] : []);
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

  /** The focused redaction, looked up once per focus and decision list (several parts ask on every key press). */
  focused(): Redaction | undefined {
    const s = this.state;
    const id = s.focusId;
    if (id === null) return undefined;
    const k = this.focusCache;
    if (k && k.id === id && k.list === s.dossier.redactions) return k.r;
    const i = indexOfRedaction(s.dossier.redactions, id);
    const r = i >= 0 ? s.dossier.redactions[i] : undefined;
    this.focusCache = { id, list: s.dossier.redactions, r };
    return r;
  }
  private focusCache: { id: string; list: readonly Redaction[]; r: Redaction | undefined } | null = null;

  private requestScrollToFocus(): void {
    const s = this.state;
    const r = this.focused();
    if (r && r.documentId === s.documentId) {
      this.scrollRequest = { documentId: r.documentId, page: r.page, rect: r.rects[0], seq: ++this.seq };
    }
  }
  goToPage(page: number): void {
    if (this.state.documentId) this.scrollRequest = { documentId: this.state.documentId, page, seq: ++this.seq };
    this.changed();
  }
  /** A place the officer was sent to (a finding of the export check): marked on its page until she acts. */
  marked: { documentId: string; page: number; rect?: Rect; seq: number } | null = null;
  /** Opens a document at a page with the place marked (a finding's link). */
  showPlace(documentId: string, page: number, rect?: Rect): void {
    if (this.state.documentId !== documentId || this.state.view !== 'review') this.store.perform('selectDocument', { documentId });
    const seq = ++this.seq;
    this.marked = { documentId, page, ...(rect ? { rect } : {}), seq };
    this.scrollRequest = { documentId, page, ...(rect ? { rect: [rect[0], rect[1], rect[2], rect[3]] as [number, number, number, number] } : {}), seq };
    this.changed();
  }
  clearMark(): void {
    if (this.marked) {
      this.marked = null;
      this.changed();
    }
  }

  // ---- dossier ------------------------------------------------------------------------
  /** Starts a dossier with the law the officer chose (and remembers that choice). */
  newDossier(title: string, law: Law, caseNumber: string): void {
    localStorage.setItem(LAW_KEY, law);
    this.docs.clear();
    this.passwords.clear();
    this.auditCheck = null;
    this.store.replaceDossier(emptyDossier(title.trim() || this.i18n.s.untitled, law, caseNumber.trim(), this.ctx()), { documentId: null, focusId: null, view: 'review' });
    void this.api.setTitle(this.state.dossier.title);
  }

  async addPdfs(kind: 'dialog' | { dropped: readonly File[] }): Promise<void> {
    const r = kind === 'dialog' ? await this.api.openPdfs() : await this.api.openDropped(kind.dropped);
    // Every file left out gets its own Dutch message naming it and saying what to do (issue #14 item 5).
    const w = WORKBENCH[this.i18n.lang];
    const rejected = this.api.takeRejected?.() ?? [];
    if (kind !== 'dialog' && !this.api.takeRejected && r.ok) {
      const got = new Set(r.value.map((p) => p.name));
      for (const f of kind.dropped) if (!got.has(f.name) && /\.[a-z0-9]{1,5}$/i.test(f.name)) rejected.push({ name: f.name, why: /\.pdf$/i.test(f.name) ? 'unreadable' : 'not-a-pdf' });
    }
    for (const x of rejected) this.notify('error', fill(x.why === 'not-a-pdf' ? w.notPdf : w.unreadablePdf, { file: x.name }));
    if (!r.ok) {
      if (r.code !== 'cancelled' && rejected.length === 0) this.notify('error', this.errorText(r));
      return;
    }
    if (!this.hasDossier) this.newDossier(this.i18n.s.untitled, this.lastLaw, '');
    const fresh = r.value.filter((pdf) => !this.state.dossier.documents.some((d) => d.path === pdf.path && this.docs.get(d.id)?.bytes));
    // A document of this dossier whose file is not open (a reload in the browser): adding the file again reopens it.
    const reopen = fresh.filter((pdf) => this.reattach(pdf));
    await this.admitAndAnalyse(fresh.filter((pdf) => !reopen.includes(pdf)));
  }

  /**
   * Adds PDFs the way the command line does (shared/engine.ts `admitDocuments`: one intake, so
   * numbers, titles, dates and e-mail thread IDs come out the same). The worker reads each
   * document; as soon as every first page is read the batch enters the dossier and the viewer
   * shows it, while the rest of the text and the suggestions follow per document.
   */
  private async admitAndAnalyse(pdfs: readonly OpenedPdf[]): Promise<void> {
    const law = this.state.dossier.law;
    const progress = new Map<OpenedPdf, NonNullable<DocRuntime['progress']>>();
    const runtimes = new Map<OpenedPdf, DocRuntime>();
    const start = (pdf: OpenedPdf, password?: string) => {
      let onHeader!: (h: DocumentHeader | null) => void;
      const header = new Promise<DocumentHeader | null>((resolve) => (onHeader = resolve));
      const job: { pdf: OpenedPdf; header: Promise<DocumentHeader | null>; result: Promise<AnalysisResult>; error?: unknown; password?: string } = {
        pdf,
        header,
        password,
        result: this.analysis.analyse(pdf.path, pdf.bytes, law, {
          header: (h) => onHeader(h),
          progress: (done, total, label) => {
            const p = { done, total, ...(label === OCR_PROGRESS ? { ocr: true } : {}) };
            const rt = runtimes.get(pdf);
            if (rt) {
              rt.progress = p;
              this.progressChanged();
            } else progress.set(pdf, p);
          },
        }, password),
      };
      job.result.catch((e: unknown) => {
        job.error = e;
        onHeader(null);
      });
      return job;
    };
    const jobs = pdfs.map((pdf) => start(pdf));
    const headers = await Promise.all(jobs.map((j) => j.header));
    // An encrypted PDF: ask for its password (one file at a time) until it opens or the officer gives up.
    for (const [i, j] of jobs.entries()) {
      let job = j;
      while (!headers[i] && job.error instanceof CoreError && (job.error.code === 'encrypted-pdf' || job.error.code === 'wrong-password')) {
        const pw = await this.askPassword(j.pdf.name, job.error.code === 'wrong-password');
        if (pw === null) break;
        job = start(j.pdf, pw);
        headers[i] = await job.header;
      }
      jobs[i] = job;
    }
    const admitted = jobs.flatMap((j, i) => (headers[i] ? [{ ...j, header: headers[i] }] : []));
    if (admitted.length > 0) {
      const { dossier, documentIds } = admitDocuments(this.state.dossier, admitted.map((j) => j.header), [], this.ctx());
      admitted.forEach((j, i) => {
        const rt: DocRuntime = { bytes: j.pdf.bytes, status: 'analysing', progress: progress.get(j.pdf) ?? { done: 0, total: j.header.pageCount } };
        this.docs.set(documentIds[i], rt);
        runtimes.set(j.pdf, rt);
        if (j.password !== undefined) this.passwords.set(documentIds[i], j.password);
      });
      this.store.replaceDossier(dossier, this.state.documentId === null ? { documentId: documentIds[0], focusId: null } : {});
    }
    // Suggestions join the dossier in document order, as the command line adds them (so the
    // redactions, their IDs and the audit trail come out the same), each as soon as it and the
    // documents before it are read.
    for (const j of jobs) {
      const rt = runtimes.get(j.pdf);
      try {
        const res = await j.result;
        if (!rt) continue;
        // Taking the result off the message (a structured copy of thousands of suggestions) is a
        // task of its own; adding them to the dossier and drawing the panel is the next (issue #17).
        await nextTask();
        const documentId = [...this.docs.entries()].find(([, x]) => x === rt)?.[0];
        rt.packed = res.pages;
        rt.words = unpackWords(res.pages);
        rt.status = 'ready';
        // Pages OCR could not read are known only now (issue #12): the document is "niet beoordeeld" until confirmed.
        if (documentId && res.header.unreadPages?.length) {
          this.store.replaceDossier(recordUnreadPages(this.state.dossier, documentId, res.header.unreadPages, this.ctx()).dossier);
        }
        if (documentId && res.suggestions.suggestions.length > 0) {
          const before = this.state.dossier;
          let { dossier } = addSuggestions(before, documentId, res.suggestions.suggestions, this.ctx());
          // Drawing them (the panel, the boxes, the counts) is a task of its own, after adding
          // them (issue #17); should the dossier have changed in between, they are added to that.
          await nextTask();
          if (this.state.dossier !== before && !this.state.dossier.documents.some((d) => d.id === documentId)) continue;
          if (this.state.dossier !== before) dossier = addSuggestions(this.state.dossier, documentId, res.suggestions.suggestions, this.ctx()).dossier;
          const isCurrent = this.state.documentId === documentId;
          this.store.replaceDossier(dossier);
          // The first suggestion is focused (and scrolled to) in a task of its own: with the
          // result's arrival and the panel's first drawing of a thousand suggestions it made one long task (issue #17).
          if (isCurrent && !this.state.focusId) {
            await nextTask();
            if (this.state.documentId === documentId && !this.state.focusId) this.perform('selectDocument', { documentId });
          }
        }
        this.changed();
      } catch (e) {
        if (e instanceof CoreError && e.code === 'cancelled') continue;
        const msg = e instanceof CoreError && (e.code === 'encrypted-pdf' || e.code === 'wrong-password')
          ? fill(WORKBENCH[this.i18n.lang].passwordGivenUp, { file: j.pdf.name })
          : e instanceof CoreError && (e.code === 'damaged-pdf' || e.code === 'not-a-pdf')
            // The core's sentence (issue #13) names the file and what is wrong with it; the
            // workbench's general one is for a core that gave none.
            ? (this.errorText(e).includes(j.pdf.name) ? this.errorText(e) : fill(WORKBENCH[this.i18n.lang].unreadablePdf, { file: j.pdf.name }))
            : `${j.pdf.name}: ${this.errorText(e)}`;
        if (rt) {
          rt.status = 'error';
          rt.error = msg;
        }
        this.notify('error', msg);
      }
    }
    // Copies, threads and families, once every document of the batch is read (as the command
    // line does), asked for in a task of their own.
    if (runtimes.size > 0) {
      await nextTask();
      await this.findGroups();
    }
  }

  /**
   * Proposes the copies, threads and families among the documents read so far. The groups are
   * found in the worker from the packed words (shingling every line of a 1,000-page document
   * held the UI thread for 50 ms and more, issue #17); only proposing them is done here. Should
   * the worker fail, they are found here as before.
   */
  private async findGroups(): Promise<void> {
    const packed = new Map([...this.docs.entries()].flatMap(([id, rt]) => (rt.packed ? [[id, rt.packed] as [string, PackedWords]] : [])));
    let found: FoundGroup[] | undefined;
    try {
      found = await this.analysis.findGroups(copyInputs(this.state.dossier, packed));
    } catch {
      found = undefined;
    }
    this.perform('findGroups', { words: this.wordsByDocument(), ...(found ? { found } : {}) });
  }

  /**
   * Gives a document whose original is not loaded (after a reload) the file added again, when
   * its name matches; the fingerprint is checked when the worker has read it.
   */
  private reattach(pdf: OpenedPdf): boolean {
    const doc = this.state.dossier.documents.find((d) => !this.docs.get(d.id)?.bytes && (d.path === pdf.path || d.path.replace(/^browser:\d+\//, '').split(/[\\/]/).pop() === pdf.name));
    if (!doc) return false;
    const rt: DocRuntime = { bytes: pdf.bytes, status: 'analysing', progress: { done: 0, total: doc.pageCount } };
    this.docs.set(doc.id, rt);
    this.changed();
    void this.analysis.analyse(doc.path, pdf.bytes, this.state.dossier.law, {
      header: (h) => {
        if (h.sha256 !== doc.sha256) this.notify('error', `${pdf.name}: the file changed since it was added to the dossier (SHA-256 differs); check the redactions of document ${doc.number}.`);
      },
      progress: (done, total) => {
        rt.progress = { done, total };
        this.progressChanged();
      },
    }).then((res) => {
      rt.packed = res.pages;
      rt.words = unpackWords(res.pages);
      rt.status = 'ready';
      this.changed();
    }, (e: unknown) => {
      rt.status = 'error';
      rt.error = e instanceof Error ? e.message : String(e);
      this.changed();
    });
    return true;
  }

  /** The original in pdf.js for the viewer, or null when its bytes are not loaded. */
  pdfOf(documentId: string): Promise<PDFDocumentProxy> | null {
    const rt = this.docs.get(documentId);
    if (!rt?.bytes) return null;
    // Loaded when first shown (not when added), with the password an encrypted original was
    // opened with: an eager load without it failed unseen as an unhandled PasswordException.
    if (rt.pdf) return rt.pdf;
    const p = loadPdf(rt.bytes, this.passwords.get(documentId));
    rt.pdf = p;
    // A failed load (password not given yet) is tried again the next time it is shown.
    p.catch(() => {
      if (rt.pdf === p) rt.pdf = undefined;
    });
    return p;
  }

  async openDossier(recentPath?: string): Promise<void> {
    const r = recentPath ? await this.api.openRecent(recentPath) : await this.api.openDossier();
    if (!r.ok) {
      if (r.code !== 'cancelled') this.notify('error', this.errorText(r));
      return;
    }
    let dossier: Dossier;
    try {
      dossier = dossierFromJson(r.value.dossier, r.value.path);
    } catch (e) {
      this.notify('error', this.errorText(e));
      return;
    }
    // The host checked the chain of the file as it is on disk; a host that did not, gets it checked here.
    this.auditCheck = r.value.audit ?? await verifyAuditChain(r.value.dossier).then((c) => ({ status: c.status, message: c.message, entries: c.entries, ...(c.broken ? { entry: c.broken.entry, problem: c.broken.problem } : {}) }));
    this.docs.clear();
    this.passwords.clear();
    this.store.replaceDossier(dossier, { documentId: dossier.documents[0]?.id ?? null, focusId: null, view: 'review' });
    if (this.identity.role === 'reviewer') this.store.perform('setView', { view: 'reviewer' });
    this.saveStatus = { kind: 'saved', at: new Date().toISOString(), path: r.value.path };
    void this.api.setTitle(dossier.title);
    const missing: string[] = [];
    for (const doc of dossier.documents) {
      this.docs.set(doc.id, { status: 'loading' });
      const f = await this.api.readPdf(doc.path);
      const rt = this.docs.get(doc.id)!;
      if (!f.ok) {
        rt.status = 'error';
        rt.error = f.code === 'not-found' ? fill(WORKBENCH[this.i18n.lang].reAddOne, { file: fileName(doc.path) }) : f.message;
        if (f.code === 'not-found') missing.push(fileName(doc.path));
        continue;
      }
      rt.bytes = f.value.bytes;
      rt.status = 'analysing';
      this.changed();
      // Text for "every occurrence" and text selection; the stored decisions stay as they are.
      // An encrypted original asks for its password again (passwords are never saved).
      const read = (password?: string): Promise<void> => this.analysis.analyse(doc.path, f.value.bytes, dossier.law, {
        header: (h) => {
          if (h.sha256 !== doc.sha256) {
            this.notify('error', this.i18n.lang === 'nl'
              ? `${doc.path}: het bestand is veranderd sinds het aan het dossier werd toegevoegd (de SHA-256 verschilt); controleer de lakkingen van document ${doc.number}.`
              : `${doc.path}: the file changed since it was added to the dossier (SHA-256 differs); check the redactions of document ${doc.number}.`);
          }
        },
        progress: (done, total, label) => {
          rt.progress = { done, total, ...(label === OCR_PROGRESS ? { ocr: true } : {}) };
          this.progressChanged();
        },
      }, password).then((res) => {
        if (password !== undefined) this.passwords.set(doc.id, password);
        rt.packed = res.pages;
        rt.words = unpackWords(res.pages);
        rt.status = 'ready';
        this.changed();
      }, async (e: unknown) => {
        if (e instanceof CoreError && (e.code === 'encrypted-pdf' || e.code === 'wrong-password')) {
          const pw = await this.askPassword(f.value.name, e.code === 'wrong-password');
          if (pw !== null) return read(pw);
        }
        rt.status = 'error';
        rt.error = e instanceof CoreError && e.code === 'encrypted-pdf' ? this.i18n.s.passwordNotGiven : e instanceof Error ? e.message : String(e);
        this.changed();
      });
      void read();
    }
    // Said plainly which files to add again (a browser tab keeps no files across a reload); adding them reopens their documents.
    if (missing.length) this.notify('error', fill(WORKBENCH[this.i18n.lang].reAddAll, { files: missing.join(', ') }));
    this.changed();
  }

  async save(saveAs = false): Promise<void> {
    const r = await this.api.saveDossier({ dossier: this.state.dossier as unknown as import('../../shared/ipc/contract').DossierEnvelope, saveAs });
    if (!r.ok) {
      if (r.code !== 'cancelled') this.notify('error', this.errorText(r));
      return;
    }
    this.saveStatus = { kind: 'saved', at: r.value.savedAt, path: r.value.path };
    this.changed();
  }

  private scheduleAutoSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    // The same object while it stays unsaved: the top bar redraws only when the words change.
    if (this.saveStatus.kind !== 'unsaved') this.saveStatus = { ...this.saveStatus, kind: 'unsaved' };
    // Soon after each decision, but not on every key press of a quick review run.
    const save = async () => {
      // Behind IPC the dossier goes as JSON text, re-using the JSON of unchanged redactions
      // (shared/app/json.ts): a structured copy of 10,000 redactions held the window.
      // The JSON is made a slice at a time, so a key pressed meanwhile waits for one slice at most (issue #14).
      const r = this.api.autoSaveText ? await this.api.autoSaveText(await dossierJsonInSlices(this.state.dossier, yieldToInput)) : await this.api.autoSave(this.state.dossier as never);
      if (r.ok) this.saveStatus = { kind: 'autosaved', at: r.value.savedAt, path: r.value.path };
      else this.notify('error', this.errorText(r));
      this.changed();
    };
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      // When the window is idle (between key presses), at the latest two seconds later.
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void save(), { timeout: 2000 });
      else void save();
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
    const w = WORKBENCH[this.i18n.lang];
    const findings = exportFindings(d, this.wordsByDocument(), this.i18n.lang);
    const errors = findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      this.exportState = { phase: 'error', message: fill(w.exportRefused, { n: errors.length }), findings };
      this.changed();
      return;
    }
    const warnings = findings.filter((f) => f.severity === 'warning');
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
      originals.push({ documentId: doc.id, bytes: bytes.slice(), ...(this.passwords.has(doc.id) ? { password: this.passwords.get(doc.id)! } : {}) });
    }
    try {
      // Progress by pages with a time estimate (the worker reports documents per phase).
      const started = Date.now();
      const pageCounts = d.documents.map((x) => x.pageCount);
      const lang = this.i18n.lang;
      const bundle = await this.exporter.exportBundle(d, originals, `Lakstift ${VERSION}`, (done, _total, label) => {
        if (this.exportState.jobId !== jobId) return;
        const phase = EXPORT_PHASES[(label ?? '').split(' ')[0]] ?? 'check';
        const pp = pagedProgress(pageCounts, phase, done, Date.now() - started);
        const where = pp.page > 0 && (phase === 'redact' || phase === 'verify') ? ` · ${lang === 'nl' ? 'pagina' : 'page'} ${pp.page}/${pp.pages}` : '';
        const left = pp.secondsLeft !== null && phase !== 'export' ? ` · ${formatSecondsLeft(pp.secondsLeft, lang)}` : '';
        this.exportState = { ...this.exportState, done: pp.done, total: pp.total, label: `${label ?? ''}${where}${left}` };
        this.changed();
      });
      if (this.exportState.jobId !== jobId || this.exportState.phase !== 'running') return;
      if (bundle.failure) {
        this.exportState = this.failedExport(bundle.failure);
        this.changed();
        return;
      }
      const folderName = safeFolder(`${d.caseNumber || d.title || 'Besluit'}`);
      const r = await this.api.exportBundle({ jobId, folderName, files: bundle.files });
      if (this.exportState.jobId !== jobId) return;
      this.exportState = r.ok
        ? warnings.length
          ? { phase: 'done', message: fill(w.exportDoneWarnings, { n: warnings.length, files: r.value.files, location: r.value.location }), findings: warnings }
          : { phase: 'done', message: this.i18n.t('exportDone', { files: r.value.files, location: r.value.location }) }
        : r.code === 'cancelled' ? { phase: 'cancelled', message: this.i18n.s.exportCancelled } : { phase: 'error', message: r.message };
    } catch (e) {
      if (e instanceof CoreError && e.code === 'cancelled') return;
      const message = e instanceof CoreError && e.code === 'unsupported' ? this.i18n.t('exportUnavailable', { reason: e.message }) : e instanceof Error ? e.message : String(e);
      this.exportState = { phase: 'error', message };
    }
    this.changed();
  }

  /** Each reason the core refuses a bundle gets its own message (and the leak check its findings). */
  private failedExport(f: BundleFailure): ExportState {
    const s = this.i18n.s;
    switch (f.code) {
      case 'leak-found':
        // Each finding in the officer's terms, linked to its document, page and place (issue #14 item 3).
        return { phase: 'error', message: s.exportLeak, leak: summariseLeaks(f.leaks), findings: leakFindings(this.state.dossier, f.leaks, this.wordsByDocument(), this.i18n.lang) };
      case 'original-changed':
        return { phase: 'error', message: this.i18n.t('exportOriginalChanged', { detail: f.message }) };
      case 'name-clash':
        return { phase: 'error', message: this.i18n.t('exportNameClash', { detail: f.message }) };
      case 'inconsistent':
        return { phase: 'error', message: this.i18n.t('exportInconsistent', { detail: [f.message, ...f.problems].join(' ') }) };
      case 'not-reviewed':
        return { phase: 'error', message: this.i18n.t('exportNotReviewed', { detail: f.message }) };
      case 'unread':
        return { phase: 'error', message: this.i18n.t('exportUnread', { detail: (f.unread ?? []).map((u) => `${u.document}: p. ${u.pages.map((p) => p.page).join(', ')} (${[...new Set(u.pages.map((p) => p.reason))].join('; ')})`).join(' · ') }) };
      case 'not-importable':
        return { phase: 'error', message: this.i18n.t('exportNotImportable', { detail: f.problems.join(' ') || (this.state.dossier.matter ? f.message : this.i18n.s.matterMissing) }) };
      default:
        throw missingCaseError(f.code);
    }
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
export function summariseLeaks(leaks: readonly DocumentFinding[]): { texts: string[]; documents: string[]; findings: string[] } {
  const texts = new Set<string>();
  const documents = new Set<string>();
  for (const l of leaks) {
    documents.add(l.document);
    if (l.finding.text && l.finding.kind !== 'glyph-under-box') texts.add(l.finding.text);
  }
  return { texts: [...texts], documents: [...documents], findings: [...new Set(leaks.map((l) => `document ${l.document}: ${l.finding.message}`))] };
}

/** Gives the window back to input between slices of background work. */
const yieldToInput = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
/** Lets the browser draw a frame and handle input before the next step of a long update. */
const nextTask = yieldToInput;

function fileName(p: string): string {
  return p.replace(/^browser:\d+\//, '').split(/[\\/]/).pop() ?? p;
}

function safeFolder(s: string): string {
  return s.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '').slice(0, 80) || 'Besluit';
}
