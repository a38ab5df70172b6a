/**
 * tesseract.js's result, as far as Lakstift reads it, and its conversion to OcrImageResult.
 * Both hosts run tesseract.js (in worker_threads in Node, in a Web Worker in the app) and hand
 * its `data` here, so the two read the same words from the same page. The types are written
 * out (not imported) so that shared/ does not depend on the package.
 */
import type { OcrImageLine, OcrImageResult, PxBox } from './types';

interface TBox { x0: number; y0: number; x1: number; y1: number }
interface TSymbol { text: string; confidence: number; bbox: TBox }
interface TWord { text: string; confidence: number; bbox: TBox; symbols?: TSymbol[] | null }
interface TLine { bbox: TBox; baseline?: TBox | null; words: TWord[] }
interface TParagraph { lines: TLine[] }
interface TBlock { paragraphs: TParagraph[] }

/** The part of tesseract.js's `RecognizeResult['data']` that is read (with `{ blocks: true }` output). */
export interface TesseractPageData {
  blocks: TBlock[] | null;
}

/** The tesseract.js recognize options and output formats both hosts use. */
export const TESSERACT_OUTPUT = { blocks: true, text: false, hocr: false, tsv: false } as const;

/**
 * Tesseract parameters both hosts set: automatic page segmentation for a page, one text line
 * (7) for a strip read again; the resolution is passed per image (`user_defined_dpi`) because a
 * PGM carries none.
 */
export function tesseractParameters(dpi: number, mode: 'page' | 'line' = 'page'): Record<string, string> {
  return { tessedit_pageseg_mode: mode === 'line' ? '7' : '3', user_defined_dpi: String(Math.round(dpi)), preserve_interword_spaces: '0' };
}

const box = (b: TBox): PxBox => ({ x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1 });

/**
 * Flattens tesseract.js's block → paragraph → line → word → symbol tree into lines of words.
 *
 * @example
 *   const { data } = await worker.recognize(pgm, {}, TESSERACT_OUTPUT);
 *   fromTesseract(data).lines[0].words[0].text; // "Voor"
 */
export function fromTesseract(data: TesseractPageData): OcrImageResult {
  const lines: OcrImageLine[] = [];
  for (const b of data.blocks ?? []) {
    for (const p of b.paragraphs ?? []) {
      for (const l of p.lines ?? []) {
        const words = (l.words ?? [])
          .filter((w) => typeof w.text === 'string' && w.text.trim() !== '')
          .map((w) => ({
            text: w.text.trim(),
            confidence: w.confidence,
            bbox: box(w.bbox),
            ...(w.symbols && w.symbols.length ? { symbols: w.symbols.map((s) => ({ text: s.text, bbox: box(s.bbox), confidence: s.confidence })) } : {}),
          }));
        if (words.length) lines.push({ bbox: box(l.bbox), ...(l.baseline ? { baseline: box(l.baseline) } : {}), words });
      }
    }
  }
  return { lines };
}
