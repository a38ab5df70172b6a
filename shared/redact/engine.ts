/**
 * The default redaction engine: glyph and path removal (content.ts), then image blanking in
 * a second pass over the rewritten page (placements.ts, on images.ts). The orchestrator
 * (index.ts) calls it page by page.
 *
 * @example
 *   const engine = await createEngine();
 *   await redactDocument(bytes, decisions, { labelFont, engine });
 */
import type { PdfFile } from '../pdf/document';
import type { Rect } from '../pdf/types';
import { redactPageContent } from './content';
import { loadImageDecoders } from './images';
import type { RedactionEngine } from './index';
import { blankPageImages } from './placements';

export async function createEngine(): Promise<RedactionEngine> {
  return {
    redactPageContent(file: PdfFile, pageIndex: number, rects: Rect[]) {
      return redactPageContent(file, pageIndex, rects, { skipImages: true });
    },
    async blankImages(file, pageIndex, rects, fill) {
      // pdf.js's decoders are loaded when the first image lies under a box (most dossiers
      // have none there): the module costs a tenth of a second to load.
      try {
        await loadImageDecoders();
      } catch {
        // Without pdf.js's decoders, DCT/JPX/JBIG2 images under a box are replaced whole: never left readable.
      }
      return blankPageImages(file, pageIndex, rects, fill);
    },
  };
}
