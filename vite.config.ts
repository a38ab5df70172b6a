// Builds the renderer (React + pdf.js + the core in a Web Worker) into dist/renderer. The
// same build runs in Electron (file://, hence the relative base) and in the browser host
// that the end-to-end tests drive.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { CSP as WINDOW_CSP } from './electron/main/security';

const root = fileURLToPath(new URL('./renderer', import.meta.url));

// The CSP of the Electron window (electron/main/security.ts), also as a meta tag: file://
// pages get no response headers. Only in builds: the dev server injects an inline script for
// React refresh, which this policy would (rightly) block.
// frame-ancestors is dropped: browsers ignore it in a meta tag and warn.
const CSP = WINDOW_CSP.replace(/; frame-ancestors[^;]*/, '');

function cspMeta(): Plugin {
  return {
    name: 'lakstift-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
    // pdf.js's worker is a separate file served from our own origin (no CDN, CSP 'self').
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: true, fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] } },
  define: {
    // @cantoo/pdf-lib and friends probe `process.env` here and there; the renderer has no Node.
    'process.env.NODE_DEBUG': 'false',
  },
});
