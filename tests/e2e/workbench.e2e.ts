/**
 * The officer's workbench (issue #14), in the real UI (built renderer, browser host, Chromium):
 * a dossier of ten documents from different producers with a bad file and a password file
 * among them; search-and-redact by pattern as one undo step; a box drawn, its ground asked,
 * moved and resized with the mouse and the keyboard; a document refused on a ground; a
 * landscape page shown whole; export. Then the whole job on a 300-page document made of the
 * producer fixtures (search-and-redact by pattern, a box moved and resized, export, timed), and
 * a 300-page document with 10,200 suggestions: the review panel draws only the rows in view, and
 * the worst key-press latency is printed. Screenshots go to tests/e2e/screenshots/1x-*.png and
 * 2x-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { PDFDocument } from '@cantoo/pdf-lib';
import type { Page } from 'playwright-core';
import { serveStatic } from './server';
import { clearAutosave, launch, writeTenThousandSuggestions } from './browser';
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
interface D { id: string; number: string; title: string; path: string; wholeDocumentGrounds: string[]; documentType?: string }
type W = { __lakstift: { state: { dossier: { redactions: R[]; documents: D[] }; focusId: string | null } } };
const redactions = (p: Page) => p.evaluate(() => (window as unknown as W).__lakstift.state.dossier.redactions);
const documents = (p: Page) => p.evaluate(() => (window as unknown as W).__lakstift.state.dossier.documents);
const toasts = (p: Page) => p.locator('.toast').allTextContents();

beforeAll(async () => {
  await stat(path.join(root, 'dist', 'renderer', 'index.html')).catch(() => {
    throw new Error('dist/renderer is missing: run "npm run test:e2e" (it builds the renderer first).');
  });
  await mkdir(shots, { recursive: true });
  tmp = await mkdtemp(path.join(os.tmpdir(), 'lakstift-e2e-workbench-'));
  await writeFile(path.join(tmp, 'notitie.docx'), 'Dit is een Word-notitie, geen PDF.\n');
  await writeFile(path.join(tmp, 'kapot.pdf'), 'Afgebroken download zonder PDF-kop.\n');
  srv = await serveStatic(path.join(root, 'dist', 'renderer'));
  browser = await launch();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(`${e.message} ${e.stack ?? ''} (during: ${expect.getState().currentTestName ?? '?'})`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon/.test(m.text())) errors.push(`${m.text()} (${m.location().url}:${m.location().lineNumber})`);
  });
});

afterAll(async () => {
  await browser?.close();
  await srv?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('a dossier of ten documents from different producers', () => {
  it('starts a Woo dossier by default; a bad file and a non-PDF get Dutch messages by name, the password file asks', async () => {
    await page.goto(srv.url);
    expect(await page.getByTestId('law-woo').isChecked()).toBe(true);
    await page.getByTestId('dossier-title').fill('Woo-verzoek bedrijfsvoering');
    await page.getByTestId('case-number').fill('Woo-2026/0140');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('start-add-pdfs').click()]);
    await chooser.setFiles([...TEN.slice(0, 5), path.join(tmp, 'notitie.docx'), ENCRYPTED, path.join(tmp, 'kapot.pdf'), ...TEN.slice(5)]);
    await expect.poll(() => toasts(page), { timeout: 20_000 }).toEqual(expect.arrayContaining([
      'notitie.docx is geen PDF en is niet toegevoegd; sla het document eerst op als PDF en voeg het dan toe.',
      'kapot.pdf kon niet als PDF worden gelezen (beschadigd of onvolledig) en is niet toegevoegd; vraag een nieuw exemplaar op of sla het opnieuw op als PDF.',
    ]));
    await page.screenshot({ path: path.join(shots, '11-bad-files-messages.png') });
    const dialog = page.getByTestId('password-dialog');
    await dialog.waitFor({ timeout: 60_000 });
    expect(await dialog.textContent()).toContain('qpdf-encrypted-letter.pdf');
    await page.screenshot({ path: path.join(shots, '12-password-dialog.png') });
    await page.getByTestId('password-input').fill('geheim');
    await page.getByTestId('password-submit').click();
    await expect.poll(() => page.getByTestId('document').count(), { timeout: 120_000 }).toBe(11);
    await expect.poll(() => page.evaluate(() => [...(window as unknown as { __lakstift: { docs: Map<string, { status: string }> } }).__lakstift.docs.values()].filter((d) => d.status !== 'ready').length), { timeout: 240_000 }).toBe(0);
    const docs = await documents(page);
    expect(docs.some((d) => d.title.length > 0 && d.path.endsWith('qpdf-encrypted-letter.pdf'))).toBe(true);
    expect(docs.some((d) => /notitie|kapot/.test(d.path))).toBe(false);
  });

  it('search and redact: all 06-numbers of the dossier as a list in context, one ground, one undo step', async () => {
    await page.getByTestId('search-mode-pattern').click();
    await page.getByTestId('search-pattern').selectOption('mobile');
    await page.getByTestId('search-submit').click();
    const hits = page.getByTestId('search-hit');
    await expect.poll(() => hits.count()).toBeGreaterThan(2);
    const n = await hits.count();
    const count = await page.getByTestId('search-count').textContent();
    expect(count).toMatch(new RegExp(`^${n} treffer\\(s\\) in \\d+ document\\(en\\)`));
    expect(Number(/in (\d+) document/.exec(count!)![1])).toBeGreaterThan(1);
    expect(await page.getByTestId('search-hits').textContent()).toMatch(/06[- ]?\d/);
    // The officer unticks one hit and redacts the rest on 5.1.2e.
    await hits.nth(0).uncheck();
    await page.getByTestId('search-ground').selectOption('5.1.2e');
    await page.screenshot({ path: path.join(shots, '13-search-pattern-hits.png') });
    const before = (await redactions(page)).filter((r) => r.status === 'accepted').length;
    await page.getByTestId('search-redact-button').click();
    expect(await page.getByTestId('search-note').textContent()).toBe(`${n - 1} plek(ken) gelakt (één stap ongedaan te maken met Ctrl+Z).`);
    const after = (await redactions(page)).filter((r) => r.status === 'accepted').length;
    expect(after - before).toBe(n - 1);
    await page.locator('body').click({ position: { x: 5, y: 880 } });
    await page.keyboard.press('Control+z');
    expect((await redactions(page)).filter((r) => r.status === 'accepted').length).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    expect((await redactions(page)).filter((r) => r.status === 'accepted').length).toBe(after);
  });

  it('a drawn box asks for its ground, is moved and resized with mouse and keyboard, and deleted', async () => {
    await page.getByTestId('document').nth(1).click();
    const layer = page.getByTestId('overlay-layer-1');
    await page.locator('[data-testid=page-1][data-rendered=true]').waitFor({ timeout: 60_000 });
    await page.getByTestId('pages').evaluate((el) => el.scrollTo(0, 0));
    const scale = Number(await layer.getAttribute('data-scale'));
    await page.keyboard.press('b');
    let b = (await layer.boundingBox())!;
    await page.mouse.move(b.x + 300 * scale, b.y + 40 * scale);
    await page.mouse.down();
    await page.mouse.move(b.x + 400 * scale, b.y + 70 * scale, { steps: 4 });
    await page.mouse.up();
    const picker = page.getByTestId('grounds-picker');
    await picker.waitFor();
    await picker.locator('label', { hasText: '5.1.2i' }).locator('input').check();
    await picker.locator('label', { hasText: '5.1.2e' }).locator('input').uncheck();
    await picker.getByRole('button', { name: 'Toepassen' }).click();
    let own = (await redactions(page)).filter((r) => r.origin === 'manual' && r.category === 'manual').at(-1)!;
    expect(own.grounds).toEqual(['5.1.2i']);
    const r0 = own.rects[0];
    expect(r0[0]).toBeCloseTo(300, 0);

    // Move: drag the box 40 points right and 20 down with the select tool.
    await page.keyboard.press('v');
    b = (await layer.boundingBox())!;
    const cx = b.x + ((r0[0] + r0[2]) / 2) * scale;
    const cy = b.y + ((r0[1] + r0[3]) / 2) * scale;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 40 * scale, cy + 20 * scale, { steps: 5 });
    await page.mouse.up();
    own = (await redactions(page)).find((r) => r.id === own.id)!;
    expect(own.rects[0][0] - r0[0]).toBeCloseTo(40, 0);
    expect(own.rects[0][1] - r0[1]).toBeCloseTo(20, 0);
    expect(own.rects[0][2] - own.rects[0][0]).toBeCloseTo(r0[2] - r0[0], 1);
    // Resize: pull the lower-right handle 30 points right.
    const handle = page.locator(`[data-id="${own.id}"] [data-testid=handle-se]`);
    const hb = (await handle.boundingBox())!;
    await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
    await page.mouse.down();
    await page.mouse.move(hb.x + hb.width / 2 + 30 * scale, hb.y + hb.height / 2, { steps: 5 });
    await page.mouse.up();
    const r1 = (await redactions(page)).find((r) => r.id === own.id)!.rects[0];
    expect(r1[2] - r1[0] - (r0[2] - r0[0])).toBeCloseTo(30, 0);
    // Keyboard: Alt+→ moves one point, Alt+Shift+↓ makes it one point taller.
    await page.keyboard.press('Alt+ArrowRight');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    const r2 = (await redactions(page)).find((r) => r.id === own.id)!.rects[0];
    expect([r2[0] - r1[0], r2[2] - r1[2], r2[3] - r1[3], r2[1] - r1[1]].map((v) => Math.round(v * 100) / 100)).toEqual([1, 1, 1, 0]);
    await page.screenshot({ path: path.join(shots, '14-box-moved-resized.png') });
    // The next own box offers the ground given last.
    await page.keyboard.press('b');
    b = (await layer.boundingBox())!;
    await page.mouse.move(b.x + 100 * scale, b.y + 100 * scale);
    await page.mouse.down();
    await page.mouse.move(b.x + 160 * scale, b.y + 120 * scale, { steps: 3 });
    await page.mouse.up();
    await picker.waitFor();
    expect(await picker.locator('label', { hasText: '5.1.2i' }).locator('input').isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('v');
    // Delete removes the focused own box; undo brings it back.
    const count = (await redactions(page)).length;
    await page.keyboard.press('Delete');
    expect((await redactions(page)).length).toBe(count - 1);
    await page.keyboard.press('Control+z');
    expect((await redactions(page)).length).toBe(count);
    // Both test boxes go again (they cover words that stand elsewhere in the dossier).
    const current = await page.evaluate(() => (window as unknown as { __lakstift: { state: { documentId: string } } }).__lakstift.state.documentId);
    const mine = (await redactions(page)).filter((x) => x.category === 'manual' && x.documentId === current);
    expect(mine).toHaveLength(2);
    for (const r of mine) {
      await page.locator(`[data-testid=suggestion][data-id="${r.id}"]`).click();
      await page.keyboard.press('Delete');
    }
    expect((await redactions(page)).filter((x) => x.category === 'manual' && x.documentId === current)).toEqual([]);
  });

  it('shows a landscape page after a portrait one whole, not clipped on the right', async () => {
    const docs = await documents(page);
    const i = docs.findIndex((d) => d.path.endsWith('chromium-landscape.pdf'));
    await page.getByTestId('document').nth(i).click();
    await page.locator('[data-testid=page-1][data-rendered=true]').waitFor({ timeout: 60_000 });
    await page.getByTestId('pages').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.locator('[data-testid=page-2][data-rendered=true]').waitFor({ timeout: 60_000 });
    const slot = (await page.locator('.page-slot[data-page="2"]').boundingBox())!;
    const view = (await page.getByTestId('pages').boundingBox())!;
    expect(slot.x).toBeGreaterThanOrEqual(view.x);
    expect(slot.x + slot.width).toBeLessThanOrEqual(view.x + view.width);
    expect(slot.width).toBeGreaterThan(slot.height);
    await page.screenshot({ path: path.join(shots, '15-landscape-page.png') });
  });

  it('refuses a whole document on a ground from the document list', async () => {
    await page.getByTestId('document-actions').nth(2).click();
    await page.getByTestId('refuse-document').click();
    const dialog = page.getByTestId('refuse-dialog');
    await dialog.waitFor();
    await page.getByTestId('refuse-ground-5.1.2d').check();
    await page.screenshot({ path: path.join(shots, '16-refuse-document.png') });
    await page.getByTestId('refuse-apply').click();
    const docs = await documents(page);
    expect(docs[2].wholeDocumentGrounds).toEqual(['5.1.2d']);
    expect(await page.getByTestId('document').nth(2).textContent()).toContain('Niet openbaar');
  });

  it('shows the document type recognised from each document, with its reason, and the officer can change it', async () => {
    await page.getByTestId('tab-inventory').click();
    const docs = await documents(page);
    const cell = (file: string) => page.getByTestId('inventory-type').nth(docs.findIndex((d) => d.path.endsWith(file)));
    expect(await cell('soffice-letter.pdf').inputValue()).toBe('brief');
    expect(await cell('soffice-memo.pdf').inputValue()).toBe('nota');
    expect(await cell('soffice-email.pdf').inputValue()).toBe('e-mail');
    expect(await cell('enscript-email.pdf').inputValue()).toBe('e-mail');
    expect(await cell('soffice-letter.pdf').getAttribute('title')).toMatch(/^Herkend — brief: een aanhef/);
    await cell('chromium-table.pdf').selectOption('verslag');
    expect(await cell('chromium-table.pdf').getAttribute('data-source')).toBe('officer');
    expect((await documents(page)).find((d) => d.path.endsWith('chromium-table.pdf'))).toMatchObject({ documentType: 'verslag' });
    await page.screenshot({ path: path.join(shots, '16b-inventory-document-types.png') });
    await page.getByTestId('tab-review').click();
  });

  it('exports the dossier after every document is reviewed, and the bundle lists the refused one as niet openbaar', async () => {
    const docs = await documents(page);
    for (let i = 0; i < docs.length; i++) {
      await page.getByTestId('document').nth(i).click();
      await page.locator('body').click({ position: { x: 5, y: 880 } });
      await page.keyboard.press('Shift+A');
    }
    expect((await redactions(page)).filter((r) => r.status === 'proposed')).toEqual([]);
    await page.getByTestId('open-export').click();
    const downloaded = page.waitForEvent('download', { timeout: 600_000 });
    const t0 = Date.now();
    await page.getByTestId('export-start').click();
    const refused = page.locator('[data-testid=export-result][data-phase=error]').waitFor({ timeout: 600_000 })
      .then(async () => {
        await page.screenshot({ path: path.join(shots, '17-export-result.png') });
        throw new Error(`export refused: ${await page.getByTestId('export-findings').textContent()}; own boxes: ${JSON.stringify((await redactions(page)).filter((r) => r.origin === 'manual'))}`);
      });
    const download = await Promise.race([downloaded, refused]);
    refused.catch(() => undefined);
    const ms = Date.now() - t0;
    const zip = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    await page.locator('[data-testid=export-result][data-phase=done]').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(shots, '17-export-result.png') });
    console.log(`10-document dossier (11 with the password file): export ${ms} ms`);
    const names = Object.keys(zip).map((n) => n.split('/').slice(1).join('/'));
    const refusedNumber = docs[2].number;
    expect(names.some((n) => n.startsWith(`${refusedNumber} `) && n.endsWith('.pdf'))).toBe(false);
    const table = parseCsv(new TextDecoder().decode(zip[Object.keys(zip).find((n) => n.endsWith('/inventaris.csv'))!]).replace(/^\uFEFF/, ''));
    const col = (re: RegExp) => table[0].findIndex((h) => re.test(h));
    const row = table.find((r) => r[0] === refusedNumber)!;
    expect(row[col(/beoordeling$/i)]).toMatch(/niet openbaar/i);
    expect(row[col(/grond/i)]).toContain('5.1.2d');
    const controle = new TextDecoder().decode(zip[Object.keys(zip).find((n) => n.endsWith('/controle.txt'))!]);
    expect(controle).not.toMatch(/\bERROR\b|\bfout\b/i);
  });

  it('after a reload says which files to add again, and adding them reopens their documents', async () => {
    await page.reload();
    await page.locator('.recent button.link').first().click();
    await expect.poll(() => page.getByTestId('document').count(), { timeout: 30_000 }).toBe(11);
    await expect.poll(() => toasts(page), { timeout: 20_000 }).toEqual(expect.arrayContaining([expect.stringMatching(/^De PDF's van dit dossier zijn na het herladen niet meer geopend\. Voeg ze opnieuw toe met "PDF's toevoegen": .*soffice-memo\.pdf.*De beslissingen blijven staan\.$/)]));
    await page.screenshot({ path: path.join(shots, '18-reload-re-add.png') });
    const decided = (await redactions(page)).filter((r) => r.status === 'accepted').length;
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('add-pdfs').click()]);
    await chooser.setFiles([TEN[0], TEN[1]]);
    const states = () => page.evaluate(() => {
      const c = (window as unknown as { __lakstift: { docs: Map<string, { status: string }>; state: { dossier: { documents: { id: string; path: string }[] } } } }).__lakstift;
      return c.state.dossier.documents.map((d) => `${d.path.split('/').pop()}:${c.docs.get(d.id)?.status}`);
    });
    await expect.poll(states, { timeout: 60_000 }).toEqual(expect.arrayContaining(['soffice-letter.pdf:ready', 'soffice-memo.pdf:ready']));
    expect(await page.getByTestId('document').count()).toBe(11);
    expect((await redactions(page)).filter((r) => r.status === 'accepted').length).toBe(decided);
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});

describe('the whole job on a 300-page document', () => {
  // The 300 pages are the project's producer fixtures (tests/fixtures/producers, made by
  // scripts/make-fixtures.mjs with LibreOffice, enscript, Ghostscript and Chromium), their pages
  // repeated in turn: letters, memos, e-mails and tables with names, 06-numbers and addresses.
  let big: string;
  const SOURCES = ['soffice-letter.pdf', 'soffice-memo.pdf', 'soffice-email.pdf', 'enscript-email-thread.pdf', 'chromium-table.pdf', 'gs-fonts-latin1.pdf', 'gs-word-spacing.pdf'];
  beforeAll(async () => {
    const out = await PDFDocument.create();
    const sources = await Promise.all(SOURCES.map(async (f) => PDFDocument.load(await readFile(path.join(fixtures, f)))));
    const want: [number, number][] = [];
    for (let k = 0; want.length < 300; k++) {
      const src = sources[k % sources.length];
      for (let i = 0; i < src.getPageCount() && want.length < 300; i++) want.push([k % sources.length, i]);
    }
    // One copy call per source, so each source's fonts are embedded once.
    const copied = new Map<string, import('@cantoo/pdf-lib').PDFPage>();
    for (let s = 0; s < sources.length; s++) {
      const idx = want.filter(([x]) => x === s).map(([, i]) => i);
      const pages = await out.copyPages(sources[s], idx);
      const seen = new Map<number, number>();
      idx.forEach((i, n) => {
        const k = seen.get(i) ?? 0;
        seen.set(i, k + 1);
        copied.set(`${s}:${i}:${k}`, pages[n]);
      });
    }
    const used = new Map<string, number>();
    for (const [s, i] of want) {
      const k = used.get(`${s}:${i}`) ?? 0;
      used.set(`${s}:${i}`, k + 1);
      out.addPage(copied.get(`${s}:${i}:${k}`)!);
    }
    big = path.join(tmp, 'dossier-300.pdf');
    await writeFile(big, await out.save());
    await page.goto(srv.url);
    await page.evaluate(() => localStorage.clear());
    await clearAutosave(page);
    await page.reload();
  });

  it('reads it, redacts every 06-number by pattern, moves and resizes a box, and exports it; screenshots of each step', async () => {
    await page.getByTestId('dossier-title').fill('Woo-verzoek 300 pagina\'s');
    await page.getByTestId('case-number').fill('Woo-2026/0300');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('start-add-pdfs').click()]);
    const t0 = Date.now();
    await chooser.setFiles(big);
    await page.locator('[data-testid=page-1][data-rendered=true]').waitFor({ timeout: 120_000 });
    await expect.poll(() => page.evaluate(() => [...(window as unknown as { __lakstift: { docs: Map<string, { status: string }> } }).__lakstift.docs.values()].map((d) => d.status).join()), { timeout: 600_000, interval: 2000 }).toBe('ready');
    const suggested = (await redactions(page)).length;
    console.log(`300-page document from the producer fixtures: read in ${Date.now() - t0} ms, ${suggested} suggestions`);
    expect(suggested).toBeGreaterThan(300);
    await page.screenshot({ path: path.join(shots, '20-300-pages-read.png') });

    // Search and redact: every 06-number of the document, one ground, one step.
    await page.getByTestId('search-mode-pattern').click();
    await page.getByTestId('search-pattern').selectOption('mobile');
    await page.getByTestId('search-submit').click();
    const hits = page.getByTestId('search-hit');
    await expect.poll(() => hits.count(), { timeout: 60_000 }).toBeGreaterThan(20);
    const n = Number(/^(\d+) treffer/.exec((await page.getByTestId('search-count').textContent())!)![1]);
    await page.getByTestId('search-ground').selectOption('5.1.2e');
    await page.screenshot({ path: path.join(shots, '21-300-pages-search-06.png') });
    await page.getByTestId('search-redact-button').click();
    expect(await page.getByTestId('search-note').textContent()).toBe(`${n} plek(ken) gelakt (één stap ongedaan te maken met Ctrl+Z).`);

    // A box of her own on page 1, moved and resized with the mouse.
    await page.getByTestId('pages').evaluate((el) => el.scrollTo(0, 0));
    const layer = page.getByTestId('overlay-layer-1');
    const scale = Number(await layer.getAttribute('data-scale'));
    await page.locator('body').click({ position: { x: 5, y: 880 } });
    await page.keyboard.press('b');
    let b = (await layer.boundingBox())!;
    await page.mouse.move(b.x + 380 * scale, b.y + 30 * scale);
    await page.mouse.down();
    await page.mouse.move(b.x + 520 * scale, b.y + 60 * scale, { steps: 4 });
    await page.mouse.up();
    const picker = page.getByTestId('grounds-picker');
    await picker.waitFor();
    await picker.getByRole('button', { name: 'Toepassen' }).click();
    const own = (await redactions(page)).filter((r) => r.origin === 'manual' && r.category === 'manual').at(-1)!;
    const r0 = own.rects[0];
    await page.keyboard.press('v');
    b = (await layer.boundingBox())!;
    await page.mouse.move(b.x + ((r0[0] + r0[2]) / 2) * scale, b.y + ((r0[1] + r0[3]) / 2) * scale);
    await page.mouse.down();
    await page.mouse.move(b.x + ((r0[0] + r0[2]) / 2 - 30) * scale, b.y + ((r0[1] + r0[3]) / 2 + 10) * scale, { steps: 5 });
    await page.mouse.up();
    const handle = page.locator(`[data-id="${own.id}"] [data-testid=handle-se]`);
    const hb = (await handle.boundingBox())!;
    await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
    await page.mouse.down();
    await page.mouse.move(hb.x + hb.width / 2 + 20 * scale, hb.y + hb.height / 2 + 8 * scale, { steps: 5 });
    await page.mouse.up();
    const r1 = (await redactions(page)).find((r) => r.id === own.id)!.rects[0];
    expect(r1[0] - r0[0]).toBeCloseTo(-30, 0);
    expect(r1[1] - r0[1]).toBeCloseTo(10, 0);
    expect(r1[2] - r1[0] - (r0[2] - r0[0])).toBeCloseTo(20, 0);
    expect(r1[3] - r1[1] - (r0[3] - r0[1])).toBeCloseTo(8, 0);
    await page.screenshot({ path: path.join(shots, '22-300-pages-box-moved.png') });

    // Every other suggestion accepted, then the export, timed.
    await page.locator('body').click({ position: { x: 5, y: 880 } });
    await page.keyboard.press('Shift+A');
    expect((await redactions(page)).filter((r) => r.status === 'proposed')).toEqual([]);
    const accepted = (await redactions(page)).filter((r) => r.status === 'accepted').length;
    await page.getByTestId('open-export').click();
    const downloaded = page.waitForEvent('download', { timeout: 900_000 });
    const te = Date.now();
    await page.getByTestId('export-start').click();
    const refused = page.locator('[data-testid=export-result][data-phase=error]').waitFor({ timeout: 900_000 })
      .then(async () => {
        await page.screenshot({ path: path.join(shots, '23-300-pages-export.png') });
        throw new Error(`export refused: ${await page.getByTestId('export-dialog').textContent()}`);
      });
    await expect.poll(() => page.getByTestId('export-progress').textContent(), { timeout: 300_000 }).toMatch(/pagina \d+\/300/);
    await page.screenshot({ path: path.join(shots, '23-300-pages-export-progress.png') });
    const download = await Promise.race([downloaded, refused]);
    refused.catch(() => undefined);
    const ms = Date.now() - te;
    await page.locator('[data-testid=export-result][data-phase=done]').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(shots, '23-300-pages-export.png') });
    console.log(`300-page document, ${accepted} accepted redactions: export ${ms} ms`);
    const zip = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    const pdfName = Object.keys(zip).find((x) => /\/0001 .*\.pdf$/.test(x))!;
    expect(pdfName).toBeDefined();
    const redacted = await PDFDocument.load(zip[pdfName]);
    expect(redacted.getPageCount()).toBe(300);
    const controle = new TextDecoder().decode(zip[Object.keys(zip).find((x) => x.endsWith('/controle.txt'))!]);
    expect(controle).not.toMatch(/\bERROR\b|\bfout\b/i);
  }, 1_800_000);
});

describe('a 300-page document with 10,200 suggestions', () => {
  // The review panel's speed does not depend on how the suggestions were made: the dossier is
  // built here with the project's own functions (what the detectors give for these lines:
  // every e-mail address and 06-number), opened like a saved dossier, and the PDF added again.
  let big: string;
  let dossierFile: string;
  beforeAll(async () => {
    ({ pdf: big, dossier: dossierFile } = await writeTenThousandSuggestions(tmp));
    await page.goto(srv.url);
    await page.evaluate(() => localStorage.clear());
    await clearAutosave(page);
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
    // The renderer's CPU time over the presses too: on a loaded machine wall times mostly
    // measure the wait for a core, CPU time what the app asks of it.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const cpu = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])) as Record<string, number>;
    const before = await cpu();
    const latencies = await page.evaluate(async () => {
      const out: { key: string; ms: number }[] = [];
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
      for (const key of ['j', 'j', 'j', 'k', 'a', 'j', 'a', 'r', 'j', 'u', 'j', 'j', 'a', 'k', 'j']) {
        await frame();
        const t0 = performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        await frame();
        out.push({ key, ms: performance.now() - t0 });
      }
      return out;
    });
    const after = await cpu();
    await cdp.detach();
    const sorted = latencies.map((l) => l.ms).sort((a, b) => a - b);
    const worst = sorted.at(-1)!;
    const perKey = (k: string) => (((after[k] ?? 0) - (before[k] ?? 0)) * 1000 / latencies.length).toFixed(1);
    console.log(`300-page document, 10,200 suggestions: key-press latency worst ${worst.toFixed(1)} ms, median ${sorted[7].toFixed(1)} ms (${latencies.map((l) => `${l.key}:${l.ms.toFixed(0)}`).join(' ')}); renderer CPU per key ${perKey('ThreadTime')} ms on its main thread, ${perKey('ProcessTime')} ms in all (script ${perKey('ScriptDuration')}, style ${perKey('RecalcStyleDuration')}, layout ${perKey('LayoutDuration')} ms wall); load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
    expect(await page.locator('[data-testid=suggestion]').count()).toBeLessThan(80);
    // Walking back up, the focused item is scrolled into view below the group header that
    // stays on top, never under it (issue #14).
    for (let i = 0; i < 30; i++) await page.keyboard.press('j');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('k');
      const item = (await page.locator('[data-testid=suggestion][aria-current=true]').boundingBox())!;
      const head = await page.locator('.group-head.sticky').boundingBox();
      const list = (await page.getByTestId('panel-list').boundingBox())!;
      expect(item.y).toBeGreaterThanOrEqual((head ? head.y + head.height : list.y) - 1);
      expect(item.y + item.height).toBeLessThanOrEqual(list.y + list.height + 1);
    }
    await page.screenshot({ path: path.join(shots, '19-300-pages-panel.png') });
    // The latency goal (under 50 ms, issue #14) is a figure to report, not a bound to assert: a
    // timed test on a shared machine measures the machine (the project measures speed in
    // benchmarks). It is printed above and quoted where the issue is reported on.
  }, 600_000);
});
