/**
 * The adversarial corpus (issue #3, item 6): each tiny PDF hides "Jan Bakker" somewhere a
 * naive redaction misses. Each must redact and verify clean, with the text around the box
 * unchanged for two independent extractors (pdftotext and mutool).
 */
import { describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, PDFHexString, decodePDFRawStream } from '@cantoo/pdf-lib';
import { CASES } from '../../fixtures/adversarial/cases';
import { isolatedRedactor } from '../../../shared/redact/isolated';
import { hasTool } from '../../helpers/poppler';
import type { DecisionsFile } from '../../../shared/contract';
import { boxesOf, extracts, mutoolText, pageCount, pdftotext, qpdfCheck, redact, tmpFile, verify } from './helpers';

const tools = hasTool('pdftotext') && hasTool('mutool') && hasTool('qpdf');

async function decisionsFor(c: (typeof CASES)[number], input: Uint8Array): Promise<DecisionsFile> {
  const file = tmpFile('in.pdf', input);
  const pages = c.pages ?? [1];
  return {
    redactions: pages.map((page) => ({ page, rects: c.rects ?? boxesOf(file, page, c.phrase), grounds: ['10.2.e'], text: c.secret })),
  };
}

describe.skipIf(!tools)('adversarial corpus', () => {
  // In place, and as the command line does it: glyph removal on a private opening of the file,
  // taken over page by page (shared/redact/isolated.ts).
  it.each(CASES.flatMap((c) => [[c.name, 'in place', c], [c.name, 'through spread', c]] as const))('%s (%s): redacts and verifies clean, the text around the box unchanged', async (_n, mode, c) => {
    const input = await c.build();
    const before = tmpFile('in.pdf', input);
    expect(extracts(pdftotext(before), c.secret) || c.rects !== undefined || c.secret !== c.phrase).toBe(true);
    const decisions = await decisionsFor(c, input);
    const run = mode === 'through spread' ? await isolatedRedactor(input) : undefined;
    const out = await redact(input, decisions, run ? { spread: async (p) => run(p) } : {});

    expect(qpdfCheck(out.file)).toBe('');
    expect(pageCount(out.file)).toBe(pageCount(before));
    const poppler = pdftotext(out.file);
    const mupdf = mutoolText(out.file);
    expect(extracts(poppler, c.secret)).toBe(false);
    expect(extracts(mupdf, c.secret)).toBe(false);
    for (const k of c.keep) {
      expect(extracts(poppler, k), `pdftotext lost "${k}"`).toBe(true);
      expect(extracts(mupdf, k), `mutool lost "${k}"`).toBe(true);
    }
    const result = await verify(out.bytes, decisions);
    expect(result.findings.filter((f) => f.severity === 'leak').map((f) => f.message).join('\n')).toBe('');
    expect(result.clean).toBe(true);
  });
});

describe.skipIf(!tools)('adversarial corpus: what else must hold', () => {
  const byName = (s: string) => CASES.find((c) => c.name.startsWith(s))!;

  it('redacting a shared form on one page leaves the other page intact', async () => {
    const c = byName('text in a form XObject');
    const input = await c.build();
    const decisions = { redactions: [(await decisionsFor(c, input)).redactions[0]] };
    const out = await redact(input, decisions);
    const p1 = pdftotext(out.file).split('\f')[0];
    const p2 = pdftotext(out.file).split('\f')[1];
    expect(extracts(p1, 'Jan Bakker')).toBe(false);
    expect(extracts(p2, 'Jan Bakker')).toBe(true);
  });

  it('keeps a link that does not touch a box and drops the mailto: link over the name', async () => {
    const c = byName('the same text in an annotation');
    const input = await c.build();
    const out = await redact(input, await decisionsFor(c, input));
    const doc = await PDFDocument.load(out.bytes);
    const annots = doc.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray);
    expect(annots.size()).toBe(1);
    const a = annots.lookup(0, PDFDict).lookup(PDFName.of('A'), PDFDict);
    expect((a.lookup(PDFName.of('URI')) as PDFString).decodeText()).toBe('https://www.rijksoverheid.nl/');
  });

  it('keeps the bookmark without redacted text and neutralises the one with it', async () => {
    const c = byName('a bookmark');
    const input = await c.build();
    const out = await redact(input, await decisionsFor(c, input));
    const doc = await PDFDocument.load(out.bytes);
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const titles: string[] = [];
    for (let item = outlines.lookup(PDFName.of('First')) as PDFDict | undefined; item; item = item.lookup(PDFName.of('Next')) as PDFDict | undefined) {
      titles.push((item.lookup(PDFName.of('Title')) as PDFString | PDFHexString).decodeText());
    }
    expect(titles).toEqual(['(gelakt)', 'Inleiding']);
  });

  it('writes a neutral document information dictionary', async () => {
    const c = byName('the info dictionary');
    const input = await c.build();
    const out = await redact(input, await decisionsFor(c, input));
    const doc = await PDFDocument.load(out.bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBeUndefined();
    expect(doc.getAuthor()).toBeUndefined();
    expect(doc.getProducer()).toBe('Lakstift');
  });

  it('drops the thumbnail, the attachment and the form', async () => {
    for (const name of ['a page thumbnail', 'an attachment', 'a form field']) {
      const c = byName(name);
      const input = await c.build();
      const out = await redact(input, await decisionsFor(c, input));
      const doc = await PDFDocument.load(out.bytes);
      expect(doc.getPage(0).node.has(PDFName.of('Thumb'))).toBe(false);
      expect(doc.catalog.has(PDFName.of('AcroForm'))).toBe(false);
      expect((doc.catalog.lookup(PDFName.of('Names')) as PDFDict | undefined)?.has(PDFName.of('EmbeddedFiles')) ?? false).toBe(false);
      expect(doc.getPage(0).node.lookup(PDFName.of('Annots'))).toBeUndefined();
    }
  });

  it('flattens the form field: the field value outside the box would still be visible text', async () => {
    const c = byName('a form field');
    const input = await c.build();
    // Redact nothing of the field: its value must survive as page text.
    const out = await redact(input, { redactions: [{ page: 1, rects: [[400, 300, 420, 320]], grounds: ['10.2.e'] }] });
    expect(extracts(pdftotext(out.file), 'Jan Bakker')).toBe(true);
  });

  it('removes every script and action, and the layers, so nothing hidden or running remains', async () => {
    for (const name of ['scripts and actions', 'a hidden optional-content layer']) {
      const c = byName(name);
      const input = await c.build();
      const out = await redact(input, await decisionsFor(c, input));
      const doc = await PDFDocument.load(out.bytes);
      // Every object, object streams included (pdf-lib unpacks them).
      const scripts = doc.context.enumerateIndirectObjects()
        .map(([, o]) => (o instanceof PDFRawStream ? o.dict : o).toString())
        .filter((t) => /\/JS\b|\/JavaScript|\/AA\b|\/OpenAction/.test(t));
      expect(scripts).toEqual([]);
      expect(doc.catalog.has(PDFName.of('OpenAction'))).toBe(false);
      expect(doc.catalog.has(PDFName.of('AA'))).toBe(false);
      expect(doc.catalog.has(PDFName.of('OCProperties'))).toBe(false);
      expect(doc.getPage(0).node.has(PDFName.of('AA'))).toBe(false);
      expect(doc.getPage(0).node.has(PDFName.of('PieceInfo'))).toBe(false);
    }
  });

  it('blanks every pixel of the name drawn in an image, and only those', async () => {
    const c = byName('an image with the name rendered');
    const input = await c.build();
    const out = await redact(input, { redactions: [{ page: 1, rects: c.rects!, grounds: ['10.2.e'] }] });
    const doc = await PDFDocument.load(out.bytes);
    const xo = doc.getPage(0).node.lookup(PDFName.of('Resources'), PDFDict).lookup(PDFName.of('XObject'), PDFDict);
    const px = decodePDFRawStream(xo.lookup(PDFName.of('Im1')) as PDFRawStream).decode();
    const band = [...Array(40).keys()].flatMap((row) => [...Array(60).keys()].map((x) => px[row * 300 + 70 + x]));
    expect(new Set(band)).toEqual(new Set([0]));
    expect(px[20 * 300 + 10]).toBe(200);
    expect(px[20 * 300 + 200]).toBe(200);
  });

  it('overwrites the scanned pixels under the box and keeps the others', async () => {
    const c = byName('an OCR-style invisible text layer');
    const input = await c.build();
    const decisions = await decisionsFor(c, input);
    const box = decisions.redactions[0].rects[0];
    const out = await redact(input, decisions);
    const doc = await PDFDocument.load(out.bytes);
    const xo = doc.getPage(0).node.lookup(PDFName.of('Resources'), PDFDict).lookup(PDFName.of('XObject'), PDFDict);
    const img = xo.lookup(PDFName.of('Im1')) as PDFRawStream;
    const px = decodePDFRawStream(img).decode();
    // Image pixel (x, row) covers user x 50+x, y 730-row: display y = 792 - (730 - row) = 62 + row.
    const at = (dx: number, dy: number) => px[Math.floor(dy - 62) * 300 + Math.floor(dx - 50)];
    const cx = (box[0] + box[2]) / 2, cy = (box[1] + box[3]) / 2;
    expect(at(cx, cy)).toBe(0);
    expect(at(60, cy)).toBe(200);
    // Above the box, inside the dark band of the "scan": untouched.
    expect([20, 60]).toContain(at(cx, 63));
  });
});
