/**
 * The small pieces of the review that other screens show (issue #15): who is working (top
 * bar), a broken audit log (said plainly, on top of everything), the reviewer's verdict and
 * comments on an item of the officer's panel, the review state in the export dialog, and the
 * reviewer's dialogs (comment, settings).
 */
import { useEffect, useRef, useState } from 'react';
import type { AuditEntry, ChainProblem, Redaction, Role } from '../../../shared/dossier';
import type { AuditCheckSummary } from '../../../shared/ipc/contract';
import { reviewSettingsOf } from '../../../shared/dossier/review';
import { reviewSummary } from '../../../shared/review/status';
import { useController, useControllerMethods, useSelect } from '../useController';
import { useI18n } from '../i18n';
import { reviewStrings } from './strings';
import { reviewGapText, reviewUi } from './ui';
import './review.css';

/** Name and role in the top bar; a click (or Ctrl+,) opens the settings. */
export function IdentityChip() {
  const c = useControllerMethods();
  useSelect((x) => x.identity);
  const { lang } = useI18n();
  const { r } = reviewStrings(lang);
  const id = c.identity;
  return (
    <button className={`identity ${id.name ? '' : 'unset'}`} onClick={() => reviewUi(c).openSettings()} title={`${r.settings} (Ctrl+,)`} data-testid="identity">
      {id.name ? <>{id.name}<span className="role">{id.role === 'reviewer' ? r.roleReviewer : r.roleOfficer}</span></> : r.whoAreYou}
    </button>
  );
}

/** The reviewer's tab beside the officer's review and the inventory. */
export function ReviewerTab() {
  const c = useControllerMethods();
  useSelect((x) => x.state.view);
  const { lang } = useI18n();
  const { r } = reviewStrings(lang);
  const on = c.state.view === 'reviewer';
  return (
    <button role="tab" aria-selected={on} className={on ? 'on' : ''} onClick={() => c.perform('setView', { view: 'reviewer' })} data-testid="tab-reviewer">
      {r.tab}
    </button>
  );
}

const PROBLEM_NL: Record<ChainProblem, string> = {
  changed: 'de inhoud past niet bij de hash, dus de regel is gewijzigd nadat hij is geschreven',
  unlinked: 'de regel volgt niet op de regel ervoor, dus er is een regel verwijderd, ingevoegd of verplaatst',
  unsealed: 'de regel heeft geen hash, dus hij is buiten Lakstift toegevoegd of gewijzigd',
  malformed: 'dit is geen regel van een controlespoor',
  seal: 'het zegel van het dossier past niet bij het einde van het spoor, dus er zijn regels aan het eind verwijderd of is de laatste vervangen',
  empty: 'het spoor is leeg, terwijl het spoor van elk dossier begint met de aanmaak ervan',
};

/** The first broken entry in Dutch: which entry (what, by whom, when) and what that means. */
function findingNl(check: AuditCheckSummary, audit: readonly AuditEntry[]): string {
  const { entry, problem, entries } = check;
  if (entry === undefined || problem === undefined || entries === undefined) return check.message;
  const e = audit[entry - 1];
  const where = entry > entries ? `het einde (na regel ${entries})`
    : `regel ${entry} van ${entries}${e ? ` (${e.action} door ${e.by}, ${e.at})` : ''}`;
  return `verbroken bij ${where}: ${PROBLEM_NL[problem]}.`;
}

/** When the audit chain of an opened dossier is broken (or not there yet), says so on top of everything. */
export function AuditBanner() {
  const c = useControllerMethods();
  useSelect((x) => [x.auditCheck, reviewUi(x).auditDismissed]);
  const { lang } = useI18n();
  const { r } = reviewStrings(lang);
  const ui = reviewUi(c);
  const check = c.auditCheck;
  if (!check || check.status === 'intact' || ui.auditDismissed) return null;
  const broken = check.status === 'broken';
  return (
    <div className={`audit-banner ${broken ? 'broken' : 'info'}`} role={broken ? 'alert' : 'status'} data-testid="audit-banner" data-status={check.status}>
      <strong>{broken ? r.auditBroken : r.auditUnchained}</strong>
      {broken && <div className="audit-finding" title={check.message} data-testid="audit-finding">{r.auditDetails}: {lang === 'en' ? check.message : findingNl(check, c.state.dossier.audit)}</div>}
      <button className="small" onClick={() => ui.dismissAudit()}>{r.dismiss}</button>
    </div>
  );
}

/** Under an item of the officer's panel: the reviewer's verdict and the conversation about it. */
/**
 * How many lines ReviewNote shows for a redaction (0: none): the status line, one per comment
 * unless approved, and a sent-back item's reply hint after its comments. The officer's
 * virtualised list sizes its rows by it; keep the two in step.
 */
export function reviewNoteLines(x: Redaction): number {
  if (!x.review && !x.comments?.length) return 0;
  const st = x.review?.status;
  const last = [...(x.comments ?? [])].reverse().find((m) => m.role === 'reviewer');
  if (!st && !last) return 0;
  const comments = st !== 'approved' ? (x.comments ?? []).length : 0;
  const first = st === 'sent-back' || st === 'resubmitted' || st === 'approved' || x.review?.groundsBefore ? 1 : 0;
  // The reply hint of a sent-back item follows the comments on a line of its own.
  return first + comments + (st === 'sent-back' && comments > 0 ? 1 : 0);
}

export function ReviewNote({ r: x }: { r: Redaction }) {
  const { lang } = useI18n();
  const { r, t } = reviewStrings(lang);
  const st = x.review?.status;
  const last = [...(x.comments ?? [])].reverse().find((m) => m.role === 'reviewer');
  if (!st && !last) return null;
  const head = st === 'sent-back' ? t('reviewerNote', { by: x.review!.by }) : st === 'resubmitted' ? r.resubmittedNote : st === 'approved' ? t('approvedNote', { by: x.review!.by }) : '';
  return (
    <div className={`review-note ${st ?? ''}`} data-testid="review-note" data-review={st ?? 'unreviewed'}>
      {head && <strong>{head}</strong>}
      {x.review?.groundsBefore && <span> · {t('groundsBefore', { grounds: x.review.groundsBefore.join(', ') })}</span>}
      {st !== 'approved' && (x.comments ?? []).map((m, i) => (
        <div key={i} className={`review-comment by-${m.role}`}>“{m.text}” <span className="muted">— {m.by}</span></div>
      ))}
      {st === 'sent-back' && <span className="muted"> {r.replyHint}</span>}
    </div>
  );
}

/** In the export dialog: the state of the legal review, a warning, or (by dossier setting) why the export is refused. */
export function ReviewExportNotice() {
  const c = useController();
  const { lang } = useI18n();
  const { t } = reviewStrings(lang);
  const gap = reviewGapText(c);
  if (c.state.dossier.documents.length === 0) return null;
  if (!gap) return <p className="notice ok" data-testid="export-review-notice" data-state="complete">{t('exportReviewComplete')}</p>;
  const refuse = reviewSettingsOf(c.state.dossier).exportPolicy === 'refuse';
  return (
    <p className={`notice ${refuse ? 'error' : 'warn'}`} data-testid="export-review-notice" data-state={refuse ? 'refused' : 'warning'}>
      {t(refuse ? 'exportReviewRefused' : 'exportReviewWarning', { detail: gap })}
    </p>
  );
}

/** True when the dossier's settings refuse an export now. */
export function exportRefusedByReview(c: ReturnType<typeof useController>): boolean {
  return reviewSettingsOf(c.state.dossier).exportPolicy === 'refuse' && !reviewSummary(c.state.dossier).complete;
}

/** The reviewer's dialogs, wherever they were opened from. */
export function ReviewDialogs() {
  const c = useControllerMethods();
  useSelect((x) => [reviewUi(x).dialog, reviewUi(x).settingsOpen]);
  const ui = reviewUi(c);
  return (
    <>
      {ui.dialog && <CommentDialog />}
      {ui.settingsOpen && <SettingsDialog />}
    </>
  );
}

function CommentDialog() {
  const c = useController();
  const { lang } = useI18n();
  const { r, t } = reviewStrings(lang);
  const ui = reviewUi(c);
  const d = ui.dialog!;
  const [text, setText] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  const target = d.kind === 'needs-work' ? null : c.state.dossier.redactions.find((x) => x.id === (d.kind === 'comment' ? d.id : d.ids[0]));
  const title = d.kind === 'send-back' ? r.sendBackTitle : d.kind === 'comment' ? r.commentTitle
    : t('needsWorkTitle', { number: c.state.dossier.documents.find((x) => x.id === d.documentId)?.number ?? '' });
  return (
    <div className="modal-backdrop" onClick={() => ui.open(null)}>
      <div className="modal" role="dialog" aria-modal="true" aria-label={title} onClick={(e) => e.stopPropagation()} data-testid="review-comment-dialog">
        <h2>{title}</h2>
        {target && <p className="muted">“{target.wholePage ? 'hele pagina' : target.text}” · {target.grounds.join(', ')}</p>}
        {d.kind === 'send-back' && <p>{r.sendBackHint}</p>}
        <textarea
          ref={area}
          value={text}
          rows={4}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') ui.open(null);
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              ui.submit(text);
            }
          }}
          data-testid="review-comment-input"
        />
        <p className="muted small">{r.enterHint}</p>
        <div className="modal-actions">
          <button onClick={() => ui.open(null)}>{r.cancel}</button>
          <button className="primary" disabled={text.trim() === ''} onClick={() => ui.submit(text)} data-testid="review-comment-submit">{r.send}</button>
        </div>
      </div>
    </div>
  );
}

function SettingsDialog() {
  const c = useController();
  const { lang } = useI18n();
  const { r } = reviewStrings(lang);
  const ui = reviewUi(c);
  const [name, setName] = useState(c.identity.name);
  const [role, setRole] = useState<Role>(c.identity.role);
  const settings = reviewSettingsOf(c.state.dossier);
  const [allowSelf, setAllowSelf] = useState(settings.allowSelfApproval);
  const [policy, setPolicy] = useState(settings.exportPolicy);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const canEditDossier = c.hasDossier && role === 'reviewer' && name.trim() !== '';
  const save = () => {
    c.setIdentity({ name, role });
    if (canEditDossier && (allowSelf !== settings.allowSelfApproval || policy !== settings.exportPolicy)) {
      const patch = { ...(allowSelf !== settings.allowSelfApproval ? { allowSelfApproval: allowSelf } : {}), ...(policy !== settings.exportPolicy ? { exportPolicy: policy } : {}) };
      if (!ui.run('reviewSettings', { patch })) return;
    }
    ui.openSettings(false);
  };
  return (
    <div className="modal-backdrop" onClick={() => ui.openSettings(false)}>
      <form
        className="modal settings"
        role="dialog"
        aria-modal="true"
        aria-label={r.settingsTitle}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') ui.openSettings(false);
        }}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
        data-testid="settings-dialog"
      >
        <h2>{r.settingsTitle}</h2>
        <label className="field">{r.yourName}
          <input ref={input} value={name} onChange={(e) => setName(e.target.value)} data-testid="settings-name" autoComplete="name" />
          <span className="muted small">{r.yourNameHint}</span>
        </label>
        <fieldset>
          <legend>{r.yourRole}</legend>
          <label className="radio"><input type="radio" name="role" checked={role === 'officer'} onChange={() => setRole('officer')} data-testid="settings-role-officer" /> {r.roleOfficerLong}</label>
          <label className="radio"><input type="radio" name="role" checked={role === 'reviewer'} onChange={() => setRole('reviewer')} data-testid="settings-role-reviewer" /> {r.roleReviewerLong}</label>
        </fieldset>
        {c.hasDossier && (
          <fieldset disabled={!canEditDossier}>
            <legend>{r.dossierSettings}</legend>
            {!canEditDossier && <p className="muted small">{r.dossierSettingsReviewerOnly}</p>}
            <label className="radio"><input type="checkbox" checked={allowSelf} onChange={(e) => setAllowSelf(e.target.checked)} data-testid="settings-allow-self" /> {r.allowSelf}</label>
            <label className="field">{r.exportPolicy}
              <select value={policy} onChange={(e) => setPolicy(e.target.value as 'warn' | 'refuse')} data-testid="settings-export-policy">
                <option value="warn">{r.exportWarn}</option>
                <option value="refuse">{r.exportRefuse}</option>
              </select>
            </label>
          </fieldset>
        )}
        <div className="modal-actions">
          <button type="button" onClick={() => ui.openSettings(false)}>{r.cancel}</button>
          <button type="submit" className="primary" data-testid="settings-save">{r.save}</button>
        </div>
      </form>
    </div>
  );
}
