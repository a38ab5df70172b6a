/**
 * The glyphs of one page as a struct of arrays (issue #17): one typed array per field instead of
 * one object (and one rect array) per glyph. The interpreter writes here and the text model reads
 * here, so reading a 1,000-page document allocates a few arrays per page instead of two objects
 * per glyph, which is where most of the time went (garbage collection).
 *
 * `Glyph` objects (types.ts) stay the public face: `glyph(i)` and `toArray()` make them on demand,
 * and `PageContent.glyphs` / `PageText.glyphs` are made from the store the first time they are
 * read (`lazyGlyphs`).
 *
 * @example
 *   const store = new GlyphStore();
 *   store.push('A', 65, 10, 20, 17, 32, 0, 30, 12, false, 0, 0, 0, 0, 0, 7, 1);
 *   store.glyph(0).rect; // [10, 20, 17, 32]
 */
import type { Glyph, Rotation } from './types';

/** GlyphStore.flags bit 0: the glyph is a word space. */
export const GLYPH_SPACE = 1;
const SPACE = GLYPH_SPACE;

export class GlyphStore {
  length = 0;
  /**
   * Unicode text per glyph (the fonts' shared strings: no allocation per glyph). Only the first
   * `length` entries count: the store every page fills keeps its array, and what lies past
   * `length` is left from an earlier page.
   */
  text: string[] = [];
  code: Int32Array;
  x0: Float64Array;
  y0: Float64Array;
  x1: Float64Array;
  y1: Float64Array;
  base: Float64Array;
  size: Float64Array;
  extra: Float64Array;
  rot: Uint8Array;
  /** Bit 0: a word space. */
  flags: Uint8Array;
  stream: Int32Array;
  op: Int32Array;
  index: Int32Array;
  renderMode: Int32Array;
  fontKey: Int32Array;
  /** The text object (BT … ET) counted from 1, or -1 when unknown. */
  textObject: Int32Array;

  /** `allocate` false: the arrays are empty until the caller sets them (`trimmed`). */
  constructor(capacity = 256, allocate = true) {
    const n = allocate ? Math.max(16, capacity) : 0;
    this.code = new Int32Array(n);
    this.x0 = new Float64Array(n);
    this.y0 = new Float64Array(n);
    this.x1 = new Float64Array(n);
    this.y1 = new Float64Array(n);
    this.base = new Float64Array(n);
    this.size = new Float64Array(n);
    this.extra = new Float64Array(n);
    this.rot = new Uint8Array(n);
    this.flags = new Uint8Array(n);
    this.stream = new Int32Array(n);
    this.op = new Int32Array(n);
    this.index = new Int32Array(n);
    this.renderMode = new Int32Array(n);
    this.fontKey = new Int32Array(n);
    this.textObject = new Int32Array(n);
  }

  /**
   * Room for one more glyph: its index, with `length` counted up; the caller sets every field of
   * it (as `push` does). The interpreter writes its glyphs this way, so that eight doubles per
   * glyph are not boxed to cross a call (issue #17).
   */
  add(text: string): number {
    const i = this.length;
    if (i === this.code.length) this.grow();
    this.text[i] = text;
    this.length = i + 1;
    return i;
  }

  private grow(): void {
    const n = Math.max(16, this.code.length * 2);
    const g = <T extends Int32Array | Float64Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.code = g(this.code);
    this.x0 = g(this.x0);
    this.y0 = g(this.y0);
    this.x1 = g(this.x1);
    this.y1 = g(this.y1);
    this.base = g(this.base);
    this.size = g(this.size);
    this.extra = g(this.extra);
    this.rot = g(this.rot);
    this.flags = g(this.flags);
    this.stream = g(this.stream);
    this.op = g(this.op);
    this.index = g(this.index);
    this.renderMode = g(this.renderMode);
    this.fontKey = g(this.fontKey);
    this.textObject = g(this.textObject);
  }

  /** Appends one glyph; returns its index. */
  push(
    text: string, code: number, x0: number, y0: number, x1: number, y1: number, rot: Rotation, base: number, size: number,
    space: boolean, stream: number, op: number, index: number, extra: number, renderMode: number, fontKey: number, textObject: number,
  ): number {
    const i = this.length;
    if (i === this.code.length) this.grow();
    // Set, not pushed: the store every page fills keeps its array from page to page (entries
    // past `length` are stale), instead of growing a new one glyph by glyph on every page.
    this.text[i] = text;
    this.code[i] = code;
    this.x0[i] = x0;
    this.y0[i] = y0;
    this.x1[i] = x1;
    this.y1[i] = y1;
    this.rot[i] = rot;
    this.base[i] = base;
    this.size[i] = size;
    this.flags[i] = space ? SPACE : 0;
    this.stream[i] = stream;
    this.op[i] = op;
    this.index[i] = index;
    this.extra[i] = extra;
    this.renderMode[i] = renderMode;
    this.fontKey[i] = fontKey;
    this.textObject[i] = textObject;
    this.length = i + 1;
    return i;
  }

  isSpace(i: number): boolean {
    return (this.flags[i] & SPACE) !== 0;
  }

  setText(i: number, text: string, space: boolean): void {
    this.text[i] = text;
    this.flags[i] = space ? this.flags[i] | SPACE : this.flags[i] & ~SPACE;
  }

  /** The glyph `i` as a `Glyph` object (a new object each call). */
  glyph(i: number): Glyph {
    const g: Glyph = {
      text: this.text[i],
      code: this.code[i],
      rect: [this.x0[i], this.y0[i], this.x1[i], this.y1[i]],
      rot: this.rot[i] as Rotation,
      base: this.base[i],
      size: this.size[i],
      space: this.isSpace(i),
      stream: this.stream[i],
      op: this.op[i],
      index: this.index[i],
      extra: this.extra[i],
      renderMode: this.renderMode[i],
      fontKey: this.fontKey[i],
    };
    if (this.textObject[i] >= 0) g.textObject = this.textObject[i];
    return g;
  }

  toArray(): Glyph[] {
    const out: Glyph[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.glyph(i);
    return out;
  }

  /** The boxes as four numbers per glyph [x0, y0, x1, y1] (what a compact page keeps). */
  boxes(): Float64Array {
    const b = new Float64Array(this.length * 4);
    for (let i = 0; i < this.length; i++) {
      b[i * 4] = this.x0[i];
      b[i * 4 + 1] = this.y0[i];
      b[i * 4 + 2] = this.x1[i];
      b[i * 4 + 3] = this.y1[i];
    }
    return b;
  }

  /**
   * A store of exactly `length` glyphs holding copies of this one's (the arrays cut to size: a
   * page's store is kept as long as its page text, and the room a page needed while it was
   * read is mostly empty).
   */
  trimmed(): GlyphStore {
    const n = this.length;
    const t = new GlyphStore(0, false);
    t.length = n;
    t.text = this.text.slice(0, n);
    // One buffer for all fields (doubles first, for their alignment): one allocation outside
    // the heap per page instead of sixteen.
    const buf = new ArrayBuffer(n * (7 * 8 + 7 * 4 + 2));
    let at = 0;
    const f64 = (a: Float64Array) => {
      const v = new Float64Array(buf, at, n);
      v.set(a.subarray(0, n));
      at += n * 8;
      return v;
    };
    const i32 = (a: Int32Array) => {
      const v = new Int32Array(buf, at, n);
      v.set(a.subarray(0, n));
      at += n * 4;
      return v;
    };
    const u8 = (a: Uint8Array) => {
      const v = new Uint8Array(buf, at, n);
      v.set(a.subarray(0, n));
      at += n;
      return v;
    };
    t.x0 = f64(this.x0);
    t.y0 = f64(this.y0);
    t.x1 = f64(this.x1);
    t.y1 = f64(this.y1);
    t.base = f64(this.base);
    t.size = f64(this.size);
    t.extra = f64(this.extra);
    t.code = i32(this.code);
    t.stream = i32(this.stream);
    t.op = i32(this.op);
    t.index = i32(this.index);
    t.renderMode = i32(this.renderMode);
    t.fontKey = i32(this.fontKey);
    t.textObject = i32(this.textObject);
    t.rot = u8(this.rot);
    t.flags = u8(this.flags);
    return t;
  }

  /** A store holding copies of `glyphs` (OCR glyphs, hand-made test glyphs). */
  static from(glyphs: readonly Glyph[]): GlyphStore {
    const s = new GlyphStore(glyphs.length);
    for (const g of glyphs) {
      s.push(
        g.text, g.code, g.rect[0], g.rect[1], g.rect[2], g.rect[3], g.rot, g.base, g.size, g.space, g.stream, g.op, g.index,
        g.extra ?? 0, g.renderMode, g.fontKey, g.textObject ?? -1,
      );
    }
    return s;
  }
}

/** The store `interpretPage` fills, kept from page to page (see `glyphScratch`). */
let scratch: GlyphStore | undefined;
let scratchInUse = false;

/**
 * An empty store to fill while a page is interpreted, and its release, which returns the glyphs
 * in a store of their own cut to size (`trimmed`). The same arrays serve page after page, so
 * reading a page no longer makes (and zeroes) room for thousands of glyphs and grows it by
 * copying: what a page keeps is one exact copy (issue #17). A second page interpreted while the
 * first is (never, today) gets a store of its own.
 *
 * With `lend`, release returns the store itself, not a copy: the page then holds the store every
 * page fills until `recycleGlyphs` is called with the page read from it (a caller that renders
 * each page and drops it, such as `lakstift text`, saves the copy). Until then, pages read in
 * between get stores of their own, as above.
 *
 * @example
 *   const { store, release } = glyphScratch();
 *   try { ...store.push(...)... } finally { const glyphs = release(); }
 */
export function glyphScratch(lend = false): { store: GlyphStore; release(failed?: boolean): GlyphStore } {
  if (scratchInUse) {
    const own = new GlyphStore(1024);
    return { store: own, release: () => own.trimmed() };
  }
  scratchInUse = true;
  const store = (scratch ??= new GlyphStore(4096));
  store.length = 0;
  let released = false;
  return {
    store,
    release: (failed = false) => {
      if (released) throw new Error('glyphScratch: released twice');
      released = true;
      if (lend && !failed) return store; // still in use, until recycleGlyphs
      const out = store.trimmed();
      freeScratch(store);
      return out;
    },
  };
}

function freeScratch(store: GlyphStore): void {
  store.length = 0;
  // A page of a hundred thousand glyphs does not keep its room for the rest of the file.
  if (store.code.length > 65536) scratch = undefined;
  scratchInUse = false;
}

const EMPTY = new GlyphStore(0, false);

/**
 * Gives the store lent to a page (`interpretPage` with `lend`) back for the next page. `o` is
 * the page content or the page text read from it; from now on its glyphs are empty (its text,
 * words and lines stay as they are). Anything else is left as it is.
 *
 * @example
 *   const page = pageText(interpretPage(file, n - 1, { marks: false, lend: true }), n);
 *   out.write(renderTextPage(page, n, false));
 *   recycleGlyphs(page);
 */
export function recycleGlyphs(o: object): void {
  const e = stores.get(o);
  if (!e || e.store !== scratch || !scratchInUse) return;
  e.store = EMPTY;
  freeScratch(scratch);
}

const stores = new WeakMap<object, { store: GlyphStore; made?: Glyph[] }>();

/**
 * The store behind an object's lazy `glyphs` (see `lazyGlyphs`), while nobody has read `glyphs`:
 * once the objects exist, a caller may have changed them, and they are what counts.
 */
export function storeOf(o: object): GlyphStore | undefined {
  const e = stores.get(o);
  return e && !e.made ? e.store : undefined;
}

/**
 * Gives `target` a `glyphs` property made from `store` the first time it is read (then kept), and
 * remembers the store for `storeOf`. Assigning `glyphs` replaces it (and forgets the store).
 */
export function lazyGlyphs<T extends object>(target: T, store: GlyphStore): T {
  const entry: { store: GlyphStore; made?: Glyph[] } = { store };
  stores.set(target, entry);
  Object.defineProperty(target, 'glyphs', {
    enumerable: true,
    configurable: true,
    get: () => (entry.made ??= entry.store.toArray()),
    set: (v: Glyph[]) => {
      stores.delete(target);
      Object.defineProperty(target, 'glyphs', { value: v, writable: true, enumerable: true, configurable: true });
    },
  });
  return target;
}
