/**
 * Word boxes are judged against `pdftotext -bbox-layout`, so each font kind's text, advances,
 * ascent and descent are checked against poppler on a PDF built here: one word per line, at a
 * known baseline and size.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName, PDFString, type PDFRef } from '@cantoo/pdf-lib';
import { loadFont } from '../../../../shared/pdf/fonts';
import { hasTool, popplerWords } from '../../../helpers/poppler';
import { latin1 } from './build';

interface Case {
  name: string;
  font: (ctx: PDFDocument['context']) => Record<string, unknown>;
  word: Uint8Array;
  size: number;
}

const TU = `1 begincodespacerange <0000> <FFFF> endcodespacerange
1 beginbfrange <0001> <0004> [<0048> <006F> <0069> <0021>] endbfrange`;

const cases: Case[] = [
  { name: 'Helvetica, no Widths', font: () => ({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' }), word: latin1('Hallo'), size: 12 },
  {
    name: 'Times-Bold with a descriptor that lies',
    font: () => ({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Times-Bold', FontDescriptor: { Type: 'FontDescriptor', Flags: 34, Ascent: 2000, Descent: -900 } }),
    word: latin1('Wereld'),
    size: 10,
  },
  {
    name: 'Arial,Bold without Widths',
    font: () => ({ Type: 'Font', Subtype: 'TrueType', BaseFont: 'Arial,Bold', Encoding: 'WinAnsiEncoding', FontDescriptor: { Type: 'FontDescriptor', Flags: 32, Ascent: 905, Descent: -212 } }),
    word: latin1('Kwaliteit'),
    size: 10,
  },
  {
    name: 'a serif font without Widths',
    font: () => ({ Type: 'Font', Subtype: 'TrueType', BaseFont: 'Georgia', Encoding: 'WinAnsiEncoding', FontDescriptor: { Type: 'FontDescriptor', Flags: 34, Ascent: 917, Descent: -219 } }),
    word: latin1('Ministerie'),
    size: 10,
  },
  {
    name: 'a fixed-pitch font without Widths',
    font: () => ({ Type: 'Font', Subtype: 'Type1', BaseFont: 'LetterGothic', Encoding: 'WinAnsiEncoding', FontDescriptor: { Type: 'FontDescriptor', Flags: 33, Ascent: 700, Descent: -250 } }),
    word: latin1('Postbus'),
    size: 10,
  },
  {
    name: 'TrueType with Ascent 0 (LibreOffice)',
    font: () => ({
      Type: 'Font', Subtype: 'TrueType', BaseFont: 'BAAAAA+LiberationSerif', FirstChar: 32, LastChar: 122,
      Widths: Array.from({ length: 91 }, (_, i) => 300 + ((i * 37) % 400)),
      FontDescriptor: { Type: 'FontDescriptor', Flags: 32, Ascent: 0, Descent: 0, FontBBox: [-176, -303, 1005, 981] },
    }),
    word: latin1('Beste'),
    size: 11,
  },
  {
    name: 'TrueType with real descriptor metrics',
    font: () => ({
      Type: 'Font', Subtype: 'TrueType', BaseFont: 'Verdana', FirstChar: 32, LastChar: 122, Widths: Array(91).fill(620),
      FontDescriptor: { Type: 'FontDescriptor', Flags: 32, Ascent: 1005, Descent: -209 },
    }),
    word: latin1('mail'),
    size: 9,
  },
  {
    name: 'Type3 with a 0.001 × 0.0012 matrix',
    font: (ctx) => type3(ctx, [0.001, 0, 0, 0.0012, 0, 0], [556, 500]),
    word: latin1('AB'),
    size: 12,
  },
  {
    name: "Type3 with an 'm' and a 0.01 matrix",
    font: (ctx) => type3(ctx, [0.01, 0, 0, 0.01, 0, 0], [40, 90], ['A', 'm']),
    word: latin1('AB'),
    size: 10,
  },
  {
    name: 'Type0 Identity-H',
    font: (ctx) => ({
      Type: 'Font', Subtype: 'Type0', BaseFont: 'AAAAAA+Arimo', Encoding: 'Identity-H',
      DescendantFonts: [{ Type: 'Font', Subtype: 'CIDFontType2', BaseFont: 'AAAAAA+Arimo', DW: 500, W: [1, [722, 556, 222, 278]],
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: { Type: 'FontDescriptor', Flags: 4, Ascent: 905, Descent: -212 } }],
      ToUnicode: ctx.register(ctx.flateStream(TU)),
    }),
    word: Uint8Array.of(0, 1, 0, 2, 0, 3, 0, 4),
    size: 14,
  },
  {
    name: 'Type3 with numeric glyph names',
    font: (ctx) => type3(ctx, [0.001, 0, 0, 0.001, 0, 0], [600, 300], ['a72', 'a105']),
    word: latin1('AB'),
    size: 10,
  },
  {
    name: 'Type3 with hex glyph names',
    font: (ctx) => type3(ctx, [0.001, 0, 0, 0.001, 0, 0], [600, 300], ['G4f', 'G6B']),
    word: latin1('AB'),
    size: 10,
  },
  {
    name: 'Type3 without one-letter glyph names',
    font: (ctx) => type3(ctx, [0.01, 0, 0, -0.01, 0, 0], [0, 75], ['period', 'one']),
    word: latin1('AB'),
    size: 10,
  },
];

function type3(ctx: PDFDocument['context'], fm: number[], w: number[], names = ['A', 'B']): Record<string, unknown> {
  const proc = ctx.register(ctx.stream(`${w[0]} 0 d0 0 0 ${w[0] / 2} ${w[0] / 2} re f`));
  return {
    Type: 'Font', Subtype: 'Type3', FontMatrix: fm, FontBBox: [0, -200, 700, 800], FirstChar: 65, LastChar: 66, Widths: w,
    Encoding: { Type: 'Encoding', Differences: [65, ...names] }, CharProcs: Object.fromEntries(names.map((n) => [n, proc])), Resources: {},
  };
}

describe.skipIf(!hasTool('pdftotext'))('fonts against poppler', () => {
  it('gives the same text, advance, ascent and descent as pdftotext -bbox-layout', async () => {
    const doc = await PDFDocument.create();
    const ctx = doc.context;
    const page = doc.addPage([400, 40 + 40 * cases.length]);
    const fonts: Record<string, PDFRef> = {};
    let content = '';
    cases.forEach((c, i) => {
      fonts[`F${i}`] = ctx.register(ctx.obj(c.font(ctx) as never));
      const hex = [...c.word].map((b) => b.toString(16).padStart(2, '0')).join('');
      content += `BT /F${i} ${c.size} Tf 20 ${40 * (cases.length - i)} Td <${hex}> Tj ET\n`;
    });
    page.node.set(PDFName.of('Resources'), ctx.obj({ Font: fonts }));
    page.node.set(PDFName.of('Contents'), ctx.register(ctx.stream(content)));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'lakstift-fonts-')), 'fonts.pdf');
    writeFileSync(file, await doc.save({ useObjectStreams: false }));
    const words = popplerWords(file)[0].words;

    const height = page.getHeight();

    cases.forEach((c, i) => {
      const font = loadFont(ctx.lookup(fonts[`F${i}`]) as PDFDict);
      const glyphs = font.decode(c.word);
      const text = glyphs.map((g) => g.text).join('');
      const baseline = height - 40 * (cases.length - i);
      const w = words.find((x) => Math.abs(x.rect[0] - 20) < 0.01 && x.rect[1] < baseline && x.rect[3] > baseline);
      expect(w, c.name).toBeDefined();
      expect(text, c.name).toBe(w!.text);
      const advance = glyphs.reduce((s, g) => s + g.width, 0) * c.size;
      expect(w!.rect[2] - w!.rect[0], `${c.name}: advance`).toBeCloseTo(advance, 2);
      expect(baseline - w!.rect[1], `${c.name}: ascent`).toBeCloseTo(font.ascent * c.size, 2);
      expect(w!.rect[3] - baseline, `${c.name}: descent`).toBeCloseTo(-font.descent * c.size, 2);
    });
  });
});

describe.skipIf(!hasTool('pdftotext'))('encodings against poppler', () => {
  it.each([
    ['Times-Roman', 'WinAnsiEncoding'],
    ['Times-Roman', 'MacRomanEncoding'],
    ['Times-Roman', 'StandardEncoding'],
    ['Symbol', undefined],
    ['ZapfDingbats', undefined],
    ['TrueType, non-symbolic', undefined],
    ['TrueType, symbolic', undefined],
  ])('%s with %s gives the text pdftotext gives, code by code', async (baseFont, encoding) => {
    const doc = await PDFDocument.create();
    const ctx = doc.context;
    const trueType = baseFont.startsWith('TrueType')
      ? {
        Subtype: 'TrueType', BaseFont: 'Verdana', FirstChar: 0, LastChar: 255, Widths: Array(256).fill(500),
        FontDescriptor: { Type: 'FontDescriptor', Flags: baseFont.endsWith('non-symbolic') ? 32 : 4, Ascent: 1005, Descent: -210 },
      }
      : {};
    const font = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: baseFont, ...(encoding ? { Encoding: encoding } : {}), ...trueType } as never));
    const page = doc.addPage([400, 40 + 20 * 16]);
    page.node.set(PDFName.of('Resources'), ctx.obj({ Font: { F: font } }));
    const ours = loadFont(ctx.lookup(font) as PDFDict);
    // One row per 16 codes; codes that draw a space (or nothing) are left out so rows stay one word.
    const rows: Uint8Array[] = [];
    for (let hi = 2; hi < 16; hi++) {
      const codes: number[] = [];
      for (let lo = 0; lo < 16; lo++) {
        const c = hi * 16 + lo;
        const t = ours.decode(Uint8Array.of(c))[0].text;
        // 0xAD is a soft hyphen to pdftotext; Symbol's 0xA0 is the Euro of ISO 32000-1 Table D.5,
        // which poppler's older Symbol table lacks.
        if (t && t.trim() && c !== 0xad && !(baseFont === 'Symbol' && c === 0xa0)) codes.push(c);
      }
      if (codes.length) rows.push(Uint8Array.from(codes));
    }
    const content = rows.map((r, i) => `BT /F 10 Tf 20 ${page.getHeight() - 30 - 20 * i} Td <${[...r].map((b) => b.toString(16).padStart(2, '0')).join('')}> Tj ET`).join('\n');
    page.node.set(PDFName.of('Contents'), ctx.register(ctx.stream(content)));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'lakstift-enc-')), 'enc.pdf');
    writeFileSync(file, await doc.save({ useObjectStreams: false }));
    const words = popplerWords(file)[0].words;
    const theirs = rows.map((_, i) => words.filter((w) => w.rect[1] < 30 + 20 * i && w.rect[3] > 30 + 20 * i).map((w) => w.text).join(''));
    const mine = rows.map((r) => ours.decode(r).map((g) => g.text).join(''));
    expect(mine.map((m) => m.normalize('NFKC'))).toEqual(theirs.map((t) => t.normalize('NFKC')));
  });
});
