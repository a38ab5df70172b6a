/**
 * An officer's day in Lakstift, in the real UI (built renderer, browser host, Chromium):
 * open real-producer PDFs (tests/fixtures/producers), see suggestions, accept every name with the keyboard, draw a box, redact
 * a whole page, check the inventory, export; then check the exported bundle itself: the
 * redacted PDF re-extracted with pdf.js holds none of the redacted text, and the inventory
 * rows say what was decided. Screenshots of each main screen go to tests/e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { serveStatic } from './server';
import { launch } from './browser';
import { parseCsv } from '../../shared/export';
import { verifyPdf, type PdfjsLike } from '../../shared/verify';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = path.join(root, 'tests', 'fixtures', 'producers');
const shots = path.join(root, 'tests', 'e2e', 'screenshots');
// A two-page e-mail thread printed by enscript, and a Ghostscript note with nothing to redact.
const EMAIL = path.join(fixtures, 'enscript-email-thread.pdf');
const LETTER = path.join(fixtures, 'gs-word-spacing.pdf');

let srv: Awaited<ReturnType<typeof serveStatic>>;
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;
const errors: string[] = [];

interface Decided { page: number; text: string; status: string; category: string; wholePage?: boolean; rects: number[][]; grounds: string[] }

const redactions = (p: Page) =>
  p.evaluate(() => (window as unknown as { __lakstift: { state: { dossier: { redactions: unknown[] } } } }).__lakstift.state.dossier.redactions) as Promise<(Decided & { documentId: string })[]>;

beforeAll(async () => {
  await stat(path.join(root, 'dist', 'renderer', 'index.html')).catch(() => {
    throw new Error('dist/renderer is missing: run "npm run test:e2e" (it builds the renderer first).');
  });
  await mkdir(shots, { recursive: true });
  srv = await serveStatic(path.join(root, 'dist', 'renderer'));
  browser = await launch();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon/.test(m.text())) errors.push(m.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await srv?.close();
});

describe('an officer redacts a dossier end to end', () => {
  it('opens PDFs into a new Wob dossier and shows suggestions', async () => {
    await page.goto(srv.url);
    await expect(page.getByTestId('welcome').textContent()).resolves.toContain('Woo-dossier');
    await page.getByTestId('dossier-title').fill('Reactie Kamervragen intrekkingen');
    await page.getByTestId('case-number').fill('2024-0017');
    await page.getByTestId('law-wob').check();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('start-add-pdfs').click()]);
    await chooser.setFiles([EMAIL, LETTER]);

    await expect.poll(() => page.getByTestId('document').count(), { timeout: 60_000 }).toBe(2);
    // The first document is shown with its suggestions, names among them.
    await page.getByTestId('group-name').waitFor({ timeout: 60_000 });
    await page.getByTestId('group-email').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid=page-1][data-rendered=true]').waitFor({ timeout: 60_000 });
    // Documents are numbered in the order chosen: the e-mail first.
    expect(await page.getByTestId('document').first().textContent()).toMatch(/^0001/);
    const sidebar = await page.getByTestId('sidebar').textContent();
    expect(sidebar).toContain('0001');
    expect(sidebar).toContain('0002');
    expect(sidebar).toMatch(/te beoordelen/);
    expect(await page.locator('[data-testid=redaction-box][data-status=proposed]').count()).toBeGreaterThan(5);
    await page.screenshot({ path: path.join(shots, '01-dossier-view.png') });
  });

  it('accepts every name with the keyboard only', async () => {
    const focused = page.locator('[data-testid=suggestion][aria-current=true]');
    const proposedNames = page.locator('[data-testid=suggestion][data-category=name][data-status=proposed]');
    const before = await proposedNames.count();
    expect(before).toBeGreaterThan(3);
    await page.locator('body').click({ position: { x: 5, y: 880 } }); // focus the page, not an input
    for (let i = 0; i < 400 && (await proposedNames.count()) > 0; i++) {
      const cat = await focused.getAttribute('data-category');
      const status = await focused.getAttribute('data-status');
      await page.keyboard.press(cat === 'name' && status === 'proposed' ? 'a' : 'j');
    }
    expect(await proposedNames.count()).toBe(0);
    const all = (await redactions(page)).filter((r) => r.documentId === 'd1');
    expect(all.filter((r) => r.category === 'name').every((r) => r.status === 'accepted')).toBe(true);
    // Other categories were left for the officer: the keyboard run accepted names only.
    expect(all.filter((r) => r.category !== 'name').every((r) => r.status === 'proposed')).toBe(true);
    const nameBoxes = all.filter((r) => r.category === 'name').reduce((n, r) => n + r.rects.length, 0);
    expect(await page.locator('[data-testid=redaction-box][data-status=accepted][data-category=name]').count()).toBe(nameBoxes);
    // Back to the top of the page for the picture: names black, the rest still outlined.
    await page.locator('[data-testid=suggestion][data-category=name]').first().click();
    await page.screenshot({ path: path.join(shots, '02-page-with-suggestions.png') });

    // Undo takes the last decision back, redo puts it again.
    await page.keyboard.press('Control+z');
    expect(await proposedNames.count()).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    expect(await proposedNames.count()).toBe(0);
  });

  it('changes grounds with g, through the grounds picker of the dossier law', async () => {
    // Focus the first e-mail suggestion and look at the picker; then cancel.
    await page.locator('[data-testid=suggestion][data-category=email]').first().click();
    await page.keyboard.press('g');
    const picker = page.getByTestId('grounds-picker');
    await picker.waitFor();
    expect(await picker.textContent()).toContain('10.2.g');
    expect(await picker.textContent()).not.toContain('5.1.2e');
    await page.screenshot({ path: path.join(shots, '03-review-panel-grounds.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => picker.count()).toBe(0);
  });

  it('draws a manual box and redacts page 2 whole', async () => {
    const layer = page.getByTestId('overlay-layer-1');
    const scale = Number(await layer.getAttribute('data-scale'));
    const box = (await layer.boundingBox())!;
    const word = await page.evaluate(() => {
      const c = (window as unknown as { __lakstift: { docs: Map<string, { words?: { page: number; words: { text: string; rect: number[] }[] }[] }> } }).__lakstift;
      return c.docs.get('d1')!.words![0].words.find((w) => w.text === 'discrepantie')!.rect;
    });
    await page.keyboard.press('b');
    await layer.scrollIntoViewIfNeeded();
    const b2 = (await layer.boundingBox())!;
    void box;
    await page.mouse.move(b2.x + (word[0] - 2) * scale, b2.y + (word[1] - 2) * scale);
    await page.mouse.down();
    await page.mouse.move(b2.x + (word[2] + 2) * scale, b2.y + (word[3] + 2) * scale, { steps: 5 });
    await page.mouse.up();
    // An own box asks for its ground (the last one offered) and shows the text under it.
    const picker = page.getByTestId('grounds-picker');
    await picker.waitFor();
    expect(await picker.textContent()).toContain('discrepantie');
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.count()).toBe(0);
    let all = await redactions(page);
    const manual = all.find((r) => r.category === 'manual');
    expect(manual?.text).toBe('discrepantie');
    expect(manual?.status).toBe('accepted');
    expect(manual!.rects[0][0]).toBeLessThan(word[0]);
    expect(manual!.rects[0][2]).toBeGreaterThan(word[2]);

    await page.keyboard.press('v');
    await page.getByTestId('pages').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => page.getByTestId('page-indicator').textContent()).toBe('Pagina 2/2');
    await page.getByTestId('whole-page').click();
    // A whole page asks for its ground too (the last one given is offered).
    await picker.waitFor();
    expect(await picker.locator('label', { hasText: '10.2.e' }).locator('input').isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.count()).toBe(0);
    all = await redactions(page);
    expect(all.filter((r) => r.wholePage).map((r) => [r.documentId, r.page, r.status])).toEqual([['d1', 2, 'accepted']]);
    await page.locator('[data-testid=page-2] [data-testid=redaction-box].whole').waitFor();
    await page.screenshot({ path: path.join(shots, '04-manual-and-whole-page.png') });
  });

  it('redacts words by dragging across them with the text tool, and a phrase everywhere in the dossier', async () => {
    await page.getByTestId('pages').evaluate((el) => el.scrollTo(0, 0));
    const layer = page.getByTestId('overlay-layer-1');
    await layer.waitFor();
    const scale = Number(await layer.getAttribute('data-scale'));
    const word = await page.evaluate(() => {
      const c = (window as unknown as { __lakstift: { docs: Map<string, { words?: { page: number; words: { text: string; rect: number[] }[] }[] }> } }).__lakstift;
      return c.docs.get('d1')!.words![0].words.find((w) => w.text === 'geconcludeerd')!.rect;
    });
    await page.keyboard.press('t');
    const b = (await layer.boundingBox())!;
    // A loose drag over the middle of the word: the box snaps to the whole word.
    const midY = b.y + ((word[1] + word[3]) / 2) * scale;
    await page.mouse.move(b.x + (word[0] + 3) * scale, midY - 2);
    await page.mouse.down();
    await page.mouse.move(b.x + (word[2] - 3) * scale, midY + 2, { steps: 4 });
    await page.mouse.up();
    await page.getByTestId('grounds-picker').waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('v');
    let all = await redactions(page);
    const selected = all.find((r) => r.text === 'geconcludeerd');
    expect(selected?.status).toBe('accepted');
    expect(selected!.rects[0][0]).toBeCloseTo(word[0], 0);
    expect(selected!.rects[0][2]).toBeCloseTo(word[2], 0);

    await page.getByTestId('search-input').fill('strategisch adviseur');
    await page.getByTestId('search-submit').click();
    expect(await page.getByTestId('search-count').textContent()).toBe('2 treffer(s) in 1 document(en); vink aan wat gelakt moet worden.');
    await page.getByTestId('search-redact-button').click();
    expect(await page.getByTestId('search-note').textContent()).toMatch(/^2 plek\(ken\) gelakt/);
    all = await redactions(page);
    expect(all.filter((r) => r.text.toLowerCase() === 'strategisch adviseur').map((r) => [r.documentId, r.status])).toEqual([['d1', 'accepted'], ['d1', 'accepted']]);
  });

  it('shows the inventory with one editable row per document', async () => {
    await page.getByTestId('tab-inventory').click();
    const rows = page.getByTestId('inventory-row');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).getByTestId('inventory-grounds').textContent()).toBe('10.2.e');
    expect(await rows.nth(0).getByTestId('inventory-beoordeling').locator('option:checked').textContent()).toMatch(/Deels openbaar/);
    expect(await rows.nth(1).getByTestId('inventory-beoordeling').locator('option:checked').textContent()).toMatch(/^Openbaar/);
    // The officer retitles the letter in the list.
    await rows.nth(1).getByTestId('inventory-title').fill('Brief aan de Tweede Kamer');
    await rows.nth(1).getByTestId('inventory-title').press('Enter');
    await expect.poll(async () => (await page.evaluate(() => (window as unknown as { __lakstift: { state: { dossier: { documents: { title: string }[] } } } }).__lakstift.state.dossier.documents[1].title))).toBe('Brief aan de Tweede Kamer');
    await page.screenshot({ path: path.join(shots, '05-inventory.png') });
  });

  let zip: Record<string, Uint8Array>;
  let decided: Decided[];

  it('refuses to export while a redacted name is still readable in an open e-mail suggestion', async () => {
    await page.getByTestId('open-export').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('niet beoordeeld');
    await page.getByTestId('export-start').click();
    // First names such as "Sanne" also stand in e-mail addresses ("sanne.kaya@…") that are
    // still only suggested: the leak check must stop the export and say what is readable.
    await page.locator('[data-testid=export-result][data-phase=error]').waitFor({ timeout: 240_000 });
    // The checks of controle.txt run first and refuse the export, in Dutch, each finding linked to its document.
    const findings = await page.getByTestId('export-findings').textContent();
    expect(findings).toMatch(/De gelakte tekst "[^"]+" is nog leesbaar in document 0001 op pagina 1/);
    expect(await page.getByTestId('export-result').textContent()).toMatch(/^Export geweigerd: het dossier heeft \d+ fout\(en\)/);
    await page.screenshot({ path: path.join(shots, '06-export-refused-leak.png') });
    // A finding is a link: it opens the document at its page with the place marked.
    await page.getByTestId('export-finding').filter({ hasText: 'De gelakte tekst "Sanne"' }).getByTestId('finding-link').click();
    await expect.poll(() => dialog.count()).toBe(0);
    const mark = page.locator('[data-testid=page-1] [data-testid=place-mark]');
    await mark.waitFor({ timeout: 30_000 });
    const m = (await mark.boundingBox())!;
    const layer = (await page.getByTestId('overlay-layer-1').boundingBox())!;
    expect(m.width).toBeGreaterThan(10);
    expect(m.width).toBeLessThan(layer.width / 2);
    expect(m.y).toBeGreaterThanOrEqual(layer.y - 5);
    await page.screenshot({ path: path.join(shots, '06b-finding-place-marked.png') });
  });

  it('exports the bundle after the e-mail addresses are accepted too, and downloads it', async () => {
    await page.getByTestId('tab-review').click();
    await page.locator('body').click({ position: { x: 5, y: 880 } });
    const focused = page.locator('[data-testid=suggestion][aria-current=true]');
    for (let i = 0; i < 100 && (await focused.getAttribute('data-category')) !== 'email'; i++) await page.keyboard.press('k');
    for (let i = 0; i < 100 && (await focused.getAttribute('data-category')) !== 'email'; i++) await page.keyboard.press('j');
    // Shift+A accepts every open suggestion of the document, whatever its category.
    await page.keyboard.press('Shift+A');
    expect(await page.locator('[data-testid=suggestion][data-status=proposed]').count()).toBe(0);
    expect((await redactions(page)).filter((r) => r.documentId === 'd1' && r.status === 'proposed')).toEqual([]);

    decided = (await redactions(page)).filter((r) => r.documentId === 'd1' && r.status === 'accepted');
    await page.getByTestId('open-export').click();
    const downloaded = page.waitForEvent('download', { timeout: 240_000 });
    await page.getByTestId('export-start').click();
    // Either the bundle downloads, or the dialog says why not (and the test shows it).
    const refused = page.locator('[data-testid=export-result][data-phase=error]').waitFor({ timeout: 240_000 })
      .then(async () => { throw new Error(`export refused: ${await page.getByTestId('export-dialog').textContent()}`); });
    const download = await Promise.race([downloaded, refused]);
    refused.catch(() => undefined); // its wait times out later; that is not a failure
    const file = await download.path();
    zip = unzipSync(new Uint8Array(await readFile(file)));
    await page.locator('[data-testid=export-result][data-phase=done]').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(shots, '07-export-done.png') });
    const names = Object.keys(zip).map((n) => n.split('/').slice(1).join('/'));
    expect(names).toEqual(expect.arrayContaining(['inventaris.csv', 'inventaris.xlsx', 'inventaris.pdf', 'manifest.json', 'redactielog.csv']));
    expect(names.filter((n) => n.endsWith('.pdf') && /^000[12] /.test(n))).toHaveLength(2);
  });

  it('wrote a redacted PDF from which none of the redacted text can be extracted', async () => {
    const entry = Object.keys(zip).find((n) => /\/0001 .*\.pdf$/.test(n))!;
    const bytes = zip[entry];
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsLike & typeof import('pdfjs-dist');
    // 1. The project's own verifier (pdf.js re-extraction under every box + stream scan).
    // The bundle stamps "0001" on every page after redaction: the verifier allows that text.
    const result = await verifyPdf(bytes, { redactions: decided.map((r) => ({ page: r.page, rects: r.rects as [number, number, number, number][], grounds: r.grounds, ...(r.text ? { text: r.text } : {}), ...(r.wholePage ? { wholePage: true } : {}) })) }, { pdfjs, allowedTexts: ['0001'] });
    expect(result.findings.filter((f) => f.severity === 'leak')).toEqual([]);
    expect(result.clean).toBe(true);
    expect(result.pagesChecked).toBe(2);
    // 2. Plain text extraction, as anyone downloading the file would do it.
    const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
    const texts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const tc = await (await doc.getPage(n)).getTextContent();
      texts.push((tc.items as { str?: string }[]).map((i) => i.str ?? '').join(' '));
    }
    const squash = (s: string) => s.replace(/\s+/g, '');
    for (const r of decided.filter((x) => x.text.length > 3)) expect(squash(texts[r.page - 1])).not.toContain(squash(r.text));
    expect(texts[0]).toContain('Postbus 20301'); // what was not redacted stays text
    expect(texts[0]).not.toContain('discrepantie'); // the hand-drawn box
    // Page 2 was redacted whole: only its label and the document number are left.
    expect(texts[1].replace(/10\.2\.e|0001|\s/g, '')).toBe('');
  });

  it('lists both documents in the inventory with the decided beoordeling and grounds', async () => {
    const csvName = Object.keys(zip).find((n) => n.endsWith('/inventaris.csv'))!;
    const table = parseCsv(new TextDecoder().decode(zip[csvName]).replace(/^\uFEFF/, ''));
    const header = table[0];
    const col = (re: RegExp) => header.findIndex((h) => re.test(h));
    const rows = table.slice(1).filter((r) => r.length > 1);
    expect(rows).toHaveLength(2);
    const [first, second] = rows;
    expect(first[col(/^(ID|Document ?ID|Nr)/i)]).toBe('0001');
    expect(first[col(/beoordeling$/i)]).toMatch(/deels openbaar/i);
    const grounds = [...new Set(decided.flatMap((r) => r.grounds))].sort();
    expect(first[col(/grond/i)].split(/;\s*/).sort()).toEqual(grounds);
    expect(second[col(/beoordeling$/i)]).toMatch(/^openbaar/i);
    expect(second.join(' ')).toContain('Brief aan de Tweede Kamer');
    const manifest = JSON.parse(new TextDecoder().decode(zip[Object.keys(zip).find((n) => n.endsWith('/manifest.json'))!]));
    expect(manifest.counts.documents).toBe(2);
    expect(manifest.counts.perGround['10.2.e']).toBe(decided.filter((r) => r.grounds.includes('10.2.e')).length);
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
