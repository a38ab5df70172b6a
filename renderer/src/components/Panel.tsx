/**
 * The suggestions panel: the current document's redactions grouped by category, each with
 * its text, reason and grounds, accept/reject per item and per category, and search-and-redact
 * across the dossier. The list is virtualised (fixed row heights, only the rows in view are
 * drawn), so a key press stays quick with 10,000 suggestions (issue #14 item 1).
 */
import { memo, useLayoutEffect, useMemo, useReducer, useRef, type UIEvent } from 'react';
import { CATEGORY_COLOURS, walkOrder, type Category } from '../../../shared/app';
import type { Redaction } from '../../../shared/dossier';
import { useControllerMethods, useSelect } from '../useController';
import { useI18n } from '../i18n';
import { fill, useWorkbench } from '../i18n/workbench';
import { SearchRedact } from './SearchRedact';
import { ReviewNote } from '../review/parts';

import { HEAD_H, ITEM_H, layoutRows, type Layout, type Row } from './panelRows';

// Rows drawn beyond the view on each side: enough for a wheel step and to keep the next group of a
// short document drawn (three hid a two-document dossier's e-mail group), few enough that a jump
// between groups rewrites little: at 10,200 suggestions a key press measured 27-30 ms worst with
// eight against 22-36 ms with three (issue #14).
const OVERSCAN = 8;

function PanelColumn() {
  const c = useControllerMethods();
  const { t, s } = useI18n();
  // What the panel draws: the decisions, the focus and selection, the page filter and the
  // document's reading progress (the document runtime changes in place: its fields).
  const [docId, redactions, pageOnly, page, focusId, selection] = useSelect((x) => {
    const st = x.state;
    const rt = st.documentId ? x.docs.get(st.documentId) : undefined;
    return [st.documentId, st.dossier.redactions, st.pageOnly === true, st.page ?? 1, st.focusId, x.selection, rt?.status, rt?.progress?.done, rt?.progress?.total, rt?.progress?.ocr] as const;
  });
  const dossier = c.state.dossier;
  const w = useWorkbench();
  const last = useRef<{ key: string; layout: Layout } | null>(null);
  const layout = useMemo(() => {
    if (!docId) return { order: [], rows: [] as Row[], height: 0, open: 0, at: new Map<string, number>() } as Layout;
    // Patched after a decision in the same document and the same page filter; laid out anew otherwise.
    const key = `${docId}\u0000${pageOnly ? page : ''}`;
    const next = layoutRows(walkOrder({ dossier, page, pageOnly }, docId), last.current?.key === key ? last.current.layout : null, dossier.redactions);
    last.current = { key, layout: next };
    return next;
    // The order depends on the decisions only (reviewOrder is kept per redaction list).
  }, [redactions, docId, page, pageOnly]);
  const { rows, open } = layout;
  if (!docId) return <aside className="panel" />;
  const rt = c.docs.get(docId);

  return (
    <aside className="panel" data-testid="review-panel">
      <header className="panel-head">
        <h2>{s.suggestions}</h2>
        <span className={`pill ${open ? 'warn' : 'ok'}`} data-testid="open-count">{t('toReview', { n: open })}</span>
        <label className="page-only" title={w.pageOnlyHint}>
          <input type="checkbox" checked={pageOnly} onChange={(e) => c.perform('setPageOnly', { on: e.target.checked })} data-testid="page-only" />
          {fill(w.pageOnly, { page })}
        </label>
      </header>
      {rt?.status === 'analysing' && (
        <div className="progress" role="progressbar" aria-valuenow={rt.progress?.done} aria-valuemax={rt.progress?.total}>
          <div style={{ width: `${((rt.progress?.done ?? 0) / (rt.progress?.total || 1)) * 100}%` }} />
          <span>{t(rt.progress?.ocr ? 'ocrReading' : 'analysing', { done: rt.progress?.done ?? 0, total: rt.progress?.total ?? '?' })}</span>
        </div>
      )}
      <UnreadPages documentId={docId} />
      {rt?.status === 'ready' && rows.length === 0 && <p className="muted pad" data-testid="panel-empty">{pageOnly ? fill(w.pageOnlyNone, { page }) : s.noSuggestions}</p>}
      <VirtualList layout={layout} focusId={focusId} selection={selection} />
      <SearchRedact />
      <footer className="keys-hint">{s.keysHint}</footer>
    </aside>
  );
}

/** Pages without a text layer that could not be read (issue #12): nothing was looked for there. */
function UnreadPages({ documentId }: { documentId: string }) {
  const c = useControllerMethods();
  useSelect((x) => x.state.dossier.documents);
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

function VirtualList({ layout, focusId, selection }: { layout: Layout; focusId: string | null; selection: readonly string[] }) {
  const { rows, height } = layout;
  const box = useRef<HTMLDivElement>(null);
  // The view (scroll top, height) as last scrolled or resized. Kept in a ref: bringing the
  // focused item into view is worked out while rendering, so a key press renders the list once
  // (not once for the key and again for the scroll it causes) and never reads the layout.
  const viewRef = useRef({ top: 0, h: 600 });
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const shownFor = useRef<{ focusId: string | null; layout: Layout | null }>({ focusId: null, layout: null });
  const pending = useRef<number | null>(null);
  // The range of rows in view at the last render, and the one before it (see below).
  const windows = useRef<{ cur: [number, number]; other: [number, number] }>({ cur: [0, 0], other: [0, 0] });
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => {
      if (el.clientHeight === viewRef.current.h && el.scrollTop === viewRef.current.top) return;
      viewRef.current = { top: el.scrollTop, h: el.clientHeight };
      redraw();
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  // The focused item in view, below the group header that stays on top.
  if (shownFor.current.focusId !== focusId || shownFor.current.layout !== layout) {
    shownFor.current = { focusId, layout };
    const row = focusId ? rows[layout.at.get(focusId) ?? -1] : undefined;
    const v = viewRef.current;
    if (row && row.kind === 'item') {
      const top = row.top < v.top + HEAD_H ? Math.max(0, row.top - HEAD_H) : row.top + row.h > v.top + v.h ? row.top + row.h - v.h : null;
      if (top !== null) {
        viewRef.current = { top, h: v.h };
        pending.current = top;
      }
    }
  }
  useLayoutEffect(() => {
    if (pending.current === null || !box.current) return;
    box.current.scrollTop = pending.current;
    pending.current = null;
  });
  const view = viewRef.current;
  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const el = e.currentTarget;
    if (el.scrollTop === viewRef.current.top && el.clientHeight === viewRef.current.h) return;
    viewRef.current = { top: el.scrollTop, h: el.clientHeight };
    redraw();
  };
  // First row at or above the view's top (binary search over the sorted tops).
  let lo = 0;
  let hi = rows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rows[mid].top <= view.top) lo = mid;
    else hi = mid - 1;
  }
  const first = Math.max(0, lo - OVERSCAN);
  let end = first;
  while (end < rows.length && rows[end].top < view.top + view.h + OVERSCAN * ITEM_H) end++;
  // The rows of the view before the last jump stay drawn (off screen) beside those in view:
  // keyboard review jumps to and fro between groups (j from an e-mail address to the phone
  // number beside it), and a jump back to rows still drawn only scrolls; nothing is laid out
  // again. Rows are keyed by their item, so a row keeps its elements while it is drawn (issue #14).
  const ranges = windows.current;
  if (ranges.cur[0] !== first || ranges.cur[1] !== end) windows.current = { cur: [first, end], other: ranges.cur };
  const [of, oe] = windows.current.other;
  const shown: Row[] = [];
  const take = (from: number, to: number) => {
    for (let i = Math.max(0, from); i < Math.min(to, rows.length); i++) shown.push(rows[i]);
  };
  if (oe <= first || of >= end) {
    // Apart: both, in row order (so React never moves an element).
    if (oe <= first) { take(of, oe); take(first, end); } else { take(first, end); take(of, oe); }
  } else take(Math.min(first, of), Math.max(end, oe));
  // The group the view is in keeps its header on top (headers are kept by category: no walk up the rows).
  let head: Row | undefined;
  let headAt = -1;
  for (const k of layout.heads?.values() ?? []) if (k <= lo && k > headAt) headAt = k;
  if (layout.heads) head = rows[headAt];
  else for (let i = lo; i >= 0; i--) if (rows[i]?.kind === 'head') { head = rows[i]; break; }
  const selected = new Set(selection);
  return (
    <div className="groups virtual" ref={box} onScroll={onScroll} data-testid="panel-list">
      <div style={{ height, position: 'relative' }}>
        {shown.map((row) => (row.kind === 'head'
          ? <GroupHead key={`h:${row.category}`} category={row.category} total={row.total} open={row.open} accepted={row.accepted} top={row.top} />
          : <Item key={row.r.id} r={row.r} top={row.top} h={row.h} focused={row.r.id === focusId} selected={selected.has(row.r.id)} />))}
        {head && head.kind === 'head' && view.top > head.top
          ? <GroupHead key="sticky" category={head.category} total={head.total} open={head.open} accepted={head.accepted} top={view.top} sticky />
          : null}
      </div>
    </div>
  );
}

const GroupHead = memo(function GroupHead({ category, total, open, accepted, top, sticky }: { category: Category; total: number; open: number; accepted: number; top: number; sticky?: boolean }) {
  const c = useControllerMethods();
  const { t, s } = useI18n();
  const name = s.categories[category];
  return (
    <header className={`group-head ${sticky ? 'sticky' : ''}`} style={{ top, height: HEAD_H, ['--c' as string]: CATEGORY_COLOURS[category] }} data-testid={sticky ? undefined : `group-${category}`}>
      <span className="swatch" />
      <strong>{name}</strong>
      <span className="muted">{accepted}/{total}</span>
      <span className="spacer" />
      <button className="small ok" disabled={open === 0} onClick={() => c.perform('acceptCategory', { category })} title={t('acceptCategory', { category: name.toLowerCase() })} data-testid={sticky ? undefined : `accept-${category}`}>✓ {s.acceptGroup}</button>
      <button className="small no" disabled={open === 0} onClick={() => c.perform('rejectCategory', { category })} title={t('rejectCategory', { category: name.toLowerCase() })}>✗ {s.acceptGroup}</button>
    </header>
  );
});

const Item = memo(function Item({ r, top, h, focused, selected }: { r: Redaction; top: number; h: number; focused: boolean; selected: boolean }) {
  const c = useControllerMethods();
  const { t, s } = useI18n();
  const w = useWorkbench();
  const stateText = r.status === 'proposed' ? s.stateProposed : r.status === 'accepted' ? s.stateAccepted : s.stateRejected;
  const label = r.wholePage ? s.categories.page : r.text || (r.origin === 'manual' ? w.ownBoxNoText : s.categories.manual);
  return (
    <div
      className={`item ${r.status} ${focused ? 'focused' : ''} ${selected ? 'selected' : ''}`}
      style={{ top, height: h }}
      data-testid="suggestion"
      data-id={r.id}
      data-status={r.status}
      data-category={r.category}
      aria-current={focused}
      onClick={(e) => (e.ctrlKey || e.metaKey || e.shiftKey ? c.toggleSelected(r.id) : c.perform('focus', { id: r.id }))}
    >
      <div className="item-main">
        <span className="item-text" title={label}>{label}</span>
        <span className="muted">{t('page', { n: r.page })}</span>
      </div>
      <div className="reason" title={r.reason}>{r.reason ?? ''}</div>
      <ReviewNote r={r} />
      <div className="item-foot">
        <button className="grounds" onClick={(e) => { e.stopPropagation(); c.openGroundsPicker(selected ? undefined : [r.id]); }} title={s.changeGrounds}>
          {r.grounds.join(' · ')}
        </button>
        <span className={`state ${r.status}`}>{stateText}</span>
        <span className="spacer" />
        {r.status !== 'accepted' && <button className="small ok" onClick={(e) => { e.stopPropagation(); c.perform('accept', { ids: [r.id] }); }} aria-label={s.accept} title={`${s.accept} (a)`}>✓</button>}
        {r.status !== 'rejected' && <button className="small no" onClick={(e) => { e.stopPropagation(); c.perform('reject', { ids: [r.id] }); }} aria-label={s.reject} title={`${s.reject} (r)`}>✗</button>}
      </div>
    </div>
  );
});

/** Drawn again only for what it subscribes to, not whenever the shell around it is (issue #14). */
export const Panel = memo(PanelColumn);
