import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFName } from '@cantoo/pdf-lib';
import { openPdf, interpretPage, pageText, type PdfFile } from '../../../shared/pdf';
import { redactPageContent } from '../../../shared/redact/content';
import type { Rect } from '../../../shared/pdf/types';
import { buildPdf, formXObject } from '../../helpers/buildPdf';

const dir = mkdtempSync(path.join(tmpdir(), 'lakstift-content-'));

/** Saves the document and extracts its text with poppler, the independent oracle. */
async function popplerText(file: PdfFile, name: string): Promise<string> {
  const out = path.join(dir, name);
  writeFileSync(out, await file.doc.save({ useObjectStreams: false }));
  return execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
}

/** The display box of the glyphs that spell `needle` on page 0. */
function boxOf(file: PdfFile, needle: string, page = 0): Rect {
  const t = pageText(interpretPage(file, page), page + 1);
  const at = t.text.indexOf(needle);
  expect(at, `"${needle}" on the page`).toBeGreaterThanOrEqual(0);
  const rs = [...t.charToGlyph.subarray(at, at + needle.length)].filter((g) => g >= 0).map((g) => t.glyphs[g].rect);
  return [Math.min(...rs.map((r) => r[0])), Math.min(...rs.map((r) => r[1])), Math.max(...rs.map((r) => r[2])), Math.max(...rs.map((r) => r[3]))];
}

function positions(file: PdfFile, page = 0): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of pageText(interpretPage(file, page), page + 1).words) m.set(w.text, Math.round(w.rect[0] * 100) / 100);
  return m;
}

describe('glyph removal', () => {
  it('removes the glyphs under the box and keeps the following glyphs at their positions', async () => {
    const file = await openPdf(await buildPdf([{ content: 'BT /F1 11 Tf 72 700 Td (Contact: Jan de Vries, tel 06-12345678.) Tj ET' }]));
    const before = positions(file);
    const r = redactPageContent(file, 0, [boxOf(file, 'Jan de Vries')]);
    expect(r.removedText.replace(/ /g, '')).toBe('JandeVries');
    const after = positions(file);
    expect(after.get('tel')).toBe(before.get('tel'));
    expect(after.get('06-12345678.')).toBe(before.get('06-12345678.'));
    const text = await popplerText(file, 'kept-positions.pdf');
    expect(text).not.toMatch(/Jan|Vries/);
    expect(text).toMatch(/Contact:\s+,\s+tel 06-12345678\./);
  });

  it('keeps the "@" after a redacted local part (a neighbour that only grazes the box)', async () => {
    const file = await openPdf(await buildPdf([{ content: 'BT /F1 10 Tf 72 700 Td (mail p.jansen@minbzk.nl now) Tj ET' }]));
    const box = boxOf(file, 'p.jansen');
    box[2] += 1.5; // a slightly generous box, as a reviewer draws it
    redactPageContent(file, 0, [box]);
    const text = await popplerText(file, 'at.pdf');
    expect(text).toMatch(/mail\s+@minbzk\.nl now/);
    expect(text).not.toContain('jansen');
  });

  it('removes text inside kerned TJ arrays and keeps word spacing (Tw) and scaling (Tz) right', async () => {
    const content = 'BT /F1 10 Tf 4 Tw 80 Tz 72 700 Td [(Hello )-30(W)40(or)-10(ld is )20(here)] TJ ET';
    const file = await openPdf(await buildPdf([{ content }]));
    const before = positions(file);
    redactPageContent(file, 0, [boxOf(file, 'World')]);
    const after = positions(file);
    expect(after.has('World')).toBe(false);
    for (const w of ['Hello', 'is', 'here']) expect(after.get(w)).toBe(before.get(w));
  });

  it('removes invisible OCR text (render mode 3) under the box', async () => {
    const file = await openPdf(await buildPdf([{ content: 'BT 3 Tr /F1 10 Tf 72 700 Td (Invisible Piet Jansen text) Tj ET' }]));
    redactPageContent(file, 0, [boxOf(file, 'Piet Jansen')]);
    const text = await popplerText(file, 'ocr.pdf');
    expect(text).not.toMatch(/Piet|Jansen/);
    expect(text).toMatch(/Invisible\s+text/);
  });

  it('copies a form shared by two pages before changing it, so the other page keeps its text', async () => {
    const bytes = await buildPdf([{ content: '/Fm Do' }, { content: '/Fm Do' }], (doc) => {
      const ctx = doc.context;
      const fontRes = (doc.getPage(0).node.lookup(PDFName.of('Resources')) as import('@cantoo/pdf-lib').PDFDict).get(PDFName.of('Font'));
      const form = formXObject(ctx, 'BT /F1 10 Tf 72 700 Td (Behandeld door Karin Smit) Tj ET', { resources: ctx.obj({ Font: fontRes as never }) as never });
      for (const p of doc.getPages()) {
        (p.node.lookup(PDFName.of('Resources')) as import('@cantoo/pdf-lib').PDFDict).set(PDFName.of('XObject'), ctx.obj({ Fm: form }));
      }
    });
    const file = await openPdf(bytes);
    const r = redactPageContent(file, 0, [boxOf(file, 'Karin Smit')]);
    expect(r.formsCopied).toBe(1);
    const p1 = pageText(interpretPage(file, 0), 1).text;
    const p2 = pageText(interpretPage(file, 1), 2).text;
    expect(p1).toBe('Behandeld door');
    expect(p2).toBe('Behandeld door Karin Smit');
  });

  it('drops a path that lies entirely inside the box and keeps one that does not', async () => {
    const content = '0 0 1 rg 100 100 20 10 re f 300 100 200 10 re f BT /F1 10 Tf 72 700 Td (x) Tj ET';
    const file = await openPdf(await buildPdf([{ content }]));
    const r = redactPageContent(file, 0, [[90, 842 - 120, 130, 842 - 90]]);
    expect(r.pathsRemoved).toBe(1);
    const marks = interpretPage(file, 0).marks.filter((m) => m.kind === 'path');
    expect(marks).toHaveLength(1);
    expect(marks[0].rect[0]).toBeCloseTo(300, 3);
  });

  it('rewrites only the operators it must: the rest of the stream is byte-identical', async () => {
    const content = 'q 1 0 0 1 0 0 cm BT /F1 10 Tf 72 700 Td (keep me) Tj 0 -20 Td (drop me) Tj ET Q % end';
    const file = await openPdf(await buildPdf([{ content }]));
    redactPageContent(file, 0, [boxOf(file, 'drop me')]);
    const s = new TextDecoder().decode(interpretPage(file, 0).streams[0].bytes);
    expect(s.startsWith('q 1 0 0 1 0 0 cm BT /F1 10 Tf 72 700 Td (keep me) Tj 0 -20 Td ')).toBe(true);
    expect(s.trimEnd().endsWith('ET Q % end')).toBe(true);
  });

  it('leaves out marked-content /ActualText and /Alt of a stream it rewrites, anywhere in it, and keeps the tag', async () => {
    const content = '/Span << /ActualText (Jan de Vries) /Alt (Jan) /Lang (nl) >> BDC BT /F1 10 Tf 72 700 Td (Jan de Vries) Tj ET EMC\n' +
      '/P << /MCID 3 /E (zie bijlage) >> BDC BT /F1 10 Tf 72 680 Td (zie bijlage) Tj ET EMC';
    const file = await openPdf(await buildPdf([{ content }]));
    const r = redactPageContent(file, 0, [boxOf(file, 'Jan de Vries')]);
    expect(r.markedContentStripped).toBe(1);
    const s = new TextDecoder().decode(interpretPage(file, 0).streams[0].bytes);
    expect(s).not.toMatch(/ActualText|\/Alt|\/E\b|Jan/);
    expect(s).toMatch(/\/Span <<\s*\/Lang (\(nl\)|<6e6c>)\s*>> BDC/);
    expect(s).toMatch(/\/P <<\s*\/MCID 3\s*>> BDC/);
    expect(await popplerText(file, 'mc.pdf')).toMatch(/zie bijlage/);
  });

  it('keeps a ligature\'s /ActualText (Chromium\'s "ffi" span) outside the boxes, so "griffie" stays searchable', async () => {
    // Skia draws a ligature as one glyph inside /Span << /ActualText (ffi) >>; here the glyph is
    // a stand-in character, so the words extract right only through the span.
    const content = 'BT /F1 10 Tf 72 700 Td (Jan Gri) Tj /Span << /ActualText (ffi) >> BDC (#) Tj EMC (oen) Tj ET\n' +
      'BT /F1 10 Tf 72 680 Td (mail gri) Tj /Span << /ActualText (ffi) >> BDC (#) Tj EMC (e@gemeente.nl) Tj ET';
    const file = await openPdf(await buildPdf([{ content }]));
    redactPageContent(file, 0, [boxOf(file, 'Jan Griffioen')]);
    const s = new TextDecoder().decode(interpretPage(file, 0).streams[0].bytes);
    // The span in the redacted name lost its glyph and its text; the other keeps both.
    expect(s.match(/ActualText/g)).toHaveLength(1);
    const text = await popplerText(file, 'lig.pdf');
    expect(text).toMatch(/griffie@gemeente\.nl/);
    expect(text).not.toMatch(/Jan|oen|ffi[^e]/);
  });

  it('leaves a page it does not rewrite (nothing under the box) as it was', async () => {
    const content = '/Span << /ActualText (Jan) >> BDC BT /F1 10 Tf 72 700 Td (Jan) Tj ET EMC';
    const file = await openPdf(await buildPdf([{ content }]));
    const r = redactPageContent(file, 0, [[400, 400, 420, 410]]);
    expect(r.markedContentStripped).toBe(0);
    expect(new TextDecoder().decode(interpretPage(file, 0).streams[0].bytes)).toContain('/ActualText (Jan)');
  });
});
