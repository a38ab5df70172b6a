import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { ExportJobs, writeBundle } from '../../electron/main/exporter';
import { createHandlers } from '../../electron/main/app';
import { DossierStore } from '../../electron/main/dossierStore';
import { FileGrant } from '../../electron/main/files';
import type { Progress } from '../../shared/ipc/contract';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lakstift-export-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const enc = new TextEncoder();
const files = (n: number) => Array.from({ length: n }, (_, i) => ({ path: `documenten/${String(i + 1).padStart(4, '0')}.pdf`, bytes: enc.encode(`%PDF-${i}`) }));

describe('bundle export', () => {
  it('writes every file under the chosen folder and reports progress per file', async () => {
    const progress: Progress[] = [];
    const r = await writeBundle({ jobId: 'j', folderName: 'Besluit', files: [...files(3), { path: 'inventaris.csv', bytes: enc.encode('ID;Document\n') }] }, dir, {
      signal: new AbortController().signal,
      onProgress: (p) => progress.push(p),
    });
    expect(r).toMatchObject({ ok: true, value: { location: path.join(dir, 'Besluit'), files: 4 } });
    expect(await fs.readFile(path.join(dir, 'Besluit', 'documenten', '0002.pdf'), 'utf8')).toBe('%PDF-1');
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4]);
    expect(await fs.readdir(dir)).toEqual(['Besluit']);
  });

  it('never overwrites an earlier bundle: the second export gets its own folder', async () => {
    const opts = { signal: new AbortController().signal, onProgress: () => undefined };
    await writeBundle({ jobId: 'a', folderName: 'Besluit', files: files(1) }, dir, opts);
    const r = await writeBundle({ jobId: 'b', folderName: 'Besluit', files: files(1) }, dir, opts);
    expect(r.ok && r.value.location).toBe(path.join(dir, 'Besluit (2)'));
  });

  it('leaves nothing behind when cancelled half-way', async () => {
    const jobs = new ExportJobs();
    const signal = jobs.start('job');
    const r = await writeBundle({ jobId: 'job', folderName: 'Besluit', files: files(50) }, dir, {
      signal,
      onProgress: (p) => {
        if (p.done === 5) jobs.cancel('job');
      },
    });
    expect(r).toMatchObject({ ok: false, code: 'cancelled' });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('export through the handler asks for a folder and honours the cancel channel', async () => {
    const jobs = new ExportJobs();
    const handlers = createHandlers({
      dialog: {
        showOpenDialog: async () => ({ canceled: false, filePaths: [dir] }),
        showSaveDialog: async () => ({ canceled: true, filePath: '' }),
      } as never,
      window: () => null,
      store: new DossierStore(path.join(dir, 'user')),
      grant: new FileGrant(),
      jobs,
      documentsDir: dir,
      sendProgress: (p) => {
        if (p.done === 2) void handlers['lakstift:cancel-export']('job-7', {} as IpcMainInvokeEvent);
      },
    });
    const r = await handlers['lakstift:export-bundle']({ jobId: 'job-7', folderName: 'Pakket', files: files(20) }, {} as IpcMainInvokeEvent);
    expect(r).toMatchObject({ ok: false, code: 'cancelled' });
    expect((await fs.readdir(dir)).filter((f) => f !== 'user')).toEqual([]);
    expect(jobs.running).toBe(0);
  });

  it('reads a PDF for the renderer only when the officer opened it in this session', async () => {
    await fs.writeFile(path.join(dir, 'a.pdf'), '%PDF-1.4');
    const grant = new FileGrant();
    const handlers = createHandlers({
      dialog: { showOpenDialog: async () => ({ canceled: false, filePaths: [path.join(dir, 'a.pdf')] }) } as never,
      window: () => null,
      store: new DossierStore(path.join(dir, 'user')),
      grant,
      jobs: new ExportJobs(),
      documentsDir: dir,
      sendProgress: () => undefined,
    });
    const ev = {} as IpcMainInvokeEvent;
    expect(await handlers['lakstift:read-pdf'](path.join(dir, 'a.pdf'), ev)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await handlers['lakstift:open-pdfs'](undefined, ev)).toMatchObject({ ok: true });
    expect(await handlers['lakstift:read-pdf'](path.join(dir, 'a.pdf'), ev)).toMatchObject({ ok: true, value: { name: 'a.pdf' } });
  });
});
