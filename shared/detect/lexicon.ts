/** The generated name lexicons as sets, built once on first use. */
import { AMBIGUOUS_NAMES, FIRST_NAMES, SURNAMES } from './lexicon.generated';
import { COMMON_WORDS_BITS, COMMON_WORDS_BLOOM, COMMON_WORDS_HASHES } from './commonWords.generated';
import { ENGLISH_WORDS_BITS, ENGLISH_WORDS_BLOOM, ENGLISH_WORDS_HASHES } from './englishWords.generated';
import { NAME_WORDS_BITS, NAME_WORDS_BLOOM, NAME_WORDS_HASHES } from './nameWords.generated';
import { PLACES } from './places.generated';
import { PROPER_WORDS } from './properWords.generated';
import { NAME_ALSO_WORD_BITS, NAME_ALSO_WORD_BLOOM, NAME_ALSO_WORD_HASHES } from './nameAlsoWord.generated';

let first: Set<string> | undefined;
let last: Set<string> | undefined;
let ambiguous: Set<string> | undefined;
let proper: Set<string> | undefined;

/** True when `w` (capitalised as written) is a known first name ("Anouk", "Mohamed"). */
export function isFirstName(w: string): boolean {
  first ??= new Set(FIRST_NAMES.split('|'));
  if (NOT_FIRST.has(w)) return false;
  return first.has(w) || (w.includes('-') && (w.split('-').every((p) => first!.has(p)) || isSyllabicGivenName(w)));
}

/** One romanised syllable of Korean or Chinese (pinyin, Wade-Giles): an initial, a vowel group, a final. */
const SYLLABLE = /^(?:[bcdfghjklmnpqrstwxyz]|ch|sh|zh|kk|tt|pp|ss|jj)?[aeiouwy]{1,3}(?:ng|n|k|l|m|p|t|g|b|r|h)?$/;
/** First parts of Dutch and English compounds written with a hyphen ("Ex-lid", "Co-assistent"). */
const COMPOUND_HEAD = new Set(['ex', 'co', 'oud', 'pre', 'post', 'anti', 'non', 'pro', 'semi', 'vice', 'sub', 'niet', 'all', 'top', 'pop', 'hoog', 'laag', 'mid']);
/** Second parts of English phrasal compounds ("Pop-up", "Sit-in", "Lay-out"). */
const COMPOUND_TAIL = new Set(['in', 'out', 'up', 'on', 'off', 'by', 'down', 'over', 'back', 'hoc', 'op', 'af', 'uit', 'lid']);

/**
 * True when `w` has the shape of an East Asian given name of two syllables joined by a hyphen, as
 * Korean names are romanised ("Seo-yeon", "Min-jae", "Dong-Hyun") and some Chinese ones
 * ("Xiao-ming"): two short parts that each read as one romanised syllable, not a Dutch or English
 * compound (both parts ordinary words, or a compound's head or tail).
 *
 * @example
 *   isSyllabicGivenName('Ha-eun'); // true
 *   isSyllabicGivenName('Pop-up'); // false
 */
export function isSyllabicGivenName(w: string): boolean {
  const m = /^(\p{Lu}\p{Ll}{1,4})-(\p{Lu}?\p{Ll}{1,4})$/u.exec(w);
  if (!m) return false;
  const a = m[1]!.toLowerCase();
  const b = m[2]!.toLowerCase();
  if (!SYLLABLE.test(a) || !SYLLABLE.test(b) || COMPOUND_HEAD.has(a) || COMPOUND_TAIL.has(b)) return false;
  const word = (x: string) => x.length >= 3 && (isCommonWord(x) || isEnglishWord(x));
  return !(word(a) && word(b)) && !isCommonWord(a + b);
}

/** Particles written with a capital ("Van Raalte", "De Vries", "El Amrani") open a surname, never a first name. */
const NOT_FIRST = new Set(['Van', 'De', 'Den', 'Der', 'Ter', 'Ten', 'Te', 'Het', 'El', 'Al', 'Ben', 'Bin', 'Abu', 'Ait', 'Von', 'Du', 'Da', 'Di', 'Del', 'La', 'Le', 'Op', 'In', 'Uit', 'Dos', 'Das', 'Dela', 'Delos', 'Delas']);

let places: Set<string> | undefined;

/**
 * True when `w` is the name of a place or country (Dutch and Belgian places, large cities of the
 * world, countries): "Tilburg Telecom" is no person.
 *
 * @example
 *   isPlace('Almelo'); // true
 */
export function isPlace(w: string): boolean {
  places ??= new Set(PLACES.split('|'));
  return places.has(w);
}

/**
 * True when `w` (capitalised as written) is a word that names no person: a language, a country or
 * a region, a people or an adjective made from a place ("Europese", "Brabantse", "Engels"), a
 * government service or a product ("Logius", "Firefox"). No word of the first-name or surname
 * lists is one (assets/lexicons/README.md).
 *
 * @example
 *   isProperWord('Europese'); // true
 *   isProperWord('Jansen'); // false
 */
export function isProperWord(w: string): boolean {
  proper ??= new Set(PROPER_WORDS.split('|'));
  return proper.has(w);
}

/** True when `w` is a known surname ("Jansen", "Yilmaz"). */
export function isKnownSurname(w: string): boolean {
  last ??= new Set(SURNAMES.split('|'));
  return last.has(w);
}

/** True when the name is also an ordinary Dutch word ("Roos", "Bas", "Storm"). */
export function isAmbiguousName(w: string): boolean {
  ambiguous ??= new Set(AMBIGUOUS_NAMES.split('|'));
  return ambiguous.has(w);
}

function decodeBase64(s: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lookup = new Uint8Array(128);
  for (let i = 0; i < alphabet.length; i++) lookup[alphabet.charCodeAt(i)] = i;
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const a = lookup[clean.charCodeAt(i)]!;
    const b = lookup[clean.charCodeAt(i + 1)]!;
    const c = lookup[clean.charCodeAt(i + 2)] ?? 0;
    const d = lookup[clean.charCodeAt(i + 3)] ?? 0;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

function fnv(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A Bloom filter shipped as base64 (made by assets/lexicons/make-lexicons.mjs), decoded on first use. */
class Bloom {
  private bits: Uint8Array | undefined;
  constructor(private readonly base64: string, private readonly size: number, private readonly hashes: number) {}
  has(w: string): boolean {
    this.bits ??= decodeBase64(this.base64);
    const h1 = fnv(w, 0x811c9dc5);
    const h2 = fnv(w, 0x2545f491) | 1;
    for (let i = 0; i < this.hashes; i++) {
      const bit = ((h1 + Math.imul(i, h2)) >>> 0) % this.size;
      if (!((this.bits[bit >> 3]! >> (bit & 7)) & 1)) return false;
    }
    return true;
  }
}

const DUTCH = new Bloom(COMMON_WORDS_BLOOM, COMMON_WORDS_BITS, COMMON_WORDS_HASHES);
const ENGLISH = new Bloom(ENGLISH_WORDS_BLOOM, ENGLISH_WORDS_BITS, ENGLISH_WORDS_HASHES);
const NAMES = new Bloom(NAME_WORDS_BLOOM, NAME_WORDS_BITS, NAME_WORDS_HASHES);
const NAMES_ALSO_WORDS = new Bloom(NAME_ALSO_WORD_BLOOM, NAME_ALSO_WORD_BITS, NAME_ALSO_WORD_HASHES);

/**
 * True when `w` is a person's name somewhere, also when it is an ordinary Dutch word as well
 * ("Mei", "Wei", "Roos"): only for places where the sentence already says a person stands there.
 *
 * @example
 *   isPossibleName('Mei'); // true
 *   isPossibleName('Defensie'); // false
 */
export function isPossibleName(w: string): boolean {
  if (isWorldName(w)) return true;
  const f = foldName(w);
  return /^[a-z]{3,20}$/.test(f) && NAMES_ALSO_WORDS.has(f);
}

/**
 * True when `w`, in lower case, is an ordinary Dutch word ("verzoek", "inleiding"), by a Bloom
 * filter over the Dutch dictionary (about 1 false "yes" in 60; names of the lexicons excluded).
 *
 * @example
 *   isCommonWord('Inleiding'); // true
 *   isCommonWord('Kersbergen'); // false (almost always)
 */
export function isCommonWord(w: string): boolean {
  const lw = w.toLowerCase();
  if (!/^[a-zà-öø-ÿ]{3,16}$/.test(lw)) return false;
  return DUTCH.has(lw);
}

/**
 * True when `w` is an ordinary English word that is not also Dutch ("general", "fire",
 * "international"), by a Bloom filter over the US English dictionary's lower-case entries.
 *
 * @example
 *   isEnglishWord('International'); // true
 *   isEnglishWord('Yilmaz'); // false (almost always)
 */
export function isEnglishWord(w: string): boolean {
  const lw = w.toLowerCase();
  if (!/^[a-z]{3,16}$/.test(lw)) return false;
  return ENGLISH.has(lw);
}

/** Lower case without diacritics, as the name filter stores names ("Öztürk" → "ozturk"). */
export function foldName(w: string): string {
  return w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/ß/g, 'ss').toLowerCase();
}

/**
 * True when `w` is a person's first name or surname somewhere in the world (about 190,000 names
 * of many origins that are no ordinary Dutch or English word): a weak signal, for an unknown
 * capitalised word that stands where a person's name would.
 *
 * @example
 *   isWorldName('Boateng'); // true
 *   isWorldName('Verordening'); // false
 */
export function isWorldName(w: string): boolean {
  let r = worldCache.get(w);
  if (r !== undefined) return r;
  const f = foldName(w);
  if (!/^[a-z]{3,20}$/.test(f)) r = w.includes('-') && (w.split('-').every((p) => p.length >= 3 && isWorldName(p)) || isSyllabicGivenName(w));
  else r = NAMES.has(f) || isFirstName(w) || isKnownSurname(w);
  // Documents repeat their words: a small cache saves the folding (Unicode normalisation is slow).
  if (worldCache.size > 20000) worldCache.clear();
  worldCache.set(w, r);
  return r;
}
const worldCache = new Map<string, boolean>();

/**
 * True when `w` is an ordinary Dutch word or a compound of two ("dienstverlening" =
 * dienst + verlening), with the linking s/e/en of Dutch compounds. Compounds make many
 * surnames look like words too (Kersbergen), so detectors use this only to reject what has no
 * other sign of being a name.
 */
export function isCommonWordOrCompound(w: string): boolean {
  if (isCommonWord(w)) return true;
  const lw = w.toLowerCase();
  for (let i = 3; i <= lw.length - 3; i++) {
    const head = lw.slice(0, i);
    const tail = lw.slice(i);
    // Two short pieces ("nil" + "mini", "kar" + "ima") are how names of other languages happen to
    // split; a Dutch compound that short is in the word list itself.
    if (lw.length < 9 && (head.length < 4 || tail.length < 4)) continue;
    if (!isCommonWord(tail)) continue;
    if (isCommonWord(head) || (/(?:s|e)$/.test(head) && isCommonWord(head.slice(0, -1))) || (head.endsWith('en') && isCommonWord(head.slice(0, -2)))) return true;
  }
  return false;
}
