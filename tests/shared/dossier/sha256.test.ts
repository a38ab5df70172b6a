import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Sha256, sha256Hex } from '../../../shared/dossier/sha256';

const node = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))
      .toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('agrees with node:crypto on every length around the block and padding boundaries', () => {
    for (const n of [1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4096 + 7]) {
      const b = new Uint8Array(randomBytes(n));
      expect(sha256Hex(b), `length ${n}`).toBe(node(b));
    }
  });

  it('gives the same digest when fed in uneven chunks', () => {
    const b = new Uint8Array(randomBytes(300_003));
    const h = new Sha256();
    let i = 0;
    for (const step of [1, 63, 64, 65, 1000, 7]) {
      while (i < b.length && step) {
        h.update(b.subarray(i, Math.min(b.length, i + step)));
        i += step;
        if (i > 20_000) break;
      }
    }
    h.update(b.subarray(Math.min(i, b.length)));
    const hex = [...h.digest()].map((x) => x.toString(16).padStart(2, '0')).join('');
    expect(hex).toBe(node(b));
  });

  it('hashes a 3 MB file like node:crypto', () => {
    const b = new Uint8Array(randomBytes(3 * 1024 * 1024));
    expect(sha256Hex(b)).toBe(node(b));
  });
});
