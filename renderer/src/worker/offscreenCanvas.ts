/**
 * pdf.js's temporary canvases (patterns, masks, groups) on OffscreenCanvas, for pdf.js running in a
 * worker, which has no document: the OCR worker (ocr.ts) and the page worker (pages.worker.ts).
 */
export class OffscreenCanvasFactory {
  create(width: number, height: number) {
    const canvas = new OffscreenCanvas(Math.max(1, width), Math.max(1, height));
    return { canvas, context: canvas.getContext('2d') };
  }
  reset(c: { canvas: OffscreenCanvas }, width: number, height: number) {
    c.canvas.width = Math.max(1, width);
    c.canvas.height = Math.max(1, height);
  }
  destroy(c: { canvas: OffscreenCanvas | null; context: unknown }) {
    if (c.canvas) c.canvas.width = c.canvas.height = 0;
    c.canvas = null;
    c.context = null;
  }
}
