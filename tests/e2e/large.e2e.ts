/**
 * A 1,000-page document opens at once: the viewer shows page 1 while the worker is still
 * reading the rest, and only pages near the view exist in the DOM (virtualisation). While it
 * is analysed the UI thread stays free: the longest task and the longest gap between frames
 * are measured with the Performance API and printed (issue #17 item 2).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { serveStatic } from './server';
import { launch, writeThousandPagePdf } from './browser';

const root = fileURLToPath(new URL('../..', import.meta.url));
let srv: Awaited<ReturnType<typeof serveStatic>>;
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;
let tmp: string;
let big: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'lakstift-e2e-large-'));
  big = await writeThousandPagePdf(tmp);
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
    // From the first script on: every long task (over 50 ms, Chromium's 'longtask' entries)
    // and the gap between animation frames, so the analysis that follows is measured whole.
    await page.addInitScript(() => {
      const w = window as unknown as { __frames: { tasks: { start: number; ms: number }[]; gaps: { at: number; ms: number }[]; on: boolean } };
      w.__frames = { tasks: [], gaps: [], on: false };
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) if (w.__frames.on) w.__frames.tasks.push({ start: e.startTime, ms: e.duration });
      }).observe({ type: 'longtask', buffered: false });
      let last = 0;
      const tick = (t: number) => {
        if (w.__frames.on && last) w.__frames.gaps.push({ at: t, ms: t - last });
        last = t;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.goto(srv.url);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('start-add-pdfs').click()]);
    const t0 = Date.now();
    const on = await page.evaluate(() => {
      (window as unknown as { __frames: { on: boolean } }).__frames.on = true;
      return performance.now();
    });
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
    // A drawn page shows its picture through a canvas whose control the page worker has (its
    // pictures go to the compositor without passing the UI thread), not a 2D canvas: a 2D
    // canvas in the document cost every compositor commit about 4 ms, drawn in or not (issue #17).
    // (getContext throws on a canvas whose control was transferred, and is null for '2d' on a
    // canvas that has a bitmaprenderer context.)
    const kinds = await page.locator('.page[data-rendered=true] canvas').evaluateAll((cs) => cs.map((c) => {
      try {
        return (c as HTMLCanvasElement).getContext('2d') === null ? 'bitmap' : '2d';
      } catch {
        return 'worker';
      }
    }));
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => k === 'worker')).toBe(true);
    // Its picture was drawn in the page worker (pagePictures.ts), not on the UI thread.
    const drawnBy = await page.locator('.page[data-rendered=true]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-drawn')));
    expect(drawnBy.length).toBeGreaterThan(0);
    expect(drawnBy.every((b) => b === 'worker')).toBe(true);

    // The analysis runs to the end in the worker; its suggestions arrive in the panel.
    await expect.poll(() => page.evaluate(() => [...(window as unknown as { __lakstift: { docs: Map<string, { status: string }> } }).__lakstift.docs.values()].map((d) => d.status).join()), { timeout: 300_000, interval: 1000 }).toBe('ready');
    await expect.poll(() => page.getByTestId('open-count').textContent(), { timeout: 30_000 }).toMatch(/[1-9]\d* /);
    const readMs = Date.now() - t0;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const f = await page.evaluate(() => {
      const w = window as unknown as { __frames: { tasks: { start: number; ms: number }[]; gaps: { at: number; ms: number }[]; on: boolean } };
      w.__frames.on = false;
      return { tasks: w.__frames.tasks, gaps: w.__frames.gaps.map((g) => g.ms) };
    });
    const worst = (l: number[]) => (l.length ? Math.max(...l) : 0);
    const over = (l: number[], ms: number) => l.filter((x) => x > ms).length;
    const sortedGaps = [...f.gaps].sort((a, b) => a - b);
    const longest = [...f.tasks].sort((a, b) => b.ms - a.ms).slice(0, 6).map((t) => `${t.ms.toFixed(0)} ms at ${((t.start - on) / 1000).toFixed(1)} s`);
    console.log(`1,000-page PDF: longest tasks ${longest.join(', ') || 'none'} after the file was chosen`);
    console.log(`1,000-page PDF analysed in ${(readMs / 1000).toFixed(1)} s: worst long task ${worst(f.tasks.map((t) => t.ms)).toFixed(0)} ms (${f.tasks.length} over 50 ms), worst frame gap ${worst(f.gaps).toFixed(0)} ms, median ${(sortedGaps[sortedGaps.length >> 1] ?? 0).toFixed(0)} ms, ${over(f.gaps, 50)} of ${f.gaps.length} frames over 50 ms; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
    // Frames were drawn all along (the page was not frozen until the end); the worst frame is a
    // figure to report (issue #17: under 50 ms), not a timed assertion on a shared machine.
    expect(f.gaps.length).toBeGreaterThan(10);
  });
});
