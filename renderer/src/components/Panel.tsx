/**
 * The suggestions panel: the current document's redactions grouped by category, each with
 * its text, reason and grounds, accept/reject per item and per category, and "redact every
 * occurrence" across the dossier.
 */
import { useEffect, useRef, useState } from 'react';
import { CATEGORY_COLOURS, CATEGORY_ORDER, reviewOrder, type Category } from '../../../shared/app';
import type { Redaction } from '../../../shared/dossier';
import { useController } from '../useController';
import { useI18n } from '../i18n';

export function Panel() {
  const c = useController();
  const { t, s } = useI18n();
  const docId = c.state.documentId;
  if (!docId) return <aside className="panel" />;
  const items = reviewOrder(c.state.dossier, docId);
  const rt = c.docs.get(docId);
  const open = items.filter((r) => r.status === 'proposed').length;
  const groups = CATEGORY_ORDER.map((cat) => [cat, items.filter((r) => r.category === cat)] as const).filter(([, l]) => l.length > 0);

  return (
    <aside className="panel" data-testid="review-panel">
      <header className="panel-head">
        <h2>{s.suggestions}</h2>
        <span className={`pill ${open ? 'warn' : 'ok'}`} data-testid="open-count">{t('toReview', { n: open })}</span>
      </header>
      {rt?.status === 'analysing' && (
        <div className="progress" role="progressbar" aria-valuenow={rt.progress?.done} aria-valuemax={rt.progress?.total}>
          <div style={{ width: `${((rt.progress?.done ?? 0) / (rt.progress?.total || 1)) * 100}%` }} />
          <span>{t(rt.progress?.ocr ? 'ocrReading' : 'analysing', { done: rt.progress?.done ?? 0, total: rt.progress?.total ?? '?' })}</span>
        </div>
      )}
      <UnreadPages documentId={docId} />
      {rt?.status === 'ready' && items.length === 0 && <p className="muted pad">{s.noSuggestions}</p>}
      <div className="groups">
        {groups.map(([cat, list]) => (
          <Group key={cat} category={cat} items={list} />
        ))}
      </div>
      <EveryOccurrence />
      <footer className="keys-hint">{s.keysHint}</footer>
    </aside>
  );
}

/** Pages without a text layer that could not be read (issue #12): nothing was looked for there. */
function UnreadPages({ documentId }: { documentId: string }) {
  const c = useController();
  const { t, s } = useI18n();
  const doc = c.state.dossier.documents.find((d) => d.id === documentId);
  const open = (doc?.unreadPages ?? []).filter((u) => !u.confirmedAt);
  if (!doc || open.length === 0) return null;
  return (
    <div className="unread" role="alert" data-testid="unread-pages">
      <p>{t('unreadPages', { pages: open.map((u) => u.page).join(', '), reason: [...new Set(open.map((u) => u.reason))].join('; ') })}</p>
      {open.map((u) => (
        <button key={u.page} className="small" onClick={() => c.perform('confirmUnreadPages', { documentId, pages: [u.page] })} data-testid={`confirm-unread-${u.page}`}>
          {t('confirmUnreadPage', { page: u.page })}
        </button>
      ))}
      <span className="muted">{s.unreadHint}</span>
    </div>
  );
}

function Group({ category, items }: { category: Category; items: Redaction[] }) {
  const c = useController();
  const { t, s } = useI18n();
  const name = s.categories[category];
  const open = items.filter((r) => r.status === 'proposed').length;
  const accepted = items.filter((r) => r.status === 'accepted').length;
  return (
    <section className="group" data-testid={`group-${category}`}>
      <header style={{ ['--c' as string]: CATEGORY_COLOURS[category] }}>
        <span className="swatch" />
        <strong>{name}</strong>
        <span className="muted">{accepted}/{items.length}</span>
        <span className="spacer" />
        <button className="small ok" disabled={open === 0} onClick={() => c.perform('acceptCategory', { category })} title={t('acceptCategory', { category: name.toLowerCase() })} data-testid={`accept-${category}`}>✓ {s.acceptGroup}</button>
        <button className="small no" disabled={open === 0} onClick={() => c.perform('rejectCategory', { category })} title={t('rejectCategory', { category: name.toLowerCase() })}>✗ {s.acceptGroup}</button>
      </header>
      <ul>
        {items.map((r) => <Item key={r.id} r={r} />)}
      </ul>
    </section>
  );
}

function Item({ r }: { r: Redaction }) {
  const c = useController();
  const { t, s } = useI18n();
  const focused = c.state.focusId === r.id;
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  const stateText = r.status === 'proposed' ? s.stateProposed : r.status === 'accepted' ? s.stateAccepted : s.stateRejected;
  return (
    <li
      ref={ref}
      className={`item ${r.status} ${focused ? 'focused' : ''}`}
      data-testid="suggestion"
      data-status={r.status}
      data-category={r.category}
      aria-current={focused}
      onClick={() => c.perform('focus', { id: r.id })}
    >
      <div className="item-main">
        <span className="item-text">{r.wholePage ? s.categories.page : r.text || s.categories.manual}</span>
        <span className="muted">{t('page', { n: r.page })}</span>
      </div>
      {r.reason && <div className="reason">{r.reason}</div>}
      <div className="item-foot">
        <button className="grounds" onClick={(e) => { e.stopPropagation(); c.openGroundsPicker([r.id]); }} title={s.changeGrounds}>
          {r.grounds.join(' · ')}
        </button>
        <span className={`state ${r.status}`}>{stateText}</span>
        <span className="spacer" />
        {r.status !== 'accepted' && <button className="small ok" onClick={(e) => { e.stopPropagation(); c.perform('accept', { ids: [r.id] }); }} aria-label={s.accept} title={`${s.accept} (a)`}>✓</button>}
        {r.status !== 'rejected' && <button className="small no" onClick={(e) => { e.stopPropagation(); c.perform('reject', { ids: [r.id] }); }} aria-label={s.reject} title={`${s.reject} (r)`}>✗</button>}
      </div>
    </li>
  );
}

function EveryOccurrence() {
  const c = useController();
  const { t, s } = useI18n();
  const [phrase, setPhrase] = useState('');
  const [result, setResult] = useState<string | null>(null);
  return (
    <form
      className="occurrence"
      onSubmit={(e) => {
        e.preventDefault();
        if (!phrase.trim()) return;
        const n = c.redactEveryOccurrence(phrase);
        setResult(n ? t('everyOccurrenceResult', { n }) : s.everyOccurrenceNone);
      }}
    >
      <label htmlFor="occ">{s.everyOccurrence}</label>
      <div className="row">
        <input id="occ" value={phrase} onChange={(e) => { setPhrase(e.target.value); setResult(null); }} placeholder={s.everyOccurrencePlaceholder} data-testid="occurrence-input" />
        <button type="submit" data-testid="occurrence-submit">{s.everyOccurrenceButton}</button>
      </div>
      {result && <div className="muted" data-testid="occurrence-result">{result}</div>}
    </form>
  );
}
