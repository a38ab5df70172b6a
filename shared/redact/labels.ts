/**
 * The redaction box (issue #3, item 4): a filled rectangle with its ground code(s) inside as
 * real text in an embedded font, so readers and screen readers see why something is gone.
 * Boxes are appended after the page's own content, which is first wrapped in q … Q so that a
 * `cm` left in force (Chromium does this) cannot move them.
 */
import {
  PDFArray, PDFDict, PDFDocument, PDFFont, PDFName, PDFRef, PDFStream, type PDFObject,
} from '@cantoo/pdf-lib';
import fontkit from '@cantoo/fontkit';
import type { Matrix, PageGeometry, Rect, Rotation } from '../pdf/types';
import { invert, multiply, corners, normRect } from './geometry';
import { formatNumber, nameToken } from '../pdf/syntax';
import { missingCaseError } from '../assert';
import { flateStream, latin1Bytes } from '../pdf/streams';
import { rememberDecoded, takeLater } from './decoded';

export type Rgb = [number, number, number];

export interface BoxStyle {
  fill: Rgb;
  textColor: Rgb;
}

/** Black box with white codes (the default), and grey with dark codes (common Dutch practice). */
export const BOX_STYLES: Record<'black' | 'grey', BoxStyle> = {
  black: { fill: [0, 0, 0], textColor: [1, 1, 1] },
  grey: { fill: [0.75, 0.75, 0.75], textColor: [0.1, 0.1, 0.1] },
};

export interface LabelledBox {
  /** Display coordinates (DESIGN.md). */
  rect: Rect;
  /** What to write inside, e.g. "10.2.e" or "10.2.d, 10.2.g". */
  label: string;
  /** Writing direction of the redacted text on screen, so the code runs along the box; guessed from the shape when absent. */
  direction?: Rotation;
}

/** How many q the original content leaves open and how many Q it pops beyond its own q (both ≥ 0). */
export interface QBalance {
  /** Q operators that pop more than the content pushed (a stray Q would pop our wrapper). */
  underflow: number;
  /** q operators still open at the end of the content, counted from its lowest nesting level. */
  open: number;
  /** True when the content ends inside BT … ET. */
  openText: boolean;
}

/** Cap height of DejaVu Sans (729/1000 em), for centring the code vertically. */
const CAP_HEIGHT = 0.729;
const MAX_LABEL_SIZE = 11;
const MIN_LABEL_SIZE = 1;
const LABEL_METRICS = new WeakMap<PDFFont, Map<string, { width: number; hex: string }>>();
/** Content at most this long is written unfiltered: deflate would make it longer. */
const SMALL_STREAM = 64;

/**
 * The label written in a box: the codes in the order given, duplicates dropped.
 *
 * @example
 *   labelText(['10.2.d', '10.2.g']); // "10.2.d, 10.2.g"
 */
export function labelText(grounds: string[]): string {
  return [...new Set(grounds.map((g) => g.trim()).filter(Boolean))].join(', ');
}

/**
 * Embeds the label font (a subset, so only the glyphs used are written).
 *
 * @example
 *   const font = await embedLabelFont(doc, dejaVuBytes);
 */
export async function embedLabelFont(doc: PDFDocument, fontBytes: Uint8Array): Promise<PDFFont> {
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fontBytes, { subset: true });
  presetItalicAngle(font, fontBytes);
  return font;
}

/** What `presetItalicAngle` reaches of pdf-lib's font embedder and the fontkit font behind it. */
interface EmbedderFont { embedder?: { font?: { directory?: { tables?: Record<string, { offset: number; length: number } | undefined> } } } }

/**
 * Gives the label font its italic angle (the font descriptor's /ItalicAngle, ISO 32000-1 9.8.1)
 * as read from the 'post' table's header: fontkit answers `italicAngle` by decoding the whole
 * table, with the names of DejaVu Sans's 6,000 glyphs, which cost about 75 ms of every
 * `redact` and `bundle` for one number. The value is the same (Fixed 16.16 at offset 4 of
 * 'post', OpenType "post" table header); anything unexpected leaves fontkit to decode it.
 */
function presetItalicAngle(font: PDFFont, bytes: Uint8Array): void {
  const fk = (font as unknown as EmbedderFont).embedder?.font;
  const post = fk?.directory?.tables?.post;
  if (!fk || !post || post.length < 8 || post.offset + 8 > bytes.length) return;
  const angle = new DataView(bytes.buffer, bytes.byteOffset + post.offset, 8).getInt32(4) / 65536;
  Object.defineProperty(fk, 'italicAngle', { value: angle, configurable: true });
}



function rgb(c: Rgb, op: 'rg' | 'RG'): string {
  return `${formatNumber(c[0])} ${formatNumber(c[1])} ${formatNumber(c[2])} ${op}`;
}

/** Glyph space (size 1, y up) → display space, for text running in `dir` and anchored at (x, y). */
function textToDisplay(dir: Rotation, s: number, x: number, y: number): Matrix {
  switch (dir) {
    case 0: return [s, 0, 0, -s, x, y];
    case 1: return [0, s, s, 0, x, y];
    case 2: return [-s, 0, 0, s, x, y];
    case 3: return [0, -s, -s, 0, x, y];
    default: throw missingCaseError(dir);
  }
}

/** The page as the labeller needs it (a PdfPage from shared/pdf/document.ts fits). */
export interface LabelPage {
  node: PDFDict;
  /** The page's resources, inherited from the page tree when the page has none. */
  resources?: PDFDict;
  geometry: PageGeometry;
}

/** Finds or adds a resource name for the label font on this page (resources may be shared by pages). */
function fontKeyFor(doc: PDFDocument, page: LabelPage, font: PDFFont): string {
  const ctx = doc.context;
  let res = page.node.lookup(PDFName.of('Resources'));
  if (!(res instanceof PDFDict)) {
    res = page.resources ?? ctx.obj({});
    page.node.set(PDFName.of('Resources'), res as PDFDict);
  }
  const resources = res as PDFDict;
  let fonts = resources.lookup(PDFName.of('Font'));
  if (!(fonts instanceof PDFDict)) {
    fonts = ctx.obj({});
    resources.set(PDFName.of('Font'), fonts as PDFDict);
  }
  const dict = fonts as PDFDict;
  for (const [k, v] of dict.entries()) {
    if (v === font.ref) return k.decodeText();
  }
  let key = 'LkLabel';
  for (let i = 1; dict.has(PDFName.of(key)); i++) key = `LkLabel${i}`;
  dict.set(PDFName.of(key), font.ref);
  return key;
}

/**
 * One label per place: where boxes overlap (half of the smaller one or more, e.g. a first name
 * boxed alone and again as part of the full name), only the largest keeps a label, carrying the
 * codes of all of them. Two labels drawn over each other read as neither on screen, and text
 * extractors interleave their characters ("1100..22..ee").
 *
 * @example
 *   labelOnce([{ rect: [0, 0, 40, 10], label: '10.2.e' }, { rect: [0, 0, 20, 10], label: '10.2.g' }]);
 *   // → [{ rect: [0, 0, 40, 10], label: '10.2.e, 10.2.g' }, { rect: [0, 0, 20, 10], label: '' }]
 */
export function labelOnce(boxes: LabelledBox[]): LabelledBox[] {
  if (boxes.length < 2) return boxes;
  const rects = boxes.map((b) => normRect(b.rect));
  const area = (r: Rect) => Math.max(0, r[2] - r[0]) * Math.max(0, r[3] - r[1]);
  // Largest first: the box that keeps the label of a group is the one with most room for it.
  const order = boxes.map((_, i) => i).sort((a, b) => area(rects[b]) - area(rects[a]) || a - b);
  const owner = new Array<number>(boxes.length).fill(-1);
  const codes = boxes.map((b) => b.label.split(',').map((c) => c.trim()).filter(Boolean));
  const keepers: number[] = [];
  for (const i of order) {
    if (!boxes[i].label) continue;
    const r = rects[i];
    const k = keepers.find((j) => {
      const q = rects[j];
      const w = Math.min(r[2], q[2]) - Math.max(r[0], q[0]);
      const h = Math.min(r[3], q[3]) - Math.max(r[1], q[1]);
      return w > 0 && h > 0 && w * h >= 0.5 * Math.min(area(r), area(q));
    });
    if (k === undefined) { keepers.push(i); owner[i] = i; } else { owner[i] = k; codes[k].push(...codes[i]); }
  }
  if (keepers.length === boxes.filter((b) => b.label).length) return boxes;
  return boxes.map((b, i) => (owner[i] === i ? { ...b, label: labelText(codes[i]) } : owner[i] >= 0 ? { ...b, label: '' } : b));
}

/**
 * The content-stream operators that draw the boxes, in user space (`toDisplay` maps user space to display).
 *
 * @example
 *   boxOperators([{ rect: [72, 100, 150, 112], label: '10.2.e' }], geometry.toDisplay, BOX_STYLES.black, font, 'F1');
 */
export function boxOperators(boxes: LabelledBox[], toDisplay: Matrix, style: BoxStyle, font: PDFFont, fontKey: string, maxSize = MAX_LABEL_SIZE): string {
  const toUser = invert(toDisplay);
  const out: string[] = [];
  // fontkit lays the text out on every call; a document has few distinct labels.
  let metrics = LABEL_METRICS.get(font);
  if (!metrics) LABEL_METRICS.set(font, (metrics = new Map()));
  const measure = (label: string) => {
    let m = metrics!.get(label);
    if (!m) metrics!.set(label, (m = { width: font.widthOfTextAtSize(label, 1), hex: font.encodeText(label).toString() }));
    return m;
  };
  for (const box of labelOnce(boxes)) {
    const r = normRect(box.rect);
    const w = r[2] - r[0], h = r[3] - r[1];
    if (!(w > 0 && h > 0)) continue;
    const pts = corners(r, toUser);
    out.push('q', rgb(style.fill, 'rg'));
    out.push(`${formatNumber(pts[0][0])} ${formatNumber(pts[0][1])} m ${formatNumber(pts[1][0])} ${formatNumber(pts[1][1])} l ${formatNumber(pts[2][0])} ${formatNumber(pts[2][1])} l ${formatNumber(pts[3][0])} ${formatNumber(pts[3][1])} l h f`);
    const label = box.label;
    if (label) {
      const dir: Rotation = box.direction ?? (h > w * 1.5 ? 1 : 0);
      const along = dir === 0 || dir === 2 ? w : h;
      const across = dir === 0 || dir === 2 ? h : w;
      const { width: unitWidth, hex } = measure(label);
      const pad = Math.min(2, along * 0.08);
      const size = Math.min(maxSize, across * 0.72, (along - 2 * pad) / unitWidth);
      if (size >= MIN_LABEL_SIZE) {
        const tw = unitWidth * size;
        const lift = (CAP_HEIGHT * size) / 2;
        let x = 0, y = 0;
        switch (dir) {
          case 0: x = r[0] + (w - tw) / 2; y = r[1] + h / 2 + lift; break;
          case 1: x = r[0] + w / 2 - lift; y = r[1] + (h - tw) / 2; break;
          case 2: x = r[2] - (w - tw) / 2; y = r[1] + h / 2 - lift; break;
          case 3: x = r[0] + w / 2 + lift; y = r[3] - (h - tw) / 2; break;
          default: throw missingCaseError(dir);
        }
        const tm = multiply(textToDisplay(dir, size, x, y), toUser);
        out.push(
          'BT', rgb(style.textColor, 'rg'), `${nameToken(fontKey)} 1 Tf`, '0 Tr 0 Tc 0 Tw 100 Tz 0 Ts',
          `${tm.map(formatNumber).join(' ')} Tm`, `${hex} Tj`, 'ET',
        );
      }
    }
    out.push('Q');
  }
  return out.join('\n');
}

/**
 * Draws filled, labelled boxes on a page above its content. The page's existing content is
 * wrapped in q … Q (more of them when it is unbalanced) so no graphics state leaks into the boxes.
 *
 * @example
 *   drawBoxes(doc, file.page(0), [{ rect: [72, 100, 150, 112], label: '10.2.e' }], BOX_STYLES.black, font);
 */
export function drawBoxes(
  doc: PDFDocument, page: LabelPage, boxes: LabelledBox[],
  style: BoxStyle, font: PDFFont, balance: QBalance = { underflow: 0, open: 0, openText: false },
): void {
  if (boxes.length === 0) return;
  const ctx = doc.context;
  const { node, geometry } = page;
  const key = fontKeyFor(doc, page, font);
  const pre = 'q\n'.repeat(1 + balance.underflow);
  const post = `${balance.openText ? 'ET\n' : ''}${'Q\n'.repeat(1 + balance.open)}`;
  const body = boxOperators(boxes, geometry.toDisplay, style, font, key);
  // "q" once or a few times is shorter than any compressed form of it, and compressing it cost a
  // deflate call per page (Node's zlib sets up a stream and its window for each: about a tenth
  // of the whole redaction's CPU time went to 1,320 such calls on the 1,000-page bench dossier).
  const end = `\n${post}${body}\n`;
  // A page whose content redaction rewrote holds it in the clear (decoded.ts `contentLater`):
  // the q, that content and the boxes become one stream under its number, compressed once.
  const own = node.get(PDFName.of('Contents'));
  const clear = own instanceof PDFRef ? laterBytes(ctx.lookup(own)) : undefined;
  if (own instanceof PDFRef && clear) {
    const joined = new Uint8Array(pre.length + clear.length + end.length);
    // Content operators are ASCII (the labels are hex strings): one byte per character.
    joined.set(latin1Bytes(pre), 0);
    joined.set(clear, pre.length);
    joined.set(latin1Bytes(end), pre.length + clear.length);
    const stream = flateStream(ctx, joined);
    rememberDecoded(stream, joined);
    ctx.assign(own, stream);
    return;
  }
  const startRef = ctx.register(pre.length <= SMALL_STREAM ? ctx.stream(pre) : flateStream(ctx, pre));
  const endRef = ctx.register(flateStream(ctx, end));
  const contents = node.lookup(PDFName.of('Contents'));
  if (!contents) {
    node.set(PDFName.of('Contents'), endRef);
    return;
  }
  const arr = contents instanceof PDFArray ? contents : ctx.obj([node.get(PDFName.of('Contents'))]);
  const parts: PDFRef[] = [startRef];
  for (let i = 0; i < arr.size(); i++) {
    const p = arr.get(i);
    if (p instanceof PDFRef) parts.push(p);
  }
  parts.push(endRef);
  node.set(PDFName.of('Contents'), ctx.obj(parts));
}

/** The clear bytes of a page content stream waiting for its boxes (decoded.ts `contentLater`). */
function laterBytes(o: PDFObject | undefined): Uint8Array | undefined {
  return o instanceof PDFStream ? takeLater(o) : undefined;
}


/**
 * Whole-page redaction: the page keeps its size but shows only one box with the code(s).
 * Its content, resources, annotations and thumbnail are replaced, so nothing of the
 * original page is reachable any more.
 *
 * @example
 *   redactWholePage(doc, file.page(0), '10.2.e', BOX_STYLES.black, font);
 */
export function redactWholePage(
  doc: PDFDocument, page: LabelPage, label: string, style: BoxStyle, font: PDFFont,
): void {
  const ctx = doc.context;
  const { node, geometry } = page;
  const key = 'LkLabel';
  const resources = ctx.obj({ Font: { [key]: font.ref } });
  const rect: Rect = [0, 0, geometry.width, geometry.height];
  const body = boxOperators([{ rect, label, direction: 0 }], geometry.toDisplay, style, font, key, 48);
  node.set(PDFName.of('Resources'), resources);
  node.set(PDFName.of('Contents'), ctx.register(flateStream(ctx, body)));
  for (const k of ['Annots', 'Thumb', 'PieceInfo', 'StructParents', 'B', 'AA', 'Metadata', 'SeparationInfo', 'Tabs']) {
    node.delete(PDFName.of(k));
  }
}
