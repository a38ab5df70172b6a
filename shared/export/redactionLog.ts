/**
 * The redaction log of a bundle: every applied redaction with its document, page, grounds,
 * who decided and when. It gives the LENGTH of the text under the box, never the text: the
 * log is published with the decision, and the text is exactly what was withheld.
 */
import type { Dossier, Redaction } from '../dossier/types';
import { sortGrounds, type GroundsCatalogue } from './grounds';
import { compareNumbers, GROUNDS_SEPARATOR } from './inventory';

export interface RedactionLogEntry {
  document: string;
  page: number;
  grounds: string[];
  category: string;
  /** Characters of the redacted text (whitespace runs count as one); 0 for whole pages. */
  textLength: number;
  boxes: number;
  wholePage: boolean;
  origin: Redaction['origin'];
  decidedBy: string;
  decidedAt: string;
}

/** Length of a redacted text as the log shows it. @example redactedLength(' J.  Jansen ') // 9 */
export function redactedLength(text: string): number {
  return [...text.replace(/\s+/g, ' ').trim()].length;
}

/**
 * The log entries of the accepted redactions of the given documents (by number), in document,
 * page and reading order.
 *
 * @example
 *   redactionLog(dossier, new Set(['0001', '0002']), catalogue)[0]; // { document: '0001', page: 1, textLength: 12, … }
 */
export function redactionLog(d: Dossier, numbers?: ReadonlySet<string>, catalogue?: GroundsCatalogue): RedactionLogEntry[] {
  const numberOf = new Map(d.documents.map((x) => [x.id, x.number]));
  return d.redactions
    .filter((r) => r.status === 'accepted' && (!numbers || numbers.has(numberOf.get(r.documentId) ?? '')))
    .map((r) => ({
      document: numberOf.get(r.documentId) ?? '',
      page: r.page,
      grounds: sortGrounds(r.grounds, catalogue),
      category: r.category,
      textLength: r.wholePage ? 0 : redactedLength(r.text),
      boxes: r.rects.length,
      wholePage: r.wholePage === true,
      origin: r.origin,
      decidedBy: r.decidedBy ?? '',
      decidedAt: r.decidedAt ?? '',
      top: r.rects[0]?.[1] ?? 0,
      left: r.rects[0]?.[0] ?? 0,
    }))
    .sort((a, b) => compareNumbers(a.document, b.document) || a.page - b.page || a.top - b.top || a.left - b.left)
    .map(({ top: _t, left: _l, ...e }) => e);
}

/**
 * The log as a table (header row first) for CSV.
 *
 * @example
 *   toCsv(redactionLogTable(entries));
 */
export function redactionLogTable(entries: readonly RedactionLogEntry[]): (string | number)[][] {
  return [
    ['Document', 'Pagina', 'Beoordelingsgrond', 'Categorie', 'Lengte tekst (tekens)', 'Vakken', 'Hele pagina', 'Herkomst', 'Besloten door', 'Besloten op'],
    ...entries.map((e) => [
      e.document, e.page, e.grounds.join(GROUNDS_SEPARATOR), e.category, e.textLength, e.boxes, e.wholePage ? 'ja' : '',
      e.origin === 'manual' ? 'handmatig' : 'suggestie', e.decidedBy, e.decidedAt,
    ]),
  ];
}
