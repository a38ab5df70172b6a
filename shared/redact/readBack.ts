/**
 * The read-back of a redacted file before it is written (#13): it must open and have every page;
 * every page whose content redaction changed (`RedactReport.changedPages`) must interpret, and
 * every other page must still find every object it refers to. Those pages draw the input's own
 * content, so interpreting them again proves nothing about the writing; a page where a reference
 * now leads nowhere is interpreted too. On the 1,000-page bench dossier this read-back costs a
 * third of interpreting every page.
 *
 * @example
 *   const r = await readBackRedacted(result.bytes, { changedPages: result.report.changedPages });
 *   if (r.failure) throw …; if (r.pageCount !== result.report.pageCount) throw …;
 */
import { PDFArray, PDFDict, PDFName, PDFRef, PDFStream, type PDFContext, type PDFObject } from '@cantoo/pdf-lib';
import { openPdf } from '../pdf/document';
import { interpretPage } from '../pdf/interpreter';
import { recycleGlyphs } from '../pdf/glyphStore';
import type { PdfLimits } from '../pdf/limits';
import { rawObjectsOf, type RawObjects } from './rawScan';

export interface ReadBackOptions {
  /** 1-based pages whose content changed; absent: every page is interpreted. */
  changedPages?: readonly number[];
  loadPredefinedCMap?: (name: string) => Uint8Array | null;
  limits?: Partial<PdfLimits>;
  /** Only pages first..last (1-based, inclusive) are looked at: a part of the read-back, for one of several threads. */
  pages?: [number, number];
}

export interface ReadBackResult {
  /** Pages the written file has (0 when it did not open). */
  pageCount: number;
  /** Why the file failed, in the reader's words; absent when it passed. */
  failure?: string;
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
    const [first, last] = options.pages ?? [1, pdf.pageCount];
    for (let i = Math.max(0, first - 1); i < Math.min(pdf.pageCount, last); i++) {
      if (!changed || changed.has(i + 1) || !refs.allResolve(pdf.page(i).node)) {
        // Only that it interprets counts: the page borrows the glyph store every page fills
        // and gives it back, instead of keeping a copy of its glyphs that nobody reads.
        recycleGlyphs(interpretPage(pdf, i, { marks: false, lend: true }));
        interpreted++;
      }
    }
  } catch (e) {
    return { pageCount, interpreted, failure: e instanceof Error ? e.message : String(e) };
  }
  return { pageCount, interpreted };
}

const PARENT = PDFName.of('Parent');
const P = PDFName.of('P');

/** Whether a raw scan's path to a reference ("Resources/Font/F1") passes a key the walk does not follow. */
function underSkippedKey(path: string): boolean {
  for (const key of path.split('/')) if (key === 'Parent' || key === 'P') return true;
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
