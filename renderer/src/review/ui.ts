/**
 * The reviewer's screen state that is not the dossier (issue #15): which dialog is open, the
 * review export's progress; and the two tasks that need the core worker: importing redaction
 * marks from a PDF and the review export. Kept beside the controller (one per controller) so
 * that the officer's workbench and the reviewer's side stay apart.
 */
import type { ActionName, PayloadOfAction } from '../../../shared/app';
import { documentBlockers, reviewSettingsOf, samePerson } from '../../../shared/dossier/review';
import { importedMarks } from '../../../shared/review/marks';
import { reviewSummary } from '../../../shared/review/status';
import type { Controller } from '../controller';
import { reviewStrings } from './strings';

export type ReviewDialog =
  | { kind: 'send-back'; ids: string[] }
  | { kind: 'comment'; id: string }
  | { kind: 'needs-work'; documentId: string };

export class ReviewUi {
  dialog: ReviewDialog | null = null;
  settingsOpen = false;
  auditDismissed = false;
  exporting: { done: number; total: number } | null = null;

  constructor(private readonly c: Controller) {}

  private get t() {
    return reviewStrings(this.c.i18n.lang).t;
  }

  /** Runs a named action; true when it went through (a refusal becomes a message). */
  run<N extends ActionName>(name: N, ...payload: PayloadOfAction<N> extends void ? [] | [PayloadOfAction<N>] : [PayloadOfAction<N>]): boolean {
    try {
      (this.c.store.perform as (n: N, ...p: unknown[]) => void)(name, ...payload);
      return true;
    } catch (e) {
      this.c.notify('error', e instanceof Error ? e.message : String(e));
      return false;
    }
  }

  /**
   * Approves the focused redaction (or `ids`). A redaction the reviewer decided themselves is
   * refused in the interface's language before the core refuses it in English.
   */
  approve(ids?: string[]): boolean {
    const { dossier, focusId } = this.c.state;
    const chosen = ids ?? (focusId ? [focusId] : []);
    const me = this.c.actor;
    const own = reviewSettingsOf(dossier).allowSelfApproval ? undefined : dossier.redactions.find((r) => chosen.includes(r.id) && samePerson(r.decidedBy, me));
    if (own) {
      const number = dossier.documents.find((x) => x.id === own.documentId)?.number ?? own.documentId;
      this.c.notify('error', this.t('selfApproval', { number }));
      return false;
    }
    return this.run('approve', ids ? { ids } : undefined);
  }

  /** Marks a document (by default the one on screen) reviewed, or says in words why it cannot be yet. */
  markReviewed(documentId = this.c.state.documentId ?? undefined): boolean {
    const doc = this.c.state.dossier.documents.find((x) => x.id === documentId);
    if (!doc) return false;
    const b = documentBlockers(this.c.state.dossier, doc.id);
    const parts = [
      b.unapproved ? this.t('docUnapproved', { n: b.unapproved }) : '',
      b.sentBack ? this.t('docSentBack', { n: b.sentBack }) : '',
      b.undecided ? this.t('docUndecided', { n: b.undecided }) : '',
    ].filter((x) => x !== '');
    if (parts.length > 0) {
      this.c.notify('error', this.t('docNotReady', { number: doc.number, parts: parts.join(', ') }));
      return false;
    }
    return this.run('reviewDocument', { documentId: doc.id, status: 'reviewed' });
  }

  open(dialog: ReviewDialog | null): void {
    this.dialog = dialog;
    this.c.changed();
  }

  openSettings(v = true): void {
    this.settingsOpen = v;
    this.c.changed();
  }

  dismissAudit(): void {
    this.auditDismissed = true;
    this.c.changed();
  }

  /** Submits the open dialog's text; the dialog stays open when the action is refused. */
  submit(text: string): void {
    const d = this.dialog;
    if (!d) return;
    const ok = d.kind === 'send-back' ? this.run('sendBack', { ids: d.ids, comment: text })
      : d.kind === 'comment' ? this.run('comment', { id: d.id, text })
        : this.run('reviewDocument', { documentId: d.documentId, status: 'needs-work', comment: text });
    if (ok) this.open(null);
  }

  /**
   * Reads the /Redact annotations of PDFs the person chooses (Acrobat's, or a Lakstift review
   * copy) and adds them as proposed redactions: to the document a review copy was made from,
   * otherwise to the document on screen (which must have as many pages).
   */
  async importMarks(): Promise<void> {
    const c = this.c;
    const r = await c.api.openPdfs();
    if (!r.ok) {
      if (r.code !== 'cancelled') c.notify('error', r.message);
      return;
    }
    for (const pdf of r.value) {
      let read;
      try {
        read = await c.exporter.readMarks(pdf.name, pdf.bytes);
      } catch (e) {
        c.notify('error', e instanceof Error ? e.message : String(e));
        continue;
      }
      if (read.marks.length === 0) {
        c.notify('info', this.t('importNone', { file: pdf.name }));
        continue;
      }
      const d = c.state.dossier;
      const current = d.documents.find((x) => x.id === c.state.documentId);
      const origin = read.originalSha256 ? d.documents.find((x) => x.sha256 === read.originalSha256) : undefined;
      const target = origin ?? current;
      if (!target) {
        c.notify('error', this.t('importNoDocument'));
        continue;
      }
      if (read.pageCount !== target.pageCount) {
        c.notify('error', this.t('importPageCount', { file: pdf.name, pages: read.pageCount, number: target.number, own: target.pageCount }));
        continue;
      }
      if (origin && current && origin.id !== current.id) c.notify('info', this.t('importOtherDocument', { file: pdf.name, number: current.number, target: origin.number }));
      const marks = importedMarks(read.marks, d.law, pdf.name, c.docs.get(target.id)?.words);
      const before = d.redactions.length;
      this.run('importMarks', { documentId: target.id, marks, source: pdf.name });
      const added = c.state.dossier.redactions.length - before;
      c.notify('info', added === 0
        ? this.t('importAllPresent', { n: marks.length, file: pdf.name, number: target.number })
        : this.t('importDone', { n: added, file: pdf.name, number: target.number, skipped: added < marks.length ? this.t('importSkipped', { n: marks.length - added }) : '' }));
    }
  }

  /** The review export: review copies with redaction marks, the redaction log and the audit log, in a folder (or a ZIP) of its own. */
  async exportForReview(): Promise<void> {
    const c = this.c;
    const d = c.state.dossier;
    const originals: { documentId: string; bytes: Uint8Array; password?: string }[] = [];
    for (const doc of d.documents) {
      const bytes = c.docs.get(doc.id)?.bytes;
      if (!bytes) {
        c.notify('error', `${doc.number} ${doc.title}: ${c.docs.get(doc.id)?.error ?? 'the original is not loaded'}`);
        return;
      }
      const password = c.passwordFor(doc.id);
      originals.push({ documentId: doc.id, bytes: bytes.slice(), ...(password !== undefined ? { password } : {}) });
    }
    this.exporting = { done: 0, total: d.documents.length };
    c.changed();
    try {
      const { files } = await c.exporter.reviewExport(d, originals, (done, total) => {
        this.exporting = { done, total };
        c.changed();
      });
      const name = `${d.caseNumber || d.title || 'Dossier'} controle`.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '').slice(0, 80);
      const r = await c.api.exportBundle({ jobId: `review-${Date.now().toString(36)}`, folderName: name || 'Controle', files });
      if (r.ok) c.notify('info', this.t('exportReviewDone', { files: r.value.files, location: r.value.location }));
      else if (r.code !== 'cancelled') c.notify('error', r.message);
    } catch (e) {
      c.notify('error', e instanceof Error ? e.message : String(e));
    } finally {
      this.exporting = null;
      c.changed();
    }
  }
}

const uis = new WeakMap<Controller, ReviewUi>();

/** The review screen state of a controller. */
export function reviewUi(c: Controller): ReviewUi {
  let ui = uis.get(c);
  if (!ui) uis.set(c, (ui = new ReviewUi(c)));
  return ui;
}

/** True while one of the reviewer's dialogs has the keyboard. */
export function reviewDialogOpen(c: Controller): boolean {
  const ui = uis.get(c);
  return !!ui && (ui.dialog !== null || ui.settingsOpen);
}

/** The review gap in words for the export dialog, or '' when the review is complete. */
export function reviewGapText(c: Controller): string {
  const { t } = reviewStrings(c.i18n.lang);
  const s = reviewSummary(c.state.dossier);
  if (s.complete) return '';
  const open = s.redactions.unreviewed + s.redactions.resubmitted;
  return [
    open ? t('gapRedactions', { n: open }) : '',
    s.redactions['sent-back'] ? t('gapSentBack', { n: s.redactions['sent-back'] }) : '',
    t('gapDocuments', { numbers: s.notFinal.join(', ') }),
  ].filter((x) => x !== '').join(', ');
}
