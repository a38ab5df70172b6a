/**
 * The read-back of a redacted file (shared/redact/readBack.ts): pages redaction changed are
 * interpreted, the others only checked for references that lead nowhere, and interpreted too
 * when one does. Small limits make interpretation fail, so what was interpreted shows.
 */
import { describe, expect, it } from 'vitest';
import { PDFName, PDFRef } from '@cantoo/pdf-lib';
import { buildPdf } from '../../helpers/buildPdf';
import { readBackRedacted } from '../../../shared/redact/readBack';

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

  it('interprets every page when it is not told which changed, and names a file that does not open', async () => {
    const bytes = await buildPdf([{ content: busy }, { content: busy }]);
    expect(await readBackRedacted(bytes)).toEqual({ pageCount: 2, interpreted: 2 });
    const broken = await readBackRedacted(new TextEncoder().encode('%PDF-1.7\nnonsense'));
    expect(broken.pageCount).toBe(0);
    expect(broken.failure).toBeTruthy();
  });
});
