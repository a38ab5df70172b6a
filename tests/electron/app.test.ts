/**
 * The main process wired up with a fake `electron` (the real binary is not installed in
 * CI): the window it opens, what it lets load, the scheme that serves the renderer, and the
 * IPC channels it answers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp } from '../../electron/main/app';
import { CHANNELS } from '../../shared/ipc/contract';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lakstift-app-'));
  await fs.mkdir(path.join(dir, 'renderer', 'assets'), { recursive: true });
  await fs.writeFile(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>Lakstift</title>');
  await fs.writeFile(path.join(dir, 'secret.txt'), 'not for the page');
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function fakeElectron() {
  const rec = {
    windows: [] as { options: Record<string, unknown> & { webPreferences?: unknown }; url?: string; contents: { handlers: Record<string, unknown> } }[],
    handled: new Map<string, (...a: unknown[]) => unknown>(),
    schemes: [] as unknown[],
    protocolHandler: undefined as undefined | ((r: { url: string }) => Promise<Response>),
    permission: undefined as undefined | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
    beforeRequest: undefined as undefined | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    appEvents: new Map<string, (...a: unknown[]) => void>(),
    menu: undefined as unknown,
    sandboxed: false,
  };
  let ready!: () => void;
  const whenReady = new Promise<void>((r) => (ready = r));
  class BrowserWindow {
    webContents = { send: () => undefined, handlers: {} as Record<string, unknown> };
    constructor(options: Record<string, unknown>) {
      rec.windows.push({ options, contents: this.webContents });
    }
    once() {}
    on() {}
    loadURL(url: string) {
      rec.windows[rec.windows.length - 1].url = url;
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      isPackaged: true,
      enableSandbox: () => (rec.sandboxed = true),
      requestSingleInstanceLock: () => true,
      quit: () => undefined,
      on: (e: string, l: (...a: unknown[]) => void) => rec.appEvents.set(e, l),
      whenReady: () => whenReady,
      getPath: (n: string) => path.join(dir, n),
    },
    BrowserWindow,
    ipcMain: { handle: (c: string, l: (...a: unknown[]) => unknown) => rec.handled.set(c, l) },
    dialog: {},
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (rec.menu = m) },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => rec.schemes.push(...s),
      handle: (_s: string, h: (r: { url: string }) => Promise<Response>) => (rec.protocolHandler = h),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof rec.permission) => (rec.permission = h),
        setPermissionCheckHandler: () => undefined,
        webRequest: {
          onBeforeRequest: (h: typeof rec.beforeRequest) => (rec.beforeRequest = h),
          onHeadersReceived: () => undefined,
        },
      },
    },
  };
  return { electron, rec, ready };
}

describe('the main process', () => {
  it('opens one sandboxed, isolated window on the app scheme and answers the contract channels', async () => {
    const { electron, rec, ready } = fakeElectron();
    startApp(electron as never, { electronDir: path.join(dir, 'electron'), rendererDir: path.join(dir, 'renderer') });
    expect(rec.sandboxed).toBe(true);
    expect(rec.schemes).toEqual([expect.objectContaining({ scheme: 'lakstift' })]);
    ready();
    await new Promise((r) => setTimeout(r, 10));
    expect(rec.windows).toHaveLength(1);
    const w = rec.windows[0];
    expect(w.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, preload: path.join(dir, 'electron', 'preload.cjs') });
    expect(w.url).toBe('lakstift://app/index.html');
    expect([...rec.handled.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    expect((rec.menu as { label: string }[]).map((m) => m.label)).toContain('Bestand');
  });

  it('refuses permissions and remote requests, and serves only renderer files with the CSP', async () => {
    const { electron, rec, ready } = fakeElectron();
    startApp(electron as never, { electronDir: dir, rendererDir: path.join(dir, 'renderer') });
    ready();
    await new Promise((r) => setTimeout(r, 10));
    let granted: boolean | undefined;
    rec.permission!(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    const cancelled = (url: string) => {
      let c: boolean | undefined;
      rec.beforeRequest!({ url }, (r) => (c = r.cancel));
      return c;
    };
    expect(cancelled('https://example.org/tracker.js')).toBe(true);
    expect(cancelled('lakstift://app/assets/index.js')).toBe(false);
    const index = await rec.protocolHandler!({ url: 'lakstift://app/index.html' });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await index.text()).toContain('<title>Lakstift</title>');
    const escape = await rec.protocolHandler!({ url: 'lakstift://app/../secret.txt' });
    expect(escape.status).toBe(404);
  });

  it('validates IPC before acting: a call from a foreign frame gets "forbidden"', async () => {
    const { electron, rec, ready } = fakeElectron();
    startApp(electron as never, { electronDir: dir, rendererDir: path.join(dir, 'renderer') });
    ready();
    await new Promise((r) => setTimeout(r, 10));
    const recent = rec.handled.get(CHANNELS.recentDossiers)!;
    expect(await recent({ senderFrame: { url: 'lakstift://app/index.html', parent: null } })).toEqual({ ok: true, value: [] });
    expect(await recent({ senderFrame: { url: 'https://evil.example/', parent: null } })).toMatchObject({ ok: false, code: 'forbidden' });
  });
});
