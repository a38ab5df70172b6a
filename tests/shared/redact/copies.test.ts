/**
 * Text drawn twice is redacted everywhere it is drawn (issue #13, item 1). The text model
 * reads such a page once, so the detectors find the name; the redactor then removes every
 * copy under the box, which two independent extractors (pdftotext and mutool) confirm.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../shared/pdf';
import { rectsForRange } from '../../../shared/pdf/textRanges';
import { suggestDocument } from '../../../shared/detect';
import type { DecisionsFile } from '../../../shared/contract';
import { hasTool } from '../../helpers/poppler';
import { fakeBoldGlyphs, fakeBoldLine, formOverOwnText, ocrUnderText, SIGNED_X, SIGNED_Y, PAGE_H, widthOf } from '../../fixtures/robustness/pages';
import { extracts, mutoolText, pdftotext, redact, tmpFile, verify } from './helpers';

const tools = hasTool('pdftotext') && hasTool('mutool');

const CASES: [string, () => Uint8Array][] = [
  ['a form XObject drawn over its own text', formOverOwnText],
  ['fake bold: the line drawn again 0.35 pt to the right', fakeBoldLine],
  ['fake bold: every glyph drawn twice', fakeBoldGlyphs],
  ['an invisible OCR layer under the visible text', ocrUnderText],
];

const KEEP = ['Behandeld door', 'telefoon', 'Tweede regel zonder geheimen'];

/**
 * What pdftotext and mutool extract. mutool reads text drawn twice glyph by glyph twice
 * ("BBaakkkkeerr"), so doubled letters are squeezed in what it reads and in what is looked for.
 */
function both(file: string): string[] {
  return [pdftotext(file), mutoolText(file)].map(squeeze);
}
const squeeze = (s: string) => s.replace(/(.)\1+/g, '$1');
const has = (text: string, needle: string) => extracts(text, squeeze(needle));

describe.skipIf(!tools)('redacting text drawn twice', () => {
  it.each(CASES)('%s: both extractors see the name before redaction', (_n, build) => {
    for (const text of both(tmpFile('in.pdf', build()))) expect(has(text, 'Bakker')).toBe(true);
  });

  it.each(CASES)('%s: accepting the suggestions removes every copy of the name and the number', async (_n, build) => {
    const input = build();
    const { pages } = await extractText(input);
    const { suggestions } = suggestDocument(pages, { law: 'wob' });
    expect(suggestions.map((s) => `${s.category}:${s.text}`)).toEqual(expect.arrayContaining(['name:Jan Bakker', 'phone:06-12345678']));
    const decisions: DecisionsFile = { redactions: suggestions.map((s) => ({ page: s.page, rects: s.rects, grounds: s.grounds, text: s.text })) };
    const out = await redact(input, decisions);
    for (const text of both(out.file)) {
      expect(has(text, 'Bakker')).toBe(false);
      expect(has(text, '12345678')).toBe(false);
      for (const k of KEEP) expect(has(text, k), `lost "${k}"`).toBe(true);
    }
    expect((await verify(out.bytes, decisions)).clean).toBe(true);
  });

  it.each(CASES)('%s: a box drawn by hand over the visible name removes every copy', async (_n, build) => {
    const input = build();
    const x0 = SIGNED_X + widthOf('Behandeld door ', 12);
    const x1 = x0 + widthOf('Jan Bakker', 12);
    const top = PAGE_H - SIGNED_Y;
    const decisions: DecisionsFile = { redactions: [{ page: 1, rects: [[x0 - 1, top - 10, x1 + 1, top + 3]], grounds: ['10.2.e'], text: 'Jan Bakker' }] };
    const out = await redact(input, decisions);
    for (const text of both(out.file)) {
      expect(has(text, 'Jan')).toBe(false);
      expect(has(text, 'Bakker')).toBe(false);
      for (const k of [...KEEP, '06-12345678']) expect(has(text, k), `lost "${k}"`).toBe(true);
    }
    expect((await verify(out.bytes, decisions)).clean).toBe(true);
  });

  it('the rectangles of a suggestion cover the invisible copy too', async () => {
    const { pages } = await extractText(ocrUnderText());
    const page = pages[0];
    const i = page.text.indexOf('Jan Bakker');
    const [r] = rectsForRange(page, i, i + 'Jan Bakker'.length);
    const ocr = page.glyphs.filter((g) => g.renderMode === 3 && 'JanBakker,'.includes(g.text) && g.rect[0] > r[0] - 2 && g.rect[2] < r[2] + 8);
    expect(ocr.length).toBeGreaterThan(0);
    for (const g of ocr.filter((g) => g.text !== ',')) {
      expect((g.rect[0] + g.rect[2]) / 2).toBeGreaterThanOrEqual(r[0]);
      expect((g.rect[0] + g.rect[2]) / 2).toBeLessThanOrEqual(r[2]);
    }
  });
});
