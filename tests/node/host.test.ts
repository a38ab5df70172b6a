/** The Node host (node/host.ts): loading pdf.js for verify and bundle. */
import { describe, expect, it } from 'vitest';
import { nodeHost } from '../../node/host';

describe('nodeHost().pdfjs', () => {
  it('leaves Array.prototype.push as it found it (pdf.js\'s core-js would swap in a slower one for every later push of verify and bundle)', async () => {
    const before = Array.prototype.push;
    const host = nodeHost({ ocr: false });
    const pdfjs = await host.pdfjs!();
    expect(typeof pdfjs.getDocument).toBe('function');
    expect(Array.prototype.push).toBe(before);
    const a: number[] = [];
    a.push(1, 2, 3);
    expect(a).toEqual([1, 2, 3]);
  });
});
