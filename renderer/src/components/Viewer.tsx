/**
 * The page viewer: pdf.js renders each page to a canvas with its text layer, and the
 * redactions of the page lie on top as boxes styled by state. Pages are virtualised: a
 * placeholder of the right size for every page, and only pages near the visible area are
 * rendered, so a 1,000-page PDF shows its first page at once and scrolls smoothly.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { CATEGORY_COLOURS, mergeLines, wordsInRect } from '../../../shared/app';
import type { Redaction } from '../../../shared/dossier';
import type { Rect } from '../../../shared/pdf/types';
import { TextLayer, type PDFDocumentProxy } from '../pdf';
import { useController } from '../useController';
import { useI18n } from '../i18n';

const GAP = 16;
const PAD = 24;

export function Viewer({ documentId }: { documentId: string }) {
  const c = useController();
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [base, setBase] = useState<{ w: number; h: number } | null>(null);
  const [sizes, setSizes] = useState<Map<number, { w: number; h: number }>>(new Map());
  const [width, setWidth] = useState(800);
  const [visible, setVisible] = useState<Set<number>>(new Set([1]));
  const [currentPage, setCurrentPage] = useState(1);
  const rt = c.docs.get(documentId);
  const loaded = rt?.bytes !== undefined;

  useEffect(() => {
    setPdf(null);
    setBase(null);
    setSizes(new Map());
    setVisible(new Set([1]));
    setCurrentPage(1);
    scroller.current?.scrollTo(0, 0);
    const p = c.pdfOf(documentId);
    if (!p) return;
    let live = true;
    void p.then(async (doc) => {
      const first = await doc.getPage(1);
      const vp = first.getViewport({ scale: 1 });
      if (!live) return;
      setBase({ w: vp.width, h: vp.height });
      setPdf(doc);
    }, (e: unknown) => c.notify('error', e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [documentId, loaded, c]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    setWidth(el.clientWidth);
    return () => ro.disconnect();
  }, []);

  const scale = useMemo(() => {
    if (!base) return 1;
    return c.zoom ?? Math.max(0.25, (width - 2 * PAD) / base.w);
  }, [base, width, c.zoom]);

  const pageCount = pdf?.numPages ?? 0;
  const sizeOf = (n: number) => sizes.get(n) ?? base ?? { w: 595, h: 842 };
  const offsets = useMemo(() => {
    const out: number[] = [];
    let y = PAD;
    for (let n = 1; n <= pageCount; n++) {
      out.push(y);
      y += sizeOf(n).h * scale + GAP;
    }
    out.push(y);
    return out;
  }, [pageCount, sizes, base, scale]);

  // Which pages are near the viewport: computed from offsets, not from 1,000 observers.
  const updateVisible = () => {
    const el = scroller.current;
    if (!el || pageCount === 0) return;
    const top = el.scrollTop - 1200;
    const bottom = el.scrollTop + el.clientHeight + 1200;
    const next = new Set<number>();
    let cur = 1;
    for (let n = 1; n <= pageCount; n++) {
      const y0 = offsets[n - 1];
      const y1 = offsets[n];
      if (y1 >= top && y0 <= bottom) next.add(n);
      if (y0 <= el.scrollTop + el.clientHeight / 3) cur = n;
    }
    setVisible((old) => (old.size === next.size && [...next].every((n) => old.has(n)) ? old : next));
    setCurrentPage(cur);
  };
  useEffect(updateVisible, [offsets, pageCount, width]);

  // Scroll to the focused redaction (keyboard review) or to a page.
  const req = c.scrollRequest;
  useEffect(() => {
    const el = scroller.current;
    if (!el || !req || req.documentId !== documentId || pageCount === 0) return;
    const y = offsets[req.page - 1] + (req.rect ? req.rect[1] * scale : 0);
    const viewTop = el.scrollTop;
    const viewBottom = viewTop + el.clientHeight;
    const boxBottom = y + (req.rect ? (req.rect[3] - req.rect[1]) * scale : el.clientHeight / 2);
    if (!req.rect || y < viewTop + 40 || boxBottom > viewBottom - 40) el.scrollTo({ top: Math.max(0, y - el.clientHeight / 3) });
  }, [req?.seq, pageCount]);

  const redactions = c.state.dossier.redactions.filter((r) => r.documentId === documentId);
  const byPage = new Map<number, Redaction[]>();
  for (const r of redactions) byPage.set(r.page, [...(byPage.get(r.page) ?? []), r]);

  return (
    <div className="viewer">
      <ViewerToolbar currentPage={currentPage} pageCount={pageCount} scale={scale} />
      <div className={`pages tool-${c.tool}`} ref={scroller} onScroll={updateVisible} data-testid="pages">
        {!pdf && <div className="page-loading">{rt?.status === 'error' ? rt.error : t('loadingPage')}</div>}
        {pdf && (
          <div style={{ height: offsets[pageCount], position: 'relative' }}>
            {Array.from({ length: pageCount }, (_, i) => i + 1).map((n) => {
              const sz = sizeOf(n);
              return (
                <div
                  key={n}
                  className="page-slot"
                  style={{ top: offsets[n - 1], width: sz.w * scale, height: sz.h * scale, left: Math.max(PAD, (width - sz.w * scale) / 2) }}
                  data-page={n}
                >
                  {visible.has(n) ? (
                    <PageView
                      pdf={pdf}
                      documentId={documentId}
                      page={n}
                      scale={scale}
                      redactions={byPage.get(n) ?? []}
                      onSize={(w, h) => setSizes((m) => (m.get(n)?.w === w && m.get(n)?.h === h ? m : new Map(m).set(n, { w, h })))}
                    />
                  ) : null}
                  <div className="page-number">{n}</div>
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}

function ViewerToolbar({ currentPage, pageCount, scale }: { currentPage: number; pageCount: number; scale: number }) {
  const c = useController();
  const { t } = useI18n();
  return (
    <div className="viewer-toolbar" role="toolbar">
      <div className="seg" role="radiogroup">
        {(['select', 'box', 'text'] as const).map((tool) => (
          <button key={tool} className={c.tool === tool ? 'on' : ''} aria-pressed={c.tool === tool} onClick={() => c.setTool(tool)} data-testid={`tool-${tool}`}>
            {tool === 'select' ? t('toolSelect') : tool === 'box' ? t('toolBox') : t('toolText')}
          </button>
        ))}
      </div>
      <button onClick={() => c.perform('wholePage', { page: currentPage })} disabled={pageCount === 0} data-testid="whole-page">
        {t('wholePage')}
      </button>
      <span className="spacer" />
      <span className="muted" data-testid="page-indicator">{pageCount ? t('pageOf', { n: currentPage, total: pageCount }) : ''}</span>
      <button onClick={() => c.setZoom(scale / 1.2)} title={t('zoomOut')} aria-label={t('zoomOut')}>−</button>
      <span className="zoom">{Math.round(scale * 100)}%</span>
      <button onClick={() => c.setZoom(scale * 1.2)} title={t('zoomIn')} aria-label={t('zoomIn')}>+</button>
      <button onClick={() => c.setZoom(null)} className={c.zoom === null ? 'on' : ''}>{t('fitWidth')}</button>
    </div>
  );
}

function PageView(props: { pdf: PDFDocumentProxy; documentId: string; page: number; scale: number; redactions: Redaction[]; onSize(w: number, h: number): void }) {
  const { pdf, page, scale } = props;
  // The parent passes a new callback on every render; the render effect must not restart for it.
  const onSize = useRef(props.onSize);
  onSize.current = props.onSize;
  const canvas = useRef<HTMLCanvasElement>(null);
  const text = useRef<HTMLDivElement>(null);
  const [rendered, setRendered] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let task: { cancel(): void } | null = null;
    let layer: { cancel(): void } | null = null;
    void pdf.getPage(page).then(async (p) => {
      if (cancelled || !canvas.current || !text.current) return;
      const vp1 = p.getViewport({ scale: 1 });
      onSize.current(vp1.width, vp1.height);
      const vp = p.getViewport({ scale });
      const dpr = window.devicePixelRatio || 1;
      const cv = canvas.current;
      cv.width = Math.floor(vp.width * dpr);
      cv.height = Math.floor(vp.height * dpr);
      cv.style.width = `${vp.width}px`;
      cv.style.height = `${vp.height}px`;
      const ctx = cv.getContext('2d');
      if (!ctx) return;
      const rt = p.render({ canvasContext: ctx, canvas: cv, viewport: vp, transform: dpr !== 1 ? [dpr, 0, 0, dpr, 0, 0] : undefined });
      task = rt;
      await rt.promise.catch(() => undefined);
      if (cancelled) return;
      setRendered(true);
      const tl = text.current;
      tl.replaceChildren();
      tl.style.setProperty('--total-scale-factor', String(scale));
      const textLayer = new TextLayer({ textContentSource: p.streamTextContent(), container: tl, viewport: vp });
      layer = textLayer;
      await textLayer.render().catch(() => undefined);
    });
    return () => {
      cancelled = true;
      task?.cancel();
      layer?.cancel();
    };
  }, [pdf, page, scale]);

  return (
    <div className="page" data-rendered={rendered ? 'true' : 'false'} data-testid={`page-${page}`}>
      <canvas ref={canvas} />
      <div className="textLayer" ref={text} />
      <Overlays {...props} />
    </div>
  );
}

function Overlays({ documentId, page, scale, redactions }: { documentId: string; page: number; scale: number; redactions: Redaction[] }) {
  const c = useController();
  const [draft, setDraft] = useState<Rect | null>(null);
  const start = useRef<[number, number] | null>(null);
  const layer = useRef<HTMLDivElement>(null);
  const focusId = c.state.focusId;

  const toPdf = (e: ReactPointerEvent): [number, number] => {
    const b = layer.current!.getBoundingClientRect();
    return [(e.clientX - b.left) / scale, (e.clientY - b.top) / scale];
  };
  const drawing = c.tool !== 'select';
  const onDown = (e: ReactPointerEvent) => {
    if (!drawing || e.button !== 0) return;
    e.preventDefault();
    (e.target as HTMLElement).setPointerCapture(e.pointerId);
    start.current = toPdf(e);
    setDraft([...start.current, ...start.current] as Rect);
  };
  const onMove = (e: ReactPointerEvent) => {
    if (!start.current) return;
    const [x, y] = toPdf(e);
    const [x0, y0] = start.current;
    setDraft([Math.min(x0, x), Math.min(y0, y), Math.max(x0, x), Math.max(y0, y)]);
  };
  const onUp = () => {
    const r = draft;
    start.current = null;
    setDraft(null);
    if (!r || r[2] - r[0] < 2 || r[3] - r[1] < 2) return;
    const box = r.map((v) => Math.round(v * 100) / 100) as Rect;
    if (c.tool === 'box') {
      c.perform('addBox', { page, rects: [box] });
    } else {
      const words = c.docs.get(documentId)?.words?.find((p) => p.page === page)?.words ?? [];
      const hit = wordsInRect(words, box);
      if (hit.length === 0) return;
      c.perform('addBox', { page, rects: mergeLines(hit.map((w) => w.rect)), text: hit.map((w) => w.text).join(' ') });
    }
  };

  return (
    <div
      className={`overlays ${drawing ? 'drawing' : ''}`}
      ref={layer}
      onPointerDown={onDown}
      onPointerMove={onMove}
      onPointerUp={onUp}
      data-testid={`overlay-layer-${page}`}
      data-scale={scale}
    >
      {redactions.map((r) => {
        const focused = r.id === focusId;
        const colour = CATEGORY_COLOURS[r.category];
        const rects: Rect[] = r.wholePage ? [[0, 0, 1e5, 1e5]] : r.rects;
        return rects.map((q, i) => (
          <div
            key={`${r.id}-${i}`}
            className={`box ${r.status} ${focused ? 'focused' : ''} ${r.wholePage ? 'whole' : ''}`}
            data-testid="redaction-box"
            data-status={r.status}
            data-category={r.category}
            data-review={r.review?.status ?? 'unreviewed'}
            style={r.wholePage ? { ['--c' as string]: colour } : {
              left: q[0] * scale, top: q[1] * scale, width: (q[2] - q[0]) * scale, height: (q[3] - q[1]) * scale,
              ['--c' as string]: colour,
            }}
            title={`${r.text || r.category} — ${r.grounds.join(', ')}${r.reason ? ` — ${r.reason}` : ''}`}
            onClick={(e) => {
              if (drawing) return;
              e.stopPropagation();
              c.perform('focus', { id: r.id });
            }}
          >
            {r.status === 'accepted' && i === 0 ? <span className="label" style={{ fontSize: Math.max(7, Math.min(12, (q[3] - q[1]) * scale * 0.7)) }}>{r.grounds.join(', ')}</span> : null}
          </div>
        ));
      })}
      {draft && (
        <div className="box draft" style={{ left: draft[0] * scale, top: draft[1] * scale, width: (draft[2] - draft[0]) * scale, height: (draft[3] - draft[1]) * scale }} />
      )}
    </div>
  );
}
