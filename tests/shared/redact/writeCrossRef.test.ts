/**
 * The fresh write places cross-reference entries by binary search instead of pdf-lib's linear
 * one (shared/redact/write.ts): the file written must be the same, byte for byte. Its own test
 * file, so that pdf-lib is seen both before and after the change is installed.
 */
import { describe, expect, it } from 'vitest';
import { PDFCrossRefStream, PDFDocument, PDFName, PDFRef, PDFString } from '@cantoo/pdf-lib';
import { placeCrossRefEntriesByBinarySearch } from '../../../shared/redact/write';
import { qpdfCheck, tmpFile } from './helpers';

/** A document of many objects: pages with their own content streams and notes. */
async function manyObjects(): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let i = 0; i < 400; i++) {
    const page = doc.addPage([300, 400]);
    const note = doc.context.register(doc.context.obj({ Note: PDFString.of(`opmerking ${i}`) }));
    page.node.set(PDFName.of('Lk'), note);
    page.drawText(`pagina ${i + 1}`, { x: 20, y: 350, size: 12 });
  }
  return doc;
}

describe('cross-reference entries placed by binary search', () => {
  it('writes the same file, byte for byte, as pdf-lib does on its own', async () => {
    const save = async () => (await manyObjects()).save({ useObjectStreams: true, objectsPerTick: Infinity, addDefaultPage: false });
    const before = await save();
    placeCrossRefEntriesByBinarySearch();
    const after = await save();
    expect(after.length).toBe(before.length);
    expect(Buffer.compare(Buffer.from(after), Buffer.from(before))).toBe(0);
    expect(qpdfCheck(tmpFile('xref-many.pdf', after))).toBe('');
  });

  it('keeps entries added out of order in ascending object number, as pdf-lib does', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const order = [7, 3, 12, 3, 1, 20, 15, 8, 8, 2, 30, 0, 11];
    const stream = PDFCrossRefStream.create(doc.context.obj({}));
    order.forEach((n, i) => stream.addUncompressedEntry(PDFRef.of(n), i * 10));
    const kept = (stream as unknown as { entries: { ref: PDFRef; offset: number }[] }).entries.map((e) => `${e.ref.objectNumber}@${e.offset}`);
    // Equal numbers stay in the order they came (each goes after those already there).
    // The first entry is the free-list head the stream starts with.
    expect(kept).toEqual(['0@undefined', '0@110', '1@40', '2@90', '3@10', '3@30', '7@0', '8@70', '8@80', '11@120', '12@20', '15@60', '20@50', '30@100']);
  });
});
