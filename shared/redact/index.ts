/**
 * True redaction of a PDF (issue #3, DESIGN.md "True redaction"): glyphs under the boxes are
 * removed from the content streams, image pixels under them blanked, everything outside the
 * page content that could reveal them sanitized, labelled boxes drawn, and the file written
 * fresh with unreachable objects pruned.
 *
 * @example
 *   const { bytes, report } = await redactDocument(pdfBytes,
 *     { redactions: [{ page: 1, rects: [[72, 90, 160, 102]], grounds: ['10.2.e'] }] },
 *     { labelFont: dejaVuBytes });
 */
import type { PDFDocument } from '@cantoo/pdf-lib';
import type { PageImageReport } from './placements';
import type { DecisionsFile, Law, RedactionDecision } from '../contract';
import { InvalidInputError } from '../errors';
import { openPdf, type PdfFile } from '../pdf/document';
import { compressLater, decodeContent } from './decoded';
import type { GraphicMark, Glyph, Rect, Rotation } from '../pdf/types';
import { mapGrounds, normalizeGround } from '../grounds';
import { PDFArray, PDFName, PDFStream } from '@cantoo/pdf-lib';
import { coversAt, normRect, intersects } from './geometry';
import {
  BOX_STYLES, drawBoxes, embedLabelFont, labelText, redactWholePage,
  type BoxStyle, type LabelledBox, type QBalance,
} from './labels';
import { dropUnusedXObjects, flattenFormFields, sanitizeDocument, stripMarkedContentText, type SanitizePage } from './sanitize';
import { rebuildPageTree, writeFresh } from './write';
import { scanNesting, type Nesting } from './qscan';
import { addOcrTextLayer, ocrTextUnder } from './scanned';
import type { OcrPageRecord } from '../ocr/types';
import { adoptContent, compactGlyphs, type IsolatedPage, type PageOutcome, type RemovedGlyphs } from './isolated';

export { BOX_STYLES, type BoxStyle } from './labels';

/** What glyph removal and image blanking provide (shared/redact/content.ts and images.ts). */
export interface RedactionEngine {
  /** Removes glyphs (and paths) under the rects from the page's content; returns what it removed and the images under the rects. */
  redactPageContent(file: PdfFile, pageIndex: number, rects: Rect[]): { removed: Glyph[]; removedText: string; images: GraphicMark[]; formsCopied?: number; markedContentStripped?: number };
  /** Blanks the pixels of every image under the rects on the page (after glyph removal), for this page only. */
  /** Call blankImages on every redacted page, not only where redactPageContent reported images. */
  alwaysBlankImages?: boolean;
  blankImages?(file: PdfFile, pageIndex: number, rects: Rect[], fill?: [number, number, number]): Promise<PageImageReport>;
}

export interface RedactOptions {
  password?: string;
  /** Writes the codes in this law's form (decisions in the other law are mapped). */
  law?: Law;
  style?: BoxStyle;
  /** The TrueType font the codes are written in (assets/fonts/DejaVuSans.ttf). */
  labelFont: Uint8Array;
  /** Glyph removal and image blanking; defaults to shared/redact/engine.ts. */
  engine?: RedactionEngine;
  loadPredefinedCMap?: (name: string) => Uint8Array | null;
  /**
   * Pages read by OCR (issue #12), by 1-based page: their OCR text under the boxes is what was
   * redacted there, and with `textLayer` every OCR word no box covers is written back as an
   * invisible text layer, so the redacted scan is searchable (shared/redact/scanned.ts).
   */
  ocr?: { pages: ReadonlyMap<number, OcrPageRecord>; textLayer?: boolean };
  /**
   * Glyph removal done elsewhere (issue #17, `--jobs N`): given every page with boxes, returns
   * each page's outcome (shared/redact/isolated.ts), computed on private openings of the same
   * bytes, on worker threads or in this one. Pages come back in the order given and are taken
   * over in that order, so the file is the same whoever computed them; a page whose redaction
   * reaches beyond its own content stream comes back `whole` and is redacted here.
   */
  spread?: (pages: IsolatedPage[]) => Promise<PageOutcome[]>;
}

export interface RedactReport {
  pageCount: number;
  /** Boxes drawn (one per rect), whole pages excluded. */
  boxes: number;
  /** 1-based numbers of pages redacted whole. */
  wholePages: number[];
  glyphsRemoved: number;
  imagesBlanked: number;
  /** Images under a box that could not be blanked (the caller must treat the output as unsafe). */
  imagesFailed: number;
  /** What sanitizing removed, in words. */
  sanitized: string[];
  stringsBlanked: number;
  /** True when the input was encrypted: the output is written decrypted. */
  decrypted: boolean;
  /** Objects left out of the output because nothing referred to them any more. */
  objectsPruned: number;
  /** Per decision, the text that was removed under its boxes (verify searches for it). */
  removedTexts: string[];
  /** Pages that received an invisible OCR text layer (1-based). */
  ocrLayerPages?: number[];
  /**
   * Pages whose content redaction rewrote or extended (1-based): boxes, whole pages, OCR text
   * layers, flattened form fields. Every other page draws what it drew before (its content
   * streams are the input's), so a read-back of the output need only interpret these.
   */
  changedPages: number[];
}

/** What glyph removal gave for one page, whoever did it. */
interface PageResult {
  /** As columns, as a page redacted elsewhere sends them: no object per glyph. */
  removed: RemovedGlyphs;
  images: GraphicMark[];
  formsCopied?: number;
  markedContentStripped?: number;
}

interface PagePlan {
  boxes: LabelledBox[];
  rects: Rect[];
  whole: string[] | undefined;
  texts: string[];
}

/**
 * Redacts a PDF according to decisions and returns the new file's bytes. The input bytes
 * are never modified.
 */
export async function redactDocument(bytes: Uint8Array, decisions: DecisionsFile, options: RedactOptions): Promise<{ bytes: Uint8Array; report: RedactReport }> {
  const style = options.style ?? BOX_STYLES.black;
  const engine = options.engine ?? (await defaultEngine());
  // Lazily (shared/pdf/lazyLoad.ts): only the objects redaction looks at are parsed, and the
  // writer copies every other object from the input as it is (write.ts). A file whose
  // cross-reference data cannot be trusted, or an encrypted one, is loaded whole as before.
  const file = await openPdf(bytes, { password: options.password, loadPredefinedCMap: options.loadPredefinedCMap, lazy: true });
  const doc = file.doc;
  const plans = planPages(decisions, file.pageCount, options.law);
  const pages: SanitizePage[] = [];
  for (let i = 0; i < file.pageCount; i++) pages.push(file.page(i));
  // What each page's /Contents was: a page whose entry is another object afterwards was rewritten.
  const contentsBefore = pages.map((p) => p.node.get(PDFName.of('Contents')));

  // Field values become page content first, so glyph removal sees them like any other text.
  flattenFormFields(doc, pages);

  let glyphsRemoved = 0, imagesBlanked = 0, imagesFailed = 0, formsCopied = 0, markedContentStripped = 0;
  const removedTexts: string[] = [];
  const boxesByPage = new Map<number, Rect[]>();
  const outcomes = new Map<number, PageOutcome>();
  // Only pages whose content is still the input's: a private opening of the input knows
  // nothing of form fields flattened into a page above. A custom engine does its own pages.
  if (options.spread && !options.engine) {
    const targets = [...plans]
      .filter(([index, p]) => !p.whole && pages[index]!.node.get(PDFName.of('Contents')) === contentsBefore[index])
      .map(([index, p]) => ({ index, rects: p.rects }));
    for (const o of await options.spread(targets)) outcomes.set(o.index, o);
  }
  for (const [index, plan] of plans) {
    if (plan.whole) continue;
    boxesByPage.set(index, plan.rects);
    const outcome = outcomes.get(index);
    let result: PageResult;
    if (outcome && !outcome.whole) {
      if (outcome.content) adoptContent(file, index, outcome.content);
      result = { removed: outcome.removed, images: [], formsCopied: 0, markedContentStripped: outcome.markedContentStripped };
    } else {
      const r = engine.redactPageContent(file, index, plan.rects);
      result = { ...r, removed: compactGlyphs(r.removed) };
    }
    glyphsRemoved += result.removed.text.length;
    markedContentStripped += result.markedContentStripped ?? 0;
    // Unknown (an engine that does not say) counts as copied: then unused entries are looked for.
    formsCopied += result.formsCopied ?? 1;
    for (const box of plan.boxes) {
      const { text, direction } = removedUnder(result.removed, box.rect);
      box.direction = direction;
      if (text) removedTexts.push(text);
    }
    const ocrPage = options.ocr?.pages.get(index + 1);
    if (ocrPage) for (const t of ocrTextUnder(ocrPage, plan.boxes.map((b) => b.rect))) if (t.trim()) removedTexts.push(t.trim());
    const underBoxes = result.images.filter((m) => plan.rects.some((r) => intersects(r, m.rect)));
    if (underBoxes.length > 0 || engine.alwaysBlankImages) {
      if (!engine.blankImages) imagesFailed += underBoxes.length;
      else {
        formsCopied++;
        const r = await engine.blankImages(file, index, plan.rects, style.fill);
        imagesBlanked += r.blanked;
        imagesFailed += r.failed;
      }
    }
  }

  // Glyph removal re-points changed forms under fresh names; the originals must not stay reachable.
  if (formsCopied > 0) dropUnusedXObjects(doc, pages);

  const font = await embedLabelFont(doc, options.labelFont);
  const wholePages: number[] = [];
  for (const [index, plan] of plans) {
    if (!plan.whole) continue;
    redactWholePage(doc, file.page(index), labelText(plan.whole), style, font);
    boxesByPage.set(index, [[0, 0, file.page(index).geometry.width, file.page(index).geometry.height]]);
    wholePages.push(index + 1);
  }

  const texts = [...removedTexts, ...[...plans.values()].flatMap((p) => p.texts)];
  const sanitized = sanitizeDocument(doc, pages, { texts, boxes: boxesByPage });
  const redactedPages = [...plans.keys()].filter((i) => !plans.get(i)!.whole).map((i) => file.page(i).node);
  if (stripMarkedContentText(doc, redactedPages) + markedContentStripped > 0) sanitized.removed.push('marked-content /ActualText and /Alt');

  let boxes = 0;
  for (const [index, plan] of plans) {
    if (plan.whole || plan.boxes.length === 0) continue;
    drawBoxes(doc, file.page(index), plan.boxes, style, font, qBalance(doc, file, index));
    boxes += plan.boxes.length;
  }

  const ocrLayerPages: number[] = [];
  if (options.ocr?.textLayer) {
    for (const [pageNo, rec] of options.ocr.pages) {
      const index = pageNo - 1;
      if (index < 0 || index >= file.pageCount || rec.status !== 'ok' || plans.get(index)?.whole) continue;
      const rects = plans.get(index)?.rects ?? [];
      if (addOcrTextLayer(doc, file.page(index), rec, rects, font, qBalance(doc, file, index)) > 0) ocrLayerPages.push(pageNo);
    }
  }

  const changedPages: number[] = [];
  for (let i = 0; i < file.pageCount; i++) {
    if (plans.has(i) || ocrLayerPages.includes(i + 1) || pages[i].node.get(PDFName.of('Contents')) !== contentsBefore[i]) changedPages.push(i + 1);
  }

  // A rewritten page that got no box (decoded.ts `contentLater`) is compressed on its own.
  compressLater(doc.context);
  rebuildPageTree(doc, Array.from({ length: file.pageCount }, (_, i) => file.page(i)));
  const written = await writeFresh(doc);
  return {
    bytes: written.bytes,
    report: {
      pageCount: file.pageCount,
      boxes,
      wholePages,
      glyphsRemoved,
      imagesBlanked,
      imagesFailed,
      sanitized: sanitized.removed,
      stringsBlanked: sanitized.stringsBlanked,
      decrypted: file.wasEncrypted,
      objectsPruned: written.report.pruned,
      removedTexts,
      changedPages,
      ...(ocrLayerPages.length ? { ocrLayerPages } : {}),
    },
  };
}

async function defaultEngine(): Promise<RedactionEngine> {
  const { createEngine } = await import('./engine');
  return createEngine();
}

/** Checks the decisions and groups them per 0-based page. */
function planPages(decisions: DecisionsFile, pageCount: number, law: Law | undefined): Map<number, PagePlan> {
  if (!decisions || !Array.isArray(decisions.redactions)) {
    throw new InvalidInputError({
      en: 'The decisions have no "redactions" list; give {"redactions":[{"page":1,"rects":[[x0,y0,x1,y1]],"grounds":["10.2.e"]}]}.',
      nl: 'De besluiten hebben geen "redactions"-lijst; geef {"redactions":[{"page":1,"rects":[[x0,y0,x1,y1]],"grounds":["10.2.e"]}]}.',
    });
  }
  const plans = new Map<number, PagePlan>();
  decisions.redactions.forEach((d: RedactionDecision, i) => {
    const where = `Redaction ${i + 1}`;
    const whereNl = `Lakking ${i + 1}`;
    if (!Number.isInteger(d.page) || d.page < 1 || d.page > pageCount) {
      throw new InvalidInputError({ en: `${where} names page ${String(d.page)}, but the document has ${pageCount} page${pageCount === 1 ? '' : 's'}; fix the page number.`, nl: `${whereNl} noemt pagina ${String(d.page)}, maar het document heeft ${pageCount} pagina${pageCount === 1 ? '' : '’s'}; verbeter het paginanummer.` });
    }
    const grounds = codesFor(d.grounds, law, where);
    const plan = plans.get(d.page - 1) ?? { boxes: [], rects: [], whole: undefined, texts: [] };
    plans.set(d.page - 1, plan);
    if (typeof d.text === 'string' && d.text.trim()) plan.texts.push(d.text);
    if (d.wholePage) {
      plan.whole = [...(plan.whole ?? []), ...grounds];
      return;
    }
    if (!Array.isArray(d.rects) || d.rects.length === 0) {
      throw new InvalidInputError({ en: `${where} has no rects; give at least one [x0,y0,x1,y1] or set "wholePage": true.`, nl: `${whereNl} heeft geen kaders; geef er minstens één [x0,y0,x1,y1] of zet "wholePage": true.` });
    }
    for (const r of d.rects) {
      if (!Array.isArray(r) || r.length !== 4 || !r.every((v) => typeof v === 'number' && Number.isFinite(v))) {
        throw new InvalidInputError({ en: `${where} has a rect that is not four numbers [x0,y0,x1,y1]; fix the decisions file.`, nl: `${whereNl} heeft een kader dat geen vier getallen [x0,y0,x1,y1] is; herstel het besluitenbestand.` });
      }
      const rect = normRect(r as Rect);
      plan.rects.push(rect);
      plan.boxes.push({ rect, label: labelText(grounds) });
    }
  });
  return plans;
}

function codesFor(grounds: unknown, law: Law | undefined, where: string): string[] {
  const whereNl = where.replace(/^Redaction\b/, 'Lakking');
  if (!Array.isArray(grounds) || grounds.length === 0 || !grounds.every((g) => typeof g === 'string')) {
    throw new InvalidInputError({ en: `${where} has no grounds; give at least one code such as "10.2.e".`, nl: `${whereNl} heeft geen weigeringsgronden; geef er minstens één, zoals "10.2.e".` });
  }
  const codes = grounds.map((g) => normalizeGround(g) ?? g.trim());
  return law ? mapGrounds(codes, law).codes : codes;
}

/**
 * What of the removed glyphs a box covers (`covers`, by the glyph's centre): their text in
 * drawing order, a removed space as ' ', trimmed, and the direction most of them run in.
 */
function removedUnder(removed: RemovedGlyphs, box: Rect): { text: string; direction: Rotation | undefined } {
  const count = [0, 0, 0, 0];
  let text = '';
  let n = 0;
  for (let i = 0; i < removed.text.length; i++) {
    if (!coversAt(box, removed.rects, i)) continue;
    count[removed.rot[i]!]++;
    text += removed.space[i] === 1 ? ' ' : removed.text[i]!;
    n++;
  }
  return { text: text.trim(), direction: n === 0 ? undefined : (count.indexOf(Math.max(...count)) as Rotation) };
}

/**
 * How unbalanced the page's own content is (q without Q, Q without q, an open BT), so the
 * boxes appended after it can restore a clean graphics state.
 */
function qBalance(doc: PDFDocument, file: PdfFile, index: number): QBalance {
  const node = file.page(index).node;
  const c = node.lookup(PDFName.of('Contents'));
  const streams: PDFStream[] = [];
  if (c instanceof PDFStream) streams.push(c);
  else if (c instanceof PDFArray) {
    for (let i = 0; i < c.size(); i++) {
      const s = c.lookup(i);
      if (s instanceof PDFStream) streams.push(s);
    }
  }
  let state: Nesting = { depth: 0, min: 0, inText: false };
  for (const s of streams) {
    try {
      state = scanNesting(decodeContent(s, file.limits.maxStreamBytes).bytes, state);
    } catch {
      // An undecodable part draws nothing, so it changes no nesting.
    }
  }
  void doc;
  return { underflow: -state.min, open: state.depth - state.min, openText: state.inText };
}

