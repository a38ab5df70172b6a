/**
 * The UI side of the core worker: one request → one promise, with progress callbacks and
 * cancel. Cancel terminates the worker (the only way to stop a running redaction at once)
 * and starts a fresh one for the next request.
 */
import type { Law } from '../../../shared/contract';
import type { Dossier } from '../../../shared/dossier';
import type { AnalysisResult, BundleResult, DocumentMeta, WorkerMessage, WorkerRequest } from './protocol';

export class CoreError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

interface Pending {
  resolve(v: unknown): void;
  reject(e: unknown): void;
  onProgress?(done: number, total: number, label?: string): void;
  onMeta?(m: DocumentMeta): void;
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
      if (m.type === 'progress') p.onProgress?.(m.done, m.total, m.label);
      else if (m.type === 'meta') p.onMeta?.(m.meta);
      else {
        this.pending.delete(m.id);
        if (m.type === 'result') p.resolve(m.value);
        else p.reject(new CoreError(m.code, m.message));
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

  analyse(name: string, bytes: Uint8Array, law: Law, on: { meta(m: DocumentMeta): void; progress(d: number, t: number): void }): Promise<AnalysisResult> {
    // A copy goes to the worker: the UI keeps its bytes for the viewer and the export.
    const copy = bytes.slice();
    return this.call<AnalysisResult>({ type: 'analyse', name, bytes: copy, law }, { onMeta: on.meta, onProgress: on.progress }, [copy.buffer]).promise;
  }

  exportBundle(dossier: Dossier, originals: { documentId: string; bytes: Uint8Array }[], tool: string, onProgress: (d: number, t: number, l?: string) => void): Promise<BundleResult> {
    return this.call<BundleResult>({ type: 'export', dossier, originals, tool }, { onProgress }).promise;
  }

  /** Stops whatever the worker is doing; pending calls reject with code 'cancelled'. */
  cancelAll(): void {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new CoreError('cancelled', 'cancelled'));
    this.pending.clear();
    this.worker = this.start();
  }
}
