// A seeded random source, so that `npm run corpus -- --seed N` writes the same documents every
// time (mulberry32: small, fast and good enough for picking names and layouts).

/** A random source from a 32-bit seed; `fork(label)` gives an independent stream per document. */
export function makeRng(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => {
      if (arr.length === 0) throw new Error('rng.pick on an empty list');
      return arr[Math.floor(next() * arr.length)];
    },
    chance: (p) => next() < p,
    shuffle: (arr) => {
      const a = [...arr];
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a;
    },
    sample: (arr, n) => rng.shuffle(arr).slice(0, n),
    digits: (n) => Array.from({ length: n }, () => String(Math.floor(next() * 10))).join(''),
    fork: (label) => makeRng(hash32(`${seed}:${label}`)),
  };
  return rng;
}

/** FNV-1a, 32 bits: stable hashing for seeds and for splitting name pools. */
export function hash32(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) h = Math.imul(h ^ str.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}
