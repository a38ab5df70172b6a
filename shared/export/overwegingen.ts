/**
 * The draft of the decision letter's "Overwegingen": for every ground used in the dossier, its
 * standard motivation from the catalogue and where it was applied. The officer edits the draft;
 * Lakstift only makes sure no ground in the documents is left unexplained.
 */
import type { Dossier } from '../dossier/types';
import { groundInfo, sortGrounds, type GroundsCatalogue } from './grounds';
import type { InventoryRow } from './inventory';
import type { ReportBlock } from './pdfReport';

/** How one ground was used. */
export interface GroundUsage {
  code: string;
  /** Accepted redactions citing it. */
  redactions: number;
  /** Documents where it applies, in number order, with the count of redactions there. */
  documents: { number: string; redactions: number; wholeDocument: boolean }[];
}

/**
 * Counts, per ground, how often and in which documents it was applied (accepted redactions
 * and whole-document refusals of the listed rows), in catalogue order.
 *
 * @example
 *   groundUsage(dossier, rows, catalogue)[0]; // { code: '10.2.e', redactions: 14, documents: [{ number: '0001', … }] }
 */
export function groundUsage(d: Dossier, rows: readonly InventoryRow[], catalogue?: GroundsCatalogue): GroundUsage[] {
  const byCode = new Map<string, GroundUsage>();
  const get = (code: string) => {
    let u = byCode.get(code);
    if (!u) byCode.set(code, (u = { code, redactions: 0, documents: [] }));
    return u;
  };
  for (const row of rows) {
    const doc = d.documents.find((x) => x.id === row.documentId);
    if (!doc) continue;
    const perCode = new Map<string, number>();
    for (const r of d.redactions) {
      if (r.documentId !== doc.id || r.status !== 'accepted') continue;
      for (const g of new Set(r.grounds)) perCode.set(g, (perCode.get(g) ?? 0) + 1);
    }
    // "dubbel" marks a copy judged in another document: no ground to motivate.
    const codes = new Set([...perCode.keys(), ...doc.wholeDocumentGrounds, ...row.grounds].filter((c) => c !== 'dubbel'));
    for (const code of codes) {
      const u = get(code);
      const n = perCode.get(code) ?? 0;
      u.redactions += n;
      u.documents.push({ number: row.number, redactions: n, wholeDocument: doc.wholeDocumentGrounds.includes(code) });
    }
  }
  return sortGrounds(byCode.keys(), catalogue).map((c) => byCode.get(c)!);
}

function usageSentence(u: GroundUsage): string {
  const docs = u.documents.map((x) =>
    x.wholeDocument ? `${x.number} (geheel)` : x.redactions > 0 ? `${x.number} (${x.redactions}×)` : x.number,
  );
  const times = u.redactions === 1 ? '1 keer' : `${u.redactions} keer`;
  const where = u.documents.length === 1 ? 'in document' : `in ${u.documents.length} documenten:`;
  return `Toegepast: ${times} ${where} ${docs.join(', ')}.`;
}

const MISSING = 'Voor deze grond staat geen standaardmotivering in de catalogus; vul de motivering hier aan.';

function groundTitle(code: string, catalogue?: GroundsCatalogue): string {
  const info = groundInfo(code, catalogue);
  return info ? `${code} ${info.title}` : code;
}

/**
 * The draft as Markdown.
 *
 * @example
 *   overwegingenMarkdown(dossier, groundUsage(dossier, rows, catalogue), catalogue);
 *   // "# Overwegingen (concept)\n\n…\n## 10.2.e Eerbiediging van de persoonlijke levenssfeer\n\n…"
 */
export function overwegingenMarkdown(d: Dossier, usage: readonly GroundUsage[], catalogue?: GroundsCatalogue): string {
  const out: string[] = [`# Overwegingen (concept)`, ''];
  out.push(`${d.title}${d.caseNumber ? ` (zaaknummer ${d.caseNumber})` : ''}. ${intro(d, usage)}`, '');
  for (const u of usage) {
    const info = groundInfo(u.code, catalogue);
    out.push(`## ${groundTitle(u.code, catalogue)}`, '');
    if (info?.article) out.push(`*${info.article}*`, '');
    out.push(info?.motivation.trim() || `> ${MISSING}`, '');
    out.push(usageSentence(u), '');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function intro(d: Dossier, usage: readonly GroundUsage[]): string {
  const law = d.law === 'woo' ? 'de Wet open overheid (Woo)' : 'de Wet openbaarheid van bestuur (Wob)';
  if (usage.length === 0) return `In de documenten is geen informatie weggelaten op grond van ${law}.`;
  return `Hieronder staat per weigeringsgrond van ${law} die in de documenten is toegepast de standaardmotivering en waar de grond is toegepast. Dit is een concept: pas de motivering aan op dit verzoek.`;
}

/**
 * The same draft as report blocks for textReportPdf.
 *
 * @example
 *   await textReportPdf('Overwegingen (concept)', overwegingenBlocks(dossier, usage, catalogue), fonts, at);
 */
export function overwegingenBlocks(d: Dossier, usage: readonly GroundUsage[], catalogue?: GroundsCatalogue): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: `${d.title}${d.caseNumber ? ` (zaaknummer ${d.caseNumber})` : ''}. ${intro(d, usage)}` }];
  for (const u of usage) {
    const info = groundInfo(u.code, catalogue);
    blocks.push({ kind: 'heading', text: groundTitle(u.code, catalogue) });
    if (info?.article) blocks.push({ kind: 'subheading', text: info.article });
    for (const para of (info?.motivation.trim() || MISSING).split(/\n\s*\n/)) blocks.push({ kind: 'paragraph', text: para.replace(/\s*\n\s*/g, ' ') });
    blocks.push({ kind: 'paragraph', text: usageSentence(u) });
  }
  return blocks;
}
