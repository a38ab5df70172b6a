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
    if (base.protocol === 'file:') return u.protocol === 'file:' && u.pathname.startsWith(base.pathname.replace(/[^/]*$/, ''));
    return u.origin === base.origin;
  });
}

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
