/**
 * Glyph removal for pages on another thread (issue #17, `redact --jobs N`): a worker (or this
 * thread, on a file opened a second time) runs the same engine on its own copy of the document
 * and sends back, per page, only what changed: the page's new content stream, decoded (the
 * writing thread compresses it with the page's boxes), and the glyphs it removed. The document being written takes that over page by
 * page in the decisions' order (`adoptContent`), so it holds the same objects under the same
 * numbers as when it redacts every page itself: the output is byte for byte the same with any N.
 *
 * A page whose redaction reaches further than its own content stream (a form XObject copied,
 * an image under a box, an inline image changed) comes back as `whole: true` and is redacted
 * by the writing thread itself, as before.
 *
 * @example
 *   const redact = await isolatedRedactor(bytes);
 *   const [outcome] = redact([{ index: 0, rects }]);
 *   if (!outcome.whole && outcome.content) adoptContent(file, 0, outcome.content);
 */
import { PDFName, PDFRawStream, PDFRef } from '@cantoo/pdf-lib';
import { openPdf, type PdfFile } from '../pdf/document';
import type { Glyph, Rect } from '../pdf/types';
import { redactPageContent } from './content';
import { contentLater, decodeContent } from './decoded';

/** The glyphs a page's redaction removed, as compact columns (they cross threads). */
export interface RemovedGlyphs {
  text: string[];
  /** 1 for a space glyph. */
  space: Uint8Array;
  rot: Uint8Array;
  /** x0, y0, x1, y1 per glyph. */
  rects: Float64Array;
}

/** What redacting one page on its own gave. */
export type PageOutcome =
  | {
    index: number;
    whole?: false;
    /** The page's new content, decoded (compressed with its boxes by the writing thread); absent when nothing under the boxes was drawn. */
    content?: { decoded: Uint8Array };
    removed: RemovedGlyphs;
    markedContentStripped: number;
  }
  | { index: number; whole: true };

export interface IsolatedOpen {
  password?: string;
  loadPredefinedCMap?: (name: string) => Uint8Array | null;
}

/** Pages to redact, each with its boxes (display coordinates). */
export type IsolatedPage = { index: number; rects: Rect[] };

/**
 * Opens `bytes` privately (never the caller's document) and returns a function that redacts
 * pages of that opening and gives each page's outcome, in the order given.
 */
export async function isolatedRedactor(bytes: Uint8Array, open: IsolatedOpen = {}): Promise<(pages: IsolatedPage[]) => PageOutcome[]> {
  const file = await openPdf(bytes, { password: open.password, loadPredefinedCMap: open.loadPredefinedCMap, lazy: true });
  return (pages) => pages.map(({ index, rects }) => redactOnePage(file, index, rects));
}

const CONTENTS = PDFName.of('Contents');

function redactOnePage(file: PdfFile, index: number, rects: Rect[]): PageOutcome {
  const node = file.page(index).node;
  const before = node.get(CONTENTS);
  const r = redactPageContent(file, index, rects, { skipImages: true, columns: true });
  // Anything beyond the page's own content stream is the writing thread's to do.
  if (r.formsCopied > 0 || r.images.length > 0 || r.inlineImagesChanged > 0) return { index, whole: true };
  const after = node.get(CONTENTS);
  const removed = r.removedColumns ?? compactGlyphs(r.removed);
  if (after === before) return { index, removed, markedContentStripped: r.markedContentStripped };
  const stream = after instanceof PDFRef ? file.doc.context.lookup(after) : undefined;
  if (!(stream instanceof PDFRawStream)) return { index, whole: true };
  const decoded = decodeContent(stream).bytes;
  return { index, content: { decoded }, removed, markedContentStripped: r.markedContentStripped };
}

/** Glyphs as the columns of `RemovedGlyphs`. */
export function compactGlyphs(glyphs: readonly Pick<Glyph, 'text' | 'rect' | 'rot' | 'space'>[]): RemovedGlyphs {
  const n = glyphs.length;
  const out: RemovedGlyphs = { text: new Array<string>(n), space: new Uint8Array(n), rot: new Uint8Array(n), rects: new Float64Array(4 * n) };
  glyphs.forEach((g, i) => {
    out.text[i] = g.text;
    out.space[i] = g.space ? 1 : 0;
    out.rot[i] = g.rot;
    out.rects.set(g.rect, 4 * i);
  });
  return out;
}

/**
 * Gives page `index` of `file` the new content of an outcome, as redacting it in place would
 * have: one new stream, registered now, that the page's /Contents names, compressed later with
 * the page's boxes (decoded.ts `contentLater`).
 */
export function adoptContent(file: PdfFile, index: number, content: { decoded: Uint8Array }): void {
  const ctx = file.doc.context;
  file.page(index).node.set(CONTENTS, contentLater(ctx, content.decoded));
}
