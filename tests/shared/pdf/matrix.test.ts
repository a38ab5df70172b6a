/**
 * Matrices are made by one function (shared/pdf/matrix.ts `matrixOf`, issue #17) so that the
 * interpreter's compiled code meets one kind of array; the numbers must be exactly the ones the
 * arithmetic gives, as before.
 */
import { describe, expect, it } from 'vitest';
import { IDENTITY, invert, matrixOf, multiply, translate } from '../../../shared/pdf/matrix';

describe('matrices', () => {
  it('hold exactly the numbers they are made of, negative zero and fractions included', () => {
    const m = matrixOf(1, 0, -0, 0.1 + 0.2, 72, 720.5);
    expect(m).toEqual([1, 0, -0, 0.30000000000000004, 72, 720.5]);
    expect(Object.is(m[2], -0)).toBe(true);
    expect(IDENTITY).toEqual([1, 0, 0, 1, 0, 0]);
  });

  it('multiply, translate and invert as the row-vector convention says (ISO 32000-1 8.3.4)', () => {
    const scale = matrixOf(2, 0, 0, 3, 0, 0);
    const move = matrixOf(1, 0, 0, 1, 10, 20);
    // Scale first, then move: (1, 1) → (2, 3) → (12, 23).
    const m = multiply(scale, move);
    expect([m[0] * 1 + m[2] * 1 + m[4], m[1] * 1 + m[3] * 1 + m[5]]).toEqual([12, 23]);
    expect(translate(5, 7, scale)).toEqual([2, 0, 0, 3, 10, 21]);
    expect(multiply(m, invert(m)!).map((v) => Math.round(v * 1e9) / 1e9 + 0)).toEqual([1, 0, 0, 1, 0, 0]);
    expect(invert(matrixOf(0, 0, 0, 0, 1, 1))).toBeNull();
  });
});
