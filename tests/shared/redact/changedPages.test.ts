/**
 * The redaction report names the pages whose content changed (issue #17): the command line reads
 * back (interprets) only those, so the report must name every page redaction touched and no other.
 */
import { describe, expect, it } from 'vitest';
import { buildPdf } from '../../helpers/buildPdf';
import { CASES } from '../../fixtures/adversarial/cases';
import { pdftotext, redact } from './helpers';

const line = (text: string) => `BT /F1 12 Tf 72 700 Td (${text}) Tj ET`;

describe('changedPages in the redaction report', () => {
  it('names the page with a box and the page redacted whole, not the pages left alone', async () => {
    const input = await buildPdf([
      { content: line('Pagina een zonder lakking') },
      { content: line('Contact: Jan Bakker') },
      { content: line('Geheel gelakte pagina') },
      { content: line('Pagina vier zonder lakking') },
    ]);
    const out = await redact(input, {
      redactions: [
        { page: 2, rects: [[120, 128, 200, 146]], grounds: ['10.2.e'] },
        { page: 3, rects: [], wholePage: true, grounds: ['10.2.e'] },
      ],
    });
    expect(out.report.changedPages).toEqual([2, 3]);
    const pages = pdftotext(out.file).split('\f');
    expect(pages[0]).toContain('Pagina een zonder lakking');
    expect(pages[1]).not.toContain('Bakker');
    expect(pages[3]).toContain('Pagina vier zonder lakking');
  });

  it('names a page whose form field was flattened into its content, even without a box on it', async () => {
    const c = CASES.find((x) => x.name === 'a form field')!;
    const input = await c.build();
    const out = await redact(input, { redactions: [] });
    expect(out.report.changedPages).toEqual([1]);
    expect(pdftotext(out.file)).toContain('Jan Bakker');
  });

  it('names no page when nothing is redacted and nothing is flattened', async () => {
    const input = await buildPdf([{ content: line('Alleen tekst') }, { content: line('Nog meer tekst') }]);
    const out = await redact(input, { redactions: [] });
    expect(out.report.changedPages).toEqual([]);
  });
});
