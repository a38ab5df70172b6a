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
  const groups = requiredGroups(alt);
  if (groups === null) return null;
  let best: string[] = [];
  for (const words of groups) if (quality(words) > quality(best)) best = words;
  return best;
}

/**
 * Every requirement of this alternative: each run of letters it must pass through, and the
 * requirement of each group it must pass through; every match meets all of them (each is a
 * list of words one of which it contains). Only requirements whose words all have MIN_WORD
 * letters or more; null when unreadable.
 */
function requiredGroups(alt: string): string[][] | null {
  const groups: string[][] = [];
  let run = '';
  const consider = (words: string[]) => {
    if (words.length > 0 && words.every((w) => w.length >= MIN_WORD)) groups.push(words);
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
  return groups;
}

/**
 * Patterns tested together on many passages (the guidance cues on every unit of a page): which
 * of them match, as `re.test(passage)` says, for less. Each pattern is split into its top-level
 * alternatives (a pattern matches where one of them does), and each alternative runs only where
 * every word it needs is in the passage: all of its required runs of letters and groups, not
 * only the best one as in `prefilterOf`. Which words a passage holds is read in one pass over
 * it in lower case (`lowerForPrefilter`), with an automaton of all the patterns' words
 * (Aho–Corasick over a–z). A pattern with g or y (state between calls), v (classes inside
 * classes) or a back-reference (its groups would be numbered otherwise alone) runs whole, as
 * does any pattern this reader cannot follow.
 *
 * @example
 *   const set = patternSet([/\bleg\s+\S+\s+voor\b|\bescal\p{L}+/iu, /\bvraag\s+door\b/iu]);
 *   set.test('Leg de zaak voor aan de teamleider.'); // [true, false]
 */
export interface PatternSet {
  /** Per pattern, in the order given: whether it matches `text`. */
  test(text: string): boolean[];
}

interface Alternative {
  /** The pattern it belongs to. */
  pattern: number;
  re: RegExp;
  /** Word ids per requirement: each requirement needs one of its words. */
  needs: Int32Array[];
}

/** The patterns of `res` as a set tested together (see `PatternSet`). */
export function patternSet(res: readonly RegExp[]): PatternSet {
  const ids = new Map<string, number>();
  const idOf = (w: string) => {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    return id;
  };
  /** Patterns that run whole, and the alternatives of each pattern that need no word (joined). */
  const whole: { pattern: number; re: RegExp }[] = [];
  const gated: Alternative[] = [];
  res.forEach((re, pattern) => {
    const alts = /[gvy]/.test(re.flags) || /\\[1-9]|\\k</.test(re.source) ? null : splitTop(re.source);
    const groups = alts?.map(requiredGroups);
    if (!alts || !groups || groups.some((g) => g === null)) {
      whole.push({ pattern, re });
      return;
    }
    const always = alts.filter((_, a) => groups[a]!.length === 0);
    if (always.length) whole.push({ pattern, re: always.length === alts.length ? re : new RegExp(always.join('|'), re.flags) });
    alts.forEach((alt, a) => {
      const g = groups[a]!;
      if (g.length) gated.push({ pattern, re: new RegExp(alt, re.flags), needs: g.map((words) => Int32Array.from(words, idOf)) });
    });
  });
  const words = new WordAutomaton([...ids.keys()]);
  // Each alternative is listed under the words of its first requirement: a passage without any
  // of them never gets to it.
  const byWord: number[][] = Array.from({ length: ids.size }, () => []);
  gated.forEach((a, k) => {
    for (const id of a.needs[0]!) byWord[id]!.push(k);
  });
  const tried = new Int32Array(gated.length);
  let round = 0;
  return {
    test(text) {
      const hit = new Array<boolean>(res.length).fill(false);
      for (const w of whole) if (!hit[w.pattern] && w.re.test(text)) hit[w.pattern] = true;
      const { seen, found, count } = words.scan(lowerForPrefilter(text));
      round++;
      for (let f = 0; f < count; f++) {
        for (const k of byWord[found[f]!]!) {
          const a = gated[k]!;
          if (hit[a.pattern] || tried[k] === round) continue;
          tried[k] = round;
          if (meets(a.needs, seen) && a.re.test(text)) hit[a.pattern] = true;
        }
      }
      return hit;
    },
  };
}

/** True when each requirement has one of its words seen. */
function meets(needs: readonly Int32Array[], seen: Uint8Array): boolean {
  for (let n = 1; n < needs.length; n++) {
    const need = needs[n]!;
    let ok = false;
    for (let i = 0; i < need.length && !ok; i++) ok = seen[need[i]!] === 1;
    if (!ok) return false;
  }
  return true;
}

/**
 * Which of a list of lower-case ASCII words occur in a text (as substrings): an Aho–Corasick
 * automaton over a–z, as a full transition table. Any other character leads back to the start,
 * since no word holds it.
 */
class WordAutomaton {
  private readonly next: Int32Array;
  /** Per state, the words that end there (itself or by its suffixes), or undefined. */
  private readonly out: (number[] | undefined)[];
  private readonly seen: Uint8Array;
  private readonly found: Int32Array;
  private count = 0;

  constructor(words: readonly string[]) {
    const goto: number[][] = [[]];
    const ends: number[][] = [[]];
    words.forEach((w, id) => {
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i) - 97;
        if (c < 0 || c >= 26) throw new Error(`patternSet: not a lower-case ASCII word: ${w}`);
        let t = goto[s]![c];
        if (t === undefined) {
          t = goto.length;
          goto.push([]);
          ends.push([]);
          goto[s]![c] = t;
        }
        s = t;
      }
      ends[s]!.push(id);
    });
    const n = goto.length;
    this.next = new Int32Array(n * 26);
    const fail = new Int32Array(n);
    this.out = new Array<number[] | undefined>(n);
    // Breadth first: a state's failure link is known before its children's.
    const queue: number[] = [];
    for (let c = 0; c < 26; c++) {
      const t = goto[0]![c];
      if (t === undefined) continue;
      this.next[c] = t;
      queue.push(t);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      const own = ends[s]!;
      const inherited = this.out[fail[s]!];
      this.out[s] = own.length || inherited ? [...own, ...(inherited ?? [])] : undefined;
      for (let c = 0; c < 26; c++) {
        const t = goto[s]![c];
        if (t === undefined) {
          this.next[s * 26 + c] = this.next[fail[s]! * 26 + c]!;
        } else {
          this.next[s * 26 + c] = t;
          fail[t] = this.next[fail[s]! * 26 + c]!;
          queue.push(t);
        }
      }
    }
    this.seen = new Uint8Array(words.length);
    this.found = new Int32Array(words.length);
  }

  /**
   * The words that occur in `lower`: per word id 1 or 0 (`seen`), and the ids found, once each
   * (`found`, the first `count`). The arrays are reused by the next scan.
   */
  scan(lower: string): { seen: Uint8Array; found: Int32Array; count: number } {
    const seen = this.seen;
    const found = this.found;
    for (let f = 0; f < this.count; f++) seen[found[f]!] = 0;
    let count = 0;
    const next = this.next;
    const out = this.out;
    let s = 0;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i) - 97;
      if (c < 0 || c >= 26) {
        s = 0;
        continue;
      }
      s = next[s * 26 + c]!;
      const o = out[s];
      if (o) {
        for (const id of o) {
          if (seen[id] === 1) continue;
          seen[id] = 1;
          found[count++] = id;
        }
      }
    }
    this.count = count;
    return { seen, found, count };
  }
}
