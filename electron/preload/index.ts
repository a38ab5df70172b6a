/**
 * The preload script: exposes `window.lakstift` (the `LakstiftApi` of shared/ipc/contract.ts)
 * and nothing else: no ipcRenderer, no generic send (VS Code's sandbox preload does the same).
 * Runs sandboxed, so it is bundled to one CommonJS file with only `electron` external.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { DroppedFileLike, LakstiftApi, MenuCommand, Progress, Result } from '../../shared/ipc/contract';
import { CHANNELS, EVENTS, fail, isMenuCommand, isProgress } from '../../shared/ipc/contract';

const invoke = <T>(channel: string, payload?: unknown): Promise<Result<T>> =>
  ipcRenderer.invoke(channel, payload).catch((e: unknown) => fail<T>('internal', e instanceof Error ? e.message : String(e)));

function listen<T>(channel: string, guard: (v: unknown) => v is T, listener: (v: T) => void): () => void {
  const wrapped = (_e: IpcRendererEvent, v: unknown) => {
    if (guard(v)) listener(v);
  };
  ipcRenderer.on(channel, wrapped);
  return () => ipcRenderer.removeListener(channel, wrapped);
}

const api: LakstiftApi = {
  host: 'electron',
  openPdfs: () => invoke(CHANNELS.openPdfs),
  openDropped: (files: readonly DroppedFileLike[]) => {
    // Electron 32+ no longer puts a path on File; webUtils maps a dropped File to its path.
    const paths = files.map((f) => webUtils.getPathForFile(f as unknown as File)).filter((p) => p !== '');
    if (paths.length === 0) return Promise.resolve(fail('not-found', 'Nothing that Lakstift can open was dropped.'));
    return invoke(CHANNELS.openPaths, paths);
  },
  readPdf: (p) => invoke(CHANNELS.readPdf, p),
  openDossier: () => invoke(CHANNELS.openDossier),
  openRecent: (p) => invoke(CHANNELS.openRecent, p),
  recentDossiers: () => invoke(CHANNELS.recentDossiers),
  saveDossier: (req) => invoke(CHANNELS.saveDossier, req),
  autoSave: (d) => invoke(CHANNELS.autoSave, d),
  // One string across the bridge and the IPC instead of a deep copy of every redaction.
  autoSaveText: (json: string) => invoke(CHANNELS.autoSave, json),
  exportBundle: (req) => invoke(CHANNELS.exportBundle, req),
  cancelExport: (jobId) => invoke(CHANNELS.cancelExport, jobId),
  setTitle: (t) => invoke(CHANNELS.setTitle, t),
  onProgress: (l: (p: Progress) => void) => listen(EVENTS.progress, isProgress, l),
  onMenu: (l: (c: MenuCommand) => void) => listen(EVENTS.menu, isMenuCommand, l),
};

contextBridge.exposeInMainWorld('lakstift', api);
