/** The export dialog: what will be written, open suggestions, progress and cancel. */
import { useController } from '../useController';
import { useI18n } from '../i18n';
import { fill, useWorkbench } from '../i18n/workbench';
import { exportRefusedByReview, ReviewExportNotice } from '../review/parts';

export function ExportDialog({ onClose }: { onClose(): void }) {
  const c = useController();
  const { t, s } = useI18n();
  const w = useWorkbench();
  const d = c.state.dossier;
  const open = d.redactions.filter((r) => r.status === 'proposed').length;
  const accepted = d.redactions.filter((r) => r.status === 'accepted').length;
  const ex = c.exportState;
  const running = ex.phase === 'running';
  return (
    <div className="modal-backdrop" onClick={() => !running && onClose()}>
      <div className="modal export" role="dialog" aria-modal="true" aria-label={s.exportTitle} onClick={(e) => e.stopPropagation()} data-testid="export-dialog">
        <h2>{s.exportTitle}</h2>
        <p>{s.exportIntro}</p>
        <dl className="facts">
          <dt>{s.documents}</dt><dd>{d.documents.length}</dd>
          <dt>{s.stateAccepted}</dt><dd>{accepted}</dd>
          <dt>{s.law}</dt><dd>{d.law === 'woo' ? 'Woo' : 'Wob'}</dd>
          <dt>{s.matterLabel}</dt>
          <dd>
            {/* The platform's Matter is asked for, never invented (issue #16). */}
            <input defaultValue={d.matter} key={d.matter} data-testid="export-matter" aria-invalid={!d.matter || undefined}
              onBlur={(e) => { if (e.target.value !== d.matter) c.perform('editDossier', { patch: { matter: e.target.value } }); }} />
          </dd>
        </dl>
        {!d.matter && <p className="notice warn" data-testid="export-matter-missing">{s.matterMissing}</p>}
        {d.documents.length === 0 && <p className="notice">{s.exportNothing}</p>}
        {open > 0 && <p className="notice warn" data-testid="export-open-warning">{t('exportOpenWarning', { n: open })}</p>}
        <ReviewExportNotice />
        {running && (
          <div className="progress" role="progressbar" aria-valuenow={ex.done} aria-valuemax={ex.total}>
            <div style={{ width: `${((ex.done ?? 0) / (ex.total || 1)) * 100}%` }} />
            <span data-testid="export-progress">{fill(w.exportBusyPages, { label: ex.label ?? '…', pct: Math.floor(((ex.done ?? 0) / (ex.total || 1)) * 100) })}</span>
          </div>
        )}
        {ex.message && <p className={`notice ${ex.phase === 'error' ? 'error' : ex.phase === 'done' ? 'ok' : ''}`} data-testid="export-result" data-phase={ex.phase}>{ex.message}</p>}
        {ex.findings && ex.findings.length > 0 && (
          <div className="export-findings" data-testid="export-findings">
            <strong>{w.findingsTitle}</strong>
            <ul className="findings">
              {ex.findings.map((f, i) => {
                const doc = d.documents.find((x) => x.number === f.document);
                return (
                  <li key={i} className={f.severity} data-testid="export-finding" data-severity={f.severity}>
                    {f.text}{' '}
                    {doc && (
                      <button className="link" data-testid="finding-link" onClick={() => { if (f.page) c.showPlace(doc.id, f.page, f.rect); else c.perform('selectDocument', { documentId: doc.id }); c.resetExport(); onClose(); }}>
                        {w.goTo} {doc.number}{f.page ? `, p. ${f.page}` : ''}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        {ex.leak && (
          <div className="leak" data-testid="export-leak">
            <p className="muted">{s.exportLeakHint}</p>
            <details><summary>{t('exportLeakDetails', { n: ex.leak.findings.length })}</summary><ul className="findings">{ex.leak.findings.map((f) => <li key={f}>{f}</li>)}</ul></details>
          </div>
        )}
        <div className="modal-actions">
          {running ? (
            <button onClick={() => c.cancelExport()} data-testid="export-cancel">{s.stop}</button>
          ) : (
            <>
              <button onClick={() => { c.resetExport(); onClose(); }}>{s.close}</button>
              <button className="primary" disabled={d.documents.length === 0 || !d.matter || exportRefusedByReview(c)} onClick={() => void c.exportBundle()} data-testid="export-start">{s.exportStart}</button>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
