/**
 * shared/pagePack.ts (issue #17): compact pages cross threads as numbers and transferred arrays,
 * and come back as the same pages: same words, lines, text and boxes, so that suggestions made
 * from them are the same with any number of workers.
 */
import { readdirSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { packPages, transferablesOf, unpackPages, type PackedPages } from '../../shared/pagePack';
import { openPdf, textOfPages } from '../../shared/pdf';
import type { PageText } from '../../shared/pdf/textTypes';
import { suggestDocument } from '../../shared/detect/suggest';
import { analyseFixture, fixturePassword, producerPdf } from '../helpers/engines';
import { readFileSync } from 'node:fs';

const FIXTURES = readdirSync(producerPdf('.')).filter((f) => f.endsWith('.pdf'));

/** Sends packed pages through a real message port, moving the arrays, and unpacks what arrives. */
function sendAndUnpack(pages: readonly PageText[]): { pages: PageText[]; moved: number } {
  const packed = packPages(pages);
  const transfer = transferablesOf(packed);
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(packed, transfer);
  const got = receiveMessageOnPort(port2)!.message as PackedPages;
  port1.close();
  return { pages: unpackPages(got), moved: transfer.length };
}

describe('compact pages across threads', () => {
  it.each(FIXTURES)('%s: the pages that arrive are the pages that were read, and suggest the same', async (name) => {
    const { doc } = await analyseFixture(name);
    // What a worker reads: fresh compact pages, each sent once (their own arrays move with them).
    const fresh = (await analyseFixture(name)).doc.pages;
    const { pages, moved } = sendAndUnpack(fresh);
    expect(pages).toEqual(doc.pages);
    expect(JSON.stringify(pages)).toBe(JSON.stringify(doc.pages));
    // A line's words are the page's own word objects, as the text model makes them.
    for (const p of pages) for (const l of p.lines) for (const w of l.words) expect(p.words).toContain(w);
    expect(moved).toBeGreaterThan(0);
    expect(suggestDocument(pages, { law: 'woo' })).toEqual(suggestDocument(doc.pages, { law: 'woo' }));
  });

  it('a page with glyph objects (not compact) travels as it is', async () => {
    const name = 'soffice-letter.pdf';
    const pdf = await openPdf(new Uint8Array(readFileSync(producerPdf(name))), { password: fixturePassword(name) });
    const full = textOfPages(pdf, [1]);
    expect(full[0]!.glyphs.length).toBeGreaterThan(0);
    const packed = packPages(full);
    expect(packed.numbers.length).toBe(0);
    expect(packed.pages[0]!.words).toBe(full[0]!.words);
    expect(unpackPages(packed)).toEqual(full);
  });

  it('copies an array that is a view of a larger buffer before moving it, and leaves that buffer readable', async () => {
    const { doc } = await analyseFixture('enscript-email-thread.pdf');
    const page = doc.pages[0]!;
    const big = new Float64Array(page.boxes!.length + 8);
    big.set(page.boxes!, 4);
    // The page's own arrays move with it; this one is a view of something larger and must not.
    const sent = { ...page, charToGlyph: page.charToGlyph.slice(), charToLine: page.charToLine.slice(), boxes: big.subarray(4, 4 + page.boxes!.length) };
    const { pages } = sendAndUnpack([sent]);
    expect(big.length).toBe(page.boxes!.length + 8); // not detached
    expect(sent.boxes.length).toBe(page.boxes!.length);
    expect(pages[0]!.boxes).toEqual(page.boxes);
    expect(pages[0]!.words).toEqual(page.words);
  });
});
