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
import { boxesOf, redact, tmpFile } from './helpers';

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

  // Made-up page: a name and a direct number on one line, a mailbox on the next, and text
  // drawn by a form XObject (copy-on-write territory) beside it.
  const memo = [
    'BT /F1 11 Tf 72 700 Td (Behandelaar Wendelien Oosterkamp, telefoon 06-48213957) Tj ET',
    'BT /F2 10 Tf 72 680 Td (Postvak: team-bezwaar@zuiderwaard.example) Tj ET',
  ].join('\n');

  it('fails a file that still draws a glyph under a box, and passes the redacted one with its labels', async () => {
    const input = await buildPdf([{ content: memo }, { content: memo }]);
    const file = tmpFile('memo.pdf', input);
    const rects = [...boxesOf(file, 1, 'Wendelien Oosterkamp,'), ...boxesOf(file, 1, 'team-bezwaar@zuiderwaard.example')];
    const boxes = [{ page: 1, rects }];
    // The input itself: the name is still there, so the read-back must refuse it.
    const leak = await readBackRedacted(input, { changedPages: [1], boxes });
    expect(leak.failure).toMatch(/under a box on page 1/);
    expect(leak.failureNl).toMatch(/onder een kader op pagina 1/);
    // Redacted: nothing under the boxes but the ground codes Lakstift wrote in them.
    const out = await redact(input, { redactions: [{ page: 1, rects, grounds: ['10.2.e'] }] });
    expect(out.report.boxes).toBe(2);
    expect(await readBackRedacted(out.bytes, { changedPages: out.report.changedPages, boxes })).toEqual({ pageCount: 2, interpreted: 1 });
    // The boxes on a page the read-back is not told changed are not looked at (its content is the input's).
    expect((await readBackRedacted(input, { changedPages: [], boxes })).failure).toBeUndefined();
    // A box over the same line on page 2, which redaction never touched: the glyph is found.
    expect((await readBackRedacted(out.bytes, { changedPages: [2], boxes: [{ page: 2, rects }] })).failure).toMatch(/page 2/);
  });

  it('counts a glyph by its centre, as removal does: one only grazed by a box is no failure', async () => {
    const input = await buildPdf([{ content: memo }]);
    const file = tmpFile('memo-graze.pdf', input);
    const [r] = boxesOf(file, 1, 'Oosterkamp,');
    // The box ends a hair right of the word's left edge: it touches its first letter but not that letter's centre.
    const graze: [number, number, number, number] = [r![0] + 0.5, r![1], r![0] + 1.5, r![3]];
    expect((await readBackRedacted(input, { changedPages: [1], boxes: [{ page: 1, rects: [graze] }] })).failure).toBeUndefined();
    const over: [number, number, number, number] = [r![0] + 0.5, r![1], r![0] + 6, r![3]];
    expect((await readBackRedacted(input, { changedPages: [1], boxes: [{ page: 1, rects: [over] }] })).failure).toMatch(/\('O'\)/);
  });

  it('holds a page redacted whole against its whole page: only the label may remain', async () => {
    const input = await buildPdf([{ content: memo }, { content: memo }]);
    const out = await redact(input, { redactions: [{ page: 2, rects: [], wholePage: true, grounds: ['10.2.e'] }] });
    const boxes = [{ page: 2, rects: [], whole: true }];
    expect(await readBackRedacted(out.bytes, { changedPages: out.report.changedPages, boxes })).toEqual({ pageCount: 2, interpreted: 1 });
    expect((await readBackRedacted(input, { changedPages: [2], boxes })).failure).toMatch(/page 2/);
  });
});
