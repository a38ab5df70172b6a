/**
 * The app opens what the command line opens (issue #10), in the real UI: a PDF encrypted with
 * a user password (the officer is asked for it, as `--password` gives it to the command line)
 * and a PDF whose font needs a predefined CMap (the worker fetches it from the app's origin).
 * Both get their suggestions and are exported, redacted, in the bundle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { serveStatic } from './server';
import { readXlsxTable } from '../helpers/xlsx';
import { validateProductierapport } from '../../shared/export/platform';
import { launch } from './browser';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = path.join(root, 'tests', 'fixtures', 'producers');
let srv: Awaited<ReturnType<typeof serveStatic>>;
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;
const errors: string[] = [];

interface Red { documentId: string; text: string; status: string; category: string }
const redactions = (p: Page) =>
  p.evaluate(() => (window as unknown as { __lakstift: { state: { dossier: { redactions: unknown[] } } } }).__lakstift.state.dossier.redactions) as Promise<Red[]>;

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

describe('the app reads what the command line reads', () => {
  it('asks for the password of an encrypted PDF, refuses a wrong one, and reads the CMap font', async () => {
    await page.goto(srv.url);
    await page.getByTestId('dossier-title').fill('Twee hosts');
    // The case number gives the publication platform's Matter (issue #16: asked for, never invented).
    await page.getByTestId('case-number').fill('Woo-2025/0042');
    await page.getByTestId('law-wob').check();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('start-add-pdfs').click()]);
    await chooser.setFiles([path.join(fixtures, 'qpdf-encrypted-letter.pdf'), path.join(fixtures, 'gs-cjk-cmap.pdf')]);

    const dialog = page.getByTestId('password-dialog');
    await dialog.waitFor({ timeout: 60_000 });
    expect(await dialog.textContent()).toContain('qpdf-encrypted-letter.pdf');
    await page.getByTestId('password-input').fill('fout');
    await page.getByTestId('password-submit').click();
    await expect.poll(() => dialog.textContent(), { timeout: 60_000 }).toMatch(/opent qpdf-encrypted-letter\.pdf niet/);
    await page.getByTestId('password-input').fill('geheim');
    await page.getByTestId('password-submit').click();

    await expect.poll(() => page.getByTestId('document').count(), { timeout: 60_000 }).toBe(2);
    await expect.poll(async () => (await redactions(page)).length, { timeout: 60_000 }).toBeGreaterThan(3);
    const all = await redactions(page);
    // The letter (encrypted) and the memo (its body font needs 90ms-RKSJ-H) both have names.
    expect(all.filter((r) => r.documentId === 'd1').map((r) => r.text)).toContain('de heer B. Çelik-Vermeulen');
    expect(all.filter((r) => r.documentId === 'd2').map((r) => r.text)).toContain('mevrouw J.M. de Vries');
  });

  it('exports both, redacted, with the password kept in memory for the encrypted original', async () => {
    await page.evaluate(() => {
      const c = (window as unknown as { __lakstift: { perform(n: string, p?: unknown): void; state: { dossier: { redactions: { id: string }[] } } } }).__lakstift;
      c.perform('accept', { ids: c.state.dossier.redactions.map((r) => r.id) });
    });
    await page.getByTestId('open-export').click();
    const downloaded = page.waitForEvent('download', { timeout: 240_000 });
    await page.getByTestId('export-start').click();
    const refused = page.locator('[data-testid=export-result][data-phase=error]').waitFor({ timeout: 240_000 })
      .then(async () => { throw new Error(`export refused: ${await page.getByTestId('export-dialog').textContent()}`); });
    const download = await Promise.race([downloaded, refused]);
    refused.catch(() => undefined);
    const zip = unzipSync(new Uint8Array(await readFile(await download.path())));
    const pdfs = Object.keys(zip).filter((n) => /\/000[12] .*\.pdf$/.test(n));
    expect(pdfs).toHaveLength(2);
    const text = (n: string) => new TextDecoder('latin1').decode(zip[n]);
    // Written fresh and without encryption, like the command line's output.
    for (const n of pdfs) expect(text(n)).not.toMatch(/\/Encrypt\b/);
    // The productierapport imports on the platform as it is, with the Matter derived from the case number.
    const pr = await readXlsxTable(zip[Object.keys(zip).find((n) => n.endsWith('/productierapport.xlsx'))!]);
    expect(validateProductierapport(pr).problems).toEqual([]);
    expect(pr[1][pr[0].indexOf('Matter')]).toBe('Woo-2025-0042');
    expect(errors).toEqual([]);
  });
});
