/**
 * Opening a PDF: header check, decryption (an empty user password is tried silently, as
 * viewers do), a cycle-safe page-tree walk with inherited attributes, and page geometry in
 * DESIGN.md's display coordinates.
 *
 * @example
 *   const file = await openPdf(bytes);
 *   file.pageCount;            // 3
 *   file.page(0).geometry;     // { width: 595.3, height: 841.9, rotate: 0, … }
 */
import {
  PDFArray, PDFContext, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, ParseSpeeds, PDFObject,
} from '@cantoo/pdf-lib';
import { lazyContext } from './lazyLoad';
import {
  DamagedPdfError, EncryptedPdfError, LakstiftError, LimitExceededError, NotAPdfError, WrongPasswordError,
} from '../errors';
import { DEFAULT_LIMITS, type PdfLimits } from './limits';
import { matrixOf } from './matrix';
import type { Matrix, PageGeometry, Rect } from './types';
import type { PdfFont } from './fonts/types';
import { missingCaseError } from '../assert';

export interface OpenOptions {
  password?: string;
  limits?: Partial<PdfLimits>;
  /** Supplies predefined CMaps (e.g. from pdfjs-dist's cmaps/ folder) by name. */
  loadPredefinedCMap?: (name: string) => Uint8Array | null;
  /**
   * Parse an object when it is first looked up, through the file's cross-reference data
   * (lazyLoad.ts), instead of parsing the whole file up front. Files whose cross-reference data
   * cannot be trusted, and encrypted files, are loaded fully as without it. Redaction opens
   * lazily and writes with shared/redact/write.ts, which copies unparsed objects as they are;
   * pdf-lib's own `save` would parse every object first.
   */
  lazy?: boolean;
}

export interface PdfPage {
  index: number;
  ref: PDFRef;
  node: PDFDict;
  /** Resources, inherited from the page tree when the page has none. */
  resources: PDFDict | undefined;
  geometry: PageGeometry;
}

export interface PdfFile {
  doc: PDFDocument;
  pageCount: number;
  page(index: number): PdfPage;
  limits: PdfLimits;
  /** True when the input was encrypted (it has been decrypted in memory). */
  wasEncrypted: boolean;
  /** True when the file was damaged and its structure was rebuilt by scanning its objects. */
  recovered: boolean;
  /**
   * Parsed fonts, shared by all pages (a font used by 1,000 pages is parsed once). Bounded:
   * the least recently used are dropped beyond FONT_CACHE_SIZE, so a dossier of thousands
   * of documents, each with its own copies of its fonts, does not keep them all.
   */
  fontCache: Map<unknown, PdfFont>;
  loadPredefinedCMap?: (name: string) => Uint8Array | null;
}

/** Opens a PDF from its bytes. Throws NotAPdfError, EncryptedPdfError, WrongPasswordError or DamagedPdfError. */
export async function openPdf(bytes: Uint8Array, options: OpenOptions = {}): Promise<PdfFile> {
  const limits: PdfLimits = { ...DEFAULT_LIMITS, ...options.limits };
  if (!hasPdfHeader(bytes)) throw new NotAPdfError();
  let doc: PDFDocument;
  let wasEncrypted = false;
  let recovered = false;
  const load = (b: Uint8Array) => PDFDocument.load(b, {
    ignoreEncryption: true,
    parseSpeed: ParseSpeeds.Fastest,
    throwOnInvalidObject: false,
    updateMetadata: false,
  });
  const lazy = options.lazy ? lazyContext(bytes, (_ref, obj, ctx) => restoreStreamEnd(obj, ctx, bytes)) : undefined;
  try {
    doc = lazy ? new (PDFDocument as unknown as new (ctx: PDFContext, ignoreEncryption: boolean, updateMetadata: boolean) => PDFDocument)(lazy, true, false) : await load(bytes);
  } catch (e) {
    // A damaged end of file (a cut-off trailer, a broken cross-reference section): read the
    // objects without it and find the catalogue by scanning, as viewers reconstruct a file.
    const body = bytesUpToLastEndobj(bytes);
    if (!body) throw asDamaged(e, bytes);
    try {
      doc = await load(body);
      recovered = true;
    } catch {
      throw asDamaged(e, bytes);
    }
  }
  if (!(doc.context.lookup(doc.context.trailerInfo.Root) instanceof PDFDict)) {
    if (!recoverCatalog(doc)) throw new DamagedPdfError(incomplete(bytes) ? 'it is incomplete: its end is missing, as after a broken download' : 'it has no document catalogue');
    recovered = true;
  }
  if (doc.isEncrypted && !recovered) {
    wasEncrypted = true;
    const password = options.password ?? '';
    try {
      doc = await PDFDocument.load(bytes, {
        password,
        parseSpeed: ParseSpeeds.Fastest,
        throwOnInvalidObject: false,
        updateMetadata: false,
      });
    } catch (e) {
      if (e instanceof LakstiftError) throw e;
      throw options.password === undefined ? new EncryptedPdfError() : new WrongPasswordError();
    }
    if (!(doc.context as unknown as { isDecrypted?: boolean }).isDecrypted) {
      throw options.password === undefined ? new EncryptedPdfError() : new WrongPasswordError();
    }
  }
  if (!wasEncrypted && !lazy) restoreStreamEnds(doc, bytes);
  return fileOf(doc, bytes, limits, options, { lazy: lazy !== undefined && doc.context === lazy && !recovered, wasEncrypted, recovered });
}

/**
 * Opens again, without waiting, a file that `openPdf(bytes, { lazy: true })` opened lazily
 * before: for a reader that must read pages inside synchronous code and opens its file anew
 * every few hundred pages (an open file keeps every object it parsed). Undefined when the file
 * cannot be opened lazily (encrypted, damaged cross-reference data): open it with `openPdf`.
 */
export function reopenLazily(bytes: Uint8Array, options: OpenOptions = {}): PdfFile | undefined {
  const limits: PdfLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const lazy = lazyContext(bytes, (_ref, obj, ctx) => restoreStreamEnd(obj, ctx, bytes));
  if (!lazy) return undefined;
  const doc = new (PDFDocument as unknown as new (ctx: PDFContext, ignoreEncryption: boolean, updateMetadata: boolean) => PDFDocument)(lazy, true, false);
  if (!(doc.context.lookup(doc.context.trailerInfo.Root) instanceof PDFDict) || doc.isEncrypted) return undefined;
  return fileOf(doc, bytes, limits, options, { lazy: true, wasEncrypted: false, recovered: false });
}

function fileOf(doc: PDFDocument, bytes: Uint8Array, limits: PdfLimits, options: OpenOptions, how: { lazy: boolean; wasEncrypted: boolean; recovered: boolean }): PdfFile {
  const { wasEncrypted, recovered } = how;
  // A file opened lazily again (a job worker opens its file anew every few hundred pages, so that
  // its parsed objects do not pile up) finds its pages where the first walk found them, without
  // walking the page tree again: that walk parses every page object (issue #17).
  const usesLazy = how.lazy;
  const known = usesLazy ? walkedTrees.get(bytes) : undefined;
  const pages: PageList = known && known.maxNodes === limits.maxPageTreeNodes
    ? pagesFromPaths(doc, known.paths)
    : walkPageTree(doc, limits);
  if (usesLazy && !known && pages.paths) walkedTrees.set(bytes, { maxNodes: limits.maxPageTreeNodes, paths: pages.paths });
  if (pages.length === 0) throw new DamagedPdfError(incomplete(bytes) ? 'it is incomplete: its end is missing, as after a broken download' : 'it has no pages');
  const cache = new Map<number, PdfPage>();
  return {
    doc,
    pageCount: pages.length,
    limits,
    wasEncrypted,
    recovered,
    fontCache: new LruMap<unknown, PdfFont>(FONT_CACHE_SIZE),
    loadPredefinedCMap: options.loadPredefinedCMap,
    page(index: number): PdfPage {
      let p = cache.get(index);
      if (!p) {
        const leaf = pages.leaf(index);
        if (!leaf) throw new RangeError(`page ${index + 1} does not exist (the document has ${pages.length})`);
        p = { index, ref: leaf.ref, node: leaf.node, resources: leaf.resources, geometry: pageGeometry(leaf) };
        cache.set(index, p);
      }
      return p;
    },
  };
}

/** Fonts kept parsed at once: far more than one page or one document uses. */
export const FONT_CACHE_SIZE = 256;

/** A Map that keeps at most `max` entries, dropping the least recently used. */
export class LruMap<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super();
  }

  override get(key: K): V | undefined {
    if (!super.has(key)) return undefined;
    const v = super.get(key) as V;
    super.delete(key);
    super.set(key, v);
    return v;
  }

  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    // Map's constructor may call set before `max` is assigned.
    if (this.max !== undefined && this.size > this.max) {
      const oldest = this.keys().next();
      if (!oldest.done) super.delete(oldest.value);
    }
    return this;
  }
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  // Viewers accept junk before the header within the first kilobyte (ISO 32000-1 Annex H.3).
  const end = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= end; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

function asDamaged(e: unknown, bytes: Uint8Array): LakstiftError {
  if (e instanceof LakstiftError) return e;
  if (e instanceof RangeError) return new LimitExceededError('The structure of the file', 'the parser stack');
  if (incomplete(bytes)) return new DamagedPdfError('it is incomplete: its end is missing, as after a broken download');
  return new DamagedPdfError('its structure cannot be parsed');
}

const latin1 = (b: Uint8Array) => {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
};

/** True when no %%EOF marker ends the file (within its last kilobyte): it was cut off. */
function incomplete(bytes: Uint8Array): boolean {
  return !latin1(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF');
}

/** The file up to the end of its last complete object, or undefined when it has none. */
function bytesUpToLastEndobj(bytes: Uint8Array): Uint8Array | undefined {
  const marker = [0x65, 0x6e, 0x64, 0x6f, 0x62, 0x6a]; // "endobj"
  for (let i = bytes.length - marker.length; i >= 0; i--) {
    let k = 0;
    while (k < marker.length && bytes[i + k] === marker[k]) k++;
    if (k === marker.length) {
      const cut = new Uint8Array(i + marker.length + 1);
      cut.set(bytes.subarray(0, i + marker.length));
      cut[cut.length - 1] = 0x0a;
      return cut;
    }
  }
  return undefined;
}

/**
 * Finds the document catalogue of a file whose trailer is lost: an object of /Type /Catalog
 * with /Pages; failing that, the root of the page tree (a /Type /Pages without /Parent); failing
 * that, every /Type /Page object in object order under a new page tree. Returns false when the
 * file has no pages at all.
 */
function recoverCatalog(doc: PDFDocument): boolean {
  const ctx = doc.context;
  const objects = ctx.enumerateIndirectObjects().sort((a, b) => a[0].objectNumber - b[0].objectNumber);
  const typed = (o: PDFObject, type: PDFName) => o instanceof PDFDict && o.lookup(N.Type) === type;
  const catalog = objects.find(([, o]) => typed(o, N.Catalog) && (o as PDFDict).lookup(N.Pages) instanceof PDFDict);
  if (catalog) {
    ctx.trailerInfo.Root = catalog[0];
    return true;
  }
  let pagesRef = objects.find(([, o]) => typed(o, N.Pages) && !(o as PDFDict).has(N.Parent))?.[0];
  if (!pagesRef) {
    const leaves = objects.filter(([, o]) => typed(o, N.Page)).map(([ref]) => ref);
    if (leaves.length === 0) return false;
    pagesRef = ctx.register(ctx.obj({ Type: 'Pages', Kids: leaves, Count: leaves.length }));
    for (const ref of leaves) (ctx.lookup(ref) as PDFDict).set(N.Parent, pagesRef);
  }
  ctx.trailerInfo.Root = ctx.register(ctx.obj({ Type: 'Catalog', Pages: pagesRef }));
  return true;
}

interface Leaf {
  ref: PDFRef;
  node: PDFDict;
  resources: PDFDict | undefined;
  mediaBox: PDFArray | undefined;
  cropBox: PDFArray | undefined;
  rotate: number;
}

const N = {
  Pages: PDFName.of('Pages'), Kids: PDFName.of('Kids'), Type: PDFName.of('Type'), Page: PDFName.of('Page'),
  Resources: PDFName.of('Resources'), MediaBox: PDFName.of('MediaBox'), CropBox: PDFName.of('CropBox'),
  Rotate: PDFName.of('Rotate'), UserUnit: PDFName.of('UserUnit'), Catalog: PDFName.of('Catalog'),
  Parent: PDFName.of('Parent'),
};

/** The pages of an opened file, in order. */
interface PageList {
  length: number;
  leaf(index: number): Leaf | undefined;
  /** Where each page was found (see `PagePath`); absent when some node on the way is no indirect object. */
  paths?: PagePath[];
}

/**
 * Where the page tree walk found a page: the page object's reference and the references of the
 * /Pages nodes above it, from the root down (shared by the pages of one node). Enough to give
 * the page the same inherited attributes again in a new opening of the same bytes.
 */
interface PagePath {
  ref: PDFRef;
  ancestors: PDFRef[];
}

/**
 * Page paths found by earlier walks, by the file's bytes (and the node limit they were walked
 * under): the same bytes give the same page tree. Weak, so a file's entry goes with its bytes.
 */
const walkedTrees = new WeakMap<Uint8Array, { maxNodes: number; paths: PagePath[] }>();

/** An attribute as the walk inherits it: the page's own, else that of the nearest /Pages node above that has one. */
function inherited<T>(ctx: PDFContext, node: PDFDict, ancestors: readonly PDFRef[], key: PDFName, is: (o: unknown) => o is T): T | undefined {
  const own = node.lookup(key);
  if (is(own)) return own;
  for (let k = ancestors.length - 1; k >= 0; k--) {
    const a = ctx.lookup(ancestors[k]!);
    if (!(a instanceof PDFDict)) continue;
    const v = a.lookup(key);
    if (is(v)) return v;
  }
  return undefined;
}

const isDict = (o: unknown): o is PDFDict => o instanceof PDFDict;
const isArray = (o: unknown): o is PDFArray => o instanceof PDFArray;
const isNumber = (o: unknown): o is PDFNumber => o instanceof PDFNumber;

/**
 * The pages of a file whose page tree an earlier opening of the same bytes walked (`walkedTrees`):
 * each page object and its inherited attributes are looked up when the page is first asked for,
 * with the walk's rule (the page's own value, else the nearest ancestor's), so page after page
 * comes out exactly as the walk gives it.
 */
function pagesFromPaths(doc: PDFDocument, paths: readonly PagePath[]): PageList {
  const ctx = doc.context;
  return {
    length: paths.length,
    paths: paths as PagePath[],
    leaf(index: number): Leaf | undefined {
      const path = paths[index];
      if (!path) return undefined;
      const node = ctx.lookup(path.ref);
      if (!(node instanceof PDFDict)) throw new DamagedPdfError('its page tree changed between two readings');
      const rot = inherited(ctx, node, path.ancestors, N.Rotate, isNumber);
      return {
        ref: path.ref,
        node,
        resources: inherited(ctx, node, path.ancestors, N.Resources, isDict),
        mediaBox: inherited(ctx, node, path.ancestors, N.MediaBox, isArray),
        cropBox: inherited(ctx, node, path.ancestors, N.CropBox, isArray),
        rotate: rot ? rot.asNumber() : 0,
      };
    },
  };
}

/** Walks /Pages depth-first, refusing cycles and runaway trees, carrying inheritable attributes. */
function walkPageTree(doc: PDFDocument, limits: PdfLimits): PageList {
  const ctx = doc.context;
  const catalog = ctx.lookup(ctx.trailerInfo.Root);
  if (!(catalog instanceof PDFDict)) throw new DamagedPdfError('it has no document catalogue');
  const rootRef = catalog.get(N.Pages);
  const leaves: Leaf[] = [];
  // Where each leaf was found, while every node on the way is an indirect object (see PagePath).
  let paths: PagePath[] | undefined = [];
  const seen = new Set<PDFObject>();
  let visited = 0;
  type Inherit = { resources?: PDFDict; mediaBox?: PDFArray; cropBox?: PDFArray; rotate: number; ancestors: PDFRef[] | undefined };
  const visit = (ref: PDFObject | undefined, inh: Inherit, depth: number) => {
    if (ref === undefined) return;
    if (++visited > limits.maxPageTreeNodes) throw new LimitExceededError('The page tree', `${limits.maxPageTreeNodes} nodes`);
    if (depth > 256) throw new LimitExceededError('The page tree', '256 levels');
    const node = ref instanceof PDFRef ? ctx.lookup(ref) : ref;
    if (!(node instanceof PDFDict)) return;
    if (seen.has(node)) return; // a cycle or a page listed twice: keep the first occurrence
    seen.add(node);
    const res = node.lookup(N.Resources);
    const mb = node.lookup(N.MediaBox);
    const cb = node.lookup(N.CropBox);
    const rot = node.lookup(N.Rotate);
    const kids = node.lookup(N.Kids);
    const type = node.lookup(N.Type);
    const inner = kids instanceof PDFArray && type !== N.Page;
    const here: Inherit = {
      resources: res instanceof PDFDict ? res : inh.resources,
      mediaBox: mb instanceof PDFArray ? mb : inh.mediaBox,
      cropBox: cb instanceof PDFArray ? cb : inh.cropBox,
      rotate: rot instanceof PDFNumber ? rot.asNumber() : inh.rotate,
      ancestors: inner && inh.ancestors && ref instanceof PDFRef ? [...inh.ancestors, ref] : undefined,
    };
    if (inner) {
      for (let i = 0; i < kids.size(); i++) visit(kids.get(i), here, depth + 1);
      return;
    }
    if (!(ref instanceof PDFRef)) return;
    leaves.push({ ref, node, resources: here.resources, mediaBox: here.mediaBox, cropBox: here.cropBox, rotate: here.rotate });
    if (inh.ancestors) paths?.push({ ref, ancestors: inh.ancestors });
    else paths = undefined;
  };
  visit(rootRef, { rotate: 0, ancestors: [] }, 0);
  return { length: leaves.length, leaf: (index) => leaves[index], ...(paths ? { paths } : {}) };
}

function boxOf(arr: PDFArray | undefined): Rect | undefined {
  if (!arr || arr.size() < 4) return undefined;
  const v: number[] = [];
  for (let i = 0; i < 4; i++) {
    const x = arr.lookup(i);
    v.push(x instanceof PDFNumber ? x.asNumber() : 0);
  }
  const r: Rect = [Math.min(v[0], v[2]), Math.min(v[1], v[3]), Math.max(v[0], v[2]), Math.max(v[1], v[3])];
  return r[2] - r[0] > 0 && r[3] - r[1] > 0 ? r : undefined;
}

function pageGeometry(leaf: Leaf): PageGeometry {
  const mediaBox = boxOf(leaf.mediaBox) ?? [0, 0, 612, 792];
  let cropBox = boxOf(leaf.cropBox) ?? mediaBox;
  // The visible area is the crop box clipped to the media box (ISO 32000-1 14.11.2).
  const clipped: Rect = [
    Math.max(cropBox[0], mediaBox[0]), Math.max(cropBox[1], mediaBox[1]),
    Math.min(cropBox[2], mediaBox[2]), Math.min(cropBox[3], mediaBox[3]),
  ];
  if (clipped[2] > clipped[0] && clipped[3] > clipped[1]) cropBox = clipped;
  const uu = leaf.node.lookup(N.UserUnit);
  const userUnit = uu instanceof PDFNumber && uu.asNumber() > 0 ? uu.asNumber() : 1;
  let rotate = Math.round(leaf.rotate / 90) * 90;
  rotate = ((rotate % 360) + 360) % 360;
  const r = rotate as 0 | 90 | 180 | 270;
  const [x0, y0, x1, y1] = cropBox;
  const w = (x1 - x0) * userUnit;
  const h = (y1 - y0) * userUnit;
  const u = userUnit;
  // Maps user space to display space: translate the crop box to the origin, flip y (display
  // y grows downwards), then rotate clockwise by /Rotate.
  let toDisplay: Matrix;
  switch (r) {
    case 0: toDisplay = matrixOf(u, 0, 0, -u, -x0 * u, y1 * u); break;
    case 90: toDisplay = matrixOf(0, u, u, 0, -y0 * u, -x0 * u); break;
    case 180: toDisplay = matrixOf(-u, 0, 0, u, x1 * u, -y0 * u); break;
    case 270: toDisplay = matrixOf(0, -u, -u, 0, y1 * u, x1 * u); break;
    default: throw missingCaseError(r);
  }
  const rotated = r === 90 || r === 270;
  return {
    width: rotated ? h : w,
    height: rotated ? w : h,
    rotate: r,
    userUnit,
    cropBox,
    mediaBox,
    toDisplay,
  };
}

const ENDSTREAM = [0x65, 0x6e, 0x64, 0x73, 0x74, 0x72, 0x65, 0x61, 0x6d];

/**
 * pdf-lib cannot resolve an indirect /Length while it parses, so it finds the end of such a
 * stream by searching "endstream" and drops the end-of-line before it; when the stream's last
 * data byte is itself a CR or LF (as in Ghostscript's Flate streams that end in 0x0D), that
 * byte is lost and a redacted file written from it has a truncated stream (qpdf: "input
 * stream is complete but output may still be valid"). The data is taken again from the
 * file, by /Length, when the file confirms it: the lost bytes are line ends followed by
 * "endstream" (ISO 32000-1 7.3.8.1).
 */
function restoreStreamEnds(doc: PDFDocument, bytes: Uint8Array): void {
  for (const [, obj] of doc.context.enumerateIndirectObjects()) restoreStreamEnd(obj, doc.context, bytes);
}

/** restoreStreamEnds for one object (the lazy loader calls it as it parses each object). */
function restoreStreamEnd(obj: PDFObject, ctx: PDFContext, bytes: Uint8Array): void {
  if (!(obj instanceof PDFRawStream)) return;
  const lengthRef = obj.dict.get(PDFName.of('Length'));
  if (!(lengthRef instanceof PDFRef)) return;
  const length = ctx.lookup(lengthRef);
  const c = obj.contents;
  if (!(length instanceof PDFNumber) || c.length < 16) return;
  const want = length.asNumber();
  if (!(want > c.length && want <= c.length + 2)) return;
  const at = indexOf(bytes, c.subarray(0, 64));
  if (at < 0) return;
  let end = at + want;
  const lost = bytes.subarray(at + c.length, end);
  if (lost.length !== want - c.length || !lost.every((b) => b === 0x0d || b === 0x0a)) return;
  while (end < bytes.length && (bytes[end] === 0x0d || bytes[end] === 0x0a || bytes[end] === 0x20)) end++;
  if (!ENDSTREAM.every((b, i) => bytes[end + i] === b)) return;
  (obj as unknown as { contents: Uint8Array }).contents = bytes.slice(at, at + want);
}

function indexOf(hay: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  for (let i = hay.indexOf(first); i >= 0 && i <= hay.length - needle.length; i = hay.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && hay[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}
