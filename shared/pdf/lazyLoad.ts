/**
 * Opening a PDF for reading without parsing all of it: the cross-reference data says where
 * each object is, and an object is parsed the first time it is looked up. Text and suggestions
 * need only the page tree, resources, fonts and content streams; pdf-lib's `PDFDocument.load`
 * parses every object of the file up front (images, annotations, outlines, metadata, …).
 *
 * What is read (ISO 32000-1):
 * - 7.5.5: `startxref` near the end of the file gives the offset of the last cross-reference
 *   section;
 * - 7.5.4: a cross-reference table (`xref`, subsections "first count", 20-byte entries
 *   "offset gen n|f"), followed by its trailer dictionary (7.5.5);
 * - 7.5.8: a cross-reference stream (`/Type /XRef`, fields of /W bytes, subsections /Index,
 *   entry types 0 free, 1 at an offset, 2 inside an object stream), whose dictionary is the
 *   trailer;
 * - 7.5.8.4: hybrid files, a table whose /XRefStm gives the objects in object streams;
 * - 7.5.6: incremental updates, followed through /Prev; the newest entry for an object wins;
 * - 7.5.7: object streams (`/Type /ObjStm`, /N pairs "number offset" then the objects from
 *   /First), decoded once when the first of their objects is asked for.
 *
 * Objects are parsed by pdf-lib's own object parser, so every object is the same pdf-lib
 * object the full load makes, and the rest of the reader sees no difference. Enumerating the
 * objects (a writer saving the file, the sanitizer, verify's scan) parses all of them first.
 *
 * Anything this does not handle returns undefined and the caller loads the file fully as
 * before: no `startxref`, a section that cannot be parsed, an entry whose offset does not hold
 * "num gen obj", encrypted files, a trailer without /Root.
 *
 * @example
 *   const ctx = lazyContext(bytes);   // undefined: use PDFDocument.load
 *   ctx?.lookup(ctx.trailerInfo.Root); // the catalogue, parsed now
 */
import {
  PDFArray, PDFContext, PDFDict, PDFName, PDFNumber, PDFObject, PDFObjectParser, PDFParser, PDFRawStream, PDFRef,
  decodePDFRawStream,
} from '@cantoo/pdf-lib';
import { decodeStream } from './streams';

/** Where an object lives: in the file at an offset, or inside an object stream. */
interface XrefTable {
  /** 1 at an offset, 2 in an object stream, 0 free or unknown; indexed by object number. */
  type: Uint8Array;
  /** Type 1: the byte offset; type 2: the number of the object stream. */
  field2: Float64Array;
  /** Type 1: the generation number; type 2: the index inside the object stream. */
  field3: Uint32Array;
}

/** Object numbers beyond this are not believed (a hostile /Size or /Index); the full load decides. */
const MAX_OBJECTS = 10_000_000;

/** Sections followed through /Prev at most (a loop of /Prev is cut here). */
const MAX_SECTIONS = 1000;

/** pdf-lib's parser with the members the loader drives made visible. */
interface ParserInternals {
  context: PDFContext;
  bytes: { moveTo(offset: number): void; offset(): number };
  parseIndirectObjectHeader(): PDFRef;
  skipWhitespaceAndComments(): void;
  parseObject(ref?: PDFRef): PDFObject;
  parseDict(): PDFDict;
  tryToParseInvalidIndirectObject(): PDFRef | undefined;
  matchKeyword(keyword: number[]): boolean;
}

type Trailer = { Size?: PDFNumber; Root?: PDFObject; Encrypt?: PDFObject; Info?: PDFObject; ID?: PDFObject };

/**
 * A pdf-lib context whose objects are parsed when first looked up, or undefined when the
 * file's cross-reference data cannot be trusted (the caller then loads the whole file).
 * `onLoad` sees every object as it is parsed (the reader restores stream ends there).
 */
export function lazyContext(bytes: Uint8Array, onLoad?: (ref: PDFRef, obj: PDFObject, ctx: PDFContext) => void): PDFContext | undefined {
  try {
    return build(bytes, onLoad);
  } catch {
    return undefined;
  }
}

function build(bytes: Uint8Array, onLoad?: (ref: PDFRef, obj: PDFObject, ctx: PDFContext) => void): PDFContext | undefined {
  const startxref = findStartXref(bytes);
  if (startxref === undefined) return undefined;
  const parser = PDFParser.forBytesWithOptions(bytes, Infinity, false, false, false) as unknown as ParserInternals;
  const ctx = parser.context;
  const headerAt = findHeader(bytes);
  // Offsets count from the start of the file; a few producers count them from the header
  // when junk precedes it (ISO 32000-1 Annex H.3). Both are tried.
  for (const base of headerAt > 0 ? [0, headerAt] : [0]) {
    const xref = readSections(bytes, parser, startxref + base, base);
    if (!xref) continue;
    if (!entriesHoldObjects(bytes, xref.table, base)) continue;
    const { trailer, table, maxObject } = xref;
    if (!(trailer.Root instanceof PDFRef) || trailer.Encrypt !== undefined) return undefined;
    ctx.trailerInfo = { Size: trailer.Size, Root: trailer.Root, Encrypt: undefined, Info: trailer.Info, ID: trailer.ID } as never;
    ctx.largestObjectNumber = maxObject;
    const loader = new Loader(bytes, parser, table, base, onLoad);
    const objects = new LazyObjects(loader);
    (ctx as unknown as { indirectObjects: Map<PDFRef, PDFObject> }).indirectObjects = objects;
    sources.set(ctx, { bytes, offset: (ref) => loader.offsetOf(ref), parsed: (ref) => objects.holds(ref), listed: () => loader.listed() });
    // As the full load reads it; a root that is no catalogue is left to the full load's recovery.
    parser.bytes.moveTo(0);
    ctx.header = (parser as unknown as { parseHeader(): PDFContext['header'] }).parseHeader();
    const root = ctx.lookup(trailer.Root);
    if (!(root instanceof PDFDict) || root.lookup(PDFName.of('Type')) !== PDFName.of('Catalog')) return undefined;
    return ctx;
  }
  return undefined;
}

/**
 * Where a lazily opened context's objects come from, for a writer that copies the objects
 * nobody parsed (so nobody changed) from the file as they are (shared/redact/write.ts).
 */
export interface LazySource {
  /** The file the context reads. */
  bytes: Uint8Array;
  /** Where "num gen obj" of `ref` starts in `bytes`, for an object stored at an offset (not in an object stream). */
  offset(ref: PDFRef): number | undefined;
  /** True when the object has been parsed (or set) in the context, so it may have changed. */
  parsed(ref: PDFRef): boolean;
  /** Every object the cross-reference data lists. */
  listed(): Iterable<PDFRef>;
}

const sources = new WeakMap<PDFContext, LazySource>();

/** The source of a context made by `lazyContext`; undefined for any other context. */
export function lazySourceOf(ctx: PDFContext): LazySource | undefined {
  return sources.get(ctx);
}

/** The offset after the last "startxref" in the file's last 2 KB. */
function findStartXref(bytes: Uint8Array): number | undefined {
  const kw = [0x73, 0x74, 0x61, 0x72, 0x74, 0x78, 0x72, 0x65, 0x66]; // startxref
  const from = Math.max(0, bytes.length - 2048);
  for (let i = bytes.length - kw.length; i >= from; i--) {
    let k = 0;
    while (k < kw.length && bytes[i + k] === kw[k]) k++;
    if (k < kw.length) continue;
    let j = i + kw.length;
    while (j < bytes.length && isSpace(bytes[j]!)) j++;
    const n = readInt(bytes, j);
    return n >= 0 ? n : undefined;
  }
  return undefined;
}

function findHeader(bytes: Uint8Array): number {
  const end = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= end; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return i;
  }
  return 0;
}

/** Where the last readInt stopped. */
let intEnd = 0;

/** The unsigned decimal integer at `i` (at most 15 digits), or -1 when none; sets intEnd past it. */
function readInt(bytes: Uint8Array, i: number): number {
  let n = 0;
  let digits = 0;
  while (digits < 15 && isDigit(bytes[i])) {
    n = n * 10 + bytes[i]! - 0x30;
    i++;
    digits++;
  }
  intEnd = i;
  return digits > 0 ? n : -1;
}

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;
const isDigit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;

/** Reads the chain of sections from the newest; undefined when any of them cannot be read. */
function readSections(bytes: Uint8Array, parser: ParserInternals, first: number, base: number): { table: XrefTable; trailer: Trailer; maxObject: number } | undefined {
  const entries = new Map<number, [number, number, number]>();
  const trailer: Trailer = {};
  const seen = new Set<number>();
  let at: number | undefined = first;
  let maxObject = 0;
  for (let sections = 0; at !== undefined; sections++) {
    if (sections >= MAX_SECTIONS || seen.has(at) || at < 0 || at >= bytes.length) return undefined;
    seen.add(at);
    let i = at;
    while (i < bytes.length && isSpace(bytes[i]!)) i++;
    let dict: PDFDict;
    if (bytes[i] === 0x78 && bytes[i + 1] === 0x72 && bytes[i + 2] === 0x65 && bytes[i + 3] === 0x66) {
      const read = readTable(bytes, i + 4, entries);
      if (!read) return undefined;
      parser.bytes.moveTo(read.end);
      parser.skipWhitespaceAndComments();
      if (!parser.matchKeyword([0x74, 0x72, 0x61, 0x69, 0x6c, 0x65, 0x72])) return undefined; // trailer
      parser.skipWhitespaceAndComments();
      dict = parser.parseDict();
      // A hybrid file (7.5.8.4): objects the table does not give (absent, or marked free) are
      // looked for in the cross-reference stream at /XRefStm before the older sections.
      const stm = dict.get(PDFName.of('XRefStm'));
      if (stm !== undefined) {
        if (!(stm instanceof PDFNumber)) return undefined;
        parser.bytes.moveTo(stm.asNumber() + base);
        const ref = parser.parseIndirectObjectHeader();
        parser.skipWhitespaceAndComments();
        const obj = parser.parseObject(ref);
        if (!(obj instanceof PDFRawStream) || obj.dict.get(PDFName.of('Type')) !== PDFName.of('XRef')) return undefined;
        if (!readStream(obj, entries, read.free)) return undefined;
      }
    } else if (isDigit(bytes[i])) {
      parser.bytes.moveTo(i);
      const ref = parser.parseIndirectObjectHeader();
      parser.skipWhitespaceAndComments();
      const obj = parser.parseObject(ref);
      if (!(obj instanceof PDFRawStream) || obj.dict.get(PDFName.of('Type')) !== PDFName.of('XRef')) return undefined;
      dict = obj.dict;
      if (!readStream(obj, entries)) return undefined;
    } else {
      return undefined;
    }
    // The newest trailer's entries win; older ones fill in what it lacks.
    const size = dict.get(PDFName.of('Size'));
    if (trailer.Size === undefined && size instanceof PDFNumber) trailer.Size = size;
    for (const key of ['Root', 'Encrypt', 'Info', 'ID'] as const) {
      if (trailer[key] === undefined) trailer[key] = dict.get(PDFName.of(key));
    }
    const prev = dict.get(PDFName.of('Prev'));
    at = prev instanceof PDFNumber ? prev.asNumber() + base : undefined;
  }
  let top = 0;
  for (const n of entries.keys()) if (n > top) top = n;
  if (top >= MAX_OBJECTS) return undefined;
  const table: XrefTable = { type: new Uint8Array(top + 1), field2: new Float64Array(top + 1), field3: new Uint32Array(top + 1) };
  for (const [n, [type, f2, f3]] of entries) {
    table.type[n] = type;
    table.field2[n] = f2;
    table.field3[n] = f3;
    if (type !== 0 && n > maxObject) maxObject = n;
  }
  return { table, trailer, maxObject };
}

/** A cross-reference table from just after "xref" (7.5.4); entries already known (newer) are kept. */
function readTable(bytes: Uint8Array, from: number, entries: Map<number, [number, number, number]>): { end: number; free: Set<number> } | undefined {
  let i = from;
  const free = new Set<number>();
  const int = (): number | undefined => {
    while (i < bytes.length && isSpace(bytes[i]!)) i++;
    const n = readInt(bytes, i);
    if (n < 0) return undefined;
    i = intEnd;
    return n;
  };
  for (;;) {
    const save = i;
    const start = int();
    if (start === undefined) {
      i = save;
      return { end: i, free };
    }
    const count = int();
    if (count === undefined || count > MAX_OBJECTS || start + count > MAX_OBJECTS) return undefined;
    for (let k = 0; k < count; k++) {
      const offset = int();
      const gen = int();
      while (i < bytes.length && isSpace(bytes[i]!)) i++;
      const kind = bytes[i++];
      if (offset === undefined || gen === undefined || (kind !== 0x6e && kind !== 0x66)) return undefined;
      const n = start + k;
      if (entries.has(n)) continue;
      entries.set(n, kind === 0x6e ? [1, offset, gen] : [0, 0, 0]);
      if (kind === 0x66) free.add(n);
    }
  }
}

/**
 * A cross-reference stream's entries (7.5.8.2, 7.5.8.3); entries already known (newer) are kept,
 * except those in `fillable` (free in the table of the same hybrid section).
 */
function readStream(stream: PDFRawStream, entries: Map<number, [number, number, number]>, fillable?: Set<number>): boolean {
  const w = stream.dict.get(PDFName.of('W'));
  const size = stream.dict.get(PDFName.of('Size'));
  if (!(w instanceof PDFArray) || w.size() < 3 || !(size instanceof PDFNumber)) return false;
  const widths: number[] = [];
  for (let k = 0; k < 3; k++) {
    const x = w.get(k);
    if (!(x instanceof PDFNumber) || x.asNumber() < 0 || x.asNumber() > 8) return false;
    widths.push(x.asNumber());
  }
  const index = stream.dict.get(PDFName.of('Index'));
  const ranges: number[] = [];
  if (index instanceof PDFArray) {
    for (let k = 0; k < index.size(); k++) {
      const x = index.get(k);
      if (!(x instanceof PDFNumber)) return false;
      ranges.push(x.asNumber());
    }
  } else {
    ranges.push(0, size.asNumber());
  }
  // Through the reader's own decoder, which applies the PNG predictors these streams use (7.4.4.4).
  const data = decodeStream(stream).bytes;
  const rowBytes = widths[0]! + widths[1]! + widths[2]!;
  let at = 0;
  for (let r = 0; r + 1 < ranges.length; r += 2) {
    const start = ranges[r]!;
    const count = ranges[r + 1]!;
    if (start < 0 || count < 0 || start + count > MAX_OBJECTS) return false;
    for (let k = 0; k < count; k++) {
      if (at + rowBytes > data.length) return false;
      const field = (width: number, dflt: number) => {
        if (width === 0) return dflt;
        let v = 0;
        for (let b = 0; b < width; b++) v = v * 256 + data[at++]!;
        return v;
      };
      const type = field(widths[0]!, 1);
      const f2 = field(widths[1]!, 0);
      const f3 = field(widths[2]!, 0);
      const n = start + k;
      if (entries.has(n) && !(fillable?.has(n) && type !== 0)) continue;
      fillable?.delete(n);
      // Type 0 is free; unknown types are to be read as null references (7.5.8.3).
      entries.set(n, type === 1 ? [1, f2, f3] : type === 2 ? [2, f2, f3] : [0, 0, 0]);
    }
  }
  return true;
}

/**
 * True when every in-use entry's offset holds "num gen obj" for its own number: the table
 * matches the file. A table that does not (a file edited by hand, offsets of another
 * version) is left to the full load, which does not read the table at all.
 */
function entriesHoldObjects(bytes: Uint8Array, table: XrefTable, base: number): boolean {
  for (let n = 0; n < table.type.length; n++) {
    const type = table.type[n];
    if (type === 2) {
      const stm = table.field2[n]!;
      if (stm >= table.type.length || table.type[stm] !== 1) return false;
      continue;
    }
    if (type !== 1) continue;
    let i = table.field2[n]! + base;
    if (i >= bytes.length) return false;
    while (i < bytes.length && isSpace(bytes[i]!)) i++;
    const num = readInt(bytes, i);
    i = intEnd;
    if (num !== n || !isSpace(bytes[i] ?? 0x41)) return false;
    while (i < bytes.length && isSpace(bytes[i]!)) i++;
    const gen = readInt(bytes, i);
    i = intEnd;
    if (gen < 0 || gen !== table.field3[n]) return false;
    while (i < bytes.length && isSpace(bytes[i]!)) i++;
    if (bytes[i] !== 0x6f || bytes[i + 1] !== 0x62 || bytes[i + 2] !== 0x6a) return false; // obj
  }
  return true;
}

/** Parses objects on demand into the context's map. */
class Loader {
  private readonly doneStreams = new Set<number>();
  private busy = false;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly parser: ParserInternals,
    private readonly table: XrefTable,
    private readonly base: number,
    private readonly onLoad?: (ref: PDFRef, obj: PDFObject, ctx: PDFContext) => void,
  ) {}

  /** True when the table lists the object (it may still fail to parse). */
  lists(ref: PDFRef): boolean {
    const n = ref.objectNumber;
    if (n <= 0 || n >= this.table.type.length) return false;
    const type = this.table.type[n];
    return type === 1 ? this.table.field3[n] === ref.generationNumber : type === 2 && ref.generationNumber === 0;
  }

  /** Where "num gen obj" of `ref` starts, for an object the table places at an offset. */
  offsetOf(ref: PDFRef): number | undefined {
    if (!this.lists(ref) || this.table.type[ref.objectNumber] !== 1) return undefined;
    return this.table.field2[ref.objectNumber]! + this.base;
  }

  /** Parses the object `ref` into `into` (and, for an object stream, its neighbours). */
  load(ref: PDFRef, into: LazyObjects): void {
    if (!this.lists(ref)) return;
    const n = ref.objectNumber;
    if (this.table.type[n] === 2) {
      this.loadFromStream(this.table.field2[n]!, into);
      return;
    }
    // A lookup made while an object is being parsed (none in pdf-lib today) gets a parser of its own.
    const nested = this.busy;
    const parser = nested ? this.freshParser() : this.parser;
    const offset = this.table.field2[n]! + this.base;
    this.busy = true;
    let obj: PDFObject;
    try {
      try {
        parser.bytes.moveTo(offset);
        const header = parser.parseIndirectObjectHeader();
        if (header !== ref) return;
        parser.skipWhitespaceAndComments();
        obj = parser.parseObject(ref);
      } catch {
        // As the full load does with an object it cannot parse: keep its bytes up to "endobj".
        const invalid = this.invalidObject(parser, offset, ref);
        if (!invalid) return;
        obj = invalid;
      }
      into.put(ref, obj);
    } finally {
      if (!nested) this.busy = false;
    }
    this.onLoad?.(ref, obj, this.parser.context);
  }

  /** A second parser over the file that builds its objects in the same context. */
  private freshParser(): ParserInternals {
    const p = PDFParser.forBytesWithOptions(this.bytes, Infinity, false, false, false) as unknown as ParserInternals;
    p.context = this.parser.context;
    return p;
  }

  /** pdf-lib's own recovery of an object it cannot parse, caught before it reaches the map. */
  private invalidObject(parser: ParserInternals, offset: number, ref: PDFRef): PDFObject | undefined {
    const scratch = PDFContext.create();
    const real = parser.context;
    parser.context = scratch;
    try {
      parser.bytes.moveTo(offset);
      parser.tryToParseInvalidIndirectObject();
    } catch {
      // Not even that: the object stays unknown, as in the full load.
    } finally {
      parser.context = real;
    }
    return scratch.lookup(ref);
  }

  /** Parses the objects of object stream `stm` that the table places there (7.5.7). */
  private loadFromStream(stm: number, into: LazyObjects): void {
    if (this.doneStreams.has(stm)) return;
    this.doneStreams.add(stm);
    const stream = into.get(PDFRef.of(stm, this.table.field3[stm]!));
    if (!(stream instanceof PDFRawStream)) return;
    const first = stream.dict.lookup(PDFName.of('First'));
    const count = stream.dict.lookup(PDFName.of('N'));
    if (!(first instanceof PDFNumber) || !(count instanceof PDFNumber)) return;
    let data: Uint8Array;
    try {
      data = decodePDFRawStream(stream).decode();
    } catch {
      return;
    }
    const p = PDFObjectParser.forBytes(data, this.parser.context) as unknown as ParserInternals & { parseRawInt(): number };
    const pairs: [number, number][] = [];
    try {
      for (let k = 0; k < count.asNumber(); k++) {
        p.skipWhitespaceAndComments();
        const num = p.parseRawInt();
        p.skipWhitespaceAndComments();
        pairs.push([num, p.parseRawInt()]);
      }
    } catch {
      // A short table: the objects listed so far are read.
    }
    for (let k = 0; k < pairs.length; k++) {
      const [num, off] = pairs[k]!;
      // Only where the table says the object lives: an older copy of an updated object stays unread.
      if (num >= this.table.type.length || this.table.type[num] !== 2 || this.table.field2[num] !== stm || this.table.field3[num] !== k) continue;
      const ref = PDFRef.of(num, 0);
      if (into.holds(ref)) continue;
      try {
        p.bytes.moveTo(first.asNumber() + off);
        const obj = p.parseObject(ref);
        into.put(ref, obj);
        this.onLoad?.(ref, obj, this.parser.context);
      } catch {
        // The full load stops at such an object; the rest of the stream's objects stay unknown.
        break;
      }
    }
  }

  /** Every listed object, newest first by object number. */
  *listed(): Generator<PDFRef> {
    for (let n = 1; n < this.table.type.length; n++) {
      const type = this.table.type[n];
      if (type === 1) yield PDFRef.of(n, this.table.field3[n]!);
      else if (type === 2) yield PDFRef.of(n, 0);
    }
  }
}

/**
 * The context's object map: `get` parses an object the first time; anything that walks all
 * objects (entries, keys, values, size, forEach, iteration) first parses the rest.
 */
class LazyObjects extends Map<PDFRef, PDFObject> {
  private complete = false;
  private readonly loader: Loader | undefined;

  constructor(loader?: Loader) {
    super();
    this.loader = loader;
  }

  /** Stores without loading (the loader's own write). */
  put(ref: PDFRef, obj: PDFObject): void {
    super.set(ref, obj);
  }

  /** True when the object is parsed already. */
  holds(ref: PDFRef): boolean {
    return super.has(ref);
  }

  override get(ref: PDFRef): PDFObject | undefined {
    const v = super.get(ref);
    if (v !== undefined || this.complete || !this.loader) return v;
    this.loader.load(ref, this);
    return super.get(ref);
  }

  override has(ref: PDFRef): boolean {
    return this.get(ref) !== undefined || super.has(ref);
  }

  override delete(ref: PDFRef): boolean {
    // A deleted object must not come back from the file on the next lookup.
    this.loadAll();
    return super.delete(ref);
  }

  override get size(): number {
    this.loadAll();
    return super.size;
  }

  override entries(): MapIterator<[PDFRef, PDFObject]> {
    this.loadAll();
    return super.entries();
  }

  override keys(): MapIterator<PDFRef> {
    this.loadAll();
    return super.keys();
  }

  override values(): MapIterator<PDFObject> {
    this.loadAll();
    return super.values();
  }

  override forEach(fn: (value: PDFObject, key: PDFRef, map: Map<PDFRef, PDFObject>) => void, thisArg?: unknown): void {
    this.loadAll();
    super.forEach(fn, thisArg);
  }

  override [Symbol.iterator](): MapIterator<[PDFRef, PDFObject]> {
    return this.entries();
  }

  private loadAll(): void {
    if (this.complete || !this.loader) return;
    for (const ref of this.loader.listed()) if (!super.has(ref)) this.loader.load(ref, this);
    this.complete = true;
  }
}
