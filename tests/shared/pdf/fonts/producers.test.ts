/**
 * Every font of every real-producer fixture (LibreOffice TrueType subsets, Chromium
 * Type0/Identity-H, Ghostscript Type1C and a CIDFontType2 with the predefined CMap
 * 90ms-RKSJ-H, enscript's Courier) loads without falling back, and decoding the pages' string
 * operands gives the Dutch phrases the fixture manifest says pdftotext reads in the file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName, type PDFObject } from '@cantoo/pdf-lib';
import { loadFont, type PdfFont } from '../../../../shared/pdf/fonts';
import { loadPredefinedCMap } from '../../../../node/host';
import { fixturePassword, producerPdf } from '../../../helpers/engines';
import { contentBytes, textOps } from './build';

/** Hyphens fold to '-': Adobe-Japan1 maps the CMap fixture's hyphen to U+2011, as pdftotext also reads it. */
const squash = (s: string) => s.replace(/\s+/g, '').replace(/[\u2010\u2011]/g, '-');

const manifest = JSON.parse(readFileSync(producerPdf('manifest.json'), 'utf8')) as { fixtures: { file: string; phrases: string[] }[] };
const pdfs = manifest.fixtures.map((f) => producerPdf(f.file));
const load = (file: string) => PDFDocument.load(readFileSync(file), { updateMetadata: false, password: fixturePassword(path.basename(file)) });

describe('fonts of the real-producer fixtures', () => {
  it.each(manifest.fixtures.map((f) => [f.file, producerPdf(f.file), f.phrases] as const))('%s: every font loads and decodes to the phrases of the fixture', async (_, file, phrases) => {
    const doc = await load(file);
    const cache = new Map<object, PdfFont>();
    const warnings: string[] = [];
    const pages = doc.getPages();
    let fonts = 0;
    let all = '';
    for (let p = 0; p < pages.length; p++) {
      const res = pages[p].node.Resources();
      const fontDict = res?.lookup(PDFName.of('Font'));
      const byKey = new Map<string, PdfFont>();
      if (fontDict instanceof PDFDict) {
        for (const [k, v] of fontDict.entries()) {
          const d: PDFObject | undefined = doc.context.lookup(v);
          if (!(d instanceof PDFDict)) continue;
          const font = loadFont(d, { cache, onWarning: (m) => warnings.push(m), loadPredefinedCMap });
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
      all += squash(text);
    }
    expect(fonts).toBeGreaterThan(0);
    expect(phrases.filter((ph) => !all.includes(squash(ph)))).toEqual([]);
    expect(warnings).toEqual([]);
  });
});

describe('font encode() on real-producer fonts', () => {
  it('finds the bytes of a decoded word again', async () => {
    for (const file of pdfs.filter((f) => !fixturePassword(path.basename(f)))) {
      const doc = await load(file);
      const page = doc.getPage(0).node;
      const fontDict = page.Resources()?.lookup(PDFName.of('Font')) as PDFDict;
      const fonts = new Map(fontDict.entries().map(([k, v]) => [k.decodeText(), loadFont(doc.context.lookup(v) as PDFDict, { loadPredefinedCMap })]));
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

