/**
 * The legal reviewer's work in the real UI (issue #15, "Done when"): the officer opens the
 * three documents of assets/samples and accepts the suggestions; the reviewer, with the
 * keyboard only, approves most, sends one back with a comment and changes one ground; the
 * officer sees the comment and fixes it; the reviewer approves; the inventory and the export
 * say every document is final; the review export holds /Redact annotations; a dossier file
 * whose audit log was edited is reported broken when it is opened. Screenshots of each step
 * go to tests/e2e/screenshots/*review*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { serveStatic } from './server';
import { autosavedText, clearAutosave, launch } from './browser';
import { verifyAuditChain } from '../../shared/dossier/audit';
import { parseCsv } from '../../shared/export';

const root = fileURLToPath(new URL('../..', import.meta.url));
const samples = path.join(root, 'assets', 'samples');
const shots = path.join(root, 'tests', 'e2e', 'screenshots');
const SAMPLES = ['0001-email-kamervragen.pdf', '0002-beslisnota.pdf', '0003-werkinstructie.pdf'].map((f) => path.join(samples, f));

let srv: Awaited<ReturnType<typeof serveStatic>>;
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;
let tmp: string;
const errors: string[] = [];

interface Red { id: string; documentId: string; text: string; status: string; category: string; grounds: string[]; review?: { status: string; by: string; groundsBefore?: string[] }; comments?: { by: string; role: string; text: string }[] }
interface Doc { id: string; number: string; review?: { status: string } }
type Lakstift = { __lakstift: { state: { view: string; focusId: string | null; documentId: string | null; dossier: { redactions: Red[]; documents: Doc[]; audit: { action: string; by: string; role?: string }[] } }; perform(n: string, p?: unknown): void } };

const state = (p: Page) => p.evaluate(() => (window as unknown as Lakstift).__lakstift.state);
const focused = async (p: Page) => {
  const s = await state(p);
  return s.dossier.redactions.find((r) => r.id === s.focusId);
};
const shot = (name: string) => page.screenshot({ path: path.join(shots, name) });
const COMMENT = 'Drs. A. Peters is de directeur-generaal en ondertekent de nota in functie: niet lakken.';

/** Opens the settings with the keyboard and sets name and role (Tab order: name, role, dossier settings, buttons). */
async function becomeKeyboard(name: string, role: 'officer' | 'reviewer'): Promise<void> {
  await page.keyboard.press('Control+,');
  await page.getByTestId('settings-dialog').waitFor();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  // Tab lands on the chosen role; an arrow key moves the choice to the other one of the two.
  if (!(await page.getByTestId(`settings-role-${role}`).isChecked())) await page.keyboard.press('ArrowDown');
  expect(await page.getByTestId(`settings-role-${role}`).isChecked()).toBe(true);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('settings-dialog').count()).toBe(0);
  await expect.poll(() => page.getByTestId('identity').textContent()).toBe(`${name}${role === 'reviewer' ? 'jurist' : 'behandelaar'}`);
}

beforeAll(async () => {
  await stat(path.join(root, 'dist', 'renderer', 'index.html')).catch(() => {
    throw new Error('dist/renderer is missing: run "npm run test:e2e" (it builds the renderer first).');
  });
  await mkdir(shots, { recursive: true });
  tmp = await mkdtemp(path.join(os.tmpdir(), 'lakstift-review-e2e-'));
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
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('a legal reviewer checks a three-document dossier', () => {
  it('the officer opens the sample dossier and accepts the suggestions', async () => {
    await page.goto(srv.url);
    await page.getByTestId('welcome').waitFor();
    await becomeKeyboard('A. Behandelaar', 'officer');
    await page.getByTestId('dossier-title').fill('Woo-verzoek migratiebeleid');
    await page.getByTestId('case-number').fill('2024-0042');
    await page.getByTestId('law-wob').check();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('start-add-pdfs').click()]);
    await chooser.setFiles(SAMPLES);
    await expect.poll(() => page.getByTestId('document').count(), { timeout: 60_000 }).toBe(3);
    await expect.poll(async () => new Set((await state(page)).dossier.redactions.map((r) => r.documentId)).size, { timeout: 120_000 }).toBe(3);
    // The officer's decisions are not what this test is about: accept every suggestion at once.
    await page.evaluate(() => {
      const c = (window as unknown as Lakstift).__lakstift;
      c.perform('accept', { ids: c.state.dossier.redactions.map((r) => r.id) });
    });
    const s = await state(page);
    expect(s.dossier.redactions.every((r) => r.status === 'accepted')).toBe(true);
    expect(s.dossier.audit.filter((e) => e.action === 'accept').every((e) => e.by === 'A. Behandelaar' && e.role === 'officer')).toBe(true);
    expect(await page.getByTestId('doc-review-state').allTextContents()).toEqual(['⚖ te controleren', '⚖ te controleren', '⚖ te controleren']);
  });

  it('the reviewer sees every redaction with its text, grounds and who decided it', async () => {
    await page.locator('body').click({ position: { x: 5, y: 880 } });
    await becomeKeyboard('J. Jurist', 'reviewer');
    // A reviewer lands in the reviewer's list.
    await page.getByTestId('reviewer-list').waitFor();
    const total = (await state(page)).dossier.redactions.length;
    expect(await page.getByTestId('review-item').count()).toBe(total);
    expect(await page.getByTestId('review-summary').textContent()).toBe(`${total} te controleren · 0 teruggestuurd · 0 goedgekeurd · 0/3 documenten definitief`);
    const first = page.locator('[data-testid=review-item][aria-current=true]');
    expect(await first.getByTestId('review-text').textContent()).toBe('Bos, A.W. (Anouk)');
    expect(await first.textContent()).toMatch(/10\.2\.e Eerbiediging van de persoonlijke levenssfeer/);
    expect(await first.textContent()).toMatch(/Besloten door A\. Behandelaar/);
    await page.locator('[data-testid=page-1][data-rendered=true]').waitFor({ timeout: 60_000 });
    await shot('review-01-list.png');
  });

  it('filters by ground and state with the keyboard and back', async () => {
    await page.keyboard.press('2'); // state: to review
    expect(await page.getByTestId('review-filter-state').inputValue()).toBe('open');
    await page.keyboard.press('1');
    expect(await page.getByTestId('review-filter-state').inputValue()).toBe('all');
  });

  it('approves most, sends one back with a comment and changes one ground, keyboard only', async () => {
    let sentBack = false;
    let changed = false;
    for (let i = 0; i < 200; i++) {
      const f = await focused(page);
      if (!f || f.review) break;
      if (f.text === 'drs. A. Peters' && !sentBack) {
        await page.keyboard.press('s');
        await page.getByTestId('review-comment-dialog').waitFor();
        await page.keyboard.type(COMMENT);
        await shot('review-02-send-back.png');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.getByTestId('review-comment-dialog').count()).toBe(0);
        sentBack = true;
      } else if (f.category === 'guidance' && f.documentId === 'd3' && !changed) {
        // The reviewer finds 10.2.g not needed here: 10.2.d alone (arrows walk the catalogue, Space ticks).
        await page.keyboard.press('g');
        const picker = page.getByTestId('grounds-picker');
        await picker.waitFor();
        const focusedCode = () => page.evaluate(() => document.activeElement?.closest('label')?.querySelector('code')?.textContent);
        expect(await focusedCode()).toBe('10.2.d');
        for (let k = 0; k < 10 && (await focusedCode()) !== '10.2.g'; k++) await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Space');
        await shot('review-03-change-ground.png');
        await page.keyboard.press('Enter');
        await expect.poll(() => picker.count()).toBe(0);
        changed = true;
      } else {
        await page.keyboard.press('a');
      }
    }
    expect(sentBack && changed).toBe(true);
    const s = await state(page);
    const peters = s.dossier.redactions.find((r) => r.text === 'drs. A. Peters')!;
    expect(peters.review?.status).toBe('sent-back');
    expect(peters.comments?.[0]).toMatchObject({ by: 'J. Jurist', role: 'reviewer', text: COMMENT });
    const revised = s.dossier.redactions.filter((r) => r.review?.groundsBefore);
    expect(revised).toHaveLength(1);
    expect(revised[0]).toMatchObject({ documentId: 'd3', grounds: ['10.2.d'], review: { status: 'approved', by: 'J. Jurist', groundsBefore: ['10.2.d', '10.2.g'] } });
    expect(s.dossier.redactions.filter((r) => r.review?.status === 'approved')).toHaveLength(s.dossier.redactions.length - 1);
  });

  it('marks the documents without open points reviewed, and says why the third cannot be', async () => {
    // Walk to each document and press d: 0001 and 0003 become final, 0002 has a redaction sent back.
    for (const doc of ['d1', 'd3', 'd2']) {
      for (let i = 0; i < 100 && (await state(page)).documentId !== doc; i++) await page.keyboard.press(doc === 'd1' || ((await state(page)).documentId === 'd3') ? 'k' : 'j');
      expect((await state(page)).documentId).toBe(doc);
      await page.keyboard.press('d');
    }
    const s = await state(page);
    expect(s.dossier.documents.map((d) => d.review?.status)).toEqual(['reviewed', undefined, 'reviewed']);
    await expect.poll(() => page.locator('.toast.error').last().textContent()).toBe('Document 0002 kan nog niet als gecontroleerd worden gemarkeerd: 1 teruggestuurd. Beoordeel die eerst, of markeer het document met Shift+D als werk nodig.');
    expect(await page.getByTestId('review-document').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))).toEqual(['final', 'needs-work', 'final']);
    // The dossier refuses an export until the review is done (a reviewer's setting, by keyboard).
    await page.keyboard.press('Control+,');
    await page.getByTestId('settings-dialog').waitFor();
    await page.keyboard.press('Tab'); // role
    await page.keyboard.press('Tab'); // self-approval
    await page.keyboard.press('Tab'); // export policy
    await page.keyboard.press('ArrowDown');
    expect(await page.getByTestId('settings-export-policy').inputValue()).toBe('refuse');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('settings-dialog').count()).toBe(0);
    expect((await state(page)).dossier.audit.at(-1)).toMatchObject({ action: 'review-settings', by: 'J. Jurist', role: 'reviewer' });
    for (let i = 0; i < 100 && (await focused(page))?.text !== 'drs. A. Peters'; i++) await page.keyboard.press('k');
    await shot('review-04-verdicts.png');
  });

  it('the officer sees the comment, fixes it and replies; the export is refused meanwhile', async () => {
    await becomeKeyboard('A. Behandelaar', 'officer');
    await expect.poll(async () => (await state(page)).view).toBe('review');
    await page.keyboard.press('Control+e');
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    const notice = page.getByTestId('export-review-notice');
    expect(await notice.getAttribute('data-state')).toBe('refused');
    expect(await notice.textContent()).toMatch(/pas toe als de juridische controle af is: 1 teruggestuurd, document\(en\) 0002 niet definitief/);
    expect(await page.getByTestId('export-start').isDisabled()).toBe(true);
    await shot('review-05-export-refused.png');
    await dialog.getByRole('button', { name: 'Sluiten' }).click();

    // The sidebar says which document needs work; the comment is under the item.
    expect(await page.getByTestId('doc-review-state').allTextContents()).toEqual(['⚖ definitief', '⚖ werk nodig', '⚖ definitief']);
    await page.getByTestId('document').nth(1).click();
    const note = page.locator('[data-testid=review-note][data-review=sent-back]');
    await note.waitFor();
    expect(await note.textContent()).toContain(COMMENT);
    expect(await note.textContent()).toContain('Teruggestuurd door J. Jurist');
    await page.locator('[data-testid=suggestion]', { hasText: 'drs. A. Peters' }).click();
    // The panel's rows are sized to fit the note: the item's grounds and buttons stay in view.
    const item = page.locator('[data-testid=suggestion]', { hasText: 'drs. A. Peters' });
    const itemBox = (await item.boundingBox())!;
    const footBox = (await item.locator('.item-foot').boundingBox())!;
    expect(footBox.y + footBox.height).toBeLessThanOrEqual(itemBox.y + itemBox.height);
    await shot('review-06-officer-sees-comment.png');
    // Fix: the name stays readable; and a word back to the reviewer.
    await page.keyboard.press('r');
    await page.locator('[data-testid=suggestion]', { hasText: 'drs. A. Peters' }).click();
    await page.keyboard.press('c');
    await page.getByTestId('review-comment-dialog').waitFor();
    await page.keyboard.type('Klopt, niet meer gelakt.');
    await page.keyboard.press('Enter');
    const peters = (await state(page)).dossier.redactions.find((r) => r.text === 'drs. A. Peters')!;
    expect(peters).toMatchObject({ status: 'rejected', review: { status: 'resubmitted', by: 'A. Behandelaar' } });
    expect(peters.comments?.map((c) => c.role)).toEqual(['reviewer', 'officer']);
  });

  it('the reviewer approves the fix and marks the last document reviewed', async () => {
    await becomeKeyboard('J. Jurist', 'reviewer');
    await page.keyboard.press('2'); // what still needs a verdict
    expect(await page.getByTestId('review-item').count()).toBe(1);
    const item = page.locator('[data-testid=review-item][aria-current=true]');
    expect(await item.getAttribute('data-review')).toBe('resubmitted');
    expect(await item.getByTestId('review-thread').textContent()).toMatch(/J\. Jurist.*niet lakken\..*A\. Behandelaar.*Klopt, niet meer gelakt\./s);
    await shot('review-07-resubmitted.png');
    await page.keyboard.press('a');
    await page.keyboard.press('1');
    for (let i = 0; i < 100 && (await state(page)).documentId !== 'd2'; i++) await page.keyboard.press('j');
    await page.keyboard.press('d');
    const s = await state(page);
    expect(s.dossier.documents.map((d) => d.review?.status)).toEqual(['reviewed', 'reviewed', 'reviewed']);
    expect(await page.getByTestId('review-summary').textContent()).toMatch(/0 te controleren · 0 teruggestuurd · \d+ goedgekeurd · 3\/3 documenten definitief/);
    await shot('review-08-final.png');
  });

  it('the inventory says every document is final', async () => {
    await page.keyboard.press('Control+2');
    await page.getByTestId('inventory').waitFor();
    expect(await page.getByTestId('inventory-review').allTextContents()).toEqual(['definitief', 'definitief', 'definitief']);
    // The name the officer no longer redacts is not counted in 0002 any more (7 suggestions, 6 redacted).
    const s = await state(page);
    expect(s.dossier.redactions.filter((r) => r.documentId === 'd2' && r.status === 'accepted')).toHaveLength(6);
    expect(await page.getByTestId('inventory-row').nth(1).getByTestId('inventory-redactions').textContent()).toBe('6');
    await shot('review-09-inventory.png');
  });

  let zip: Record<string, Uint8Array>;

  it('the export goes ahead, and its manifest records the review and the audit log\'s head', async () => {
    await page.keyboard.press('Control+e');
    await page.getByTestId('export-dialog').waitFor();
    expect(await page.getByTestId('export-review-notice').getAttribute('data-state')).toBe('complete');
    const downloaded = page.waitForEvent('download', { timeout: 240_000 });
    await page.getByTestId('export-start').click();
    const refused = page.locator('[data-testid=export-result][data-phase=error]').waitFor({ timeout: 240_000 })
      .then(async () => { throw new Error(`export refused: ${await page.getByTestId('export-dialog').textContent()}`); });
    const download = await Promise.race([downloaded, refused]);
    refused.catch(() => undefined);
    zip = unzipSync(new Uint8Array(await readFile(await download.path())));
    await page.locator('[data-testid=export-result][data-phase=done]').waitFor({ timeout: 30_000 });
    await shot('review-10-export-done.png');
    await page.getByTestId('export-dialog').getByRole('button', { name: 'Sluiten' }).click();
    const entry = (suffix: string) => zip[Object.keys(zip).find((n) => n.endsWith(suffix))!];
    const manifest = JSON.parse(new TextDecoder().decode(entry('/manifest.json')));
    const s = await state(page);
    expect(manifest.review).toMatchObject({ complete: true, unreviewed: 0, sentBack: 0, resubmitted: 0, documentsFinal: 3, notFinal: [] });
    expect(manifest.review.approved).toBe(s.dossier.redactions.length);
    expect(manifest.review.reviewers.map((r: { by: string }) => r.by)).toEqual(['J. Jurist']);
    // The head in the manifest is the head of the dossier as the app saves it.
    const saved = JSON.parse((await autosavedText(page))!);
    const check = await verifyAuditChain(saved);
    expect(check.status).toBe('intact');
    expect(manifest.audit.entries).toBeGreaterThanOrEqual(saved.audit.length);
    // The name the officer un-redacted is readable in the published document; the inventory reflects the changed ground.
    const nota = path.join(tmp, 'nota.pdf');
    await writeFile(nota, zip[Object.keys(zip).find((n) => /\/0002 .*\.pdf$/.test(n))!]);
    expect(execFileSync('pdftotext', [nota, '-'], { encoding: 'utf8' })).toContain('Peters');
    expect(manifest.counts.redactions).toBe(s.dossier.redactions.length - 1);
    const rows = parseCsv(new TextDecoder().decode(entry('/inventaris.csv')).replace(/^\uFEFF/, ''));
    const beoordeling = rows[0].findIndex((h) => /^beoordeling$/i.test(h));
    expect(rows.slice(1, 4).map((r) => r[beoordeling])).toEqual(['Deels openbaar', 'Deels openbaar', 'Deels openbaar']);
  });

  it('the review export holds review copies with /Redact annotations and the log with motivations', async () => {
    await page.keyboard.press('Control+3');
    const downloaded = page.waitForEvent('download', { timeout: 240_000 });
    await page.getByTestId('export-review').click();
    const review = unzipSync(new Uint8Array(await readFile(await (await downloaded).path())));
    const names = Object.keys(review).map((n) => n.split('/').slice(1).join('/'));
    expect(names).toEqual(expect.arrayContaining(['lakverantwoording.csv', 'lakverantwoording.pdf', 'controlespoor.csv', 'LEESMIJ.txt']));
    const copies = names.filter((n) => n.startsWith('documenten/'));
    expect(copies).toHaveLength(3);
    const copy = path.join(tmp, 'controle-0003.pdf');
    await writeFile(copy, review[Object.keys(review).find((n) => /documenten\/0003 .*\(controle\)\.pdf$/.test(n))!]);
    const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=qpdf', copy], { encoding: 'utf8', maxBuffer: 1 << 28 }));
    const annots = Object.values(json.qpdf[1] as Record<string, { value?: Record<string, unknown> }>).map((o) => o.value).filter((v) => v?.['/Subtype'] === '/Redact');
    expect(annots).toHaveLength((await state(page)).dossier.redactions.filter((r) => r.documentId === 'd3').length);
    expect(annots.map((a) => a!['/OverlayText']).sort()).toContain('u:10.2.d');
    const log = parseCsv(new TextDecoder().decode(review[Object.keys(review).find((n) => n.endsWith('/lakverantwoording.csv'))!]).replace(/^\uFEFF/, ''));
    const col = (h: string) => log[0].indexOf(h);
    const changedRow = log.find((r) => r[col('Grond vóór wijziging jurist')] === '10.2.d; 10.2.g')!;
    expect(changedRow[col('Grond')]).toBe('10.2.d');
    expect(changedRow[col('Motivering (standaard)')].length).toBeGreaterThan(100);
    expect(changedRow[col('Gecontroleerd door')]).toBe('J. Jurist');
    await shot('review-11-export-for-review.png');
  });

  it('says plainly that the audit log is broken when a dossier whose log was edited is opened', async () => {
    const saved = JSON.parse((await autosavedText(page))!);
    const i = saved.audit.findIndex((e: { action: string }) => e.action === 'send-back');
    saved.audit[i].by = 'A. Behandelaar';
    const file = path.join(tmp, 'gewijzigd.lakstift.json');
    await writeFile(file, JSON.stringify(saved, null, 2));
    await clearAutosave(page);
    await page.reload();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Dossier openen' }).click()]);
    await chooser.setFiles(file);
    const banner = page.getByTestId('audit-banner');
    await banner.waitFor();
    expect(await banner.getAttribute('data-status')).toBe('broken');
    expect(await banner.textContent()).toContain('Het controlespoor van dit dossier is verbroken');
    expect(await banner.textContent()).toContain(`Bevinding: verbroken bij regel ${i + 1} van ${saved.audit.length} (send-back door A. Behandelaar, `);
    expect(await banner.textContent()).toContain('de inhoud past niet bij de hash, dus de regel is gewijzigd nadat hij is geschreven.');
    // The core's own sentence stays at hand (as the tooltip) for whoever investigates.
    expect(await banner.getByTestId('audit-finding').getAttribute('title')).toContain(`broken at entry ${i + 1} of ${saved.audit.length} (send-back by A. Behandelaar`);
    await page.getByTestId('reviewer-list').waitFor();
    await shot('review-12-audit-broken.png');
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
