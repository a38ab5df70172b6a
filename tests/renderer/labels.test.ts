import { describe, expect, it } from 'vitest';
import { labelSize } from '../../renderer/src/components/labels';

describe('the ground code on a box', () => {
  it('fits inside the box: never wider or taller than it', () => {
    for (const [code, w, h] of [['5.1.2e', 40, 14], ['5.1.2d, 5.1.2i', 60, 12], ['10.2.e', 200, 30], ['5.1.1e', 24, 9]] as const) {
      const size = labelSize(code, w, h);
      if (size === null) continue;
      expect(size * code.length * 0.62).toBeLessThanOrEqual(w + 1e-9);
      expect(size).toBeLessThanOrEqual(h);
      expect(size).toBeLessThanOrEqual(12);
    }
    expect(labelSize('10.2.e', 200, 30)).toBe(12);
  });

  it('leaves the code off a box too small to read it in, rather than overflowing', () => {
    expect(labelSize('5.1.2d, 5.1.2i', 30, 12)).toBeNull();
    expect(labelSize('5.1.2e', 80, 6)).toBeNull();
  });
});
