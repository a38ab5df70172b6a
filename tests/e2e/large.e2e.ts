/**
 * A 1,000-page document opens at once: the viewer shows page 1 while the worker is still
 * reading the rest, and only pages near the view exist in the DOM (virtualisation).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import type { Page } from 'playwright-core';
import { serveStatic } from './server';
import { launch } from './browser';

const root = fileURLToPath(new URL('../..', import.meta.url));
let srv: Awaited<ReturnType<typeof serveStatic>>;
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;
let tmp: string;
let big: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'lakstift-e2e-large-'));
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= 1000; i++) {
    const p = doc.addPage([595, 842]);
    p.drawText(`Pagina ${i} van het dossier. Behandelaar: mevrouw J. de Vries, telefoon 06 12345678.`, { x: 50, y: 780, size: 11, font });
  }
  big = path.join(tmp, 'dossier-1000.pdf');
  await writeFile(big, await doc.save());
  srv = await serveStatic(path.join(root, 'dist', 'renderer'));
  browser = await launch();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await srv?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('a 1,000-page PDF', () => {
  it('shows its first page within seconds while the rest is still being read, with few pages in the DOM', async () => {
    await page.goto(srv.url);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('start-add-pdfs').click()]);
    const t0 = Date.now();
    await chooser.setFiles(big);
    await page.locator('[data-testid=page-1][data-rendered=true]').waitFor({ timeout: 60_000 });
    const firstPageMs = Date.now() - t0;
    expect(await page.getByTestId('page-indicator').textContent()).toBe('Pagina 1/1000');
    // Only the pages around the view are rendered, not a thousand canvases.
    const rendered = await page.locator('.page[data-testid]').count();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(15);
    // The analysis continues in the worker and reports progress in the sidebar meanwhile,
    // or has already finished: either way the UI answered before the whole file was read.
    console.log(`1,000-page PDF: first page after ${firstPageMs} ms, ${rendered} page views in the DOM`);
    expect(firstPageMs).toBeLessThan(30_000);

    // Jumping far into the document renders that page without rendering those before it.
    await page.getByTestId('pages').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
    await expect.poll(() => page.getByTestId('page-indicator').textContent(), { timeout: 20_000 }).toMatch(/Pagina 5\d\d\/1000/);
    await page.locator('.page[data-rendered=true]').last().waitFor({ timeout: 30_000 });
    expect(await page.locator('.page[data-testid]').count()).toBeLessThan(15);
  });
});
