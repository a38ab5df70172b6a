/**
 * The page viewer: pdf.js renders each page to a canvas with its text layer, and the
 * redactions of the page lie on top as boxes styled by state. Pages are virtualised: a
 * placeholder of the right size for every page, and only pages near the visible area are
 * rendered, so a 1,000-page PDF shows its first page at once and scrolls smoothly.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent, type ReactNode, type RefObject } from 'react';
import { CATEGORY_COLOURS, dragToBox, wordsInRect } from '../../../shared/app';
import type { Redaction } from '../../../shared/dossier';
import type { Rect } from '../../../shared/pdf/types';
import { TextLayer, type PDFDocumentProxy } from '../pdf';
import { labelSize } from './labels';
import { pageCanvas as scratchCanvas, renderPacer } from '../renderPace';
import { pagePictures } from '../pagePictures';
import { patchPages } from './pageBoxes';
import { useControllerMethods, useSelect } from '../useController';
import { useI18n } from '../i18n';

const GAP = 16;
const PAD = 24;

function ViewerColumn({ documentId }: { documentId: string }) {
  const c = useControllerMethods();
  // What the column draws: the decisions (boxes), zoom, and the document's bytes and state.
  // Not the focus: moving it redraws the boxes of the pages concerned and scrolls (below).
  useSelect((x) => {
    const r = x.docs.get(documentId);
    return [x.state.dossier.redactions, x.zoom, r?.bytes !== undefined, r?.status, r?.error];
  });
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
    let live = true;
    // pdf.js gets the document in a task of its own: with the first drawing of the document's
    // column (its arrival from the worker) it made one task of 30 ms and more (issue #17).
    const later = setTimeout(() => {
      const p = c.pdfOf(documentId);
      if (!p || !live) return;
      void p.then(async (doc) => {
        const first = await doc.getPage(1);
        const vp = first.getViewport({ scale: 1 });
        if (!live) return;
        setBase({ w: vp.width, h: vp.height });
        setPdf(doc);
      }, (e: unknown) => c.notify('error', e instanceof Error ? e.message : String(e)));
    }, 0);
    return () => {
      live = false;
      clearTimeout(later);
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
  // Fit width fits every page on its own (a landscape page among portrait ones is not clipped);
  // a chosen zoom is the same for all pages and the view scrolls sideways when a page is wider.
  const scaleOf = (n: number) => (c.zoom ?? (base ? Math.max(0.25, (width - 2 * PAD) / sizeOf(n).w) : 1));
  const offsets = useMemo(() => {
    const out: number[] = [];
    let y = PAD;
    for (let n = 1; n <= pageCount; n++) {
      out.push(y);
      y += sizeOf(n).h * scaleOf(n) + GAP;
    }
    out.push(y);
    return out;
  }, [pageCount, sizes, base, scale, width]);
  const innerWidth = useMemo(() => {
    let w = 0;
    for (const [n, sz] of sizes) w = Math.max(w, sz.w * scaleOf(n));
    return Math.max(width, (base?.w ?? 0) * scale + 2 * PAD, w + 2 * PAD);
  }, [sizes, base, scale, width]);

  // Which pages are near the viewport: computed from offsets, not from 1,000 observers.
  const updateVisible = () => {
    const el = scroller.current;
    if (!el || pageCount === 0) return;
    // The scroll position read once: read for each of a thousand pages it was 20 ms and more
    // of DOM calls on every scroll and render (issue #17).
    const scrollTop = el.scrollTop;
    const height = el.clientHeight;
    const top = scrollTop - 1200;
    const bottom = scrollTop + height + 1200;
    const reading = scrollTop + height / 3;
    const next = new Set<number>();
    let cur = 1;
    for (let n = 1; n <= pageCount; n++) {
      const y0 = offsets[n - 1];
      const y1 = offsets[n];
      if (y1 >= top && y0 <= bottom) next.add(n);
      if (y0 <= reading) cur = n;
    }
    setVisible((old) => (old.size === next.size && [...next].every((n) => old.has(n)) ? old : next));
    setCurrentPage(cur);
    // The page in view, for the panel's "this page only" filter.
    if (c.state.documentId === documentId && c.state.page !== cur) c.perform('viewPage', { page: cur });
  };
  useEffect(updateVisible, [offsets, pageCount, width]);

  // Where the pages are, for scrolling to the focused redaction (ScrollFollower, below).
  const geom = useRef({ offsets, scaleOf });
  geom.current = { offsets, scaleOf };

  // By page once per dossier change (linear: a 300-page document has thousands of boxes). A
  // page whose boxes are the same objects as before keeps its list, so its slot is not drawn
  // again on a key press elsewhere (issue #14, key-press latency).
  const dossierRedactions = c.state.dossier.redactions;
  const lastByPage = useRef<{ documentId: string; m: Map<number, Redaction[]>; from: readonly Redaction[] } | null>(null);
  const byPage = useMemo(() => {
    const last = lastByPage.current?.documentId === documentId ? lastByPage.current : null;
    // After a decision only the pages of the items it changed get new lists (issue #14).
    const patched = last && patchPages(last.m, last.from, dossierRedactions, documentId);
    const m = patched ?? new Map<number, Redaction[]>();
    if (!patched) {
      for (const r of dossierRedactions) {
        if (r.documentId !== documentId) continue;
        const l = m.get(r.page);
        if (l) l.push(r);
        else m.set(r.page, [r]);
      }
      if (last) {
        for (const [n, l] of m) {
          const old = last.m.get(n);
          if (old && old.length === l.length && old.every((r, i) => r === l[i])) m.set(n, old);
        }
      }
    }
    lastByPage.current = { documentId, m, from: dossierRedactions };
    return m;
  }, [dossierRedactions, documentId]);
  const onSize = useCallback((n: number, w: number, h: number) => setSizes((m) => (m.get(n)?.w === w && m.get(n)?.h === h ? m : new Map(m).set(n, { w, h }))), []);

  return (
    <div className="viewer">
      <ViewerToolbar currentPage={currentPage} pageCount={pageCount} scale={scale} />
      <ScrollFollower documentId={documentId} scroller={scroller} geom={geom} pageCount={pageCount} />
      <PagesColumn scroller={scroller} onScroll={updateVisible}>
        {!pdf && <div className="page-loading">{rt?.status === 'error' ? rt.error : t('loadingPage')}</div>}
        {pdf && (
          <div style={{ height: offsets[pageCount], width: innerWidth, position: 'relative' }}>
            {/* Only the slots near the view exist: a 1,000-page document drew a thousand empty
                slots at once, a task of over half a second on the UI thread (issue #17). */}
            {[...visible].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b).map((n) => {
              const sz = sizeOf(n);
              const scale = scaleOf(n);
              return (
                <PageSlot
                  key={n}
                  pdf={pdf}
                  documentId={documentId}
                  page={n}
                  scale={scale}
                  top={offsets[n - 1]}
                  left={Math.max(PAD, (innerWidth - sz.w * scale) / 2)}
                  w={sz.w}
                  h={sz.h}
                  shown
                  redactions={byPage.get(n) ?? NONE}
                  onSize={onSize}
                />
              );
            })}
          </div>
        )}
      </PagesColumn>
    </div>
  );
}

const NONE: Redaction[] = [];


/** The scrolled column of pages; its class follows the tool (the cursor). */
function PagesColumn({ scroller, onScroll, children }: { scroller: RefObject<HTMLDivElement | null>; onScroll(): void; children: ReactNode }) {
  const tool = useSelect((x) => x.tool);
  return <div className={`pages tool-${tool}`} ref={scroller} onScroll={onScroll} data-testid="pages">{children}</div>;
}

/**
 * Scrolls to the focused redaction (keyboard review) or to a page. On its own so that a key
 * press that only moves the focus draws nothing else of the viewer (issue #14).
 */
function ScrollFollower({ documentId, scroller, geom, pageCount }: { documentId: string; scroller: RefObject<HTMLDivElement | null>; geom: RefObject<{ offsets: number[]; scaleOf(n: number): number }>; pageCount: number }) {
  const req = useSelect((x) => x.scrollRequest);
  useEffect(() => {
    const el = scroller.current;
    if (!el || !req || req.documentId !== documentId || pageCount === 0) return;
    const { offsets, scaleOf } = geom.current;
    const ps = scaleOf(req.page);
    const y = offsets[req.page - 1] + (req.rect ? req.rect[1] * ps : 0);
    const viewTop = el.scrollTop;
    const viewBottom = viewTop + el.clientHeight;
    const boxBottom = y + (req.rect ? (req.rect[3] - req.rect[1]) * ps : el.clientHeight / 2);
    if (!req.rect || y < viewTop + 40 || boxBottom > viewBottom - 40) el.scrollTo({ top: Math.max(0, y - el.clientHeight / 3) });
  }, [req?.seq, pageCount]);
  return null;
}

/** One page's place in the scrolled column; drawn again only when its own props change. */
const PageSlot = memo(function PageSlot(props: { pdf: PDFDocumentProxy; documentId: string; page: number; scale: number; top: number; left: number; w: number; h: number; shown: boolean; redactions: Redaction[]; onSize(n: number, w: number, h: number): void }) {
  const { pdf, documentId, page: n, scale, top, left, w, h, shown, redactions, onSize } = props;
  return (
    <div className="page-slot" style={{ top, width: w * scale, height: h * scale, left }} data-page={n}>
      {shown ? <PageView pdf={pdf} documentId={documentId} page={n} scale={scale} redactions={redactions} onSize={(pw, ph) => onSize(n, pw, ph)} /> : null}
      <div className="page-number">{n}</div>
    </div>
  );
});

function ViewerToolbar({ currentPage, pageCount, scale }: { currentPage: number; pageCount: number; scale: number }) {
  const c = useControllerMethods();
  useSelect((x) => [x.state.view, x.tool, x.zoom]);
  const { t } = useI18n();
  return (
    <div className="viewer-toolbar" role="toolbar">
      {c.state.view !== 'reviewer' && (<>
      <div className="seg" role="radiogroup">
        {(['select', 'box', 'text'] as const).map((tool) => (
          <button key={tool} className={c.tool === tool ? 'on' : ''} aria-pressed={c.tool === tool} onClick={() => c.setTool(tool)} data-testid={`tool-${tool}`}>
            {tool === 'select' ? t('toolSelect') : tool === 'box' ? t('toolBox') : t('toolText')}
          </button>
        ))}
      </div>
      <button onClick={() => c.addWholePage(currentPage)} disabled={pageCount === 0} data-testid="whole-page">
        {t('wholePage')}
      </button>
      </>)}
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
  // Where the picture was drawn ('worker', or 'window' without the page worker), for the tests.
  const [drawnBy, setDrawnBy] = useState<'worker' | 'window' | null>(null);
  // A new canvas element when the worker had the old one and can no longer draw (rare).
  const [canvasGen, setCanvasGen] = useState(0);
  useEffect(() => {
    const cv = canvas.current;
    return () => {
      if (cv) pagePictures.release(cv);
    };
  }, [canvasGen]);

  useEffect(() => {
    let cancelled = false;
    let task: { cancel(): void } | null = null;
    let layer: { cancel(): void } | null = null;
    let unpace = () => {};
    let dropStep = () => {};
    // The page is drawn in a worker of its own (pagePictures.ts), asked at once, which puts
    // the picture straight into this page's canvas (its control handed over at the first
    // drawing): pdf.js's drawing steps and the page's pixels cost the UI thread nothing
    // (issue #17). Without that worker it is drawn here as before.
    const dpr = window.devicePixelRatio || 1;
    const job = pagePictures.draw(pdf, page, scale, dpr, canvas.current ?? undefined);
    task = job;
    void pdf.getPage(page).then(async (p) => {
      if (cancelled || !canvas.current || !text.current) {
        job.cancel();
        return;
      }
      const vp1 = p.getViewport({ scale: 1 });
      onSize.current(vp1.width, vp1.height);
      const vp = p.getViewport({ scale });
      const cv = canvas.current;
      const w = Math.floor(vp.width * dpr);
      const h = Math.floor(vp.height * dpr);
      const got = await job.picture;
      if (cancelled) {
        if (got.kind === 'drawn') got.bitmap.close();
        return;
      }
      if (got.kind === 'here' && got.lost) {
        setCanvasGen((g) => g + 1);
        return;
      }
      let picture: ImageBitmap | null = null;
      if (got.kind === 'drawn') picture = got.bitmap;
      else if (got.kind === 'here') {
        // pdf.js draws into a canvas outside the document (one for all pages, lent to one page
        // at a time: renderPace.ts), and the page shows the finished picture through a
        // 'bitmaprenderer' canvas. A 2D canvas in the document cost the compositor's commit about
        // 4 ms at every frame, drawn in or not: with five pages in view 20 ms a frame, and single
        // commits of 30-77 ms while the analysis ran (issue #17).
        const lease = await scratchCanvas.lend(w, h);
        if (cancelled) {
          lease.release();
          return;
        }
        const off = lease.canvas as HTMLCanvasElement;
        const rt = p.render({ canvas: off, viewport: vp, transform: dpr !== 1 ? [dpr, 0, 0, dpr, 0, 0] : undefined });
        // One drawing step per frame for all pages in view together (renderPace.ts, issue #17).
        unpace = renderPacer.pace(rt);
        task = rt;
        await rt.promise.catch(() => undefined);
        // What was drawn is shown also when a step failed (a damaged page shows what it could).
        picture = cancelled ? null : await createImageBitmap(off).catch(() => null);
        lease.release();
        if (cancelled) {
          picture?.close();
          return;
        }
      }
      // A canvas the worker controls takes its size from the picture the worker put in it.
      if (got.kind !== 'shown') {
        cv.width = w;
        cv.height = h;
      }
      cv.style.width = `${vp.width}px`;
      cv.style.height = `${vp.height}px`;
      if (picture) cv.getContext('bitmaprenderer')?.transferFromImageBitmap(picture);
      setRendered(true);
      setDrawnBy(got.kind === 'here' ? 'window' : 'worker');
      // The text layer in a frame step of its own, after the pages that began drawing before
      // it: started in the frame that finished the drawing, its first measuring laid out the
      // whole window in that frame (issue #17).
      await renderPacer.step((drop) => (dropStep = drop));
      if (cancelled || !text.current) return;
      const tl = text.current;
      tl.replaceChildren();
      tl.style.setProperty('--total-scale-factor', String(scale));
      const textLayer = new TextLayer({ textContentSource: p.streamTextContent(), container: tl, viewport: vp });
      layer = textLayer;
      await textLayer.render().catch(() => undefined);
    });
    return () => {
      cancelled = true;
      unpace();
      dropStep();
      task?.cancel();
      layer?.cancel();
    };
  }, [pdf, page, scale, canvasGen]);

  return (
    <div className="page" data-rendered={rendered ? 'true' : 'false'} data-drawn={drawnBy ?? undefined} data-testid={`page-${page}`}>
      <canvas key={canvasGen} ref={canvas} />
      <div className="textLayer" ref={text} />
      <Overlays {...props} />
    </div>
  );
}

type Drag = { kind: 'draw'; start: [number, number] } | { kind: 'move' | 'nw' | 'se'; id: string; start: [number, number]; rects: Rect[] };

const round2 = (v: number) => Math.round(v * 100) / 100;

/** The rects of a box after a drag: moved by the delta, or one corner pulled (never inside out). */
export function draggedRects(kind: 'move' | 'nw' | 'se', rects: readonly Rect[], dx: number, dy: number): Rect[] {
  if (kind === 'move') return rects.map((q) => [q[0] + dx, q[1] + dy, q[2] + dx, q[3] + dy].map(round2) as Rect);
  const q = rects[0];
  const r: Rect = kind === 'se'
    ? [q[0], q[1], Math.max(q[0] + 2, q[2] + dx), Math.max(q[1] + 2, q[3] + dy)]
    : [Math.min(q[2] - 2, q[0] + dx), Math.min(q[3] - 2, q[1] + dy), q[2], q[3]];
  return [r.map(round2) as Rect, ...rects.slice(1)];
}


function Overlays({ documentId, page, scale, redactions }: { documentId: string; page: number; scale: number; redactions: Redaction[] }) {
  const c = useControllerMethods();
  const [draft, setDraft] = useState<Rect | null>(null);
  const [moving, setMoving] = useState<{ id: string; rects: Rect[] } | null>(null);
  const drag = useRef<Drag | null>(null);
  const layer = useRef<HTMLDivElement>(null);
  // This page's part of the focus and selection: a key press redraws only the pages the focus
  // leaves and enters (issue #14), not every page in view.
  const [focusId, selectionKey] = useSelect((x) => {
    const f = x.state.focusId;
    const mine = (id: string) => redactions.some((r) => r.id === id);
    return [f !== null && mine(f) ? f : null, x.selection.filter(mine).join('\n'), x.tool, x.state.view, x.marked] as const;
  });
  const selection = selectionKey === '' ? [] : selectionKey.split('\n');

  const toPdf = (e: ReactPointerEvent): [number, number] => {
    const b = layer.current!.getBoundingClientRect();
    return [(e.clientX - b.left) / scale, (e.clientY - b.top) / scale];
  };
  // The legal reviewer's view shows the boxes to judge: no drawing, moving or resizing there.
  const readOnly = c.state.view === 'reviewer';
  const drawing = c.tool !== 'select' && !readOnly;
  const words = () => c.docs.get(documentId)?.words?.find((p) => p.page === page)?.words ?? [];
  const onDown = (e: ReactPointerEvent) => {
    if (!drawing || e.button !== 0) return;
    e.preventDefault();
    layer.current?.setPointerCapture(e.pointerId);
    const start = toPdf(e);
    drag.current = { kind: 'draw', start };
    setDraft([...start, ...start] as Rect);
  };
  const startBoxDrag = (e: ReactPointerEvent, r: Redaction, kind: 'move' | 'nw' | 'se') => {
    if (drawing || e.button !== 0 || r.wholePage) return;
    e.stopPropagation();
    e.preventDefault();
    if (readOnly) {
      if (r.id !== focusId) c.perform('reviewFocus', { id: r.id });
      return;
    }
    layer.current?.setPointerCapture(e.pointerId);
    drag.current = { kind, id: r.id, start: toPdf(e), rects: r.rects };
    if (e.ctrlKey || e.metaKey || e.shiftKey) c.toggleSelected(r.id);
    else if (r.id !== focusId) c.perform('focus', { id: r.id });
  };
  const onMove = (e: ReactPointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const [x, y] = toPdf(e);
    const [x0, y0] = d.start;
    if (d.kind === 'draw') setDraft([Math.min(x0, x), Math.min(y0, y), Math.max(x0, x), Math.max(y0, y)]);
    else setMoving({ id: d.id, rects: draggedRects(d.kind, d.rects, x - x0, y - y0) });
  };
  const onUp = () => {
    const d = drag.current;
    drag.current = null;
    if (d && d.kind !== 'draw') {
      const m = moving;
      setMoving(null);
      if (!m || m.rects.every((q, i) => q.every((v, k) => Math.abs(v - d.rects[i][k]) < 0.5))) return;
      const under = m.rects.flatMap((q) => wordsInRect(words(), q));
      c.perform('moveBox', { id: m.id, rects: m.rects, ...(under.length ? { text: under.map((w) => w.text).join(' ') } : {}) });
      return;
    }
    const r = draft;
    setDraft(null);
    // A drag along one line selects its words (no height needed); a box needs 2 points both ways.
    const made = r && (c.tool === 'box' || c.tool === 'text') ? dragToBox(c.tool, r, words()) : null;
    if (made) c.addOwnBox(page, made.rects, made.text);
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
        const live = moving?.id === r.id ? moving.rects : r.rects;
        const rects: Rect[] = r.wholePage ? [[0, 0, 1e5, 1e5]] : live;
        const code = r.grounds.join(', ');
        return rects.map((q, i) => {
          const w = (q[2] - q[0]) * scale;
          const h = (q[3] - q[1]) * scale;
          const size = r.wholePage ? 28 : labelSize(code, w, h);
          return (
            <div
              key={`${r.id}-${i}`}
              className={`box ${r.status} ${focused ? 'focused' : ''} ${selection.includes(r.id) ? 'selected' : ''} ${r.wholePage ? 'whole' : ''}`}
              data-testid="redaction-box"
              data-id={r.id}
              data-status={r.status}
              data-category={r.category}
              data-review={r.review?.status ?? 'unreviewed'}
              style={r.wholePage ? { ['--c' as string]: colour } : { left: q[0] * scale, top: q[1] * scale, width: w, height: h, ['--c' as string]: colour }}
              title={`${r.text || r.category} — ${code}${r.reason ? ` — ${r.reason}` : ''}`}
              onPointerDown={(e) => startBoxDrag(e, r, 'move')}
              onClick={(e) => {
                if (drawing) return;
                e.stopPropagation();
              }}
            >
              {r.status === 'accepted' && i === 0 && size ? <span className="label" style={{ fontSize: size }}>{code}</span> : null}
              {focused && !r.wholePage && i === 0 && !drawing && !readOnly ? (
                <>
                  <span className="handle nw" data-testid="handle-nw" onPointerDown={(e) => startBoxDrag(e, r, 'nw')} />
                  <span className="handle se" data-testid="handle-se" onPointerDown={(e) => startBoxDrag(e, r, 'se')} />
                </>
              ) : null}
            </div>
          );
        });
      })}
      {c.marked && c.marked.documentId === documentId && c.marked.page === page && (
        <div
          className={`place-mark ${c.marked.rect ? '' : 'whole'}`}
          data-testid="place-mark"
          style={c.marked.rect ? { left: c.marked.rect[0] * scale - 4, top: c.marked.rect[1] * scale - 4, width: (c.marked.rect[2] - c.marked.rect[0]) * scale + 8, height: (c.marked.rect[3] - c.marked.rect[1]) * scale + 8 } : undefined}
        />
      )}
      {draft && (
        <div className="box draft" style={{ left: draft[0] * scale, top: draft[1] * scale, width: (draft[2] - draft[0]) * scale, height: (draft[3] - draft[1]) * scale }} />
      )}
    </div>
  );
}

/** Drawn again only for what it subscribes to, not whenever the shell around it is (issue #14). */
export const Viewer = memo(ViewerColumn);
