/** Hostile and damaged font data: every reader returns something sensible and never throws. */
import { describe, expect, it } from 'vitest';
import { parseBinaryCMap, parseCMap } from '../../../../shared/pdf/fonts/cmap';
import { readCff } from '../../../../shared/pdf/fonts/cff';
import { readTrueTypeCmaps } from '../../../../shared/pdf/fonts/truetype';
import { loadFont } from '../../../../shared/pdf/fonts';
import { flate, fontDict, newContext } from './build';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomBytes(rand: () => number, n: number, alphabet?: string): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = alphabet ? alphabet.charCodeAt(Math.floor(rand() * alphabet.length)) : Math.floor(rand() * 256);
  return out;
}

const CMAP_ALPHABET = '<>[]()/ 0123456789ABCDEFabcdef\nbeginbfcharendbfrangecodespacecidusecmapdef%\\';

describe('readers on random data', () => {
  it('parseCMap, parseBinaryCMap, readCff and readTrueTypeCmaps never throw', () => {
    const rand = prng(42);
    for (let k = 0; k < 300; k++) {
      const n = Math.floor(rand() * 2000);
      const text = randomBytes(rand, n, CMAP_ALPHABET);
      const bin = randomBytes(rand, n);
      expect(() => parseCMap(text)).not.toThrow();
      expect(() => parseBinaryCMap(bin)).not.toThrow();
      expect(() => readCff(bin)).not.toThrow();
      expect(() => readTrueTypeCmaps(bin)).not.toThrow();
    }
  });

  it('caps a CMap that claims huge ranges instead of filling memory', () => {
    const src = new TextEncoder().encode(
      `1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange
3 begincidrange <00000000> <FFFFFFFF> 0 <00000000> <FFFFFFFE> 5 <10000000> <1FFFFFFF> 9 endcidrange
1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange`,
    );
    const t = performance.now();
    const cmap = parseCMap(src);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(cmap.lookupCid(0x10000005)).toBe(14);
    expect(cmap.lookupText(2)).toBe('C');
  });

  it('follows a usecmap cycle between embedded CMaps without hanging', async () => {
    const ctx = await newContext();
    const aRef = ctx.nextRef();
    const b = flate(ctx, '/A usecmap 1 begincodespacerange <0000> <FFFF> endcodespacerange', { UseCMap: aRef });
    ctx.assign(aRef, ctx.flateStream('/B usecmap', { UseCMap: b } as never));
    const font = loadFont(fontDict(ctx, { Type: 'Font', Subtype: 'Type0', Encoding: aRef, DescendantFonts: [{ Type: 'Font', Subtype: 'CIDFontType2' }] }));
    expect(font.decode(Uint8Array.of(0, 1, 0, 2))).toHaveLength(2);
  });

  it('loads fonts whose entries are all of the wrong type', async () => {
    const ctx = await newContext();
    const rand = prng(7);
    const values = () => [1, 'Name', [1, 2, 'x'], { A: 1 }, -5, 1e9, [], 'Identity-H'][Math.floor(rand() * 8)];
    for (let k = 0; k < 200; k++) {
      const literal: Record<string, unknown> = {
        Type: 'Font',
        Subtype: ['Type0', 'Type1', 'TrueType', 'Type3', 'MMType1'][k % 5],
      };
      for (const key of ['BaseFont', 'Encoding', 'FirstChar', 'LastChar', 'Widths', 'FontDescriptor', 'ToUnicode', 'DescendantFonts', 'FontMatrix', 'FontBBox']) {
        if (rand() < 0.7) literal[key] = values();
      }
      const font = loadFont(fontDict(ctx, literal));
      const glyphs = font.decode(randomBytes(rand, 64));
      expect(glyphs.every((g) => Number.isFinite(g.width) && Number.isFinite(g.vy) && typeof g.text === 'string')).toBe(true);
      expect(Number.isFinite(font.ascent) && Number.isFinite(font.descent)).toBe(true);
    }
  });
});
