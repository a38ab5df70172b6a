/**
 * The inventory list (inventarislijst): one row per document, derived from the dossier's
 * decisions unless the officer set a field (DESIGN.md "Inventory and decision bundle").
 */
import { DUBBEL } from '../dossier/groups';
import type { Dossier, DossierDocument, FileType, Redaction, RowBeoordeling } from '../dossier/types';
import { sortGrounds, type GroundsCatalogue } from './grounds';
import { platformCaseNumber } from './platform';

export interface InventoryRow {
  /** Document number ("0001"); the platform's "ID". */
  number: string;
  documentId: string;
  title: string;
  date: string;
  fileType: FileType;
  pageCount: number;
  /** "niet beoordeeld" while the document has unread pages no officer confirmed (issue #12). */
  beoordeling: RowBeoordeling;
  /** True when the officer set the beoordeling rather than Lakstift deriving it. */
  beoordelingSetByOfficer: boolean;
  /** Codes in catalogue order. */
  grounds: string[];
  /** Accepted redactions in the document. */
  redactionCount: number;
  remarks: string;
  publicLink: string;
  familyId: string;
  threadId: string;
  relatedId: string;
  suspended: boolean;
  caseNumber: string;
  matter: string;
  /** Number of the document this one is a copy of ("dubbel"), when the officer accepted that. */
  duplicateOf?: string;
}

/** The separator of codes in the grounds column, as the publication platform reads it. */
export const GROUNDS_SEPARATOR = ';';

/** Capitalised label of a beoordeling as lists print it ("Deels openbaar"). @example beoordelingLabel('deels openbaar') // 'Deels openbaar' */
export function beoordelingLabel(b: RowBeoordeling): string {
  return b.charAt(0).toUpperCase() + b.slice(1);
}

/** The accepted redactions of a document. @example acceptedRedactions(dossier, 'd1').length */
export function acceptedRedactions(d: Dossier, documentId: string): Redaction[] {
  return d.redactions.filter((r) => r.documentId === documentId && r.status === 'accepted');
}

/**
 * The beoordeling that follows from the decisions: a whole-document refusal → niet openbaar,
 * some accepted redactions → deels openbaar, none → openbaar. The officer's choice wins, except
 * that a document with unread pages no officer confirmed is "niet beoordeeld" (issue #12)
 * unless it is kept out of publication anyway (niet openbaar, reeds openbaar, buiten reikwijdte).
 *
 * @example
 *   deriveBeoordeling(doc, acceptedRedactions(dossier, doc.id)); // 'deels openbaar'
 */
export function deriveBeoordeling(doc: DossierDocument, accepted: readonly Redaction[]): RowBeoordeling {
  const kept = doc.beoordeling === 'niet openbaar' || doc.beoordeling === 'reeds openbaar' || doc.beoordeling === 'buiten reikwijdte';
  if (!kept && (doc.unreadPages ?? []).some((u) => !u.confirmedAt)) return 'niet beoordeeld';
  if (doc.beoordeling) return doc.beoordeling;
  if (doc.wholeDocumentGrounds.length > 0) return 'niet openbaar';
  return accepted.length > 0 ? 'deels openbaar' : 'openbaar';
}

/**
 * The grounds a document's decisions use: its accepted redactions' grounds and its
 * whole-document grounds, deduplicated, in catalogue order.
 *
 * @example
 *   derivedGrounds(doc, accepted, catalogue); // ['10.2.e', '10.2.g']
 */
export function derivedGrounds(doc: DossierDocument, accepted: readonly Redaction[], catalogue?: GroundsCatalogue): string[] {
  return sortGrounds([...accepted.flatMap((r) => r.grounds), ...doc.wholeDocumentGrounds], catalogue);
}

/**
 * Derives the inventory rows of a dossier, in document-number order. Documents judged
 * "buiten reikwijdte" are for the officer's own use and are left out unless asked for.
 *
 * @example
 *   const rows = deriveInventory(dossier, { catalogue });
 *   rows[0]; // { number: '0001', beoordeling: 'deels openbaar', grounds: ['10.2.e'], … }
 */
export function deriveInventory(
  d: Dossier,
  opts: { catalogue?: GroundsCatalogue; includeOutOfScope?: boolean } = {},
): InventoryRow[] {
  const byDoc = new Map<string, Redaction[]>();
  for (const r of d.redactions) {
    if (r.status !== 'accepted') continue;
    const list = byDoc.get(r.documentId) ?? [];
    list.push(r);
    byDoc.set(r.documentId, list);
  }
  const numberOf = new Map(d.documents.map((x) => [x.id, x.number]));
  const rows = d.documents.map((doc): InventoryRow => {
    const acc = byDoc.get(doc.id) ?? [];
    const original = doc.duplicateOf ? numberOf.get(doc.duplicateOf) : undefined;
    if (original !== undefined) {
      // A copy ("dubbel"): its content is judged in the original, so the platform lists it as
      // Niet openbaar on the ground "dubbel" and points at the original.
      return {
        number: doc.number,
        documentId: doc.id,
        title: doc.title,
        date: doc.date,
        fileType: doc.fileType,
        pageCount: doc.pageCount,
        beoordeling: doc.beoordeling ?? 'niet openbaar',
        beoordelingSetByOfficer: doc.beoordeling !== undefined,
        grounds: doc.listedGrounds ? sortGrounds(doc.listedGrounds, opts.catalogue) : [DUBBEL],
        redactionCount: acc.length,
        remarks: doc.remarks || `Dubbel van document ${original}`,
        publicLink: doc.publicLink,
        familyId: doc.familyId,
        threadId: doc.threadId,
        relatedId: doc.relatedId || original,
        suspended: doc.suspended,
        caseNumber: d.caseNumber,
        matter: d.matter,
        duplicateOf: original,
      };
    }
    const beoordeling = deriveBeoordeling(doc, acc);
    return {
      number: doc.number,
      documentId: doc.id,
      title: doc.title,
      date: doc.date,
      fileType: doc.fileType,
      pageCount: doc.pageCount,
      beoordeling,
      beoordelingSetByOfficer: doc.beoordeling !== undefined,
      grounds: doc.listedGrounds ? sortGrounds(doc.listedGrounds, opts.catalogue) : derivedGrounds(doc, acc, opts.catalogue),
      redactionCount: acc.length,
      remarks: doc.remarks,
      publicLink: doc.publicLink,
      familyId: doc.familyId,
      threadId: doc.threadId,
      relatedId: doc.relatedId,
      suspended: doc.suspended,
      caseNumber: d.caseNumber,
      matter: d.matter,
    };
  });
  return rows
    .filter((r) => opts.includeOutOfScope || r.beoordeling !== 'buiten reikwijdte')
    .sort((a, b) => compareNumbers(a.number, b.number));
}

/** Orders document numbers numerically where they are numbers ("2" < "10"), else by text. */
export function compareNumbers(a: string, b: string): number {
  return a.localeCompare(b, 'nl', { numeric: true, sensitivity: 'base' });
}

/**
 * One inventory model: every column with its header and whether the Woo publication platform
 * imports it. Both layouts derive from it: Lakstift's own list (every column, for people; it
 * imports on the platform too, which ignores the extra ones) and the productierapport (the
 * platform's columns in the order of its template, minvws/nl-rdo-woo-web
 * "Productierapport uitgelegd"). The headers are the platform's own or aliases it accepts
 * (shared/export/platform.ts), and "ID" comes first: a "Nr." column would be read as the
 * Document column.
 */
export const INVENTORY_MODEL: readonly { key: string; header: string; platform: boolean; value(r: InventoryRow): string | number }[] = [
  { key: 'number', header: 'ID', platform: true, value: (r) => r.number },
  { key: 'matter', header: 'Matter', platform: true, value: (r) => r.matter },
  { key: 'familyId', header: 'Family ID', platform: true, value: (r) => r.familyId },
  { key: 'threadId', header: 'Email Thread ID', platform: true, value: (r) => r.threadId },
  { key: 'title', header: 'Document', platform: true, value: (r) => r.title },
  { key: 'fileType', header: 'File type', platform: true, value: (r) => r.fileType },
  { key: 'date', header: 'Datum', platform: true, value: (r) => r.date },
  { key: 'pageCount', header: "Pagina's", platform: false, value: (r) => r.pageCount },
  { key: 'beoordeling', header: 'Beoordeling', platform: true, value: (r) => beoordelingLabel(r.beoordeling) },
  { key: 'suspended', header: 'Opgeschort', platform: true, value: (r) => (r.suspended ? 'ja' : '') },
  { key: 'grounds', header: 'Beoordelingsgrond', platform: true, value: (r) => r.grounds.join(GROUNDS_SEPARATOR) },
  { key: 'remarks', header: 'Toelichting', platform: true, value: (r) => r.remarks },
  { key: 'publicLink', header: 'Publieke link', platform: true, value: (r) => r.publicLink },
  { key: 'relatedId', header: 'Gerelateerd ID', platform: true, value: (r) => r.relatedId },
  { key: 'caseNumber', header: 'Zaaknummer', platform: true, value: (r) => platformCaseNumber(r.caseNumber) },
];

/** The columns of Lakstift's own inventory (CSV, XLSX, JSON), in order. */
export const INVENTORY_COLUMNS = INVENTORY_MODEL;

/** The productierapport's columns: the ones the platform imports. */
export const PRODUCTIERAPPORT_COLUMNS = INVENTORY_MODEL.filter((c) => c.platform);

/**
 * The inventory as a table of strings/numbers with a header row, for CSV/XLSX writers.
 *
 * @example
 *   inventoryTable(rows, 'productierapport')[0]; // ['ID', 'Matter', 'Family ID', …]
 */
export function inventoryTable(rows: readonly InventoryRow[], layout: 'lakstift' | 'productierapport' = 'lakstift'): (string | number)[][] {
  const cols = layout === 'lakstift' ? INVENTORY_COLUMNS : PRODUCTIERAPPORT_COLUMNS;
  return [cols.map((c) => c.header), ...rows.map((r) => cols.map((c) => c.value(r)))];
}

/**
 * The inventory as JSON for other tools: dossier header and one object per row.
 *
 * @example
 *   JSON.parse(inventoryJson(dossier, rows)).rows[0].grounds; // ['10.2.e']
 */
export function inventoryJson(d: Dossier, rows: readonly InventoryRow[]): string {
  return `${JSON.stringify(
    {
      dossier: { title: d.title, law: d.law, caseNumber: d.caseNumber, matter: d.matter },
      rows: rows.map((r) => ({
        number: r.number,
        title: r.title,
        date: r.date,
        fileType: r.fileType,
        pageCount: r.pageCount,
        beoordeling: beoordelingLabel(r.beoordeling),
        grounds: r.grounds,
        remarks: r.remarks,
        publicLink: r.publicLink,
        familyId: r.familyId,
        threadId: r.threadId,
        relatedId: r.relatedId,
        suspended: r.suspended,
        caseNumber: r.caseNumber,
      })),
    },
    null,
    2,
  )}\n`;
}
