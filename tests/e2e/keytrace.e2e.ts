/**
 * Where the time of a key press goes at 10,200 suggestions (issue #14), for an engineer chasing
 * latency: opt-in (`LAKSTIFT_KEYTRACE=1`, after `node scripts/build-app.mjs --renderer-only`):
 *
 *   LAKSTIFT_KEYTRACE=1 npx vitest run --config tests/e2e/vitest.config.ts tests/e2e/keytrace.e2e.ts
 *
 * It presses KEYTRACE_N keys (default 200; the pattern KEYTRACE_KEYS, default the latency
 * e2e's) with a Chromium trace (devtools.timeline, v8.gc, user timing) and a sampling CPU
 * profile running, and prints: worst/median/p99 latency, main-thread time per key by kind
 * (script, style, layout, paint, commit, GC), the longest tasks, per-key self and app time by
 * function (names from the build's source maps), and the KEYTRACE_TOP worst presses broken down.
 * KEYTRACE_DIST serves another build (to compare before/after on the same load). It checks
 * that the panel still draws fewer than 80 rows and that its open count equals the dossier's
 * after the run (every count is patched per decision: shared/dossier/delta.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { serveStatic } from './server';
import { launch, profileTimes, sourceNamer, writeTenThousandSuggestions, type CpuProfile, type TraceEvent } from './browser';

const root = fileURLToPath(new URL('../..', import.meta.url));
let srv: Awaited<ReturnType<typeof serveStatic>>;
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;
let tmp: string;
let big: string;
let dossierFile: string;
const OUT = process.env.KEYTRACE_OUT ?? path.join(os.tmpdir(), 'lakstift-keytrace');
const N = Number(process.env.KEYTRACE_N ?? 200);

describe.runIf(process.env.LAKSTIFT_KEYTRACE === '1')('key presses at 10,200 suggestions, traced', () => {
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'lakstift-keytrace-'));
  srv = await serveStatic(process.env.KEYTRACE_DIST ?? path.join(root, 'dist', 'renderer'));
  browser = await launch();
  page = await browser.context.newPage();
  ({ pdf: big, dossier: dossierFile } = await writeTenThousandSuggestions(tmp));
  await page.goto(srv.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await srv?.close();
  await rm(tmp, { recursive: true, force: true });
});

type W = { __lakstift: { state: { dossier: { redactions: { status: string }[] } }; docs: Map<string, { status: string }> } };
type Ev = TraceEvent;

it('prints where the time of each key press goes, and the panel stays right', async () => {
  const [dc] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Dossier openen' }).click()]);
  await dc.setFiles(dossierFile);
  await expect.poll(async () => page.evaluate(() => (window as unknown as W).__lakstift.state.dossier.redactions.length), { timeout: 60_000 }).toBe(10_200);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('add-pdfs').click()]);
  await chooser.setFiles(big);
  await page.locator('[data-testid=page-1][data-rendered=true]').waitFor({ timeout: 120_000 });
  await expect.poll(() => page.evaluate(() => [...(window as unknown as W).__lakstift.docs.values()].map((d) => d.status).join()), { timeout: 400_000, interval: 2000 }).toBe('ready');
  await page.locator('body').click({ position: { x: 5, y: 880 } });
  const cdp = await browser.context.newCDPSession(page);
  const events: Ev[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as Ev[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.gc,blink.user_timing,v8,toplevel', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  const pattern = (process.env.KEYTRACE_KEYS ?? 'jjjkajarjujjakj').split('');
  const latencies = await page.evaluate(async ({ pattern, n }) => {
    const out: { key: string; ms: number; t0: number }[] = [];
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
    for (let i = 0; i < n; i++) {
      const key = pattern[i % pattern.length];
      await frame();
      const t0 = performance.now();
      performance.mark(`k${i}s`);
      window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      await frame();
      performance.mark(`k${i}e`);
      out.push({ key, ms: performance.now() - t0, t0 });
    }
    return out;
  }, { pattern, n: N });
  const prof = (await cdp.send('Profiler.stop')).profile as CpuProfile;
  await cdp.send('Tracing.end');
  await done;
  const sorted = latencies.map((l) => l.ms).sort((a, b) => a - b);
  console.log(`KEYTRACE worst ${sorted.at(-1)!.toFixed(1)} median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} p99 ${sorted[Math.floor(sorted.length * 0.99)].toFixed(1)} >50: ${sorted.filter((x) => x > 50).length}/${sorted.length}; load ${os.loadavg()[0].toFixed(1)}`);
  // Windows per key from the marks.
  const marks = new Map<string, number>();
  for (const e of events) if (e.cat.includes('blink.user_timing') && /^k\d+[se]$/.test(e.name)) marks.set(e.name, e.ts);
  const mainTid = events.find((e) => e.name === 'k0s')?.tid;
  // Function names from the build's source maps (minified names otherwise).
  const nameOf = await sourceNamer(prof, process.env.KEYTRACE_DIST ?? path.join(root, 'dist', 'renderer'));
  // Sample timestamps.
  const sampleTs: number[] = [];
  let t = prof.startTime;
  for (const d of prof.timeDeltas) sampleTs.push((t += d));
  const report: string[] = [];
  const order = latencies.map((l, i) => ({ ...l, i })).sort((a, b) => b.ms - a.ms);
  for (const w of order.slice(0, Number(process.env.KEYTRACE_TOP ?? 8))) {
    const s = marks.get(`k${w.i}s`)!;
    const e = marks.get(`k${w.i}e`)!;
    const by = new Map<string, number>();
    for (const ev of events) {
      if (ev.tid !== mainTid || ev.ph !== 'X' || !ev.dur) continue;
      const a = Math.max(ev.ts, s);
      const b = Math.min(ev.ts + ev.dur, e);
      if (b <= a) continue;
      by.set(ev.name, (by.get(ev.name) ?? 0) + (b - a) / 1000);
    }
    const self = new Map<string, number>();
    for (let j = 0; j < sampleTs.length; j++) {
      if (sampleTs[j] < s || sampleTs[j] > e) continue;
      const nm = nameOf.get(prof.samples[j]) ?? '?';
      const dt = (prof.timeDeltas[j + 1] ?? 200) / 1000;
      self.set(nm, (self.get(nm) ?? 0) + dt);
    }
    // Inclusive time per app function (walk up parents).
    const parent = new Map<number, number>();
    for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const incl = new Map<string, number>();
    for (let j = 0; j < sampleTs.length; j++) {
      if (sampleTs[j] < s || sampleTs[j] > e) continue;
      const dt = (prof.timeDeltas[j + 1] ?? 200) / 1000;
      const seen = new Set<string>();
      for (let id: number | undefined = prof.samples[j]; id !== undefined; id = parent.get(id)) {
        const nm = nameOf.get(id)!;
        if (!/renderer\/|shared\//.test(nm) || seen.has(nm)) continue;
        seen.add(nm);
        incl.set(nm, (incl.get(nm) ?? 0) + dt);
      }
    }
    const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k}=${v.toFixed(1)}`).join(' | ');
    const lay = events.filter((ev) => ev.tid === mainTid && ev.name === 'Layout' && ev.ts >= s && ev.ts <= e).map((ev) => { const b = (ev.args?.beginData ?? {}) as Record<string, unknown>; const en = ((ev as unknown as { args?: { endData?: { rootNode?: unknown; layoutRoots?: unknown } } }).args?.endData ?? {}); return `${((ev.dur ?? 0) / 1000).toFixed(1)}ms dirty=${b.dirtyObjects}/${b.totalObjects} partial=${b.partialLayout} roots=${JSON.stringify((en as { layoutRoots?: unknown[] }).layoutRoots?.length ?? '')} stack=${JSON.stringify(b.stackTrace ?? '').slice(0, 120)}`; });
    const sty = events.filter((ev) => ev.tid === mainTid && ev.name === 'UpdateLayoutTree' && ev.ts >= s && ev.ts <= e).map((ev) => `${((ev.dur ?? 0) / 1000).toFixed(1)}ms els=${JSON.stringify((ev.args as { elementCount?: number } | undefined)?.elementCount ?? (ev.args as Record<string, unknown>)?.['beginData'])}`.slice(0, 100));
    report.push(`  layouts: ${lay.join(' ; ')}\n  styles: ${sty.join(' ; ')}`);
    report.push(`#${w.i} '${w.key}' ${w.ms.toFixed(1)} ms (prev keys ${latencies.slice(Math.max(0, w.i - 3), w.i).map((l) => l.key).join('')})\n  trace: ${top(by, 14)}\n  self: ${top(self, 10)}\n  app incl: ${top(incl, 12)}`);
  }
  console.log('DOM elements', await page.evaluate(() => document.getElementsByTagName('*').length), 'panel', await page.evaluate(() => document.querySelector('[data-testid=panel-list]')?.getElementsByTagName('*').length), 'pages', await page.evaluate(() => document.querySelector('[data-testid=pages]')?.getElementsByTagName('*').length));
  // CPU (thread time) of the main thread's top-level tasks per key window, and the longest tasks overall.
  const tasks = events.filter((ev) => ev.tid === mainTid && ev.ph === 'X' && (ev.name === 'RunTask' || ev.name === 'ThreadControllerImpl::RunTask'));
  const cpuPer: number[] = [];
  const cats = new Map<string, number>();
  for (const [i] of latencies.entries()) {
    const s = marks.get(`k${i}s`)!; const e = marks.get(`k${i}e`)!;
    let cpu = 0;
    for (const ev of tasks) if (ev.name === 'RunTask' && ev.ts >= s && ev.ts <= e) cpu += (ev.tdur ?? ev.dur ?? 0) / 1000;
    cpuPer.push(cpu);
    for (const ev of events) {
      if (ev.tid !== mainTid || ev.ph !== 'X' || ev.ts < s || ev.ts > e) continue;
      if (['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Commit', 'Layerize', 'MinorGC', 'MajorGC', 'FunctionCall', 'FireIdleCallback', 'TimerFire', 'HandlePostMessage', 'FireAnimationFrame', 'EventDispatch'].includes(ev.name)) cats.set(ev.name, (cats.get(ev.name) ?? 0) + (ev.tdur ?? ev.dur ?? 0) / 1000);
    }
  }
  const cs = cpuPer.slice().sort((a, b) => a - b);
  console.log(`CPU per key (main thread, thread time): median ${cs[Math.floor(cs.length / 2)].toFixed(1)} p90 ${cs[Math.floor(cs.length * 0.9)].toFixed(1)} max ${cs.at(-1)!.toFixed(1)} ms; per key avg by kind: ${[...cats.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${(v / latencies.length).toFixed(2)}`).join(' ')}`);
  const longest = tasks.filter((ev) => ev.name === 'RunTask').sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 8).map((ev) => {
    const inner = events.filter((x) => x.tid === mainTid && x.ph === 'X' && x.ts >= ev.ts && x.ts < ev.ts + (ev.dur ?? 0) && x !== ev && !/RunTask|v8\.|ThreadController/.test(x.name)).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 4).map((x) => `${x.name}${x.args?.data && (x.args.data as { functionName?: string }).functionName ? `(${(x.args.data as { functionName?: string }).functionName})` : ''}=${((x.dur ?? 0) / 1000).toFixed(1)}`).join(',');
    return `${((ev.dur ?? 0) / 1000).toFixed(1)}ms cpu ${((ev.tdur ?? 0) / 1000).toFixed(1)} [${inner}]`;
  });
  console.log(`longest tasks: ${longest.join(' ; ')}`);
  {
    // Over every key window: self time per function, and inclusive time per app function.
    const windows = latencies.map((_, i) => [marks.get(`k${i}s`)!, marks.get(`k${i}e`)!]);
    const { self: selfAll, incl: inclAll } = profileTimes(prof, nameOf, (t) => windows.some(([s, e]) => t >= s && t <= e), 200);
    const per = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k}=${(v / latencies.length).toFixed(2)}`).join(' | ');
    console.log(`SELF per key: ${per(selfAll, 16)}`);
    console.log(`APP INCL per key: ${per(inclAll, 16)}`);
  }
  const all = latencies.map((l) => `${l.key}:${l.ms.toFixed(0)}`).join(' ');
  await mkdir(OUT, { recursive: true });
  await writeFile(path.join(OUT, `report-${Date.now()}.txt`), `${report.join('\n')}\n\nall: ${all}\n`);
  console.log(report.join('\n'));
  expect(await page.locator('[data-testid=suggestion]').count()).toBeLessThan(80);
  const proposed = await page.evaluate(() => (window as unknown as W).__lakstift.state.dossier.redactions.filter((r) => r.status === 'proposed').length);
  expect(await page.getByTestId('open-count').textContent()).toBe(`${proposed} te beoordelen`);
}, 600_000);
});
