/**
 * Wires the main process together. `electron` is injected, so the wiring is importable in
 * Node tests where `require('electron')` would throw (the binary is not installed there).
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import type * as ElectronNs from 'electron';
import type { MenuCommand, Progress } from '../../shared/ipc/contract';
import { EVENTS, fail, ok } from '../../shared/ipc/contract';
import { registerIpc, type Handlers } from './ipc';
import { APP_ORIGIN, APP_SCHEME, CSP, MIME, appFileFor, isAllowedRequestUrl, lockDownContents, webPreferences, withCsp } from './security';
import { menuTemplate } from './menu';
import { DossierStore, DOSSIER_EXTENSION } from './dossierStore';
import { ExportJobs, writeBundle } from './exporter';
import { FileGrant, readPdfFile, readPdfFiles } from './files';
import { OCR_WORKER_CSP, OcrSettings } from './ocr';

type Electron = typeof ElectronNs;

export interface AppPaths {
  /** Folder holding main.cjs and preload.cjs. */
  electronDir: string;
  /** The renderer's folder (index.html and assets/). */
  rendererDir: string;
}

/** The handlers behind the IPC channels, with dialogs and windows passed in (tested in Node). */
export function createHandlers(deps: {
  dialog: Pick<ElectronNs.Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  window: () => ElectronNs.BrowserWindow | null;
  store: DossierStore;
  grant: FileGrant;
  jobs: ExportJobs;
  documentsDir: string;
  sendProgress: (p: Progress) => void;
}): Handlers {
  const { dialog, store, grant, jobs } = deps;
  const parentWindow = () => deps.window() ?? undefined;
  const show = <T extends object>(fn: (w: ElectronNs.BrowserWindow | undefined) => Promise<T>) => fn(parentWindow());

  const grantDossierDocuments = (docs: unknown[]) => {
    // The dossier names its originals; reopening it lets the renderer read exactly those.
    for (const d of docs) {
      const p = (d as { path?: unknown })?.path;
      if (typeof p === 'string' && path.isAbsolute(p)) grant.grant(p);
    }
  };

  return {
    'lakstift:open-pdfs': async () => {
      const r = await show((w) => dialog.showOpenDialog(w as ElectronNs.BrowserWindow, {
        title: "PDF's toevoegen",
        buttonLabel: 'Toevoegen',
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }));
      if (r.canceled || r.filePaths.length === 0) return fail('cancelled', 'No file chosen.');
      return readPdfFiles(r.filePaths, grant);
    },
    'lakstift:open-paths': async (paths) => readPdfFiles(paths, grant),
    'lakstift:read-pdf': async (p) => {
      if (!grant.has(p)) return fail('forbidden', `${path.basename(p)} was not opened by you in this session; add it with "PDF's toevoegen".`);
      return readPdfFile(p);
    },
    'lakstift:open-dossier': async () => {
      const r = await show((w) => dialog.showOpenDialog(w as ElectronNs.BrowserWindow, {
        title: 'Dossier openen',
        properties: ['openFile'],
        filters: [{ name: 'Lakstift-dossier', extensions: ['json'] }],
      }));
      if (r.canceled || r.filePaths.length === 0) return fail('cancelled', 'No dossier chosen.');
      const opened = await store.open(r.filePaths[0]);
      if (opened.ok) grantDossierDocuments(opened.value.dossier.documents);
      return opened;
    },
    'lakstift:open-recent': async (p) => {
      // Only paths on the recent list: the renderer cannot make us parse an arbitrary file.
      if (!store.isRecent(p, await store.recentWithRecovery())) return fail('forbidden', 'That dossier is not on the recent list.');
      const opened = await store.open(p);
      if (opened.ok) grantDossierDocuments(opened.value.dossier.documents);
      return opened;
    },
    'lakstift:recent-dossiers': async () => ok(await store.recentWithRecovery()),
    'lakstift:save-dossier': async ({ dossier, saveAs }) => {
      let target = store.current;
      if (saveAs || !target) {
        const r = await show((w) => dialog.showSaveDialog(w as ElectronNs.BrowserWindow, {
          title: 'Dossier opslaan',
          defaultPath: path.join(deps.documentsDir, `${safeFileName(dossier.title || 'Dossier')}${DOSSIER_EXTENSION}`),
          filters: [{ name: 'Lakstift-dossier', extensions: ['json'] }],
        }));
        if (r.canceled || !r.filePath) return fail('cancelled', 'Not saved.');
        target = r.filePath;
      }
      return store.save(dossier, target);
    },
    'lakstift:auto-save': async (dossier) => store.autoSave(dossier),
    'lakstift:export-bundle': async (request) => {
      const r = await show((w) => dialog.showOpenDialog(w as ElectronNs.BrowserWindow, {
        title: 'Map voor het besluitpakket kiezen',
        buttonLabel: 'Hier exporteren',
        properties: ['openDirectory', 'createDirectory'],
        defaultPath: deps.documentsDir,
      }));
      if (r.canceled || r.filePaths.length === 0) return fail('cancelled', 'Export cancelled.');
      const signal = jobs.start(request.jobId);
      try {
        return await writeBundle(request, r.filePaths[0], { signal, onProgress: deps.sendProgress });
      } finally {
        jobs.finish(request.jobId);
      }
    },
    'lakstift:cancel-export': async (jobId) => {
      jobs.cancel(jobId);
      return ok(null);
    },
    'lakstift:set-title': async (title) => {
      deps.window()?.setTitle(title ? `${title} — Lakstift` : 'Lakstift');
      return ok(null);
    },
  };
}

export function safeFileName(s: string): string {
  return s.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '').slice(0, 120) || 'Dossier';
}

export function startApp(electron: Electron, paths: AppPaths): void {
  const { app, BrowserWindow, ipcMain, dialog, Menu, session, protocol } = electron;
  const devUrl = !app.isPackaged ? process.env.LAKSTIFT_DEV_URL : undefined;
  const appUrl = devUrl ?? `${APP_ORIGIN}/index.html`;
  // A privileged scheme of our own instead of file://: a real origin for CSP 'self', module
  // workers and storage, and no way for the page to reach other files on disk.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);
  const appUrls = [appUrl];
  let win: ElectronNs.BrowserWindow | null = null;

  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  const send = (channel: string, payload: unknown) => {
    if (win && !win.isDestroyed()) win.webContents.send(channel, payload);
  };
  const store = new DossierStore(app.getPath('userData'));
  const ocr = new OcrSettings(path.join(app.getPath('userData'), 'settings.json'), app.isPackaged ? process.resourcesPath : undefined);
  const handlers = createHandlers({
    dialog,
    window: () => win,
    store,
    grant: new FileGrant(),
    jobs: new ExportJobs(),
    documentsDir: app.getPath('documents'),
    sendProgress: (p) => send(EVENTS.progress, p),
  });

  app.on('web-contents-created', (_e, contents) => lockDownContents(contents, appUrls));

  app.whenReady().then(() => {
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
    ses.setPermissionCheckHandler(() => false);
    ses.webRequest.onBeforeRequest((details, cb) => cb({ cancel: !isAllowedRequestUrl(details.url, appUrls) }));
    ses.webRequest.onHeadersReceived((details, cb) => cb({ responseHeaders: withCsp(details.responseHeaders) }));

    protocol.handle(APP_SCHEME, async (request) => {
      // OCR language data comes from the folder found or chosen (electron/main/ocr.ts), not the renderer's files.
      const tessdata = /^\/tessdata\/([^/]+)$/.exec(new URL(request.url).pathname);
      if (tessdata) return ocr.respond(decodeURIComponent(tessdata[1]), request.method);
      const file = appFileFor(request.url, paths.rendererDir, path.join, path.sep);
      const body = file ? await fs.readFile(file).catch(() => null) : null;
      if (!file || !body) return new Response('Not found', { status: 404 });
      const csp = file.startsWith(path.join(paths.rendererDir, 'tesseract') + path.sep) ? OCR_WORKER_CSP : CSP;
      return new Response(body, { headers: { 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': csp } });
    });
    registerIpc(ipcMain, handlers, appUrls);
    const sendMenu = (c: MenuCommand) => send(EVENTS.menu, c);
    const chooseTessdata = async () => {
      const r = await dialog.showOpenDialog(...((win ? [win] : []) as [ElectronNs.BrowserWindow]), { title: 'Map met OCR-taalgegevens (nld.traineddata)', properties: ['openDirectory'] });
      if (r.canceled || !r.filePaths[0]) return;
      const done = await ocr.choose(r.filePaths[0]);
      await dialog.showMessageBox({ type: done.ok ? 'info' : 'warning', message: done.ok ? 'De OCR-taalgegevens worden vanaf nu uit deze map gelezen; open de documenten opnieuw om ze te laten lezen.' : done.reason });
    };
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(sendMenu, { isMac: process.platform === 'darwin', dev: !app.isPackaged, chooseTessdata: () => void chooseTessdata() })));

    win = new BrowserWindow({
      width: 1400,
      height: 900,
      minWidth: 960,
      minHeight: 600,
      title: 'Lakstift',
      show: false,
      backgroundColor: '#f4f3ef',
      webPreferences: webPreferences(path.join(paths.electronDir, 'preload.cjs')),
    });
    win.once('ready-to-show', () => win?.show());
    win.on('closed', () => {
      win = null;
    });
    void win.loadURL(appUrl);
  });

  app.on('window-all-closed', () => app.quit());
}

export { CSP };
