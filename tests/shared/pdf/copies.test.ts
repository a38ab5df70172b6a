/**
 * Text drawn twice is read once (issue #13, item 1): a form XObject over its own text, fake
 * bold (the line or each glyph again a fraction of a point on), and an invisible OCR layer
 * under the visible text. poppler reads such pages once too; the copies stay known to the
 * text model so that a box drawn around the text covers every copy.
 */
import { describe, expect, it } from 'vitest';
import { extractText, findCopies, interpretPage, openPdf, pageText } from '../../../shared/pdf';
import { rectsForRange } from '../../../shared/pdf/textRanges';
import { RawPdf } from '../../fixtures/adversarial/rawpdf';
import { fakeBoldGlyphs, fakeBoldLine, formOverOwnText, ocrUnderText, onePage, show, SIGNED } from '../../fixtures/robustness/pages';

const count = (text: string, needle: string) => text.split(needle).length - 1;

const CASES: [string, () => Uint8Array][] = [
  ['a form XObject drawn over its own text', formOverOwnText],
  ['fake bold: the line drawn again 0.35 pt to the right', fakeBoldLine],
  ['fake bold: every glyph drawn twice', fakeBoldGlyphs],
  ['an invisible OCR layer under the visible text', ocrUnderText],
];

describe('text drawn twice is read once', () => {
  it.each(CASES)('%s', async (_name, build) => {
    const bytes = build();
    const { pages } = await extractText(bytes);
    const page = pages[0];
    expect(page.text.split('\n')[0]).toBe(SIGNED);
    expect(count(page.text, 'Bakker')).toBe(1);
    expect(page.words.map((w) => w.text).slice(0, 3)).toEqual(['Behandeld', 'door', 'Jan']);
  });

  it.each(CASES)('%s: the rectangles of a range cover every copy', async (_name, build) => {
    const file = await openPdf(build());
    const content = interpretPage(file, 0);
    const page = pageText(content, 1);
    const start = page.text.indexOf('Jan Bakker');
    const [rect] = rectsForRange(page, start, start + 'Jan Bakker'.length);
    const copies = content.glyphs.filter((g) => g.text === 'k');
    expect(copies.length).toBeGreaterThanOrEqual(4); // "Bakker" twice: each copy of both k's
    for (const g of copies) {
      expect(g.rect[0]).toBeGreaterThanOrEqual(rect[0] - 0.01);
      expect(g.rect[2]).toBeLessThanOrEqual(rect[2] + 0.01);
    }
  });

  it('reads the visible copy when the invisible OCR layer is drawn first', async () => {
    const file = await openPdf(ocrUnderText());
    const content = interpretPage(file, 0);
    const page = pageText(content, 1);
    const jan = page.words.find((w) => w.text === 'Jan')!;
    expect(jan.glyphs.every((gi) => content.glyphs[gi].renderMode === 0)).toBe(true);
  });
});

describe('text that only looks repeated stays', () => {
  it('keeps double letters, repeated words and a line repeated lower down', async () => {
    const bytes = onePage([
      show('Hallo Anna, dat dat klopt: Mississippi 1100 aaa', 72, 700),
      show('Hallo Anna, dat dat klopt: Mississippi 1100 aaa', 72, 688),
    ].join('\n'));
    const { pages } = await extractText(bytes);
    expect(pages[0].text).toBe('Hallo Anna, dat dat klopt: Mississippi 1100 aaa\nHallo Anna, dat dat klopt: Mississippi 1100 aaa');
  });

  it('keeps glyphs without an advance (a Type3 font without widths stacks them by design)', async () => {
    const pdf = new RawPdf();
    const [cat, pages, page, font, proc, c] = [1, 2, 3, 4, 5, 6].map(() => pdf.reserve());
    pdf.add(`<< /Type /Catalog /Pages ${pages} 0 R >>`, cat);
    pdf.add(`<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`, pages);
    pdf.add(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /T3 ${font} 0 R >> >> /Contents ${c} 0 R >>`, page);
    pdf.add(`<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /l ${proc} 0 R /a ${proc} 0 R >> /Encoding << /Differences [97 /a 108 /l] >> /FirstChar 97 /LastChar 108 >>`, font);
    pdf.add({ dict: '<< >>', data: '0 0 0 0 0 700 d1 0 0 100 700 re f' }, proc);
    pdf.add({ dict: '<< >>', data: 'BT /T3 12 Tf 72 700 Td (alla) Tj ET' }, c);
    const file = await openPdf(pdf.build({ root: cat }));
    const glyphs = interpretPage(file, 0).glyphs;
    expect(glyphs.map((g) => g.text).join('')).toBe('alla');
    expect([...findCopies(glyphs)]).toEqual([-1, -1, -1, -1]);
  });

  it('keeps an OCR word that says something else than the visible word under it', async () => {
    const bytes = onePage(`q BT 3 Tr /F2 12 Tf 72 700 Td (Bakkcr) Tj ET Q\n${show('Bakker', 72, 700)}`);
    const { pages } = await extractText(bytes);
    expect(pages[0].text).toContain('Bakkcr');
    expect(pages[0].text).toContain('Bakker');
  });
});
