/**
 * The Node side of a bundle: reading and analysing input PDFs (text, title, date), running
 * suggestions, redaction and the independent verifier in-process, and writing XLSX. The app's
 * main process can use the same functions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Law, Suggestion } from '../shared/contract';
import { LakstiftError, withFile } from '../shared/errors';
import { suggestDocument } from '../shared/detect';
import { sha256Hex } from '../shared/dossier/sha256';
import { groupIntoLines, guessMetadata, pdfDateToIso, type GuessedMetadata } from '../shared/dossier/metadata';
import type { BundleEngines } from '../shared/export/bundle';
import type { ReportFonts } from '../shared/export/pdfReport';
import { textOfPages } from '../shared/pdf';
import type { PageText } from '../shared/pdf/textTypes';
import { redactDocument, type RedactReport } from '../shared/redact';
import { verifyPdf, type PdfjsLike } from '../shared/verify';
import { loadPredefinedCMap, openInputPdf } from './pdfInput';
import { CliError } from './util';
import { tableToXlsx } from './xlsx';

declare const __LAKSTIFT_VERSION__: string | undefined;
/** The version the manifest records (set by the esbuild bundle; the package version from source). */
export const TOOL_VERSION = typeof __LAKSTIFT_VERSION__ === 'string' ? __LAKSTIFT_VERSION__ : packageVersion();

function packageVersion(): string {
  try {
    let dir = path.dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 5; i++) {
      const f = path.join(dir, 'package.json');
      if (existsSync(f)) {
        const pkg = JSON.parse(readFileSync(f, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'lakstift' && pkg.version) return pkg.version;
      }
      dir = path.dirname(dir);
    }
  } catch {
    // fall through
  }
  return '0.0.0-dev';
}

/** Finds a file shipped in assets/, from the source tree (tests) or beside the bundle (dist/cli.mjs). */
export function assetFile(rel: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'assets', rel);
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new CliError(`assets/${rel} is missing from this installation; reinstall Lakstift.`, 70);
}

/** DejaVu Sans regular and bold, for labels, stamps and reports. */
export function reportFonts(): ReportFonts {
  return {
    regular: new Uint8Array(readFileSync(assetFile('fonts/DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(assetFile('fonts/DejaVuSans-Bold.ttf'))),
  };
}

/** What Lakstift learns from one input PDF before any decision. */
export interface AnalysedPdf {
  file: string;
  bytes: Uint8Array;
  sha256: string;
  pageCount: number;
  meta: GuessedMetadata;
  /** Date from the PDF's /CreationDate, for documents whose text names none. */
  fileDate: string;
  pages: PageText[];
}

/**
 * Reads a PDF and extracts what the dossier needs: hash, page count, page texts, and a guess
 * at title, date and type. Errors name the file.
 */
export async function analysePdf(file: string, password?: string): Promise<AnalysedPdf> {
  const { bytes, pdf } = await openInputPdf(file, { password });
  let pages: PageText[];
  try {
    pages = textOfPages(pdf, undefined, { compact: true });
  } catch (e) {
    if (e instanceof LakstiftError) throw withFile(e, file);
    throw e;
  }
  const first = pages[0];
  const lines = first ? groupIntoLines(first.words.map((w) => ({ text: w.text, rect: w.rect, rot: w.rot }))) : [];
  let infoTitle: string | undefined;
  let created: Date | undefined;
  try {
    infoTitle = pdf.doc.getTitle();
    created = pdf.doc.getCreationDate();
  } catch {
    // A malformed info dictionary only costs us a title guess.
  }
  return {
    file,
    bytes,
    sha256: sha256Hex(bytes),
    pageCount: pdf.pageCount,
    meta: guessMetadata(lines, infoTitle, path.basename(file)),
    fileDate: created && !Number.isNaN(created.getTime()) ? pdfDateToIso(created.toISOString().slice(0, 10).replace(/-/g, '')) : '',
    pages,
  };
}

/** Suggestions for an analysed document, in the dossier's law. */
export function suggestFor(doc: AnalysedPdf, law: Law): Suggestion[] {
  return suggestDocument(doc.pages, { law }).suggestions;
}

let pdfjsPromise: Promise<PdfjsLike> | undefined;
function loadPdfjs(): Promise<PdfjsLike> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => m as unknown as PdfjsLike);
  return pdfjsPromise;
}

/**
 * The engines buildBundle needs, backed by shared/redact, shared/verify (with pdf.js as the
 * independent parser) and exceljs.
 */
export function nodeBundleEngines(opts: { law: Law; password?: string; at: Date; fonts: ReportFonts }): BundleEngines {
  const reports = new Map<string, RedactReport>();
  const req = createRequire(import.meta.url);
  let pdfjsRoot: string | undefined;
  try {
    pdfjsRoot = path.dirname(req.resolve('pdfjs-dist/package.json'));
  } catch {
    pdfjsRoot = undefined;
  }
  return {
    async redact(original, decisions, doc) {
      try {
        const { bytes, report } = await redactDocument(original, { redactions: decisions }, {
          law: opts.law, labelFont: opts.fonts.regular, password: opts.password, loadPredefinedCMap,
        });
        reports.set(doc.id, report);
        return bytes;
      } catch (e) {
        if (e instanceof LakstiftError) throw withFile(e, doc.path);
        throw e;
      }
    },
    async verify(output, decisions, doc) {
      const findings: string[] = [];
      const report = reports.get(doc.id);
      if (report && report.imagesFailed > 0) findings.push(`${report.imagesFailed} image(s) under a box could not be blanked`);
      const result = await verifyPdf(output, { redactions: decisions }, {
        pdfjs: await loadPdfjs(),
        loadPredefinedCMap,
        ...(pdfjsRoot
          ? {
              cMapUrl: `${pathToFileURL(path.join(pdfjsRoot, 'cmaps')).href}/`,
              standardFontDataUrl: `${pathToFileURL(path.join(pdfjsRoot, 'standard_fonts')).href}/`,
            }
          : {}),
      });
      for (const f of result.findings) if (f.severity === 'leak') findings.push(`${f.page ? `page ${f.page}: ` : ''}${f.message}`);
      return { clean: result.clean && findings.length === 0, findings };
    },
    xlsx(table, o) {
      return tableToXlsx(table, { ...o, at: opts.at });
    },
  };
}
