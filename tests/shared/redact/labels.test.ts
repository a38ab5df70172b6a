/** The labelled box (issue #3, item 4), checked by rendering with poppler and extracting with pdftotext. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOX_STYLES } from '../../../shared/redact';
import { labelText } from '../../../shared/redact/labels';
import { hasTool, popplerWords } from '../../helpers/poppler';
import { RawPdf, lit } from '../../fixtures/adversarial/rawpdf';
import { LABEL_FONT, boxesOf, pdftotext, redact, tmpFile } from './helpers';
import type { Rect } from '../../../shared/pdf/types';

const HELV = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

function page(content: string, pageExtra = ''): Uint8Array {
  const pdf = new RawPdf();
  pdf.add('<< /Type /Catalog /Pages 2 0 R >>');
  pdf.add('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  pdf.add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R ${pageExtra} >>`);
  pdf.add(HELV);
  pdf.add({ dict: '<< >>', data: content });
  return pdf.build({ root: 1 });
}

/** Grey value (0 black … 255 white) of display point (x, y), rendered at 72 dpi. */
function pixel(file: string, x: number, y: number): number {
  const out = `${file}-r`;
  execFileSync('pdftoppm', ['-r', '72', '-gray', '-f', '1', '-l', '1', '-singlefile', file, out]);
  const pgm = readFileSync(`${out}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const w = Number(header[1]);
  return pgm[header[0].length + Math.floor(y) * w + Math.floor(x)];
}

const centre = (r: Rect): [number, number] => [(r[0] + r[2]) / 2, (r[1] + r[3]) / 2];

describe.skipIf(!hasTool('pdftoppm'))('the redaction box', () => {
  it('lands where the decision says even when the page leaves a scaling cm in force', async () => {
    // Chromium-style: a cm that is never restored, so anything appended naively is scaled.
    const input = page(`2 0 0 2 0 0 cm BT /F1 6 Tf 36 350 Td ${lit('Contact: Jan Bakker via balie')} Tj ET`);
    const box = boxesOf(tmpFile('in.pdf', input), 1, 'Jan Bakker')[0];
    const out = await redact(input, { redactions: [{ page: 1, rects: [box], grounds: ['10.2.e'] }] });
    const [cx, cy] = centre(box);
    expect(pixel(out.file, box[0] + 1, cy)).toBeLessThan(40);
    expect(pixel(out.file, cx, box[3] + 6)).toBe(255);
    expect(pixel(out.file, box[2] + 40, box[1] - 20)).toBe(255);
    const label = popplerWords(out.file)[0].words.find((w) => w.text === '10.2.e')!;
    expect(label.rect[0]).toBeGreaterThanOrEqual(box[0] - 0.5);
    expect(label.rect[2]).toBeLessThanOrEqual(box[2] + 0.5);
  });

  it('writes one label where two decisions box the same words (a first name alone and within the full name)', async () => {
    const input = page(`BT /F1 12 Tf 72 700 Td ${lit('Overleg met Vedrana Kask over de planning.')} Tj ET`);
    const file = tmpFile('in.pdf', input);
    const full = boxesOf(file, 1, 'Vedrana Kask')[0];
    const first = boxesOf(file, 1, 'Vedrana')[0];
    const out = await redact(input, { redactions: [
      { page: 1, rects: [full], grounds: ['10.2.e'] },
      { page: 1, rects: [first], grounds: ['10.2.g'] },
    ] });
    // Both codes, once each, as one readable label; nothing else is extracted under the boxes.
    const words = popplerWords(out.file)[0].words.filter((w) => w.rect[0] >= full[0] - 0.5 && w.rect[2] <= full[2] + 0.5);
    expect(words.map((w) => w.text).join(' ')).toBe('10.2.e, 10.2.g');
    expect(pdftotext(out.file)).not.toMatch(/Vedrana|Kask/);
  });

  it('writes the codes as real text, all of them, in a grey box when asked', async () => {
    const input = page(`BT /F1 12 Tf 72 700 Td ${lit('Vraag door op tegenstrijdigheden in de data.')} Tj ET`);
    const box = boxesOf(tmpFile('in.pdf', input), 1, 'Vraag door op tegenstrijdigheden')[0];
    const out = await redact(input, { redactions: [{ page: 1, rects: [box], grounds: ['10.2.d', '10.2.g'] }] }, { style: BOX_STYLES.grey });
    expect(pdftotext(out.file)).toContain('10.2.d, 10.2.g');
    const [, cy] = centre(box);
    expect(pixel(out.file, box[0] + 1, cy)).toBeGreaterThan(170);
    expect(pixel(out.file, box[0] + 1, cy)).toBeLessThan(210);
  });

  it('reads upright on screen on a /Rotate 90 page', async () => {
    const input = page(`BT /F1 12 Tf 72 700 Td ${lit('Contact: Jan Bakker via balie')} Tj ET`, '/Rotate 90');
    // A wide box on the displayed (landscape) page.
    const box: Rect = [300, 200, 420, 216];
    const out = await redact(input, { redactions: [{ page: 1, rects: [box], grounds: ['10.2.e'] }] });
    const label = popplerWords(out.file)[0].words.find((w) => w.text === '10.2.e')!;
    expect(label.rect[2] - label.rect[0]).toBeGreaterThan(label.rect[3] - label.rect[1]);
    expect(label.rect[0]).toBeGreaterThanOrEqual(box[0] - 0.5);
    expect(label.rect[3]).toBeLessThanOrEqual(box[3] + 0.5);
  });

  it('redacts a whole page: same size, only the box and its code remain', async () => {
    const input = page(`BT /F1 12 Tf 72 700 Td ${lit('Contact: Jan Bakker via balie')} Tj ET`);
    const out = await redact(input, { redactions: [{ page: 1, rects: [], grounds: ['10.2.e'], wholePage: true, text: 'Jan Bakker' }] });
    expect(execFileSync('pdfinfo', [out.file], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792/);
    expect(pdftotext(out.file).trim()).toBe('10.2.e');
    expect(out.report.wholePages).toEqual([1]);
    expect(pixel(out.file, 300, 400)).toBeLessThan(40);
  });

  it('lists each code once, in the order given', () => {
    expect(labelText(['10.2.e', '10.2.g', '10.2.e'])).toBe('10.2.e, 10.2.g');
  });
});

describe('the label font in the written file', () => {
  /** DejaVu Sans with the 'post' table's italic angle (Fixed 16.16 at offset 4) set to `degrees`. */
  function slanted(degrees: number): Uint8Array {
    const bytes = new Uint8Array(LABEL_FONT);
    const view = new DataView(bytes.buffer);
    const tables = view.getUint16(4);
    for (let k = 0; k < tables; k++) {
      const at = 12 + 16 * k;
      if (String.fromCharCode(...bytes.subarray(at, at + 4)) !== 'post') continue;
      view.setInt32(view.getUint32(at + 8) + 4, Math.round(degrees * 65536));
      return bytes;
    }
    throw new Error('no post table');
  }

  it.each([0, -12.5])('describes the font with the italic angle its file gives (%d°)', async (degrees) => {
    const out = await redact(page('BT /F1 12 Tf 72 700 Td (Contact: Jan Bakker) Tj ET'), { redactions: [{ page: 1, rects: [[115, 80, 180, 100]], grounds: ['10.2.e'] }] }, { labelFont: slanted(degrees) });
    const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', out.file, '-'], { encoding: 'latin1' });
    expect(qdf).toMatch(new RegExp(`/ItalicAngle ${String(degrees).replace('.', '\\.')}\\b`));
    expect(pdftotext(out.file)).not.toContain('Bakker');
  });
});
