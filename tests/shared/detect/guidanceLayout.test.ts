// A guidance passage's boxes cover its own characters and nothing of the policy text beside,
// above or below it: on a two-column page whose lines the text model reads across both columns,
// and on pages set so tightly that the glyph boxes of adjacent lines overlap. The pages are built
// here with the repository's PDF helpers; the redaction is then applied to the real content
// stream and the page is read again.
import { describe, expect, it } from 'vitest';
import { interpretPage, openPdf, pageText, textOfPages, type PdfFile } from '../../../shared/pdf';
import type { PageText } from '../../../shared/pdf/textTypes';
import type { Rect } from '../../../shared/pdf/types';
import { suggestDocument } from '../../../shared/detect';
import { redactPageContent } from '../../../shared/redact/content';
import { buildPdf } from '../../helpers/buildPdf';

const esc = (s: string) => s.replace(/[()\\]/g, (c) => `\\${c}`);

/** A content stream of lines at (x, y), each drawn with its own Td. */
function lines(font: string, size: number, rows: { x: number; y: number; text: string }[]): string {
  return rows.map((r) => `BT /${font} ${size} Tf 1 0 0 1 ${r.x} ${r.y} Tm (${esc(r.text)}) Tj ET`).join('\n');
}

async function open(content: string): Promise<{ file: PdfFile; page: PageText }> {
  const file = await openPdf(await buildPdf([{ content }]));
  return { file, page: textOfPages(file)[0]! };
}

const area = (a: Rect, b: Rect) => Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));

/** The glyph boxes of the characters of `needle` on the page. */
function glyphBoxes(page: PageText, needle: string): Rect[] {
  const at = page.text.replace(/\s+/g, ' ').indexOf(needle);
  expect(at, `"${needle}" on the page`).toBeGreaterThanOrEqual(0);
  // Map the offset in the collapsed text back to the page text.
  const idx: number[] = [];
  let collapsed = 0;
  for (let i = 0; i < page.text.length; i++) {
    const ws = /\s/.test(page.text[i]!);
    if (ws && i > 0 && /\s/.test(page.text[i - 1]!)) continue;
    idx[collapsed++] = i;
  }
  const out: Rect[] = [];
  for (let k = at; k < at + needle.length; k++) {
    const g = page.charToGlyph[idx[k]!] ?? -1;
    if (g >= 0) out.push(page.glyphs[g]!.rect);
  }
  return out;
}

function guidance(page: PageText) {
  return suggestDocument([page], { law: 'wob' }).suggestions.filter((s) => s.category === 'guidance');
}

const GUIDANCE = 'Controleer bij elke aanvraag of de aanvrager eerder een uitkering heeft gehad en vraag dan door naar de laatste werkgever.';

describe('a guidance passage between policy lines set tightly', () => {
  // Helvetica 10 pt: a glyph box is about 9.3 pt high, so at a leading of 8 pt the boxes of
  // adjacent lines overlap by more than a point.
  const rows = (lead: number) => [
    { x: 72, y: 700, text: 'De aanvraag wordt op grond van artikel 4 binnen acht weken afgehandeld.' },
    { x: 72, y: 700 - lead, text: 'Controleer bij elke aanvraag of de aanvrager eerder een uitkering heeft' },
    { x: 72, y: 700 - 2 * lead, text: 'gehad en vraag dan door naar de laatste werkgever. De klant kan bezwaar' },
    { x: 72, y: 700 - 3 * lead, text: 'maken binnen zes weken na de dag waarop het besluit is bekendgemaakt.' },
  ];

  it.each([8, 7])('at a leading of %i pt the boxes stay off the lines above and below and off the policy sentence on its last line', async (lead) => {
    const { page } = await open(lines('F1', 10, rows(lead)));
    const [g, ...more] = guidance(page);
    expect(more).toEqual([]);
    expect(g?.text).toBe(GUIDANCE);
    const policy = [
      ...glyphBoxes(page, 'De aanvraag wordt op grond van artikel 4 binnen acht weken afgehandeld.'),
      ...glyphBoxes(page, 'De klant kan bezwaar'),
      ...glyphBoxes(page, 'maken binnen zes weken na de dag waarop het besluit is bekendgemaakt.'),
    ];
    for (const r of g!.rects) for (const p of policy) expect(area(r, p)).toBe(0);
  });

  it('at a leading of 6.5 pt redacting the suggestion removes the passage and leaves every policy word readable', async () => {
    const { file, page } = await open(lines('F1', 10, rows(6.5)));
    const [g] = guidance(page);
    expect(g?.text).toBe(GUIDANCE);
    redactPageContent(file, 0, g!.rects);
    const after = pageText(interpretPage(file, 0), 1).text.replace(/\s+/g, ' ');
    expect(after).toContain('De aanvraag wordt op grond van artikel 4 binnen acht weken afgehandeld.');
    expect(after).toContain('De klant kan bezwaar maken binnen zes weken na de dag waarop het besluit is bekendgemaakt.');
    for (const w of ['Controleer', 'uitkering', 'werkgever']) expect(after).not.toContain(w);
  });
});

describe('a guidance passage in the left one of two columns', () => {
  // Baselines align, so the text model reads each row across both columns.
  const left = [
    'Vraag tijdens het huisbezoek door op wie er',
    'op het adres woont en noteer letterlijk wat',
    'de bewoner zegt over een tweede volwassene.',
    'Het college stelt het beleid jaarlijks vast.',
  ];
  const right = [
    'Op grond van de Participatiewet heeft de',
    'bewoner recht op een zorgvuldige behandeling',
    'van zijn aanvraag. Tegen het besluit staat',
    'bezwaar open bij het college van B en W.',
  ];
  const content = lines('F1', 9, [
    ...left.map((text, i) => ({ x: 50, y: 700 - i * 11, text })),
    ...right.map((text, i) => ({ x: 320, y: 700 - i * 11, text })),
  ]);

  it('covers the passage in the left column only, never a word of the right column or the policy line under it', async () => {
    const { page } = await open(content);
    const g = guidance(page);
    expect(g.map((s) => s.text)).toEqual(['Vraag tijdens het huisbezoek door op wie er op het adres woont en noteer letterlijk wat de bewoner zegt over een tweede volwassene.']);
    const kept = [...right.flatMap((l) => glyphBoxes(page, l)), ...glyphBoxes(page, left[3]!)];
    for (const r of g[0]!.rects) {
      expect(r[2]).toBeLessThan(320);
      for (const p of kept) expect(area(r, p)).toBe(0);
    }
  });

  it('after redaction the right column and the policy line read exactly as before', async () => {
    const { file, page } = await open(content);
    redactPageContent(file, 0, guidance(page).flatMap((s) => s.rects));
    const after = pageText(interpretPage(file, 0), 1).text.replace(/\s+/g, ' ');
    for (const l of [...right, left[3]!]) expect(after).toContain(l);
    expect(after).not.toContain('huisbezoek');
  });
});
