import { describe, expect, it } from 'vitest';
import { findWholeNeedle, prepareNeedles, wordHay, wordHaySlow } from '../../../shared/redact/match';

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

// Characters whose normal form depends on their neighbours or differs from themselves:
// combining marks, Hangul jamo (conjoining and compatibility), ligatures, compatibility
// digits and letters, the capital sigma, the dotted capital I, invisible spaces, surrogates.
const TRICKY = [
  'e', 'a', 'A', 'Σ', 'σ', 'ς', 'İ', 'i', '\u0301', '\u0308', '\u0327', '\u0323', 'ﬁ', 'ﬂ', '²', '½', 'ª', '\u00a0', '\u00ad', '\u200b',
  '\u1100', '\u1161', '\u11a8', '가', '\u3131', '\u314f', '\uffa1', '\uffc2', '㍿', '①', 'Ａ', 'ｂ', '\ud835\udc00', '\ud835', '\udc00', 'Ω', 'Å', 'K',
  '\u0b47', '\u0b3e', '\u0d46', '\u0d3e', ' ', '.', '-', '@', '0', '7', '\u0000', 'ß', 'ǅ', 'ǆ', 'Ǆ', '\u0345', '\u0399', '\u1fbe',
];

describe('wordHay (the comparable form verify searches)', () => {
  it('equals NFKC then lower case, character for character, on random mixed text', () => {
    const r = rng(17);
    for (let k = 0; k < 3000; k++) {
      const pieces: string[] = [];
      const count = 1 + Math.floor(r() * 3);
      for (let p = 0; p < count; p++) {
        let t = '';
        const len = Math.floor(r() * 12);
        for (let i = 0; i < len; i++) {
          const x = r();
          t += x < 0.6 ? TRICKY[Math.floor(r() * TRICKY.length)] : String.fromCharCode(Math.floor(r() * 0x10000));
        }
        pieces.push(t);
      }
      const fast = wordHay(pieces);
      const slow = wordHaySlow(pieces);
      expect(fast.s, JSON.stringify(pieces)).toBe(slow.s);
      expect([...fast.gap], JSON.stringify(pieces)).toEqual([...slow.gap]);
    }
  });

  it('equals the reference on every single BMP character and after each of them a combining mark', () => {
    for (let block = 0; block < 0x10000; block += 0x400) {
      const chars = Array.from({ length: 0x400 }, (_, k) => String.fromCharCode(block + k));
      for (const t of [chars.join(''), chars.map((ch) => `${ch}\u0301`).join(''), chars.map((ch) => `a${ch}`).join(''), chars.map((ch) => `\u1100${ch}`).join(' ')]) {
        expect(wordHay(t).s, `block U+${block.toString(16)}`).toBe(wordHaySlow(t).s);
      }
    }
  });

  it('finds in long texts exactly what the character-by-character reference finds, at the same word edges', () => {
    const r = rng(5);
    let found = 0;
    const names = ['Jan Bakker', 'jose\u0301', 'Σοφία', 'ﬁnn', '06-12345678', 'naam', 'i.j.@x.nl', '가나다라', 'ÅSA Öberg'];
    for (let k = 0; k < 1500; k++) {
      const needles = prepareNeedles(names.filter(() => r() < 0.5));
      let t = '';
      const len = Math.floor(r() * 40);
      for (let i = 0; i < len; i++) {
        const x = r();
        if (x < 0.1) t += r() < 0.5 ? ` ${names[Math.floor(r() * names.length)]} ` : names[Math.floor(r() * names.length)];
        else if (x < 0.6) t += TRICKY[Math.floor(r() * TRICKY.length)];
        else t += String.fromCharCode(Math.floor(r() * 0x10000));
      }
      const pieces = r() < 0.5 ? t : [t.slice(0, len >> 1), t.slice(len >> 1)];
      const want = findWholeNeedle(wordHaySlow(pieces), needles);
      if (want) found++;
      expect(findWholeNeedle(pieces, needles), JSON.stringify([pieces, needles])).toBe(want);
    }
    // The cases include hits, not only misses.
    expect(found).toBeGreaterThan(200);
  });

  it('finds a decomposed or ligatured name as the composed needle, and not inside another word', () => {
    const needles = prepareNeedles(['José Müller', 'naam']);
    expect(findWholeNeedle('Contact: Jose\u0301 Mu\u0308ller', needles)).toBe('josémüller');
    expect(findWholeNeedle('de naamgeving en de achternaam', needles)).toBeUndefined();
    expect(findWholeNeedle('(naam)', needles)).toBe('naam');
  });
});
