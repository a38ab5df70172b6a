/**
 * Independent leak check of a redacted PDF (issue #3, item 6; DESIGN.md "True redaction").
 * pdf.js, a parser other than ours, re-extracts the text with positions: no glyph may remain
 * under a box. Then every stream and string of the file is searched for the redacted texts,
 * and the metadata and risky structures are checked.
 *
 * pdf.js is passed in (`options.pdfjs`) because shared/ runs in Node and in the renderer,
 * which load different builds of it.
 *
 * @example
 *   const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
 *   const result = await verifyPdf(bytes, decisions, { pdfjs });
 *   result.clean; // true
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString, ParseSpeeds } from '@cantoo/pdf-lib';
import type { DecisionsFile } from '../contract';
import type { Matrix, Rect } from '../pdf/types';
import { multiply } from '../pdf/matrix';
import { covers, normRect, intersects } from '../redact/geometry';
import { findWholeNeedle, findWholeNeedleInBytes, normalizeForMatch, prepareNeedles } from '../redact/match';
import { mergeScanHits, scanFile, type ScanHit } from './scan';

/** The part of pdf.js that verify uses (pdfjs-dist's legacy build in Node, the normal build in a browser). */
export interface PdfjsLike {
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfjsDocument>; destroy?(): Promise<void> };
}
interface PdfjsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfjsPage>;
  destroy(): Promise<void>;
  /** Drops pdf.js's caches (fonts, images, colour spaces); called between pages so memory does not grow with the page count. */
  cleanup?(): Promise<void>;
}
interface PdfjsPage {
  getViewport(p: { scale: number }): { transform: number[]; width: number; height: number };
  getTextContent(): Promise<{ items: unknown[]; styles: Record<string, { ascent?: number; descent?: number; fontFamily?: string }> }>;
  cleanup?(): void;
}

export type FindingKind =
  | 'glyph-under-box' | 'text-on-page' | 'text-in-file' | 'metadata' | 'attachment' | 'javascript'
  | 'form' | 'structure' | 'unreadable' | 'image-not-blanked';

/**
 * One thing the verifier found, typed so that no caller ever parses `message` back: `text`
 * is the text that can still be read, `box` the redaction box it is under, `where` the place
 * in the file outside the pages.
 */
export interface Finding {
  kind: FindingKind;
  /** 1-based page, when the finding belongs to one. */
  page?: number;
  /** The readable text the finding is about (a redacted text, or what remains under a box). */
  text?: string;
  /** The redaction box the text is under (glyph-under-box on a page that is not redacted whole). */
  box?: Rect;
  /** Where outside the page content ("stream 12 0 R (decoded)", "the document information /Title"). */
  where?: string;
  /** One sentence for a person; built from the fields above. */
  message: string;
  /** Warnings do not make the file unclean (something to look at, not a leak). */
  severity: 'leak' | 'warning';
}

export interface VerifyResult {
  clean: boolean;
  findings: Finding[];
  pagesChecked: number;
  boxesChecked: number;
  textsSearched: number;
}

export interface VerifyOptions {
  pdfjs: PdfjsLike;
  password?: string;
  loadPredefinedCMap?: (name: string) => Uint8Array | null;
  /** Folder URL of pdf.js's standard fonts and CMaps, if available (improves extraction of non-embedded fonts). */
  cMapUrl?: string;
  standardFontDataUrl?: string;
  /**
   * Texts the producer itself put on the pages after redaction, which may stand anywhere, even
   * on a page redacted whole: the bundle's document-number stamp ("0007"). A run of text equal
   * to one of them is no finding; it is still searched for the redacted texts.
   */
  allowedTexts?: readonly string[];
}

interface TextItem { str: string; transform: number[]; width: number; height: number; fontName: string }

/** Pages between two clean-ups of pdf.js's caches in verifyPages. */
const CLEANUP_EVERY = 100;

/** Only ground codes ("10.2.e, 5.1.2i"): the labels Lakstift writes inside its boxes. */
const LABEL_ONLY = /^\s*(\d{1,2}(\.\d{1,2}){1,3}\.?\s?[a-z]?\s*[,;]?\s*)+$/i;

/** Rough advance of a character as a fraction of the em, to place characters inside a pdf.js text run. */
function charWeight(ch: string): number {
  if (/[\s]/.test(ch)) return 0.28;
  if (/[iljI.,:;'!|]/.test(ch)) return 0.26;
  if (/[frt()[\]-]/.test(ch)) return 0.36;
  if (/[mwMW@%]/.test(ch)) return 0.85;
  if (/[A-Z]/.test(ch)) return 0.68;
  if (/[0-9]/.test(ch)) return 0.56;
  return 0.53;
}

/**
 * Checks a redacted PDF against its decisions. Never throws for a damaged file: that becomes a finding.
 */
export async function verifyPdf(bytes: Uint8Array, decisions: DecisionsFile, options: VerifyOptions): Promise<VerifyResult> {
  const pages = await verifyPages(bytes, decisions, options);
  return combineVerify([pages], await verifyFileLevel(bytes, decisions, options), decisions);
}

/** The page half of verify for a range of pages (all when none is given): see `verifyPdf`. */
export interface PagesVerified {
  /** Pages in the document; 0 when pdf.js could not open it (then `findings` says so). */
  pageCount: number;
  findings: Finding[];
  pagesChecked: number;
  boxesChecked: number;
}

/**
 * The results of the page ranges (in page order) and of the file, as one VerifyResult: the
 * findings in the order `verifyPdf` gives them in one piece.
 */
export function combineVerify(ranges: readonly PagesVerified[], fileFindings: readonly Finding[], decisions: DecisionsFile): VerifyResult {
  // A file pdf.js cannot open fails every range the same way: said once.
  const opened = ranges.filter((r) => r.pageCount > 0);
  const pageFindings = opened.length === 0 && ranges.length > 0 ? ranges[0]!.findings : opened.flatMap((r) => r.findings);
  const findings = [...pageFindings, ...fileFindings];
  return {
    clean: !findings.some((f) => f.severity === 'leak'),
    findings,
    pagesChecked: opened.reduce((n, r) => n + r.pagesChecked, 0),
    boxesChecked: opened.reduce((n, r) => n + r.boxesChecked, 0),
    textsSearched: prepareNeedles(redactedTextsOf(decisions)).length,
  };
}

function redactedTextsOf(decisions: DecisionsFile): string[] {
  return (decisions.redactions ?? []).map((d) => d.text).filter((t): t is string => typeof t === 'string' && t.trim() !== '');
}

/** The comparable forms of the texts kept readable on purpose, by page (DecisionsFile.kept). */
function keptByPage(decisions: DecisionsFile): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const k of decisions.kept ?? []) {
    if (typeof k?.text !== 'string' || !k.text.trim()) continue;
    const set = out.get(k.page) ?? new Set<string>();
    set.add(normalizeForMatch(k.text));
    out.set(k.page, set);
  }
  return out;
}

/**
 * The needles searched for on each page: the redacted texts, less those kept readable on that
 * very page on purpose (a general number kept there and redacted elsewhere is no leak there).
 */
function pageNeedles(needles: string[], kept: Map<number, Set<string>>): (page: number) => string[] {
  const memo = new Map<string, string[]>();
  return (page) => {
    const own = kept.get(page);
    if (!own) return needles;
    const left = needles.filter((n) => !own.has(n));
    if (left.length === needles.length) return needles;
    const key = needles.filter((n) => own.has(n)).join('\u0000');
    let list = memo.get(key);
    if (!list) memo.set(key, (list = left));
    return list;
  };
}

/** The needles of the file-wide search: less every text kept readable somewhere, which the file holds on purpose. */
function fileNeedles(needles: string[], decisions: DecisionsFile): string[] {
  const kept = new Set([...keptByPage(decisions).values()].flatMap((s) => [...s]));
  return kept.size ? needles.filter((n) => !kept.has(n)) : needles;
}

/**
 * pdf.js re-extraction of pages first..last (1-based, inclusive, clipped to the document):
 * glyphs under boxes, and redacted text anywhere on a page.
 */
export async function verifyPages(bytes: Uint8Array, decisions: DecisionsFile, options: VerifyOptions, range?: { first: number; last: number }): Promise<PagesVerified> {
  const findings: Finding[] = [];
  const texts = redactedTextsOf(decisions);
  const needlesOf = pageNeedles(prepareNeedles(texts), keptByPage(decisions));
  let pagesChecked = 0;
  let boxesChecked = 0;
  let pdf: PdfjsDocument | undefined;
  try {
    pdf = await options.pdfjs.getDocument({
      data: bytes.slice(), password: options.password, verbosity: 0, isEvalSupported: false,
      disableFontFace: true, useSystemFonts: false, stopAtErrors: false,
      ...(options.cMapUrl ? { cMapUrl: options.cMapUrl, cMapPacked: true } : {}),
      ...(options.standardFontDataUrl ? { standardFontDataUrl: options.standardFontDataUrl } : {}),
    }).promise;
  } catch (e) {
    findings.push({ kind: 'unreadable', severity: 'leak', message: `pdf.js cannot open the file (${(e as Error).message}), so it cannot be checked.` });
    return { pageCount: 0, findings, pagesChecked, boxesChecked };
  }
  const pageCount = pdf.numPages;
  try {
    const boxesByPage = new Map<number, Rect[]>();
    for (const d of decisions.redactions ?? []) {
      if (d.wholePage) continue;
      const list = boxesByPage.get(d.page) ?? [];
      list.push(...(d.rects ?? []).map(normRect));
      boxesByPage.set(d.page, list);
    }
    const wholePages = new Set((decisions.redactions ?? []).filter((d) => d.wholePage).map((d) => d.page));
    const allowed = new Set((options.allowedTexts ?? []).map((t) => t.trim()).filter((t) => t !== '' && !texts.some((r) => r.trim() === t)));
    const first = Math.max(1, range?.first ?? 1);
    const last = Math.min(pdf.numPages, range?.last ?? pdf.numPages);
    for (let p = first; p <= last; p++) {
      const page = await pdf.getPage(p);
      const vp = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      pagesChecked++;
      const boxes = boxesByPage.get(p) ?? [];
      boxesChecked += boxes.length;
      let pageText = '';
      for (const raw of content.items) {
        const item = raw as TextItem;
        if (typeof item.str !== 'string' || item.str.trim() === '') continue;
        if (LABEL_ONLY.test(item.str)) continue;
        pageText += `${item.str} `;
        if (allowed.has(item.str.trim())) continue;
        if (wholePages.has(p)) {
          findings.push({ kind: 'glyph-under-box', page: p, text: item.str, severity: 'leak', message: `page ${p} is redacted whole but still shows text "${clip(item.str)}".` });
          continue;
        }
        if (boxes.length === 0) continue;
        const style = content.styles[item.fontName] ?? {};
        const under = charsUnderBoxes(item, vp.transform as Matrix, boxes, style.ascent ?? 0.8, style.descent ?? -0.2, style.fontFamily === 'monospace');
        if (under) {
          findings.push({ kind: 'glyph-under-box', page: p, text: under.text, box: under.box, severity: 'leak', message: `page ${p}: "${clip(under.text)}" can still be extracted under the box at [${under.box.map((v) => v.toFixed(1)).join(', ')}].` });
        }
      }
      // As whole words: a short redacted word inside another word elsewhere on the page is no leak.
      const hit = findWholeNeedle(pageText, needlesOf(p));
      if (hit) findings.push({ kind: 'text-on-page', page: p, text: hit, severity: 'leak', message: `page ${p}: redacted text "${clip(hit)}" can still be extracted from the page.` });
      page.cleanup?.();
      // pdf.js keeps every font it translated until the document is closed; a dossier whose
      // pages each bring their own font copies would grow by them page after page.
      if ((p - first + 1) % CLEANUP_EVERY === 0) await pdf.cleanup?.();
    }
  } catch (e) {
    findings.push({ kind: 'unreadable', severity: 'leak', message: `pdf.js failed while reading the text (${(e as Error).message}).` });
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
  return { pageCount, findings, pagesChecked, boxesChecked };
}

/** The file half of verify: every stream and string of the file, the metadata and risky structures. */
export async function verifyFileLevel(bytes: Uint8Array, decisions: DecisionsFile, options: Pick<VerifyOptions, 'password' | 'loadPredefinedCMap'>): Promise<Finding[]> {
  return fileFindings([await verifyFilePart(bytes, decisions, options)]);
}

/** What one part of the file half found (see ScanInput.part): the parts together make `verifyFileLevel`. */
export interface FilePartVerified {
  /** Said before the hits (the file's objects could not be parsed); only part 0 says it. */
  before: Finding[];
  hits: ScanHit[];
  /** Metadata and structures; only part 0 looks. */
  after: Finding[];
}

/** Part `part.index` of `part.of` of the file half of verify (all of it without `part`). */
export async function verifyFilePart(bytes: Uint8Array, decisions: DecisionsFile, options: Pick<VerifyOptions, 'password' | 'loadPredefinedCMap'>, part?: { index: number; of: number }): Promise<FilePartVerified> {
  const first = !part || part.index === 0;
  const before: Finding[] = [];
  const texts = redactedTextsOf(decisions);
  const needles = fileNeedles(prepareNeedles(texts), decisions);
  let doc: PDFDocument | undefined;
  try {
    doc = await PDFDocument.load(bytes, {
      ignoreEncryption: options.password === undefined, password: options.password,
      parseSpeed: ParseSpeeds.Fastest, throwOnInvalidObject: false, updateMetadata: false,
    });
  } catch (e) {
    if (first) before.push({ kind: 'unreadable', severity: 'warning', message: `the file's objects cannot be parsed (${(e as Error).message}); only its raw bytes were searched.` });
  }
  const hits = scanFile({ file: bytes, doc, texts, needles, loadPredefinedCMap: options.loadPredefinedCMap, ...(part ? { part } : {}) });
  return { before, hits, after: doc && first ? structureFindings(doc, needles) : [] };
}

/** The findings of the file half from its parts (in part order), as one scan of the whole file gives them. */
export function fileFindings(parts: readonly FilePartVerified[]): Finding[] {
  const hits = mergeScanHits(parts.map((p) => p.hits));
  return [
    ...parts.flatMap((p) => p.before),
    ...hits.map((hit): Finding => ({ kind: 'text-in-file', text: hit.needle, where: hit.where, severity: 'leak', message: `redacted text "${clip(hit.needle)}" found in ${hit.where}.` })),
    ...parts.flatMap((p) => p.after),
  ];
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** The characters of a pdf.js text run that fall under a box by the redaction rule, if any. */
function charsUnderBoxes(item: TextItem, viewport: Matrix, boxes: Rect[], ascent: number, descent: number, monospace: boolean): { text: string; box: Rect } | undefined {
  const m = multiply(item.transform as Matrix, viewport);
  const scaleX = Math.hypot(m[0], m[1]);
  const fontH = Math.hypot(m[2], m[3]) || item.height || 1;
  if (scaleX === 0) return undefined;
  const ux = m[0] / scaleX, uy = m[1] / scaleX;
  // Text space's "up" (0, 1) in display space; display y grows downwards, the matrix knows.
  const upX = m[2] / fontH, upY = m[3] / fontH;
  const chars = [...item.str];
  // In a monospaced font (OCR layers use one) every character is equally wide.
  const weights = chars.map((ch) => (monospace ? 1 : charWeight(ch)));
  const total = weights.reduce((s, w) => s + w, 0) || 1;
  const len = item.width;
  const itemBox = runBox(m[4], m[5], ux, uy, upX, upY, 0, len, fontH * ascent, fontH * descent);
  if (!boxes.some((b) => intersects(itemBox, b))) return undefined;
  let pos = 0;
  let text = '';
  let hitBox: Rect | undefined;
  for (let k = 0; k < chars.length; k++) {
    const adv = (weights[k] / total) * len;
    if (!/\s/.test(chars[k])) {
      const r = runBox(m[4], m[5], ux, uy, upX, upY, pos, pos + adv, fontH * ascent, fontH * descent);
      const b = boxes.find((bx) => covers(bx, r));
      if (b) {
        text += chars[k];
        hitBox ??= b;
      }
    }
    pos += adv;
  }
  return hitBox ? { text, box: hitBox } : undefined;
}

function runBox(ox: number, oy: number, ux: number, uy: number, upX: number, upY: number, a0: number, a1: number, asc: number, desc: number): Rect {
  const pts: [number, number][] = [];
  for (const a of [a0, a1]) {
    for (const h of [desc, asc]) pts.push([ox + ux * a + upX * h, oy + uy * a + upY * h]);
  }
  const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Metadata and structures that can carry text outside the pages. */
function structureFindings(doc: PDFDocument, needles: string[]): Finding[] {
  const out: Finding[] = [];
  const ctx = doc.context;
  const catalog = ctx.lookup(ctx.trailerInfo.Root);
  const info = ctx.trailerInfo.Info ? ctx.lookup(ctx.trailerInfo.Info) : undefined;
  if (info instanceof PDFDict) {
    for (const [k, v] of info.entries()) {
      const s = ctx.lookup(v);
      if ((s instanceof PDFString || s instanceof PDFHexString)) {
        const hit = findWholeNeedleInBytes(s.asBytes(), needles);
        if (hit) out.push({ kind: 'metadata', text: hit, where: `the document information /${k.decodeText()}`, severity: 'leak', message: `the document information /${k.decodeText()} contains redacted text "${clip(hit)}".` });
      }
    }
  }
  if (!(catalog instanceof PDFDict)) return out;
  if (catalog.has(PDFName.of('Metadata'))) out.push({ kind: 'metadata', severity: 'warning', message: 'the file still has XMP metadata (searched, but better removed).' });
  const names = catalog.lookup(PDFName.of('Names'));
  if (names instanceof PDFDict && names.has(PDFName.of('EmbeddedFiles'))) out.push({ kind: 'attachment', severity: 'warning', message: 'the file has embedded files; compressed attachments (zip, docx) cannot be searched.' });
  if ((names instanceof PDFDict && names.has(PDFName.of('JavaScript'))) || catalog.has(PDFName.of('OpenAction')) || catalog.has(PDFName.of('AA'))) {
    out.push({ kind: 'javascript', severity: 'warning', message: 'the file has document actions or JavaScript.' });
  }
  if (catalog.has(PDFName.of('AcroForm'))) out.push({ kind: 'form', severity: 'warning', message: 'the file still has form fields.' });
  if (catalog.has(PDFName.of('StructTreeRoot'))) out.push({ kind: 'structure', severity: 'warning', message: 'the file still has a structure tree (alternate texts may survive).' });
  let attachmentAnnots = 0;
  for (const page of doc.getPages()) {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) continue;
    for (let i = 0; i < annots.size(); i++) {
      const a = annots.lookup(i);
      if (a instanceof PDFDict && a.lookup(PDFName.of('Subtype')) === PDFName.of('FileAttachment')) attachmentAnnots++;
    }
  }
  if (attachmentAnnots) out.push({ kind: 'attachment', severity: 'warning', message: `the file has ${attachmentAnnots} file attachment annotation(s).` });
  void PDFRef;
  return out;
}
