import { describe, expect, it } from 'vitest';
import { scanNesting } from '../../../shared/redact/qscan';

const scan = (s: string) => scanNesting(new TextEncoder().encode(s));

describe('q/Q nesting of a content stream', () => {
  it.each([
    ['q 1 0 0 1 5 5 cm Q', { depth: 0, min: 0, inText: false }],
    ['2 0 0 2 0 0 cm q q Q', { depth: 1, min: 0, inText: false }],
    ['Q Q q', { depth: -1, min: -2, inText: false }],
    ['BT /F1 12 Tf (Q q \\) Q) Tj <51> Tj', { depth: 0, min: 0, inText: true }],
    ['% q q q\nq BT ET', { depth: 1, min: 0, inText: false }],
    ['/Q /q <</Q 1>> BDC EMC', { depth: 0, min: 0, inText: false }],
    ['q BI /W 2 /H 1 /BPC 8 /CS /G ID Qq EI Q', { depth: 0, min: 0, inText: false }],
  ])('%s', (src, expected) => {
    expect(scan(src)).toEqual(expected);
  });

  it('carries the count across the parts of a page', () => {
    const first = scan('q q BT');
    expect(scanNesting(new TextEncoder().encode('ET Q'), first)).toEqual({ depth: 1, min: 0, inText: false });
  });
});
