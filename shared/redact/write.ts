/**
 * Fresh write of a redacted document (DESIGN.md "True redaction"). Only objects reachable from
 * the trailer are written: what the redaction orphaned (the original content stream, a form
 * XObject before it was copied, an older revision's objects) stays out. A document opened
 * lazily (the redactor's) is written by `writeCopying`: objects nobody parsed are copied from
 * the input byte for byte, the rest serialised. A document loaded whole is pruned and saved by
 * pdf-lib. The file is never written incrementally or encrypted.
 */
import {
  PDFArray, PDFCrossRefStream, PDFDict, PDFDocument, PDFName, PDFRef, PDFStream, type PDFObject,
} from '@cantoo/pdf-lib';
import type { PageGeometry } from '../pdf/types';
import { rawObjectsOf, type RawObject, type RawObjects } from './rawScan';

export interface WriteReport {
  /** Objects dropped because nothing reachable from the trailer referred to them. */
  pruned: number;
  /** Objects written. */
  written: number;
}

/**
 * Collects every indirect reference reachable from the trailer's /Root and /Info.
 *
 * @example
 *   const live = reachableRefs(doc); // Set of "12 0 R" tags
 */
export function reachableRefs(doc: PDFDocument): Set<string> {
  return new Set(liveObjects(doc.context, undefined).map((o) => o.ref.tag));
}

/**
 * Deletes every indirect object that is not reachable from the trailer, so that an old
 * revision or a replaced content stream cannot be written.
 *
 * @example
 *   const n = pruneUnreachable(doc); // 3 objects dropped
 */
export function pruneUnreachable(doc: PDFDocument): number {
  const live = reachableRefs(doc);
  let pruned = 0;
  for (const [ref] of doc.context.enumerateIndirectObjects()) {
    if (!live.has(ref.tag)) {
      doc.context.delete(ref);
      pruned++;
    }
  }
  return pruned;
}

/** A page as the page-tree walk found it (shared/pdf/document.ts's PdfPage). */
export interface WalkedPage {
  ref: PDFRef;
  node: PDFDict;
  resources: PDFDict | undefined;
  geometry: PageGeometry;
}

const P = {
  Pages: PDFName.of('Pages'), Parent: PDFName.of('Parent'), Resources: PDFName.of('Resources'),
  MediaBox: PDFName.of('MediaBox'), CropBox: PDFName.of('CropBox'), Rotate: PDFName.of('Rotate'),
};

/**
 * Replaces the page tree with one flat node listing the pages in the order they were read,
 * each carrying the attributes it inherited (resources, media box, crop box, rotation). A tree
 * with loops, pages that name the wrong parent, or intermediate nodes holding stray entries
 * then leaves nothing behind: the old nodes become unreachable and are pruned.
 *
 * @example
 *   rebuildPageTree(doc, Array.from({ length: file.pageCount }, (_, i) => file.page(i)));
 */
export function rebuildPageTree(doc: PDFDocument, pages: WalkedPage[]): void {
  const ctx = doc.context;
  const catalog = ctx.lookup(ctx.trailerInfo.Root);
  if (!(catalog instanceof PDFDict) || pages.length === 0) return;
  const tree = ctx.nextRef();
  for (const p of pages) {
    const g = p.geometry;
    if (!(p.node.lookup(P.Resources) instanceof PDFDict)) p.node.set(P.Resources, p.resources ?? ctx.obj({}));
    if (!(p.node.lookup(P.MediaBox) instanceof PDFArray)) p.node.set(P.MediaBox, ctx.obj(g.mediaBox));
    const crop = g.cropBox;
    if (!(p.node.lookup(P.CropBox) instanceof PDFArray) && crop.some((v, i) => v !== g.mediaBox[i])) p.node.set(P.CropBox, ctx.obj(crop));
    if (!p.node.has(P.Rotate) && g.rotate !== 0) p.node.set(P.Rotate, ctx.obj(g.rotate));
    p.node.set(P.Parent, tree);
  }
  ctx.assign(tree, ctx.obj({ Type: 'Pages', Kids: pages.map((p) => p.ref), Count: pages.length }));
  catalog.set(P.Pages, tree);
}

/**
 * Writes the document as a complete new file: pending embeds (the label font) are flushed,
 * unreachable objects pruned, encryption dropped, and the whole file serialised afresh.
 *
 * @example
 *   const { bytes, report } = await writeFresh(doc);
 */
export async function writeFresh(doc: PDFDocument): Promise<{ bytes: Uint8Array; report: WriteReport }> {
  placeCrossRefEntriesByBinarySearch();
  // Font subsets are created at flush time; flush first so they are reachable when we prune.
  await doc.flush();
  const ctx = doc.context;
  delete (ctx.trailerInfo as { Encrypt?: unknown }).Encrypt;
  (ctx as unknown as { security?: unknown }).security = undefined;
  const raws = rawObjectsOf(ctx);
  if (raws) return writeCopying(doc, raws);
  const pruned = pruneUnreachable(doc);
  const written = ctx.enumerateIndirectObjects().length;
  const bytes = await doc.save({
    rewrite: true,
    useObjectStreams: true,
    addDefaultPage: false,
    // pdf-lib would otherwise create an empty AcroForm to "update" appearances.
    updateFieldAppearances: false,
    // pdf-lib yields to the event loop (a setTimeout) every 50 objects by default: on a
    // 1,000-page dossier that is hundreds of timer turns of idle wall time, in a write that
    // nothing else waits on.
    objectsPerTick: Infinity,
  });
  return { bytes, report: { pruned, written } };
}

interface CrossRefEntry { ref: PDFRef }
let crossRefPatched = false;

/**
 * pdf-lib's cross-reference stream finds the place of each new entry by a linear search from
 * the start (`appendEntry`: the first entry with a higher object number), so saving a file of
 * n objects costs n²/2 comparisons: about 0.35 s of CPU for the 6,000 objects of the redacted
 * 1,000-page bench dossier. The list is always in ascending object number (every entry goes
 * before the first higher one), so a binary search finds the same place and the file written is
 * the same, byte for byte. Installed once; left as it is if pdf-lib's internals differ.
 */
export function placeCrossRefEntriesByBinarySearch(): void {
  if (crossRefPatched) return;
  crossRefPatched = true;
  const proto = (PDFCrossRefStream as unknown as { prototype: Record<string, unknown> }).prototype;
  if (typeof proto.appendEntry !== 'function') return;
  proto.appendEntry = function appendEntry(this: { entries?: CrossRefEntry[] }, entry: CrossRefEntry) {
    const entries = this.entries;
    if (!Array.isArray(entries)) throw new Error('pdf-lib cross-reference stream without entries');
    const num = entry.ref.objectNumber;
    let lo = 0;
    let hi = entries.length;
    if (hi === 0 || entries[hi - 1].ref.objectNumber <= num) {
      entries.push(entry);
      return;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (entries[mid].ref.objectNumber > num) hi = mid;
      else lo = mid + 1;
    }
    entries.splice(lo, 0, entry);
  };
}

/** A live object: copied from the input as it is, or serialised from its parsed form. */
interface LiveObject {
  ref: PDFRef;
  raw?: RawObject;
  obj?: PDFObject;
}

/**
 * Every object reachable from the trailer's /Root and /Info. An object nobody parsed is followed
 * through its raw scan (rawScan.ts), so the walk parses nothing new; without `raws` every object is looked up.
 */
function liveObjects(ctx: PDFDocument['context'], raws: RawObjects | undefined): LiveObject[] {
  const seen = new Set<PDFRef>();
  const live: LiveObject[] = [];
  const stack: PDFObject[] = [];
  for (const r of [ctx.trailerInfo.Root, ctx.trailerInfo.Info]) if (r) stack.push(r as PDFObject);
  while (stack.length > 0) {
    const obj = stack.pop()!;
    if (obj instanceof PDFRef) {
      if (seen.has(obj)) continue;
      seen.add(obj);
      const raw = raws?.raw(obj);
      if (raw) {
        live.push({ ref: obj, raw });
        for (let k = raw.refs.length - 1; k >= 0; k--) stack.push(raw.refs[k]!);
        continue;
      }
      const target = ctx.lookup(obj);
      if (!target) continue;
      live.push({ ref: obj, obj: target });
      stack.push(target);
    } else if (obj instanceof PDFDict) {
      for (const [, v] of obj.entries()) stack.push(v);
    } else if (obj instanceof PDFArray) {
      for (let i = 0; i < obj.size(); i++) stack.push(obj.get(i));
    } else if (obj instanceof PDFStream) {
      stack.push(obj.dict);
    }
  }
  return live;
}

const latin1 = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
};

/**
 * The fresh write of a lazily opened document (issue #17): every reachable object is written
 * once, under its own number, with a new cross-reference table and trailer; an object nobody
 * parsed is copied from the input byte for byte ("num gen obj … endobj"), every other one is
 * serialised by pdf-lib. Only reachable objects are written, so a replaced content stream, an
 * older revision's objects and anything orphaned stay out, as with `pruneUnreachable`; the old
 * file's cross-reference data, trailer and free space are never copied.
 */
function writeCopying(doc: PDFDocument, raws: RawObjects): { bytes: Uint8Array; report: WriteReport } {
  const ctx = doc.context;
  const live = liveObjects(ctx, raws).sort((a, b) => a.ref.objectNumber - b.ref.objectNumber || a.ref.generationNumber - b.ref.generationNumber);
  const src = raws.source.bytes;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const put = (b: Uint8Array) => {
    chunks.push(b);
    size += b.length;
  };
  const header = new Uint8Array(ctx.header.sizeInBytes() + 1);
  ctx.header.copyBytesInto(header, 0);
  header[header.length - 1] = 0x0a;
  put(header);
  const offsets: [number, number, number][] = [];
  let lastNumber = 0;
  for (const o of live) {
    const num = o.ref.objectNumber;
    // One object per number (a second generation of the same number cannot be listed twice).
    if (offsets.length && offsets[offsets.length - 1]![0] === num) continue;
    offsets.push([num, o.ref.generationNumber, size]);
    lastNumber = num;
    if (o.raw) {
      put(src.subarray(o.raw.start, o.raw.end));
      put(NEWLINE);
      continue;
    }
    const body = new Uint8Array(o.obj!.sizeInBytes());
    o.obj!.copyBytesInto(body, 0);
    put(latin1(`${num} ${o.ref.generationNumber} obj\n`));
    put(body);
    put(ENDOBJ);
  }
  const xrefAt = size;
  let xref = 'xref\n';
  // Subsections of consecutive numbers (ISO 32000-1 7.5.4); object 0 heads the free list.
  const runs: [number, number][] = [];
  for (let k = 0; k < offsets.length; k++) {
    const run = runs[runs.length - 1];
    if (run && offsets[k - 1]![0] + 1 === offsets[k]![0]) run[1]++;
    else runs.push([k, 1]);
  }
  xref += '0 1\n0000000000 65535 f \n';
  for (const [first, count] of runs) {
    xref += `${offsets[first]![0]} ${count}\n`;
    for (let k = first; k < first + count; k++) {
      const [, gen, at] = offsets[k]!;
      xref += `${String(at).padStart(10, '0')} ${String(gen).padStart(5, '0')} n \n`;
    }
  }
  put(latin1(xref));
  const trailer = ctx.obj({ Size: lastNumber + 1, Root: ctx.trailerInfo.Root, Info: ctx.trailerInfo.Info, ID: ctx.trailerInfo.ID });
  const dict = new Uint8Array(trailer.sizeInBytes());
  trailer.copyBytesInto(dict, 0);
  put(latin1('trailer\n'));
  put(dict);
  put(latin1(`\nstartxref\n${xrefAt}\n%%EOF\n`));
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, report: { pruned: knownObjects(ctx, raws) - offsets.length, written: offsets.length } };
}

const NEWLINE = new Uint8Array([0x0a]);
const ENDOBJ = latin1('\nendobj\n');

/** Objects the document knows: those the input lists, and those made since (numbered above them). */
function knownObjects(ctx: PDFDocument['context'], raws: RawObjects): number {
  let count = 0;
  let top = 0;
  for (const ref of raws.source.listed()) {
    count++;
    if (ref.objectNumber > top) top = ref.objectNumber;
  }
  for (let n = top + 1; n <= ctx.largestObjectNumber; n++) if (raws.source.parsed(PDFRef.of(n, 0))) count++;
  return count;
}
