/**
 * Renderer entry. In Electron the preload has put the typed API on `window.lakstift`; in a
 * plain browser (development, end-to-end tests) the browser host provides the same API.
 */
import { createRoot } from 'react-dom/client';
import type { LakstiftApi } from '../../shared/ipc/contract';
import { createBrowserHost } from './host/browserHost';
import { Controller } from './controller';
import { ControllerContext } from './useController';
import { App } from './App';
import { prewarmPdf } from './pdf';
import './styles.css';

declare global {
  interface Window {
    lakstift?: LakstiftApi;
    /** Exposed for the end-to-end tests only in the browser host. */
    __lakstift?: Controller;
  }
}

const api = window.lakstift ?? createBrowserHost();
const makeWorker = () => new Worker(new URL('./worker/core.worker.ts', import.meta.url), { type: 'module', name: 'lakstift-core' });
const controller = new Controller(api, makeWorker);
if (api.host === 'browser') window.__lakstift = controller;

createRoot(document.getElementById('root')!).render(
  <ControllerContext.Provider value={controller}>
    <App controller={controller} />
  </ControllerContext.Provider>,
);

// pdf.js's once-per-window work while the officer is still choosing files (issue #17).
const idle = (cb: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(cb, { timeout: 2000 }) : setTimeout(cb, 500));
idle(prewarmPdf);
