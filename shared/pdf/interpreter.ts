/**
 * The content-stream interpreter: one pass over a page's content (and the form XObjects it
 * draws) that yields every glyph with its Unicode, its box in display coordinates, and the
 * stream/operator/index it came from. Suggesting and redacting both use this one pass, so
 * what the officer sees marked is exactly what is removed.
 *
 * ISO 32000-1 references: 8.4 graphics state, 9.3 text state, 9.4 text objects and
 * positioning, 9.4.4 text space details, 8.10 form XObjects, 8.9.7 inline images.
 *
 * @example
 *   const file = await openPdf(bytes);
 *   const { glyphs } = interpretPage(file, 0);
 *   glyphs.map((g) => g.text).join('');
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFStream, PDFString, PDFObject } from '@cantoo/pdf-lib';
import { LimitExceededError } from '../errors';
import type { PdfFile } from './document';
import { loadFont } from './fonts';
import type { FontGlyph, PdfFont } from './fonts/types';
import { IDENTITY, apply, matrixOf, multiply, multiply3Into, setMatrix, transformRect, translateInto } from './matrix';
import { GLYPH_SPACE, glyphScratch, lazyGlyphs, type GlyphStore } from './glyphStore';
import { decodeStream } from './streams';
import { tokenize, tokenizeEach } from './tokenizer';
import {
  PdfName, PdfString, type GraphicMark, type Matrix, type Operand,
  type PageContent, type Rotation, type StreamInstance,
} from './types';

export interface InterpretOptions {
  /** Record images and painted paths (redaction needs them; text extraction does not). Default true. */
  marks?: boolean;
  /**
   * Lend the page the glyph store every page fills instead of giving it a copy of its own
   * (`glyphScratch`): for a caller that is done with the page before it reads the next and says
   * so with `recycleGlyphs(page)` (issue #17). Default false.
   */
  lend?: boolean;
}

interface GState {
  ctm: Matrix;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  font: PdfFont | null;
  fontKey: number;
  fontSize: number;
  rise: number;
  renderMode: number;
}

const NAMES = {
  Contents: PDFName.of('Contents'), Resources: PDFName.of('Resources'), Font: PDFName.of('Font'),
  XObject: PDFName.of('XObject'), ExtGState: PDFName.of('ExtGState'), Subtype: PDFName.of('Subtype'),
  Form: PDFName.of('Form'), Image: PDFName.of('Image'), Matrix: PDFName.of('Matrix'),
  Properties: PDFName.of('Properties'), ActualText: PDFName.of('ActualText'),
};

const PAINT_OPS = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const PATH_OPS = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);

/**
 * The glyphs of the string being shown (`PdfFont.decodeInto`): one array for every string of
 * every page instead of a new one per string (issue #17). Read only inside `showString`.
 */
const DECODED: FontGlyph[] = [];

/**
 * `Math.hypot(a, b)`, without the builtin's allocation when one side is 0 (an axis-aligned
 * matrix: nearly every text matrix), where both give |other| exactly.
 */
function hypot(a: number, b: number): number {
  if (b === 0) return Math.abs(a);
  if (a === 0) return Math.abs(b);
  return Math.hypot(a, b);
}

let fontIds = new WeakMap<object, number>();
let nextFontId = 1;
function fontIdOf(dict: object): number {
  let id = fontIds.get(dict);
  if (id === undefined) {
    id = nextFontId++;
    fontIds.set(dict, id);
  }
  return id;
}
/** The `fontKey` the glyphs drawn in this font dictionary carry (the same object, the same key). */
export function fontKeyOf(dict: object): number {
  return fontIdOf(dict);
}
/** Test hook: makes font keys deterministic across runs. */
export function resetFontIds(): void {
  fontIds = new WeakMap();
  nextFontId = 1;
}

/** Interprets page `index` (0-based) of an opened PDF. */
export function interpretPage(file: PdfFile, index: number, options: InterpretOptions = {}): PageContent {
  const page = file.page(index);
  const ctx = file.doc.context;
  const limits = file.limits;
  const wantMarks = options.marks !== false;
  const streams: StreamInstance[] = [];
  const marks: GraphicMark[] = [];
  const warnings: string[] = [];
  let totalBytes = 0;
  let totalOps = 0;
  let textObjects = 0;

  const toDisplay = page.geometry.toDisplay;

  const warn = (msg: string) => {
    if (warnings.length < 50) warnings.push(msg);
  };

  // Set by decode when a stream could not be decoded whole: redaction then writes what was read.
  let damaged = false;
  const decode = (s: PDFStream): Uint8Array | null => {
    damaged = false;
    try {
      const { bytes, remainingFilters, damaged: partial } = decodeStream(s, limits.maxStreamBytes);
      if (partial) {
        damaged = true;
        warn('damaged content stream: read as far as it decodes');
      }
      if (remainingFilters.length) {
        damaged = true;
        warn(`content stream with image filter ${remainingFilters[0]} skipped`);
        return null;
      }
      totalBytes += bytes.length;
      if (totalBytes > limits.maxPageBytes) throw new LimitExceededError(`The content of page ${index + 1}`, `${Math.round(limits.maxPageBytes / 1048576)} MB`);
      return bytes;
    } catch (e) {
      if (e instanceof LimitExceededError) throw e;
      damaged = true;
      warn(`undecodable content stream: ${(e as Error).message}`);
      return null;
    }
  };

  // The page's /Contents: one stream or an array whose parts are concatenated (7.8.2).
  const contents = page.node.get(NAMES.Contents);
  const parts: PDFRef[] = [];
  const chunks: Uint8Array[] = [];
  let pageDamaged = false;
  const addPart = (o: PDFObject | undefined) => {
    const s = o instanceof PDFRef ? ctx.lookup(o) : o;
    if (s instanceof PDFStream) {
      const b = decode(s);
      if (b) chunks.push(b);
      if (damaged) pageDamaged = true;
      if (o instanceof PDFRef) parts.push(o);
    } else if (o !== undefined) {
      pageDamaged = true; // not a stream: a reference to nothing, to itself, a number
    }
  };
  const resolved = contents instanceof PDFRef ? ctx.lookup(contents) : contents;
  if (resolved instanceof PDFArray) {
    for (let i = 0; i < resolved.size(); i++) addPart(resolved.get(i));
  } else {
    addPart(contents);
  }
  let pageBytes: Uint8Array;
  if (chunks.length === 1) pageBytes = chunks[0];
  else {
    // Parts are separated by a newline so a token cannot run from one into the next.
    const total = chunks.reduce((a, c) => a + c.length + 1, 0);
    pageBytes = new Uint8Array(total);
    let o = 0;
    for (const c of chunks) {
      pageBytes.set(c, o);
      o += c.length;
      pageBytes[o++] = 10;
    }
  }

  // The glyphs go into the store every page fills; the page keeps a copy cut to size (glyphStore.ts).
  const scratch = glyphScratch(options.lend === true);
  const glyphs = scratch.store;
  const formStack: object[] = [];
  const showMatrix: Matrix = matrixOf(1, 0, 0, 1, 0, 0);

  const run = (bytes: Uint8Array, resources: PDFDict | undefined, gs0: GState, inst: StreamInstance, depth: number) => {
    const tokenOptions = { maxOps: limits.maxOpsPerPage - totalOps, maxDepth: limits.maxOperandDepth };
    inst.bytes = bytes;
    inst.resources = resources;
    const textOps = wantMarks ? (inst.textOps = new Map()) : undefined;
    const stack: GState[] = [];
    let gs: GState = { ...gs0 };
    // The text matrix and text line matrix (9.4.2) are this stream's own two arrays, set in place
    // (`setMatrix`, `translateInto`): a page that places every glyph with a Td of its own (as
    // Chromium writes) no longer makes two matrices per glyph (issue #17). Nothing keeps them:
    // a glyph's box is computed from them at once.
    const tm: Matrix = matrixOf(1, 0, 0, 1, 0, 0);
    const tlm: Matrix = matrixOf(1, 0, 0, 1, 0, 0);
    // One run state for every text-showing operator of this stream.
    const state = { index: 0, adv: 0, m: showMatrix };
    // Path under construction: its bounds in display space and its first operator.
    let pathStart = -1;
    let px0 = Infinity, py0 = Infinity, px1 = -Infinity, py1 = -Infinity;
    let pathClips = false;
    // The CTM in display space for path points, made again only when the CTM changes.
    let pathCtm: Matrix | null = null;
    let pathM: Matrix = IDENTITY;
    const pathPoint = (x: number, y: number) => {
      if (gs.ctm !== pathCtm) {
        pathCtm = gs.ctm;
        pathM = multiply(gs.ctm, toDisplay);
      }
      const m = pathM;
      const [dx, dy] = apply(m, x, y);
      if (dx < px0) px0 = dx;
      if (dy < py0) py0 = dy;
      if (dx > px1) px1 = dx;
      if (dy > py1) py1 = dy;
    };
    const resetPath = () => {
      pathStart = -1;
      px0 = py0 = Infinity;
      px1 = py1 = -Infinity;
      pathClips = false;
    };

    // Marked content (14.6): an /ActualText span replaces the text of the glyphs drawn in it.
    const marked: { start: number; actual?: string }[] = [];
    const properties = resources ? lookupDict(resources, NAMES.Properties) : undefined;
    const fontsDict = resources ? lookupDict(resources, NAMES.Font) : undefined;
    const xobjects = resources ? lookupDict(resources, NAMES.XObject) : undefined;
    const extGStates = resources ? lookupDict(resources, NAMES.ExtGState) : undefined;
    // The fonts this stream's Tf operators found, by resource name: most pages say Tf again for
    // every line or run, and each time pdf-lib decoded the name (PDFName.of) and the lookups
    // followed (issue #17). A name not found is looked up (and warned of) every time, as before.
    const fontsByKey = new Map<string, { font: PdfFont; id: number }>();

    const setFont = (fontObj: PDFObject | undefined, size: number, key: string) => {
      gs.fontSize = size;
      const dict = fontObj instanceof PDFRef ? ctx.lookup(fontObj) : fontObj;
      if (!(dict instanceof PDFDict)) {
        warn(`font ${key} not found`);
        gs.font = null;
        return;
      }
      let f = file.fontCache.get(dict);
      if (!f) {
        f = loadFont(dict, { cache: file.fontCache as never, loadPredefinedCMap: file.loadPredefinedCMap });
        file.fontCache.set(dict, f);
      }
      gs.font = f;
      gs.fontKey = fontIdOf(dict);
    };

    const showString = (str: PdfString, opIndex: number, state: { index: number; adv: number; m: Matrix }) => {
      const font = gs.font;
      if (!font) return;
      const decoded = DECODED;
      const count = font.decodeInto(str.bytes, decoded);
      const fs = gs.fontSize;
      const th = gs.hScale;
      const m = state.m;
      const axisAligned = m[1] === 0 && m[2] === 0;
      const rot = rotationOf(m);
      const size = Math.abs(fs) * hypot(m[2], m[3]);
      const scaleX = hypot(m[0], m[1]);
      const fontKey = gs.fontKey, renderMode = gs.renderMode, streamId = inst.id;
      const maxGlyphs = limits.maxGlyphsPerPage;
      const asc = font.ascent * fs + gs.rise;
      const desc = font.descent * fs + gs.rise;
      for (let k = 0; k < count; k++) {
        const g = decoded[k];
        if (glyphs.length >= maxGlyphs) throw new LimitExceededError(`The text of page ${index + 1}`, `${limits.maxGlyphsPerPage} glyphs`);
        const spacing = gs.charSpacing + (g.wordSpace ? gs.wordSpacing : 0);
        let x0: number, y0: number, x1: number, y1: number, base: number;
        if (font.vertical) {
          // Vertical writing (9.7.4.3): the origin is at the glyph's top centre.
          const half = (g.width * fs) / 2;
          const dy = g.vy * fs;
          const r = transformRect(m, [-half, state.adv + dy, half, state.adv]);
          [x0, y0, x1, y1] = r;
          base = rot === 0 || rot === 2 ? (r[1] + r[3]) / 2 : (r[0] + r[2]) / 2;
          state.adv += dy - spacing;
        } else {
          // The box spans the whole advance, character spacing included, as poppler's boxes
          // do; letter-spaced words ("V e r t r o u w e l i j k") then stay one word.
          const w = g.width * fs * th;
          const xa = state.adv;
          const xb = xa + w;
          if (axisAligned) {
            const ax = m[0] * xa + m[4], bx = m[0] * xb + m[4];
            const ay = m[3] * asc + m[5], by = m[3] * desc + m[5];
            x0 = Math.min(ax, bx); x1 = Math.max(ax, bx);
            y0 = Math.min(ay, by); y1 = Math.max(ay, by);
            base = m[5]; // display y of text-space y = 0 (rise excluded, so superscripts stay on their line)
          } else {
            // transformRect(m, [xa, desc, xb, asc]) and apply(m, xa, 0), written out: the same
            // arithmetic without the seven arrays they make per glyph of rotated text (issue #17).
            const m0 = m[0], m1 = m[1], m2 = m[2], m3 = m[3], m4 = m[4], m5 = m[5];
            const ax = m0 * xa + m2 * desc + m4, ay = m1 * xa + m3 * desc + m5;
            const bx = m0 * xb + m2 * desc + m4, by = m1 * xb + m3 * desc + m5;
            const cx = m0 * xa + m2 * asc + m4, cy = m1 * xa + m3 * asc + m5;
            const dx = m0 * xb + m2 * asc + m4, dy = m1 * xb + m3 * asc + m5;
            x0 = Math.min(ax, bx, cx, dx); y0 = Math.min(ay, by, cy, dy);
            x1 = Math.max(ax, bx, cx, dx); y1 = Math.max(ay, by, cy, dy);
            base = rot === 0 || rot === 2 ? m1 * xa + m3 * 0 + m5 : m0 * xa + m2 * 0 + m4;
          }
          state.adv += w + spacing * th;
        }
        const t = g.text;
        // What glyphs.push(t, g.code, x0, …) stores, written in place (GlyphStore.add).
        const gi = glyphs.add(t);
        glyphs.code[gi] = g.code;
        glyphs.x0[gi] = x0;
        glyphs.y0[gi] = y0;
        glyphs.x1[gi] = x1;
        glyphs.y1[gi] = y1;
        glyphs.rot[gi] = rot;
        glyphs.base[gi] = base;
        glyphs.size[gi] = size;
        // Code 32 gets Tw (9.3.3) but is a space only if it maps to one: LibreOffice gives
        // code 32 to whatever letter it met 32nd.
        glyphs.flags[gi] = t === ' ' || t === '\u00a0' || (t === '' && g.wordSpace) ? GLYPH_SPACE : 0;
        glyphs.stream[gi] = streamId;
        glyphs.op[gi] = opIndex;
        glyphs.index[gi] = state.index++;
        glyphs.extra[gi] = font.vertical ? 0 : spacing * th * scaleX;
        glyphs.renderMode[gi] = renderMode;
        glyphs.fontKey[gi] = fontKey;
        glyphs.textObject[gi] = textObjects;
      }
    };

    /**
     * Runs a text-showing operator's strings and numbers (a TJ array, or the one string of Tj,
     * ' and " without an array around it); advances the text matrix.
     */
    const showText = (items: readonly Operand[] | PdfString, opIndex: number) => {
      if (!gs.font) {
        // No font to measure it by: its place is unknown (redaction removes it, content.ts).
        if (wantMarks) (inst.unmeasuredTextOps ??= []).push(opIndex);
        return;
      }
      textOps?.set(opIndex, { font: gs.font, fontSize: gs.fontSize, charSpacing: gs.charSpacing, wordSpacing: gs.wordSpacing, hScale: gs.hScale });
      // Text space (scaled by Tfs and Th only at the glyph level) → display.
      // Used only during this operator (glyph boxes copy what they need), so one buffer serves all.
      multiply3Into(showMatrix, tm, gs.ctm, toDisplay);
      state.index = 0;
      state.adv = 0;
      const vertical = gs.font.vertical;
      if (items instanceof PdfString) showString(items, opIndex, state);
      else {
        for (const it of items) {
          if (it instanceof PdfString) showString(it, opIndex, state);
          else if (typeof it === 'number') {
            // TJ adjustments are in thousandths of a text-space unit (9.4.3), scaled by Tfs (and Th horizontally).
            if (vertical) state.adv -= (-it / 1000) * gs.fontSize;
            else state.adv -= (it / 1000) * gs.fontSize * gs.hScale;
          }
        }
      }
      if (vertical) translateInto(tm, 0, state.adv, tm);
      else translateInto(tm, state.adv, 0, tm);
    };

    const step = (op: string, args: readonly Operand[], i: number) => {
      switch (op) {
        case 'q':
          if (stack.length < limits.maxGraphicsStack) stack.push({ ...gs });
          break;
        case 'Q':
          if (stack.length) gs = stack.pop()!;
          break;
        case 'cm':
          if (args.length >= 6 && args.every((a) => typeof a === 'number')) {
            const k = args.length - 6;
            gs.ctm = multiply(matrixOf(args[k] as number, args[k + 1] as number, args[k + 2] as number, args[k + 3] as number, args[k + 4] as number, args[k + 5] as number), gs.ctm);
          }
          break;
        case 'BT':
          setMatrix(tm, IDENTITY);
          setMatrix(tlm, IDENTITY);
          textObjects++;
          break;
        case 'ET':
          break;
        case 'Tc': gs.charSpacing = num(args[0]); break;
        case 'Tw': gs.wordSpacing = num(args[0]); break;
        case 'Tz': gs.hScale = num(args[0], 100) / 100; break;
        case 'TL': gs.leading = num(args[0]); break;
        case 'Ts': gs.rise = num(args[0]); break;
        case 'Tr': gs.renderMode = num(args[0]); break;
        case 'Tf': {
          const name = args[0];
          const key = name instanceof PdfName ? name.name : '';
          const known = fontsByKey.get(key);
          if (known) {
            gs.fontSize = num(args[1], 1);
            gs.font = known.font;
            gs.fontKey = known.id;
            break;
          }
          setFont(fontsDict?.get(PDFName.of(key)), num(args[1], 1), key);
          if (gs.font) fontsByKey.set(key, { font: gs.font, id: gs.fontKey });
          break;
        }
        case 'Td':
        case 'TD': {
          const tx = num(args[0]);
          const ty = num(args[1]);
          if (op === 'TD') gs.leading = -ty;
          translateInto(tlm, tx, ty, tlm);
          setMatrix(tm, tlm);
          break;
        }
        case 'Tm':
          if (args.length >= 6) {
            const k = args.length - 6;
            tlm[0] = num(args[k]);
            tlm[1] = num(args[k + 1]);
            tlm[2] = num(args[k + 2]);
            tlm[3] = num(args[k + 3]);
            tlm[4] = num(args[k + 4]);
            tlm[5] = num(args[k + 5]);
            setMatrix(tm, tlm);
          }
          break;
        case 'T*':
          translateInto(tlm, 0, -gs.leading, tlm);
          setMatrix(tm, tlm);
          break;
        case 'Tj':
          if (args[0] instanceof PdfString) showText(args[0], i);
          break;
        case 'TJ':
          if (Array.isArray(args[0])) showText(args[0] as Operand[], i);
          break;
        case "'":
          translateInto(tlm, 0, -gs.leading, tlm);
          setMatrix(tm, tlm);
          if (args[0] instanceof PdfString) showText(args[0], i);
          break;
        case '"':
          gs.wordSpacing = num(args[0]);
          gs.charSpacing = num(args[1]);
          translateInto(tlm, 0, -gs.leading, tlm);
          setMatrix(tm, tlm);
          if (args[2] instanceof PdfString) showText(args[2], i);
          break;
        case 'gs': {
          const name = args[0];
          if (!(name instanceof PdfName) || !extGStates) break;
          const egs = extGStates.lookup(PDFName.of(name.name));
          if (egs instanceof PDFDict) {
            const f = egs.lookup(NAMES.Font);
            if (f instanceof PDFArray && f.size() >= 2) {
              const size = f.lookup(1);
              setFont(f.get(0), size instanceof PDFNumber ? size.asNumber() : 1, 'ExtGState');
            }
          }
          break;
        }
        case 'Do': {
          const name = args[0];
          if (!(name instanceof PdfName) || !xobjects) break;
          const ref = xobjects.get(PDFName.of(name.name));
          const xo = ref instanceof PDFRef ? ctx.lookup(ref) : ref;
          if (!(xo instanceof PDFStream)) break;
          const subtype = xo.dict.lookup(NAMES.Subtype);
          if (subtype === NAMES.Image) {
            if (wantMarks) {
              const m = multiply(gs.ctm, toDisplay);
              marks.push({ kind: 'image', stream: inst.id, op: i, rect: transformRect(m, [0, 0, 1, 1]), matrix: m, ref: ref instanceof PDFRef ? ref : undefined });
            }
          } else if (subtype === NAMES.Form) {
            if (formStack.includes(xo)) {
              warn('a form XObject draws itself (cycle); the repetition is skipped');
              (inst.cycleOps ??= []).push(i);
              break;
            }
            if (depth + 1 > limits.maxFormDepth) throw new LimitExceededError('Nested form XObjects', `${limits.maxFormDepth} levels`);
            const bytesF = decode(xo);
            const formDamaged = damaged;
            if (!bytesF) break;
            const fm = xo.dict.lookup(NAMES.Matrix);
            let formMatrix: Matrix = IDENTITY;
            if (fm instanceof PDFArray && fm.size() >= 6) {
              const at = (k: number) => {
                const v = fm.lookup(k);
                return v instanceof PDFNumber ? v.asNumber() : 0;
              };
              formMatrix = matrixOf(at(0), at(1), at(2), at(3), at(4), at(5));
            }
            const formRes = xo.dict.lookup(NAMES.Resources);
            const child: StreamInstance = {
              id: streams.length, kind: 'form', ref: ref instanceof PDFRef ? ref : undefined,
              parent: inst.id, parentOp: i, bytes: bytesF, ops: [],
            };
            streams.push(child);
            if (formDamaged) child.damaged = true;
            formStack.push(xo);
            run(bytesF, formRes instanceof PDFDict ? formRes : resources, { ...gs, ctm: multiply(formMatrix, gs.ctm) }, child, depth + 1);
            formStack.pop();
          }
          break;
        }
        case 'BMC':
        case 'BDC':
          if (marked.length < limits.maxGraphicsStack) {
            const actual = op === 'BDC' && !marked.some((m) => m.actual !== undefined) ? actualText(args[1], properties) : undefined;
            marked.push({ start: glyphs.length, actual });
          }
          break;
        case 'EMC': {
          const span = marked.pop();
          if (span?.actual !== undefined) applyActualText(glyphs, span.start, span.actual);
          break;
        }
        case 'BI':
          if (wantMarks) {
            const m = multiply(gs.ctm, toDisplay);
            marks.push({ kind: 'inline-image', stream: inst.id, op: i, rect: transformRect(m, [0, 0, 1, 1]), matrix: m });
          }
          break;
        case 're':
          if (wantMarks) {
            if (pathStart < 0) pathStart = i;
            const [x, y, w, h] = [num(args[0]), num(args[1]), num(args[2]), num(args[3])];
            pathPoint(x, y);
            pathPoint(x + w, y + h);
            pathPoint(x + w, y);
            pathPoint(x, y + h);
          }
          break;
        case 'W':
        case 'W*':
          pathClips = true;
          break;
        case 'n':
          resetPath();
          break;
        default:
          if (!wantMarks) break;
          if (PATH_OPS.has(op)) {
            if (pathStart < 0) pathStart = i;
            for (let k = 0; k + 1 < args.length; k += 2) pathPoint(num(args[k]), num(args[k + 1]));
          } else if (PAINT_OPS.has(op)) {
            if (pathStart >= 0 && !pathClips && px1 >= px0) {
              marks.push({ kind: 'path', stream: inst.id, op: i, firstOp: pathStart, rect: [px0, py0, px1, py1] });
            }
            resetPath();
          } else if (op === 'sh') {
            // Shadings fill the clip; their extent is not tracked, so they are never removed.
          }
      }
    };

    if (wantMarks) {
      // Redaction rewrites operators by index: keep the operation list.
      const ops = tokenize(bytes, tokenOptions);
      totalOps += ops.length;
      inst.ops = ops;
      for (let i = 0; i < ops.length; i++) step(ops[i].op, ops[i].args, i);
    } else {
      // Text only: each operator is run as the tokenizer meets it, no operation list is kept
      // (`inst.ops` stays empty), and the page's operator limit counts form XObjects as it goes.
      let i = 0;
      tokenizeEach(bytes, tokenOptions, (op, args) => {
        if (++totalOps > limits.maxOpsPerPage) throw new LimitExceededError('The number of operators on one page', `${limits.maxOpsPerPage}`);
        step(op, args, i++);
      });
    }
  };

  const pageInst: StreamInstance = {
    id: 0, kind: 'page', ref: parts.length === 1 ? parts[0] : undefined, parts,
    parent: -1, parentOp: -1, bytes: pageBytes, ops: [],
    damaged: pageDamaged || undefined,
  };
  streams.push(pageInst);
  const gs0: GState = {
    ctm: IDENTITY, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, font: null, fontKey: 0,
    fontSize: 0, rise: 0, renderMode: 0,
  };
  let kept: GlyphStore;
  let done = false;
  try {
    run(pageBytes, page.resources, gs0, pageInst, 0);
    done = true;
  } finally {
    kept = scratch.release(!done);
  }
  return lazyGlyphs({ index, geometry: page.geometry, streams, marks, warnings } as unknown as PageContent, kept);
}

/** The /ActualText of a BDC's properties (inline, or a name in the /Properties resources). */
function actualText(props: Operand | undefined, resources: PDFDict | undefined): string | undefined {
  if (props instanceof Map) {
    const v = props.get('ActualText');
    return v instanceof PdfString ? textString(v.bytes) : undefined;
  }
  if (props instanceof PdfName && resources) {
    const d = resources.lookup(PDFName.of(props.name));
    if (!(d instanceof PDFDict)) return undefined;
    const v = d.lookup(NAMES.ActualText);
    if (v instanceof PDFString || v instanceof PDFHexString) return textString(v.asBytes());
  }
  return undefined;
}

/** A PDF text string (7.9.2.2): UTF-16BE with a byte-order mark, UTF-8 with one, else PDFDocEncoding (read as Latin-1). */
function textString(b: Uint8Array): string {
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
    let out = '';
    for (let i = 2; i + 1 < b.length; i += 2) out += String.fromCharCode((b[i] << 8) | b[i + 1]);
    return out;
  }
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return new TextDecoder().decode(b.subarray(3));
  let out = '';
  for (const c of b) out += String.fromCharCode(c);
  return out;
}

/**
 * Gives the glyphs drawn in an /ActualText span the span's text, as readers extract it
 * (Chromium writes small capitals as capitals with /ActualText (a), and spaces as /ActualText
 * of a no-break space). Only where the mapping is plain: one glyph takes the whole text, or as
 * many glyphs as characters take one each; otherwise the glyphs keep their own text, so that
 * every character of the page text still points at the glyph that drew it.
 */
function applyActualText(glyphs: GlyphStore, start: number, actual: string): void {
  const n = glyphs.length - start;
  if (n <= 0) return;
  const chars = [...actual];
  if (n !== 1 && n !== chars.length) return;
  for (let k = 0; k < n; k++) {
    const i = start + k;
    const text = n === 1 ? actual : chars[k];
    glyphs.setText(i, text, text === ' ' || text === '\u00a0' || (text === '' && glyphs.isSpace(i)));
  }
}

function lookupDict(d: PDFDict, key: PDFName): PDFDict | undefined {
  const v = d.lookup(key);
  return v instanceof PDFDict ? v : undefined;
}

function num(v: Operand | undefined, dflt = 0): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : dflt;
}

/** Writing direction of text space's x axis in display space. */
function rotationOf(m: Matrix): Rotation {
  const a = m[0], b = m[1];
  if (Math.abs(a) >= Math.abs(b)) return a >= 0 ? 0 : 2;
  return b > 0 ? 1 : 3;
}
