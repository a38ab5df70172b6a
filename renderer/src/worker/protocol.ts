/** Messages between the UI thread and the core worker (renderer/src/worker/core.worker.ts). */
import type { Law, Suggestion } from '../../../shared/contract';
import type { Dossier, FileType } from '../../../shared/dossier';
import type { PageWords } from '../../../shared/app';
import type { ExportFile } from '../../../shared/ipc/contract';

export interface DocumentMeta {
  sha256: string;
  pageCount: number;
  title: string;
  date: string;
  fileType: FileType;
}

export interface AnalysisResult {
  pages: PageWords[];
  /** null when this build has no detectors; `unavailable` then says why. */
  suggestions: Suggestion[] | null;
  unavailable?: string;
}

export interface BundleResult {
  files: ExportFile[];
  /** Documents whose output failed the independent leak check (never exported). */
  leaks: string[];
}

export type WorkerRequest =
  | { type: 'analyse'; id: number; name: string; bytes: Uint8Array; law: Law }
  | { type: 'export'; id: number; dossier: Dossier; originals: { documentId: string; bytes: Uint8Array }[]; tool: string };

export type WorkerMessage =
  | { type: 'meta'; id: number; meta: DocumentMeta }
  | { type: 'progress'; id: number; done: number; total: number; label?: string }
  | { type: 'result'; id: number; value: AnalysisResult | BundleResult }
  | { type: 'error'; id: number; code: string; message: string };
