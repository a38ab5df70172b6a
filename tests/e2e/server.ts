/**
 * A tiny static server for the built renderer (dist/renderer), with the same CSP the
 * Electron window enforces, so the end-to-end tests run the real UI under the real policy.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CSP } from '../../electron/main/security';
import { OCR_WORKER_CSP } from '../../electron/main/ocr';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.map': 'application/json', '.ttf': 'font/ttf', '.pfb': 'application/octet-stream',
  '.bcmap': 'application/octet-stream', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png',
};

/**
 * Serves `root`. Like the Electron main process (electron/main/ocr.ts), tesseract's worker
 * scripts get the policy that lets them compile WebAssembly, and `tessdata/nld.traineddata`
 * comes from `opts.tessdata` when given (404 otherwise: the app then has no OCR).
 */
export async function serveStatic(root: string, opts: { tessdata?: string } = {}): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/tessdata/nld.traineddata') {
      const body = opts.tessdata ? await readFile(path.join(opts.tessdata, 'nld.traineddata')).catch(() => null) : null;
      if (body) res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(body.length) }).end(req.method === 'HEAD' ? undefined : body);
      else res.writeHead(404).end();
      return;
    }
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
    try {
      const body = await readFile(file);
      const csp = file.startsWith(path.join(root, 'tesseract') + path.sep) ? OCR_WORKER_CSP : CSP;
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}
