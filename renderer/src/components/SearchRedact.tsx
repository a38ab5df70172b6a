/**
 * Search and redact across the dossier (issue #14 item 3): words, phrases, named patterns or
 * the officer's own regular expression; the hits are listed in context to tick, and the ticked
 * ones are redacted on one ground as one undo step. Below it: repeat the focused own box on a
 * page range (a letterhead).
 */
import { useState } from 'react';
import { PATTERNS, SearchQueryError, searchDossier, type PatternName, type SearchHit, type SearchQuery } from '../../../shared/app';
import { CATALOGUE } from '../../../shared/grounds';
import type { Rect } from '../../../shared/pdf/types';
import { useControllerMethods, useSelect } from '../useController';
import { fill, useWorkbench } from '../i18n/workbench';

type Mode = 'text' | 'pattern' | 'regex';

export function SearchRedact() {
  const c = useControllerMethods();
  useSelect((x) => [x.state.dossier.documents, x.state.dossier.law]);
  const w = useWorkbench();
  const [mode, setMode] = useState<Mode>('text');
  const [text, setText] = useState('');
  const [pattern, setPattern] = useState<PatternName>('iban');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [ticked, setTicked] = useState<Set<number>>(new Set());
  const [note, setNote] = useState<string | null>(null);
  const [ground, setGround] = useState<string>(() => c.lastGrounds[0]);
  const d = c.state.dossier;
  const grounds = CATALOGUE.filter((g) => g.law === d.law);
  const numberOf = new Map(d.documents.map((x) => [x.id, x.number]));

  const run = () => {
    const q: SearchQuery = mode === 'pattern' ? { kind: 'pattern', pattern } : mode === 'regex' ? { kind: 'regex', source: text } : { kind: 'text', text };
    const words = new Map(d.documents.flatMap((x) => {
      const pw = c.docs.get(x.id)?.words;
      return pw ? [[x.id, pw] as const] : [];
    }));
    try {
      const found = searchDossier(words, q);
      setHits(found);
      setTicked(new Set(found.map((_, i) => i)));
      const unread = d.documents.length - words.size;
      setNote(found.length === 0 ? w.searchNone : unread > 0 ? w.searchNotRead : null);
    } catch (e) {
      if (!(e instanceof SearchQueryError)) throw e;
      setHits(null);
      setNote(e.message === 'invalid' ? w.searchInvalid : e.message === 'matches-empty' ? w.searchEmpty : w.searchEmptyQuery);
    }
  };
  const redact = () => {
    if (!hits) return;
    const items = hits.filter((_, i) => ticked.has(i)).map((h) => ({ documentId: h.documentId, page: h.page, rects: h.rects, text: h.text }));
    if (items.length === 0) return;
    c.perform('redactOccurrences', { items, grounds: [ground] });
    c.rememberGrounds([ground]);
    setHits(null);
    setNote(fill(w.searchDone, { n: items.length }));
  };
  const docs = hits ? new Set(hits.map((h) => h.documentId)).size : 0;

  return (
    <section className="search-redact" data-testid="search-redact">
      <form onSubmit={(e) => { e.preventDefault(); run(); }}>
        <label className="title" htmlFor="search-input">{w.searchTitle}</label>
        <div className="row seg" role="radiogroup">
          {(['text', 'pattern', 'regex'] as const).map((m) => (
            <button type="button" key={m} className={mode === m ? 'on' : ''} aria-pressed={mode === m} onClick={() => { setMode(m); setHits(null); setNote(null); }} data-testid={`search-mode-${m}`}>
              {m === 'text' ? w.searchModeText : m === 'pattern' ? w.searchModePattern : w.searchModeRegex}
            </button>
          ))}
        </div>
        <div className="row">
          {mode === 'pattern' ? (
            <select id="search-input" value={pattern} onChange={(e) => setPattern(e.target.value as PatternName)} data-testid="search-pattern">
              {(Object.keys(PATTERNS) as PatternName[]).map((p) => <option key={p} value={p}>{w.patterns[p]}</option>)}
            </select>
          ) : (
            <input id="search-input" value={text} onChange={(e) => setText(e.target.value)} placeholder={mode === 'regex' ? w.searchPlaceholderRegex : w.searchPlaceholderText} data-testid="search-input" />
          )}
          <button type="submit" data-testid="search-submit">{w.searchButton}</button>
        </div>
      </form>
      {note && <div className="muted" data-testid="search-note">{note}</div>}
      {hits && hits.length > 0 && (
        <div className="hits">
          <div className="row">
            <label><input type="checkbox" checked={ticked.size === hits.length} onChange={(e) => setTicked(e.target.checked ? new Set(hits.map((_, i) => i)) : new Set())} data-testid="search-all" /> {w.searchAll}</label>
            <span className="muted" data-testid="search-count">{fill(w.searchHits, { n: hits.length, docs })}</span>
          </div>
          <ul data-testid="search-hits">
            {hits.slice(0, 500).map((h, i) => (
              <li key={i}>
                <label>
                  <input type="checkbox" checked={ticked.has(i)} onChange={() => setTicked((t) => { const n = new Set(t); if (n.has(i)) n.delete(i); else n.add(i); return n; })} data-testid="search-hit" />
                  <span className="ctx">…{h.before} <mark>{h.text}</mark> {h.after}…</span>
                </label>
                <button type="button" className="link" onClick={() => { c.perform('selectDocument', { documentId: h.documentId }); c.goToPage(h.page); }}>
                  {fill(w.searchDoc, { n: numberOf.get(h.documentId) ?? '?', p: h.page })}
                </button>
              </li>
            ))}
          </ul>
          <div className="row">
            <label>{w.searchGround}{' '}
              <select value={ground} onChange={(e) => setGround(e.target.value)} data-testid="search-ground">
                {grounds.map((g) => <option key={g.code} value={g.code}>{g.code} {g.title}</option>)}
              </select>
            </label>
            <button className="primary" disabled={ticked.size === 0} onClick={redact} data-testid="search-redact-button">{fill(w.searchRedact, { n: ticked.size })}</button>
          </div>
        </div>
      )}
      <RepeatBox />
    </section>
  );
}

function RepeatBox() {
  const c = useControllerMethods();
  const w = useWorkbench();
  // Drawn again only when the focused item or the document changes.
  const [r, doc] = useSelect((x) => [x.focused(), x.state.dossier.documents.find((d) => d.id === x.state.documentId)] as const);
  const [from, setFrom] = useState('1');
  const [to, setTo] = useState('');
  if (!r || r.origin !== 'manual' || r.wholePage || r.rects.length !== 1 || !doc) return null;
  return (
    <form className="repeat-box row" onSubmit={(e) => {
      e.preventDefault();
      const a = Number.parseInt(from, 10);
      const b = Number.parseInt(to || String(doc.pageCount), 10);
      if (!Number.isFinite(a) || !Number.isFinite(b)) return;
      // The box's own page is already redacted: the range leaves it out.
      c.perform('repeatBox', { rect: r.rects[0] as Rect, from: a, to: b, grounds: r.grounds, except: r.page });
    }} data-testid="repeat-box">
      <span>{w.repeatTitle}</span>
      <label>{w.repeatFrom} <input type="number" min={1} max={doc.pageCount} value={from} onChange={(e) => setFrom(e.target.value)} data-testid="repeat-from" /></label>
      <label>{w.repeatTo} <input type="number" min={1} max={doc.pageCount} value={to} placeholder={String(doc.pageCount)} onChange={(e) => setTo(e.target.value)} data-testid="repeat-to" /></label>
      <button type="submit" data-testid="repeat-submit">{w.repeatButton}</button>
    </form>
  );
}
