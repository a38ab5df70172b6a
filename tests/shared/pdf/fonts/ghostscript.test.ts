/**
 * A real producer beside the synthetic fonts: Ghostscript's pdfwrite turns a small PostScript
 * page into a Type1C subset with a custom encoding, non-embedded Symbol, ZapfDingbats and
 * Courier with their own encodings, and a Type 3 font. Text, advances and vertical metrics
 * must agree with pdftotext -bbox-layout.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { loadFont, type PdfFont } from '../../../../shared/pdf/fonts';
import { hasTool, popplerWords } from '../../../helpers/poppler';
import { contentBytes, textOps } from './build';

const PS = String.raw`%!PS
/Times-Roman findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall
/Encoding ISOLatin1Encoding def currentdict end /TimesLatin1 exch definefont pop
/TimesLatin1 findfont 14 scalefont setfont 72 700 moveto (Geachte heer \307elik, caf\351 \(na\357ve\) - \351\351n) show
/Symbol findfont 14 scalefont setfont 72 670 moveto (abgd) show
/ZapfDingbats findfont 14 scalefont setfont 72 640 moveto (3456) show
/Courier findfont 12 scalefont setfont 72 610 moveto (Courier tekst) show
8 dict begin /FontType 3 def /FontMatrix [0.001 0 0 0.001 0 0] def /FontBBox [0 0 1000 1000] def
/Encoding 256 array def 0 1 255 {Encoding exch /.notdef put} for Encoding 65 /A put Encoding 66 /B put
/BuildChar { pop pop 1000 0 0 0 800 800 setcachedevice 0 0 moveto 800 0 lineto 800 800 lineto closepath fill } def
currentdict end /BoxFont exch definefont pop
/BoxFont findfont 12 scalefont setfont 72 580 moveto (ABBA) show
showpage
`;

describe.skipIf(!hasTool('gs') || !hasTool('pdftotext'))('fonts written by Ghostscript', () => {
  it('decode to the words pdftotext finds, with its advances, ascents and descents', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lakstift-gs-'));
    writeFileSync(path.join(dir, 'page.ps'), PS, 'latin1');
    const pdf = path.join(dir, 'page.pdf');
    execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', `-sOutputFile=${pdf}`, path.join(dir, 'page.ps')]);
    const words = popplerWords(pdf)[0].words;

    const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
    const page = doc.getPage(0).node;
    const fontDict = page.Resources()?.lookup(PDFName.of('Font')) as PDFDict;
    const fonts = new Map(fontDict.entries().map(([k, v]) => [k.decodeText(), loadFont(doc.context.lookup(v) as PDFDict)]));
    const kinds = new Set([...fonts.values()].map((f) => f.kind));
    expect(kinds).toEqual(new Set(['Type1', 'Type3']));

    // One run of text per line: its font, size, text and advance.
    const runs: { font: PdfFont; size: number; text: string; advance: number }[] = [];
    let font: PdfFont | undefined;
    let size = 0;
    for (const t of textOps(contentBytes(page))) {
      if (t.font) {
        font = fonts.get(t.font);
        size = t.size ?? 0;
        runs.push({ font: font!, size, text: '', advance: 0 });
      } else if (t.bytes && font) {
        const run = runs[runs.length - 1];
        for (const g of font.decode(t.bytes)) {
          run.text += g.text;
          run.advance += g.width * size;
        }
      }
    }
    const lines = new Map<number, typeof words>();
    for (const w of words) lines.set(w.rect[3], [...(lines.get(w.rect[3]) ?? []), w]);
    const popplerLines = [...lines.values()];
    expect(runs.map((r) => r.text.replace(/\s+/g, ' ').trim())).toEqual(popplerLines.map((l) => l.map((w) => w.text).join(' ')));
    runs.forEach((run, i) => {
      const line = popplerLines[i];
      const height = line[0].rect[3] - line[0].rect[1];
      expect(height, run.text).toBeCloseTo((run.font.ascent - run.font.descent) * run.size, 2);
      expect(line[line.length - 1].rect[2] - line[0].rect[0], run.text).toBeCloseTo(run.advance, 1);
    });
  });
});
