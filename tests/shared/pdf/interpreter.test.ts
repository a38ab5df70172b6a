import { describe, expect, it } from 'vitest';
import { PDFName } from '@cantoo/pdf-lib';
import { openPdf, interpretPage, pageText } from '../../../shared/pdf';
import { buildPdf, formXObject, helveticaWidth } from '../../helpers/buildPdf';

async function glyphsOf(content: string, opts: Parameters<typeof buildPdf>[0][0] extends infer P ? Partial<P> : never = {}) {
  const bytes = await buildPdf([{ content, ...opts }]);
  const file = await openPdf(bytes);
  const c = interpretPage(file, 0);
  return { c, text: pageText(c, 1), file };
}

const close = (a: number, b: number, tol = 0.01) => Math.abs(a - b) <= tol;

describe('text positioning operators', () => {
  it('places a Tj string at the Td position, y measured from the top', async () => {
    const { c } = await glyphsOf('BT /F1 10 Tf 100 700 Td (Hello) Tj ET');
    expect(c.glyphs.map((g) => g.text).join('')).toBe('Hello');
    const first = c.glyphs[0];
    expect(first.rect[0]).toBeCloseTo(100, 3);
    expect(first.base).toBeCloseTo(842 - 700, 3);
    const last = c.glyphs[4];
    expect(last.rect[2]).toBeCloseTo(100 + helveticaWidth('Hello', 10), 3);
  });

  it('moves to the next line with T*, TD and the quote operators using the leading', async () => {
    const { c } = await glyphsOf("BT /F1 10 Tf 14 TL 100 700 Td (H) Tj T* (e) Tj 0 -20 TD (l) Tj T* (o) Tj (W) ' 1 2 (r) \" ET");
    const base = c.glyphs.map((g) => Math.round(842 - g.base));
    // TD sets TL to 20, so T*, ' and " step 20 after it.
    expect(base).toEqual([700, 686, 666, 646, 626, 606]);
    expect(c.glyphs.every((g) => close(g.rect[0], 100, 1e-6) || g.text === 'r' || g.text === 'l' || g.text === 'o' || g.text === 'W')).toBe(true);
  });

  it('applies Tm, and Tc, Tw and Tz to the advance', async () => {
    const { c } = await glyphsOf('BT /F1 10 Tf 2 Tc 5 Tw 50 Tz 1 0 0 1 50 500 Tm (H e) Tj ET');
    const [h, sp, e] = c.glyphs;
    expect(h.rect[0]).toBeCloseTo(50, 3);
    // advance of H: (7.22 + 2) * 0.5
    expect(sp.rect[0]).toBeCloseTo(50 + (7.22 + 2) * 0.5, 3);
    // the space (code 32) also gets Tw: (2.78 + 2 + 5) * 0.5
    expect(e.rect[0]).toBeCloseTo(50 + (7.22 + 2) * 0.5 + (2.78 + 2 + 5) * 0.5, 3);
  });

  it('boxes text under a rotated and a skewed matrix by the corners of its advance', async () => {
    // Text run upwards (90°): the box spans the advance along y, ascent to descent along x.
    const up = (await glyphsOf('BT /F1 10 Tf 0 1 -1 0 200 300 Tm (Hi) Tj ET')).c.glyphs;
    expect(up.map((g) => g.rot)).toEqual([3, 3]);
    expect(up[0].rect[3]).toBeCloseTo(842 - 300, 3);
    expect(up[0].rect[3] - up[0].rect[1]).toBeCloseTo(7.22, 3);
    expect(up[1].rect[3]).toBeCloseTo(up[0].rect[1], 6);
    expect(up[0].base).toBeCloseTo(200, 6);
    // Slanted by a skew (an italic made by the matrix): the box holds all four corners.
    const slant = (await glyphsOf('BT /F1 10 Tf 1 0 0.5 1 100 700 Tm (H) Tj ET')).c.glyphs[0];
    const below = slant.rect[3] - (842 - 700); // the descent below the baseline, in display space
    expect(slant.rect[0]).toBeCloseTo(100 - 0.5 * below, 3);
    expect(slant.rect[2]).toBeGreaterThan(100 + 7.22);
    expect(slant.base).toBeCloseTo(842 - 700, 6);
  });

  it('honours TJ kerning in thousandths of an em', async () => {
    const { c } = await glyphsOf('BT /F1 10 Tf 100 700 Td [(H) -1000 (e) 500 (l)] TJ ET');
    const [h, e, l] = c.glyphs;
    expect(e.rect[0]).toBeCloseTo(h.rect[0] + 7.22 + 10, 3);
    expect(l.rect[0]).toBeCloseTo(e.rect[0] + 5.56 - 5, 3);
  });

  it('raises text with Ts without moving it to another line', async () => {
    const { c, text } = await glyphsOf('BT /F1 10 Tf 100 700 Td (H) Tj 3 Ts (e) Tj ET');
    expect(c.glyphs[1].rect[1]).toBeLessThan(c.glyphs[0].rect[1]);
    expect(c.glyphs[1].base).toBeCloseTo(c.glyphs[0].base, 6);
    expect(text.lines).toHaveLength(1);
  });

  it('keeps invisible text (render mode 3, OCR layers) with its render mode', async () => {
    const { c } = await glyphsOf('BT 3 Tr /F1 10 Tf 100 700 Td (Hello) Tj ET');
    expect(c.glyphs).toHaveLength(5);
    expect(c.glyphs.every((g) => g.renderMode === 3)).toBe(true);
  });

  it('records the operator and the glyph index of every glyph', async () => {
    const { c } = await glyphsOf('BT /F1 10 Tf 100 700 Td [(He) 20 (l)] TJ (lo) Tj ET');
    expect(c.glyphs.map((g) => [g.op, g.index])).toEqual([[3, 0], [3, 1], [3, 2], [4, 0], [4, 1]]);
    expect(c.streams[0].ops[3].op).toBe('TJ');
  });
});

describe('graphics state', () => {
  it('applies cm and restores it with Q', async () => {
    const { c } = await glyphsOf('q 2 0 0 2 0 0 cm BT /F1 10 Tf 50 300 Td (H) Tj ET Q BT /F1 10 Tf 50 300 Td (e) Tj ET');
    const [h, e] = c.glyphs;
    expect(h.rect[0]).toBeCloseTo(100, 3);
    expect(h.size).toBeCloseTo(20, 3);
    expect(e.rect[0]).toBeCloseTo(50, 3);
    expect(e.size).toBeCloseTo(10, 3);
  });

  it('survives more Q than q', async () => {
    const { c } = await glyphsOf('Q Q BT /F1 10 Tf 50 300 Td (H) Tj ET');
    expect(c.glyphs).toHaveLength(1);
  });
});

describe('form XObjects', () => {
  it('draws a form with its /Matrix, nested forms included, and records the stream', async () => {
    const bytes = await buildPdf([{
      content: 'q 1 0 0 1 100 0 cm /Fm1 Do Q',
      resources: (ctx, res) => {
        const fontRes = res.get(PDFName.of('Font'));
        const inner = formXObject(ctx, 'BT /F1 10 Tf 0 0 Td (e) Tj ET', { resources: ctx.obj({ Font: fontRes as never }) as never });
        const outer = formXObject(ctx, 'BT /F1 10 Tf 0 0 Td (H) Tj ET /Fm2 Do', {
          matrix: [1, 0, 0, 1, 0, 500],
          resources: ctx.obj({ Font: fontRes as never, XObject: { Fm2: inner } }) as never,
        });
        res.set(PDFName.of('XObject'), ctx.obj({ Fm1: outer }));
      },
    }]);
    const file = await openPdf(bytes);
    const c = interpretPage(file, 0);
    expect(c.glyphs.map((g) => g.text).join('')).toBe('He');
    expect(c.glyphs[0].rect[0]).toBeCloseTo(100, 3);
    expect(c.glyphs[0].base).toBeCloseTo(842 - 500, 3);
    expect(c.glyphs[1].base).toBeCloseTo(842 - 500, 3);
    expect(c.streams.map((s) => s.kind)).toEqual(['page', 'form', 'form']);
    expect(c.glyphs[1].stream).toBe(2);
    expect(c.streams[2].parent).toBe(1);
  });

  it('does not loop on a form that draws itself', async () => {
    const bytes = await buildPdf([{
      content: '/Fm1 Do',
      resources: (ctx, res) => {
        const ref = ctx.nextRef();
        const s = ctx.stream('BT /F1 10 Tf 10 10 Td (H) Tj ET /Fm1 Do', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 100, 100] } as never);
        s.dict.set(PDFName.of('Resources'), ctx.obj({ Font: res.get(PDFName.of('Font')) as never, XObject: { Fm1: ref } }));
        ctx.assign(ref, s);
        res.set(PDFName.of('XObject'), ctx.obj({ Fm1: ref }));
      },
    }]);
    const c = interpretPage(await openPdf(bytes), 0);
    expect(c.glyphs).toHaveLength(1);
    expect(c.warnings.join(' ')).toMatch(/cycle/);
  });
});

describe('page geometry', () => {
  const content = 'BT /F1 10 Tf 100 700 Td (He) Tj ET';
  const cases: [number, [number, number], string][] = [
    [0, [100, 142], 'left to right'],
    [90, [700, 100], 'top to bottom'],
    [180, [495, 700], 'right to left'],
    [270, [142, 495], 'bottom to top'],
  ];
  for (const [rotate, [x, y], dir] of cases) {
    it(`maps /Rotate ${rotate} to display coordinates (${dir})`, async () => {
      const { c } = await glyphsOf(content, { rotate });
      const g = c.glyphs[0];
      expect(c.geometry.width).toBe(rotate % 180 === 0 ? 595 : 842);
      expect(g.rot).toBe(rotate / 90);
      // The glyph origin (on the baseline, at the start of the advance).
      const origin = rotate === 0 ? [g.rect[0], g.base] : rotate === 90 ? [g.base, g.rect[1]] : rotate === 180 ? [g.rect[2], g.base] : [g.base, g.rect[3]];
      expect(origin[0]).toBeCloseTo(x, 3);
      expect(origin[1]).toBeCloseTo(y, 3);
    });
  }

  it('measures from the crop box and scales by UserUnit', async () => {
    const { c } = await glyphsOf(content, { cropBox: [50, 100, 550, 800], userUnit: 2 });
    expect(c.geometry.width).toBe(1000);
    expect(c.geometry.height).toBe(1400);
    expect(c.glyphs[0].rect[0]).toBeCloseTo((100 - 50) * 2, 3);
    expect(c.glyphs[0].base).toBeCloseTo((800 - 700) * 2, 3);
  });
});

describe('text model', () => {
  it('splits words at spaces and at gaps made with TJ, and reads lines top to bottom', async () => {
    const { text } = await glyphsOf('BT /F1 10 Tf 100 700 Td [(Hello)-400(World)] TJ 0 -14 Td (Hello World) Tj ET');
    expect(text.text).toBe('Hello World\nHello World');
    expect(text.words.map((w) => w.text)).toEqual(['Hello', 'World', 'Hello', 'World']);
  });

  it('reads a two-column page column by column', async () => {
    const left = [700, 686, 672].map((y, i) => `BT /F1 10 Tf 72 ${y} Td (Hello ${'l'.repeat(i + 1)}) Tj ET`).join(' ');
    const right = [700, 686, 672].map((y, i) => `BT /F1 10 Tf 320 ${y} Td (World ${'r'.repeat(i + 1)}) Tj ET`).join(' ');
    const { text } = await glyphsOf(`${right} ${left}`);
    expect(text.text).toBe('Hello l\nHello ll\nHello lll\n\nWorld r\nWorld rr\nWorld rrr');
  });

  it('does not join two columns into one line when the gutter is narrower than an em', async () => {
    // Left column from x=72, right column from x=140: "Hello lll" ends at about 131 (gap 9 pt at
    // 10 pt). The right column starts one line higher, which must not put it first.
    const left = [686, 672, 658].map((y) => `BT /F1 10 Tf 72 ${y} Td (Hello lll) Tj ET`).join(' ');
    const right = [700, 686, 672, 658].map((y) => `BT /F1 10 Tf 140 ${y} Td (World) Tj ET`).join(' ');
    const { text } = await glyphsOf(`${left} ${right}`);
    expect(text.text).toBe('Hello lll\nHello lll\nHello lll\n\nWorld\nWorld\nWorld\nWorld');
  });

  it('maps every character of the page text back to its glyph', async () => {
    const { text, c } = await glyphsOf('BT /F1 10 Tf 100 700 Td (He) Tj 0 -14 Td (lo) Tj ET');
    expect(text.text).toBe('He\nlo');
    expect([...text.charToGlyph]).toEqual([0, 1, -1, 2, 3]);
    expect(c.glyphs[text.charToGlyph[3]].text).toBe('l');
    expect([...text.charToLine]).toEqual([0, 0, -1, 1, 1]);
  });
});
