/**
 * The text model: glyphs → words → lines → blocks in reading order, with a map from every
 * character of the page text back to its glyphs.
 *
 * Words are built the way poppler's TextOutputDev builds them, so that our words agree with
 * `pdftotext -bbox-layout`: consecutive glyphs (in content-stream order) form a word until a
 * space glyph, a gap wider than 0.1 em, a baseline change, a font-size change or a jump back.
 * Many producers place words with TJ offsets or Td and emit no space at all, so gaps matter
 * as much as spaces.
 *
 * Where poppler's words break names, the text model reads differently, on purpose (issue #11,
 * class 7): small capitals in separate runs stay one word (`smallCapsStep`), letter spacing
 * tighter than 0.2 em inside one operator does not split a word (`tightSpacing`), and a capital
 * placed on its own against the previous text object starts a new word (`placedApart`: a label
 * glued to the value in the next column). On the project's own corpus and producer fixtures
 * the words still agree with pdftotext's one for one (tests/shared/pdf/oracle.test.ts).
 *
 * Text drawn twice (fake bold, a form XObject drawn over its own text, drop shadows, an
 * invisible OCR layer under the visible text) is read once, as poppler reads it: see
 * `findCopies`. The copies stay in `glyphs` and are listed in `copyOf`, so a box drawn
 * around the text covers every copy and the redactor removes every copy.
 *
 * @example
 *   const file = await openPdf(bytes);
 *   const page = pageText(interpretPage(file, 0), 1);
 *   page.text;          // "Van: Jansen, P. (Piet)\nAan: …"
 *   page.words[0].rect; // [72.0, 70.4, 95.2, 82.1]
 */
import type { Glyph, PageContent, Rect, Rotation } from './types';
import type { PageText, TextLine, Word } from './textTypes';
import { missingCaseError } from '../assert';
import { GlyphStore, lazyGlyphs, storeOf } from './glyphStore';

/** Gap (in em) above which two glyphs belong to different words (poppler's minWordBreakSpace). */
const WORD_BREAK_GAP = 0.1;
/** Overlap (in em) beyond which a glyph drawn "backwards" starts a new word (minDupBreakOverlap). */
const BACKWARD_BREAK = 0.2;

/** A glyph's position in a frame where its text runs left to right and lines go down. */
interface Framed {
  a0: number; // start along the writing direction
  a1: number; // end along the writing direction
  lo: number; // top across the line (smaller = earlier line)
  hi: number;
  base: number;
}

/**
 * Every glyph of a page in its frame (see `Framed`), one typed array per field, computed once per
 * page and shared by the copy finder and the word builder; `blank` marks spaces and glyphs
 * without visible text.
 */
interface Frames {
  s: GlyphStore;
  a0: Float64Array;
  a1: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  base: Float64Array;
  blank: Uint8Array;
}

/** JavaScript's \s for one UTF-16 code unit (what /^\s+$/ tested per glyph). */
function isWhiteCode(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isWhite(t: string): boolean {
  if (t.length === 1) return isWhiteCode(t.charCodeAt(0));
  for (let k = 0; k < t.length; k++) if (!isWhiteCode(t.charCodeAt(k))) return false;
  return true;
}

/**
 * The arrays `framesOf` fills, kept from page to page and grown when a page has more glyphs
 * (issue #17: six arrays per page were made, and freed, outside the JavaScript heap). Only the
 * first `s.length` entries count; the frames live only while one page's text model is built
 * (`pageText`, `findCopies`, `buildWords`), so one set serves every page.
 */
let frameScratch: Omit<Frames, 's'> | null = null;

function framesOf(s: GlyphStore): Frames {
  const n = s.length;
  if (!frameScratch || frameScratch.a0.length < n) {
    const cap = Math.max(1024, n, frameScratch ? 2 * frameScratch.a0.length : 0);
    frameScratch = {
      a0: new Float64Array(cap), a1: new Float64Array(cap), lo: new Float64Array(cap), hi: new Float64Array(cap),
      base: new Float64Array(cap), blank: new Uint8Array(cap),
    };
  }
  const { a0, a1, lo, hi, base, blank } = frameScratch;
  for (let i = 0; i < n; i++) {
    const rot = s.rot[i] as Rotation;
    const x0 = s.x0[i], y0 = s.y0[i], x1 = s.x1[i], y1 = s.y1[i], b = s.base[i];
    switch (rot) {
      case 0: a0[i] = x0; a1[i] = x1; lo[i] = y0; hi[i] = y1; base[i] = b; break;
      case 1: a0[i] = y0; a1[i] = y1; lo[i] = -x1; hi[i] = -x0; base[i] = -b; break;
      case 2: a0[i] = -x1; a1[i] = -x0; lo[i] = -y1; hi[i] = -y0; base[i] = -b; break;
      case 3: a0[i] = -y1; a1[i] = -y0; lo[i] = x0; hi[i] = x1; base[i] = b; break;
      default: throw missingCaseError(rot);
    }
    const t = s.text[i];
    blank[i] = s.isSpace(i) || t === '' || isWhite(t) ? 1 : 0;
  }
  return { s, a0, a1, lo, hi, base, blank };
}

function storeFor(glyphs: readonly Glyph[] | GlyphStore): GlyphStore {
  return glyphs instanceof GlyphStore ? glyphs : GlyphStore.from(glyphs);
}

/** The left halves `sortRange` merges, kept from call to call (emptied after each). */
const sortScratch: unknown[] = [];
/** Runs `sortRange` sorts by insertion before merging them. */
const SORT_RUN = 16;

/**
 * Sorts `a[from, to)` in place and stably, so in the same order as `Array.prototype.sort` with
 * the same comparator, but without the copy of the whole array V8's sort makes on every call
 * (issue #17: the text model sorts every page's words several times; those copies were an
 * eighth of what reading a page allocated). Insertion sort of short runs, then merges; text is
 * mostly drawn in reading order, so most merges find their halves already in order.
 */
function sortRange<T>(a: T[], from: number, to: number, cmp: (x: T, y: T) => number): void {
  for (let r = from; r < to; r += SORT_RUN) {
    const end = Math.min(r + SORT_RUN, to);
    for (let i = r + 1; i < end; i++) {
      const x = a[i];
      let j = i - 1;
      while (j >= r && cmp(a[j], x) > 0) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }
  if (to - from <= SORT_RUN) return;
  const tmp = sortScratch as T[];
  let used = 0;
  for (let width = SORT_RUN; width < to - from; width *= 2) {
    for (let lo = from; lo + width < to; lo += 2 * width) {
      const mid = lo + width, hi = Math.min(lo + 2 * width, to);
      if (cmp(a[mid - 1], a[mid]) <= 0) continue; // already in order
      let k = 0;
      for (let i = lo; i < mid; i++) tmp[k++] = a[i];
      if (k > used) used = k;
      // Ties take the left element first: stable.
      let i = 0, j = mid, o = lo;
      while (i < k && j < hi) a[o++] = cmp(tmp[i], a[j]) <= 0 ? tmp[i++] : a[j++];
      while (i < k) a[o++] = tmp[i++];
    }
  }
  for (let k = 0; k < used; k++) tmp[k] = undefined as T; // holds no page's words after the call
}

/**
 * A word being built: its glyphs, direction and box, its number `k` in the page's words, under
 * which its frame (`Framed`) and size lie in `WF`, and, once `dedupe` has keyed it, the plain
 * join of its glyphs' text.
 */
interface WordBuild {
  glyphs: number[];
  rot: Rotation;
  rect: Rect;
  text: string | null;
  k: number;
}

/**
 * The frames and sizes of the words of the page being read, by word number (`WordBuild.k`):
 * typed arrays kept from page to page instead of six numbers in every word object, which V8
 * keeps as a heap number each (issue #17). Valid from `wordsOf` until the next page's.
 */
let WF = frameArrays(1024);

function frameArrays(cap: number) {
  return {
    a0: new Float64Array(cap), a1: new Float64Array(cap), lo: new Float64Array(cap), hi: new Float64Array(cap),
    base: new Float64Array(cap), size: new Float64Array(cap),
  };
}

/** Room in `WF` for word `k`, keeping the words before it. */
function wordRoom(k: number): void {
  if (k < WF.a0.length) return;
  const next = frameArrays(2 * WF.a0.length);
  next.a0.set(WF.a0); next.a1.set(WF.a1); next.lo.set(WF.lo); next.hi.set(WF.hi);
  next.base.set(WF.base); next.size.set(WF.size);
  WF = next;
}

/**
 * Groups a page's glyphs into words (poppler's rules; see the file comment). Glyphs marked in
 * `skip` (copies of other glyphs, see `findCopies`) are left out as if never drawn.
 */
export function buildWords(glyphs: readonly Glyph[] | GlyphStore, skip?: Int32Array): (Omit<WordBuild, 'k' | 'text'> & Framed & { size: number })[] {
  return wordsOf(framesOf(storeFor(glyphs)), skip).map(({ glyphs: g, rot, rect, k }) => ({
    glyphs: g, rot, rect, a0: WF.a0[k], a1: WF.a1[k], lo: WF.lo[k], hi: WF.hi[k], base: WF.base[k], size: WF.size[k],
  }));
}

/** Ends the word being built (`wordsOf`): its frame into `WF`, its object into `words`. */
function endWord(words: WordBuild[], glyphs: number[], rot: Rotation, a0: number, a1: number, lo: number, hi: number, base: number, size: number, rect: Rect): void {
  const k = words.length;
  wordRoom(k);
  WF.a0[k] = a0; WF.a1[k] = a1; WF.lo[k] = lo; WF.hi[k] = hi; WF.base[k] = base; WF.size[k] = size;
  words.push({ glyphs, rot, rect, text: null, k });
}

/** The glyph indices of the word being built (`wordsOf`), copied out at its end: one array per page run, not one growing array per word. */
const wordGlyphs: number[] = [];

function wordsOf(F: Frames, skip?: Int32Array): WordBuild[] {
  const s = F.s;
  const words: WordBuild[] = [];
  // The word being built, in locals (issue #17): its objects (glyph list, frame, rectangle) are
  // made once when it ends, at their final size, instead of at its first glyph and grown and
  // boxed glyph by glyph.
  let open = false;
  let n = 0;
  let rot: Rotation = 0;
  let a0 = 0, a1 = 0, lo = 0, hi = 0, base = 0, size = 0;
  let r0 = 0, r1 = 0, r2 = 0, r3 = 0;
  let prevExtra = 0;
  let last = -1;
  const g = wordGlyphs;
  for (let i = 0; i < s.length; i++) {
    if (skip && skip[i] >= 0) continue;
    const extraBefore = prevExtra;
    prevExtra = s.extra[i];
    let ends = F.blank[i] === 1;
    if (!ends && open && last >= 0) {
      // Character spacing is not a word break (poppler subtracts it the same way, its glyph
      // boxes include it), so letter-spaced words ("V e r t r o u w e l i j k") stay one word,
      // and so do condensed ones (negative Tc) however tight.
      const gap = F.a0[i] - a1 - extraBefore;
      // A change of size against the glyph before (poppler compares with the word's size,
      // which is the same until a small-capitals step has mixed two sizes in the word).
      const sizeChange = Math.abs(s.size[i] - s.size[last]) > 0.01 * Math.max(1, s.size[last]);
      ends =
        s.rot[i] !== rot ||
        Math.abs(F.base[i] - base) > 0.5 ||
        (sizeChange && !smallCapsStep(F, last, i)) ||
        gap > WORD_BREAK_GAP * size ||
        (gap < -BACKWARD_BREAK * size && !tightSpacing(F, last, i)) ||
        placedApart(s, last, i, gap, size);
    }
    if (ends && open) {
      endWord(words, g.slice(0, n), rot, a0, a1, lo, hi, base, size, [r0, r1, r2, r3]);
      open = false;
    }
    if (F.blank[i]) continue;
    last = i;
    if (!open) {
      open = true;
      n = 0;
      rot = s.rot[i] as Rotation;
      a0 = F.a0[i]; a1 = F.a1[i]; lo = F.lo[i]; hi = F.hi[i]; base = F.base[i];
      size = s.size[i];
      r0 = s.x0[i]; r1 = s.y0[i]; r2 = s.x1[i]; r3 = s.y1[i];
    } else {
      if (F.a1[i] > a1) a1 = F.a1[i];
      if (F.a0[i] < a0) a0 = F.a0[i];
      if (F.lo[i] < lo) lo = F.lo[i];
      if (F.hi[i] > hi) hi = F.hi[i];
      if (s.x0[i] < r0) r0 = s.x0[i];
      if (s.y0[i] < r1) r1 = s.y0[i];
      if (s.x1[i] > r2) r2 = s.x1[i];
      if (s.y1[i] > r3) r3 = s.y1[i];
    }
    g[n++] = i;
  }
  if (open) endWord(words, g.slice(0, n), rot, a0, a1, lo, hi, base, size, [r0, r1, r2, r3]);
  return words;
}

/**
 * Letter spacing tighter than poppler's backward break (0.2 em), written as TJ adjustments
 * inside one text-showing operator: each glyph still starts after the one before it, so the
 * word goes on. A jump back to redraw or to start another line lands at or before the previous
 * glyph's start, or comes from another operator.
 */
function tightSpacing(F: Frames, prev: number, g: number): boolean {
  const s = F.s;
  return s.stream[g] === s.stream[prev] && s.op[g] === s.op[prev] && F.a0[g] > F.a0[prev] + 0.01 * s.size[g];
}

const UPPER_START = /^[\p{Lu}\p{Lt}]/u;
const UPPER_END = /[\p{Lu}\p{Lt}]$/u;

/**
 * A label glued to the value in the next column ("ContactpersoonJan Bakker"): a capital that
 * starts a new text object (BT) after a lower-case letter or punctuation, placed on its own
 * rather than where the previous text ended (a table cell, a tab stop, a label that overflows
 * its cell and touches the value). poppler glues them when the gap is under 0.1 em; a word
 * split over two text objects by a change of formatting continues exactly where the first
 * part ended, and stays one word.
 */
function placedApart(s: GlyphStore, prev: number, g: number, gap: number, size: number): boolean {
  const to = s.textObject[g];
  if (to < 0 || to === s.textObject[prev]) return false;
  if (Math.abs(gap) <= 0.03 * size) return false;
  return UPPER_START.test(s.text[g]) && !UPPER_END.test(s.text[prev]);
}

const IN_WORD = /^[\p{L}\-\u2010\u2011.,;:()'\u2019&]$/u;
const LETTER = /^\p{L}$/u;

/**
 * Small capitals as word processors and browsers draw them (Word, LibreOffice, Chromium): the
 * capitals of a word at full size and its lower-case letters as capitals at 55–92 % of the
 * size, on the same baseline, in separate text runs ("J" + "AN", or "J" + "an" where the
 * producer gives the small capitals their lower-case text). poppler breaks a word at every
 * change of font size; the text model keeps such a word whole, so "J AN B AKKER" reads
 * "JAN BAKKER". A superscript or subscript is no small capital: it is raised or lowered, or
 * not a letter.
 */
function smallCapsStep(F: Frames, prev: number, g: number): boolean {
  const s = F.s;
  const ps = s.size[prev], gs = s.size[g];
  const small = Math.min(ps, gs), large = Math.max(ps, gs);
  const ratio = small / large;
  if (ratio < 0.55 || ratio > 0.92) return false;
  const pt = s.text[prev], gt = s.text[g];
  if (!IN_WORD.test(pt) || !IN_WORD.test(gt)) return false;
  if (!LETTER.test(gs < ps ? gt : pt)) return false;
  // Both stand on the baseline: the bottoms of their boxes differ only by the smaller descent.
  return Math.abs(F.hi[g] - F.hi[prev]) <= 0.25 * large && Math.abs(F.lo[g] - F.lo[prev]) <= 0.5 * large;
}

/** Poppler's tolerances for duplicated text (dupMaxPriDelta, dupMaxSecDelta), in em. */
const DUP_ALONG = 0.1;
const DUP_ACROSS = 0.2;

const isInvisible = (s: GlyphStore, i: number) => s.renderMode[i] === 3 || s.renderMode[i] === 7;

/**
 * Text drawn more than once at (nearly) the same place, and the words the text model reads:
 * for every glyph, the index of the glyph it repeats (the copy that is read), or -1.
 *
 * - A glyph repeats the glyph drawn just before it when it shows the same character in the
 *   same direction, both its edges along the line lie within 0.1 em and its baseline within
 *   0.2 em of the other's (poppler's dupMaxPriDelta and dupMaxSecDelta): fake bold glyph by
 *   glyph. Glyphs without an advance (combining marks, a Type3 font without widths) are never
 *   copies: they sit on each other by design.
 * - A word repeats another when it has the same text and (a) both its ends lie within 0.1 em
 *   and its baseline within 0.2 em of the other's (poppler's rule for duplicated words: the
 *   copy in another font), or (b) one of the two is invisible (render mode 3 or 7, an OCR
 *   layer) and their boxes overlap for most of their length and half their height: a form
 *   drawn over its own text, fake bold line by line, drop shadows, OCR layers. Its glyphs then
 *   repeat the other word's glyphs character by character.
 *
 * The copy that is read is the first one drawn, a visible one before an invisible one.
 *
 * @example
 *   // "Jan" drawn, then drawn again 0.3 pt to the right (fake bold)
 *   findCopies(glyphs); // Int32Array [-1, -1, -1, 0, 1, 2]
 */
export function findCopies(glyphs: readonly Glyph[] | GlyphStore): Int32Array {
  return dedupe(framesOf(storeFor(glyphs))).copyOf;
}

/**
 * True when two equal glyphs drawn on each other are a double letter in condensed text
 * ("Willemijn" with letter spacing tighter than an l is wide), not a copy: their neighbours
 * overlap them as much as they overlap each other. A copy drawn for fake bold sits between
 * neighbours that start where it ends.
 */
function condensed(F: Frames, first: number, second: number): boolean {
  const s = F.s;
  const n = s.length;
  const near = (k: number) => k >= 0 && k < n && s.rot[k] === s.rot[first] && Math.abs(s.base[k] - s.base[first]) < 0.5;
  if (near(second + 1) && F.a1[second] - F.a0[second + 1] > 0.5 * (F.a1[second] - F.a0[second])) return true;
  if (near(first - 1) && F.a1[first - 1] - F.a0[first] > 0.5 * (F.a1[first] - F.a0[first])) return true;
  return false;
}

let parents = new Int32Array(1024);
/** `dedupe`'s glyph groups for a page of `n` glyphs, all -1: one array kept from page to page (see `frameScratch`). */
function parentScratch(n: number): Int32Array {
  if (parents.length < n) parents = new Int32Array(Math.max(n, 2 * parents.length));
  parents.fill(-1, 0, n);
  return parents;
}

function dedupe(F: Frames): { copyOf: Int32Array; words: WordBuild[] } {
  const s = F.s;
  const n = s.length;
  const copyOf = new Int32Array(n).fill(-1);
  // 1. Glyph copies: a glyph drawn again right after itself (fake bold glyph by glyph).
  const parent = parentScratch(n);
  let prev = -1;
  let any = false;
  for (let i = 0; i < n; i++) {
    if (F.blank[i]) continue;
    const size = s.size[i];
    if (!(F.a1[i] - F.a0[i] > 0.01 * size)) {
      prev = -1;
      continue;
    }
    if (prev >= 0) {
      const ps = s.size[prev];
      const m = Math.min(ps, size);
      if (
        s.text[prev] === s.text[i] && s.rot[prev] === s.rot[i] && Math.max(ps, size) <= 1.25 * m &&
        Math.abs(F.a0[i] - F.a0[prev]) < DUP_ALONG * m && Math.abs(F.a1[i] - F.a1[prev]) < DUP_ALONG * m &&
        Math.abs(F.base[i] - F.base[prev]) < DUP_ACROSS * m && !condensed(F, prev, i)
      ) {
        parent[i] = parent[prev] >= 0 ? parent[prev] : prev;
        any = true;
        // The next glyph is compared with the first of the group, not with this copy.
        continue;
      }
    }
    prev = i;
  }
  if (any) {
    // The copy read is the first visible one (else the first): OCR layers are often drawn first.
    const reader = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const root = parent[i] >= 0 ? parent[i] : i;
      if (parent[i] < 0 && !reader.has(root)) continue;
      const cur = reader.get(root) ?? root;
      reader.set(root, isInvisible(s, cur) && !isInvisible(s, i) ? i : cur);
    }
    for (let i = 0; i < n; i++) {
      const keep = reader.get(parent[i] >= 0 ? parent[i] : i);
      if (keep !== undefined && keep !== i) copyOf[i] = keep;
    }
  }

  // 2. Word copies: the same word drawn again in another font, or as an invisible OCR layer.
  const words = wordsOf(F, copyOf);
  // Words grouped by direction and text; only a text that occurs twice gets a list (issue #17:
  // no key string and no list per word). Lists are disjoint, so their order does not matter.
  // A map per direction the page uses (most use one), made at its first word.
  const byText: (Map<string, number | number[]> | undefined)[] = [undefined, undefined, undefined, undefined];
  const lists: number[][] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const gl = w.glyphs;
    let text = s.text[gl[0]];
    for (let q = 1; q < gl.length; q++) text += s.text[gl[q]];
    w.text = text;
    const m = (byText[w.rot] ??= new Map());
    const seen = m.get(text);
    if (seen === undefined) m.set(text, k);
    else if (typeof seen === 'number') {
      const list = [seen, k];
      m.set(text, list);
      lists.push(list);
    } else seen.push(k);
  }
  const vis = new Int8Array(words.length).fill(-1);
  const visible = (k: number): boolean => {
    if (vis[k] < 0) vis[k] = words[k].glyphs.some((gi) => !isInvisible(s, gi)) ? 1 : 0;
    return vis[k] === 1;
  };
  const isCopy = new Uint8Array(words.length);
  let wordCopies = 0;
  const { a0: A0, a1: A1, lo: LO, hi: HI, base: BASE, size: SIZE } = WF;
  const byBase = (x: number, y: number) => order(BASE[x], BASE[y]);
  for (const list of lists) {
    sortRange(list, 0, list.length, byBase);
    for (let x = 0; x < list.length; x++) {
      const ka = list[x];
      const a = words[ka];
      for (let y = x + 1; y < list.length; y++) {
        const kb = list[y];
        const b = words[kb];
        const sz = Math.min(SIZE[ka], SIZE[kb]);
        if (BASE[kb] - BASE[ka] > 0.6 * Math.max(SIZE[ka], SIZE[kb])) break;
        if (isCopy[list[x]] || isCopy[list[y]]) continue;
        const samePlace = Math.abs(A0[ka] - A0[kb]) < DUP_ALONG * sz && Math.abs(A1[ka] - A1[kb]) < DUP_ALONG * sz && Math.abs(BASE[ka] - BASE[kb]) < DUP_ACROSS * sz;
        let ocr = false;
        if (!samePlace && visible(list[x]) !== visible(list[y])) {
          const along = Math.min(A1[ka], A1[kb]) - Math.max(A0[ka], A0[kb]);
          const across = Math.min(HI[ka], HI[kb]) - Math.max(LO[ka], LO[kb]);
          ocr = along >= 0.6 * Math.max(A1[ka] - A0[ka], A1[kb] - A0[kb]) && across >= 0.5 * Math.min(HI[ka] - LO[ka], HI[kb] - LO[kb]);
        }
        if (!samePlace && !ocr) continue;
        // The copy: the invisible one, else the one drawn later.
        const [keepK, copyK] = visible(list[x]) !== visible(list[y])
          ? (visible(list[x]) ? [list[x], list[y]] : [list[y], list[x]])
          : (a.glyphs[0] < b.glyphs[0] ? [list[x], list[y]] : [list[y], list[x]]);
        isCopy[copyK] = 1;
        wordCopies++;
        const byChar: number[] = [];
        for (const gi of words[keepK].glyphs) for (let c = 0; c < s.text[gi].length; c++) byChar.push(gi);
        let off = 0;
        for (const gi of words[copyK].glyphs) {
          copyOf[gi] = byChar[Math.min(off, byChar.length - 1)];
          off += s.text[gi].length;
        }
      }
    }
  }
  if (wordCopies === 0) return { copyOf, words };
  // Glyph copies of a glyph that turned out to be a word copy point at what it repeats.
  for (let i = 0; i < n; i++) {
    let r = copyOf[i];
    for (let hops = 0; r >= 0 && copyOf[r] >= 0 && hops < 4; hops++) r = copyOf[r];
    if (r >= 0) copyOf[i] = r;
  }
  return { copyOf, words: words.filter((_, k) => !isCopy[k]) };
}

interface LineBuild {
  words: WordBuild[];
  rot: Rotation;
  a0: number;
  a1: number;
  lo: number;
  hi: number;
  base: number;
  size: number;
}

interface BlockBuild {
  lines: LineBuild[];
  rot: Rotation;
  a0: number;
  a1: number;
  lo: number;
  hi: number;
}

/**
 * Lines: words on the same baseline, read along the writing direction, split where the gap is
 * so wide that the two parts are separate columns or table cells.
 */
function buildLines(words: WordBuild[]): LineBuild[] {
  const byRot = new Map<Rotation, WordBuild[]>();
  for (const w of words) {
    let list = byRot.get(w.rot);
    if (!list) byRot.set(w.rot, (list = []));
    list.push(w);
  }
  const lines: LineBuild[] = [];
  for (const [rot, list] of byRot) {
    sortRange(list, 0, list.length, byBaseThenStart);
    // Cluster by baseline: a word joins the open line whose baseline is within a third of an em.
    // Row r is list[rows[r], rows[r + 1]), sorted along the line in place: the rows' bounds
    // are found in baseline order, and each row is sorted only once its bounds are known.
    const rows: number[] = [];
    let i = 0;
    while (i < list.length) {
      const base = WF.base[list[i].k];
      const tol = Math.max(1, WF.size[list[i].k] * 0.35);
      let j = i;
      while (j < list.length && WF.base[list[j].k] - base <= tol) j++;
      sortRange(list, i, j, byStart);
      rows.push(i);
      i = j;
    }
    rows.push(list.length);
    const gutters = findGutters(list, rows);
    for (let r = 0; r + 1 < rows.length; r++) {
      let line: LineBuild | null = null;
      for (let k = rows[r]; k < rows[r + 1]; k++) {
        const w = list[k];
        const wk = w.k;
        const wa0 = WF.a0[wk], wa1 = WF.a1[wk], wlo = WF.lo[wk], whi = WF.hi[wk], wsize = WF.size[wk];
        const size = Math.max(wsize, 1);
        if (line && (wa0 - line.a1 > Math.max(3 * size, 12) || crossesAny(line, wa0, gutters, r, size))) line = null;
        if (!line) {
          line = { words: [], rot, a0: wa0, a1: wa1, lo: wlo, hi: whi, base: WF.base[wk], size: wsize };
          lines.push(line);
        }
        line.words.push(w);
        line.a1 = Math.max(line.a1, wa1);
        line.a0 = Math.min(line.a0, wa0);
        line.lo = Math.min(line.lo, wlo);
        line.hi = Math.max(line.hi, whi);
        line.size = Math.max(line.size, wsize);
      }
    }
  }
  return lines;
}

/**
 * -1, 0 or 1 as x is below, equal to or above y: what `x - y` orders by (a NaN, from neither
 * side, counts as equal, as in `x - y || …`), without a heap number for every fractional
 * difference the comparators return.
 */
const order = (x: number, y: number) => (x < y ? -1 : x > y ? 1 : 0);
const byBaseThenStart = (a: WordBuild, b: WordBuild) => order(WF.base[a.k], WF.base[b.k]) || order(WF.a0[a.k], WF.a0[b.k]);
const byStart = (a: WordBuild, b: WordBuild) => order(WF.a0[a.k], WF.a0[b.k]);

/**
 * True when the step from a line's end `a1` to the next word's start `a0`, in row `row`,
 * crosses a gutter: the gutter lies between them, or, in a row among those that share the
 * gutter, a line of running text reaches a word that starts where a left-aligned right
 * column starts (within a point) after a gap wider than a word space. That is how the widest line of the left column meets the right column
 * across a gutter narrower than the other rows show it.
 */
function crossesGutter(line: LineBuild, a0: number, g: Gutter, row: number, size: number): boolean {
  const a1 = line.a1;
  if (a1 <= g.lo + 0.5 && a0 >= g.hi - 0.5) return true;
  // Only for running text on the left (four words or more): a label beside its value in a
  // table (one or two words) stays on the value's line, where its reader expects it.
  return g.columns && line.words.length >= 4 && row > g.firstRow && row < g.lastRow && Math.abs(a0 - g.hi) <= 1 && a0 - a1 > 0.35 * size;
}

/** `gutters.some((g) => crossesGutter(…))` without a closure per word (issue #17). */
function crossesAny(line: LineBuild, a0: number, gutters: readonly Gutter[], row: number, size: number): boolean {
  for (let k = 0; k < gutters.length; k++) if (crossesGutter(line, a0, gutters[k], row, size)) return true;
  return false;
}

interface Gutter {
  lo: number;
  hi: number;
  /** The first and last rows that leave the strip empty. */
  firstRow: number;
  lastRow: number;
  /**
   * Columns side by side: three rows or more start a word at the strip's right edge (a
   * left-aligned column begins there), and most rows from the first to the last share it.
   */
  columns: boolean;
}

/**
 * Column gutters: a strip that at least three rows leave empty with a gap of more than 0.7
 * em between two of their words (a word space is about 0.25 em). A gutter narrower than the line-splitting gap (three em)
 * still separates columns, so text of two columns is never read as one line.
 */
function findGutters(list: readonly WordBuild[], rows: readonly number[]): Gutter[] {
  const gaps: { lo: number; hi: number; row: number }[] = [];
  for (let r = 0; r + 1 < rows.length; r++) {
    for (let k = rows[r] + 1; k < rows[r + 1]; k++) {
      const size = Math.max(WF.size[list[k - 1].k], 1);
      const lo = WF.a1[list[k - 1].k], hi = WF.a0[list[k].k];
      if (hi - lo > 0.7 * size) gaps.push({ lo, hi, row: r });
    }
  }
  const gutters: Gutter[] = [];
  for (const g of gaps) {
    // The strip all overlapping gaps share.
    let lo = g.lo, hi = g.hi;
    const rowsSeen = new Set<number>([g.row]);
    for (const h of gaps) {
      if (h.row === g.row || h.hi <= lo || h.lo >= hi) continue;
      const nlo = Math.max(lo, h.lo), nhi = Math.min(hi, h.hi);
      if (nhi - nlo < 2) continue;
      lo = nlo;
      hi = nhi;
      rowsSeen.add(h.row);
    }
    if (rowsSeen.size >= 3 && !gutters.some((x) => x.lo < hi && lo < x.hi)) {
      // A column starts at the strip's right edge when three rows or more start a word there.
      const starts = new Set(gaps.filter((h) => rowsSeen.has(h.row) && Math.abs(h.hi - hi) <= 1).map((h) => h.row));
      const firstRow = Math.min(...rowsSeen), lastRow = Math.max(...rowsSeen);
      // Side-by-side columns: most rows between the first and the last leave the strip empty
      // (a hanging indent in body text leaves it empty only in the rows of its list).
      const columns = starts.size >= 3 && rowsSeen.size >= 0.6 * (lastRow - firstRow + 1);
      gutters.push({ lo, hi, firstRow, lastRow, columns });
    }
  }
  // A strip that some row's word crosses is no gutter for that row; rows decide per gap above.
  return gutters;
}

const byRotBaseStart = (a: LineBuild, b: LineBuild) => a.rot - b.rot || order(a.base, b.base) || order(a.a0, b.a0);

/** Blocks: lines stacked closely with overlapping horizontal extent (a paragraph or a column run). */
function buildBlocks(lines: LineBuild[]): BlockBuild[] {
  const sorted = lines.slice();
  sortRange(sorted, 0, sorted.length, byRotBaseStart);
  const blocks: BlockBuild[] = [];
  for (const line of sorted) {
    let best: BlockBuild | null = null;
    for (let k = blocks.length - 1; k >= 0; k--) {
      const b = blocks[k];
      if (b.rot !== line.rot) continue;
      const last = b.lines[b.lines.length - 1];
      const gap = line.lo - last.hi;
      const lineHeight = Math.max(last.hi - last.lo, line.hi - line.lo, 1);
      if (gap > 1.2 * lineHeight || line.base <= last.base) continue;
      const overlap = Math.min(b.a1, line.a1) - Math.max(b.a0, line.a0);
      if (overlap <= 0) continue;
      // A line that also overlaps a second block side by side is ambiguous: take the closest.
      if (!best || last.base > best.lines[best.lines.length - 1].base) best = b;
    }
    if (best) {
      best.lines.push(line);
      best.a0 = Math.min(best.a0, line.a0);
      best.a1 = Math.max(best.a1, line.a1);
      best.hi = Math.max(best.hi, line.hi);
    } else {
      blocks.push({ lines: [line], rot: line.rot, a0: line.a0, a1: line.a1, lo: line.lo, hi: line.hi });
    }
  }
  return orderBlocks(blocks);
}

/**
 * Reading order of blocks: a block comes after every block above it that it overlaps
 * horizontally, and after every block to its left that it overlaps vertically; ties go top
 * to bottom. So a two-column page reads the left column, then the right one.
 */
function orderBlocks(blocks: BlockBuild[]): BlockBuild[] {
  const out: BlockBuild[] = [];
  const byRot = new Map<Rotation, BlockBuild[]>();
  for (const b of blocks) {
    let l = byRot.get(b.rot);
    if (!l) byRot.set(b.rot, (l = []));
    l.push(b);
  }
  for (const rot of [0, 1, 2, 3] as Rotation[]) {
    const list = byRot.get(rot);
    if (!list) continue;
    const n = list.length;
    // after[i]: the blocks that come after block i; waiting[j]: how many of the blocks j comes
    // after are not yet placed (a count kept as blocks are placed, instead of testing every
    // block's list again at every pick: issue #17).
    const after: number[][] = Array.from({ length: n }, () => []);
    const waiting = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const a = list[i], b = list[j];
        const hOverlap = Math.min(a.a1, b.a1) - Math.max(a.a0, b.a0) > 0;
        const vOverlap = Math.min(a.hi, b.hi) - Math.max(a.lo, b.lo) > 0;
        if ((hOverlap && a.hi <= b.lo + 1) || (!hOverlap && vOverlap && a.a1 <= b.a0)) {
          after[i].push(j);
          waiting[j]++;
        }
      }
    }
    const done = new Uint8Array(n);
    const remaining = list.map((_, i) => i).sort((x, y) => list[x].lo - list[y].lo || list[x].a0 - list[y].a0);
    for (let count = 0; count < n; count++) {
      // The first block top-down whose predecessors are all placed; in a cycle, the first unplaced.
      let pick = -1, first = -1;
      for (const i of remaining) {
        if (done[i]) continue;
        if (first < 0) first = i;
        if (waiting[i] === 0) {
          pick = i;
          break;
        }
      }
      if (pick < 0) pick = first;
      done[pick] = 1;
      for (const j of after[pick]) waiting[j]--;
      out.push(list[pick]);
    }
  }
  return out;
}

/** Combining diacritical marks (U+0300–U+036F), as a decomposed letter carries them. */
const COMBINING = /[\u0300-\u036f]/;
const isCombiningCode = (c: number) => c >= 0x300 && c <= 0x36f;

/**
 * Builds the text model of one interpreted page.
 *
 * @param content what `interpretPage` returned
 * @param pageNumber 1-based page number for the result
 */
export function pageText(content: PageContent, pageNumber: number): PageText {
  const store = storeOf(content);
  const s = store ?? GlyphStore.from(content.glyphs);
  const { copyOf, words: wordBuilds } = dedupe(framesOf(s));
  const blocks = buildBlocks(buildLines(wordBuilds));
  const words: Word[] = [];
  const lines: TextLine[] = [];
  // Every character maps to a glyph or a separator. Without combining marks (nearly every page)
  // the text is exactly the glyphs' text, a space between the words of a line, a newline
  // between lines and two between blocks, and the maps are made at that size; with them, at
  // most the glyphs' text and a separator per word and two more per block, cut to size below.
  let glyphChars = 0;
  let combining = false;
  for (const wb of wordBuilds) {
    for (const gi of wb.glyphs) {
      const t = s.text[gi];
      glyphChars += t.length;
      for (let k = 0; k < t.length && !combining; k++) combining = isCombiningCode(t.charCodeAt(k));
    }
  }
  let lineCount = 0;
  for (const b of blocks) lineCount += b.lines.length;
  const size = combining
    ? glyphChars + 2 * wordBuilds.length + 2 * blocks.length + 2
    : blocks.length === 0 ? 0 : glyphChars + (wordBuilds.length - lineCount) + (lineCount - blocks.length) + 2 * (blocks.length - 1);
  const charToGlyph = new Int32Array(size);
  const charToLine = new Int32Array(size);
  let c = 0;
  // The page text in pieces (separators and words), joined once at the end: adding them to one
  // string made a rope node per piece, flattened again when the text was first read (issue #17).
  const pieces: string[] = [];
  let length = 0;
  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi];
    if (bi > 0) {
      pieces.push('\n\n');
      length += 2;
      charToGlyph[c] = -1; charToLine[c++] = -1;
      charToGlyph[c] = -1; charToLine[c++] = -1;
    }
    for (let li = 0; li < block.lines.length; li++) {
      const lb = block.lines[li];
      if (li > 0) {
        pieces.push('\n');
        length += 1;
        charToGlyph[c] = -1; charToLine[c++] = -1;
      }
      const lineIndex = lines.length;
      const r0 = lb.words[0].rect;
      const line: TextLine = { words: [], rect: [r0[0], r0[1], r0[2], r0[3]], rot: lb.rot, start: length, end: 0, block: bi };
      const r = line.rect;
      for (let wi = 0; wi < lb.words.length; wi++) {
        const wb = lb.words[wi];
        if (wi > 0) {
          pieces.push(' ');
          length += 1;
          charToGlyph[c] = -1; charToLine[c++] = lineIndex;
        }
        const start = length;
        let wtext: string;
        if (!combining) {
          // The word's text as dedupe joined it (no mark to compose on this page).
          wtext = wb.text!;
          for (const gi of wb.glyphs) {
            for (let k = s.text[gi].length; k > 0; k--) {
              charToGlyph[c] = gi; charToLine[c++] = lineIndex;
            }
          }
        } else wtext = '';
        if (combining) for (const gi of wb.glyphs) {
          let t = s.text[gi];
          // Decomposed diacritics ("n" + U+0327 for "ņ", from text written in Unicode's NFD or a
          // ToUnicode map that decomposes): composed (NFC), so that words, lexicons and patterns see
          // one letter. A mark drawn as a glyph of its own joins the letter before it; that glyph
          // keeps no character of its own (its box lies on the letter's, so a range's rectangle
          // still covers it).
          // (One character, the usual glyph, is tested by its code: this loop runs for every glyph.)
          if (t.length === 1 ? t.charCodeAt(0) >= 0x300 && t.charCodeAt(0) <= 0x36f : COMBINING.test(t)) {
            const joined = wtext && /^\p{M}/u.test(t) ? (wtext[wtext.length - 1] + t).normalize('NFC') : '';
            if (joined && joined.length < 1 + t.length) {
              wtext = wtext.slice(0, -1) + joined[0];
              t = joined.slice(1);
            } else t = t.normalize('NFC');
          }
          wtext += t;
          for (let k = 0; k < t.length; k++) {
            charToGlyph[c] = gi; charToLine[c++] = lineIndex;
          }
        }
        pieces.push(wtext);
        length += wtext.length;
        const word: Word = { text: wtext, rect: wb.rect, rot: wb.rot, glyphs: wb.glyphs, start };
        words.push(word);
        line.words.push(word);
        if (wb.rect[0] < r[0]) r[0] = wb.rect[0];
        if (wb.rect[1] < r[1]) r[1] = wb.rect[1];
        if (wb.rect[2] > r[2]) r[2] = wb.rect[2];
        if (wb.rect[3] > r[3]) r[3] = wb.rect[3];
      }
      line.end = length;
      lines.push(line);
    }
  }
  const text = pieces.join('');
  const page = {
    page: pageNumber,
    width: content.geometry.width,
    height: content.geometry.height,
    text,
    words,
    lines,
    charToGlyph: c === size ? charToGlyph : charToGlyph.slice(0, c),
    charToLine: c === size ? charToLine : charToLine.slice(0, c),
    copyOf,
  } as Omit<PageText, 'glyphs'> as PageText;
  if (store) return lazyGlyphs(page, store);
  page.glyphs = content.glyphs;
  return page;
}

const NO_GLYPHS: number[] = [];

/**
 * A page text that keeps what suggesting needs and drops what only the interpreter's callers
 * need: the glyph objects become four numbers each (`boxes`), and words no longer list their
 * glyphs (`charToGlyph` still maps every character to its glyph). For analysing long
 * documents page by page: a 2,000-page file then fits in a few hundred megabytes.
 *
 * @example
 *   const page = compactPageText(pageText(interpretPage(file, 0, { marks: false }), 1));
 *   rectsForRange(page, 0, 5); // as before
 */
export function compactPageText(page: PageText): PageText {
  if (page.boxes) return page;
  const store = storeOf(page);
  let boxes: Float64Array;
  if (store) boxes = store.boxes();
  else {
    boxes = new Float64Array(page.glyphs.length * 4);
    page.glyphs.forEach((g, i) => boxes.set(g.rect, i * 4));
  }
  const copyOf = page.copyOf && page.copyOf.some((c) => c >= 0) ? page.copyOf : undefined;
  const words = page.words.map((w) => ({ ...w, glyphs: NO_GLYPHS }));
  const byStart = new Map(words.map((w) => [w.start, w]));
  const lines = page.lines.map((l) => ({ ...l, words: l.words.map((w) => byStart.get(w.start)!) }));
  // Copied key by key: spreading the page would make the glyph objects it is about to drop.
  const out = {} as Record<string, unknown>;
  for (const k of Object.keys(page)) if (k !== 'glyphs') out[k] = (page as unknown as Record<string, unknown>)[k];
  return Object.assign(out, { glyphs: [], boxes, copyOf, words, lines }) as unknown as PageText;
}
