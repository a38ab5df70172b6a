/** Messages between the UI thread and the core worker (renderer/src/worker/core.worker.ts). */
import type { Law } from '../../../shared/contract';
import type { CopyInput, Dossier, FoundGroup } from '../../../shared/dossier';
import type { DocumentHeader, DocumentSuggestions } from '../../../shared/engine';
import type { BundleErrorCode, DocumentFinding, UnreadDocument } from '../../../shared/export';
import type { PackedWords } from '../../../shared/app';
import type { ExportFile } from '../../../shared/ipc/contract';
import type { ReadMarks } from '../../../shared/review/redactAnnotations';

export interface AnalysisResult {
  header: DocumentHeader;
  /** The words of every page, packed (shared/app/packedWords.ts; `unpackWords` gives them back). */
  pages: PackedWords;
  suggestions: DocumentSuggestions;
}

/** Why the core refused to build a bundle: the typed BundleError, as it crosses the thread boundary. */
export interface BundleFailure {
  code: BundleErrorCode;
  message: string;
  /** leak-found: the verifier's findings per document. */
  leaks: DocumentFinding[];
  /** inconsistent: the consistency errors; not-importable: the platform's refusals (in Dutch); one sentence each. */
  problems: string[];
  /** unread: the documents with pages nobody read, and why (issue #12). */
  unread?: UnreadDocument[];
}

export interface BundleResult {
  files: ExportFile[];
  /** Set when no bundle was made (nothing is exported then). */
  failure?: BundleFailure;
}

/** The review export (issue #15): review copies, the redaction log with motivations, the audit log. */
export interface ReviewExportResult {
  files: ExportFile[];
}

export type WorkerRequest =
  | { type: 'analyse'; id: number; name: string; bytes: Uint8Array; law: Law; password?: string }
  | { type: 'export'; id: number; dossier: Dossier; originals: { documentId: string; bytes: Uint8Array; password?: string }[]; tool: string }
  | { type: 'review-export'; id: number; dossier: Dossier; originals: { documentId: string; bytes: Uint8Array; password?: string }[] }
  | { type: 'read-marks'; id: number; name: string; bytes: Uint8Array; password?: string }
  | { type: 'find-groups'; id: number; documents: GroupInput[] };

/**
 * A document as the copy finder needs it (shared/dossier/copies.ts `CopyInput`), its words
 * packed as the analysis returned them: the groups are found in the worker, not on the UI thread.
 */
export type GroupInput = Omit<CopyInput, 'pages'> & { pages: PackedWords };

/** The `label` of an analysis's progress while OCR reads its scanned pages (done/total count those pages). */
export const OCR_PROGRESS = 'ocr';

export type WorkerMessage =
  | { type: 'header'; id: number; header: DocumentHeader }
  | { type: 'progress'; id: number; done: number; total: number; label?: string }
  | { type: 'result'; id: number; value: AnalysisResult | BundleResult | ReviewExportResult | ReadMarks | FoundGroup[] }
  | { type: 'error'; id: number; code: string; message: string; nl?: string };
