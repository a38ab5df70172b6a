/** Loading pdf.js's image decoders (shared/redact/image-codecs.ts). */
import { describe, expect, it } from 'vitest';
import { imageDecoders, loadImageDecoders } from '../../../shared/redact/image-codecs';

describe('loadImageDecoders', () => {
  it('leaves Array.prototype.push as it found it (pdf.js\'s core-js would swap in a slower one for the whole process)', async () => {
    const before = Array.prototype.push;
    await loadImageDecoders();
    expect(Array.prototype.push).toBe(before);
    const a: number[] = [];
    a.push(1, 2, 3);
    expect(a).toEqual([1, 2, 3]);
    const d = Object.getOwnPropertyDescriptor(Array.prototype, 'push')!;
    expect([d.writable, d.enumerable, d.configurable]).toEqual([true, false, true]);
  });

  it('still decodes with pdf.js afterwards (a JBIG2 decoder is there to call)', async () => {
    await loadImageDecoders();
    expect(typeof imageDecoders().jbig2).toBe('function');
    // An empty JPEG is rejected by pdf.js itself, not by a missing decoder.
    expect(() => imageDecoders().jpeg(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), -1)).toThrow(/./);
    expect(() => imageDecoders().jpeg(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), -1)).not.toThrow(/not loaded/);
  });
});
