/**
 * The suggest output written in pieces (shared/suggestOutput.ts, issue #17): joined, the pieces
 * are exactly what `JSON.stringify` gives, so the command's output is byte for byte the same.
 */
import { describe, expect, it } from 'vitest';
import type { Suggestion, SuggestOutput } from '../../shared/contract';
import { jsonChunks, suggestOutputChunks } from '../../shared/suggestOutput';

const suggestion = (page: number, text: string, extra: Partial<Suggestion> = {}): Suggestion => ({
  id: `${page}`.padStart(16, '0'), page, category: 'name', text, grounds: ['10.2.e'], confidence: 0.9,
  reason: `naam met "quotes", een \\ en een regel\nverder`, rects: [[72.5, 700, 140.25, 712]], detector: 'name.patterns', ...extra,
});

// Made-up names.
const output: SuggestOutput = {
  law: 'wob',
  documents: [
    { file: 'map/brief één.pdf', pageCount: 2, suggestions: [suggestion(1, 'Ilse Vermeulen-Çelik'), suggestion(2, 'Tjeerd 😀 Hoekstra', { mailbox: false })], kept: [] },
    { file: 'leeg.pdf', pageCount: 0, suggestions: [], kept: [suggestion(1, 'burgemeester Wiersma')], ocrPages: [1], unreadPages: [{ page: 2, reason: 'geen tekstlaag' }] },
  ],
};

describe('suggestOutputChunks', () => {
  it('gives JSON.stringify\'s text of the output, in pieces of about the size asked', () => {
    expect([...suggestOutputChunks(output)].join('')).toBe(JSON.stringify(output));
    const small = [...suggestOutputChunks(output, 100)];
    expect(small.length).toBeGreaterThan(3);
    expect(small.join('')).toBe(JSON.stringify(output));
    // Every piece but the last is at least the size asked, and none cuts a suggestion in two.
    for (const piece of small.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(100);
  });

  it('leaves out members that are undefined, as JSON.stringify does, and writes null for them in arrays', () => {
    const odd = { law: undefined, documents: [{ file: 'a.pdf', pageCount: 1, suggestions: [undefined, suggestion(1, 'X', { mailbox: undefined })], kept: [], ocrPages: undefined }] };
    expect([...suggestOutputChunks(odd as unknown as SuggestOutput, 1)].join('')).toBe(JSON.stringify(odd));
  });

  it('gives the same as JSON.stringify at every depth, also for values that are no object', () => {
    for (const v of [null, 3.25, 'tekst', true, [], {}, [1, [2, [3]], { a: [null] }], { a: { b: { c: { d: 1 } } }, e: [] }, { toJSON: () => 'x' }]) {
      for (const depth of [0, 1, 2, 5]) expect([...jsonChunks(v, depth)].join('')).toBe(JSON.stringify(v));
    }
  });
});
