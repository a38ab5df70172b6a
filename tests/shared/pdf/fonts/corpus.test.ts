/**
 * Every font of every corpus PDF (LibreOffice TrueType subsets, Chromium Type0/Identity-H,
 * Ghostscript Type1C) loads without falling back, and decoding the pages' string operands
 * gives the Dutch text the truth files say is on the page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName, type PDFObject } from '@cantoo/pdf-lib';
import { loadFont, type PdfFont } from '../../../../shared/pdf/fonts';
import { corpusPdfs } from '../../../helpers/paths';
import { contentBytes, textOps } from './build';

interface Truth {
  items: { page: number; text: string }[];
  mustKeep?: { page: number; text: string }[];
}

const squash = (s: string) => s.replace(/\s+/g, '');

const pdfs = corpusPdfs();

describe.skipIf(pdfs.length === 0)('fonts of the corpus PDFs', () => {
  it.each(pdfs.map((p) => [path.basename(p), p]))('%s: every font loads and decodes to the truth texts', async (_, file) => {
    const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    const truth = JSON.parse(readFileSync(file.replace(/\.pdf$/, '.truth.json'), 'utf8')) as Truth;
    const cache = new Map<object, PdfFont>();
    const warnings: string[] = [];
    const pages = doc.getPages();
    let fonts = 0;
    const missing: string[] = [];
    for (let p = 0; p < pages.length; p++) {
      const res = pages[p].node.Resources();
      const fontDict = res?.lookup(PDFName.of('Font'));
      const byKey = new Map<string, PdfFont>();
      if (fontDict instanceof PDFDict) {
        for (const [k, v] of fontDict.entries()) {
          const d: PDFObject | undefined = doc.context.lookup(v);
          if (!(d instanceof PDFDict)) continue;
          const font = loadFont(d, { cache, onWarning: (m) => warnings.push(m) });
          expect(font.kind).not.toBe('fallback');
          expect(font.ascent).toBeGreaterThan(0.5);
          expect(font.descent).toBeLessThan(0);
          byKey.set(k.decodeText(), font);
          fonts++;
        }
      }
      let text = '';
      let font: PdfFont | undefined;
      for (const t of textOps(contentBytes(pages[p].node))) {
        if (t.font) font = byKey.get(t.font);
        else if (t.bytes && font) for (const g of font.decode(t.bytes)) text += g.text;
      }
      const onPage = squash(text);
      for (const item of [...truth.items, ...(truth.mustKeep ?? [])].filter((i) => i.page === p + 1)) {
        if (!onPage.includes(squash(item.text))) missing.push(`p${p + 1}: ${item.text}`);
      }
      if (p === 0) expect(text).toMatch(/\b(de|het|van|een)\b/);
    }
    expect(fonts).toBeGreaterThan(0);
    expect(missing).toEqual([]);
    expect(warnings).toEqual([]);
  });
});

describe('font encode() on corpus fonts', () => {
  it.skipIf(pdfs.length === 0)('finds the bytes of a decoded word again', async () => {
    for (const file of pdfs.slice(0, 6)) {
      const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
      const page = doc.getPage(0).node;
      const fontDict = page.Resources()?.lookup(PDFName.of('Font')) as PDFDict;
      const fonts = new Map(fontDict.entries().map(([k, v]) => [k.decodeText(), loadFont(doc.context.lookup(v) as PDFDict)]));
      let font: PdfFont | undefined;
      let checked = 0;
      for (const t of textOps(contentBytes(page))) {
        if (t.font) font = fonts.get(t.font);
        else if (t.bytes && font && t.bytes.length >= 2) {
          const text = font.decode(t.bytes).map((g) => g.text).join('');
          const again = font.encode(text);
          expect(again, `${path.basename(file)}: ${text}`).not.toBeNull();
          expect(font.decode(again!).map((g) => g.text).join('')).toBe(text);
          checked++;
        }
      }
      expect(checked, path.basename(file)).toBeGreaterThan(0);
    }
  });
});

