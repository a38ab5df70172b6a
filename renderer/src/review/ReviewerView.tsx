/**
 * The legal reviewer's screen (issue #15): every redaction of the dossier in one list, by
 * document, with the redacted text (the reviewer sees it; nothing published does), grounds,
 * category, reason, who decided it and when, and the reviewer's verdict; filters by ground,
 * category, document and state; the page beside it shows the focused redaction. Keyboard
 * first (keys.ts); every verdict is a named action with undo (shared/app).
 */
import { useEffect, useMemo, useRef } from 'react';
import { CATEGORY_COLOURS, documentState, type Category } from '../../../shared/app';
import type { DossierDocument, Redaction } from '../../../shared/dossier';
import { documentBlockers } from '../../../shared/dossier/review';
import { groundTitle } from '../../../shared/grounds';
import { reviewFacets, reviewList, type ReviewStateFilter } from '../../../shared/review/list';
import { documentReviewState, reviewStateOf, reviewSummary } from '../../../shared/review/status';
import { useController, useSelect } from '../useController';
import { useI18n } from '../i18n';
import { Viewer } from '../components/Viewer';
import { reviewStrings } from './strings';
import { reviewUi } from './ui';
import './review.css';

const day = (iso: string | undefined, lang: string) => (iso ? new Date(iso).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : '');

export function ReviewerView() {
  const c = useController();
  const st = c.state;
  return (
    <main className="rv-view reviewer-mode" data-testid="reviewer-view">
      <ReviewList />
      {st.documentId ? <Viewer documentId={st.documentId} /> : <div className="viewer empty" />}
    </main>
  );
}

function ReviewList() {
  const c = useController();
  const { lang, s } = useI18n();
  const { r, t } = reviewStrings(lang);
  const d = c.state.dossier;
  const filter = c.state.reviewFilter ?? {};
  const list = reviewList(d, filter);
  const sum = reviewSummary(d);
  const facets = reviewFacets(d);
  const ui = reviewUi(c);
  const set = (patch: Partial<typeof filter>) => c.perform('setReviewFilter', { filter: { ...filter, ...patch } });
  const byDoc = d.documents.map((doc) => [doc, list.filter((x) => x.documentId === doc.id)] as const)
    .filter(([doc, items]) => items.length > 0 || (!filter.ground && !filter.category && (!filter.documentId || filter.documentId === doc.id) && (filter.state ?? 'all') === 'all'));
  return (
    <section className="rv-list" data-testid="reviewer-list" aria-label={r.title}>
      <header className="rv-head">
        <h2>{r.title}</h2>
        <span className="spacer" />
        <button onClick={() => void ui.importMarks()} data-testid="import-marks">{r.importMarks}</button>
        <button onClick={() => void ui.exportForReview()} disabled={ui.exporting !== null || d.documents.length === 0} data-testid="export-review">{r.exportReview}</button>
      </header>
      <p className="rv-summary" data-testid="review-summary">
        {t('summary', { open: sum.redactions.unreviewed + sum.redactions.resubmitted, sentBack: sum.redactions['sent-back'], approved: sum.redactions.approved, final: sum.documents.final, docs: d.documents.length })}
      </p>
      {ui.exporting && <div className="progress"><div style={{ width: `${(ui.exporting.done / (ui.exporting.total || 1)) * 100}%` }} /><span>{t('exportReviewBusy', { done: ui.exporting.done, total: ui.exporting.total })}</span></div>}
      <div className="rv-filters" role="group">
        <label>{r.filterGround}
          <select value={filter.ground ?? ''} onChange={(e) => set({ ground: e.target.value || undefined })} data-testid="review-filter-ground">
            <option value="">{r.all}</option>
            {facets.grounds.map((g) => <option key={g} value={g}>{g}</option>)}
          </select>
        </label>
        <label>{r.filterCategory}
          <select value={filter.category ?? ''} onChange={(e) => set({ category: e.target.value || undefined })} data-testid="review-filter-category">
            <option value="">{r.all}</option>
            {facets.categories.map((x) => <option key={x} value={x}>{s.categories[x as Category] ?? x}</option>)}
          </select>
        </label>
        <label>{r.filterDocument}
          <select value={filter.documentId ?? ''} onChange={(e) => set({ documentId: e.target.value || undefined })} data-testid="review-filter-document">
            <option value="">{r.all}</option>
            {d.documents.map((x) => <option key={x.id} value={x.id}>{x.number}</option>)}
          </select>
        </label>
        <label>{r.filterState}
          <select value={filter.state ?? 'all'} onChange={(e) => set({ state: e.target.value as ReviewStateFilter })} data-testid="review-filter-state">
            <option value="all">{r.all}</option>
            <option value="open">{r.stateOpen}</option>
            <option value="sent-back">{r.stateSentBack}</option>
            <option value="approved">{r.stateApproved}</option>
          </select>
        </label>
      </div>
      <div className="rv-items">
        {d.redactions.length === 0 && <p className="muted pad">{r.emptyDossier}</p>}
        {d.redactions.length > 0 && list.length === 0 && byDoc.length === 0 && <p className="muted pad">{r.empty}</p>}
        {byDoc.map(([doc, items]) => <DocGroup key={doc.id} doc={doc} items={items} />)}
      </div>
    </section>
  );
}

function DocGroup({ doc, items }: { doc: DossierDocument; items: readonly Redaction[] }) {
  const c = useController();
  const { lang } = useI18n();
  const { r, t } = reviewStrings(lang);
  const d = c.state.dossier;
  const state = documentReviewState(d, doc);
  const b = documentBlockers(d, doc.id);
  const ui = reviewUi(c);
  const current = c.state.documentId === doc.id;
  return (
    <section className={`rv-doc ${current ? 'current' : ''}`} data-testid="review-document" data-state={state} data-number={doc.number}>
      <header>
        <span className="doc-number">{doc.number}</span>
        <span className="doc-title" title={doc.title}>{doc.title}</span>
        <span className="spacer" />
        <DocReviewBadge doc={doc} />
      </header>
      <div className="rv-doc-foot">
        <span className="muted">{[
          b.unapproved ? t('docUnapproved', { n: b.unapproved }) : '', b.sentBack ? t('docSentBack', { n: b.sentBack }) : '',
          b.undecided ? t('docUndecided', { n: b.undecided }) : '',
        ].filter((x) => x).join(' · ') || r.docAllApproved}</span>
        <span className="spacer" />
        <button className="small ok" onClick={() => ui.markReviewed(doc.id)} disabled={state === 'final'} title={`${r.docReviewed} (d)`} data-testid="doc-reviewed">✓ {r.docReviewed}</button>
        <button className="small no" onClick={() => ui.open({ kind: 'needs-work', documentId: doc.id })} title={`${r.docNeedsWork} (Shift+D)`}>{r.docNeedsWork}</button>
      </div>
      {doc.review?.status === 'needs-work' && doc.review.comment && <p className="rv-doc-comment">“{doc.review.comment}” — {doc.review.by}</p>}
      <ul>{items.map((x) => <Item key={x.id} x={x} />)}</ul>
    </section>
  );
}

function Item({ x }: { x: Redaction }) {
  const c = useController();
  const { lang, s } = useI18n();
  const { r, t } = reviewStrings(lang);
  const focused = c.state.focusId === x.id;
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  const state = reviewStateOf(x);
  const ui = reviewUi(c);
  const text = x.wholePage ? s.categories.page : x.text || s.categories.manual;
  return (
    <li
      ref={ref}
      className={`rv-item ${state} ${focused ? 'focused' : ''} ${x.status}`}
      data-testid="review-item"
      data-review={state}
      data-status={x.status}
      data-category={x.category}
      aria-current={focused}
      onClick={() => c.perform('reviewFocus', { id: x.id })}
    >
      <div className="rv-line">
        <span className={`rv-state ${state}`} title={r.states[state]} aria-label={r.states[state]} />
        <span className="rv-text" data-testid="review-text">{text}</span>
        <span className="muted">{t('page', { n: x.page })}</span>
        <span className="rv-grounds" data-testid="review-grounds">{x.grounds.join(' · ')}</span>
      </div>
      <div className="rv-line small">
        <span className="chip" style={{ ['--c' as string]: CATEGORY_COLOURS[x.category] }}>{s.categories[x.category]}</span>
        <span className={`rv-badge ${state}`}>{r.states[state]}</span>
        {x.status === 'rejected' && <span className="rv-badge rejected">{s.stateRejected}</span>}
      </div>
      {focused && (
        <div className="rv-detail">
          {x.reason && <div className="reason">{x.reason}</div>}
          <ul className="rv-grounds-list">{x.grounds.map((g) => <li key={g}><code>{g}</code> {groundTitle(g)}</li>)}</ul>
          <div className="muted">{x.decidedBy ? t('decidedBy', { by: x.decidedBy, at: day(x.decidedAt, lang) }) : r.notDecided}</div>
          {x.review && <div className="muted">{t('reviewedBy', { state: r.states[x.review.status], by: x.review.by, at: day(x.review.at, lang) })}</div>}
          {x.review?.groundsBefore && <div className="muted">{t('groundsBefore', { grounds: x.review.groundsBefore.join(', ') })}</div>}
          {x.status === 'rejected' && <div className="notice">{r.rejectedByOfficer}</div>}
          {(x.comments ?? []).length > 0 && (
            <ol className="rv-thread" data-testid="review-thread">
              {(x.comments ?? []).map((m, i) => (
                <li key={i} className={`by-${m.role}`}><strong>{m.by}</strong> <span className="muted">({m.role === 'reviewer' ? r.roleReviewer : r.roleOfficer}, {day(m.at, lang)})</span><div>{m.text}</div></li>
              ))}
            </ol>
          )}
          <div className="rv-actions">
            <button className="small ok" onClick={(e) => { e.stopPropagation(); ui.approve([x.id]); }} title={`${r.approve} (a)`}>✓ {r.approve}</button>
            <button className="small" onClick={(e) => { e.stopPropagation(); c.openGroundsPicker([x.id]); }} title={`${r.changeGround} (g)`}>{r.changeGround}</button>
            <button className="small no" onClick={(e) => { e.stopPropagation(); ui.open({ kind: 'send-back', ids: [x.id] }); }} title={`${r.sendBack} (s)`}>↩ {r.sendBack}</button>
            <button className="small" onClick={(e) => { e.stopPropagation(); ui.open({ kind: 'comment', id: x.id }); }} title={`${r.comment} (c)`}>{r.comment}</button>
          </div>
        </div>
      )}
    </li>
  );
}

/**
 * A document's review state as a small badge (the sidebar, the inventory, the reviewer's
 * list); `marked` puts the scales before it where it stands beside the officer's own status.
 */
export function DocReviewBadge({ doc, marked = false }: { doc: DossierDocument; marked?: boolean }) {
  // The dossier only: moving the focus does not draw the badge again.
  const dossier = useSelect((x) => x.state.dossier);
  const { lang } = useI18n();
  const { r } = reviewStrings(lang);
  // From the kept counts (shared/app summarise): a decision does not count every document's items again.
  const state = useMemo(() => documentState(dossier, doc), [dossier, doc]);
  return (
    <span className={`rv-docstate ${state}`} data-testid="doc-review-state" data-state={state} title={`${r.title}: ${r.docStates[state]}`}>
      {marked && <span aria-hidden="true">⚖ </span>}{r.docStates[state]}
    </span>
  );
}
