/** Glyph removal on a private opening of the file, taken over page by page (issue #17, redact --jobs N). */
import { describe, expect, it } from 'vitest';
import { isolatedRedactor } from '../../../shared/redact/isolated';
import { readBackRanges } from '../../../cli/commands/redact';
import { RawPdf, lit } from '../../fixtures/adversarial/rawpdf';
import { boxesOf, pdftotext, redact, tmpFile } from './helpers';

/** Page 1 draws its text itself; page 2 draws it through a form XObject. */
function pages(): Uint8Array {
  const pdf = new RawPdf();
  pdf.add('<< /Type /Catalog /Pages 2 0 R >>');
  pdf.add('<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>');
  pdf.add('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R >>');
  pdf.add('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Fm1 8 0 R >> >> /Contents 7 0 R >>');
  pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pdf.add({ dict: '<< >>', data: `BT /F1 12 Tf 72 700 Td ${lit('Contact: Jan Bakker via balie')} Tj ET`, compress: true });
  pdf.add({ dict: '<< >>', data: 'q /Fm1 Do Q', compress: true });
  pdf.add({ dict: '<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> >>', data: `BT /F1 12 Tf 72 700 Td ${lit('Formulier van Piet Smit hier')} Tj ET` });
  return pdf.build({ root: 1 });
}

describe('redacting pages on a private opening', () => {
  it('gives the page content stream and the removed glyphs, or says the page must be redacted in place', async () => {
    const input = pages();
    const file = tmpFile('iso.pdf', input);
    const run = await isolatedRedactor(input);
    const [one, two] = run([{ index: 0, rects: boxesOf(file, 1, 'Jan Bakker') }, { index: 1, rects: boxesOf(file, 2, 'Piet Smit') }]);
    expect(one.whole).toBeFalsy();
    if (one.whole) return;
    expect(one.removed.text.join('')).toBe('Jan Bakker');
    expect(new TextDecoder('latin1').decode(one.content!.decoded)).not.toContain('Bakker');
    // A form XObject must be copied for the page: that is the writing document's to do.
    expect(two).toEqual({ index: 1, whole: true });
  });

  it('writes the same redaction through `spread` as in place: text, report, and the form page too', async () => {
    const input = pages();
    const file = tmpFile('iso2.pdf', input);
    const decisions = { redactions: [
      { page: 1, rects: boxesOf(file, 1, 'Jan Bakker'), grounds: ['10.2.e'] },
      { page: 2, rects: boxesOf(file, 2, 'Piet Smit'), grounds: ['10.2.e'] },
    ] };
    const inPlace = await redact(input, decisions);
    const run = await isolatedRedactor(input);
    const spread = await redact(input, decisions, { spread: async (p) => run(p) });
    expect(pdftotext(spread.file)).toBe(pdftotext(inPlace.file));
    expect(pdftotext(spread.file)).not.toMatch(/Bakker|Smit/);
    expect(pdftotext(spread.file)).toContain('Formulier van');
    const { objectsPruned: _a, ...a } = spread.report;
    const { objectsPruned: _b, ...b } = inPlace.report;
    expect(a).toEqual(b);
  });
});

/** A page with the name in its own content and a form elsewhere on it whose marked content names it in /ActualText. */
function formWithActualText(): Uint8Array {
  const pdf = new RawPdf();
  pdf.add('<< /Type /Catalog /Pages 2 0 R >>');
  pdf.add('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  pdf.add('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> /XObject << /Fm1 6 0 R >> >> /Contents 5 0 R >>');
  pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pdf.add({ dict: '<< >>', data: `BT /F1 12 Tf 72 700 Td ${lit('Contact: Jan Bakker via balie')} Tj ET q /Fm1 Do Q` });
  pdf.add({ dict: '<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> >>', data: `/Span << /ActualText ${lit('Paraaf Jan Bakker')} >> BDC BT /F1 12 Tf 72 400 Td (J.B.) Tj ET EMC` });
  return pdf.build({ root: 1 });
}

describe('the rest of redaction, after pages taken over', () => {
  it('still strips /ActualText from a form drawn on a redacted page, as in place', async () => {
    const input = formWithActualText();
    const file = tmpFile('iso-at.pdf', input);
    const decisions = { redactions: [{ page: 1, rects: boxesOf(file, 1, 'Jan Bakker'), grounds: ['10.2.e'] }] };
    const run = await isolatedRedactor(input);
    for (const out of [await redact(input, decisions), await redact(input, decisions, { spread: async (p) => run(p) })]) {
      const text = new TextDecoder('latin1').decode(out.bytes);
      expect(text).not.toContain('Paraaf Jan Bakker');
      expect(pdftotext(out.file)).toContain('J.B.');
    }
  });
});

describe('read-back ranges', () => {
  it.each([
    [10, [1, 2, 3, 9], 2, [[1, 2], [3, 10]]],
    [10, [5], 2, [[1, 10]]],
    [10, [], 4, [[1, 10]]],
    [6, [1, 2, 3, 4, 5, 6], 3, [[1, 2], [3, 4], [5, 6]]],
    [10, [2, 3, 4, 5], 1, [[1, 10]]],
  ])('cuts %i pages with changed %j into %i lanes as %j', (count, changed, lanes, ranges) => {
    expect(readBackRanges(count, changed, lanes)).toEqual(ranges);
  });
});
