/**
 * The window's security settings (STYLE.md "One IPC contract": sandbox, context isolation,
 * no Node, navigation and window.open denied, a strict CSP, no remote content). Kept as
 * plain functions over small interfaces so that tests check them without Electron.
 */
import type { WebPreferences } from 'electron';

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self' blob: data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function webPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // Autoplay, fullscreen, etc. are refused by the permission handler below.
  };
}

/** Only the app's own files (and devtools) may load: anything else is remote content. */
export function isAllowedRequestUrl(url: string, appUrls: readonly string[]): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'devtools:' || u.protocol === 'blob:' || u.protocol === 'data:') return true;
  return appUrls.some((a) => {
    const base = new URL(a);
    const dir = base.pathname.replace(/[^/]*$/, '');
    return u.protocol === base.protocol && u.host === base.host && u.pathname.startsWith(dir);
  });
}

/** The app's own scheme: pages load from lakstift://app/, never from file:// or the network. */
export const APP_SCHEME = 'lakstift';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

/**
 * Maps a lakstift://app/… request to a file under the renderer folder, or null when the
 * path is not inside it (no "..", no encoded escapes, no absolute paths).
 */
export function appFileFor(requestUrl: string, rendererDir: string, join: (...p: string[]) => string, sep: string): string | null {
  let u: URL;
  try {
    u = new URL(requestUrl);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== 'app') return null;
  let rel: string;
  try {
    rel = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0') || rel.includes('\\')) return null;
  const parts = rel.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '..' || p === '.')) return null;
  const file = join(rendererDir, ...(parts.length ? parts : ['index.html']));
  return file.startsWith(rendererDir.endsWith(sep) ? rendererDir : rendererDir + sep) ? file : null;
}

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.ttf': 'font/ttf', '.pfb': 'application/octet-stream', '.bcmap': 'application/octet-stream',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png',
};

interface WebContentsLike {
  setWindowOpenHandler(h: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate' | 'will-redirect', l: (e: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'will-attach-webview', l: (e: { preventDefault(): void }) => void): unknown;
}

/** Every navigation away from the app and every new window is refused. */
export function lockDownContents(contents: WebContentsLike, appUrls: readonly string[]): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stay = (e: { preventDefault(): void }, url: string) => {
    if (!appUrls.some((a) => sameDocument(a, url))) e.preventDefault();
  };
  contents.on('will-navigate', stay);
  contents.on('will-redirect', stay);
  contents.on('will-attach-webview', (e) => e.preventDefault());
}

function sameDocument(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.protocol === y.protocol && x.host === y.host && x.pathname === y.pathname;
  } catch {
    return false;
  }
}

/** Adds the CSP header to every response (the page also carries it as a meta tag for file://). */
export function withCsp(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(headers ?? {})) if (k.toLowerCase() !== 'content-security-policy') out[k] = v;
  out['Content-Security-Policy'] = [CSP];
  return out;
}
