/**
 * One core, two hosts (issue #10): the app's worker code (renderer/src/worker/core.ts, the
 * code the Web Worker runs, here on the Node host's I/O) and the command line give the same
 * text, suggestions, inventory and bundle for the same PDFs: real-producer fixtures, among
 * them a font that needs the predefined CMap 90ms-RKSJ-H and a file encrypted with a user
 * password. The app's dossier is built the way its controller does it (admitDocuments).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SuggestOutput, TextOutput } from '../../shared/contract';
import { acceptAllProposed, createDossier } from '../../shared/dossier/actions';
import type { Dossier } from '../../shared/dossier/types';
import { admitDocuments, createEngines } from '../../shared/engine';
import type { ExportFile } from '../../shared/ipc/contract';
import { handleRequest } from '../../renderer/src/worker/core';
import type { AnalysisResult, BundleResult, WorkerMessage, WorkerRequest } from '../../renderer/src/worker/protocol';
import { unpackWords } from '../../shared/app/packedWords';
import { nodeHost } from '../../node/host';
import { loadDossier } from '../../node/dossierStore';
import { cli } from '../helpers/cli';
import { producerPdf } from '../helpers/engines';

const FILES = ['gs-cjk-cmap.pdf', 'qpdf-encrypted-letter.pdf', 'enscript-email-thread.pdf', 'soffice-memo.pdf'];
const PASSWORD = 'geheim';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-same-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Sends one request through the worker's handler and collects what it posts. */
async function worker<T>(req: WorkerRequest): Promise<{ value: T; messages: WorkerMessage[] }> {
  const engines = createEngines(nodeHost());
  const messages: WorkerMessage[] = [];
  await handleRequest(engines, req, (m) => messages.push(m));
  const last = messages.at(-1)!;
  if (last.type === 'error') throw new Error(`${last.code}: ${last.message}`);
  if (last.type !== 'result') throw new Error(`the worker ended with ${last.type}`);
  return { value: last.value as T, messages };
}

const read = (f: string) => new Uint8Array(readFileSync(f));
const pdftotext = (f: string) => execFileSync('pdftotext', [f, '-'], { encoding: 'utf8' });

describe('the app\'s worker and the command line', () => {
  const app: AnalysisResult[] = [];
  let appDossier: Dossier;
  let appFiles: ExportFile[];
  let cliDossier: Dossier;
  const cliOut = path.join(tmp, 'cli-bundle');
  const input = path.join(tmp, 'in');

  beforeAll(async () => {
    // The same files, in one folder, in the order the command line reads a folder.
    execFileSync('mkdir', ['-p', input]);
    FILES.forEach((f, i) => writeFileSync(path.join(input, `${i + 1}-${f}`), read(producerPdf(f))));
    const paths = readdirSync(input).sort((a, b) => a.localeCompare(b, 'nl', { numeric: true })).map((f) => path.join(input, f));

    // The app: analyse in the worker, admit as the controller does, accept all, export in the worker.
    for (const [i, p] of paths.entries()) {
      const { value } = await worker<AnalysisResult>({ type: 'analyse', id: i, name: p, bytes: read(p), law: 'wob', password: PASSWORD });
      app.push(value);
    }
    const at = new Date('2025-01-01T10:00:00Z').toISOString();
    const empty = createDossier({ id: 'app', title: 'Gelijk', law: 'wob', caseNumber: 'WOO-1' }, { by: 'tester', at }).dossier;
    const admitted = admitDocuments(empty, app.map((a) => a.header), app.map((a) => a.suggestions), { by: 'tester', at });
    appDossier = acceptAllProposed(admitted.dossier, { by: 'tester', at }).dossier;
    const exported = await worker<BundleResult>({
      type: 'export', id: 99, dossier: appDossier, tool: 'Lakstift 0.1.0',
      originals: appDossier.documents.map((d) => ({ documentId: d.id, bytes: read(d.path), password: PASSWORD })),
    });
    expect(exported.value.failure).toBeUndefined();
    appFiles = exported.value.files;

    // The command line: bundle the folder with every suggestion accepted, and keep the dossier.
    const dossierFile = path.join(tmp, 'cli.lakstift.json');
    const r = await cli('bundle', input, '-o', cliOut, '--accept-all', '--password', PASSWORD, '--title', 'Gelijk', '--case', 'WOO-1', '--save-dossier', dossierFile);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('lakstift'))).toEqual([]);
    expect(r.code).toBe(0);
    cliDossier = await loadDossier(dossierFile);
  }, 300_000);

  it('read the same words at the same places, the CMap font and the encrypted file included', async () => {
    for (const [i, a] of app.entries()) {
      const file = cliDossier.documents[i].path;
      const r = await cli('text', path.resolve(tmp, file), '--json', '--password', PASSWORD);
      expect(r.code).toBe(0);
      const cliPages = (JSON.parse(r.stdout) as TextOutput).pages.map((p) => ({ page: p.page, words: p.words }));
      // Packed in the worker and unpacked as the controller does (shared/app/packedWords.ts).
      const pages = unpackWords(a.pages).map((p) => ({ page: p.page, words: p.words }));
      expect(pages, file).toEqual(cliPages);
      expect(pages.flatMap((p) => p.words).length, file).toBeGreaterThan(20);
    }
    // The CMap font reads as text (without the predefined CMap there is none).
    expect(unpackWords(app[0].pages)[0].words.map((w) => w.text).join(' ')).toContain('Tanaka');
    expect(unpackWords(app[1].pages)[0].words.map((w) => w.text).join(' ')).toContain('Çelik-Vermeulen');
  });

  it('make the same suggestions', async () => {
    const r = await cli('suggest', ...cliDossier.documents.map((d) => path.resolve(tmp, d.path)), '--password', PASSWORD);
    const out = JSON.parse(r.stdout) as SuggestOutput;
    out.documents.forEach((d, i) => {
      expect(app[i].suggestions.suggestions, d.file).toEqual(d.suggestions);
      expect(app[i].suggestions.kept, d.file).toEqual(d.kept);
    });
    expect(app[0].suggestions.suggestions.map((s) => s.text)).toContain('mevrouw J.M. de Vries');
  });

  it('build the same dossier: numbers, titles, dates, types, e-mail thread IDs, redactions', () => {
    const strip = (d: Dossier) => ({
      documents: d.documents.map(({ id, number, title, date, dateSource, fileType, threadId, pageCount, sha256 }) => ({ id, number, title, date, dateSource, fileType, threadId, pageCount, sha256 })),
      redactions: d.redactions.map(({ documentId, page, rects, grounds, text, category, status }) => ({ documentId, page, rects, grounds, text, category, status })),
    });
    expect(strip(appDossier)).toEqual(strip(cliDossier));
  });

  it('write the same inventory and the same redacted documents', () => {
    const appByName = new Map(appFiles.map((f) => [f.path, f.bytes]));
    const cliNames = (readdirSync(cliOut, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).filter((f) => f !== 'diwoo').sort();
    expect([...appByName.keys()].sort()).toEqual(cliNames);
    for (const name of ['inventaris.csv', 'inventaris.json', 'redactielog.csv', 'overwegingen.md', 'controle.txt']) {
      // Who decided and when differ (an officer in the app, "--accept-all" now on the command line).
      const norm = (s: string) => (name === 'redactielog.csv' ? s.split('\n').map((l) => l.split(';').slice(0, -2).join(';')).join('\n') : s);
      expect(norm(Buffer.from(appByName.get(name)!).toString('utf8')), name).toBe(norm(readFileSync(path.join(cliOut, name), 'utf8')));
    }
    for (const name of cliNames.filter((n) => /^\d{4} .*\.pdf$/.test(n))) {
      const f = path.join(tmp, `app-${name}`);
      writeFileSync(f, appByName.get(name)!);
      expect(pdftotext(f), name).toBe(pdftotext(path.join(cliOut, name)));
    }
    const am = JSON.parse(new TextDecoder().decode(appByName.get('manifest.json')));
    const cm = JSON.parse(readFileSync(path.join(cliOut, 'manifest.json'), 'utf8'));
    expect(am.counts).toEqual(cm.counts);
    expect(am.originals).toEqual(cm.originals);
  });
});
