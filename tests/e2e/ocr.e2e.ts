/**
 * Scans in the app (issue #12), in the real UI in Chromium: the core worker reads a page
 * without a text layer with tesseract.js (its own Web Worker, scripts and Dutch language data
 * from the app's origin) and suggests what is on it; without language data the page is unread,
 * the document "niet beoordeeld", and the officer confirms the page after checking it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import os from 'node:os';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { serveStatic } from './server';
import { launch } from './browser';
import { makeScan } from '../helpers/scan';
import { findTessdata } from '../../node/ocr';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shots = path.join(root, 'tests', 'e2e', 'screenshots');
let browser: Awaited<ReturnType<typeof launch>>;
const servers: { close(): Promise<void> }[] = [];
let scanFile: string;

interface Red { text: string; status: string; category: string; reason?: string }
const redactions = (p: Page) =>
  p.evaluate(() => (window as unknown as { __lakstift: { state: { dossier: { redactions: unknown[] } } } }).__lakstift.state.dossier.redactions) as Promise<Red[]>;

beforeAll(async () => {
  browser = await launch();
  const scan = await makeScan({ lines: [
    'Geachte heer Jansen,',
    'Op 12 maart 2024 sprak ik met mevrouw P. de Vries over uw verzoek.',
    'U kunt haar mailen via p.devries@minjenv.nl.',
  ], speckle: true });
  scanFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'lakstift-e2e-ocr-')), 'scan-brief.pdf');
  writeFileSync(scanFile, scan.bytes);
});

afterAll(async () => {
  await browser?.close();
  for (const s of servers) await s.close();
});

async function open(tessdata: string | undefined): Promise<Page> {
  const srv = await serveStatic(path.join(root, 'dist', 'renderer'), { tessdata });
  servers.push(srv);
  const page = await browser.context.newPage();
  await page.goto(srv.url);
  // Every OCR progress line the page ever shows, recorded as it appears.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __ocrProgress: string[] }).__ocrProgress = seen;
    new MutationObserver(() => {
      for (const m of document.body.innerText.match(/OCR leest gescande pagina's… \d+\/\d+/g) ?? []) if (!seen.includes(m)) seen.push(m);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId('dossier-title').fill('Scans');
  await page.getByTestId('law-wob').check();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('start-add-pdfs').click()]);
  await chooser.setFiles([scanFile]);
  return page;
}

describe('a scanned page in the app', () => {
  it('is read by OCR in the worker, and its name and e-mail local part are suggested', async () => {
    const found = findTessdata();
    expect('dir' in found).toBe(true);
    const page = await open('dir' in found ? found.dir : undefined);
    await expect.poll(async () => (await redactions(page)).map((r) => r.text), { timeout: 240_000, interval: 1000 }).toEqual(expect.arrayContaining(['p.devries']));
    const all = await redactions(page);
    expect(all.some((r) => /P\. de Vries/.test(r.text))).toBe(true);
    expect(all.find((r) => r.text === 'p.devries')!.reason).toMatch(/gelezen met OCR/);
    // While it read, the officer saw that OCR was at work, page by page.
    expect(await page.evaluate(() => (window as unknown as { __ocrProgress: string[] }).__ocrProgress)).toContain("OCR leest gescande pagina's… 0/1");
    expect(await page.getByTestId('unread-pages').count()).toBe(0);
    await page.locator('[data-testid=page-1][data-rendered=true]').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(shots, 'scan-ocr-suggestions.png') });
  });

  it('without language data is unread and "niet beoordeeld" until the officer confirms the page', async () => {
    const page = await open(undefined);
    const notice = page.getByTestId('unread-pages');
    await notice.waitFor({ timeout: 120_000 });
    // Without language data nothing claims that OCR is reading.
    expect(await page.evaluate(() => (window as unknown as { __ocrProgress: string[] }).__ocrProgress)).toEqual([]);
    expect(await notice.textContent()).toMatch(/Pagina 1 heeft geen tekstlaag en kon niet worden gelezen \(no Dutch language data/);
    await expect.poll(() => page.getByTestId('document').first().textContent()).toMatch(/Niet beoordeeld/);
    await page.locator('[data-testid=page-1][data-rendered=true]').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(shots, 'scan-unread-page.png') });
    await page.getByTestId('confirm-unread-1').click();
    await expect.poll(() => notice.count()).toBe(0);
    await expect.poll(() => page.getByTestId('document').first().textContent()).not.toMatch(/Niet beoordeeld/);
  });
});
