/**
 * Sanitizing a redacted document (issue #3, item 3): everything outside the page content
 * that could still reveal what was redacted is removed or neutralised. Glyph removal
 * (content.ts) handles the page content itself; this module handles the rest.
 *
 * Order in the orchestrator: `flattenFormFields` before glyph removal (so the field values
 * become page content that glyph removal can see), then `sanitizeDocument` and
 * `stripMarkedContentText` after it.
 */
import {
  PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream,
  PDFString, type PDFObject,
} from '@cantoo/pdf-lib';
import type { Rect } from '../pdf/types';
import { decodeStream, flateStream } from '../pdf/streams';
import { decodeContent, rememberDecoded } from './decoded';
import { tokenize } from '../pdf/tokenizer';
import { serializeOperand } from '../pdf/syntax';
import { PdfString, type OperandDict, type Operation } from '../pdf/types';
import { findWholeNeedleInBytes, prepareNeedles } from './match';
import { normRect, transformRect, intersects } from './geometry';
import type { LabelPage } from './labels';
import { rawObjectsOf, type RawObject } from './rawScan';

const n = (s: string) => PDFName.of(s);

export interface SanitizePage extends LabelPage {
  ref?: PDFRef;
}

export interface SanitizeInput {
  /** Everything that was redacted as text: removed glyphs' text and the decisions' `text`. */
  texts: string[];
  /** Redaction boxes per 0-based page index, display coordinates. */
  boxes: Map<number, Rect[]>;
}

export interface SanitizeReport {
  /** What was removed, in words, e.g. "document information", "3 annotations". */
  removed: string[];
  /** Strings blanked because they contained redacted text. */
  stringsBlanked: number;
}

/** Catalogue entries that carry metadata, scripts, attachments, structure or hidden layers. */
const CATALOG_DROP = [
  'Metadata', 'StructTreeRoot', 'MarkInfo', 'OpenAction', 'AA', 'OCProperties', 'PieceInfo',
  'AcroForm', 'Threads', 'SpiderInfo', 'Collection', 'AF', 'Perms', 'Legal', 'DSS', 'Requirements',
];
/** Name-tree entries that hold attachments, scripts or hidden presentations; /Dests stays. */
const NAMES_DROP = ['EmbeddedFiles', 'JavaScript', 'AP', 'Templates', 'Pages', 'IDS', 'URLS', 'AlternatePresentations', 'Renditions'];
const PAGE_DROP = ['Thumb', 'PieceInfo', 'StructParents', 'AA', 'Metadata', 'B', 'ID', 'PZ', 'SeparationInfo', 'AF', 'PresSteps'];
/** Annotation kinds that are removed outright: attachments, media and form widgets (flattened first). */
const ANNOT_DROP = new Set(['FileAttachment', 'Sound', 'Movie', 'Screen', 'RichMedia', '3D', 'Widget', 'Redact', 'Projection']);
/** Actions that run code, open files or send data. */
const ACTION_DROP = new Set(['JavaScript', 'Launch', 'ImportData', 'SubmitForm', 'Rendition', 'RichMediaExecute', 'GoToE', 'Sound', 'Movie']);
/** Keys of structure and marked-content text in dictionaries (Properties, XObjects). */
const MC_TEXT_KEYS = ['ActualText', 'Alt', 'E'];

function dictOf(doc: PDFDocument, o: PDFObject | undefined): PDFDict | undefined {
  const v = o instanceof PDFRef ? doc.context.lookup(o) : o;
  return v instanceof PDFDict ? v : undefined;
}

function annotRect(doc: PDFDocument, annot: PDFDict): Rect | undefined {
  const r = annot.lookup(n('Rect'));
  if (!(r instanceof PDFArray) || r.size() < 4) return undefined;
  const v: number[] = [];
  for (let i = 0; i < 4; i++) {
    const x = r.lookup(i);
    v.push(x instanceof PDFNumber ? x.asNumber() : NaN);
  }
  if (v.some((x) => !Number.isFinite(x))) return undefined;
  return normRect(v as Rect);
}

/**
 * Turns the visible appearance of every form field into page content (a form XObject drawn
 * by the page), then removes the fields and the AcroForm. Run it before glyph removal, so a
 * field value under a box is removed like any other text. Hidden fields are dropped.
 *
 * @example
 *   const flattened = flattenFormFields(doc, pages); // 2
 */
export function flattenFormFields(doc: PDFDocument, pages: SanitizePage[]): number {
  const ctx = doc.context;
  const catalog = ctx.lookup(ctx.trailerInfo.Root) as PDFDict;
  const acroForm = dictOf(doc, catalog.get(n('AcroForm')));
  const dr = acroForm ? dictOf(doc, acroForm.get(n('DR'))) : undefined;
  let count = 0;
  for (const page of pages) {
    const annots = page.node.lookup(n('Annots'));
    if (!(annots instanceof PDFArray)) continue;
    const ops: string[] = [];
    const keep: PDFObject[] = [];
    for (let i = 0; i < annots.size(); i++) {
      const raw = annots.get(i);
      const annot = dictOf(doc, raw);
      if (!annot || annot.lookup(n('Subtype')) !== n('Widget')) {
        keep.push(raw);
        continue;
      }
      const flags = annot.lookup(n('F'));
      const f = flags instanceof PDFNumber ? flags.asNumber() : 0;
      const hidden = (f & 2) !== 0 || (f & 1) !== 0 || (f & 32) !== 0;
      const rect = annotRect(doc, annot);
      const stream = hidden || !rect ? undefined : appearanceStream(doc, annot);
      if (stream && rect) {
        const form = stream.dict;
        form.set(n('Type'), n('XObject'));
        form.set(n('Subtype'), n('Form'));
        if (!form.has(n('Resources')) && dr) form.set(n('Resources'), dr);
        const bbox = rectOf(form.lookup(n('BBox')));
        const mat = matrixOf(form.lookup(n('Matrix')));
        if (bbox) {
          const tb = transformRect(mat, bbox);
          const sx = tb[2] > tb[0] ? (rect[2] - rect[0]) / (tb[2] - tb[0]) : 1;
          const sy = tb[3] > tb[1] ? (rect[3] - rect[1]) / (tb[3] - tb[1]) : 1;
          const key = addXObject(doc, page, ctx.getObjectRef(stream) ?? ctx.register(stream));
          ops.push(`q ${sx} 0 0 ${sy} ${rect[0] - tb[0] * sx} ${rect[1] - tb[1] * sy} cm /${key} Do Q`);
          count++;
        }
      }
    }
    if (keep.length !== annots.size()) {
      if (keep.length) page.node.set(n('Annots'), ctx.obj(keep));
      else page.node.delete(n('Annots'));
    }
    if (ops.length) appendContent(doc, page, ops.join('\n'));
  }
  catalog.delete(n('AcroForm'));
  return count;
}

function appearanceStream(doc: PDFDocument, annot: PDFDict): PDFStream | undefined {
  const ap = dictOf(doc, annot.get(n('AP')));
  if (!ap) return undefined;
  const normal = doc.context.lookup(ap.get(n('N')));
  if (normal instanceof PDFStream) return normal;
  if (normal instanceof PDFDict) {
    const as = annot.lookup(n('AS'));
    const s = as instanceof PDFName ? doc.context.lookup(normal.get(as)) : undefined;
    if (s instanceof PDFStream) return s;
  }
  return undefined;
}

function rectOf(o: PDFObject | undefined): Rect | undefined {
  if (!(o instanceof PDFArray) || o.size() < 4) return undefined;
  const v: number[] = [];
  for (let i = 0; i < 4; i++) {
    const x = o.lookup(i);
    if (!(x instanceof PDFNumber)) return undefined;
    v.push(x.asNumber());
  }
  return normRect(v as Rect);
}

function matrixOf(o: PDFObject | undefined): [number, number, number, number, number, number] {
  if (o instanceof PDFArray && o.size() === 6) {
    const v: number[] = [];
    for (let i = 0; i < 6; i++) {
      const x = o.lookup(i);
      v.push(x instanceof PDFNumber ? x.asNumber() : 0);
    }
    return v as [number, number, number, number, number, number];
  }
  return [1, 0, 0, 1, 0, 0];
}

function pageResources(doc: PDFDocument, page: SanitizePage): PDFDict {
  let res = page.node.lookup(n('Resources'));
  if (!(res instanceof PDFDict)) {
    res = page.resources ?? doc.context.obj({});
    page.node.set(n('Resources'), res as PDFDict);
  }
  return res as PDFDict;
}

function addXObject(doc: PDFDocument, page: SanitizePage, ref: PDFRef): string {
  const res = pageResources(doc, page);
  let xo = res.lookup(n('XObject'));
  if (!(xo instanceof PDFDict)) {
    xo = doc.context.obj({});
    res.set(n('XObject'), xo as PDFDict);
  }
  const dict = xo as PDFDict;
  for (const [k, v] of dict.entries()) if (v === ref) return k.decodeText();
  let key = 'LkField';
  for (let i = 1; dict.has(n(key)); i++) key = `LkField${i}`;
  dict.set(n(key), ref);
  return key;
}

/** Appends operators after the page's content, isolated from its graphics state. */
function appendContent(doc: PDFDocument, page: SanitizePage, ops: string): void {
  const ctx = doc.context;
  const pre = ctx.register(flateStream(ctx, 'q\n'));
  const post = ctx.register(flateStream(ctx, `\nQ\n${ops}\n`));
  const contents = page.node.get(n('Contents'));
  const resolved = contents instanceof PDFRef ? ctx.lookup(contents) : contents;
  const parts: PDFObject[] = [pre];
  if (resolved instanceof PDFArray) for (let i = 0; i < resolved.size(); i++) parts.push(resolved.get(i));
  else if (contents) parts.push(contents);
  parts.push(post);
  page.node.set(n('Contents'), ctx.obj(parts));
}

/**
 * Removes or neutralises everything outside the page content that could reveal redacted
 * text: document info and XMP, structure tree, scripts and actions, attachments, optional
 * content, thumbnails, PieceInfo, annotations over a box or carrying redacted text,
 * bookmarks with redacted text, and finally blanks any string anywhere that still contains it.
 *
 * @example
 *   const report = sanitizeDocument(doc, pages, { texts: ['Jan de Vries'], boxes: new Map([[0, [[72, 90, 160, 102]]]]) });
 *   report.removed; // ["document information", "XMP metadata", "1 annotation"]
 */
export function sanitizeDocument(doc: PDFDocument, pages: SanitizePage[], input: SanitizeInput): SanitizeReport {
  const ctx = doc.context;
  const removed: string[] = [];
  const needles = prepareNeedles(input.texts);
  const catalog = ctx.lookup(ctx.trailerInfo.Root) as PDFDict;

  // Document information: replaced by a neutral dictionary (Title and Author often hold names).
  const info = ctx.trailerInfo.Info ? ctx.lookup(ctx.trailerInfo.Info) : undefined;
  if (info instanceof PDFDict && info.keys().some((k) => k !== n('Producer'))) removed.push('document information');
  ctx.trailerInfo.Info = ctx.register(ctx.obj({ Producer: PDFString.of('Lakstift') }));

  for (const key of CATALOG_DROP) {
    if (catalog.has(n(key))) {
      catalog.delete(n(key));
      removed.push(catalogLabel(key));
    }
  }
  const names = dictOf(doc, catalog.get(n('Names')));
  if (names) {
    for (const key of NAMES_DROP) {
      if (names.has(n(key))) {
        names.delete(n(key));
        removed.push(key === 'EmbeddedFiles' ? 'embedded files' : key === 'JavaScript' ? 'document JavaScript' : `names /${key}`);
      }
    }
  }

  // Pages: thumbnails, structure hooks, page-level metadata, risky annotations.
  let annotsRemoved = 0;
  for (const [index, page] of pages.entries()) {
    for (const key of PAGE_DROP) page.node.delete(n(key));
    annotsRemoved += cleanAnnotations(doc, page, input.boxes.get(index) ?? [], needles);
  }
  if (annotsRemoved) removed.push(`${annotsRemoved} annotation${annotsRemoved === 1 ? '' : 's'}`);

  const outlineItems = cleanOutlines(doc, catalog, needles);
  if (outlineItems) removed.push(`${outlineItems} bookmark title${outlineItems === 1 ? '' : 's'}`);

  // Everything reachable: actions that run code, structure keys on XObjects, marked-content
  // text in /Properties, and any string that still carries redacted text.
  const stringsBlanked = deepClean(doc, needles);
  return { removed, stringsBlanked };
}

function catalogLabel(key: string): string {
  switch (key) {
    case 'Metadata': return 'XMP metadata';
    case 'StructTreeRoot': return 'structure tree';
    case 'OCProperties': return 'optional content (layers)';
    case 'OpenAction': return 'open action';
    case 'AA': return 'document actions';
    case 'AcroForm': return 'form fields';
    default: return `/${key}`;
  }
}

function cleanAnnotations(doc: PDFDocument, page: SanitizePage, boxes: Rect[], needles: string[]): number {
  const ctx = doc.context;
  const annots = page.node.lookup(n('Annots'));
  if (!(annots instanceof PDFArray)) return 0;
  const drop = new Set<PDFDict>();
  const all: { raw: PDFObject; dict: PDFDict | undefined }[] = [];
  for (let i = 0; i < annots.size(); i++) {
    const raw = annots.get(i);
    all.push({ raw, dict: dictOf(doc, raw) });
  }
  for (const { dict } of all) {
    if (!dict) continue;
    const subtype = dict.lookup(n('Subtype'));
    const kind = subtype instanceof PDFName ? subtype.decodeText() : '';
    let bad = ANNOT_DROP.has(kind);
    if (!bad && boxes.length) {
      const r = annotRect(doc, dict);
      if (r) {
        const disp = transformRect(page.geometry.toDisplay, r);
        bad = boxes.some((b) => intersects(disp, normRect(b)));
      }
    }
    if (!bad && needles.length) bad = carriesNeedle(doc, dict, needles);
    if (bad) drop.add(dict);
  }
  // A popup goes with its parent, and a parent with its popup's text goes too.
  for (const { dict } of all) {
    if (!dict) continue;
    const parent = dictOf(doc, dict.get(n('Parent')));
    if (parent && drop.has(parent)) drop.add(dict);
    const popup = dictOf(doc, dict.get(n('Popup')));
    if (popup && drop.has(dict)) drop.add(popup);
  }
  const keep = all.filter((a) => !a.dict || !drop.has(a.dict)).map((a) => a.raw);
  if (keep.length === all.length) return 0;
  if (keep.length) page.node.set(n('Annots'), ctx.obj(keep));
  else page.node.delete(n('Annots'));
  return all.length - keep.length;
}

/**
 * True when an annotation's own strings (contents, author, rich text, link target) hold
 * redacted text. Only the annotation's own objects are read: a link's /Dest or GoTo action
 * names a page, and that page (its content, resources and other annotations) is not the
 * annotation's text; following it made every link decode whole pages again (146 s for one
 * box on a 64-page report with a linked table of contents). The one stream read is rich
 * text (/RC) itself. Strings reached any other way are blanked by `deepClean` anyway.
 */
function carriesNeedle(doc: PDFDocument, annot: PDFDict, needles: string[]): boolean {
  const seen = new Set<PDFObject>();
  const visit = (o: PDFObject | undefined, depth: number, key: PDFName | undefined): boolean => {
    if (!o || depth > 6) return false;
    if (o instanceof PDFRef) {
      if (seen.has(o)) return false;
      seen.add(o);
      return visit(doc.context.lookup(o), depth, key);
    }
    if (o instanceof PDFString || o instanceof PDFHexString) return findWholeNeedleInBytes(o.asBytes(), needles) !== undefined;
    if (o instanceof PDFArray) {
      for (let i = 0; i < o.size(); i++) if (visit(o.get(i), depth + 1, key)) return true;
      return false;
    }
    if (o instanceof PDFStream) {
      // Rich text (RC) may be a stream; any other stream is content, not the annotation's text.
      if (key !== N_RC) return false;
      try {
        const { bytes } = decodeStream(o);
        return findWholeNeedleInBytes(bytes, needles) !== undefined;
      } catch {
        return false;
      }
    }
    if (o instanceof PDFDict) {
      // A page or the page tree is where a link leads, not what it says; another annotation
      // (a reply's /IRT) is judged on its own.
      const type = o.get(N_TYPE);
      if (type === N_PAGE || type === N_PAGES || (o !== annot && o.has(N_SUBTYPE) && o.has(N_RECT))) return false;
      for (const [k, v] of o.entries()) {
        if (ANNOT_SKIP_KEYS.has(k)) continue;
        if (visit(v, depth + 1, k)) return true;
      }
      return false;
    }
    return false;
  };
  return visit(annot, 0, undefined);
}

const N_RC = n('RC');
const N_TYPE = n('Type');
const N_PAGE = n('Page');
const N_PAGES = n('Pages');
const N_SUBTYPE = n('Subtype');
const N_RECT = n('Rect');
/** Keys that lead out of an annotation: parent and page links, popups, replies, appearance streams (content). */
const ANNOT_SKIP_KEYS = new Set([n('P'), n('Parent'), n('Popup'), n('AP'), n('IRT'), n('StructParent')]);

/**
 * Outline items whose title carries redacted text (as whole words, as verify looks for it:
 * "naam" does not touch "Naamgeving") get a neutral title; their destination stays.
 */
function cleanOutlines(doc: PDFDocument, catalog: PDFDict, needles: string[]): number {
  const root = dictOf(doc, catalog.get(n('Outlines')));
  if (!root || needles.length === 0) return 0;
  let cleaned = 0;
  const seen = new Set<PDFDict>();
  const walk = (first: PDFObject | undefined, depth: number) => {
    let item = dictOf(doc, first);
    let guard = 0;
    while (item && !seen.has(item) && guard++ < 100_000 && depth < 64) {
      seen.add(item);
      const title = item.lookup(n('Title'));
      if ((title instanceof PDFString || title instanceof PDFHexString) && findWholeNeedleInBytes(title.asBytes(), needles)) {
        item.set(n('Title'), PDFString.of('(gelakt)'));
        cleaned++;
      }
      walk(item.get(n('First')), depth + 1);
      item = dictOf(doc, item.get(n('Next')));
    }
  };
  walk(root.get(n('First')), 0);
  return cleaned;
}

/** The keys `deepClean` acts on (deleted, or looked into for a bad action or marked-content text). */
const DEEP_CLEAN_KEYS = new Set(['AA', 'A', 'Next', 'OpenAction', 'StructParent', 'StructParents', 'PieceInfo', 'Metadata', 'OC', ...MC_TEXT_KEYS]);

/**
 * Walks every object reachable from the catalogue: drops /AA and code-running actions,
 * structure and marked-content keys, and blanks strings that contain redacted text as whole
 * words (the same test verify applies afterwards).
 */
function deepClean(doc: PDFDocument, needles: string[]): number {
  const ctx = doc.context;
  const seen = new Set<PDFObject>();
  let blanked = 0;
  const stack: PDFObject[] = [ctx.trailerInfo.Root as PDFObject];
  const isBadAction = (o: PDFObject | undefined): boolean => {
    const d = dictOf(doc, o);
    if (!d) return false;
    const s = d.lookup(n('S'));
    return (s instanceof PDFName && ACTION_DROP.has(s.decodeText())) || d.has(n('JS'));
  };
  const blank = (o: PDFObject): boolean =>
    needles.length > 0 && (o instanceof PDFString || o instanceof PDFHexString) && findWholeNeedleInBytes(o.asBytes(), needles) !== undefined;
  const raws = rawObjectsOf(ctx);
  while (stack.length) {
    let o = stack.pop()!;
    if (o instanceof PDFRef) {
      if (seen.has(o)) continue;
      seen.add(o);
      // An object nobody parsed, without a string and without any key this walk acts on, is
      // followed through its raw scan: parsing it would change nothing (rawScan.ts).
      const raw = raws?.raw(o);
      if (raw && !raw.names.some((name) => DEEP_CLEAN_KEYS.has(name))) {
        for (const r of raw.refs) stack.push(r);
        continue;
      }
      const t = ctx.lookup(o);
      if (!t) continue;
      o = t;
    }
    if (seen.has(o)) continue;
    seen.add(o);
    const dict = o instanceof PDFStream ? o.dict : o instanceof PDFDict ? o : undefined;
    if (dict) {
      dict.delete(n('AA'));
      for (const key of ['A', 'Next', 'OpenAction']) {
        if (isBadAction(dict.get(n(key)))) dict.delete(n(key));
      }
      const type = dict.lookup(n('Subtype'));
      if (o instanceof PDFStream && (type === n('Form') || type === n('Image'))) {
        for (const key of ['StructParent', 'StructParents', 'PieceInfo', 'Metadata', 'OC']) dict.delete(n(key));
      }
      if (dict.has(n('ActualText')) || dict.has(n('Alt'))) {
        // A marked-content property list or a leftover structure element.
        for (const key of MC_TEXT_KEYS) dict.delete(n(key));
      }
      for (const [k, v] of dict.entries()) {
        if (blank(v)) {
          dict.set(k, PDFString.of(''));
          blanked++;
        } else stack.push(v);
      }
    } else if (o instanceof PDFArray) {
      for (let i = 0; i < o.size(); i++) {
        const v = o.get(i);
        if (blank(v)) {
          o.set(i, PDFString.of(''));
          blanked++;
        } else stack.push(v);
      }
    }
  }
  return blanked;
}

/**
 * Removes /ActualText, /Alt and /E from marked-content property lists written inline in
 * content streams (`/Span <</ActualText (Jan)>> BDC`), in the page and form streams of the
 * given pages (all pages when none are given). Run it after glyph removal; only streams that
 * contain such lists are rewritten. On a page without a box such a text repeats what is
 * visible, and decoding every stream of a large dossier again costs more than glyph removal.
 *
 * @example
 *   stripMarkedContentText(doc, [file.page(0).node]); // 1 stream rewritten
 */
export function stripMarkedContentText(doc: PDFDocument, pages?: PDFDict[]): number {
  const ctx = doc.context;
  let rewritten = 0;
  const streams = contentStreams(doc, pages);
  for (const [stream, ref] of streams) {
    let bytes: Uint8Array;
    try {
      const dec = decodeContent(stream);
      if (dec.remainingFilters.length) continue;
      bytes = dec.bytes;
    } catch {
      continue;
    }
    if (!hasMarkedContentText(bytes)) continue;
    const ops = tokenize(bytes);
    const pieces: Uint8Array[] = [];
    let last = 0;
    let changed = false;
    const enc = new TextEncoder();
    for (const op of ops) {
      // Glyph removal rewrote the streams it took glyphs from; these streams lost none, so a
      // ligature's spelling stays (content.ts keeps it too where its span lost no glyph).
      const rewritten = withoutMarkedContentText(op, true);
      if (rewritten === undefined) continue;
      pieces.push(bytes.subarray(last, op.start));
      pieces.push(enc.encode(rewritten));
      last = op.end;
      changed = true;
    }
    if (!changed) continue;
    pieces.push(bytes.subarray(last));
    const total = pieces.reduce((s, p) => s + p.length, 0);
    const out = new Uint8Array(total);
    let off = 0;
    for (const p of pieces) {
      out.set(p, off);
      off += p.length;
    }
    replaceStreamData(doc, stream, out, ref);
    rewritten++;
  }
  void ctx;
  return rewritten;
}

/**
 * A BDC or DP operator whose inline property list carries /ActualText, /Alt or /E, written
 * again without them; undefined for any other operator. Glyph removal applies the same edit to
 * the streams it rewrites (content.ts), so `stripMarkedContentText` finds them clean.
 *
 * @example
 *   withoutMarkedContentText(op); // '/Span <<>> BDC' for `/Span <</ActualText (Jan)>> BDC`
 */
export function withoutMarkedContentText(op: Operation, keepLigatures = false): string | undefined {
  if (op.op !== 'BDC' && op.op !== 'DP') return undefined;
  const props = op.args[1];
  if (!(props instanceof Map)) return undefined;
  const dict = props as OperandDict;
  if (!MC_TEXT_KEYS.some((k) => dict.has(k))) return undefined;
  if (keepLigatures && isLigatureText(dict)) return undefined;
  const clean: OperandDict = new Map([...dict].filter(([k]) => !MC_TEXT_KEYS.includes(k)));
  return `${serializeOperand(op.args[0])} ${serializeOperand(clean)} ${op.op}`;
}

/**
 * Letters a typographic ligature stands for (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ). Chromium (Skia) wraps every ligature
 * glyph in `/Span << /ActualText (ffi) >> BDC`, since its ToUnicode maps one glyph to one code
 * point; without the span the glyph extracts as U+FB03 and "griffie" is no longer found.
 */
const LIGATURE_LETTERS = /^(?:ff|fi|fl|ffi|ffl|ft|st)$/;

/**
 * Whether a property list's only marked-content text is an /ActualText spelling out a ligature:
 * it tells nothing the visible glyph does not, so it may stay where none of its glyphs is removed.
 */
function isLigatureText(dict: OperandDict): boolean {
  if (dict.has('Alt') || dict.has('E')) return false;
  const v = dict.get('ActualText');
  if (!(v instanceof PdfString)) return false;
  const b = v.bytes;
  let text = '';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
    for (let i = 2; i + 1 < b.length; i += 2) text += String.fromCharCode((b[i] << 8) | b[i + 1]);
  } else {
    for (const c of b) text += String.fromCharCode(c);
  }
  return LIGATURE_LETTERS.test(text);
}

function hasMarkedContentText(b: Uint8Array): boolean {
  // "/ActualText", "/Alt" or "/E" followed by a delimiter, anywhere: cheap pre-check before tokenizing.
  for (let i = 0; i + 2 < b.length; i++) {
    if (b[i] !== 0x2f) continue;
    const c = b[i + 1];
    if (c === 0x41 && (b[i + 2] === 0x63 || b[i + 2] === 0x6c)) return true; // /Ac…, /Al…
    if (c === 0x45 && (b[i + 2] <= 0x20 || b[i + 2] === 0x28 || b[i + 2] === 0x3c)) return true; // /E followed by ws, ( or <
  }
  return false;
}

/**
 * Page content streams and every form XObject reachable from the catalogue (or from `roots`,
 * without climbing /Parent). In a lazily opened file an object nobody parsed is followed through
 * its raw scan (rawScan.ts) when it cannot be a form or a page: walking from the redacted pages
 * parsed every font, font file, CMap and image they use, and each object parsed is one the
 * writer must serialise instead of copying (on the 1,000-page bench dossier 1,335 of them).
 */
function contentStreams(doc: PDFDocument, roots?: PDFDict[]): Map<PDFStream, PDFRef | undefined> {
  const ctx = doc.context;
  const raws = rawObjectsOf(ctx);
  // Each stream with the reference it was reached by: asking the context for it instead
  // (`getObjectRef`) enumerates, and so parses, every object of a lazily opened file.
  const out = new Map<PDFStream, PDFRef | undefined>();
  const add = (s: PDFStream, ref: PDFObject | undefined) => {
    if (!out.has(s) || !out.get(s)) out.set(s, ref instanceof PDFRef ? ref : undefined);
  };
  const seen = new Set<PDFObject>();
  const stack: PDFObject[] = roots ? [...roots] : [ctx.trailerInfo.Root as PDFObject];
  while (stack.length) {
    let o = stack.pop()!;
    let via: PDFRef | undefined;
    if (o instanceof PDFRef) {
      if (seen.has(o)) continue;
      seen.add(o);
      via = o;
      const raw = raws?.raw(o);
      if (raw && !mayDrawContent(raw)) {
        // The references it holds, in the order the parsed object's entries would give them.
        for (let k = 0; k < raw.refs.length; k++) {
          if (roots && raw.refPaths[k]!.split('/').includes('Parent')) continue;
          stack.push(raw.refs[k]!);
        }
        continue;
      }
      const t = ctx.lookup(o);
      if (!t) continue;
      o = t;
    }
    if (seen.has(o)) continue;
    seen.add(o);
    if (o instanceof PDFStream) {
      if (o.dict.lookup(n('Subtype')) === n('Form')) add(o, via);
      stack.push(o.dict);
    } else if (o instanceof PDFDict) {
      if (o.lookup(n('Type')) === n('Page')) {
        const c = o.lookup(n('Contents'));
        if (c instanceof PDFStream) add(c, o.get(n('Contents')));
        else if (c instanceof PDFArray) {
          for (let i = 0; i < c.size(); i++) {
            const s = c.lookup(i);
            if (s instanceof PDFStream) add(s, c.get(i));
          }
        }
      }
      for (const [k, v] of o.entries()) {
        // From given pages, do not climb to the page tree (and so to every other page).
        if (roots && k === n('Parent')) continue;
        stack.push(v);
      }
    } else if (o instanceof PDFArray) {
      for (let i = 0; i < o.size(); i++) stack.push(o.get(i));
    }
  }
  return out;
}

/**
 * Whether an unparsed object could be (or hold) what `contentStreams` collects: a stream with
 * /Subtype /Form, a dictionary with /Type /Page. A /Type or /Subtype given by reference could
 * be either, so that object is parsed too.
 */
function mayDrawContent(raw: RawObject): boolean {
  if (raw.names.includes('Form') || raw.names.includes('Page')) return true;
  for (const path of raw.refPaths) {
    const key = path.slice(path.lastIndexOf('/') + 1);
    if (key === 'Type' || key === 'Subtype') return true;
  }
  return false;
}

/** Replaces a stream's data in place (same object number), Flate-compressed, keeping its other keys. */
function replaceStreamData(doc: PDFDocument, stream: PDFStream, data: Uint8Array, known?: PDFRef): void {
  const ctx = doc.context;
  const fresh = flateStream(ctx, data);
  rememberDecoded(fresh, data);
  for (const [k, v] of stream.dict.entries()) {
    if (k === n('Filter') || k === n('DecodeParms') || k === n('Length') || k === n('DL')) continue;
    fresh.dict.set(k, v);
  }
  const ref = known ?? ctx.getObjectRef(stream);
  if (ref) ctx.assign(ref, fresh);
  else if (stream instanceof PDFRawStream) {
    // A direct stream cannot exist in valid PDF; nothing refers to it by number.
  }
}

/**
 * Removes /XObject resource entries that no content stream draws any more. Glyph removal
 * gives a changed form a fresh name (LkForm1) in a resource dictionary that other pages may
 * share, so the original form, with the redacted text, would otherwise stay reachable and be
 * written. Every kind of content stream is walked (pages, forms, annotation appearances,
 * tiling patterns, Type3 glyphs), so an entry is removed only when nothing uses it.
 *
 * @example
 *   dropUnusedXObjects(doc, pages); // 1 entry removed
 */
export function dropUnusedXObjects(doc: PDFDocument, pages: SanitizePage[]): number {
  const ctx = doc.context;
  const used = new Map<PDFDict, Set<string>>();
  const visited = new Set<string>();
  const objId = new WeakMap<object, number>();
  let nextId = 1;
  const idOf = (o: object) => {
    let id = objId.get(o);
    if (id === undefined) objId.set(o, (id = nextId++));
    return id;
  };
  const sub = (res: PDFDict | undefined, key: string): PDFDict | undefined => {
    const d = res?.lookup(n(key));
    return d instanceof PDFDict ? d : undefined;
  };
  const streamBytes = (s: PDFStream): Uint8Array | undefined => {
    try {
      const d = decodeContent(s);
      return d.remainingFilters.length ? undefined : d.bytes;
    } catch {
      return undefined;
    }
  };
  // Resources whose content cannot be read keep every entry: their users are unknown.
  const protect = (res: PDFDict | undefined) => {
    const xobjects = sub(res, 'XObject');
    if (!xobjects) return;
    const set = used.get(xobjects) ?? new Set<string>();
    for (const k of xobjects.keys()) set.add(k.decodeText());
    used.set(xobjects, set);
  };
  const visitForm = (s: PDFStream, inherited: PDFDict | undefined, depth: number) => {
    const own = s.dict.lookup(n('Resources'));
    const res = own instanceof PDFDict ? own : inherited;
    const bytes = streamBytes(s);
    if (bytes) visit(bytes, res, depth + 1, s);
    else protect(res);
  };
  const visit = (bytes: Uint8Array, res: PDFDict | undefined, depth: number, owner: object) => {
    const key = `${idOf(owner)}:${res ? idOf(res) : 0}`;
    if (visited.has(key)) return;
    if (depth > 32) {
      protect(res);
      return;
    }
    visited.add(key);
    const xobjects = sub(res, 'XObject');
    if (xobjects && !used.has(xobjects)) used.set(xobjects, new Set());
    let ops;
    try {
      ops = tokenize(bytes);
    } catch {
      protect(res);
      return;
    }
    for (const op of ops) {
      const last = op.args[op.args.length - 1];
      if (op.op === 'Do' && last && typeof last === 'object' && 'name' in last && xobjects) {
        const name = (last as { name: string }).name;
        used.get(xobjects)!.add(name);
        const xo = xobjects.lookup(n(name));
        if (xo instanceof PDFStream && xo.dict.lookup(n('Subtype')) === n('Form')) visitForm(xo, res, depth);
      } else if ((op.op === 'scn' || op.op === 'SCN') && last && typeof last === 'object' && 'name' in last) {
        const pat = sub(res, 'Pattern')?.lookup(n((last as { name: string }).name));
        if (pat instanceof PDFStream) visitForm(pat, res, depth);
      } else if (op.op === 'Tf' && op.args[0] && typeof op.args[0] === 'object' && 'name' in op.args[0]) {
        const font = sub(res, 'Font')?.lookup(n((op.args[0] as { name: string }).name));
        if (font instanceof PDFDict && font.lookup(n('Subtype')) === n('Type3')) {
          const fres = font.lookup(n('Resources'));
          const procs = font.lookup(n('CharProcs'));
          if (procs instanceof PDFDict) {
            for (const [, p] of procs.entries()) {
              const ps = ctx.lookup(p);
              if (ps instanceof PDFStream) {
                const b = streamBytes(ps);
                if (b) visit(b, fres instanceof PDFDict ? fres : res, depth + 1, ps);
                else protect(fres instanceof PDFDict ? fres : res);
              }
            }
          }
        }
      }
    }
  };
  for (const page of pages) {
    const own = page.node.lookup(n('Resources'));
    const res = own instanceof PDFDict ? own : page.resources;
    const c = page.node.lookup(n('Contents'));
    const parts: PDFStream[] = c instanceof PDFStream ? [c] : [];
    if (c instanceof PDFArray) for (let i = 0; i < c.size(); i++) {
      const s = c.lookup(i);
      if (s instanceof PDFStream) parts.push(s);
    }
    const chunks = parts.map(streamBytes).filter((b): b is Uint8Array => !!b);
    if (chunks.length !== parts.length) protect(res);
    const all = new Uint8Array(chunks.reduce((s, b) => s + b.length + 1, 0));
    let o = 0;
    for (const b of chunks) {
      all.set(b, o);
      o += b.length;
      all[o++] = 10;
    }
    visit(all, res, 0, page.node);
    const annots = page.node.lookup(n('Annots'));
    if (annots instanceof PDFArray) {
      for (let i = 0; i < annots.size(); i++) {
        const ap = dictOf(doc, annots.lookup(i) as PDFObject)?.lookup(n('AP'));
        if (!(ap instanceof PDFDict)) continue;
        for (const [, v] of ap.entries()) {
          const t = ctx.lookup(v);
          if (t instanceof PDFStream) visitForm(t, undefined, 0);
          else if (t instanceof PDFDict) for (const [, w] of t.entries()) {
            const u = ctx.lookup(w);
            if (u instanceof PDFStream) visitForm(u, undefined, 0);
          }
        }
      }
    }
  }
  let removed = 0;
  for (const [dict, names] of used) {
    for (const k of dict.keys()) {
      if (!names.has(k.decodeText())) {
        dict.delete(k);
        removed++;
      }
    }
  }
  return removed;
}
