/**
 * The read-back of a redacted file (shared/redact/readBack.ts): pages redaction changed are
 * interpreted, the others only checked for references that lead nowhere, and interpreted too
 * when one does. Small limits make interpretation fail, so what was interpreted shows.
 */
import { describe, expect, it } from 'vitest';
import { PDFName, PDFRef } from '@cantoo/pdf-lib';
import { buildPdf } from '../../helpers/buildPdf';
import { readBackRedacted } from '../../../shared/redact/readBack';
import { RawPdf } from '../../fixtures/adversarial/rawpdf';

const busy = 'BT /F1 12 Tf 72 700 Td (Pagina met veel operatoren) Tj ET q Q q Q';

describe('readBackRedacted', () => {
  it('interprets the changed pages only: a page it skips may exceed a limit, a changed one may not', async () => {
    const bytes = await buildPdf([{ content: busy }, { content: busy }, { content: busy }]);
    const limits = { maxOpsPerPage: 3 };
    const none = await readBackRedacted(bytes, { changedPages: [], limits });
    expect(none).toEqual({ pageCount: 3, interpreted: 0 });
    const second = await readBackRedacted(bytes, { changedPages: [2], limits });
    expect(second.failure).toMatch(/operators/);
    expect(second.pageCount).toBe(3);
  });

  it('interprets an unchanged page that refers to an object the file does not have', async () => {
    const bytes = await buildPdf([{ content: 'BT /F1 12 Tf 72 700 Td (Kort) Tj ET' }, { content: busy }], (doc) => {
      doc.getPage(1).node.set(PDFName.of('PieceInfo'), PDFRef.of(9999));
    });
    expect(await readBackRedacted(bytes, { changedPages: [] })).toEqual({ pageCount: 2, interpreted: 1 });
    expect((await readBackRedacted(bytes, { changedPages: [], limits: { maxOpsPerPage: 3 } })).failure).toMatch(/operators/);
  });

  it('follows references through objects nobody parsed: one leading nowhere two objects down is found, one under /P is not followed', async () => {
    // Written object by object (no object streams), as the redactor writes: the page's font and
    // its annotation are read by their raw scan, not parsed.
    const file = (fontDescriptor: string, annotP: string) => {
      const pdf = new RawPdf();
      pdf.add('<< /Type /Catalog /Pages 2 0 R >>');
      pdf.add('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
      pdf.add('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Annots [6 0 R] >>');
      pdf.add(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FontDescriptor ${fontDescriptor} >>`);
      pdf.add({ dict: '<< >>', data: busy });
      pdf.add(`<< /Type /Annot /Subtype /Text /Rect [0 0 10 10] /P ${annotP} >>`);
      pdf.add('<< /Type /FontDescriptor /FontName /Helvetica /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 718 /Descent -207 /CapHeight 718 /StemV 88 >>');
      return pdf.build({ root: 1 });
    };
    expect(await readBackRedacted(file('7 0 R', '3 0 R'), { changedPages: [] })).toEqual({ pageCount: 1, interpreted: 0 });
    expect(await readBackRedacted(file('99 0 R', '3 0 R'), { changedPages: [] })).toEqual({ pageCount: 1, interpreted: 1 });
    expect(await readBackRedacted(file('7 0 R', '98 0 R'), { changedPages: [] })).toEqual({ pageCount: 1, interpreted: 0 });
  });

  it('interprets every page when it is not told which changed, and names a file that does not open', async () => {
    const bytes = await buildPdf([{ content: busy }, { content: busy }]);
    expect(await readBackRedacted(bytes)).toEqual({ pageCount: 2, interpreted: 2 });
    const broken = await readBackRedacted(new TextEncoder().encode('%PDF-1.7\nnonsense'));
    expect(broken.pageCount).toBe(0);
    expect(broken.failure).toBeTruthy();
  });
});
