/**
 * The read-back of a redacted file before it is written (#13): it must open and have every page;
 * every page whose content redaction changed (`RedactReport.changedPages`) must interpret, and
 * every other page must still find every object it refers to. Those pages draw the input's own
 * content, so interpreting them again proves nothing about the writing; a page where a reference
 * now leads nowhere is interpreted too. On the 1,000-page bench dossier this read-back costs a
 * third of interpreting every page.
 *
 * Given the boxes (`boxes`, from the decisions, not from what glyph removal did), the glyphs the
 * written content of a changed page draws are held against them by the redaction rule itself
 * (geometry.ts `covers`: the glyph's centre inside a box): one that is still there fails the file.
 * The glyphs come from interpreting the written bytes in a fresh opening, so the check knows
 * nothing of which operators the removal edited; only the labels Lakstift draws inside its boxes
 * (the page's fonts named `LkLabel…`, labels.ts) are not counted.
 *
 * @example
 *   const r = await readBackRedacted(result.bytes, { changedPages: result.report.changedPages, boxes });
 *   if (r.failure) throw …; if (r.pageCount !== result.report.pageCount) throw …;
 */
import { PDFArray, PDFDict, PDFName, PDFRef, PDFStream, type PDFContext, type PDFObject } from '@cantoo/pdf-lib';
import { openPdf } from '../pdf/document';
import { fontKeyOf, interpretPage } from '../pdf/interpreter';
import { recycleGlyphs, storeOf } from '../pdf/glyphStore';
import type { PdfLimits } from '../pdf/limits';
import type { Rect } from '../pdf/types';
import { coverTest, normRect } from './geometry';
import { rawObjectsOf, type RawObjects } from './rawScan';

export interface ReadBackOptions {
  /** 1-based pages whose content changed; absent: every page is interpreted. */
  changedPages?: readonly number[];
  loadPredefinedCMap?: (name: string) => Uint8Array | null;
  limits?: Partial<PdfLimits>;
  /** Only pages first..last (1-based, inclusive) are looked at: a part of the read-back, for one of several threads. */
  pages?: [number, number];
  /**
   * The redaction boxes (display coordinates) by 1-based page, as the decisions give them; a page
   * redacted whole has its whole page box. No glyph of such a page may lie under one.
   */
  boxes?: readonly PageBoxes[];
}

/** The boxes of one page (1-based), as they cross to a worker thread. */
export interface PageBoxes {
  page: number;
  rects: Rect[];
  /** The page was redacted whole: its whole page is the box. */
  whole?: boolean;
}

export interface ReadBackResult {
  /** Pages the written file has (0 when it did not open). */
  pageCount: number;
  /** Why the file failed, in the reader's words; absent when it passed. */
  failure?: string;
  /** The same in Dutch, where the read-back itself found the fault (a glyph under a box). */
  failureNl?: string;
  /** How many pages were interpreted. */
  interpreted: number;
}

export async function readBackRedacted(bytes: Uint8Array, options: ReadBackOptions = {}): Promise<ReadBackResult> {
  let pageCount = 0;
  let interpreted = 0;
  try {
    // Lazily: an object is parsed when the check or the interpreter first looks it up, so the
    // pages nobody changed cost their page dictionary and references, not a parse of their
    // streams' neighbours (a file whose cross-reference data cannot be read loads fully).
    const pdf = await openPdf(bytes, { loadPredefinedCMap: options.loadPredefinedCMap, limits: options.limits, lazy: true });
    pageCount = pdf.pageCount;
    const changed = options.changedPages ? new Set(options.changedPages) : undefined;
    const refs = new ReferenceCheck(pdf.doc.context);
    const boxes = new Map<number, Rect[]>();
    for (const b of options.boxes ?? []) {
      if (b.page < 1 || b.page > pdf.pageCount) continue;
      const g = pdf.page(b.page - 1).geometry;
      const rects: Rect[] = b.whole ? [[0, 0, g.width, g.height]] : b.rects.map(normRect);
      boxes.set(b.page, [...(boxes.get(b.page) ?? []), ...rects]);
    }
    const [first, last] = options.pages ?? [1, pdf.pageCount];
    for (let i = Math.max(0, first - 1); i < Math.min(pdf.pageCount, last); i++) {
      if (!changed || changed.has(i + 1) || !refs.allResolve(pdf.page(i).node)) {
        // The page borrows the glyph store every page fills and gives it back, instead of
        // keeping a copy of its glyphs: only their boxes are read, and only under the boxes.
        const content = interpretPage(pdf, i, { marks: false, lend: true });
        try {
          const rects = boxes.get(i + 1);
          const left = rects?.length ? glyphUnder(pdf.page(i).node, content, rects) : undefined;
          if (left !== undefined) {
            return {
              pageCount, interpreted: interpreted + 1,
              failure: `a glyph ('${left}') remains under a box on page ${i + 1}`,
              failureNl: `er staat nog een teken ('${left}') onder een kader op pagina ${i + 1}`,
            };
          }
        } finally {
          recycleGlyphs(content);
        }
        interpreted++;
      }
    }
  } catch (e) {
    return { pageCount, interpreted, failure: e instanceof Error ? e.message : String(e) };
  }
  return { pageCount, interpreted };
}

const PARENT = PDFName.of('Parent');
const RESOURCES = PDFName.of('Resources');
const FONT = PDFName.of('Font');

/**
 * The text of the first glyph of an interpreted page whose centre lies under one of `rects`
 * (the redaction rule, geometry.ts `coverTest`), leaving out the labels Lakstift drew in its
 * own font (the page's font resources named `LkLabel…`); undefined when there is none.
 */
function glyphUnder(node: PDFDict, content: object, rects: readonly Rect[]): string | undefined {
  const glyphs = storeOf(content);
  if (!glyphs) return undefined;
  const labels = new Set<number>();
  const res = node.lookup(RESOURCES);
  const fonts = res instanceof PDFDict ? res.lookup(FONT) : undefined;
  if (fonts instanceof PDFDict) {
    for (const [k, v] of fonts.entries()) {
      const dict = v instanceof PDFRef ? fonts.context.lookup(v) : v;
      if (k.decodeText().startsWith('LkLabel') && dict instanceof PDFDict) labels.add(fontKeyOf(dict));
    }
  }
  const coveredBy = coverTest(rects);
  const { x0, y0, x1, y1, fontKey } = glyphs;
  for (let i = 0; i < glyphs.length; i++) {
    if (coveredBy(x0[i]!, y0[i]!, x1[i]!, y1[i]!) && !labels.has(fontKey[i]!)) return glyphs.text[i] ?? '';
  }
  return undefined;
}

const P = PDFName.of('P');

/** Whether a raw scan's path to a reference ("Resources/Font/F1") passes a key the walk does not follow. */
function underSkippedKey(path: string): boolean {
  // Key by key without splitting the path (an array and its strings for every reference).
  let start = 0;
  while (start <= path.length) {
    let end = path.indexOf('/', start);
    if (end < 0) end = path.length;
    const n = end - start;
    if ((n === 1 && path.charCodeAt(start) === 80) || (n === 6 && path.startsWith('Parent', start))) return true;
    start = end + 1;
  }
  return false;
}

/**
 * Whether every reference reachable from a page (its resources, content, annotations; not its
 * /Parent nor an annotation's /P) leads to an object. Objects shared by pages are looked at once.
 */
class ReferenceCheck {
  private readonly ok = new Set<PDFObject>();
  /** The written file's objects read without parsing them (rawScan.ts): their references are the same. */
  private readonly raws: RawObjects | undefined;
  constructor(private readonly ctx: PDFContext) {
    this.raws = rawObjectsOf(ctx);
  }

  allResolve(page: PDFDict): boolean {
    const stack: PDFObject[] = [];
    for (const [k, v] of page.entries()) if (k !== PARENT) stack.push(v);
    const seen: PDFObject[] = [];
    while (stack.length) {
      let o = stack.pop()!;
      if (this.ok.has(o)) continue;
      if (o instanceof PDFRef) {
        // An object of plain syntax is known to exist by its strict raw scan, and its references
        // are exactly those a parse finds: followed from there, as the parse would be (less
        // those under /Parent and /P), without making pdf-lib objects of every font and width
        // array of the pages nobody changed. Anything the scan does not accept is parsed.
        const raw = this.raws?.raw(o);
        if (raw) {
          this.ok.add(o);
          seen.push(o);
          raw.refs.forEach((r, k) => {
            if (!underSkippedKey(raw.refPaths[k]!)) stack.push(r);
          });
          continue;
        }
        const t = this.ctx.lookup(o);
        if (t === undefined) {
          // What this walk passed is not known to be whole: another page looks again.
          for (const x of seen) this.ok.delete(x);
          return false;
        }
        this.ok.add(o);
        seen.push(o);
        o = t;
        if (this.ok.has(o)) continue;
      }
      this.ok.add(o);
      seen.push(o);
      const d = o instanceof PDFStream ? o.dict : o instanceof PDFDict ? o : undefined;
      if (d) {
        for (const [k, v] of d.entries()) if (k !== PARENT && k !== P) stack.push(v);
      } else if (o instanceof PDFArray) {
        for (let i = 0; i < o.size(); i++) stack.push(o.get(i));
      }
    }
    return true;
  }
}
