/**
 * Per-document actions in the document list (issue #14 items 2 and 5): refuse the whole
 * document on its ground(s), or take it out of the dossier. Both are undoable steps.
 */
import { useState } from 'react';
import type { DossierDocument } from '../../../shared/dossier';
import { CATALOGUE } from '../../../shared/grounds';
import { useController, useControllerMethods } from '../useController';
import { useI18n } from '../i18n';
import { fill, useWorkbench } from '../i18n/workbench';

export function DocumentActions({ doc }: { doc: DossierDocument }) {
  // Only calls the controller; the open dialog subscribes on its own.
  const c = useControllerMethods();
  const w = useWorkbench();
  const [open, setOpen] = useState<'menu' | 'refuse' | 'remove' | null>(null);
  return (
    <div className="doc-actions">
      <button className="small" aria-label={w.docActions} title={w.docActions} aria-expanded={open !== null} onClick={() => setOpen(open ? null : 'menu')} data-testid="document-actions">⋯</button>
      {open === 'menu' && (
        <div className="doc-menu" role="menu">
          <button role="menuitem" onClick={() => setOpen('refuse')} data-testid="refuse-document">{w.refuseDoc}</button>
          <button role="menuitem" onClick={() => setOpen('remove')} data-testid="remove-document">{w.removeDoc}</button>
        </div>
      )}
      {open === 'remove' && (
        <div className="doc-menu" role="alertdialog">
          <p>{fill(w.removeDocConfirm, { n: doc.number, title: doc.title })}</p>
          <button onClick={() => setOpen(null)}>✗</button>{' '}
          <button className="primary" onClick={() => { setOpen(null); c.perform('removeDocument', { documentId: doc.id }); }} data-testid="remove-document-confirm">{w.removeDoc}</button>
        </div>
      )}
      {open === 'refuse' && <RefuseDialog doc={doc} onClose={() => setOpen(null)} />}
    </div>
  );
}

function RefuseDialog({ doc, onClose }: { doc: DossierDocument; onClose(): void }) {
  const c = useController();
  const { s } = useI18n();
  const w = useWorkbench();
  const law = c.state.dossier.law;
  const [chosen, setChosen] = useState<string[]>(doc.wholeDocumentGrounds.length ? doc.wholeDocumentGrounds : []);
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div className="modal" role="dialog" aria-modal="true" aria-label={fill(w.refuseDocTitle, { n: doc.number })} onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }} data-testid="refuse-dialog">
        <h2>{fill(w.refuseDocTitle, { n: doc.number })}</h2>
        <p className="muted">{doc.title}</p>
        <p>{w.refuseDocText}</p>
        <ul className="grounds-list">
          {CATALOGUE.filter((g) => g.law === law).map((g) => (
            <li key={g.code}>
              <label>
                <input type="checkbox" checked={chosen.includes(g.code)} onChange={(e) => setChosen(e.target.checked ? [...chosen, g.code] : chosen.filter((x) => x !== g.code))} data-testid={`refuse-ground-${g.code}`} />
                <code>{g.code}</code> {g.title}
              </label>
            </li>
          ))}
        </ul>
        <div className="modal-actions">
          {doc.wholeDocumentGrounds.length > 0 && (
            <button onClick={() => { c.perform('refuseDocument', { documentId: doc.id, grounds: [] }); onClose(); }}>{w.refuseDocWithdraw}</button>
          )}
          <button onClick={onClose}>{s.cancel}</button>
          <button className="primary" disabled={chosen.length === 0} onClick={() => { c.perform('refuseDocument', { documentId: doc.id, grounds: chosen }); onClose(); }} data-testid="refuse-apply">{w.refuseDocApply}</button>
        </div>
      </div>
    </div>
  );
}
