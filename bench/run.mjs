#!/usr/bin/env node
// `npm run bench`: Lakstift's command line side by side with established tools on the same
// 1,000-page dossier of real-producer pages, in the same run and on the same machine.
//
//   text     pdftotext (poppler), mutool draw -F txt (MuPDF), MuPDF.js, lakstift text --json
//   suggest  lakstift suggest, next to pdftotext (extraction alone) as the floor
//   redact   lakstift redact --decisions, MuPDF.js redaction of the same boxes
//   verify   lakstift verify of lakstift's redacted output
//
// Every tool runs as its own child process; wall time is measured here, CPU time and peak
// memory come from /usr/bin/time -v (or, without it, from polling /proc/<pid>/status VmHWM).
// A lakstift command that is not built yet (exit 2, "not available in this build yet") is
// reported as n/a: the bench never fails because a command is missing.
//
//   ocr      lakstift text of a scanned copy of the first 200 pages (Ghostscript pdfimage8, 150 dpi,
//            no text layer): OCR pages per second with one worker and with one per core
//
// Options: --scale-pages N (default 10000; 0 skips)  --scale-tasks text,suggest  --results file.json
//          (and bundle: --scale-tasks text,bundle)  --pages N (default 1000)  --cli path/to/lakstift.mjs  --runs N (repeats of fast tasks, default 3)
//          --timeout S (default 120: limit for one full-dossier run of a lakstift command;
//          its 100-page probe is reported instead when the full run would not fit)  --only text,suggest,redact,verify,ocr
//          --ocr-pages N (default 200)  --ocr-timeout S (default 1800)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDossier } from './dossier.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const OUT = path.join(root, 'bench', 'out');
const CORPUS = path.resolve(root, '..', 'shared', 'corpus');
const LAKSTIFT_DEFAULT = path.join(root, 'cli', 'bin', 'lakstift.mjs');

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0 && argv[i + 1]) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : dflt;
};
const PAGES = Number(opt('pages', 1000));
// --cli: benchmark another build of the command line (e.g. a second checkout) on the same dossier.
const LAKSTIFT = path.resolve(opt('cli', LAKSTIFT_DEFAULT));
const RUNS = Math.max(1, Number(opt('runs', 3)));
const TIMEOUT_S = Number(opt('timeout', 120));
// The 100-page probe may take a quarter of the full run's limit (30 s at the default 120 s).
const SMALL_TIMEOUT_S = Math.max(30, TIMEOUT_S / 4);
const ONLY = new Set(String(opt('only', 'text,suggest,redact,bundle,verify,scale,ocr')).split(','));
// Lakstift's commands run with one worker and with all cores (--jobs N); a build without
// --jobs is run once and its all-cores row is n/a.
const CORES = os.cpus().length;
// The scaling check: the dossier repeated to this many pages (0: skip).
const SCALE_PAGES = Number(opt('scale-pages', 10_000));
const SCALE_TASKS = new Set(String(opt('scale-tasks', 'text,suggest')).split(','));
// --scale-tasks given with --only runs the scaling of those tasks too (`--only suggest,bundle
// --scale-tasks suggest,bundle`): each needs its own 1,000-page row to compare with.
const SCALE = ONLY.has('scale') || opt('scale-tasks', null) !== null;
const RESULTS = path.resolve(root, opt('results', path.join('bench', 'results.json')));
const OCR_PAGES = Number(opt('ocr-pages', 200));
const OCR_TIMEOUT_S = Number(opt('ocr-timeout', 1800));
// Repeat a task only while it is fast: one slow run already says enough, and the whole
// bench has to stay within a few minutes.
const REPEAT_BELOW_S = 15;

const TIME_BIN = ['/usr/bin/time'].find((p) => existsSync(p) &&
  spawnSync(p, ['-v', 'true'], { encoding: 'utf8' }).stderr?.includes('Maximum resident set size'));

mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------------------------------
// Measuring one child process

function parseTimeV(text) {
  const num = (re) => { const m = re.exec(text); return m ? Number(m[1]) : null; };
  return {
    userS: num(/User time \(seconds\):\s*([\d.]+)/),
    sysS: num(/System time \(seconds\):\s*([\d.]+)/),
    maxRssKB: num(/Maximum resident set size \(kbytes\):\s*(\d+)/),
  };
}

/** Peak RSS of a running process, read from /proc until it exits (the fallback without GNU time). */
function pollHwm(pid, state) {
  const timer = setInterval(() => {
    try {
      const s = readFileSync(`/proc/${pid}/status`, 'utf8');
      const m = /VmHWM:\s+(\d+) kB/.exec(s);
      if (m) state.maxRssKB = Math.max(state.maxRssKB ?? 0, Number(m[1]));
    } catch { /* exited between ticks */ }
  }, 10);
  return () => clearInterval(timer);
}

function readCpuFromProc(pid) {
  // utime and stime (fields 14 and 15) in clock ticks; assume the usual 100 Hz.
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { userS: Number(f[11]) / 100, sysS: Number(f[12]) / 100 };
  } catch { return { userS: null, sysS: null }; }
}

/**
 * Runs cmd with args; stdout goes to `stdoutFile` (or is discarded). Resolves with wall
 * time, CPU time, peak RSS, exit code and the start of stderr.
 */
function measure(cmd, args, { stdoutFile = null, timeoutS = TIMEOUT_S } = {}) {
  return new Promise((resolve) => {
    const timeFile = path.join(OUT, `.time-${process.pid}.txt`);
    rmSync(timeFile, { force: true });
    const full = TIME_BIN ? [TIME_BIN, ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args];
    const out = stdoutFile ? ['pipe'] : ['ignore'];
    const t0 = process.hrtime.bigint();
    // detached: the child leads its own process group, so a timeout can kill the tool and not
    // just /usr/bin/time in front of it (an orphan would keep our pipes open and hang the bench).
    const child = spawn(full[0], full[1], { stdio: ['ignore', out[0], 'pipe'], detached: true });
    const chunks = [];
    let stdoutBytes = 0;
    if (stdoutFile) {
      child.stdout.on('data', (c) => { chunks.push(c); stdoutBytes += c.length; });
    }
    let stderr = '';
    child.stderr.on('data', (c) => { if (stderr.length < 4000) stderr += c; });
    const polled = {};
    const stopPoll = TIME_BIN ? () => {} : pollHwm(child.pid, polled);
    let lastCpu = { userS: null, sysS: null };
    const cpuTimer = TIME_BIN ? null : setInterval(() => { lastCpu = readCpuFromProc(child.pid); }, 50);
    let timedOut = false;
    const killer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { child.kill('SIGKILL'); }
    }, timeoutS * 1000);
    child.on('error', (e) => { stderr += String(e.message); });
    child.on('close', (code, signal) => {
      const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
      clearTimeout(killer);
      stopPoll();
      if (cpuTimer) clearInterval(cpuTimer);
      let usage = { userS: lastCpu.userS, sysS: lastCpu.sysS, maxRssKB: polled.maxRssKB ?? null };
      if (TIME_BIN && existsSync(timeFile)) {
        const t = readFileSync(timeFile, 'utf8');
        usage = parseTimeV(t);
        // GNU time reports "Command exited with non-zero status N" first; the code we see is
        // time's own, which mirrors the child's.
        rmSync(timeFile, { force: true });
      }
      if (stdoutFile) writeFileSync(stdoutFile, Buffer.concat(chunks));
      resolve({ code: timedOut ? null : code, signal, timedOut, timeoutS, wallS, ...usage, stderr, stdoutBytes });
    });
  });
}

const NOT_BUILT = /not available in this build yet|command line is not built yet/;

function status(r) {
  if (r.timedOut) return { ok: false, note: `timeout after ${r.timeoutS} s` };
  if (r.code === 2 && NOT_BUILT.test(r.stderr)) return { ok: false, na: true, note: 'n/a (not available in this build yet)' };
  if (r.code !== 0) {
    const lines = r.stderr.trim().split('\n').filter((l) => l.trim());
    const line = lines.find((l) => /error|lakstift/i.test(l)) ?? lines[0] ?? '';
    return { ok: false, note: `error (exit ${r.code ?? r.signal}): ${line.slice(0, 160)}` };
  }
  return { ok: true, note: '' };
}

/** Runs a task up to RUNS times (once if slow or failing) and keeps the median wall time. */
async function task(group, name, cmd, args, opts = {}) {
  const pages = opts.pages ?? PAGES;
  const runs = [];
  for (let i = 0; i < (opts.runsMax ?? RUNS); i++) {
    const r = await measure(cmd, args, opts);
    runs.push(r);
    const st = status(r);
    if (!st.ok || r.wallS > REPEAT_BELOW_S) break;
  }
  const last = runs[runs.length - 1];
  const st = status(last);
  const row = { group, name, command: [cmd, ...args].map((a) => path.isAbsolute(a) ? path.relative(root, a) || a : a).join(' '), pages, runs: runs.length, ok: st.ok, na: !!st.na, timedOut: !!last.timedOut, note: st.note };
  if (st.ok) {
    const sorted = [...runs].sort((a, b) => a.wallS - b.wallS);
    const med = sorted[Math.floor((sorted.length - 1) / 2)];
    const cpuS = med.userS != null ? med.userS + (med.sysS ?? 0) : null;
    Object.assign(row, {
      wallS: round(med.wallS, 3),
      cpuS: cpuS == null ? null : round(cpuS, 2),
      pagesPerSecWall: round(pages / med.wallS, pages / med.wallS < 100 ? 1 : 0),
      pagesPerSecCpu: cpuS ? round(pages / cpuS, pages / cpuS < 100 ? 1 : 0) : null,
      peakRssMB: Math.max(...runs.map((r) => r.maxRssKB ?? 0)) / 1024 || null,
      allWallS: runs.map((r) => round(r.wallS, 3)),
      stdoutBytes: med.stdoutBytes,
    });
    if (row.peakRssMB) row.peakRssMB = round(row.peakRssMB, 1);
  }
  if (!opts.quiet) logRow(row);
  return row;
}

function logRow(row) {
  const shown = row.ok ? `${row.pagesPerSecWall} pages/s, ${row.peakRssMB ?? '?'} MB${row.pages !== PAGES ? ` (${row.pages} pages)` : ''}` : row.note;
  process.stderr.write(`  ${row.group.padEnd(8)} ${row.name.padEnd(28)} ${shown}\n`);
}

function round(x, d) {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

// ---------------------------------------------------------------------------------------
// Redaction boxes (issue #17): every line that holds an e-mail address or a phone number is
// boxed whole, as `pdftotext -bbox-layout` finds the lines, in DESIGN.md's coordinates.
// Lakstift and MuPDF.js get exactly the same boxes.

function wordBoxes(file) {
  const out = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout ?? '';
  return out.split('<page ').slice(1).map((p) =>
    [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map((m) => ({ text: m[5], rect: [1, 2, 3, 4].map((k) => round(Number(m[k]), 2)) })));
}

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
// Dutch numbers (06-12345678, 070 370 4444, +31 6 1234 5678) written with spaces, dashes or dots.
const PHONE = /(?:\+31|\b0)(?:[\s.()-]*\d){9}\b/;

function lineBoxes(file) {
  const out = spawnSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout ?? '';
  const unescape = (t) => t.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
  return out.split('<page ').slice(1).map((p) =>
    [...p.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((m) => ({
      rect: [1, 2, 3, 4].map((k) => round(Number(m[k]), 2)),
      text: [...m[5].matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => unescape(w[1])).join(' '),
    })));
}

function makeDecisions(pdf) {
  const redactions = [];
  lineBoxes(pdf).forEach((lines, i) => {
    const rects = lines.filter((l) => EMAIL.test(l.text) || PHONE.test(l.text)).map((l) => l.rect);
    if (rects.length) redactions.push({ page: i + 1, rects, grounds: ['5.1.2e'] });
  });
  return { redactions };
}

// ---------------------------------------------------------------------------------------
// Leak check of a redacted file, by geometry rather than by string search (a passage can
// occur twice on a page, and pdftotext's reading order interleaves columns): how many words
// does pdftotext still extract whose centre lies inside one of the page's boxes? Lakstift
// writes the ground code into each box as real text, so words that are ground codes
// ("10.2.e", "5.1.2e") are not counted.

const GROUND_LABEL = /^\(?\d+(\.\d+)+\.?[a-z]?[),;]*$/i;

function wordsUnderBoxes(file, redactions) {
  const pages = wordBoxes(file);
  let words = 0;
  const samples = [];
  for (const { page, rects } of redactions) {
    for (const w of pages[page - 1] ?? []) {
      if (GROUND_LABEL.test(w.text)) continue;
      const cx = (w.rect[0] + w.rect[2]) / 2, cy = (w.rect[1] + w.rect[3]) / 2;
      if (rects.some(([x0, y0, x1, y1]) => cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1)) {
        words++;
        if (samples.length < 5) samples.push(`p${page}:${w.text}`);
      }
    }
  }
  return { pages: pages.length, words, samples };
}

// ---------------------------------------------------------------------------------------

function version(cmd, args, re) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  const m = re.exec(`${r.stdout ?? ''}${r.stderr ?? ''}`);
  return m ? m[1] : null;
}

/** The dossier at one size with its decisions file. */
function scale(pages, { decisions = true } = {}) {
  const dossier = buildDossier({ corpusDir: CORPUS, outDir: OUT, pages });
  const redactions = decisions ? makeDecisions(dossier.pdf).redactions : [];
  const decisionsFile = path.join(OUT, `decisions-${pages}.json`);
  if (decisions) writeFileSync(decisionsFile, JSON.stringify({ redactions }));
  return { pages, dossier, pdf: dossier.pdf, decisionsFile, redactions,
    boxes: redactions.reduce((a, r) => a + r.rects.length, 0) };
}

async function main() {
  const started = new Date();
  process.on('SIGINT', () => process.exit(130));
  process.stderr.write(`bench: building or reusing a ${PAGES}-page dossier from ${path.relative(root, CORPUS)}\n`);
  const big = scale(PAGES);
  const { dossier, pdf, decisionsFile } = big;
  const boxCount = big.boxes;
  process.stderr.write(`bench: ${path.relative(root, pdf)} (${(statSync(pdf).size / 1e6).toFixed(1)} MB, ${dossier.cached ? 'cached' : `built in ${dossier.builtIn.toFixed(1)} s`})\n`);
  const before = wordsUnderBoxes(pdf, big.redactions);
  process.stderr.write(`bench: ${boxCount} redaction boxes (every line with an e-mail address or phone number, on ${big.redactions.length} pages) over ${before.words} words before redaction\n`);

  const node = process.execPath;
  const help = spawnSync(node, [LAKSTIFT, '--help'], { encoding: 'utf8' });
  const hasJobs = /--jobs/.test(`${help.stdout}${help.stderr}`);
  const jobsList = hasJobs ? [1, CORES] : [1];
  const jobsArgs = (j) => (hasJobs ? ['--jobs', String(j)] : []);
  const jobsLabel = (j) => (hasJobs ? (j === 1 ? ', 1 worker' : `, ${j} workers`) : '');

  // Lakstift's commands are probed on the first SMALL_PAGES pages first. The full dossier is
  // run only when the probe, extrapolated, stays within twice the time limit, and is killed at
  // the limit. Otherwise the probe's figure is reported, marked with its page count.
  const SMALL_PAGES = Math.min(100, PAGES);
  let small = null;
  let startupS = null;
  async function lakstift(group, name, argsFor, optsFor = () => ({})) {
    if (PAGES > SMALL_PAGES) {
      small ??= scale(SMALL_PAGES);
      if (startupS == null) {
        const v = await measure(node, [LAKSTIFT, '--version'], { timeoutS: 20 });
        startupS = v.code === 0 ? v.wallS : 0;
      }
      const probe = await task(group, name, node, argsFor(small), { pages: SMALL_PAGES, timeoutS: SMALL_TIMEOUT_S, runsMax: 1, quiet: true, ...optsFor(small) });
      if (!probe.ok) {
        if (probe.timedOut) probe.note = `not even ${SMALL_PAGES} pages within ${SMALL_TIMEOUT_S} s (< ${round(SMALL_PAGES / SMALL_TIMEOUT_S, 1)} pages/s)`;
        logRow(probe);
        return { row: probe, at: small };
      }
      const estimate = startupS + Math.max(0, probe.wallS - startupS) * (PAGES / SMALL_PAGES);
      if (estimate > 2 * TIMEOUT_S) {
        probe.note = `measured on the first ${SMALL_PAGES} pages (extrapolated, ${PAGES} pages would take over ${TIMEOUT_S} s)`;
        logRow(probe);
        return { row: probe, at: small };
      }
      const row = await task(group, name, node, argsFor(big), { timeoutS: TIMEOUT_S, ...optsFor(big) });
      if (row.timedOut) {
        probe.note = `measured on the first ${SMALL_PAGES} pages (${PAGES} pages did not finish within ${TIMEOUT_S} s)`;
        logRow(probe);
        return { row: probe, at: small };
      }
      return { row, at: big };
    }
    return { row: await task(group, name, node, argsFor(big), { timeoutS: TIMEOUT_S, ...optsFor(big) }), at: big };
  }

  const haveCli = LAKSTIFT !== LAKSTIFT_DEFAULT || existsSync(path.join(root, 'dist', 'cli.mjs'));
  const rows = [];
  const loadBefore = os.loadavg();
  const ref = {};

  if (ONLY.has('text') || ONLY.has('suggest')) {
    // Both native tools write their text to a file, the Node-based ones to a pipe we collect.
    rows.push(ref.pdftotext = await task('text', 'pdftotext (poppler)', 'pdftotext', [pdf, path.join(OUT, 'pdftotext.txt')]));
  }
  if (ONLY.has('text')) {
    rows.push(ref.mutool = await task('text', 'mutool draw -F txt (MuPDF)', 'mutool', ['draw', '-q', '-F', 'txt', '-o', path.join(OUT, 'mutool.txt'), pdf]));
    rows.push(ref.mupdfText = await task('text', 'MuPDF.js text', node, [path.join(root, 'bench', 'mupdf-text.mjs'), pdf], { stdoutFile: path.join(OUT, 'mupdf-text.json') }));
    for (const j of jobsList) {
      const { row } = await lakstift('text', `lakstift text${jobsLabel(j)}`, (sc) => [LAKSTIFT, 'text', sc.pdf, ...jobsArgs(j)],
        () => ({ stdoutFile: path.join(OUT, `lakstift-text-${j}.txt`) }));
      row.jobs = j;
      row.ratio = { pdftotext: ratio(row, ref.pdftotext), mutool: ratio(row, ref.mutool), mupdfJs: ratio(row, ref.mupdfText) };
      rows.push(row);
      const { row: jrow } = await lakstift('text', `lakstift text --json${jobsLabel(j)}`, (sc) => [LAKSTIFT, 'text', sc.pdf, '--json', ...jobsArgs(j)],
        () => ({ stdoutFile: path.join(OUT, `lakstift-text-${j}.json`) }));
      jrow.jobs = j;
      jrow.ratio = { pdftotext: ratio(jrow, ref.pdftotext), mutool: ratio(jrow, ref.mutool), mupdfJs: ratio(jrow, ref.mupdfText) };
      rows.push(jrow);
    }
  }
  if (ONLY.has('suggest')) {
    for (const j of jobsList) {
      const suggestOut = path.join(OUT, `lakstift-suggest-${j}.json`);
      const { row: r } = await lakstift('suggest', `lakstift suggest${jobsLabel(j)}`, (sc) => [LAKSTIFT, 'suggest', sc.pdf, ...jobsArgs(j)],
        () => ({ stdoutFile: suggestOut }));
      r.jobs = j;
      if (r.ok) {
        try {
          const s = JSON.parse(readFileSync(suggestOut, 'utf8'));
          r.suggestions = (s.documents ?? []).reduce((a, d) => a + (d.suggestions?.length ?? 0), 0);
        } catch (e) { r.note = [r.note, `output is not JSON: ${e.message.slice(0, 80)}`].filter(Boolean).join('; '); }
      }
      r.ratio = { pdftotext: ratio(r, ref.pdftotext) };
      rows.push(r);
    }
  }
  const lakOutFor = (sc, j) => path.join(OUT, `redacted-lakstift-${sc.pages}-${j}.pdf`);
  let lakOut = null;
  const muOut = path.join(OUT, 'redacted-mupdf.pdf');
  let redactedAt = null;
  if (ONLY.has('redact')) {
    rmSync(muOut, { force: true });
    const m = await task('redact', 'MuPDF.js applyRedactions + save', node, [path.join(root, 'bench', 'mupdf-redact.mjs'), pdf, decisionsFile, muOut], { stdoutFile: path.join(OUT, 'mupdf-redact.json') });
    if (m.ok && existsSync(muOut)) { m.leak = wordsUnderBoxes(muOut, big.redactions); m.outputMB = round(statSync(muOut).size / 1e6, 2); }
    rows.push(ref.mupdfRedact = m);
    for (const j of jobsList) {
      for (const n of [PAGES, SMALL_PAGES]) rmSync(lakOutFor({ pages: n }, j), { force: true });
      const { row: r, at } = await lakstift('redact', `lakstift redact${jobsLabel(j)}`, (sc) => [LAKSTIFT, 'redact', sc.pdf, '-o', lakOutFor(sc, j), '--decisions', sc.decisionsFile, ...jobsArgs(j)]);
      r.jobs = j;
      const out = lakOutFor(at, j);
      if (r.ok && existsSync(out)) {
        r.leak = wordsUnderBoxes(out, at.redactions);
        r.outputMB = round(statSync(out).size / 1e6, 2);
        if (!lakOut) { lakOut = out; redactedAt = at; }
      }
      r.ratio = { mupdfJs: ratio(r, ref.mupdfRedact) };
      rows.push(r);
    }
  }
  if (ONLY.has('bundle')) {
    for (const j of jobsList) {
      const outDir = path.join(OUT, `bundle-${j}`);
      rmSync(outDir, { recursive: true, force: true });
      const { row: r } = await lakstift('bundle', `lakstift bundle --accept-all${jobsLabel(j)}`, (sc) => [LAKSTIFT, 'bundle', sc.pdf, '-o', outDir, '--accept-all', '--case', 'Woo-2026/0017', '--force', ...jobsArgs(j)]);
      r.jobs = j;
      rows.push(r);
    }
  }
  if (ONLY.has('verify')) {
    if (redactedAt) {
      const r = await task('verify', 'lakstift verify', node, [LAKSTIFT, 'verify', lakOut, '--decisions', redactedAt.decisionsFile],
        { pages: redactedAt.pages, stdoutFile: path.join(OUT, 'lakstift-verify.txt') });
      // verify exits non-zero when it finds a leak: that is a finding, not a crash.
      if (!r.ok && !r.na && !r.timedOut) r.note = `verify reported a problem: ${r.note}`;
      rows.push(r);
    } else {
      rows.push({ group: 'verify', name: 'lakstift verify', ok: false, na: true, note: 'n/a (no lakstift-redacted file to verify)' });
    }
  }
  // Scaling: the same pages repeated to SCALE_PAGES; the time must grow at most linearly
  // (Done when: at most 11x the time of 1,000 pages) and the memory must stay flat.
  let scaling = null;
  if (SCALE && SCALE_PAGES > PAGES) {
    process.stderr.write(`bench: building or reusing a ${SCALE_PAGES}-page dossier\n`);
    const huge = scale(SCALE_PAGES, { decisions: false });
    scaling = { pages: SCALE_PAGES, bytes: statSync(huge.pdf).size, rows: [] };
    const base = (name) => rows.find((r) => r.name === name && r.ok && r.pages === PAGES);
    for (const [group, name, args] of [
      ['text', 'lakstift text', [LAKSTIFT, 'text', huge.pdf, ...jobsArgs(CORES)]],
      ['suggest', 'lakstift suggest', [LAKSTIFT, 'suggest', huge.pdf, ...jobsArgs(CORES)]],
      // The whole bundle (analysis, suggestions, redaction, verification, inventory) of the
      // repeated pages: the memory must not grow with them.
      ['bundle', 'lakstift bundle --accept-all', [LAKSTIFT, 'bundle', huge.pdf, '-o', path.join(OUT, 'scale-bundle'), '--accept-all', '--case', 'Woo-2026/0017', '--force', ...jobsArgs(CORES)]],
    ].filter(([group]) => SCALE_TASKS.has(group))) {
      const label = `${name}${jobsLabel(hasJobs ? CORES : 1)}`;
      const b = base(label);
      if (!b) continue;
      const r = await task(group, `${label} (${SCALE_PAGES} pages)`, node, args, { pages: SCALE_PAGES, runsMax: 1, timeoutS: Math.max(TIMEOUT_S, Math.ceil(b.wallS * 15)), stdoutFile: path.join(OUT, `scale-${group}.out`) });
      if (r.ok) {
        r.timeVs1000 = round(r.wallS / b.wallS, 2);
        r.cpuVs1000 = b.cpuS && r.cpuS ? round(r.cpuS / b.cpuS, 2) : null;
      }
      scaling.rows.push(r);
    }
    rmSync(path.join(OUT, 'scale-text.out'), { force: true });
    rmSync(path.join(OUT, 'scale-suggest.out'), { force: true });
    rmSync(path.join(OUT, 'scale-bundle.out'), { force: true });
    rmSync(path.join(OUT, 'scale-bundle'), { recursive: true, force: true });
  }

  const env = {
    date: started.toISOString(),
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout?.trim() || null,
    cliBuilt: haveCli,
    jobsOption: hasJobs,
    node: process.version,
    cpus: CORES,
    cpuModel: os.cpus()[0]?.model ?? null,
    loadAverageAtStart: loadBefore.map((x) => round(x, 2)),
    loadAverageAtEnd: os.loadavg().map((x) => round(x, 2)),
    memorySource: TIME_BIN ? '/usr/bin/time -v (Maximum resident set size)' : '/proc/<pid>/status VmHWM, polled',
    pdftotext: version('pdftotext', ['-v'], /pdftotext version ([\d.]+)/),
    mutool: version('mutool', ['-v'], /version ([\d.]+)/),
    mupdfJs: JSON.parse(readFileSync(path.join(root, 'node_modules', 'mupdf', 'package.json'), 'utf8')).version,
    qpdf: version('qpdf', ['--version'], /qpdf version ([\d.]+)/),
  };
  const dossierInfo = {
    file: path.relative(root, pdf), pages: dossier.pages, bytes: statSync(pdf).size,
    sources: [...new Set(dossier.map.map((m) => m.doc))].length,
    boxes: boxCount, pagesWithBoxes: big.redactions.length, wordsUnderBoxesBefore: before.words,
    boxesAre: 'every line (pdftotext -bbox-layout) that holds an e-mail address or a phone number',
  };
  if (ONLY.has('ocr')) {
    // A scanned dossier: the first pages of the benchmark dossier as 150 dpi grey images, no text.
    const ocrPages = Math.min(OCR_PAGES, PAGES);
    const scanPdf = path.join(OUT, `scan-${ocrPages}.pdf`);
    if (!existsSync(scanPdf)) {
      process.stderr.write(`bench: making a ${ocrPages}-page scanned copy (Ghostscript pdfimage8, 150 dpi)\n`);
      const g = spawnSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfimage8', '-r150', '-dFirstPage=1', `-dLastPage=${ocrPages}`, `-sOutputFile=${scanPdf}.tmp`, pdf], { stdio: 'ignore' });
      if (g.status !== 0) throw new Error('Ghostscript could not make the scanned copy');
      writeFileSync(scanPdf, readFileSync(`${scanPdf}.tmp`));
      rmSync(`${scanPdf}.tmp`);
    }
    const cores = os.availableParallelism ? os.availableParallelism() : os.cpus().length;
    for (const jobs of [...new Set([1, cores])]) {
      rows.push(await task('ocr', `lakstift OCR, ${jobs} worker${jobs === 1 ? '' : 's'}`, node, [LAKSTIFT, 'text', scanPdf, '--jobs', String(jobs), '--no-ocr-cache'],
        { pages: ocrPages, timeoutS: OCR_TIMEOUT_S, runsMax: 1, stdoutFile: path.join(OUT, `lakstift-ocr-${jobs}.txt`) }));
    }
  }

  const table = printTable([...rows, ...(scaling?.rows ?? [])], env, dossierInfo);
  writeFileSync(RESULTS, JSON.stringify({ env, dossier: dossierInfo, runsPerFastTask: RUNS, results: rows, scaling, table }, null, 2) + '\n');
}

/** How many times as many pages per second as the reference (wall time); null when either failed. */
function ratio(row, refRow) {
  if (!row?.ok || !refRow?.ok) return null;
  return round((row.pages / row.wallS) / (refRow.pages / refRow.wallS), 2);
}

function printTable(rows, env, d) {
  const lines = [];
  lines.push(`Lakstift bench: ${d.pages}-page dossier (${(d.bytes / 1e6).toFixed(1)} MB, ${d.sources} source documents from shared/corpus), ${d.boxes} redaction boxes over ${d.wordsUnderBoxesBefore} words`);
  lines.push(`node ${env.node}, ${env.cpus} CPUs, load ${env.loadAverageAtStart.join(' ')} at start; commit ${env.commit}; peak memory from ${env.memorySource}`);
  lines.push('');
  const head = ['task', 'tool', 'pages/s', 'pages/CPU-s', 'wall s', 'peak MB', 'ratio', 'notes'];
  const body = rows.map((r) => [
    r.group, r.name,
    r.ok ? String(r.pagesPerSecWall) : (r.na ? 'n/a' : '-'),
    r.ok && r.pagesPerSecCpu ? String(r.pagesPerSecCpu) : '',
    r.ok ? r.wallS.toFixed(2) : '',
    r.ok && r.peakRssMB ? r.peakRssMB.toFixed(0) : '',
    r.ratio ? Object.entries(r.ratio).filter(([, v]) => v != null).map(([k, v]) => `${v}x ${k}`).join(', ') : (r.timeVs1000 != null ? `${r.timeVs1000}x the time of ${PAGES}` : ''),
    [
      r.ok && r.runs > 1 ? `median of ${r.runs}` : (r.ok ? '1 run' : ''),
      r.suggestions != null ? `${r.suggestions} suggestions` : '',
      r.leak ? `${r.leak.words} words left under the boxes${r.leak.words ? ` (${r.leak.samples.join(' ')})` : ''}, ${r.leak.pages} pages, ${r.outputMB} MB` : '',
      r.na ? '' : r.note,
    ].filter(Boolean).join('; '),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i >= 2 && i <= 5 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  lines.push(fmt(head));
  lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) lines.push(fmt(b));
  lines.push('');
  lines.push(`results: ${path.relative(root, RESULTS)}`);
  process.stdout.write(lines.join('\n') + '\n');
  return lines;
}

main().catch((e) => {
  // The bench reports; it does not fail the caller because one tool misbehaved. Only a
  // broken setup (no corpus, no qpdf) ends up here.
  process.stderr.write(`bench: ${e.stack ?? e}\n`);
  process.exit(1);
});
