/**
 * A name of an origin no lexicon holds, drawn twice (issue #11 item 7: fake bold, a second
 * painting 0.3 pt to the right, or the second one in render mode 2, fill and stroke), reads as
 * one name: suggested once, with one box that covers both paintings, and the redacted file leaks
 * neither (pdftotext). The page is a content stream written here, painting the run twice.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../shared/pdf';
import { suggestDocument } from '../../../shared/detect';
import type { DecisionsFile } from '../../../shared/contract';
import { hasTool } from '../../helpers/poppler';
import { onePage, show, widthOf } from '../../fixtures/robustness/pages';
import { extracts, pdftotext, redact, tmpFile } from '../redact/helpers';

const LINE = 'Contactpersoon: Xhevdet Qorraj';
const X = 72;
const Y = 700;
const NAME_X0 = X + widthOf('Contactpersoon: ', 12);
const NAME_X1 = NAME_X0 + widthOf('Xhevdet Qorraj', 12);

const CASES: [string, () => Uint8Array][] = [
  ['the line painted again 0.3 pt to the right', () => onePage(`${show(LINE, X, Y)}\n${show(LINE, X + 0.3, Y)}\n${show('Zie de bijlage.', X, 660)}`)],
  ['the second painting in render mode 2 (fill and stroke)', () => onePage(`${show(LINE, X, Y)}\n${show(LINE, X + 0.3, Y, 12, '2 Tr')}\n${show('Zie de bijlage.', X, 660)}`)],
];

describe('a name drawn twice', () => {
  it.each(CASES)('%s: suggested once, one box over both paintings', async (_n, build) => {
    const { pages } = await extractText(build());
    expect(pages[0]!.text).not.toMatch(/Xhevdet\s*Xhevdet|QorrajQorraj|Qorraj\s+Qorraj/);
    const names = suggestDocument(pages, { law: 'wob' }).suggestions.filter((s) => s.category === 'name');
    expect(names.map((s) => s.text)).toEqual(['Xhevdet Qorraj']);
    expect(names[0]!.rects).toHaveLength(1);
    const [x0, , x1] = names[0]!.rects[0]!;
    expect(x0).toBeLessThanOrEqual(NAME_X0 + 0.5);
    expect(x1).toBeGreaterThanOrEqual(NAME_X1 + 0.3 - 0.5);
  });

  it.skipIf(!hasTool('pdftotext')).each(CASES)('%s: the redacted file leaks neither painting', async (_n, build) => {
    const input = build();
    const { pages } = await extractText(input);
    const { suggestions } = suggestDocument(pages, { law: 'wob' });
    const decisions: DecisionsFile = { redactions: suggestions.map((s) => ({ page: s.page, rects: s.rects, grounds: s.grounds, text: s.text })) };
    const before = pdftotext(tmpFile('fakebold-in.pdf', input));
    expect(extracts(before, 'Qorraj')).toBe(true);
    const out = await redact(input, decisions);
    const text = pdftotext(out.file);
    for (const w of ['Xhevdet', 'Qorraj', 'Qor', 'hevd']) expect(text.includes(w), w).toBe(false);
    expect(extracts(text, 'Contactpersoon')).toBe(true);
    expect(extracts(text, 'Zie de bijlage')).toBe(true);
  });
});
