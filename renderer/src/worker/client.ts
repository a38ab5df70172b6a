/**
 * The UI side of the core worker: one request → one promise, with progress callbacks and
 * cancel. Cancel terminates the worker (the only way to stop a running redaction at once)
 * and starts a fresh one for the next request.
 */
import type { Law } from '../../../shared/contract';
import type { Dossier, FoundGroup } from '../../../shared/dossier';
import type { DocumentHeader } from '../../../shared/engine';
import { missingCaseError } from '../../../shared/assert';
import type { AnalysisResult, BundleResult, GroupInput, ReviewExportResult, WorkerMessage, WorkerRequest } from './protocol';
import type { ReadMarks } from '../../../shared/review/redactAnnotations';

export class CoreError extends Error {
  constructor(readonly code: string, message: string, readonly nl?: string) {
    super(message);
  }
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

interface Pending {
  resolve(v: unknown): void;
  reject(e: unknown): void;
  onProgress?(done: number, total: number, label?: string): void;
  onHeader?(h: DocumentHeader): void;
}

export class CoreClient {
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, Pending>();

  constructor(private readonly make: () => Worker) {
    this.worker = this.start();
  }

  private start(): Worker {
    const w = this.make();
    w.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      const p = this.pending.get(m.id);
      if (!p) return;
      switch (m.type) {
        case 'progress':
          p.onProgress?.(m.done, m.total, m.label);
          break;
        case 'header':
          p.onHeader?.(m.header);
          break;
        case 'result':
          this.pending.delete(m.id);
          p.resolve(m.value);
          break;
        case 'error':
          this.pending.delete(m.id);
          p.reject(new CoreError(m.code, m.message, m.nl));
          break;
        default:
          throw missingCaseError(m);
      }
    };
    w.onerror = (e) => {
      for (const p of this.pending.values()) p.reject(new CoreError('internal', e.message || 'the core worker stopped'));
      this.pending.clear();
    };
    return w;
  }

  private call<T>(req: WithoutId<WorkerRequest>, handlers: Omit<Pending, 'resolve' | 'reject'>, transfer: Transferable[] = []): { id: number; promise: Promise<T> } {
    const id = this.nextId++;
    const promise = new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, ...handlers });
    });
    this.worker.postMessage({ ...req, id } as WorkerRequest, transfer);
    return { id, promise };
  }

  analyse(name: string, bytes: Uint8Array, law: Law, on: { header(h: DocumentHeader): void; progress(d: number, t: number, label?: string): void }, password?: string): Promise<AnalysisResult> {
    // A copy goes to the worker: the UI keeps its bytes for the viewer and the export.
    const copy = bytes.slice();
    return this.call<AnalysisResult>({ type: 'analyse', name, bytes: copy, law, ...(password !== undefined ? { password } : {}) }, { onHeader: on.header, onProgress: on.progress }, [copy.buffer]).promise;
  }

  exportBundle(dossier: Dossier, originals: { documentId: string; bytes: Uint8Array; password?: string }[], tool: string, onProgress: (d: number, t: number, l?: string) => void): Promise<BundleResult> {
    return this.call<BundleResult>({ type: 'export', dossier, originals, tool }, { onProgress }).promise;
  }

  /** The review export (review copies with /Redact annotations, the redaction log, the audit log). */
  reviewExport(dossier: Dossier, originals: { documentId: string; bytes: Uint8Array; password?: string }[], onProgress: (d: number, t: number, l?: string) => void): Promise<ReviewExportResult> {
    return this.call<ReviewExportResult>({ type: 'review-export', dossier, originals }, { onProgress }).promise;
  }

  /** The /Redact annotations of a PDF, read in the worker. */
  readMarks(name: string, bytes: Uint8Array, password?: string): Promise<ReadMarks> {
    const copy = bytes.slice();
    return this.call<ReadMarks>({ type: 'read-marks', name, bytes: copy, ...(password !== undefined ? { password } : {}) }, {}, [copy.buffer]).promise;
  }

  /** Duplicates, threads and families among documents (shared/dossier/copies.ts), found in the worker. */
  findGroups(documents: GroupInput[]): Promise<FoundGroup[]> {
    return this.call<FoundGroup[]>({ type: 'find-groups', documents }, {}).promise;
  }

  /** Stops whatever the worker is doing; pending calls reject with code 'cancelled'. */
  cancelAll(): void {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new CoreError('cancelled', 'cancelled'));
    this.pending.clear();
    this.worker = this.start();
  }
}
