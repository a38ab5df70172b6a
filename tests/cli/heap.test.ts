/**
 * The command line bounds how far V8's heap grows past what is live (cli/heap.ts), unless the
 * user gave node a heap option of their own.
 */
import { describe, expect, it } from 'vitest';
import { boundHeapGrowth, GROWTH_PERCENT } from '../../cli/heap';

describe('boundHeapGrowth', () => {
  it('sets the growing factor by default', () => {
    expect(boundHeapGrowth([], {})).toBe(GROWTH_PERCENT);
  });

  it('leaves a heap option given to node alone', () => {
    expect(boundHeapGrowth(['--max-old-space-size=4096'], {})).toBeNull();
    expect(boundHeapGrowth([], { NODE_OPTIONS: '--enable-source-maps --max-old-space-size=2048' })).toBeNull();
    expect(boundHeapGrowth([], { NODE_OPTIONS: '--heap-growing-percent=80' })).toBeNull();
  });

  it('takes another factor from LAKSTIFT_HEAP_GROWTH, and 0 switches it off', () => {
    expect(boundHeapGrowth([], { LAKSTIFT_HEAP_GROWTH: '60' })).toBe(60);
    expect(boundHeapGrowth([], { LAKSTIFT_HEAP_GROWTH: '0' })).toBeNull();
    expect(boundHeapGrowth([], { LAKSTIFT_HEAP_GROWTH: 'veel' })).toBeNull();
  });
});
