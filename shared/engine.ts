/**
 * One core, thin hosts (DESIGN.md "Architecture"): the one place where the engines are wired.
 * The command line, the app's worker and the tests all call `createEngines` and differ only
 * in the `EngineHost` they pass, which is their I/O: the pdf.js build for the independent
 * verifier, where predefined CMaps come from, the report fonts, a password, and (optionally)
 * a hash function. Same bytes in, same text, suggestions, inventory and bundle out, in every host.
 *
 *   PDF bytes ─ analyse ─▶ AnalysedDocument (hash, pages of positioned words, title/date guess)
 *             ─ suggest ─▶ suggestions per document (or per dossier)
 *             ─ intakeDocuments / addSuggestions ─▶ Dossier ─ decisions ─▶ buildBundle
 *             (redact → stamp → verify → inventory, log, manifest)
 *
 * @example
 *   const engines = createEngines({ pdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs'), fonts, loadCMap });
 *   const doc = await engines.analyse(bytes, 'brief.pdf');
 *   const [{ suggestions }] = engines.suggest([doc], 'woo');
 */
import type { Law, Suggestion } from './contract';
import { suggestDossier } from './detect/suggest';
import { acceptAllProposed, addSuggestions, createDossier } from './dossier/actions';
import { acceptAllGroups, groupDocuments } from './dossier/groups';
import type { PageWords } from './app/occurrences';

export { groupDocuments };
import { intakeDocuments, type IntakeInput } from './dossier/intake';
import { groupIntoLines, guessMetadata, pdfDateToIso, type GuessedMetadata } from './dossier/metadata';
import type { ActionContext, Dossier } from './dossier/types';
import { LakstiftError, withFile } from './errors';
import { buildBundle, type BundleEngines, type BundleOptions, type BundleResult } from './export/bundle';
import { catalogueFor } from './export/grounds';
import type { ReportFonts } from './export/pdfReport';
import { sha256Hex, type Sha256 } from './hash';
import { openPdf, textOfPages } from './pdf';
import type { PageText } from './pdf/textTypes';
import { redactDocument, type RedactReport } from './redact';
import { verifyPdf, type Finding, type PdfjsLike } from './verify';

/** What a host supplies: its I/O, nothing else. */
export interface EngineHost {
  /** pdf.js, the independent parser of the verifier (the legacy build in Node, the normal one in a browser). */
  pdfjs(): Promise<PdfjsLike>;
  /** Folder URLs of pdf.js's own CMaps and standard fonts, where the host has them. */
  pdfjsData?: { cMapUrl?: string; standardFontDataUrl?: string };
  /**
   * Predefined CMaps by name (Adobe's, e.g. "90ms-RKSJ-H", as pdfjs-dist ships them in bcmap
   * form), for fonts that name one instead of carrying their own. Synchronous: fonts are read
   * while a page is interpreted.
   */
  loadCMap?(name: string): Uint8Array | null;
  /** DejaVu Sans regular and bold: box labels, number stamps, reports. */
  fonts(): Promise<ReportFonts>;
  /** Password for encrypted inputs (an empty user password is always tried). */
  password?: string;
  /** SHA-256 as hex; Web Crypto (shared/hash.ts) when not given. */
  sha256?: Sha256;
}

/** What Lakstift knows of one input PDF before any decision. */
export interface AnalysedDocument {
  /** The host's name for the file (a path on disk, or a file name in the browser). */
  name: string;
  sha256: string;
  pageCount: number;
  /** Title, date, type and thread key guessed from the first page. */
  meta: GuessedMetadata;
  /** Date from the PDF's /CreationDate (YYYY-MM-DD or ''), for documents whose text names none. */
  fileDate: string;
  pages: PageText[];
}

/** What is known once the first page is read: enough to add the document to a dossier. */
export type DocumentHeader = Omit<AnalysedDocument, 'pages'>;

export interface AnalyseOptions {
  /** Overrides the host's password for this file. */
  password?: string;
  /** Called once the first page is read, before the rest (the app shows the document then). */
  onHeader?(header: DocumentHeader): void;
  /** Pages read so far. */
  onProgress?(done: number, total: number): void;
  /** Awaited between pages, so that a worker can let messages through on long documents. */
  between?(): Promise<void>;
}

/** Suggestions of one document: what to redact, and what was found but stays readable. */
export interface DocumentSuggestions {
  suggestions: Suggestion[];
  kept: Suggestion[];
}

export interface SuggestEngineOptions {
  /** Names that stay readable whatever the context (public officials of this dossier). */
  allowlist?: string[];
  /** Known general numbers (switchboards) that stay readable. */
  switchboards?: string[];
}

/** Options of `Engines.buildBundle`: buildBundle's own, less what the engines supply. */
export type EngineBundleOptions = Omit<BundleOptions, 'engines' | 'fonts' | 'sha256'> & {
  /** Passwords of encrypted originals by document ID, where they differ from the host's. */
  passwords?: ReadonlyMap<string, string>;
};

export interface Engines {
  /** Reads a PDF: hash, every page's positioned words, and the metadata guesses. Errors name the file. */
  analyse(bytes: Uint8Array, name: string, opts?: AnalyseOptions): Promise<AnalysedDocument>;
  /**
   * Suggestions for the documents of a dossier, in the dossier's law, one entry per document
   * in the given order. Pass one document for one document's suggestions.
   */
  suggest(docs: readonly Pick<AnalysedDocument, 'name' | 'pages'>[], law: Law, opts?: SuggestEngineOptions): DocumentSuggestions[];
  /** Redaction and the independent leak check, as buildBundle wants them. */
  bundleEngines(law: Law, passwords?: ReadonlyMap<string, string>): BundleEngines;
  /** The decision bundle (shared/export/bundle.ts) with these engines, fonts and hash. */
  buildBundle(o: EngineBundleOptions): Promise<BundleResult>;
  /** The hash function in use. */
  sha256: Sha256;
}

/** The base name of a host's file name, whatever its separators. */
export function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

/**
 * Builds the engines for a host.
 *
 * @example
 *   const engines = createEngines(nodeHost({ password: '' }));
 */
export function createEngines(host: EngineHost): Engines {
  const sha256 = host.sha256 ?? sha256Hex;
  const loadPredefinedCMap = host.loadCMap ? (name: string) => host.loadCMap!(name) : undefined;

  async function analyse(bytes: Uint8Array, name: string, opts: AnalyseOptions = {}): Promise<AnalysedDocument> {
    const named = <T>(fn: () => T): T => {
      try {
        return fn();
      } catch (e) {
        if (e instanceof LakstiftError) throw withFile(e, name);
        throw e;
      }
    };
    const [hash, pdf] = await Promise.all([
      sha256(bytes),
      openPdf(bytes, { password: opts.password ?? host.password, loadPredefinedCMap }).catch((e: unknown) => {
        throw e instanceof LakstiftError ? withFile(e, name) : e;
      }),
    ]);
    const pages = named(() => textOfPages(pdf, [1]));
    const first = pages[0];
    const lines = first ? groupIntoLines(first.words.map((w) => ({ text: w.text, rect: w.rect, rot: w.rot }))) : [];
    let infoTitle: string | undefined;
    let created: Date | undefined;
    try {
      infoTitle = pdf.doc.getTitle();
      created = pdf.doc.getCreationDate();
    } catch {
      // A malformed info dictionary only costs a title and a date guess.
    }
    const header: DocumentHeader = {
      name,
      sha256: hash,
      pageCount: pdf.pageCount,
      meta: guessMetadata(lines, infoTitle, baseName(name)),
      fileDate: created && !Number.isNaN(created.getTime()) ? pdfDateToIso(created.toISOString().slice(0, 10).replace(/-/g, '')) : '',
    };
    opts.onHeader?.(header);
    opts.onProgress?.(1, pdf.pageCount);
    for (let n = 2; n <= pdf.pageCount; n++) {
      pages.push(...named(() => textOfPages(pdf, [n])));
      if (n % 10 === 0 || n === pdf.pageCount) {
        opts.onProgress?.(n, pdf.pageCount);
        await opts.between?.();
      }
    }
    return { ...header, pages };
  }

  function suggest(docs: readonly Pick<AnalysedDocument, 'name' | 'pages'>[], law: Law, opts: SuggestEngineOptions = {}): DocumentSuggestions[] {
    // The documents together (issue #11, dossier memory): a person found with confidence in one
    // document is recognised in the others; reasons name the document by its file name.
    try {
      return suggestDossier(docs.map((d) => ({ name: d.name.split(/[\\/]/).pop() ?? d.name, pages: d.pages })), { law, ...opts });
    } catch (e) {
      if (e instanceof LakstiftError) throw withFile(e, docs.length === 1 ? docs[0]!.name : 'het dossier');
      throw e;
    }
  }

  function bundleEngines(law: Law, passwords?: ReadonlyMap<string, string>): BundleEngines {
    const reports = new Map<string, RedactReport>();
    let fonts: Promise<ReportFonts> | undefined;
    return {
      async redact(original, decisions, doc) {
        fonts ??= host.fonts();
        try {
          const { bytes, report } = await redactDocument(original, { redactions: decisions }, {
            law, labelFont: (await fonts).regular, password: passwords?.get(doc.id) ?? host.password, loadPredefinedCMap,
          });
          reports.set(doc.id, report);
          return bytes;
        } catch (e) {
          if (e instanceof LakstiftError) throw withFile(e, doc.path);
          throw e;
        }
      },
      async verify(output, decisions, doc, { allowedTexts }) {
        const findings: Finding[] = [];
        const failed = reports.get(doc.id)?.imagesFailed ?? 0;
        if (failed > 0) findings.push({ kind: 'image-not-blanked', severity: 'leak', message: `${failed} image(s) under a box could not be blanked.` });
        const result = await verifyPdf(output, { redactions: decisions }, {
          pdfjs: await host.pdfjs(), loadPredefinedCMap, allowedTexts, ...host.pdfjsData,
        });
        findings.push(...result.findings);
        return { clean: result.clean && failed === 0, findings };
      },
    };
  }

  async function bundle({ passwords, ...o }: EngineBundleOptions): Promise<BundleResult> {
    // The same checks in every host: the dossier law's catalogue, and the originals' page texts
    // for "redacted here, readable there" (read here when the host has not read them already).
    let texts = o.texts;
    if (!texts) {
      const read = new Map<string, string[]>();
      for (const doc of o.dossier.documents) {
        const pdf = await openPdf(await o.original(doc), { password: passwords?.get(doc.id) ?? host.password, loadPredefinedCMap }).catch(() => null);
        if (pdf) read.set(doc.id, textOfPages(pdf).map((p) => p.text));
      }
      texts = read;
    }
    return buildBundle({
      ...o, texts, catalogue: o.catalogue ?? catalogueFor(o.dossier.law),
      engines: bundleEngines(o.dossier.law, passwords), fonts: await host.fonts(), sha256,
    });
  }

  return { analyse, suggest, bundleEngines, buildBundle: bundle, sha256 };
}

/** What intakeDocuments needs of an analysed document. */
export function intakeInput(doc: DocumentHeader): IntakeInput {
  return { path: doc.name, sha256: doc.sha256, pageCount: doc.pageCount, meta: doc.meta, fileDate: doc.fileDate };
}

/**
 * Adds analysed documents and their suggestions to a dossier, the way every host does it:
 * one intake (numbers in order, titles, dates, e-mail thread IDs), then each document's
 * suggestions as proposed redactions.
 *
 * @example
 *   const { dossier } = admitDocuments(empty, docs, engines.suggest(docs, empty.law), ctx);
 */
export function admitDocuments(
  d: Dossier,
  docs: readonly DocumentHeader[],
  suggestions: readonly (DocumentSuggestions | null)[],
  ctx: ActionContext,
): { dossier: Dossier; documentIds: string[] } {
  const before = d.documents.length;
  let cur = intakeDocuments(d, docs.map(intakeInput), ctx).dossier;
  const documentIds = cur.documents.slice(before).map((x) => x.id);
  documentIds.forEach((id, i) => {
    const s = suggestions[i]?.suggestions;
    if (s && s.length > 0) cur = addSuggestions(cur, id, s, ctx).dossier;
  });
  return { dossier: cur, documentIds };
}

/** The words of analysed pages as `groupDocuments` and "redact every occurrence" take them. */
export function pageWordsOf(pages: readonly PageText[]): PageWords[] {
  return pages.map((p) => ({ page: p.page, words: p.words.map((w) => ({ text: w.text, rect: w.rect })) }));
}

/**
 * A dossier straight from PDFs with every suggestion accepted (`lakstift bundle --accept-all`),
 * identified by the hashes of its documents so that the same inputs give the same dossier ID.
 */
export async function acceptAllDossier(
  engines: Engines,
  docs: readonly AnalysedDocument[],
  init: { title: string; law: Law; caseNumber?: string; matter?: string; by: string; at: Date },
): Promise<Dossier> {
  const ctx: ActionContext = { by: init.by, at: init.at.toISOString() };
  const all: ActionContext = { by: `${init.by} (--accept-all)`, at: ctx.at };
  const id = `lakstift-${(await engines.sha256(new TextEncoder().encode(docs.map((a) => a.sha256).join('')))).slice(0, 12)}`;
  const empty = createDossier({ id, title: init.title, law: init.law, caseNumber: init.caseNumber ?? '', ...(init.matter !== undefined ? { matter: init.matter } : {}) }, ctx).dossier;
  const { dossier, documentIds } = admitDocuments(empty, docs, engines.suggest(docs, init.law), ctx);
  const accepted = acceptAllProposed(dossier, all).dossier;
  // Copies and threads: found once every suggestion is decided, so that what is redacted in one
  // copy is proposed (and, with --accept-all, accepted) in every other.
  const words = new Map(documentIds.map((docId, i) => [docId, pageWordsOf(docs[i].pages)]));
  const grouped = groupDocuments(accepted, words, ctx).dossier;
  return acceptAllGroups(acceptAllProposed(grouped, all).dossier, all);
}
