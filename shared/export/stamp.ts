/**
 * Stamps the document number on every page of a redacted PDF, as real text in the top-right
 * corner of the page as displayed (after /Rotate), so a printed page can always be traced back
 * to its row in the inventory list.
 */
import { degrees, PDFDocument, pushGraphicsState, popGraphicsState, rgb } from '@cantoo/pdf-lib';
import fontkit from '@cantoo/fontkit';

/**
 * Returns a copy of the PDF with `label` (e.g. "0007") at the top right of every page.
 *
 * The page's own content is wrapped in q/Q first: producers such as Chromium leave a scaling
 * `cm` in force at the end of a page, and text appended without the wrap would land scaled and
 * displaced. The document information is left as the redactor wrote it (no pdf-lib Producer).
 *
 * @example
 *   const stamped = await stampDocumentNumber(redactedBytes, '0007', dejaVuSansBytes);
 */
export async function stampDocumentNumber(pdf: Uint8Array, label: string, fontBytes: Uint8Array, size = 9): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fontBytes, { subset: true });
  const tw = font.widthOfTextAtSize(label, size);
  const margin = 14;
  for (const page of doc.getPages()) {
    const node = page.node;
    node.normalize();
    const startRef = doc.context.register(doc.context.contentStream([pushGraphicsState()]));
    const endRef = doc.context.register(doc.context.contentStream([popGraphicsState()]));
    node.wrapContentStreams(startRef, endRef);

    const box = page.getCropBox();
    const x0 = box.x;
    const y0 = box.y;
    const x1 = box.x + box.width;
    const y1 = box.y + box.height;
    const rot = (((page.getRotation().angle % 360) + 360) % 360) as 0 | 90 | 180 | 270;
    const dispW = rot === 90 || rot === 270 ? box.height : box.width;
    // Baseline start in display coordinates (origin top-left, y down), then into user space.
    const dx = dispW - margin - tw;
    const dy = margin + size;
    let ux: number;
    let uy: number;
    switch (rot) {
      case 90: ux = x0 + dy; uy = y0 + dx; break;
      case 180: ux = x1 - dx; uy = y0 + dy; break;
      case 270: ux = x1 - dy; uy = y1 - dx; break;
      default: ux = x0 + dx; uy = y1 - dy;
    }
    // The white backing keeps the number legible over a letterhead; it is drawn in the margin.
    page.drawRectangle({ ...rotOrigin(rot, ux, uy), width: tw + 4, height: size + 4, color: rgb(1, 1, 1), rotate: degrees(rot) });
    page.drawText(label, { x: ux, y: uy, size, font, color: rgb(0, 0, 0), rotate: degrees(rot) });
  }
  return doc.save({ useObjectStreams: false });
}

/** Rectangle origin for a rotated backing box so that it sits under the rotated text. */
function rotOrigin(rot: number, ux: number, uy: number): { x: number; y: number } {
  const rad = (rot * Math.PI) / 180;
  // The box's corner is offset (-2, -3) in the text's own frame.
  return { x: ux + (-2 * Math.cos(rad) - -3 * Math.sin(rad)), y: uy + (-2 * Math.sin(rad) + -3 * Math.cos(rad)) };
}
