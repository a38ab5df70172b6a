/**
 * The PDF core's public face: open a PDF, interpret its pages, get their text with positions.
 *
 * @example
 *   const { pages } = await extractText(bytes);
 *   pages[0].words[0]; // { text: 'Van:', rect: [72, 70.4, 92.5, 82.1], … }
 */
import { openPdf, type OpenOptions, type PdfFile } from './document';
import { interpretPage } from './interpreter';
import { compactPageText, pageText } from './text';
import type { PageText } from './textTypes';

export { openPdf, type OpenOptions, type PdfFile, type PdfPage } from './document';
export { interpretPage } from './interpreter';
export { recycleGlyphs } from './glyphStore';
export { pageText, buildWords, findCopies, compactPageText } from './text';
export type { PageText, Word, TextLine } from './textTypes';
export type * from './types';

export interface ExtractResult {
  file: PdfFile;
  pages: PageText[];
}

/** Opens a PDF and returns the text model of every page (or of the pages asked for, 1-based). */
export async function extractText(bytes: Uint8Array, options: OpenOptions & { pages?: number[] } = {}): Promise<ExtractResult> {
  const file = await openPdf(bytes, options);
  return { file, pages: textOfPages(file, options.pages) };
}

/**
 * Text model of pages of an opened file (all pages by default, numbers 1-based), page by page:
 * each page's interpretation is dropped as soon as its text is built. With `compact`, every
 * page is kept compact (`compactPageText`), for long documents.
 */
export function textOfPages(file: PdfFile, pages?: number[], options: { compact?: boolean } = {}): PageText[] {
  const list = pages ?? Array.from({ length: file.pageCount }, (_, i) => i + 1);
  return list.map((n) => {
    const page = pageText(interpretPage(file, n - 1, { marks: false }), n);
    return options.compact ? compactPageText(page) : page;
  });
}
