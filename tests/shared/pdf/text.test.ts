/**
 * The text model reads a page in reading order whatever order its producer drew the words in
 * (shared/pdf/text.ts). It sorts a page's words and lines itself, in place and stably (issue
 * #17), so a page with many words drawn bottom to top, or shuffled, must read exactly as the
 * same page drawn top to bottom: the same text, the same words with the same boxes.
 */
import { describe, expect, it } from 'vitest';
import { interpretPage, openPdf, pageText } from '../../../shared/pdf';
import { buildPdf } from '../../helpers/buildPdf';

/**
 * A memo of 40 lines of three words in Courier (F2, 6 pt per character at 10 pt), each word a
 * text object of its own, placed one space after the word before it; words of different
 * lengths, so that no gap lines up from row to row into a column gutter.
 */
const STEMS = ['Zaak', 'Marloes', 'bij', 'Ouderkerk', 'de', 'afdeling', 'Vlaardingen', 'notitie', 'op'];
const WORDS: { text: string; x: number; y: number }[] = [];
for (let line = 0; line < 40; line++) {
  const y = 800 - line * 14;
  let x = 60;
  for (let w = 0; w < 3; w++) {
    const text = `${STEMS[(line * 3 + w * 5) % STEMS.length]}${line}`;
    WORDS.push({ text, x, y });
    x += (text.length + 1) * 6;
  }
}
const lineText = (line: number) => WORDS.slice(3 * line, 3 * line + 3).map((w) => w.text).join(' ');

async function read(order: number[]) {
  const content = order.map((k) => `BT /F2 10 Tf ${WORDS[k].x} ${WORDS[k].y} Td (${WORDS[k].text}) Tj ET`).join('\n');
  const file = await openPdf(await buildPdf([{ content }]));
  const page = pageText(interpretPage(file, 0), 1);
  return { text: page.text, words: page.words.map((w) => [w.text, w.rect, w.start]), lines: page.lines.map((l) => [l.start, l.end, l.rect]) };
}

describe('reading order does not depend on drawing order', () => {
  const inOrder = WORDS.map((_, k) => k);

  it('reads the memo line by line, top to bottom', async () => {
    const { text } = await read(inOrder);
    expect(text).toBe(Array.from({ length: 40 }, (_, line) => lineText(line)).join('\n'));
  });

  it('reads the same when the words are drawn bottom to top, right to left', async () => {
    expect(await read([...inOrder].reverse())).toEqual(await read(inOrder));
  });

  it('reads the same when the words are drawn in a shuffled order', async () => {
    // A fixed permutation (multiplying by 37 modulo 120: 37 and 120 are coprime).
    const shuffled = inOrder.map((k) => (k * 37) % WORDS.length);
    expect(new Set(shuffled).size).toBe(WORDS.length);
    expect(await read(shuffled)).toEqual(await read(inOrder));
  });
});
