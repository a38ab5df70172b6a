/**
 * Precise removal (issue #13, item 2): a box removes what it covers by one rule (the centre
 * of a glyph's own box lies inside it; a path goes when it is covered the same way and is no
 * larger than the box) and nothing else. Each layout here puts text close to a box: tight line
 * spacing, superscripts, two columns with a narrow gutter, boxes drawn by hand a little too
 * large. After redaction, the text next to the box, above it and below it must still extract
 * with pdftotext and with mutool, and the boxed text must be gone from both.
 */
import { describe, expect, it } from 'vitest';
import { extractText, interpretPage, openPdf } from '../../../shared/pdf';
import { rectsForRange } from '../../../shared/pdf/textRanges';
import type { Rect } from '../../../shared/pdf/types';
import type { DecisionsFile } from '../../../shared/contract';
import { covers, coversPath } from '../../../shared/redact/geometry';
import { hasTool } from '../../helpers/poppler';
import { layoutPage, onePage, paragraph, PAGE_H, show, widthOf, type LayoutLine } from '../../fixtures/robustness/pages';
import { extracts, mutoolText, pdftotext, redact, verify } from './helpers';

const tools = hasTool('pdftotext') && hasTool('mutool');

const grow = (r: Rect, dx: number, dy: number): Rect => [r[0] - dx, r[1] - dy, r[2] + dx, r[3] + dy];

/** The boxes the text model gives for the first occurrence of `phrase`, as a suggestion would. */
async function boxesFor(bytes: Uint8Array, phrase: string): Promise<Rect[]> {
  const { pages } = await extractText(bytes);
  const i = pages[0].text.indexOf(phrase);
  if (i < 0) throw new Error(`"${phrase}" not in ${JSON.stringify(pages[0].text)}`);
  return rectsForRange(pages[0], i, i + phrase.length);
}

async function redactAndCheck(bytes: Uint8Array, rects: Rect[], gone: string[], keep: string[]): Promise<void> {
  const decisions: DecisionsFile = { redactions: [{ page: 1, rects, grounds: ['10.2.d'] }] };
  const out = await redact(bytes, decisions);
  for (const [tool, text] of [['pdftotext', pdftotext(out.file)], ['mutool', mutoolText(out.file)]]) {
    for (const g of gone) expect(extracts(text, g), `${tool} still reads "${g}"`).toBe(false);
    for (const k of keep) expect(extracts(text, k), `${tool} lost "${k}"`).toBe(true);
  }
  expect((await verify(out.bytes, { redactions: [{ ...decisions.redactions[0], text: gone[0] }] })).clean).toBe(true);
}

describe('the rule', () => {
  it.each([
    ['the glyph under the box', [100, 100, 200, 112], [150, 101, 157, 112], true],
    ['the next character, a quarter under the box', [100, 100, 200, 112], [198, 101, 206, 112], false],
    ['the character whose centre the box reaches', [100, 100, 200, 112], [195, 101, 203, 112], true],
    ['the line above, its lower half under the box', [100, 100, 200, 112], [150, 92, 157, 103], false],
    ['the line below, five of its eleven points under the box', [100, 100, 200, 112], [150, 107, 157, 118], false],
  ] as [string, Rect, Rect, boolean][])('%s', (_n, box, glyph, expected) => {
    expect(covers(box, glyph)).toBe(expected);
  });

  it.each([
    ['an underline under the boxed word', [100, 100, 200, 112], [102, 110.5, 198, 111.2], true],
    ['a rule across the page through the box', [100, 100, 200, 112], [50, 106, 560, 106.5], false],
    ['a table border crossing the box', [100, 100, 200, 112], [149.8, 60, 150.2, 300], false],
    ['a frame around the box', [100, 100, 200, 112], [96, 96, 204, 116], false],
  ] as [string, Rect, Rect, boolean][])('paths: %s', (_n, box, path, expected) => {
    expect(coversPath(box, path)).toBe(expected);
  });
});

describe.skipIf(!tools)('nothing outside the box is lost', () => {
  const TIGHT = [
    'Het beleid staat in de Vreemdelingencirculaire.',
    'Dit deel beschrijft de wettelijke grondslag.',
    'Stel bij twijfel altijd de controlevraag.',
    'De minister heeft dit beleid gepubliceerd.',
    'Zie ook de toelichting bij artikel drie.',
  ];

  for (const pitch of [11, 9.5]) {
    it(`tight line spacing (${pitch} pt for 12 pt text): the passage box leaves the lines above and below`, async () => {
      const bytes = layoutPage(paragraph(TIGHT, 72, 700, pitch));
      const rects = await boxesFor(bytes, TIGHT[2]);
      await redactAndCheck(bytes, rects, ['controlevraag', 'twijfel'], [TIGHT[0], TIGHT[1], TIGHT[3], TIGHT[4]]);
    });

    it(`tight line spacing (${pitch} pt): a box drawn by hand 2 pt too large on every side`, async () => {
      const bytes = layoutPage(paragraph(TIGHT, 72, 700, pitch));
      const rects = (await boxesFor(bytes, TIGHT[2])).map((r) => grow(r, 2, 2));
      await redactAndCheck(bytes, rects, ['controlevraag', 'twijfel'], [TIGHT[0], TIGHT[1], TIGHT[3], TIGHT[4]]);
    });
  }

  it('a raised superscript on the line below, reaching up towards the box, stays', async () => {
    const lines: LayoutLine[] = [
      { text: 'Vraag de aanvrager altijd naar het reisdocument.', x: 72, y: 700 },
      { text: 'De oppervlakte is 40 m en valt onder artikel 3.', x: 72, y: 686, sup: ['40 m', '2', 5, 7] },
    ];
    const bytes = layoutPage(lines);
    const rects = (await boxesFor(bytes, lines[0].text)).map((r) => grow(r, 2, 4));
    await redactAndCheck(bytes, rects, ['reisdocument', 'aanvrager'], ['De oppervlakte is 40 m2 en valt onder artikel 3.']);
  });

  it('a footnote mark right after the boxed name stays, and so does the word after it', async () => {
    const lines: LayoutLine[] = [{ text: 'Behandeld door Jan Bakker van de afdeling Toezicht.', x: 72, y: 700, sup: ['Bakker', '12', 4, 7] }];
    const bytes = layoutPage(lines);
    const rects = await boxesFor(bytes, 'Jan Bakker');
    await redactAndCheck(bytes, rects, ['Jan Bakker'], ['Behandeld door', '12 van de afdeling Toezicht.']);
  });

  it('two columns with a narrow gutter: a passage of the left column leaves the right column', async () => {
    const left = [
      'In deze werkinstructie staat het beleid',
      'Controleer bij elke aanvraag eerst of de',
      'aanvrager eerder een verblijfsvergunning',
      'had en vraag naar de reisroute van het',
      'gezin; noteer tegenstrijdigheden apart.',
      'Het beleid is openbaar en gepubliceerd.',
    ];
    const right = [
      'De Vreemdelingenwet is de grondslag',
      'van dit besluit, zoals de minister in',
      'de brief aan de Kamer heeft toegelicht',
      'en zoals in de Staatscourant vermeld.',
      'Bezwaar kan binnen zes weken worden',
      'ingediend bij de staatssecretaris.',
    ];
    const widest = Math.max(...left.map((t) => widthOf(t, 10)));
    const gutterX = 72 + widest + 4; // a four-point gutter
    const lines: LayoutLine[] = [
      ...left.map((text, i) => ({ text, x: 72, y: 700 - i * 12, size: 10 })),
      ...right.map((text, i) => ({ text, x: gutterX, y: 700 - i * 12, size: 10 })),
    ];
    const bytes = layoutPage(lines);
    const passage = left.slice(1, 5).join('\n');
    const { pages } = await extractText(bytes);
    const start = pages[0].text.indexOf(passage);
    expect(start, pages[0].text).toBeGreaterThanOrEqual(0);
    const rects = rectsForRange(pages[0], start, start + passage.length);
    expect(rects).toHaveLength(4);
    await redactAndCheck(bytes, rects, ['Controleer bij elke aanvraag', 'reisroute', 'tegenstrijdigheden'], [left[0], left[5], ...right]);
    // A hand-drawn box over the same lines, 3 pt too wide on each side, reaches into the gutter.
    const hand = grow([Math.min(...rects.map((r) => r[0])), rects[0][1], Math.max(...rects.map((r) => r[2])), rects[3][3]], 3, 1);
    await redactAndCheck(bytes, [hand], ['Controleer bij elke aanvraag', 'reisroute'], [left[0], left[5], ...right]);
  });

  for (const [dx, dy] of [[2, 2], [3, 6]]) {
    it(`a box drawn by hand ${dx} pt too wide and ${dy} pt too tall takes only the name`, async () => {
      const lines: LayoutLine[] = [
        { text: 'Onderwerp: aanvraag verblijfsvergunning', x: 72, y: 714 },
        { text: 'Contact: Jan Bakker via balie', x: 72, y: 700 },
        { text: 'Datum: 3 maart 2021', x: 72, y: 686 },
      ];
      const bytes = layoutPage(lines);
      const rects = (await boxesFor(bytes, 'Jan Bakker')).map((r) => grow(r, dx, dy));
      await redactAndCheck(bytes, rects, ['Jan Bakker'], ['Onderwerp: aanvraag verblijfsvergunning', 'Contact:', 'via balie', 'Datum: 3 maart 2021']);
    });
  }

  it('keeps a rule line and a table border that cross the box, and removes the underline under the name', async () => {
    const nameX = 72 + widthOf('Contact: ', 12);
    const nameW = widthOf('Jan Bakker', 12);
    const content = [
      show('Contact: Jan Bakker via balie', 72, 700),
      `${nameX} 698 ${nameW} 0.6 re f`, // underline of the name
      '0.5 w 50 696 m 560 696 l S', // a rule across the page just below the line
      `0.5 w ${nameX + 20} 650 m ${nameX + 20} 740 l S`, // a table border through the name
    ].join('\n');
    const bytes = onePage(content);
    const rects = (await boxesFor(bytes, 'Jan Bakker')).map((r) => grow(r, 1, 2));
    const out = await redact(bytes, { redactions: [{ page: 1, rects, grounds: ['10.2.e'] }] });
    const marks = interpretPage(await openPdf(out.bytes), 0).marks.filter((m) => m.kind === 'path');
    const near = (r: Rect, x0: number, y0: number, x1: number, y1: number) => Math.abs(r[0] - x0) < 1 && Math.abs(r[1] - y0) < 1 && Math.abs(r[2] - x1) < 1 && Math.abs(r[3] - y1) < 1;
    expect(marks.some((m) => near(m.rect, 50, PAGE_H - 696, 560, PAGE_H - 696))).toBe(true);
    expect(marks.some((m) => near(m.rect, nameX + 20, PAGE_H - 740, nameX + 20, PAGE_H - 650))).toBe(true);
    expect(marks.some((m) => near(m.rect, nameX, PAGE_H - 698.6, nameX + nameW, PAGE_H - 698))).toBe(false);
  });
});
