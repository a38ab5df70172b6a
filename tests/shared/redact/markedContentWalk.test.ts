/**
 * Marked-content text on a redacted page (sanitize.ts `stripMarkedContentText`), in a file the
 * redactor opens lazily: the walk from the redacted pages to every content stream they draw
 * follows unparsed objects through their raw scan (rawScan.ts `refPaths`), so the fonts and
 * other objects it passes are copied into the output as they were written, while every form
 * the page draws still loses its /ActualText.
 */
import { describe, expect, it } from 'vitest';
import type { DecisionsFile } from '../../../shared/contract';
import { isolatedRedactor } from '../../../shared/redact/isolated';
import { RawPdf } from '../../fixtures/adversarial/rawpdf';
import { pdftotext, qpdfCheck, redact } from './helpers';

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

/** The font as this file writes it: odd spacing that pdf-lib's serialiser would not keep. */
const FONT = '<<   /Type /Font   /Subtype /Type1   /BaseFont /Helvetica   /Encoding /WinAnsiEncoding   >>';

/**
 * Page 1 draws "Contact: balie" and a form XObject whose span carries /ActualText (Jan Bakker);
 * `subtype` is how the form's /Subtype is written (a name, or a reference to one).
 */
function withForm(subtype: 'direct' | 'indirect'): Uint8Array {
  const pdf = new RawPdf();
  pdf.add('<< /Type /Catalog /Pages 2 0 R >>');
  pdf.add('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  pdf.add('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> /XObject << /Fm1 6 0 R >> >> /Contents 5 0 R >>');
  pdf.add(FONT);
  pdf.add({ dict: '<< >>', data: 'BT /F1 12 Tf 72 700 Td (Contact: balie) Tj ET\nq /Fm1 Do Q' });
  pdf.add({
    dict: `<< /Type /XObject /Subtype ${subtype === 'direct' ? '/Form' : '7 0 R'} /BBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> >>`,
    data: '/Span << /ActualText (Jan Bakker) >> BDC BT /F1 12 Tf 72 600 Td (J. B.) Tj ET EMC',
  });
  pdf.add('/Form');
  return pdf.build({ root: 1 });
}

/** Redacts as the command line does: glyph removal on a private opening (isolated.ts), the file written from a lazy one. */
async function redactAsCli(input: Uint8Array, decisions: DecisionsFile) {
  return redact(input, decisions, { spread: async (pages) => (await isolatedRedactor(input))(pages) });
}

const BOX: DecisionsFile = { redactions: [{ page: 1, rects: [[70, 80, 125, 100]], grounds: ['10.2.e'] }] };

describe('marked-content text on a redacted page of a lazily opened file', () => {
  it.each(['direct', 'indirect'] as const)('leaves out the /ActualText of a form the page draws (/Subtype %s)', async (subtype) => {
    const input = withForm(subtype);
    expect(latin1(input)).toContain('Jan Bakker');
    // The box covers "Contact", not the form's text.
    const out = await redactAsCli(input, BOX);
    expect(out.report.sanitized).toContain('marked-content /ActualText and /Alt');
    expect(latin1(out.bytes)).not.toContain('Jan Bakker');
    expect(pdftotext(out.file)).toContain('J. B.');
    expect(pdftotext(out.file)).not.toContain('Contact');
    expect(qpdfCheck(out.file)).toBe('');
  });

  it('copies the fonts the walk passed as they were written, not parsed and written again', async () => {
    const out = await redactAsCli(withForm('direct'), BOX);
    expect(latin1(out.bytes)).toContain(`4 0 obj\n${FONT}`);
  });
});
