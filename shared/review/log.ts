/**
 * The redaction log for the reviewer and for objection procedures (issue #15): every
 * redaction with the motivation of each of its grounds, who decided it and what the reviewer
 * said. Unlike the bundle's published log (shared/export/redactionLog.ts), this one QUOTES the
 * redacted text: it is internal, for the reviewer and (in objection and appeal) for the
 * committee or the court, and never part of what is published.
 */
import { compareNumbers } from '../export/inventory';
import { groundInfo, sortGrounds, type GroundsCatalogue } from '../export/grounds';
import type { ReportBlock } from '../export/pdfReport';
import type { AuditEntry, Dossier, Redaction } from '../dossier/types';
import { reviewStateOf, type RedactionReviewState } from './status';

/** One redaction under one of its grounds (a redaction with two grounds gives two rows). */
export interface ReviewLogRow {
  redactionId: string;
  document: string;
  documentTitle: string;
  /** 1-based page; 0 for a whole-document refusal. */
  page: number;
  /** The text under the box (internal), "(hele pagina)" or "(heel document)". */
  text: string;
  category: string;
  ground: string;
  groundTitle: string;
  article: string;
  motivation: string;
  /** Every ground of the redaction, for rows read on their own. */
  allGrounds: string[];
  reason: string;
  decidedBy: string;
  decidedAt: string;
  review: RedactionReviewState | 'not applicable';
  reviewedBy: string;
  reviewedAt: string;
  /** The officer's grounds when the reviewer changed them. */
  groundsBefore: string[];
  /** The conversation, oldest first: "J. Jurist (jurist, 2024-03-04): …". */
  comments: string[];
}

const ROLE_NL = { officer: 'behandelaar', reviewer: 'jurist' } as const;

function commentLines(r: Redaction): string[] {
  return (r.comments ?? []).map((c) => `${c.by} (${ROLE_NL[c.role]}, ${c.at.slice(0, 10)}): ${c.text}`);
}

/**
 * The rows of the log: the accepted redactions and the whole-document refusals, in document
 * order, then page and reading order, then catalogue order of the grounds.
 *
 * @example
 *   reviewLogRows(dossier, catalogueFor('wob'))[0];
 *   // { document: '0001', page: 1, text: 'J. de Vries', ground: '10.2.e', motivation: 'De documenten bevatten …', … }
 */
export function reviewLogRows(d: Dossier, catalogue?: GroundsCatalogue): ReviewLogRow[] {
  const docs = new Map(d.documents.map((x) => [x.id, x]));
  const info = (code: string) => groundInfo(code, catalogue);
  const rows: (ReviewLogRow & { top: number; left: number })[] = [];
  for (const r of d.redactions) {
    if (r.status !== 'accepted') continue;
    const doc = docs.get(r.documentId);
    if (!doc) continue;
    const grounds = sortGrounds(r.grounds, catalogue);
    for (const g of grounds) {
      rows.push({
        redactionId: r.id,
        document: doc.number,
        documentTitle: doc.title,
        page: r.page,
        text: r.wholePage ? '(hele pagina)' : r.text.replace(/\s+/g, ' ').trim(),
        category: r.category,
        ground: g,
        groundTitle: info(g)?.title ?? '',
        article: info(g)?.article ?? '',
        motivation: info(g)?.motivation.trim() ?? '',
        allGrounds: grounds,
        reason: r.reason ?? '',
        decidedBy: r.decidedBy ?? '',
        decidedAt: r.decidedAt ?? '',
        review: reviewStateOf(r),
        reviewedBy: r.review?.by ?? '',
        reviewedAt: r.review?.at ?? '',
        groundsBefore: r.review?.groundsBefore ?? [],
        comments: commentLines(r),
        top: r.rects[0]?.[1] ?? 0,
        left: r.rects[0]?.[0] ?? 0,
      });
    }
  }
  for (const doc of d.documents) {
    const grounds = sortGrounds(doc.wholeDocumentGrounds, catalogue);
    for (const g of grounds) {
      rows.push({
        redactionId: '', document: doc.number, documentTitle: doc.title, page: 0, text: '(heel document)', category: 'document',
        ground: g, groundTitle: info(g)?.title ?? '', article: info(g)?.article ?? '', motivation: info(g)?.motivation.trim() ?? '',
        allGrounds: grounds, reason: doc.remarks, decidedBy: '', decidedAt: '', review: 'not applicable',
        reviewedBy: doc.review?.by ?? '', reviewedAt: doc.review?.at ?? '', groundsBefore: [], comments: doc.review?.comment ? [doc.review.comment] : [],
        top: -1, left: 0,
      });
    }
  }
  const rank = new Map((catalogue?.grounds ?? []).map((g, i) => [g.code, i]));
  return rows
    .sort((a, b) => compareNumbers(a.document, b.document) || a.page - b.page || a.top - b.top || a.left - b.left
      || a.redactionId.localeCompare(b.redactionId) || (rank.get(a.ground) ?? 999) - (rank.get(b.ground) ?? 999))
    .map(({ top: _t, left: _l, ...row }) => row);
}

const REVIEW_NL: Record<ReviewLogRow['review'], string> = {
  unreviewed: 'niet gecontroleerd', approved: 'goedgekeurd', 'sent-back': 'teruggestuurd', resubmitted: 'opnieuw voorgelegd', 'not applicable': '',
};

/**
 * The log as a table (header row first) for CSV: one row per redaction and ground, with the
 * ground's title and standard motivation.
 *
 * @example
 *   toCsv(reviewLogTable(reviewLogRows(dossier, catalogue)));
 */
export function reviewLogTable(rows: readonly ReviewLogRow[]): (string | number)[][] {
  return [
    ['Document', 'Titel document', 'Pagina', 'Lakking', 'Gelakte tekst (intern)', 'Categorie', 'Grond', 'Omschrijving grond', 'Artikel',
      'Motivering (standaard)', 'Alle gronden', 'Reden', 'Besloten door', 'Besloten op', 'Controle', 'Gecontroleerd door', 'Gecontroleerd op',
      'Grond vóór wijziging jurist', 'Opmerkingen'],
    ...rows.map((r) => [
      r.document, r.documentTitle, r.page || '', r.redactionId, r.text, r.category, r.ground, r.groundTitle, r.article, r.motivation,
      r.allGrounds.join('; '), r.reason, r.decidedBy, r.decidedAt, REVIEW_NL[r.review], r.reviewedBy, r.reviewedAt,
      r.groundsBefore.join('; '), r.comments.join('\n'),
    ]),
  ];
}

/**
 * The log as report blocks (for textReportPdf), grouped per ground: its title, article and
 * standard motivation, then every place it was applied with the text, who decided and the
 * reviewer's verdict.
 *
 * @example
 *   await textReportPdf('Lakverantwoording (intern)', reviewLogBlocks(dossier, rows, catalogue), fonts, at);
 */
export function reviewLogBlocks(d: Dossier, rows: readonly ReviewLogRow[], catalogue?: GroundsCatalogue): ReportBlock[] {
  const blocks: ReportBlock[] = [{
    kind: 'paragraph',
    text: `${d.title}${d.caseNumber ? ` (zaaknummer ${d.caseNumber})` : ''}. Intern document: het noemt de gelakte tekst. Niet publiceren; bedoeld voor de juridische controle en voor bezwaar en beroep.`,
  }];
  const codes = sortGrounds(rows.map((r) => r.ground), catalogue);
  if (codes.length === 0) blocks.push({ kind: 'paragraph', text: 'In dit dossier is niets gelakt.' });
  for (const code of codes) {
    const mine = rows.filter((r) => r.ground === code);
    const first = mine[0];
    blocks.push({ kind: 'heading', text: `${code}${first.groundTitle ? ` ${first.groundTitle}` : ''}` });
    if (first.article) blocks.push({ kind: 'subheading', text: first.article });
    for (const para of (first.motivation || 'Voor deze grond staat geen standaardmotivering in de catalogus.').split(/\n\s*\n/)) {
      blocks.push({ kind: 'paragraph', text: para.replace(/\s*\n\s*/g, ' ') });
    }
    blocks.push({ kind: 'subheading', text: `Toegepast (${mine.length}×)` });
    for (const r of mine) {
      const where = r.page ? `${r.document} p. ${r.page}` : `${r.document} (heel document)`;
      const decided = r.decidedBy ? `; besloten door ${r.decidedBy} op ${r.decidedAt.slice(0, 10)}` : '';
      const review = r.review === 'not applicable' ? '' : `; ${REVIEW_NL[r.review]}${r.reviewedBy ? ` door ${r.reviewedBy} op ${r.reviewedAt.slice(0, 10)}` : ''}`;
      const before = r.groundsBefore.length ? `; grond gewijzigd door de jurist (was ${r.groundsBefore.join(', ')})` : '';
      const others = r.allGrounds.length > 1 ? ` [samen met ${r.allGrounds.filter((g) => g !== code).join(', ')}]` : '';
      const text = r.page && r.text !== '(hele pagina)' ? `“${r.text}”` : r.text;
      blocks.push({ kind: 'bullet', text: `${where}: ${text}${others} (${r.category})${decided}${review}${before}.${r.reason ? ` Reden: ${r.reason}` : ''}` });
      for (const c of r.comments) blocks.push({ kind: 'bullet', text: `    ${c}` });
    }
  }
  return blocks;
}

/**
 * The audit log as a table for the export: every entry with its hash and the one before it,
 * so the chain can be checked by hand or with any SHA-256 tool (shared/dossier/audit.ts).
 *
 * @example
 *   toCsv(auditTable(sealedDossier));
 */
export function auditTable(d: Dossier): (string | number)[][] {
  const numbers = new Map(d.documents.map((x) => [x.id, x.number]));
  return [
    ['Nr.', 'Tijd', 'Wie', 'Rol', 'Actie', 'Document', 'Lakkingen', 'Toelichting', 'Opmerking', 'Vorige hash', 'Hash'],
    ...d.audit.map((e: AuditEntry, i) => [
      i + 1, e.at, e.by, e.role ? ROLE_NL[e.role] : '', e.action, e.documentId ? numbers.get(e.documentId) ?? e.documentId : '',
      (e.redactionIds ?? []).join(' '), e.detail ?? '', e.comment ?? '', e.prev ?? '', e.hash ?? '',
    ]),
  ];
}
