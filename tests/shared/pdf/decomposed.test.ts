/**
 * Decomposed diacritics (issue #11, item 7, session 11): a producer that maps a letter with a
 * diacritic to Unicode's decomposed form ("n" + U+0327 COMBINING CEDILLA for "ņ"), in one glyph or
 * with the mark as a glyph of its own. The text model composes them, so that a name with such a
 * letter is one word that lexicons and patterns read, and its rectangle covers the mark's glyph.
 */
import { describe, expect, it } from 'vitest';
import { extractText, interpretPage, openPdf, pageText } from '../../../shared/pdf';
import { rectsForRange } from '../../../shared/pdf/textRanges';
import { suggestDocument } from '../../../shared/detect';
import { RawPdf, lit } from '../../fixtures/adversarial/rawpdf';

// Helvetica with a ToUnicode map: byte 0xF1 is one glyph read as "n" + U+0327, byte 0x80 a glyph
// of its own read as U+0327 alone, byte 0x9A "S" + U+030C (Š).
const CMAP = '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def '
  + '/CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange '
  + `${0x7f - 0x20 + 3} beginbfchar `
  + Array.from({ length: 0x7f - 0x20 }, (_, k) => `<${(0x20 + k).toString(16).toUpperCase()}> <00${(0x20 + k).toString(16).toUpperCase()}>`).join(' ')
  + ' <F1> <006E0327> <80> <0327> <9A> <0053030C> endbfchar endcmap CMapName currentdict /CMapResource defineresource pop end end';

function page(lines: string[]): Uint8Array {
  const pdf = new RawPdf();
  const cat = pdf.reserve(), pages = pdf.reserve(), pg = pdf.reserve(), f1 = pdf.reserve(), c = pdf.reserve();
  const cmap = pdf.add({ dict: '<< >>', data: CMAP, compress: true });
  pdf.add(`<< /Type /Catalog /Pages ${pages} 0 R >>`, cat);
  pdf.add(`<< /Type /Pages /Kids [${pg} 0 R] /Count 1 >>`, pages);
  pdf.add(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${f1} 0 R >> >> /Contents ${c} 0 R >>`, pg);
  pdf.add(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode ${cmap} 0 R >>`, f1);
  const content = lines.map((l, i) => `BT /F1 12 Tf 72 ${700 - 20 * i} Td ${lit(l)} Tj ET`).join('\n');
  pdf.add({ dict: '<< >>', data: content, compress: true }, c);
  return pdf.build({ root: cat });
}

describe('decomposed diacritics', () => {
  it('reads a letter drawn as one glyph with a decomposed text as the composed letter', async () => {
    const { pages } = await extractText(page(['Overleg met Ieva Kalni\xF1a over de aanvraag.']));
    expect(pages[0]!.text).toBe('Overleg met Ieva Kalniņa over de aanvraag.');
    expect(pages[0]!.words.map((w) => w.text)).toContain('Kalniņa');
  });

  it('joins a mark drawn as a glyph of its own to the letter before it; the range covers the mark', async () => {
    const bytes = page(['Contactpersoon: Tina \x9Aubic-Kalnin\x80a']);
    const file = await openPdf(bytes);
    const content = interpretPage(file, 0);
    const text = pageText(content, 1);
    expect(text.text).toBe('Contactpersoon: Tina Šubic-Kalniņa');
    const at = text.text.indexOf('Tina');
    const [rect] = rectsForRange(text, at, text.text.length);
    const mark = content.glyphs.find((g) => g.text === '\u0327')!;
    expect((mark.rect[0] + mark.rect[2]) / 2).toBeGreaterThan(rect![0]);
    expect((mark.rect[0] + mark.rect[2]) / 2).toBeLessThan(rect![2]);
  });

  it('suggests the whole name', async () => {
    const { pages } = await extractText(page(['Het verslag is met Ieva Kalni\xF1a afgestemd.', 'Contactpersoon: Tina \x9Aubic-Kalnin\x80a']));
    const names = suggestDocument(pages, { law: 'wob' }).suggestions.filter((s) => s.category === 'name').map((s) => s.text);
    expect(names).toContain('Ieva Kalniņa');
    expect(names).toContain('Tina Šubic-Kalniņa');
  });
});
