/**
 * The export for the reviewer and for objection procedures (issue #15): a review copy of each
 * document with every redaction as a standard /Redact annotation over the text that stays
 * under it, the redaction log with the motivation per ground (CSV and PDF), and the audit log
 * with its hash chain. INTERNAL: it holds everything that was redacted, so it is written
 * apart from the decision bundle and says so in every file.
 */
import { LakstiftError } from '../errors';
import { sha256Hex, type Sha256 } from '../hash';
import { sealAudit } from '../dossier/audit';
import type { Dossier, DossierDocument, Redaction } from '../dossier/types';
import { documentFileName } from '../export/bundle';
import { toCsv } from '../export/csv';
import { groundInfo, type GroundsCatalogue } from '../export/grounds';
import { textReportPdf, type ReportFonts } from '../export/pdfReport';
import { auditTable, reviewLogBlocks, reviewLogRows, reviewLogTable } from './log';
import { writeReviewCopy, type MarkToWrite } from './redactAnnotations';
import { reviewStateOf } from './status';

export interface ReviewExportOptions {
  dossier: Dossier;
  /** The original bytes of a document (checked against the dossier's SHA-256). */
  original(doc: DossierDocument): Promise<Uint8Array>;
  /** Password of an encrypted original. */
  password?(doc: DossierDocument): string | undefined;
  loadPredefinedCMap?: (name: string) => Uint8Array | null;
  fonts: ReportFonts;
  catalogue?: GroundsCatalogue;
  at: Date;
  sha256?: Sha256;
  /** Receives every file by its path in the export folder. */
  sink(name: string, bytes: Uint8Array): Promise<void>;
  onProgress?(done: number, total: number, document?: string): void;
}

const REVIEW_NL = { unreviewed: 'nog niet gecontroleerd', approved: 'goedgekeurd', 'sent-back': 'teruggestuurd', resubmitted: 'opnieuw voorgelegd' } as const;

/** The comment of a mark: the codes with their titles, the reason, who decided and the reviewer's verdict. */
export function markContents(r: Redaction, catalogue?: GroundsCatalogue): string {
  const grounds = r.grounds.map((g) => {
    const t = groundInfo(g, catalogue)?.title;
    return t ? `${g} ${t}` : g;
  }).join('; ');
  const decided = r.decidedBy ? ` Besloten door ${r.decidedBy}${r.decidedAt ? ` op ${r.decidedAt.slice(0, 10)}` : ''}.` : '';
  const st = reviewStateOf(r);
  const review = r.review ? ` Controle: ${REVIEW_NL[st]} door ${r.review.by} op ${r.review.at.slice(0, 10)}.` : ` Controle: ${REVIEW_NL[st]}.`;
  return `${grounds}.${r.reason ? ` ${r.reason.replace(/\.$/, '')}.` : ''}${decided}${review}`;
}

/** The marks of a document's review copy: its accepted redactions, and every page of a refused document. */
export function marksFor(d: Dossier, doc: DossierDocument, catalogue?: GroundsCatalogue): MarkToWrite[] {
  const marks: MarkToWrite[] = d.redactions
    .filter((r) => r.documentId === doc.id && r.status === 'accepted')
    .map((r) => ({
      page: r.page,
      rects: r.rects,
      ...(r.wholePage ? { wholePage: true } : {}),
      grounds: r.grounds,
      name: `lakstift:${r.id}`,
      author: r.decidedBy ?? '',
      contents: markContents(r, catalogue),
      ...(r.decidedAt ? { at: r.decidedAt } : {}),
    }));
  if (doc.wholeDocumentGrounds.length > 0) {
    const contents = `${doc.wholeDocumentGrounds.join('; ')}. Heel document geweigerd.`;
    for (let p = 1; p <= doc.pageCount; p++) {
      marks.push({ page: p, rects: [], wholePage: true, grounds: doc.wholeDocumentGrounds, name: `lakstift:${doc.id}-p${p}`, author: '', contents });
    }
  }
  return marks;
}

const README = `Controle-export van Lakstift: INTERN, NIET PUBLICEREN.

Deze map bevat alles wat in het besluit gelakt is, leesbaar:
- documenten/: van elk document een controle-exemplaar. De lakkingen staan erin als
  standaard PDF-lakmarkeringen (/Redact-annotaties) over de tekst, met de grond als
  overlaytekst; Acrobat toont ze als lakmarkeringen en kan ze toepassen. De tekst eronder
  is niet verwijderd.
- lakverantwoording.csv en .pdf: elke lakking met de motivering per grond, wie besliste en
  wat de jurist ervan vond.
- controlespoor.csv: het controlespoor van het dossier, met de hashketen (SHA-256) waarmee
  lakstift audit verify het dossierbestand controleert.
`;

/**
 * Writes the review export through `sink`. Throws LakstiftError('original-changed') when an
 * original is not the file the dossier was made from; the caller discards what it received.
 *
 * @example
 *   await buildReviewExport({ dossier, original, fonts, at: new Date(), sink: (n, b) => staged.write(n, b) });
 */
export async function buildReviewExport(o: ReviewExportOptions): Promise<{ files: string[] }> {
  const sha256 = o.sha256 ?? sha256Hex;
  const d = await sealAudit(o.dossier, sha256);
  const files: string[] = [];
  const emit = async (name: string, bytes: Uint8Array) => {
    await o.sink(name, bytes);
    files.push(name);
  };
  const enc = new TextEncoder();
  const total = d.documents.length;
  for (const [i, doc] of d.documents.entries()) {
    o.onProgress?.(i, total, doc.number);
    const input = await o.original(doc);
    if ((await sha256(input)) !== doc.sha256) {
      throw new LakstiftError('original-changed', `The original of document ${doc.number} (${doc.path}) changed since it was added to the dossier (SHA-256 differs); add it again or restore the original.`);
    }
    const copy = await writeReviewCopy(input, marksFor(d, doc, o.catalogue), {
      password: o.password?.(doc), loadPredefinedCMap: o.loadPredefinedCMap, originalSha256: doc.sha256, at: o.at,
    });
    await emit(`documenten/${documentFileName(doc.number, doc.title).replace(/\.pdf$/, ' (controle).pdf')}`, copy);
  }
  o.onProgress?.(total, total);
  const rows = reviewLogRows(d, o.catalogue);
  await emit('lakverantwoording.csv', toCsv(reviewLogTable(rows)));
  await emit('lakverantwoording.pdf', await textReportPdf(`Lakverantwoording (intern) ${d.title}`.trim(), reviewLogBlocks(d, rows, o.catalogue), o.fonts, o.at));
  await emit('controlespoor.csv', toCsv(auditTable(d)));
  await emit('LEESMIJ.txt', enc.encode(README));
  return { files };
}
