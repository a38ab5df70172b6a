/**
 * Issue #13 (item 3) in the real UI: a damaged PDF among good ones. The app says in one Dutch
 * sentence which file failed and what to do (no stack trace), and carries on: the good
 * documents are read and get their suggestions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { serveStatic } from './server';
import { launch } from './browser';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = path.join(root, 'tests', 'fixtures', 'producers');
let srv: Awaited<ReturnType<typeof serveStatic>>;
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  srv = await serveStatic(path.join(root, 'dist', 'renderer'));
  browser = await launch();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  await srv?.close();
});

describe('a damaged PDF among good ones', () => {
  it('names the damaged file in one Dutch sentence and reads the others', async () => {
    // A download broken off halfway: it starts as a PDF, its second half is gone.
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-e2e-robust-'));
    const letter = readFileSync(path.join(fixtures, 'soffice-letter.pdf'));
    const broken = path.join(tmp, 'afgebroken-download.pdf');
    writeFileSync(broken, letter.subarray(0, Math.floor(letter.length / 2)));

    await page.goto(srv.url);
    await page.getByTestId('dossier-title').fill('Beschadigd');
    await page.getByTestId('law-wob').check();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('start-add-pdfs').click()]);
    await chooser.setFiles([path.join(fixtures, 'soffice-memo.pdf'), broken, path.join(fixtures, 'soffice-letter.pdf')]);

    const alert = page.getByRole('alert').filter({ hasText: 'afgebroken-download.pdf' });
    await alert.first().waitFor({ timeout: 60_000 });
    const text = (await alert.first().textContent()) ?? '';
    expect(text).toMatch(/afgebroken-download\.pdf.* is beschadigd en kan niet worden gelezen \(.*\); vraag de afzender om een nieuw exemplaar/);
    expect(text).not.toMatch(/\bat .*\.(js|ts):\d+|Error:/);

    // The two good files are in the dossier, with suggestions; the damaged one is not.
    await expect.poll(() => page.getByTestId('document').count(), { timeout: 60_000 }).toBe(2);
    const docs = await page.evaluate(() => (window as unknown as { __lakstift: { state: { dossier: { documents: { path: string }[]; redactions: { documentId: string }[] } } } }).__lakstift.state.dossier);
    expect(docs.documents.map((d) => d.path.split('/').pop()).sort()).toEqual(['soffice-letter.pdf', 'soffice-memo.pdf']);
    await expect.poll(async () => {
      const d = await page.evaluate(() => (window as unknown as { __lakstift: { state: { dossier: { redactions: { documentId: string }[] } } } }).__lakstift.state.dossier.redactions);
      return new Set(d.map((r) => r.documentId)).size;
    }, { timeout: 60_000 }).toBe(2);
    expect(errors).toEqual([]);
  });
});
