import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/hash';

const node = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('sha256Hex (Web Crypto)', () => {
  it('gives the FIPS 180-4 test vectors', async () => {
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))
      .toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('agrees with node:crypto around the block and padding boundaries', async () => {
    for (const n of [1, 55, 56, 63, 64, 65, 119, 120, 128, 4096 + 7]) {
      const b = new Uint8Array(randomBytes(n));
      expect(await sha256Hex(b), `length ${n}`).toBe(node(b));
    }
  });

  it('hashes only the bytes a view shows, not the whole buffer behind it', async () => {
    const all = new Uint8Array(randomBytes(1000));
    const view = all.subarray(100, 300);
    expect(await sha256Hex(view)).toBe(node(view));
  });

  it('hashes a view of shared memory (the bytes worker threads read), which Web Crypto refuses as it is', async () => {
    const src = new Uint8Array(randomBytes(5000));
    const shared = new Uint8Array(new SharedArrayBuffer(src.length));
    shared.set(src);
    expect(await sha256Hex(shared)).toBe(node(src));
    expect(await sha256Hex(shared.subarray(10, 4010))).toBe(node(src.subarray(10, 4010)));
  });
});
