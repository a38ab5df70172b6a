/**
 * Inventory metadata guessed from a PDF: title (e-mail subject, "Betreft", /Title, first line),
 * document date and file type. The officer can correct every field; these are first drafts.
 */
import type { Rect } from '../pdf/types';
import type { FileType } from './types';

/** A piece of page text with its box (a word or a run), in display coordinates. */
export interface PositionedText {
  text: string;
  rect: Rect;
  /** Writing direction as poppler counts it (0 left→right, 1 top→bottom, 2 upside down, 3 bottom→top). */
  rot?: number;
}

/** The box in the text's own reading frame: "along" the line as x, "across" lines as y (down). */
function readingFrame(r: Rect, rot: number): Rect {
  switch (rot) {
    case 1: return [r[1], -r[2], r[3], -r[0]];
    case 2: return [-r[2], -r[3], -r[0], -r[1]];
    case 3: return [-r[3], r[0], -r[1], r[2]];
    default: return r;
  }
}

/**
 * Groups positioned text into lines in reading order: pieces whose extents across the line
 * overlap by more than half the smaller height share a line, and a wide gap along the line
 * (over four line heights) starts a separate piece, so that a memo's side column does not run
 * into its heading. Pages whose text runs sideways (rot 1/3) are read in their own direction.
 * This matters because some producers print an e-mail header as a table (labels in one
 * column, values in the next), which a stream-order extraction separates from its values.
 *
 * @example
 *   groupIntoLines([{ text: 'Onderwerp:', rect: [72, 100, 130, 110] }, { text: 'Overleg', rect: [150, 100, 190, 110] }]);
 *   // ['Onderwerp: Overleg']
 */
export function groupIntoLines(items: readonly PositionedText[]): string[] {
  const rots = new Map<number, number>();
  for (const i of items) rots.set(i.rot ?? 0, (rots.get(i.rot ?? 0) ?? 0) + 1);
  const rot = [...rots.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const pieces = items
    .filter((i) => i.text.trim() !== '' && (i.rot ?? 0) === rot)
    .map((i) => ({ text: i.text, rect: readingFrame(i.rect, rot) }))
    .sort((a, b) => a.rect[1] - b.rect[1] || a.rect[0] - b.rect[0]);
  const lines: { top: number; bottom: number; parts: PositionedText[] }[] = [];
  for (const p of pieces) {
    const h = Math.max(0.1, p.rect[3] - p.rect[1]);
    const line = lines.find((l) => {
      const overlap = Math.min(l.bottom, p.rect[3]) - Math.max(l.top, p.rect[1]);
      return overlap > 0.5 * Math.min(h, l.bottom - l.top || h);
    });
    if (line) {
      line.parts.push(p);
      line.top = Math.min(line.top, p.rect[1]);
      line.bottom = Math.max(line.bottom, p.rect[3]);
    } else lines.push({ top: p.rect[1], bottom: p.rect[3], parts: [p] });
  }
  lines.sort((a, b) => a.top - b.top);
  const out: string[] = [];
  for (const l of lines) {
    const parts = l.parts.sort((a, b) => a.rect[0] - b.rect[0]);
    const h = l.bottom - l.top;
    let seg: string[] = [];
    let end = -Infinity;
    for (const p of parts) {
      if (seg.length && p.rect[0] - end > 4 * h) {
        out.push(seg.join(' '));
        seg = [];
      }
      seg.push(p.text.trim());
      end = Math.max(end, p.rect[2]);
    }
    if (seg.length) out.push(seg.join(' '));
  }
  return out.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== '');
}

/** /Title values that producers write by default and that say nothing about the document. */
const GENERIC_TITLE = /^(untitled|naamloos|document\d*|enscript output|microsoft (word|powerpoint|excel)\b.*|.*\.(html?|docx?|odt|rtf|txt|xlsx?|pptx?|msg|eml|pdf)|x|title|titel|print|afdrukken)$/i;

/** A memo's or instruction's own heading ("Beslisnota: …", "Werkinstructie 2014/3"). */
const DOC_HEADING = /^(beslisnota|nota|notitie|memo|werkinstructie|instructie|verslag|rapport|advies|brief|besluit|handreiking|protocol)\b\s*:?\s*\S/i;
const SUBJECT = /^(onderwerp|subject|betreft|re|inzake)\s*:?\s+(.+)$/i;
const EMAIL_LABEL = /^(van|from|aan|to|cc|bcc|verzonden|sent|datum|date|onderwerp|subject|bijlagen|attachments)\s*:/i;
const REPLY_PREFIX = /^((re|fw|fwd|antw|antwoord|doorst|tr|wg)\s*:\s*)+/i;

/** Metadata guessed from a document's first page(s). */
export interface GuessedMetadata {
  title: string;
  date: string;
  fileType: FileType;
  /** The subject without Re:/Fw: prefixes, to link e-mails of one conversation; '' when none. */
  threadKey: string;
}

/**
 * Guesses title, date and type of a document from the lines of its first page (reading order)
 * and the PDF's /Title. E-mails are titled by their subject, letters and memos by their
 * "Betreft" line or heading; producer defaults such as "x.html" or "Enscript Output" are ignored.
 *
 * @example
 *   guessMetadata(['Van: A <a@x.nl>', 'Verzonden: 15 maart 2023 8:43', 'Onderwerp: RE: Overleg'], 'Enscript Output', 'scan.pdf');
 *   // { title: 'RE: Overleg', date: '2023-03-15', fileType: 'email', threadKey: 'overleg' }
 */
export function guessMetadata(lines: readonly string[], infoTitle: string | undefined, fileName: string): GuessedMetadata {
  const clean = lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
  const head = clean.slice(0, 40);
  const labels = head.filter((l) => EMAIL_LABEL.test(l)).map((l) => l.split(':')[0].trim().toLowerCase());
  const isEmail =
    labels.some((l) => l === 'van' || l === 'from') &&
    labels.some((l) => ['aan', 'to', 'onderwerp', 'subject', 'verzonden', 'sent'].includes(l));

  let subject = '';
  for (const l of head) {
    const m = SUBJECT.exec(l);
    if (m && !/^(re|inzake)$/i.test(m[1]) && m[2].trim().length > 1) {
      subject = m[2].trim();
      break;
    }
  }
  const info = (infoTitle ?? '').trim();
  // A one-word /Title without spaces is nearly always a file or template name, not a title.
  const infoUseful = info.length > 2 && /\s/.test(info) && !GENERIC_TITLE.test(info);
  let title = '';
  if (isEmail && subject) title = subject;
  else if (info && infoUseful) title = info;
  else if (subject) title = subject;
  else if (head.some((l) => DOC_HEADING.test(l))) title = head.find((l) => DOC_HEADING.test(l))!;
  else {
    const first = head.find((l) => !EMAIL_LABEL.test(l) && !/^(aan|postbus|datum|kenmerk|pagina)\b/i.test(l) && /\p{L}{3}/u.test(l));
    title = first ?? '';
  }
  if (!title) title = fileName.replace(/\.[^.]+$/, '');
  title = title.length > 150 ? `${title.slice(0, 147).trimEnd()}…` : title;

  let date = '';
  for (const l of head) {
    if (/^(verzonden|sent|datum|date)\b\s*:?/i.test(l)) {
      date = parseDutchDate(l);
      if (date) break;
    }
  }
  if (!date) {
    for (const l of head) {
      date = parseDutchDate(l);
      if (date) break;
    }
  }
  return {
    title,
    date,
    fileType: isEmail ? 'email' : 'pdf',
    threadKey: isEmail && subject ? subject.replace(REPLY_PREFIX, '').trim().toLowerCase() : '',
  };
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1, februari: 2, feb: 2, february: 2, maart: 3, mrt: 3, march: 3, mar: 3,
  april: 4, apr: 4, mei: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, augustus: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/**
 * Finds the first date in a line of Dutch (or English) text and returns it as YYYY-MM-DD, or ''.
 * Reads "15 maart 2023", "dinsdag 2 juli 2020 10:12", "2-7-2020", "02/07/2020" (day first, as
 * Dutch writes it) and "2020-07-02".
 *
 * @example
 *   parseDutchDate('Verzonden: woensdag 15 maart 2023 8:43'); // '2023-03-15'
 */
export function parseDutchDate(line: string): string {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(line);
  if (iso) return fmt(+iso[1], +iso[2], +iso[3]);
  const named = /\b(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})\b/i.exec(line);
  if (named && MONTHS[named[2].toLowerCase()]) return fmt(+named[3], MONTHS[named[2].toLowerCase()], +named[1]);
  const english = /\b([a-z]+)\s+(\d{1,2}),\s+(\d{4})\b/i.exec(line);
  if (english && MONTHS[english[1].toLowerCase()]) return fmt(+english[3], MONTHS[english[1].toLowerCase()], +english[2]);
  const numeric = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/.exec(line);
  if (numeric) return fmt(+numeric[3], +numeric[2], +numeric[1]);
  return '';
}

function fmt(y: number, m: number, d: number): string {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return '';
  const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCDate() === d ? s : '';
}

/**
 * Turns a PDF date ("D:20230315084300+01'00'") into YYYY-MM-DD, or '' when it is not one.
 *
 * @example
 *   pdfDateToIso("D:20230315084300+01'00'"); // '2023-03-15'
 */
export function pdfDateToIso(s: string | undefined): string {
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec((s ?? '').trim());
  if (!m) return '';
  return fmt(+m[1], m[2] ? +m[2] : 1, m[3] ? +m[3] : 1);
}
