/**
 * The officer's workbench (issue #14), in the real UI (built renderer, browser host, Chromium):
 * a dossier of ten documents from different producers with a bad file and a password file
 * among them; search-and-redact by pattern as one undo step; a box drawn, its ground asked,
 * moved and resized with the mouse and the keyboard; a document refused on a ground; a
 * landscape page shown whole; export. Then a 300-page document with 10,200 suggestions: the
 * review panel draws only the rows in view, and the worst key-press latency is printed (the
 * 300-page export is not run here). Screenshots go to
 * tests/e2e/screenshots/1x-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import type { Page } from 'playwright-core';
import { serveStatic } from './server';
import { launch } from './browser';
import { parseCsv } from '../../shared/export';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = path.join(root, 'tests', 'fixtures', 'producers');
const shots = path.join(root, 'tests', 'e2e', 'screenshots');
const TEN = [
  'soffice-letter.pdf', 'soffice-memo.pdf', 'soffice-email.pdf', 'enscript-email.pdf', 'enscript-email-thread.pdf',
  'gs-fonts-latin1.pdf', 'gs-two-column.pdf', 'gs-word-spacing.pdf', 'chromium-table.pdf', 'chromium-landscape.pdf',
].map((f) => path.join(fixtures, f));
const ENCRYPTED = path.join(fixtures, 'qpdf-encrypted-letter.pdf');

let srv: Awaited<ReturnType<typeof serveStatic>>;
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;
let tmp: string;
const errors: string[] = [];

interface R { id: string; documentId: string; page: number; text: string; status: string; category: string; origin: string; rects: number[][]; grounds: string[]; wholePage?: boolean }
interface D { id: string; number: string; title: string; path: string; wholeDocumentGrounds: string[] }
type W = { __lakstift: { state: { dossier: { redactions: R[]; documents: D[] }; focusId: string | null } } };
const redactions = (p: Page) => p.evaluate(() => (window as unknown as W).__lakstift.state.dossier.redactions);
const documents = (p: Page) => p.evaluate(() => (window as unknown as W).__lakstift.state.dossier.documents);
const toasts = (p: Page) => p.locator('.toast').allTextContents();


beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'lakstift-prof-'));
  srv = await serveStatic(process.env.PROF_DIST ?? path.join(root, 'dist', 'renderer'));
  browser = await launch();
  page = await browser.context.newPage();
});
afterAll(async () => { await browser?.close(); await srv?.close(); });
describe('a 300-page document with 10,200 suggestions', () => {
  // The review panel's speed does not depend on how the suggestions were made: the dossier is
  // built here with the project's own functions (what the detectors give for these lines:
  // every e-mail address and 06-number), opened like a saved dossier, and the PDF added again.
  let big: string;
  let dossierFile: string;
  beforeAll(async () => {
    const { addDocument, addSuggestions, createDossier, serializeDossier } = await import('../../shared/dossier');
    const { createHash } = await import('node:crypto');
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const suggestions: import('../../shared/contract').Suggestion[] = [];
    let k = 0;
    for (let p = 1; p <= 300; p++) {
      const pg = doc.addPage([595, 842]);
      pg.drawText(`Verslag overleg, pagina ${p}`, { x: 50, y: 800, size: 12, font });
      for (let l = 0; l < 17; l++) {
        k++;
        const mail = `medewerker${k}@voorbeeld.nl`;
        const phone = `06 ${String(10000000 + ((k * 7919) % 89999999)).padStart(8, '0')}`;
        const lead = 'Reactie van ';
        const line = `${lead}${mail}, bereikbaar op ${phone}.`;
        const y = 770 - l * 40;
        pg.drawText(line, { x: 50, y, size: 10, font });
        const at = (s: string) => 50 + font.widthOfTextAtSize(line.slice(0, line.indexOf(s)), 10);
        const rect = (s: string): [number, number, number, number] => [at(s), 842 - y - 9, at(s) + font.widthOfTextAtSize(s, 10), 842 - y + 2];
        suggestions.push({ id: `m${k}`, page: p, category: 'email', text: mail, grounds: ['5.1.2e'], confidence: 0.95, reason: 'persoonlijk e-mailadres', rects: [rect(mail)] });
        suggestions.push({ id: `t${k}`, page: p, category: 'phone', text: phone, grounds: ['5.1.2e'], confidence: 0.9, reason: 'mobiel nummer (06)', rects: [rect(phone)] });
      }
    }
    const bytes = await doc.save();
    big = path.join(tmp, 'verslag-300.pdf');
    await writeFile(big, bytes);
    const ctx = { by: 'e2e', at: '2026-12-06T12:00:00.000Z' };
    let d = createDossier({ id: 'dossier-300', title: 'Verslagen 300', law: 'woo', caseNumber: 'Woo-2026/0300' }, ctx).dossier;
    d = addDocument(d, { path: 'browser:1/verslag-300.pdf', sha256: createHash('sha256').update(bytes).digest('hex'), title: 'Verslag overleg', pageCount: 300, date: '2026-11-02' }, ctx).dossier;
    d = addSuggestions(d, 'd1', suggestions, ctx).dossier;
    dossierFile = path.join(tmp, 'verslagen-300.lakstift.json');
    await writeFile(dossierFile, serializeDossier(d));
    await page.goto(srv.url);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  });

  it('keeps the review panel virtualised with 10,200 suggestions on 300 pages, and prints the key-press latency', async () => {
    const [dc] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Dossier openen' }).click()]);
    await dc.setFiles(dossierFile);
    await expect.poll(async () => (await redactions(page)).length, { timeout: 60_000 }).toBe(10_200);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('add-pdfs').click()]);
    await chooser.setFiles(big);
    await page.locator('[data-testid=page-1][data-rendered=true]').waitFor({ timeout: 120_000 });
    // Measured once the document is read (the worker's progress no longer redraws the window).
    await expect.poll(() => page.evaluate(() => [...(window as unknown as { __lakstift: { docs: Map<string, { status: string }> } }).__lakstift.docs.values()].map((d) => d.status).join()), { timeout: 400_000, interval: 2000 }).toBe('ready');
    await page.locator('body').click({ position: { x: 5, y: 880 } });
    // Each key: dispatched, the app updates, and the next frame is drawn (two animation frames).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const latencies = await page.evaluate(async () => {
      const out: { key: string; ms: number; js?: number; layout?: number }[] = [];
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
      for (const key of ['j','a','a','a','a','a','a','a','a','a','a','a','a','a','a','a','a','a','a','a']) {
        await frame();
        const t0 = performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        await Promise.resolve();
        const t1 = performance.now();
        void document.body.offsetHeight;
        const t2 = performance.now();
        await frame();
        out.push({ key, ms: performance.now() - t0, js: t1 - t0, layout: t2 - t1 } as { key: string; ms: number });
      }
      return out;
    });
    const { profile } = await cdp.send('Profiler.stop') as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[] } };
    const self = new Map<number, number>();
    profile.samples.forEach((s, i) => self.set(s, (self.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const selfByFn = new Map<string, number>();
    const totalByFn = new Map<string, number>();
    for (const [id, t] of self) {
      const n = byId.get(id)!;
      const key = (x: typeof n) => `${x.callFrame.functionName || '(anon)'} ${x.callFrame.url.split('/').pop()}:${x.callFrame.lineNumber}`;
      selfByFn.set(key(n), (selfByFn.get(key(n)) ?? 0) + t);
      const seen = new Set<string>();
      for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) { const k = key(byId.get(p)!); if (!seen.has(k)) { seen.add(k); totalByFn.set(k, (totalByFn.get(k) ?? 0) + t); } }
    }
    console.log('SELF\n' + [...selfByFn].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${(v / 1000).toFixed(1)}ms ${k}`).join('\n'));
    console.log('TOTAL\n' + [...totalByFn].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${(v / 1000).toFixed(1)}ms ${k}`).join('\n'));
    const save = await page.evaluate(async () => {
      const c = (window as unknown as { __lakstift: { api: { autoSave(d: unknown): Promise<unknown> }; state: { dossier: unknown } } }).__lakstift;
      const t0 = performance.now();
      const json = JSON.stringify(c.state.dossier);
      const t1 = performance.now();
      await c.api.autoSave(c.state.dossier);
      return { stringify: t1 - t0, autoSave: performance.now() - t1, bytes: json.length };
    });
    console.log('AUTOSAVE', JSON.stringify(save));
    const sorted = latencies.map((l) => l.ms).sort((a, b) => a - b);
    const worst = sorted.at(-1)!;
    const js = latencies.map((l) => (l as { js: number }).js).sort((a, b) => a - b); const lay = latencies.map((l) => (l as { layout: number }).layout).sort((a, b) => a - b);
    console.log(`JS min ${js[0].toFixed(1)} median ${js[10].toFixed(1)}; layout min ${lay[0].toFixed(1)} median ${lay[10].toFixed(1)}`);
    console.log(`300-page document, 10,200 suggestions: key-press latency worst ${worst.toFixed(1)} ms, median ${sorted[10].toFixed(1)} ms (${latencies.map((l) => `${l.key}:${l.ms.toFixed(0)}`).join(' ')}); load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
    expect(await page.locator('[data-testid=suggestion]').count()).toBeLessThan(80);
    await page.screenshot({ path: path.join(shots, '19-300-pages-panel.png') });
    // The latency goal (under 50 ms, issue #14) is a figure to report, not a bound to assert: a
    // timed test on a shared machine measures the machine (the project measures speed in
    // benchmarks). It is printed above and quoted where the issue is reported on.
  }, 600_000);
});
