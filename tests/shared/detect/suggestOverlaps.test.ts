/**
 * Whether two candidates share a character (shared/detect/suggest.ts `overlaps`): passages in
 * many pieces are compared by a sweep (issue #17, speed), which must say what comparing every
 * piece with every piece says.
 */
import { describe, expect, it } from 'vitest';
import { overlaps } from '../../../shared/detect/suggest';
import type { Candidate } from '../../../shared/detect/types';

const cand = (ranges: [number, number][]): Candidate => ({
  category: 'guidance', start: Math.min(...ranges.map((r) => r[0])), end: Math.max(...ranges.map((r) => r[1])), ranges, confidence: 0.8, reason: 'test',
});
const naive = (a: Candidate, b: Candidate) => (a.ranges ?? [[a.start, a.end]]).some(([s1, e1]) => (b.ranges ?? [[b.start, b.end]]).some(([s2, e2]) => s1 < e2 && s2 < e1));

/** A small seeded random source, so a failure can be repeated. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('overlaps', () => {
  it('says what comparing every piece with every piece says, for passages of many pieces in any order', () => {
    const r = rng(17);
    const pieces = (n: number): [number, number][] => Array.from({ length: n }, () => {
      const s = Math.floor(r() * 400);
      // Mostly lines of a passage; now and then an empty piece, which only the piece-by-piece test can judge.
      return [s, s + (r() < 0.05 ? 0 : 1 + Math.floor(r() * 30))];
    });
    let met = 0;
    for (let k = 0; k < 3000; k++) {
      const a = cand(pieces(1 + Math.floor(r() * 12)));
      const b = cand(pieces(1 + Math.floor(r() * 12)));
      expect(overlaps(a, b), JSON.stringify([a.ranges, b.ranges])).toBe(naive(a, b));
      if (naive(a, b)) met++;
    }
    // Both answers occur often enough to mean something.
    expect(met).toBeGreaterThan(300);
    expect(met).toBeLessThan(2700);
  });

  it('tells two interleaved column passages apart although their spans cross', () => {
    const left = cand([[0, 40], [100, 140], [200, 240]]);
    const right = cand([[41, 90], [141, 190], [241, 290], [300, 310], [320, 330]]);
    expect(overlaps(left, right)).toBe(false);
    expect(overlaps(left, cand([[139, 141], [400, 410], [420, 430], [440, 450], [460, 470]]))).toBe(true);
    expect(overlaps({ ...left, ranges: undefined, start: 10, end: 20 }, { ...right, ranges: undefined, start: 19, end: 30 })).toBe(true);
  });
});
