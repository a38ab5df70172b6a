/**
 * The prefilter of a pattern (shared/detect/prefilter.ts) rules a passage out only where the
 * pattern cannot match it: checked on every guidance cue against every sentence of the committed
 * seed texts, in their own case, upper case and with the two characters that fold to ASCII
 * letters (K, ſ), and on the constructs the reader follows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lowerForPrefilter, patternSet, prefilterOf } from '../../../shared/detect/prefilter';
import { CUES } from '../../../shared/detect/guidance/cues';
import { flatten } from '../../../shared/detect/guidance/features';
import { FIXTURES } from '../../helpers/paths';

const seeds = path.join(FIXTURES, 'seeds');
const SENTENCES = readdirSync(seeds).filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(path.join(seeds, f), 'utf8').split(/(?<=[.!?:])\s+|\n\s*\n/))
  .map(flatten).filter((s) => s.length > 0)
  // Made-up sentences for cues the seed texts do not use.
  .concat(['Let goed op de verklaring van de aanvrager.', 'Deze lijst is alleen voor intern gebruik.',
    'U heeft het recht om een zienswijze in te dienen.', 'Graag ontvang ik de stukken morgen, bedankt alvast.']);

/** The cases a passage can come in: as written, shouted, with Kelvin signs and long s. */
const variants = (s: string) => [s, s.toUpperCase(), s.replace(/k/g, '\u212a'), s.replace(/s/g, 'ſ'), s.replace(/K/g, '\u212a').replace(/S/g, 'ſ')];

describe('prefilters never rule out a passage the pattern matches', () => {
  it('has seed sentences and cue prefilters to check', () => {
    expect(SENTENCES.length).toBeGreaterThan(200);
    // Most cues get one: the guidance detector's speed depends on it.
    expect(CUES.filter((c) => prefilterOf(c.re)).length).toBeGreaterThanOrEqual(30);
  });

  it.each(CUES.map((c) => [c.id, c] as const))('cue %s', (_id, c) => {
    const words = prefilterOf(c.re);
    let matched = 0;
    for (const s of SENTENCES) {
      for (const v of variants(s)) {
        if (!c.re.test(v)) continue;
        matched++;
        if (words) expect(words.test(lowerForPrefilter(v)), `${c.id} on "${v}"`).toBe(true);
      }
    }
    // A prefilter that never meets a matching passage proves nothing: the cue must match somewhere.
    if (words) expect(matched).toBeGreaterThan(0);
  });
});

describe('reading a pattern for the words it needs', () => {
  const words = (re: RegExp) => prefilterOf(re)?.source.split('|').sort() ?? null;

  it('takes the longest required run of letters of each alternative', () => {
    expect(words(/\bwebsite\p{L}*|\bknop(?:pen)?\b/iu)).toEqual(['knop', 'website']);
  });

  it('leaves out a letter that may be missing', () => {
    expect(words(/\blinks?\b/iu)).toEqual(['link']);
    expect(words(/\bvoorbeeldvra(?:ag|gen)\b/iu)).toEqual(['voorbeeldvra']);
  });

  it('uses a group every match passes through', () => {
    expect(words(/\b(?:moet|moeten|dient|dienen)\b/iu)).toEqual(['dienen', 'dient', 'moet', 'moeten']);
  });

  it('takes nothing from an optional group or an assertion', () => {
    expect(words(/(?:vooral\s+)?let\b/iu)).toEqual(['let']);
    expect(words(/(?<!niet\s)graag\b/iu)).toEqual(['graag']);
    expect(words(/(?!vandaag)\bda\p{L}+/iu)).toBeNull();
  });

  it('gives no prefilter when an alternative needs no word of three letters', () => {
    expect(prefilterOf(/\b(?:ik|mij|me)\b/iu)).toBeNull();
    expect(prefilterOf(/\bwebsite\b|\?\s*$/iu)).toBeNull();
  });

  it('gives none for patterns whose flags it does not follow', () => {
    expect(prefilterOf(/website/u)).toBeNull();
    expect(prefilterOf(/website/giu)).toBeNull();
    expect(prefilterOf(/^website/imu)).toBeNull();
  });

  it('finds a word written with the characters that fold to ASCII letters', () => {
    const re = /\bsleutels?\b/iu;
    const w = prefilterOf(re)!;
    for (const s of ['de ſleutel', 'de \u212aSLEUTEL'.replace('\u212a', ''), 'SLEUTEL']) {
      expect(re.test(s)).toBe(true);
      expect(w.test(lowerForPrefilter(s))).toBe(true);
    }
    const kelvin = /\bkosten\b/iu;
    expect(kelvin.test('\u212aOSTEN')).toBe(true);
    expect(prefilterOf(kelvin)!.test(lowerForPrefilter('\u212aOSTEN'))).toBe(true);
  });
});

describe('a set of patterns tested together says what each pattern says', () => {
  it('agrees with every cue on every seed sentence, in every case', () => {
    const set = patternSet(CUES.map((c) => c.re));
    let matches = 0;
    for (const s of SENTENCES) {
      for (const v of variants(s)) {
        const got = set.test(v);
        CUES.forEach((c, k) => {
          const want = c.re.test(v);
          if (want) matches++;
          expect(got[k], `${c.id} on "${v}"`).toBe(want);
        });
      }
    }
    expect(matches).toBeGreaterThan(1000);
  });

  it('runs an alternative only where all the words it needs are there, and the others as they are', () => {
    const set = patternSet([/\bleg\s+(?:\S+\s+){0,5}voor\s+aan\b|€\s?\d|\bescal\p{L}+/iu, /\bKamer\b/u, /(ab)c\1/, /\bwebsite\b/giu, /^\s*$/]);
    expect(set.test('Leg de zaak voor aan de teamleider.')).toEqual([true, false, false, false, false]);
    expect(set.test('Leg de zaak voor.')).toEqual([false, false, false, false, false]);
    expect(set.test('Boven € 5 wordt …')).toEqual([true, false, false, false, false]);
    expect(set.test('ESCALEER naar de Kamer')).toEqual([true, true, false, false, false]);
    expect(set.test('de kamer, abcab')).toEqual([false, false, true, false, false]);
    expect(set.test('')).toEqual([false, false, false, false, true]);
    // A word written with characters that fold to ASCII letters.
    expect(set.test('leg het \u212aort voor aan hem')).toEqual([true, false, false, false, false]);
    expect(set.test('ESCALEER'.replace('S', 'ſ'))).toEqual([true, false, false, false, false]);
  });

  it('finds words inside others and overlapping ones (Aho–Corasick)', () => {
    const set = patternSet([/\bvoorleggen\b/iu, /\bleggen\s+aan\b/iu, /\beggen\b/iu, /\bmeld(?:t|en)?\b/iu]);
    expect(set.test('voorleggen aan')).toEqual([true, false, false, false]);
    expect(set.test('leggen aan; melden')).toEqual([false, true, false, true]);
  });
});
