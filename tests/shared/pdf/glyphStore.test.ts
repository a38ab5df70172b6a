/**
 * Glyphs are kept in typed arrays per page (shared/pdf/glyphStore.ts, issue #17); the Glyph
 * objects callers read must be the same as before, and a caller that changes them must see its
 * change in the text model.
 */
import { describe, expect, it } from 'vitest';
import { interpretPage, openPdf, pageText, recycleGlyphs } from '../../../shared/pdf';
import { renderTextPage } from '../../../shared/textOutput';
import { GlyphStore, glyphScratch } from '../../../shared/pdf/glyphStore';
import type { PageContent } from '../../../shared/pdf';
import { buildPdf, formXObject } from '../../helpers/buildPdf';

async function page(content: string, resources?: Parameters<typeof buildPdf>[0][0]['resources']) {
  const file = await openPdf(await buildPdf([{ content, resources }]));
  return { file, content: interpretPage(file, 0) };
}

describe('glyph arrays', () => {
  it('give back every field of every glyph, a form XObject\'s and an /ActualText span\'s included', async () => {
    const { content } = await page(
      'BT /F1 10 Tf 2 Tc 100 700 Td (Jan) Tj ET /Span << /ActualText <FEFF0042> >> BDC BT /F2 12 Tf 3 Tr 100 680 Td (b) Tj ET EMC q 1 0 0 1 20 -40 cm /Fm1 Do Q',
      (ctx, res) => res.set(ctx.obj('XObject') as never, ctx.obj({ Fm1: formXObject(ctx, 'BT /F1 8 Tf 0 1 -1 0 300 600 Tm (Bakker) Tj ET') })),
    );
    const glyphs = content.glyphs;
    expect(glyphs.map((g) => g.text).join('')).toBe('JanBBakker');
    expect(glyphs[3]).toMatchObject({ text: 'B', renderMode: 3, stream: 0, textObject: 2, space: false });
    expect(glyphs[4]).toMatchObject({ text: 'B', stream: 1, rot: 3, index: 0, textObject: 3 });
    expect(glyphs[0].extra).toBeCloseTo(2, 6);
    // The arrays hold exactly what the objects hold.
    expect(GlyphStore.from(glyphs).toArray()).toEqual(glyphs);
  });

  it('read by the text model give the same page as the objects do', async () => {
    const { file } = await page('BT /F1 10 Tf 100 700 Td (Contact: Jan Bakker) Tj 0 -14 Td (06-12345678) Tj ET BT /F1 10 Tf 100.3 700 Td (Contact:) Tj ET');
    const fromArrays = pageText(interpretPage(file, 0), 1);
    const c = interpretPage(file, 0);
    const fromObjects = pageText({ ...c, glyphs: c.glyphs } as PageContent, 1);
    expect(fromArrays.text).toBe('Contact: Jan Bakker\n06-12345678');
    expect(fromArrays.text).toBe(fromObjects.text);
    expect(fromArrays.words).toEqual(fromObjects.words);
    expect([...fromArrays.copyOf!]).toEqual([...fromObjects.copyOf!]);
    expect(fromArrays.glyphs).toEqual(fromObjects.glyphs);
  });

  it('give way to glyph objects a caller has changed', async () => {
    const { content } = await page('BT /F1 10 Tf 100 700 Td (Jan) Tj ET');
    content.glyphs[0].text = 'P';
    expect(pageText(content, 1).text).toBe('Pan');
  });

  it('of one page stay as they were while the next pages are read (the reader reuses its room)', async () => {
    const file = await openPdf(await buildPdf([
      { content: 'BT /F1 10 Tf 100 700 Td (Jan Bakker) Tj ET' },
      { content: 'BT /F1 12 Tf 50 600 Td (Piet de Vries, Utrecht) Tj ET' },
      { content: 'BT /F1 9 Tf 70 500 Td (x) Tj ET' },
    ]));
    const first = interpretPage(file, 0);
    const firstText = pageText(first, 1);
    const before = GlyphStore.from(first.glyphs).toArray();
    const second = pageText(interpretPage(file, 1), 2);
    interpretPage(file, 2);
    expect(first.glyphs).toEqual(before);
    expect(firstText.text).toBe('Jan Bakker');
    expect(firstText.glyphs.map((g) => g.text).join('')).toBe('Jan Bakker');
    expect(second.text).toBe('Piet de Vries, Utrecht');
    expect(second.glyphs[0].size).toBeCloseTo(12, 6);
  });

  it('of a page whose content fails are not left in the next page', async () => {
    const file = await openPdf(await buildPdf([
      { content: 'BT /F1 10 Tf 100 700 Td (Jan) Tj ET' },
      { content: 'BT /F1 10 Tf 100 700 Td (Els) Tj ET' },
    ]));
    const { store, release } = glyphScratch();
    store.push('Q', 81, 0, 0, 1, 1, 0, 0, 10, false, 0, 0, 0, 0, 0, 1, 1);
    // While the room is taken, a page is read into room of its own.
    expect(pageText(interpretPage(file, 0), 1).text).toBe('Jan');
    const kept = release();
    expect(kept.length).toBe(1);
    expect(kept.code.length).toBe(1);
    expect(pageText(interpretPage(file, 1), 2).text).toBe('Els');
    expect(() => release()).toThrow(/twice/);
  });

  it('lent to a page that is rendered and recycled at once give the same output as copies, page after page', async () => {
    const pages = [
      'BT /F1 10 Tf 100 700 Td (Jan Bakker) Tj 0 -14 Td (06-12345678) Tj ET',
      'BT /F1 12 Tf 50 600 Td (Piet de Vries, Utrecht) Tj ET BT /F1 12 Tf 50.2 600 Td (Piet) Tj ET',
      'BT /F1 9 Tf 70 500 Td (x) Tj ET',
    ];
    const file = await openPdf(await buildPdf(pages.map((content) => ({ content }))));
    const copied = pages.map((_, i) => pageText(interpretPage(file, i, { marks: false }), i + 1));
    for (const json of [false, true]) {
      for (let i = 0; i < pages.length; i++) {
        const lent = pageText(interpretPage(file, i, { marks: false, lend: true }), i + 1);
        expect(lent.words).toEqual(copied[i].words);
        expect(renderTextPage(lent, i + 1, json)).toBe(renderTextPage(copied[i], i + 1, json));
        expect([...lent.copyOf!]).toEqual([...copied[i].copyOf!]);
        recycleGlyphs(lent);
        // Recycled: the page's own text stays, its glyphs are gone rather than another page's.
        expect(lent.text).toBe(copied[i].text);
        expect(lent.glyphs).toEqual([]);
        expect(pageText(interpretPage(file, (i + 1) % pages.length, { marks: false }), 1).text).toBe(copied[(i + 1) % pages.length].text);
      }
    }
  });

  it('lent to a short page after a long one hold only the short page\'s glyphs (the room keeps its arrays)', async () => {
    const file = await openPdf(await buildPdf([
      { content: 'BT /F1 10 Tf 100 700 Td (Piet de Vries, Utrecht) Tj 0 -14 Td (06-12345678) Tj ET' },
      { content: 'BT /F1 9 Tf 70 500 Td (Jan) Tj ET' },
    ]));
    const long = pageText(interpretPage(file, 0, { marks: false, lend: true }), 1);
    expect(long.glyphs).toHaveLength(33);
    recycleGlyphs(long);
    const short = pageText(interpretPage(file, 1, { marks: false, lend: true }), 2);
    expect(short.text).toBe('Jan');
    expect(short.glyphs.map((g) => g.text)).toEqual(['J', 'a', 'n']);
    expect(short.glyphs).toEqual(pageText(interpretPage(file, 1), 2).glyphs);
    recycleGlyphs(short);
  });

  it('lent to a page that is never recycled stay its own while later pages are read', async () => {
    const file = await openPdf(await buildPdf([
      { content: 'BT /F1 10 Tf 100 700 Td (Jan Bakker) Tj ET' },
      { content: 'BT /F1 12 Tf 50 600 Td (Piet de Vries) Tj ET' },
    ]));
    const kept = pageText(interpretPage(file, 0, { marks: false, lend: true }), 1);
    const glyphsBefore = pageText(interpretPage(file, 0), 1).glyphs;
    expect(glyphsBefore.map((g) => g.text).join('')).toBe('Jan Bakker');
    const second = pageText(interpretPage(file, 1, { marks: false, lend: true }), 2);
    expect(second.text).toBe('Piet de Vries');
    recycleGlyphs(second); // not the lent store: nothing changes
    expect(second.glyphs.map((g) => g.text).join('')).toBe('Piet de Vries');
    pageText(interpretPage(file, 1), 2);
    expect(kept.glyphs).toEqual(glyphsBefore);
    expect(kept.text).toBe('Jan Bakker');
    recycleGlyphs(kept);
    expect(kept.glyphs).toEqual(glyphsBefore); // read before it was recycled, so kept as objects
  });

  it('lent to a page whose content fails are given back, and the next page is read into them', async () => {
    const file = await openPdf(await buildPdf([
      { content: 'BT /F1 10 Tf 100 700 Td (Jan) Tj ET' },
      { content: 'BT /F1 10 Tf 100 700 Td (Els) Tj ET' },
    ]));
    const { store, release } = glyphScratch(true);
    store.push('Q', 81, 0, 0, 1, 1, 0, 0, 10, false, 0, 0, 0, 0, 0, 1, 1);
    const copy = release(true);
    expect(copy).not.toBe(store);
    expect(copy.length).toBe(1);
    const lent = pageText(interpretPage(file, 1, { marks: false, lend: true }), 2);
    expect(lent.text).toBe('Els');
    expect(lent.glyphs.map((g) => g.text).join('')).toBe('Els');
  });
});
