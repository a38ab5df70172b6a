/**
 * A necessary condition for a regular expression, read from its source: the literal words one
 * of which every match must contain. Testing a passage for those words (one plain, case-exact
 * pattern on the passage in lower case) is far cheaper than running a case-insensitive Unicode
 * pattern with word boundaries and letter classes on it; the real pattern then runs only where
 * a word is there, so what it finds is exactly what it found before.
 *
 * Reading the source: the top-level alternatives are split; in each, the words are the longest
 * run of plain ASCII letters that every match must pass through (a letter followed by ?, * or
 * {0,…} is optional and ends the run; classes, escapes, assertions and spaces end it too), or
 * the words of a group every match passes through ("(?:moet|moeten)": moet or moeten), read the
 * same way. A pattern with an alternative without such words of 3 letters or more, or with a
 * syntax this reader does not follow, gets no condition (it always runs).
 *
 * Case: a pattern with the i flag matches an ASCII letter in any case, and with the u flag also
 * K (U+212A, KELVIN SIGN, lower case k) and ſ (U+017F, LONG S, which folds to s); `lowerForPrefilter`
 * maps the passage so that each of these contains the letter (ECMA-262 Canonicalize: simple case
 * folding under u; without u, a non-ASCII character never matches an ASCII one).
 *
 * @example
 *   const check = prefilterOf(/\bknop(?:pen)?\b|\blinks?\b/iu); // /knop|link/
 *   check!.test(lowerForPrefilter('Klik op de Knop')); // true: run the real pattern
 */

/** The passage as prefilters test it: lower case, long s as s. */
export function lowerForPrefilter(s: string): string {
  const lower = s.toLowerCase();
  return lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
}

const LETTER = /[A-Za-z]/;
/** Shorter words are too common to rule a passage out. */
const MIN_WORD = 3;

/**
 * The prefilter of `re`, or null when it has none. Only for patterns with the i flag (a
 * case-exact pattern gains little) and without g, m, s or y (their state and line modes).
 */
export function prefilterOf(re: RegExp): RegExp | null {
  if (!re.flags.includes('i') || /[gmsy]/.test(re.flags)) return null;
  const words = requirementOf(re.source);
  if (!words || words.length === 0) return null;
  return new RegExp(words.join('|'));
}

/** The top-level alternatives of a pattern source, or null when its syntax is not followed. */
function splitTop(src: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (--depth < 0) return null;
    } else if (c === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0 || inClass) return null;
  out.push(src.slice(start));
  return out;
}

/** The end of the group that opens at `i` (the index after its ')'), or -1. */
function groupEnd(src: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return -1;
}

/** The quantifier at `i`: its length in the source and whether it allows zero repetitions. */
function quantifierAt(src: string, i: number): { len: number; optional: boolean } {
  const c = src[i];
  let len = 0;
  let optional = false;
  if (c === '?' || c === '*') {
    len = 1;
    optional = true;
  } else if (c === '+') {
    len = 1;
  } else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i));
    if (m) {
      len = m[0].length;
      optional = Number(m[1]) === 0;
    }
  }
  // A lazy or possessive mark after the quantifier.
  if (len > 0 && src[i + len] === '?') len++;
  return { len, optional };
}

/** The requirement of a pattern source: words one of which every match contains, [] for none, null when unreadable. */
function requirementOf(src: string): string[] | null {
  const alternatives = splitTop(src);
  if (!alternatives) return null;
  const words = new Set<string>();
  for (const alt of alternatives) {
    const r = requiredWords(alt);
    if (r === null) return null;
    if (r.length === 0) return [];
    for (const w of r) words.add(w);
  }
  return [...words];
}

/** How good a requirement is: its shortest word (longer words are rarer), fewer words better. */
const quality = (words: readonly string[]) => (words.length === 0 ? 0 : Math.min(...words.map((w) => w.length)) - words.length / 1000);

/**
 * Words one of which every match of this alternative contains: the longest run of letters it
 * must pass through, or the requirement of a group it must pass through ("(?:moet|moeten)"),
 * whichever is better; [] when there is none, null when unreadable.
 */
function requiredWords(alt: string): string[] | null {
  let best: string[] = [];
  let run = '';
  const consider = (words: string[]) => {
    if (words.length > 0 && words.every((w) => w.length >= MIN_WORD) && quality(words) > quality(best)) best = words;
  };
  const end = () => {
    if (run) consider([run.toLowerCase()]);
    run = '';
  };
  let i = 0;
  while (i < alt.length) {
    const c = alt[i]!;
    if (c === '\\') {
      // An escape: an assertion (\b, \B) or a class (\s, \p{L}, \d, …) or an escaped character.
      end();
      const e = alt[i + 1];
      if (e === 'p' || e === 'P' || (e === 'u' && alt[i + 2] === '{')) i = alt.indexOf('}', i) + 1 || alt.length;
      else if (e === 'u') i += 6;
      else if (e === 'x') i += 4;
      else if (e === 'c') i += 3;
      else i += 2;
      const q = quantifierAt(alt, i);
      i += q.len;
      continue;
    }
    if (c === '(') {
      end();
      const j = groupEnd(alt, i);
      if (j < 0) return null;
      const q = quantifierAt(alt, j);
      // A group every match passes through: a plain or capturing group, not optional. Assertions
      // ((?=, (?!, (?<=, (?<!) add nothing.
      const lookaround = alt[i + 1] === '?' && (alt[i + 2] === '=' || alt[i + 2] === '!' || (alt[i + 2] === '<' && (alt[i + 3] === '=' || alt[i + 3] === '!')));
      if (!q.optional && !lookaround) {
        const inner = alt[i + 1] !== '?' ? alt.slice(i + 1, j - 1)
          : alt[i + 2] === ':' ? alt.slice(i + 3, j - 1)
            : alt[i + 2] === '<' ? alt.slice(alt.indexOf('>', i) + 1, j - 1) : null;
        if (inner === null) return null;
        const r = requirementOf(inner);
        if (r === null) return null;
        consider(r);
      }
      i = j + q.len;
      continue;
    }
    if (c === '[') {
      end();
      let j = i + 1;
      while (j < alt.length && alt[j] !== ']') j += alt[j] === '\\' ? 2 : 1;
      if (j >= alt.length) return null;
      i = j + 1 + quantifierAt(alt, j + 1).len;
      continue;
    }
    if (LETTER.test(c)) {
      const q = quantifierAt(alt, i + 1);
      if (q.len > 0) {
        // "links?": the s may be missing; "ab+": the b is there, but the run cannot go on past it.
        if (!q.optional) run += c;
        end();
        i += 1 + q.len;
        continue;
      }
      run += c;
      i++;
      continue;
    }
    // Anything else (space, punctuation, ^, $, ., a quantifier on its own): the run ends.
    end();
    i += 1 + quantifierAt(alt, i + 1).len;
  }
  end();
  return best;
}
