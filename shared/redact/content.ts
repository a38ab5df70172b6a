/**
 * Glyph removal: rewrites a page's content streams so that every glyph under a redaction
 * box is gone from the file, not merely covered. The interpreter (shared/pdf/interpreter.ts)
 * tells which operator and which glyph of it drew each box; this module rewrites exactly
 * those operators and copies every other byte of the stream unchanged.
 *
 * - A removed glyph becomes a TJ displacement of its exact advance (ISO 32000-1 9.4.3), so
 *   the glyphs after it keep their positions and text outside the boxes extracts as before.
 * - Form XObjects are copied before they are changed (copy-on-write up to the page), so a
 *   form shared with other pages or other placements stays intact there.
 * - Which glyphs go is one rule (`covers` in geometry.ts): the centre of the glyph's box lies
 *   inside a redaction box. Text drawn twice at the same place (fake bold, a form over its own
 *   text, an OCR layer under the visible text; `findCopies`) goes with the copy the box covers.
 * - A stream that is written anew loses its marked-content /ActualText, /Alt and /E (the
 *   edit `stripMarkedContentText` makes, done here while the operators are at hand), except a
 *   ligature's spelling ("ffi", as Chromium writes) on a span that lost no glyph.
 * - Paths the box covers by the same rule (`coversPath`) are dropped; images under a box are
 *   re-pointed to a private resource name so that the image blanker can substitute a blanked
 *   copy for this placement.
 *
 * @example
 *   const file = await openPdf(bytes);
 *   const r = redactPageContent(file, 0, [[72, 90, 180, 104]]);
 *   r.removedText; // 'J.A. van den Berg'
 */
import { PDFDict, PDFName, PDFRef, PDFStream, type PDFContext } from '@cantoo/pdf-lib';
import { concatBytes } from '../bytes';
import type { PdfFile } from '../pdf/document';
import { interpretPage } from '../pdf/interpreter';
import { rectsIntersect } from '../pdf/matrix';
import { formatNumber, hexString, serializeOperand } from '../pdf/syntax';
import {
  PdfName, PdfString, type GraphicMark, type Glyph, type Operand, type OperandDict, type Operation, type PageContent,
  type Rect, type StreamInstance,
} from '../pdf/types';
import { findCopies } from '../pdf/text';
import { GlyphStore, recycleGlyphs, storeOf } from '../pdf/glyphStore';
import { coverTest, coversPath } from './geometry';
import { flateStream } from '../pdf/streams';
import { contentLater, rememberDecoded } from './decoded';
import { withoutMarkedContentText } from './sanitize';
import type { RemovedGlyphs } from './isolated';

/** An image under a box, with the means to point this one placement at a blanked copy. */
export interface ImageHit extends GraphicMark {
  repoint(newRef: PDFRef): void;
}

export interface ContentRedactionOptions {
  /**
   * Leave images alone (they are reported in `images` but not re-pointed or blanked), for an
   * engine that blanks images in a separate pass over the rewritten page (placements.ts).
   */
  skipImages?: boolean;
  /**
   * Blanks an inline image (BI … EI) under the rects and returns its complete replacement
   * bytes, or null when nothing is under them. Without it an inline image under a box is
   * removed whole, which never leaks.
   */
  blankInline?(dict: OperandDict, data: Uint8Array, matrix: GraphicMark['matrix'] & {}, rects: Rect[], resources: PDFDict | undefined): Uint8Array | null;
  /**
   * Give the removed glyphs as columns (`removedColumns`) and leave `removed` empty: a caller
   * that keeps only their text, direction and box (isolated.ts) is spared an object and a rect
   * array per removed glyph (174,116 of each on the 1,000-page bench dossier).
   */
  columns?: boolean;
}

export interface ContentRedaction {
  removed: Glyph[];
  /** With `columns`: the removed glyphs, in the same order, as columns (and `removed` is empty). */
  removedColumns?: RemovedGlyphs;
  /** The removed glyphs' text in drawing order (verify searches the output for it). */
  removedText: string;
  /** Image XObjects under a box; call `repoint` with the blanked copy. */
  images: ImageHit[];
  pathsRemoved: number;
  inlineImagesChanged: number;
  /** Form XObjects copied because their content changed. */
  formsCopied: number;
  /** Streams written anew whose marked-content /ActualText, /Alt or /E were left out. */
  markedContentStripped: number;
}

const PATH_CONSTRUCTION = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const enc = new TextEncoder();

/**
 * Removes from page `pageIndex` (0-based) every glyph that one of `rects` covers (display
 * coordinates; the rule is `covers`) together with its copies, every path a rect covers
 * (`coversPath`), and re-points images under a rect. Mutates the document in `file`.
 */
export function redactPageContent(file: PdfFile, pageIndex: number, rects: Rect[], options: ContentRedactionOptions = {}): ContentRedaction {
  if (rects.length === 0) return { removed: [], removedText: '', images: [], pathsRemoved: 0, inlineImagesChanged: 0, formsCopied: 0, markedContentStripped: 0 };
  // The page borrows the glyph store every page fills (glyphStore.ts) and gives it back when
  // its edits are made: what is kept of its glyphs (`removed`) are objects of their own.
  const content = interpretPage(file, pageIndex, { marks: true, lend: true });
  try {
    return redactInterpreted(file, pageIndex, content, rects, options);
  } finally {
    recycleGlyphs(content);
  }
}

function redactInterpreted(file: PdfFile, pageIndex: number, content: PageContent, rects: Rect[], options: ContentRedactionOptions): ContentRedaction {
  const result: ContentRedaction = { removed: [], removedText: '', images: [], pathsRemoved: 0, inlineImagesChanged: 0, formsCopied: 0, markedContentStripped: 0 };
  const ctx = file.doc.context;
  const page = file.page(pageIndex);

  // streamId → opIndex → replacement text (or bytes)
  const edits = new Map<number, Map<number, string | Uint8Array>>();
  const editOf = (id: number) => {
    let m = edits.get(id);
    if (!m) edits.set(id, (m = new Map()));
    return m;
  };

  // 1. Glyphs: those a box covers, and every copy of them. Read from the page's glyph arrays:
  //    only the removed glyphs become objects.
  const glyphs = storeOf(content) ?? GlyphStore.from(content.glyphs);
  const copyOf = findCopies(glyphs);
  const original = (i: number) => (copyOf[i] >= 0 ? copyOf[i] : i);
  // One mark per glyph (a group of copies is marked on its original), not a set of numbers.
  const covered = coveredScratch(glyphs.length);
  let anyCovered = false;
  const coveredBy = coverTest(rects);
  const { x0, y0, x1, y1 } = glyphs;
  for (let i = 0; i < glyphs.length; i++) {
    if (coveredBy(x0[i], y0[i], x1[i], y1[i])) {
      covered[original(i)] = 1;
      anyCovered = true;
    }
  }
  const hits = new Map<number, Map<number, Set<number>>>();
  // Which glyphs go, in drawing order, read from the store's columns.
  const gone: number[] = [];
  for (let i = 0; i < glyphs.length && anyCovered; i++) {
    if (covered[original(i)] !== 1) continue;
    gone.push(i);
    const stream = glyphs.stream[i]!, op = glyphs.op[i]!;
    let byOp = hits.get(stream);
    if (!byOp) hits.set(stream, (byOp = new Map()));
    let set = byOp.get(op);
    if (!set) byOp.set(op, (set = new Set()));
    set.add(glyphs.index[i]!);
  }
  // A plain loop, not map(…).join(''): the join saw arrays of differing element kinds from page
  // to page, and each one threw away this function's optimised code (V8 "wrong map"), 76 times
  // in a redaction of the 1,000-page bench dossier, each followed by a fresh compile.
  let removedText = '';
  for (const i of gone) removedText += glyphs.text[i]!;
  result.removedText = removedText;
  if (options.columns) {
    const n = gone.length;
    const cols: RemovedGlyphs = { text: new Array<string>(n), space: new Uint8Array(n), rot: new Uint8Array(n), rects: new Float64Array(4 * n) };
    for (let k = 0; k < n; k++) {
      const i = gone[k]!;
      cols.text[k] = glyphs.text[i]!;
      cols.space[k] = glyphs.isSpace(i) ? 1 : 0;
      cols.rot[k] = glyphs.rot[i]!;
      cols.rects[4 * k] = x0[i]!;
      cols.rects[4 * k + 1] = y0[i]!;
      cols.rects[4 * k + 2] = x1[i]!;
      cols.rects[4 * k + 3] = y1[i]!;
    }
    result.removedColumns = cols;
  } else {
    for (const i of gone) result.removed.push(glyphs.glyph(i));
  }
  for (const [streamId, byOp] of hits) {
    const inst = content.streams[streamId];
    for (const [opIndex, removed] of byOp) {
      editOf(streamId).set(opIndex, rewriteTextOp(inst, opIndex, removed));
    }
  }

  // 2. Paths entirely inside a box, and images under one.
  for (const mark of content.marks) {
    const inst = content.streams[mark.stream];
    if (mark.kind === 'path') {
      if (!rects.some((r) => coversPath(r, mark.rect))) continue;
      const e = editOf(mark.stream);
      for (let k = mark.firstOp ?? mark.op; k <= mark.op; k++) {
        if (PATH_CONSTRUCTION.has(inst.ops[k].op) || k === mark.op) e.set(k, ' ');
      }
      result.pathsRemoved++;
    } else if (options.skipImages) {
      if ((mark.kind === 'image' || mark.kind === 'inline-image') && rects.some((r) => rectsIntersect(r, mark.rect))) {
        result.images.push({ ...mark, repoint: () => {} });
      }
    } else if (mark.kind === 'inline-image') {
      const under = rects.filter((r) => rectsIntersect(r, mark.rect));
      if (under.length === 0 || !mark.matrix) continue;
      const op = inst.ops[mark.op];
      const ii = op.inlineImage!;
      const replacement = options.blankInline?.(ii.dict, inst.bytes.subarray(ii.dataStart, ii.dataEnd), mark.matrix, under, inst.resources) ?? null;
      // Without a blanker, or when it finds nothing, an image under a box is dropped whole: never a leak.
      editOf(mark.stream).set(mark.op, replacement ?? (options.blankInline ? inst.bytes.subarray(op.start, op.end) : ' '));
      if (replacement || !options.blankInline) result.inlineImagesChanged++;
    } else if (mark.kind === 'image') {
      if (!rects.some((r) => rectsIntersect(r, mark.rect)) || !mark.ref) continue;
      const xobjects = xobjectDict(inst, ctx);
      if (!xobjects) continue;
      const name = freshName(xobjects, 'LkImg');
      xobjects.set(PDFName.of(name), mark.ref);
      editOf(mark.stream).set(mark.op, `${serializeOperand(new PdfName(name))} Do`);
      result.images.push({ ...mark, repoint: (newRef: PDFRef) => xobjects.set(PDFName.of(name), newRef) });
    }
  }

  // A damaged stream (undecodable in part, or no stream at all) is written as it was read, so
  // that the output holds exactly what was interpreted and no reader recovers more from it.
  for (const inst of content.streams) if (inst.damaged) editOf(inst.id);

  // What the interpreter could not place goes from a page with boxes, since nothing shows that it
  // lies outside them:
  // - a Do it skipped as a cycle (a form drawing itself or an ancestor; readers stop such a
  //   cycle at different depths): some readers follow it once more (MuPDF does), and in a rewritten page it
  //   would draw the ORIGINAL form, with the glyphs removed from its copy;
  // - text shown with no usable font (a missing /Font resource): readers draw it with a substitute
  //   font (MuPDF extracts it, pdf.js draws it), but no glyph of it can be measured.
  // Each stream that holds one is rewritten (and a form copied up to the page like any edit).
  for (const inst of content.streams) {
    for (const op of inst.cycleOps ?? []) editOf(inst.id).set(op, ' ');
    for (const op of inst.unmeasuredTextOps ?? []) editOf(inst.id).set(op, ' ');
  }

  // 3. Write changed streams, children first: a changed form is copied, and its parent's Do
  //    is pointed at the copy, which changes the parent in turn, up to the page.
  const ids = [...edits.keys()].sort((a, b) => b - a);
  const pending = new Set(ids);
  while (pending.size) {
    const id = Math.max(...pending);
    pending.delete(id);
    const inst = content.streams[id];
    const streamEdits = edits.get(id)!;
    // A stream written anew leaves its marked-content texts behind here, where its operators
    // are at hand, rather than be decoded and tokenized again by stripMarkedContentText.
    // A ligature's /ActualText ("ffi") stays on a span none of whose operators lost a glyph.
    const touched = new Set<number>();
    const open: number[] = [];
    for (let k = 0; k < inst.ops.length; k++) {
      const op = inst.ops[k].op;
      if (op === 'BDC' || op === 'BMC') open.push(k);
      else if (op === 'EMC') open.pop();
      else if (streamEdits.has(k)) for (const b of open) touched.add(b);
    }
    for (const b of open) touched.add(b);
    let stripped = false;
    for (let k = 0; k < inst.ops.length; k++) {
      if (streamEdits.has(k)) continue;
      const clean = withoutMarkedContentText(inst.ops[k], !touched.has(k));
      if (clean === undefined) continue;
      streamEdits.set(k, clean);
      stripped = true;
    }
    if (stripped) result.markedContentStripped++;
    const bytes = applyEdits(inst, streamEdits);
    if (inst.kind === 'page') {
      // Compressed when the boxes join it (decoded.ts `contentLater`): one deflate per page.
      page.node.set(PDFName.of('Contents'), contentLater(ctx, bytes));
      continue;
    }
    // A form: a private copy for this placement.
    const original = inst.ref ? ctx.lookup(inst.ref) : undefined;
    if (!(original instanceof PDFStream)) continue;
    const copy = flateStream(ctx, bytes);
    rememberDecoded(copy, bytes);
    for (const [k, v] of original.dict.entries()) {
      const key = k.decodeText();
      if (key === 'Length' || key === 'Filter' || key === 'DecodeParms' || key === 'DL') continue;
      copy.dict.set(k, v);
    }
    const copyRef = ctx.register(copy);
    result.formsCopied++;
    const parent = content.streams[inst.parent];
    const xobjects = xobjectDict(parent, ctx);
    if (!xobjects) continue;
    const name = freshName(xobjects, 'LkForm');
    xobjects.set(PDFName.of(name), copyRef);
    editOf(parent.id).set(inst.parentOp, `${serializeOperand(new PdfName(name))} Do`);
    pending.add(parent.id);
  }
  return result;
}

let coveredMarks = new Uint8Array(4096);
/** `redactInterpreted`'s marks for a page of `n` glyphs, all 0: one array kept from page to page. */
function coveredScratch(n: number): Uint8Array {
  if (coveredMarks.length < n) coveredMarks = new Uint8Array(Math.max(n, 2 * coveredMarks.length));
  coveredMarks.fill(0, 0, n);
  return coveredMarks;
}

/** The /XObject dictionary names in this stream resolve against (created when missing). */
function xobjectDict(inst: StreamInstance, ctx: PDFContext): PDFDict | undefined {
  const res = inst.resources;
  if (!res) return undefined;
  const key = PDFName.of('XObject');
  const existing = res.lookup(key);
  if (existing instanceof PDFDict) return existing;
  const created = ctx.obj({}) as PDFDict;
  res.set(key, created);
  return created;
}

function freshName(dict: PDFDict, prefix: string): string {
  for (let i = 1; ; i++) {
    const name = `${prefix}${i}`;
    if (!dict.has(PDFName.of(name))) return name;
  }
}

/**
 * Rebuilds one text-showing operator without the glyphs in `removed` (indices among the
 * operator's glyphs). Each removed glyph becomes a TJ displacement equal to its advance:
 * horizontal tx = (w0·Tfs + Tc + Tw)·Th, and a TJ number n moves by −n/1000·Tfs·Th, so
 * n = −(w0 + (Tc + Tw)/Tfs)·1000 (ISO 32000-1 9.4.4).
 */
function rewriteTextOp(inst: StreamInstance, opIndex: number, removed: Set<number>): string {
  const op = inst.ops[opIndex];
  const state = inst.textOps?.get(opIndex);
  const items = textItems(op);
  let prefix = '';
  if (op.op === "'") prefix = 'T* ';
  else if (op.op === '"') prefix = `${formatNumber(num(op.args[0]))} Tw ${formatNumber(num(op.args[1]))} Tc T* `;
  if (!state) {
    // No font was in force, so nothing was drawn; keep the positioning only.
    return `${prefix}[] TJ`;
  }
  const { font, fontSize: fs, charSpacing: tc, wordSpacing: tw } = state;
  const out: (string | number)[] = [];
  let pendingNum = 0;
  const flushNum = () => {
    if (pendingNum !== 0) out.push(pendingNum);
    pendingNum = 0;
  };
  let gi = 0;
  for (const it of items) {
    if (typeof it === 'number') {
      pendingNum += it;
      continue;
    }
    const glyphs = font.decode(it.bytes);
    let offset = 0;
    let runStart = -1;
    const flushRun = (end: number) => {
      if (runStart >= 0 && end > runStart) {
        flushNum();
        out.push(hexString(it.bytes.subarray(runStart, end)));
      }
      runStart = -1;
    };
    for (const g of glyphs) {
      if (removed.has(gi)) {
        flushRun(offset);
        if (fs !== 0) {
          const spacing = tc + (g.wordSpace ? tw : 0);
          if (font.vertical) pendingNum += ((g.vy * fs - spacing) / fs) * 1000;
          else pendingNum -= (g.width + spacing / fs) * 1000;
        }
      } else if (runStart < 0) {
        runStart = offset;
      }
      offset += g.length;
      gi++;
    }
    flushRun(offset);
  }
  flushNum();
  const body = out.map((x) => (typeof x === 'number' ? formatNumber(x) : x)).join(' ');
  return `${prefix}[${body}] TJ`;
}

function textItems(op: Operation): (PdfString | number)[] {
  const pick = (v: Operand | undefined): (PdfString | number)[] => {
    if (v instanceof PdfString) return [v];
    if (Array.isArray(v)) return v.filter((x): x is PdfString | number => x instanceof PdfString || typeof x === 'number');
    return [];
  };
  switch (op.op) {
    case 'Tj': case "'": return pick(op.args[op.args.length - 1]);
    case '"': return pick(op.args[2]);
    case 'TJ': return pick(op.args[op.args.length - 1]);
    default: return [];
  }
}

/**
 * A damaged stream written afresh from the operators that were read, one per line: the bytes
 * between them (the garbage of a broken stream) are not copied.
 */
function rewriteOps(inst: StreamInstance, edits: Map<number, string | Uint8Array>): Uint8Array {
  const parts: Uint8Array[] = [];
  inst.ops.forEach((op, i) => {
    const rep = edits.get(i);
    if (rep !== undefined) parts.push(typeof rep === 'string' ? enc.encode(rep) : rep);
    else if (op.inlineImage) parts.push(inst.bytes.subarray(op.start, op.end));
    else parts.push(enc.encode([...op.args.map(serializeOperand), op.op].join(' ')));
    parts.push(enc.encode('\n'));
  });
  return concatBytes(parts);
}

function num(v: Operand | undefined): number {
  return typeof v === 'number' ? v : 0;
}

/** The stream's bytes with the edited operators' spans replaced; all other bytes are kept. */
function applyEdits(inst: StreamInstance, edits: Map<number, string | Uint8Array>): Uint8Array {
  if (inst.damaged) return rewriteOps(inst, edits);
  const order = [...edits.keys()].sort((a, b) => inst.ops[a].start - inst.ops[b].start);
  const parts: Uint8Array[] = [];
  let pos = 0;
  for (const i of order) {
    const op = inst.ops[i];
    if (op.start < pos) continue; // overlapping spans cannot happen; be safe
    parts.push(inst.bytes.subarray(pos, op.start));
    const rep = edits.get(i)!;
    // Spaces around the replacement keep it from gluing onto its neighbours' tokens.
    parts.push(enc.encode(' '), typeof rep === 'string' ? enc.encode(rep) : rep, enc.encode(' '));
    pos = op.end;
  }
  parts.push(inst.bytes.subarray(pos));
  return concatBytes(parts);
}
