/**
 * The viewer's pages are drawn in a worker of their own (renderer/src/pagePictures.ts,
 * issue #17 item 2) and must look exactly as when the window drew them: at every zoom, each
 * drawn page's picture is compared pixel by pixel with pdf.js drawing the same page on the UI
 * thread at the same size, and the picture has as many device pixels as the page is shown on
 * (sharp, not stretched). A page turned sideways and a page with embedded fonts are among them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { serveStatic } from './server';
import { launch } from './browser';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = path.join(root, 'tests', 'fixtures', 'producers');
const shots = path.join(root, 'tests', 'e2e', 'screenshots');
// Embedded TrueType fonts (LibreOffice), a page rotated by /Rotate (Ghostscript), a landscape page.
const FILES = ['soffice-letter.pdf', 'gs-rotated.pdf', 'chromium-landscape.pdf'].map((f) => path.join(fixtures, f));

let srv: Awaited<ReturnType<typeof serveStatic>>;
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  srv = await serveStatic(path.join(root, 'dist', 'renderer'));
  browser = await launch();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  await srv?.close();
});

/**
 * Page 1 of the document on screen: its shown picture against pdf.js drawing it here at the
 * same scale, as the share of pixels that differ by more than a quarter of the range in any
 * channel, and the share of dark pixels (so an empty picture does not pass as equal).
 */
function compareFirstPage(p: Page) {
  return p.evaluate(async () => {
    type Pdf = { getPage(n: number): Promise<{ getViewport(o: { scale: number }): { width: number; height: number }; render(o: unknown): { promise: Promise<void> } }> };
    const c = (window as unknown as { __lakstift: { state: { documentId: string }; pdfOf(id: string): Promise<Pdf> } }).__lakstift;
    const shown = document.querySelector('[data-testid=page-1] canvas') as HTMLCanvasElement;
    const cssW = parseFloat(shown.style.width);
    const dpr = window.devicePixelRatio || 1;
    const w = shown.width;
    const h = shown.height;
    const a = document.createElement('canvas');
    a.width = w;
    a.height = h;
    const actx = a.getContext('2d')!;
    actx.drawImage(shown, 0, 0);
    const pdf = await c.pdfOf(c.state.documentId);
    const pg = await pdf.getPage(1);
    const scale = cssW / pg.getViewport({ scale: 1 }).width;
    const b = document.createElement('canvas');
    b.width = w;
    b.height = h;
    await pg.render({ canvas: b, viewport: pg.getViewport({ scale }), transform: dpr !== 1 ? [dpr, 0, 0, dpr, 0, 0] : undefined }).promise;
    const pa = actx.getImageData(0, 0, w, h).data;
    const pb = b.getContext('2d')!.getImageData(0, 0, w, h).data;
    let differ = 0;
    let darkA = 0;
    let darkB = 0;
    for (let i = 0; i < pa.length; i += 4) {
      const d = Math.max(Math.abs(pa[i] - pb[i]), Math.abs(pa[i + 1] - pb[i + 1]), Math.abs(pa[i + 2] - pb[i + 2]));
      if (d > 64) differ++;
      if (pa[i] + pa[i + 1] + pa[i + 2] < 300) darkA++;
      if (pb[i] + pb[i + 1] + pb[i + 2] < 300) darkB++;
    }
    const n = pa.length / 4;
    return { w, h, sharp: w === Math.floor(cssW * dpr), differ: differ / n, darkA: darkA / n, darkB: darkB / n, scale };
  });
}

describe('pages drawn in the page worker', () => {
  it('look as when drawn on the UI thread, sharp, at every zoom', async () => {
    await page.goto(srv.url);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('start-add-pdfs').click()]);
    await chooser.setFiles(FILES);
    await expect.poll(() => page.getByTestId('document').count(), { timeout: 60_000 }).toBe(FILES.length);
    const zoomIn = page.getByRole('button', { name: 'Inzoomen' });
    const zoomOut = page.getByRole('button', { name: 'Uitzoomen' });
    for (let d = 0; d < FILES.length; d++) {
      await page.getByTestId('document').nth(d).click();
      await page.getByRole('button', { name: 'Paginabreedte' }).click();
      // Fit width, twice larger, then smaller than fit width.
      for (const step of ['fit', 'in', 'in', 'out', 'out', 'out', 'out']) {
        const before = await page.locator('.viewer-toolbar .zoom').textContent();
        if (step === 'in') await zoomIn.click();
        if (step === 'out') await zoomOut.click();
        if (step !== 'fit') await expect.poll(() => page.locator('.viewer-toolbar .zoom').textContent()).not.toBe(before);
        const zoom = await page.locator('.viewer-toolbar .zoom').textContent();
        // The picture of the new zoom has arrived when the canvas is shown at that zoom.
        const arrived = async () => {
          if ((await page.locator('[data-testid=page-1][data-drawn=worker]').count()) === 0) return false;
          const r = await compareFirstPage(page);
          // A canvas the worker controls gets its new frame a moment after its new CSS size.
          return r.sharp && Math.abs(r.scale * 100 - parseInt(zoom ?? '0', 10)) < 1;
        };
        await expect.poll(arrived, { timeout: 60_000 }).toBe(true);
        const r = await compareFirstPage(page);
        console.log(`${path.basename(FILES[d])} at ${zoom}: ${r.w}x${r.h} px, ${(r.differ * 100).toFixed(3)}% of pixels differ from the window's drawing, dark ${(r.darkA * 100).toFixed(2)}% vs ${(r.darkB * 100).toFixed(2)}%`);
        expect(r.sharp).toBe(true);
        expect(r.darkB).toBeGreaterThan(0.0005);
        expect(Math.abs(r.darkA - r.darkB)).toBeLessThan(r.darkB * 0.05);
        expect(r.differ).toBeLessThan(0.002);
      }
      if (d === 0) await page.screenshot({ path: path.join(shots, '24-page-drawn-in-worker.png') });
    }
    expect(await page.locator('.page[data-rendered=true][data-drawn=window]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
