/// <reference lib="webworker" />
/**
 * The core in a Web Worker (DESIGN.md "Long work runs off the UI thread"): the engines of
 * shared/engine.ts on the browser host, answering the UI thread's requests (./core.ts).
 */
import { createEngines } from '../../../shared/engine';
import { handleRequest } from './core';
import { browserHost } from './host';
import type { WorkerMessage, WorkerRequest } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const engines = createEngines(browserHost());
const post = (m: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(m, transfer);

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  void handleRequest(engines, e.data, post);
};
