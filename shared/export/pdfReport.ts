/**
 * PDFs made for publication: the inventory list as a paginated table (landscape A4) and plain
 * text reports such as the draft "Overwegingen" (portrait A4). Everything is real text in an
 * embedded DejaVu Sans (passed in as bytes: shared/ reads no files), so the lists are
 * searchable, copyable and readable by screen readers; the document has a title and language.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import fontkit from '@cantoo/fontkit';
import type { Dossier } from '../dossier/types';
import { beoordelingLabel, GROUNDS_SEPARATOR, type InventoryRow } from './inventory';

/** The TrueType fonts for reports (assets/fonts/DejaVuSans.ttf and DejaVuSans-Bold.ttf). */
export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

const A4_LONG = 841.89;
const A4_SHORT = 595.28;
const MARGIN = 36;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

async function newDoc(fonts: ReportFonts, title: string, at: Date): Promise<{ doc: PDFDocument; f: Fonts }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  // Subsetting keeps a 40-page list small; the subset still carries a ToUnicode map.
  const regular = await doc.embedFont(fonts.regular, { subset: true });
  const bold = await doc.embedFont(fonts.bold, { subset: true });
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setLanguage('nl-NL');
  doc.setCreator('Lakstift');
  doc.setProducer('Lakstift');
  doc.setCreationDate(at);
  doc.setModificationDate(at);
  return { doc, f: { regular, bold } };
}

const advanceCache = new WeakMap<PDFFont, Map<string, number>>();

/**
 * Width of a text at a size, summed from per-character advances measured once per font.
 * fontkit's full layout per call made wrapping a 1,000-row list take seconds; kerning, which
 * this ignores, moves a line end by a fraction of a point and the wrap keeps a margin anyway.
 */
function textWidth(font: PDFFont, text: string, size: number): number {
  let cache = advanceCache.get(font);
  if (!cache) advanceCache.set(font, (cache = new Map()));
  let w = 0;
  for (const ch of text) {
    let a = cache.get(ch);
    if (a === undefined) {
      a = font.widthOfTextAtSize(ch, 1000);
      cache.set(ch, a);
    }
    w += a;
  }
  return (w * size) / 1000;
}

/**
 * Breaks text into lines no wider than `width` at the given size: at spaces, and inside a
 * word only when the word alone is too wide (long URLs, e-mail subjects without spaces).
 *
 * @example
 *   wrapText('Reactie op Kamervragen intrekkingen', font, 9, 80); // ['Reactie op', 'Kamervragen', 'intrekkingen']
 */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  // Half a point of slack for the kerning that textWidth leaves out.
  const limit = width - 0.5;
  for (const para of text.split(/\r?\n/)) {
    const words = para.split(/\s+/).filter((w) => w !== '');
    let line = '';
    for (let word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(font, candidate, size) <= limit) {
        line = candidate;
        continue;
      }
      if (line) out.push(line);
      line = '';
      while (textWidth(font, word, size) > limit && word.length > 1) {
        let n = word.length - 1;
        while (n > 1 && textWidth(font, word.slice(0, n), size) > limit) n--;
        out.push(word.slice(0, n));
        word = word.slice(n);
      }
      line = word;
    }
    out.push(line);
  }
  return out.length ? out : [''];
}

/** Characters the font cannot draw are replaced, so one odd glyph in a title cannot fail the export. */
const charsetCache = new WeakMap<PDFFont, Set<number>>();

function drawable(font: PDFFont, s: string): string {
  let supported = charsetCache.get(font);
  if (!supported) charsetCache.set(font, (supported = new Set(font.getCharacterSet())));
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    out += supported.has(cp) || ch === ' ' ? ch : cp < 32 ? ' ' : '?';
  }
  return out;
}

interface Column {
  header: string;
  /** Share of the table width. */
  share: number;
  value(r: InventoryRow): string;
}

const COLUMNS: Column[] = [
  { header: 'Nr.', share: 0.07, value: (r) => r.number },
  { header: 'Document', share: 0.31, value: (r) => r.title },
  { header: 'Datum', share: 0.09, value: (r) => r.date },
  { header: 'Type', share: 0.07, value: (r) => r.fileType },
  { header: 'Beoordeling', share: 0.11, value: (r) => beoordelingLabel(r.beoordeling) + (r.suspended ? ' (opgeschort)' : '') },
  { header: 'Beoordelingsgrond', share: 0.13, value: (r) => r.grounds.join(`${GROUNDS_SEPARATOR} `) },
  { header: 'Toelichting', share: 0.22, value: (r) => [r.remarks, r.publicLink].filter((x) => x).join('\n') },
];

/**
 * The inventory list as a PDF for publication: landscape A4, a title block, a table with one
 * row per document whose header row repeats on every page, and "pagina X van Y" at the foot.
 *
 * @example
 *   const bytes = await inventoryPdf(dossier, deriveInventory(dossier), { regular, bold }, new Date());
 */
export async function inventoryPdf(d: Dossier, rows: readonly InventoryRow[], fonts: ReportFonts, at: Date): Promise<Uint8Array> {
  const title = `Inventarislijst ${d.title}`.trim();
  const { doc, f } = await newDoc(fonts, title, at);
  const size = 8.5;
  const lead = size * 1.3;
  const pad = 3;
  const tableW = A4_LONG - 2 * MARGIN;
  const widths = COLUMNS.map((c) => c.share * tableW);
  const footerY = MARGIN - 14;

  const cellLines = (font: PDFFont, values: string[]) =>
    values.map((v, i) => wrapText(drawable(font, v), font, size, widths[i] - 2 * pad));
  const headerLines = cellLines(f.bold, COLUMNS.map((c) => c.header));
  const headerH = Math.max(...headerLines.map((l) => l.length)) * lead + 2 * pad;

  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;
  const startPage = (first: boolean) => {
    page = doc.addPage([A4_LONG, A4_SHORT]);
    pages.push(page);
    y = A4_SHORT - MARGIN;
    if (first) {
      page.drawText(drawable(f.bold, title), { x: MARGIN, y: y - 16, size: 16, font: f.bold });
      y -= 24;
      const sub = [
        d.caseNumber ? `Zaaknummer ${d.caseNumber}` : '',
        d.law === 'woo' ? 'Wet open overheid (Woo)' : 'Wet openbaarheid van bestuur (Wob)',
        `${rows.length} document${rows.length === 1 ? '' : 'en'}`,
        `opgesteld ${at.toISOString().slice(0, 10)}`,
      ].filter((x) => x).join(' · ');
      page.drawText(drawable(f.regular, sub), { x: MARGIN, y: y - 10, size: 9.5, font: f.regular, color: rgb(0.25, 0.25, 0.25) });
      y -= 22;
    }
    drawRow(headerLines, headerH, f.bold, true);
  };
  const drawRow = (lines: string[][], h: number, font: PDFFont, header: boolean) => {
    if (header) page.drawRectangle({ x: MARGIN, y: y - h, width: tableW, height: h, color: rgb(0.85, 0.87, 0.9) });
    let x = MARGIN;
    lines.forEach((cell, i) => {
      cell.forEach((text, j) => {
        if (text) page.drawText(text, { x: x + pad, y: y - pad - size - j * lead + 1.5, size, font });
      });
      x += widths[i];
    });
    page.drawLine({ start: { x: MARGIN, y: y - h }, end: { x: MARGIN + tableW, y: y - h }, thickness: 0.4, color: rgb(0.6, 0.6, 0.6) });
    y -= h;
  };

  startPage(true);
  if (rows.length === 0) {
    page.drawText('Dit dossier bevat geen documenten.', { x: MARGIN, y: y - 16, size: 10, font: f.regular });
  }
  for (const r of rows) {
    const lines = cellLines(f.regular, COLUMNS.map((c) => c.value(r)));
    const maxLines = Math.floor((A4_SHORT - 2 * MARGIN - headerH - 4) / lead);
    // A cell longer than a whole page is cut (with an ellipsis) rather than split over pages.
    for (const cell of lines) {
      if (cell.length > maxLines) {
        cell.length = maxLines;
        cell[maxLines - 1] = `${cell[maxLines - 1].slice(0, -1)}…`;
      }
    }
    const h = Math.max(...lines.map((l) => l.length)) * lead + 2 * pad;
    if (y - h < MARGIN) startPage(false);
    drawRow(lines, h, f.regular, false);
  }
  pages.forEach((p, i) => {
    const foot = `${title} · pagina ${i + 1} van ${pages.length}`;
    const text = drawable(f.regular, foot);
    const w = textWidth(f.regular, text, 8);
    p.drawText(text, { x: A4_LONG - MARGIN - w, y: footerY, size: 8, font: f.regular, color: rgb(0.3, 0.3, 0.3) });
  });
  return doc.save({ useObjectStreams: false });
}

/** A block of a text report. */
export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullet'; text: string };

/**
 * A plain text report as a PDF (portrait A4): a title, headings, paragraphs and bullets,
 * wrapped and paginated, "pagina X van Y" at the foot.
 *
 * @example
 *   await textReportPdf('Overwegingen (concept)', [{ kind: 'heading', text: '10.2.e' }, { kind: 'paragraph', text: '…' }], fonts, new Date());
 */
export async function textReportPdf(title: string, blocks: readonly ReportBlock[], fonts: ReportFonts, at: Date): Promise<Uint8Array> {
  const { doc, f } = await newDoc(fonts, title, at);
  const width = A4_SHORT - 2 * 56;
  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;
  const newPage = () => {
    page = doc.addPage([A4_SHORT, A4_LONG]);
    pages.push(page);
    y = A4_LONG - 56;
  };
  const put = (text: string, font: PDFFont, size: number, indent: number, before: number, prefix = '') => {
    const lines = wrapText(drawable(font, text), font, size, width - indent);
    const lead = size * 1.35;
    y -= before;
    lines.forEach((l, i) => {
      if (y - lead < 56) newPage();
      y -= lead;
      if (i === 0 && prefix) page.drawText(prefix, { x: 56 + indent - 10, y, size, font });
      if (l) page.drawText(l, { x: 56 + indent, y, size, font });
    });
  };
  newPage();
  put(title, f.bold, 16, 0, 0);
  for (const b of blocks) {
    if (b.kind === 'heading') {
      if (y < 140) newPage();
      put(b.text, f.bold, 12.5, 0, 14);
    } else if (b.kind === 'subheading') put(b.text, f.bold, 10.5, 0, 8);
    else if (b.kind === 'paragraph') put(b.text, f.regular, 10.5, 0, 6);
    else put(b.text, f.regular, 10.5, 14, 2, '•');
  }
  pages.forEach((p, i) => {
    const foot = `${title} · pagina ${i + 1} van ${pages.length}`;
    const text = drawable(f.regular, foot);
    p.drawText(text, { x: A4_SHORT - 56 - textWidth(f.regular, text, 8), y: 30, size: 8, font: f.regular, color: rgb(0.3, 0.3, 0.3) });
  });
  return doc.save({ useObjectStreams: false });
}
