/** The Node host (node/host.ts): loading pdf.js for verify and bundle; hashing. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nodeHost, nodeSha256 } from '../../node/host';
import { sha256Hex } from '../../shared/hash';

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

describe('nodeHost().sha256', () => {
  it('gives the same hash as Web Crypto for ordinary bytes and for bytes in shared memory, views included', async () => {
    const src = new Uint8Array(randomBytes(70_000));
    const shared = new Uint8Array(new SharedArrayBuffer(src.length));
    shared.set(src);
    const host = nodeHost({ ocr: false });
    expect(host.sha256).toBe(nodeSha256);
    const expected = await sha256Hex(src);
    expect(await nodeSha256(src)).toBe(expected);
    expect(await nodeSha256(shared)).toBe(expected);
    expect(await nodeSha256(shared.subarray(5, 60_005))).toBe(await sha256Hex(src.subarray(5, 60_005)));
    expect(await nodeSha256(new Uint8Array(new SharedArrayBuffer(0)))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
