/**
 * Where the UI thread's long tasks come from while a 1,000-page PDF is analysed (issue #17
 * item 2), for an engineer chasing frames: opt-in (`LAKSTIFT_FRAMETRACE=1`, after
 * `node scripts/build-app.mjs --renderer-only`):
 *
 *   LAKSTIFT_FRAMETRACE=1 npx vitest run --config tests/e2e/vitest.config.ts tests/e2e/frametrace.e2e.ts
 *
 * It adds the same 1,000-page PDF as large.e2e.ts with a Chromium trace (devtools.timeline,
 * v8.gc) and a sampling CPU profile of the page running, and prints every main-thread task
 * over FRAMETRACE_MS (default 30) ms (of thread time with FRAMETRACE_BY=thread): its wall and thread time, the trace events inside it,
 * and the app functions (names from the build's source maps) it spent its time in.
 * FRAMETRACE_DIST serves another build (to compare before/after on the same load);
 * FRAMETRACE_SAVE=<file> writes the whole trace (JSON, for chrome://tracing or a script).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { serveStatic } from './server';
import { innerEvents, launch, profileTimes, sourceNamer, writeThousandPagePdf, type CpuProfile, type TraceEvent } from './browser';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DIST = process.env.FRAMETRACE_DIST ?? path.join(root, 'dist', 'renderer');
const MS = Number(process.env.FRAMETRACE_MS ?? 30);
let srv: Awaited<ReturnType<typeof serveStatic>>;
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;
let tmp: string;
let big: string;

describe.runIf(process.env.LAKSTIFT_FRAMETRACE === '1')('a 1,000-page PDF analysed, traced', () => {
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'lakstift-frametrace-'));
    big = await writeThousandPagePdf(tmp);
    srv = await serveStatic(DIST);
    browser = await launch();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await srv?.close();
    await rm(tmp, { recursive: true, force: true });
  });

  it('prints the long tasks of the UI thread and what they did', async () => {
    await page.goto(srv.url);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('start-add-pdfs').click()]);
    const cdp = await browser.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.gc,blink.user_timing,toplevel', transferMode: 'ReportEvents' });
    await cdp.send('Profiler.start');
    await page.evaluate(() => performance.mark('frametrace-start'));
    await chooser.setFiles(big);
    await expect.poll(() => page.evaluate(() => [...(window as unknown as { __lakstift: { docs: Map<string, { status: string }> } }).__lakstift.docs.values()].map((d) => d.status).join()), { timeout: 300_000, interval: 1000 }).toBe('ready');
    await expect.poll(() => page.getByTestId('open-count').textContent(), { timeout: 30_000 }).toMatch(/[1-9]\d* /);
    await page.waitForTimeout(3000);
    const prof = (await cdp.send('Profiler.stop')).profile as CpuProfile;
    await cdp.send('Tracing.end');
    await done;
    const mainTid = events.find((e) => e.name === 'frametrace-start')?.tid;
    // FRAMETRACE_SAVE=<file>: the trace as Chromium wrote it, for chrome://tracing or a script.
    if (process.env.FRAMETRACE_SAVE) await writeFile(process.env.FRAMETRACE_SAVE, JSON.stringify({ traceEvents: events }));
    const nameOf = await sourceNamer(prof, DIST);
    // Over FRAMETRACE_MS of wall time, or (FRAMETRACE_BY=thread, for a loaded machine where wall
    // time is mostly the wait for a core) of the thread's own time.
    const byThread = process.env.FRAMETRACE_BY === 'thread';
    const tasks = events.filter((ev) => ev.tid === mainTid && ev.ph === 'X' && ev.name === 'RunTask' && ((byThread ? ev.tdur : ev.dur) ?? 0) > MS * 1000).sort((a, b) => a.ts - b.ts);
    const t0 = Math.min(...events.filter((e) => e.tid === mainTid).map((e) => e.ts));
    const lines: string[] = [];
    for (const task of tasks) {
      const s = task.ts;
      const e = task.ts + (task.dur ?? 0);
      const inner = innerEvents(events, mainTid, task, 6, /RunTask|ThreadController/);
      const { self, incl } = profileTimes(prof, nameOf, (ts) => ts >= s && ts <= e, 500);
      const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k}=${v.toFixed(1)}`).join(' | ');
      lines.push(`at ${((s - t0) / 1000).toFixed(0)} ms: ${((task.dur ?? 0) / 1000).toFixed(1)} ms (thread ${((task.tdur ?? 0) / 1000).toFixed(1)})\n  trace: ${inner.join(', ')}\n  self: ${top(self, 8)}\n  app: ${top(incl, 10)}`);
    }
    // In short, for before/after on the same load: the worst tasks by thread time, each with its biggest event.
    const all = events.filter((ev) => ev.tid === mainTid && ev.ph === 'X' && ev.name === 'RunTask');
    const cpu = all.map((ev) => (ev.tdur ?? 0) / 1000).sort((a, b) => b - a);
    const what = (task: TraceEvent) => events.filter((x) => x.tid === mainTid && x.ph === 'X' && x.ts >= task.ts && x.ts < task.ts + (task.dur ?? 0) && x !== task && !/RunTask|ThreadController|^V8\./.test(x.name)).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0]?.name ?? '?';
    const worstCpu = [...all].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0)).slice(0, 6).map((ev) => `${((ev.tdur ?? 0) / 1000).toFixed(0)} ms ${what(ev)}`);
    // The compositor's commits (where a page's new picture reaches the screen from the UI thread).
    const commits = events.filter((ev) => ev.tid === mainTid && ev.ph === 'X' && ev.name === 'Commit').map((ev) => (ev.tdur ?? 0) / 1000);
    const commitLine = `commits ${commits.length}, ${commits.reduce((a, b) => a + b, 0).toFixed(0)} ms of thread time, worst ${Math.max(0, ...commits).toFixed(1)} ms`;
    console.log(`FRAMETRACE SUMMARY ${DIST}: ${commitLine}; ${all.length} tasks, ${cpu.filter((x) => x > 50).length} over 50 ms, ${cpu.filter((x) => x > 33).length} over 33 ms, ${cpu.filter((x) => x > 30).length} over 30 ms and ${cpu.filter((x) => x > 16).length} over 16 ms of thread time, ${all.filter((ev) => (ev.dur ?? 0) > 50_000).length} over 50 ms of wall time; thread time in all ${cpu.reduce((a, b) => a + b, 0).toFixed(0)} ms; worst: ${worstCpu.join(', ')}; load ${os.loadavg()[0].toFixed(1)}`);
    console.log(`FRAMETRACE ${tasks.length} main-thread tasks over ${MS} ms of ${byThread ? 'thread' : 'wall'} time; load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores\n${lines.join('\n')}`);
    expect(mainTid).toBeDefined();
  });
});
