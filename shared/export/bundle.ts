/**
 * The decision bundle (DESIGN.md "Inventory and decision bundle"): redacted documents with
 * their number on every page, the inventory in all formats, the redaction log, the draft
 * "Overwegingen" and a manifest. This module decides WHAT goes in and checks it; the caller
 * (CLI or the app's main process) decides WHERE it goes through `sink`, so that it can write
 * into a temporary folder and rename it into place only when buildBundle resolved.
 *
 * Nothing in a bundle contains the text under a redaction: the log and manifest carry only
 * lengths and counts, and every output PDF must pass the independent verifier first.
 */
import type { KeptText, RedactionDecision } from '../contract';
import { LakstiftError, type LakstiftErrorCode, type Messages } from '../errors';
import { sha256Hex, type Sha256 } from '../hash';
import type { Finding as VerifyFinding } from '../verify';
import type { Dossier, DossierDocument, RowBeoordeling } from '../dossier/types';
import { sealAudit } from '../dossier/audit';
import { reviewGapSentence, reviewSummary, type ReviewSummary } from '../review/status';
import { checkConsistency, maskRedacted, redactedTexts, type Finding, type PageTexts } from './consistency';
import { toCsv } from './csv';
import { sortGrounds, type GroundsCatalogue } from './grounds';
import { beoordelingLabel, deriveInventory, inventoryJson, inventoryTable, type InventoryRow } from './inventory';
import { groundUsage, overwegingenBlocks, overwegingenMarkdown } from './overwegingen';
import { inventoryPdf, textReportPdf, type ReportFonts } from './pdfReport';
import { redactionLog, redactionLogTable } from './redactionLog';
import { diwooRecord } from './diwoo';
import { isValidMatter, validateProductierapport, type PlatformProblem } from './platform';
import { stampDocumentNumber } from './stamp';
import { tableToXlsx } from './xlsx';

/**
 * The redaction machinery, injected so that this module stays free of the engines' internals
 * (shared/engine.ts `createEngines` builds them, the same in every host).
 */
export interface BundleEngines {
  /** Writes a truly redacted copy of `original` (sanitised, written fresh). */
  redact(original: Uint8Array, decisions: RedactionDecision[], doc: DossierDocument): Promise<Uint8Array>;
  /**
   * Independent leak check of an output. `allowedTexts` are texts the bundle itself put on
   * the pages (the document number), which are no finding even on a page redacted whole.
   */
  verify(output: Uint8Array, decisions: RedactionDecision[], doc: DossierDocument, opts: { allowedTexts: readonly string[]; kept?: readonly KeptText[] }): Promise<{ clean: boolean; findings: VerifyFinding[] }>;
}

export type BundlePhase = 'check' | 'redact' | 'verify' | 'export' | 'done';

/** A progress event the UI or a terminal bar can show. */
export interface BundleProgress {
  phase: BundlePhase;
  /** Units done and total in this phase (documents for redact/verify, files for export). */
  done: number;
  total: number;
  /** Number of the document being worked on. */
  document?: string;
}

export interface BundleOptions {
  dossier: Dossier;
  /** The original bytes of a document (the caller reads them; checked against the dossier's SHA-256). */
  original(doc: DossierDocument): Promise<Uint8Array>;
  engines: BundleEngines;
  fonts: ReportFonts;
  catalogue?: GroundsCatalogue;
  /** Page texts of the originals, for the "redacted here, readable there" check. */
  texts?: PageTexts;
  /**
   * Texts the suggestion engine kept readable on purpose (public officials, general numbers),
   * by document ID: verify does not count them as leaks on their own pages. Suggestions the
   * officer rejected are taken from the dossier as well.
   */
  kept?: ReadonlyMap<string, readonly KeptText[]>;
  tool: { name: string; version: string };
  /** Time of the export (manifest, PDF dates). */
  at: Date;
  /** SHA-256 of originals and outputs (Web Crypto by default). */
  sha256?: Sha256;
  /** Receives every output file by name, in order; manifest.json comes last. */
  sink(name: string, bytes: Uint8Array): Promise<void>;
  onProgress?(e: BundleProgress): void;
  /** Stop before writing anything when a consistency check finds an error. */
  strict?: boolean;
  /**
   * How document files are named: "<number> <title>.pdf" (default, readable) or "<number>.pdf",
   * which the Woo publication platform needs to match an upload to its productierapport row
   * (its manual: the ID is also the document's file name).
   */
  fileNames?: 'number-title' | 'number';
  /** The publishing organisation, for the DiWoo records ("ministerie van Financiën"); '' names none. */
  organisation?: string;
}

export interface ManifestFile {
  file: string;
  sha256: string;
  bytes: number;
}

export interface Manifest {
  tool: { name: string; version: string };
  createdAt: string;
  dossier: { id: string; title: string; law: string; caseNumber: string; matter: string };
  originals: (ManifestFile & { document: string; pages: number })[];
  outputs: ManifestFile[];
  counts: {
    documents: number;
    published: number;
    pages: number;
    redactions: number;
    perGround: Record<string, number>;
    perBeoordeling: Record<string, number>;
  };
  /** Who decided how many redactions, and between which times. */
  decisions: { by: string; redactions: number; first: string; last: string }[];
  /** The legal review (issue #15): what was approved and by whom, and which documents were final. */
  review: {
    complete: boolean;
    approved: number;
    unreviewed: number;
    sentBack: number;
    resubmitted: number;
    documentsFinal: number;
    notFinal: string[];
    reviewers: { by: string; approved: number; first: string; last: string }[];
  };
  /** The dossier's audit log at export: its length and the hash of its last entry (shared/dossier/audit.ts). */
  audit: { entries: number; head: string | null };
  consistency: { errors: number; warnings: number; findings: string[] };
  /** Pages that could not be read and that an officer checked by eye and confirmed (issue #12). */
  unreadPagesConfirmed?: { document: string; pages: number[]; by: string; at: string }[];
}

export interface BundleResult {
  manifest: Manifest;
  rows: InventoryRow[];
  /** With the redacted text quoted where relevant: for the officer's screen only. */
  findings: Finding[];
  files: string[];
  /** The state of the legal review when the bundle was made (an incomplete one is a warning unless the dossier refuses it). */
  review: ReviewSummary;
}

/** Why a bundle could not be completed: each its own code and message. */
export type BundleErrorCode = Extract<LakstiftErrorCode, 'leak-found' | 'original-changed' | 'name-clash' | 'inconsistent' | 'not-importable' | 'unread' | 'not-reviewed'>;

/** A document that has pages nobody read (issue #12), which the bundle refuses. */
export interface UnreadDocument {
  /** The document's number ("0007"). */
  document: string;
  path: string;
  pages: { page: number; reason: string }[];
}

/** A verifier finding on the output of one document. */
export interface DocumentFinding {
  /** The document's number ("0007"). */
  document: string;
  finding: VerifyFinding;
}

/**
 * The bundle could not be completed; nothing of it should be kept. `code` says which of five
 * failures it was; `leaks` (leak-found), `inconsistencies` (inconsistent) and `problems`
 * (not-importable: cells the publication platform would refuse) carry the typed findings, so no
 * caller parses the message.
 */
export class BundleError extends LakstiftError {
  constructor(
    code: BundleErrorCode,
    message: string | Messages,
    readonly leaks: readonly DocumentFinding[] = [],
    readonly inconsistencies: readonly Finding[] = [],
    readonly problems: readonly PlatformProblem[] = [],
    readonly unread: readonly UnreadDocument[] = [],
  ) {
    super(code, message);
  }

  /** One line per finding, for a terminal or a log. */
  get details(): string[] {
    return [
      ...this.leaks.map((l) => `document ${l.document}: ${l.finding.message}`),
      ...this.inconsistencies.map((f) => f.message),
      ...this.unread.flatMap((u) => groupByReason(u.pages).map(([reason, pages]) => `document ${u.document} (${baseName(u.path)}): page${pages.length === 1 ? '' : 's'} ${pages.join(', ')} not read: ${reason}`)),
      ...this.problems.map((p) => `productierapport: ${p.message}`),
    ];
  }
}

/** Beoordelingen whose documents are published in the bundle (the platform takes only these). */
const PUBLISHED: readonly RowBeoordeling[] = ['openbaar', 'deels openbaar'];

function groupByReason(pages: readonly { page: number; reason: string }[]): [string, number[]][] {
  const m = new Map<string, number[]>();
  for (const p of pages) m.set(p.reason, [...(m.get(p.reason) ?? []), p.page]);
  return [...m];
}

/** True when a row's document goes into the bundle: openbaar or deels openbaar, and not opgeschort. */
export function isPublished(r: InventoryRow): boolean {
  return PUBLISHED.includes(r.beoordeling) && !r.suspended;
}

/**
 * A safe, readable file name for a document: "<number> <title>.pdf", without characters that
 * Windows, macOS or zip tools refuse, at most about 100 characters.
 *
 * @example
 *   documentFileName('0003', 'RE: Overleg 1F/CTER?'); // '0003 RE Overleg 1F-CTER.pdf'
 */
export function documentFileName(number: string, title: string): string {
  let t = title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[/\\|]/g, '-')
    .replace(/[<>:"*?]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if ([...t].length > 90) t = [...t].slice(0, 90).join('').trimEnd();
  t = t.replace(/[. ]+$/, '');
  return t ? `${number} ${t}.pdf` : `${number}.pdf`;
}

/** The decisions the redactor gets for a document: its accepted redactions. */
export function decisionsFor(d: Dossier, doc: DossierDocument): RedactionDecision[] {
  return d.redactions
    .filter((r) => r.documentId === doc.id && r.status === 'accepted')
    .map((r) => ({
      page: r.page,
      rects: r.rects.map((q) => [...q] as [number, number, number, number]),
      grounds: [...r.grounds],
      ...(r.text.trim() ? { text: r.text } : {}),
      ...(r.wholePage ? { wholePage: true } : {}),
    }));
}

/**
 * What stays readable in a document on purpose: the engine's kept texts given for it, and the
 * suggestions the officer rejected, each with its reason.
 */
export function keptFor(d: Dossier, doc: DossierDocument, given?: readonly KeptText[]): KeptText[] {
  const rejected = d.redactions
    .filter((r) => r.documentId === doc.id && r.status === 'rejected' && r.text.trim() !== '' && !r.wholePage)
    .map((r): KeptText => ({ page: r.page, text: r.text, reason: `rejected by ${r.decidedBy ?? 'the officer'}${r.reason ? ` (suggested: ${r.reason})` : ''}`, rects: r.rects.map((q) => [...q] as [number, number, number, number]) }));
  return [...(given ?? []), ...rejected];
}

/**
 * Builds the bundle: checks, redacts, stamps and verifies every published document, then
 * writes the inventory (CSV, XLSX, productierapport XLSX, JSON, PDF), the redaction log, the
 * draft Overwegingen (Markdown, PDF) and manifest.json through `sink`. Throws BundleError when
 * an original changed since it was added or an output fails verification; in that case the
 * caller must discard whatever the sink received.
 *
 * @example
 *   const result = await buildBundle({ dossier, original, engines, fonts, catalogue, tool, at: new Date(),
 *                                      sink: (name, bytes) => writeFile(join(tmp, name), bytes) });
 */
export async function buildBundle(o: BundleOptions): Promise<BundleResult> {
  const { catalogue } = o;
  const progress = (e: BundleProgress) => o.onProgress?.(e);
  progress({ phase: 'check', done: 0, total: 1 });
  const findings = checkConsistency(o.dossier, deriveInventory(o.dossier, { catalogue }), { texts: o.texts, catalogue });
  // What is published never quotes a redacted text, not even in a title or remark.
  const masks = redactedTexts(o.dossier);
  const d: Dossier = {
    ...o.dossier,
    title: maskRedacted(o.dossier.title, masks),
    documents: o.dossier.documents.map((x) => ({ ...x, title: maskRedacted(x.title, masks), remarks: maskRedacted(x.remarks, masks) })),
  };
  const rows = deriveInventory(d, { catalogue });
  // Every spreadsheet the bundle writes must import on the publication platform as it is:
  // checked against its rules before anything is written (shared/export/platform.ts).
  if (!isValidMatter(d.matter)) {
    throw new BundleError('not-importable', d.matter
      ? {
        en: `The matter "${d.matter}" is not one the publication platform accepts (2 to 255 letters, digits, ".", "_", "~" or "-"); correct it (--matter, or the dossier's Matter in the app).`,
        nl: `De matter "${d.matter}" aanvaardt het publicatieplatform niet (2 tot 255 letters, cijfers, ".", "_", "~" of "-"); verbeter hem (--matter, of de Matter van het dossier in de app).`,
      }
      : {
        en: 'The dossier has no matter, which every row of the publication platform\'s productierapport needs; give it with --matter <matter> (or --case <zaaknummer>), or fill in the Matter in the app.',
        nl: 'Het dossier heeft geen matter, die elke rij van het productierapport van het publicatieplatform nodig heeft; geef hem met --matter <matter> (of --case <zaaknummer>), of vul de Matter in de app in.',
      });
  }
  const platformProblems = [inventoryTable(rows, 'productierapport'), inventoryTable(rows)].flatMap((t) => validateProductierapport(t).problems);
  const refused = platformProblems.filter((p, i, all) => p.severity === 'error' && all.findIndex((q) => q.message === p.message) === i);
  if (refused.length > 0) {
    throw new BundleError('not-importable', {
      en: `${refused.length} cell(s) of the inventory would make the publication platform refuse the productierapport, so no bundle was written; correct them.`,
      nl: `${refused.length} cel(len) van de inventaris zou(den) het productierapport voor het publicatieplatform onaanvaardbaar maken, dus er is geen bundel geschreven; verbeter ze.`,
    }, [], [], refused);
  }
  for (const p of platformProblems.filter((x, i, all) => x.severity === 'warning' && all.findIndex((q) => q.message === x.message) === i)) {
    findings.push({ kind: 'platform-warning', severity: 'warning', ...(p.id ? { document: p.id } : {}), message: `Productierapport: ${p.message}`, publicMessage: `Productierapport: ${p.message}` });
  }
  if (!o.organisation) {
    const m = 'No publishing organisation was given, so the DiWoo metadata records name none; give it (--organisation "ministerie van …").';
    findings.push({ kind: 'no-organisation', severity: 'warning', message: m, publicMessage: m });
  }
  progress({ phase: 'check', done: 1, total: 1 });
  const errors = findings.filter((f) => f.severity === 'error');
  if (o.strict && errors.length > 0) {
    throw new BundleError('inconsistent', { en: `The dossier has ${errors.length} consistency error(s); resolve them or export without --strict.`, nl: `Het dossier heeft ${errors.length} inconsistentie(s); los ze op of exporteer zonder --strict.` }, [], errors);
  }
  const review = reviewSummary(o.dossier);
  if (review.policy === 'refuse' && !review.complete) {
    throw new BundleError('not-reviewed', `The legal review is not complete (${reviewGapSentence(review)}), and this dossier's review settings refuse an export until it is; finish the review or change that setting.`);
  }
  const sha256 = o.sha256 ?? sha256Hex;

  // Nothing unread is published by accident (issue #12): a document with pages nobody read and
  // nobody confirmed stops the bundle, naming the pages and why.
  const unread: UnreadDocument[] = rows.filter((r) => r.beoordeling === 'niet beoordeeld').map((r) => {
    const doc = d.documents.find((x) => x.id === r.documentId)!;
    return { document: doc.number, path: doc.path, pages: (doc.unreadPages ?? []).filter((u) => !u.confirmedAt).map((u) => ({ page: u.page, reason: u.reason })) };
  });
  if (unread.length > 0) {
    throw new BundleError('unread', {
      en: `${unread.length} document(s) have pages without a text layer that could not be read, so Lakstift did not look for anything to redact there and no bundle was written; check those pages by eye and confirm them (in the app, or with --accept-unread), or mark the documents niet openbaar.`,
      nl: `${unread.length} document(en) heeft/hebben pagina’s zonder tekstlaag die niet gelezen konden worden, dus Lakstift zocht daar niets om te lakken en er is geen bundel geschreven; bekijk die pagina’s met het oog en bevestig ze (in de app, of met --accept-unread), of markeer de documenten als niet openbaar.`,
    }, [], [], [], unread);
  }

  const published = rows.filter(isPublished);
  const docById = new Map(d.documents.map((x) => [x.id, x]));
  const names = new Set<string>();
  const outputs: ManifestFile[] = [];
  const originals: Manifest['originals'] = [];
  const emit = async (name: string, bytes: Uint8Array) => {
    if (names.has(name)) throw new BundleError('name-clash', { en: `Two outputs would both be called "${name}"; give the documents different numbers.`, nl: `Twee uitvoerbestanden zouden allebei "${name}" heten; geef de documenten verschillende nummers.` });
    names.add(name);
    await o.sink(name, bytes);
    outputs.push({ file: name, sha256: await sha256(bytes), bytes: bytes.length });
  };

  // Originals of every listed document are hashed, published or not: the manifest proves what was judged.
  const failures: DocumentFinding[] = [];
  const ready: { row: InventoryRow; name: string; bytes: Uint8Array }[] = [];
  for (const [i, row] of rows.entries()) {
    const doc = docById.get(row.documentId)!;
    const input = await o.original(doc);
    const hash = await sha256(input);
    if (hash !== doc.sha256) {
      throw new BundleError('original-changed', { en: `The original of document ${doc.number} (${doc.path}) changed since it was added to the dossier (SHA-256 differs); add it again or restore the original.`, nl: `Het origineel van document ${doc.number} (${doc.path}) is veranderd sinds het aan het dossier werd toegevoegd (de SHA-256 verschilt); voeg het opnieuw toe of zet het origineel terug.` });
    }
    originals.push({ document: doc.number, file: maskRedacted(baseName(doc.path), masks), sha256: hash, bytes: input.length, pages: doc.pageCount });
    if (!isPublished(row)) continue;
    progress({ phase: 'redact', done: i, total: rows.length, document: doc.number });
    const decisions = decisionsFor(d, doc);
    const redacted = await o.engines.redact(input, decisions, doc);
    const stamped = await stampDocumentNumber(redacted, doc.number, o.fonts.regular);
    progress({ phase: 'verify', done: i, total: rows.length, document: doc.number });
    // The number stamp is the one text the bundle itself adds, also on pages redacted whole.
    const v = await o.engines.verify(stamped, decisions, doc, { allowedTexts: [doc.number], kept: keptFor(d, doc, o.kept?.get(doc.id)) });
    if (!v.clean) {
      const leaks = v.findings.filter((f) => f.severity === 'leak');
      const shown = leaks.length ? leaks : [{ kind: 'unreadable' as const, severity: 'leak' as const, message: 'the verifier did not pass the file.' }];
      failures.push(...shown.map((finding) => ({ document: doc.number, finding })));
      continue;
    }
    ready.push({ row, name: o.fileNames === 'number' ? documentFileName(doc.number, '') : documentFileName(doc.number, doc.title), bytes: stamped });
  }
  progress({ phase: 'verify', done: rows.length, total: rows.length });
  if (failures.length > 0) {
    const docsFailed = new Set(failures.map((f) => f.document)).size;
    throw new BundleError('leak-found', { en: `${docsFailed} redacted document(s) failed verification, so no bundle was written; see the findings and report them.`, nl: `${docsFailed} gelakt(e) document(en) kwam(en) niet door de controle, dus er is geen bundel geschreven; bekijk de bevindingen en meld ze.` }, failures);
  }

  const exportsTotal = ready.length * 2 + 9;
  let done = 0;
  const step = async (name: string, bytes: Uint8Array | Promise<Uint8Array>) => {
    progress({ phase: 'export', done, total: exportsTotal });
    await emit(name, await bytes);
    done++;
  };
  for (const r of ready) await step(r.name, r.bytes);
  // The DiWoo metadata record of every published document, in a folder of its own so that no
  // upload mistakes it for a document.
  for (const row of published) {
    if (!ready.some((r) => r.row === row)) continue;
    await step(`diwoo/${row.number}.xml`, new TextEncoder().encode(diwooRecord(row, { organisation: o.organisation ?? '', at: o.at })));
  }

  const enc = new TextEncoder();
  await step('inventaris.csv', toCsv(inventoryTable(rows)));
  await step('inventaris.xlsx', tableToXlsx(inventoryTable(rows), { sheet: 'Inventarislijst' }));
  await step('productierapport.xlsx', tableToXlsx(inventoryTable(rows, 'productierapport'), { sheet: 'Productierapport' }));
  await step('inventaris.json', enc.encode(inventoryJson(d, rows)));
  await step('inventaris.pdf', inventoryPdf(d, rows, o.fonts, o.at));
  const log = redactionLog(d, new Set(published.map((r) => r.number)), catalogue);
  await step('redactielog.csv', toCsv(redactionLogTable(log)));
  const usage = groundUsage(d, rows, catalogue);
  await step('overwegingen.md', enc.encode(overwegingenMarkdown(d, usage, catalogue)));
  await step('overwegingen.pdf', textReportPdf(`Overwegingen (concept) ${d.title}`.trim(), overwegingenBlocks(d, usage, catalogue), o.fonts, o.at));
  const report = findings.map((f) => `${f.severity === 'error' ? 'FOUT' : 'LET OP'}: ${f.publicMessage}`);
  await step('controle.txt', enc.encode(report.length ? `${report.join('\n')}\n` : 'Geen bevindingen.\n'));

  const seal = (await sealAudit(o.dossier, sha256)).auditSeal;
  const manifest = buildManifest(o, d, rows, log.length, originals, outputs, findings, review, seal ? { entries: seal.entries, head: seal.head } : { entries: 0, head: null });
  const manifestBytes = enc.encode(`${JSON.stringify(manifest, null, 2)}\n`);
  await o.sink('manifest.json', manifestBytes);
  progress({ phase: 'done', done: exportsTotal, total: exportsTotal });
  return { manifest, rows, findings, files: [...names, 'manifest.json'], review };
}

function baseName(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}

function buildManifest(
  o: BundleOptions,
  d: Dossier,
  rows: readonly InventoryRow[],
  redactions: number,
  originals: Manifest['originals'],
  outputs: ManifestFile[],
  findings: readonly Finding[],
  review: ReviewSummary,
  audit: Manifest['audit'],
): Manifest {
  const perGround: Record<string, number> = {};
  const listed = new Set(rows.map((r) => r.documentId));
  const accepted = d.redactions.filter((r) => r.status === 'accepted' && listed.has(r.documentId));
  for (const code of sortGrounds(accepted.flatMap((r) => r.grounds), o.catalogue)) perGround[code] = 0;
  for (const r of accepted) for (const g of new Set(r.grounds)) perGround[g] = (perGround[g] ?? 0) + 1;
  const perBeoordeling: Record<string, number> = {};
  for (const r of rows) perBeoordeling[beoordelingLabel(r.beoordeling)] = (perBeoordeling[beoordelingLabel(r.beoordeling)] ?? 0) + 1;
  const byWho = new Map<string, { by: string; redactions: number; first: string; last: string }>();
  for (const r of accepted) {
    const by = r.decidedBy ?? '';
    const at = r.decidedAt ?? '';
    const e = byWho.get(by) ?? { by, redactions: 0, first: at, last: at };
    e.redactions++;
    if (at && (!e.first || at < e.first)) e.first = at;
    if (at > e.last) e.last = at;
    byWho.set(by, e);
  }
  return {
    tool: o.tool,
    createdAt: o.at.toISOString(),
    dossier: { id: d.id, title: d.title, law: d.law, caseNumber: d.caseNumber, matter: d.matter },
    originals,
    outputs,
    counts: {
      documents: rows.length,
      published: rows.filter(isPublished).length,
      pages: rows.reduce((n, r) => n + r.pageCount, 0),
      redactions,
      perGround,
      perBeoordeling,
    },
    decisions: [...byWho.values()].sort((a, b) => a.by.localeCompare(b.by)),
    review: {
      complete: review.complete,
      approved: review.redactions.approved,
      unreviewed: review.redactions.unreviewed,
      sentBack: review.redactions['sent-back'],
      resubmitted: review.redactions.resubmitted,
      documentsFinal: review.documents.final,
      notFinal: review.notFinal,
      reviewers: review.reviewers,
    },
    audit,
    consistency: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      findings: findings.map((f) => f.publicMessage),
    },
    ...(confirmedUnread(d, listed).length ? { unreadPagesConfirmed: confirmedUnread(d, listed) } : {}),
  };
}

/** Confirmed unread pages per document and confirmer, for the manifest. */
function confirmedUnread(d: Dossier, listed: ReadonlySet<string>): NonNullable<Manifest['unreadPagesConfirmed']> {
  const out: NonNullable<Manifest['unreadPagesConfirmed']> = [];
  for (const doc of d.documents) {
    if (!listed.has(doc.id)) continue;
    const by = new Map<string, { pages: number[]; at: string }>();
    for (const u of doc.unreadPages ?? []) {
      if (!u.confirmedAt) continue;
      const k = u.confirmedBy ?? '';
      const e = by.get(k) ?? { pages: [], at: u.confirmedAt };
      e.pages.push(u.page);
      if (u.confirmedAt > e.at) e.at = u.confirmedAt;
      by.set(k, e);
    }
    for (const [who, e] of by) out.push({ document: doc.number, pages: e.pages, by: who, at: e.at });
  }
  return out;
}
