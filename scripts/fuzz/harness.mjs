// The fuzzer of issue #13 (item 7): mutates real PDFs from tests/fixtures (byte flips,
// truncations, duplicated and deleted objects, swapped streams, extreme numbers, deep
// nesting, junk, mutated content streams) and runs text, suggest and redact on each in a
// worker thread (scripts/fuzz/pipeline.ts). Every case must end within a time limit with
// success or a clear error (a LakstiftError code); a crash, a hang, running out of memory or
// a redacted file that cannot be read back is a finding. Seeded and reproducible: case i of
// seed s is always the same file.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { deflateSync, inflateSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const REGRESSIONS = path.join(root, 'tests', 'fixtures', 'fuzz');

/** The seed files: every real-producer fixture, the artefact fixtures and the regressions. */
export function seedFiles() {
  const dirs = ['producers', 'artefacts', 'fuzz'].map((d) => path.join(root, 'tests', 'fixtures', d));
  return dirs.filter(existsSync).flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.pdf')).sort().map((f) => path.join(d, f)));
}

/** mulberry32: a small, fast, seedable generator. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)] };
}

const latin1 = (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
const bytesOf = (s) => new Uint8Array(Buffer.from(s, 'latin1'));

function objectSpans(s) {
  const out = [];
  const re = /\d+ \d+ obj\b/g;
  let m;
  while ((m = re.exec(s))) {
    const end = s.indexOf('endobj', m.index);
    if (end < 0) break;
    out.push([m.index, end + 6]);
    re.lastIndex = end + 6;
  }
  return out;
}

function streamSpans(s) {
  const out = [];
  const re = /stream\r?\n/g;
  let m;
  while ((m = re.exec(s))) {
    if (s.slice(Math.max(0, m.index - 3), m.index) === 'end') continue;
    const end = s.indexOf('endstream', m.index);
    if (end < 0) break;
    out.push([m.index + m[0].length, end]);
    re.lastIndex = end + 9;
  }
  return out;
}

const EXTREMES = ['0', '-1', '-0.0001', '99999999', '2147483648', '1e9', '-99999999', '0.000001', '65536'];
const OPERATORS = ['q', 'Q', 'BT', 'ET', 'Tj', 'TJ', "'", 'Td', 'Tm', 'Tf', 'Tc', 'Tw', 'Tz', 'Ts', 'Tr', 'cm', 're', 'W', 'n', 'f', 'S', 'Do', 'gs', 'BDC', 'BMC', 'EMC', 'BI', 'ID', 'EI', 'sh', 'd0', 'd1'];

function randomOperand(r) {
  switch (r.int(6)) {
    case 0: return r.pick(EXTREMES);
    case 1: return String(r.int(1000) - 500);
    case 2: return `/${r.pick(['F1', 'F2', 'X1', 'Im1', 'GS1', 'R7', 'Span', 'P'])}`;
    case 3: return `(${'Jan Bakker'.slice(0, r.int(10))})`;
    case 4: return `[${Array.from({ length: r.int(6) }, () => (r.int(2) ? String(r.int(2000) - 1000) : '(ab)')).join(' ')}]`;
    default: return '<< /ActualText (x) /MCID 0 >>';
  }
}

/** Each mutation takes the file's bytes and the generator and returns new bytes (or null to skip). */
const MUTATIONS = {
  flip(b, r) {
    const out = b.slice();
    const k = 1 + r.int(24);
    for (let i = 0; i < k; i++) out[r.int(out.length)] = r.int(256);
    return out;
  },
  truncate(b, r) {
    return b.slice(0, r.int(b.length));
  },
  duplicateObject(b, r) {
    const s = latin1(b);
    const spans = objectSpans(s);
    if (spans.length < 2) return null;
    const [a0, a1] = r.pick(spans);
    const at = r.pick(spans)[0];
    return bytesOf(s.slice(0, at) + s.slice(a0, a1) + '\n' + s.slice(at));
  },
  deleteObject(b, r) {
    const s = latin1(b);
    const spans = objectSpans(s);
    if (spans.length === 0) return null;
    const [a0, a1] = r.pick(spans);
    return bytesOf(s.slice(0, a0) + s.slice(a1));
  },
  swapStreams(b, r) {
    const s = latin1(b);
    const spans = streamSpans(s);
    if (spans.length < 2) return null;
    let i = r.int(spans.length), j = r.int(spans.length);
    if (i === j) j = (j + 1) % spans.length;
    if (i > j) [i, j] = [j, i];
    const [a, c] = [spans[i], spans[j]];
    return bytesOf(s.slice(0, a[0]) + s.slice(c[0], c[1]) + s.slice(a[1], c[0]) + s.slice(a[0], a[1]) + s.slice(c[1]));
  },
  extremeNumber(b, r) {
    const s = latin1(b);
    const streams = streamSpans(s);
    const re = /(?<=[\s[/<(])-?\d+(\.\d+)?(?=[\s\]/>)])/g;
    const nums = [];
    let m;
    while ((m = re.exec(s)) && nums.length < 5000) {
      if (!streams.some(([x, y]) => m.index >= x && m.index < y)) nums.push([m.index, m.index + m[0].length]);
    }
    if (nums.length === 0) return null;
    const [x, y] = r.pick(nums);
    return bytesOf(s.slice(0, x) + r.pick(EXTREMES) + s.slice(y));
  },
  nest(b, r) {
    const s = latin1(b);
    const at = s.indexOf('<<', r.int(s.length));
    if (at < 0) return null;
    const depth = r.pick([50, 500, 5000, 50000]);
    return bytesOf(s.slice(0, at + 2) + ` /Zz ${'['.repeat(depth)}${']'.repeat(r.int(2) ? depth : 0)} ` + s.slice(at + 2));
  },
  junk(b, r) {
    const at = r.int(b.length);
    const junk = Uint8Array.from({ length: 1 + r.int(400) }, () => r.int(256));
    const out = new Uint8Array(b.length + junk.length);
    out.set(b.subarray(0, at));
    out.set(junk, at);
    out.set(b.subarray(at), at + junk.length);
    return out;
  },
  content(b, r) {
    // A content stream, inflated, with operators duplicated, dropped or added, deflated again.
    const s = latin1(b);
    const spans = streamSpans(s).filter(([x, y]) => y - x < 200_000);
    for (let tries = 0; tries < 8 && spans.length; tries++) {
      const [x, y] = r.pick(spans);
      let data;
      try {
        data = inflateSync(Buffer.from(s.slice(x, y), 'latin1')).toString('latin1');
      } catch {
        continue;
      }
      if (!/\b(BT|Tj|TJ|re|Do)\b/.test(data)) continue;
      const lines = data.split(/(?<=\s)(?=\S)/);
      for (let k = 1 + r.int(6); k > 0; k--) {
        const i = r.int(lines.length + 1);
        switch (r.int(3)) {
          case 0: lines.splice(i, 0, ...lines.slice(i, i + 1 + r.int(40))); break;
          case 1: lines.splice(i, 1 + r.int(20)); break;
          default: lines.splice(i, 0, `${Array.from({ length: r.int(4) }, () => randomOperand(r)).join(' ')} ${r.pick(OPERATORS)}\n`);
        }
      }
      const packed = deflateSync(Buffer.from(lines.join(''), 'latin1')).toString('latin1');
      // The dictionary before the stream keeps its /Length: readers must cope with a wrong one.
      return bytesOf(s.slice(0, x) + packed + s.slice(y));
    }
    return null;
  },
};
export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** Case `index` of `seed`: the seed file it starts from and the mutations applied, in order. */
export function makeCase(seed, index, seeds) {
  const r = rng((seed * 0x9e3779b1) ^ (index * 0x85ebca6b));
  const file = seeds[r.int(seeds.length)];
  let bytes = new Uint8Array(readFileSync(file));
  const applied = [];
  for (let k = 1 + r.int(3); k > 0; k--) {
    const name = r.pick(MUTATION_NAMES);
    const next = MUTATIONS[name](bytes, r);
    if (next && next.length > 0) {
      bytes = next;
      applied.push(name);
    }
  }
  return { file: path.relative(root, file), mutations: applied, bytes };
}

/** Bundles scripts/fuzz/pipeline.ts (and the core it imports) into one file for the worker. */
export async function buildPipeline() {
  const dir = path.join(os.tmpdir(), 'lakstift-fuzz');
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, `pipeline-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(root, 'scripts', 'fuzz', 'pipeline.ts')],
    outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}

/** One worker at a time, replaced after a hang or a crash. */
class Runner {
  constructor(script, memoryMb) {
    this.script = script;
    this.memoryMb = memoryMb;
    this.labelFont = new Uint8Array(readFileSync(path.join(root, 'assets', 'fonts', 'DejaVuSans.ttf')));
    this.worker = null;
    this.seq = 0;
  }
  spawn() {
    this.worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: this.memoryMb, maxYoungGenerationSizeMb: 64 } });
    this.worker.unref();
  }
  async run(bytes, timeoutMs) {
    if (!this.worker) this.spawn();
    const worker = this.worker;
    const id = ++this.seq;
    return new Promise((resolve) => {
      let done = false;
      const finish = (result, restart) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (restart) {
          this.worker = null;
          worker.terminate().catch(() => {});
        }
        resolve(result);
      };
      const onMessage = (m) => { if (m.id === id) finish(m.result, false); };
      const onError = (e) => finish({ outcome: e?.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'crash', message: String(e?.message ?? e), stack: e?.stack }, true);
      const onExit = (code) => finish({ outcome: 'crash', message: `worker exited with code ${code}` }, true);
      const timer = setTimeout(() => finish({ outcome: 'timeout', message: `no result within ${timeoutMs / 1000} s` }, true), timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, bytes, labelFont: this.labelFont });
    });
  }
  async close() {
    await this.worker?.terminate();
    this.worker = null;
  }
}

/** The codes of clear errors a broken input may give (shared/errors.ts). */
const CLEAR = new Set(['not-a-pdf', 'damaged-pdf', 'encrypted-pdf', 'wrong-password', 'limit-exceeded', 'unsupported']);

/** A finding: anything but success or a clear error, or a redacted file that does not read back. */
export const isFinding = (result) => !(result.outcome === 'ok' || (CLEAR.has(result.outcome) && result.stage !== 'reopen'));

/**
 * Runs cases seed/0, seed/1, … until `seconds` have passed (or `cases` are done). Findings
 * are written to `saveDir` (when given) as <seed>-<index>.pdf with a .json beside it.
 */
export async function fuzz({ seconds = 120, cases = Infinity, seed = 13, caseTimeoutMs = 30_000, memoryMb = 1024, saveDir, log = () => {} } = {}) {
  const seeds = seedFiles();
  const script = await buildPipeline();
  const runner = new Runner(script, memoryMb);
  const started = Date.now();
  const outcomes = {};
  const findings = [];
  let slowest = { ms: 0 };
  let index = 0;
  try {
    for (; index < cases && Date.now() - started < seconds * 1000; index++) {
      const c = makeCase(seed, index, seeds);
      const t0 = Date.now();
      const result = await runner.run(c.bytes, caseTimeoutMs);
      const ms = Date.now() - t0;
      if (ms > slowest.ms) slowest = { ms, index, file: c.file, mutations: c.mutations };
      outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
      if (isFinding(result)) {
        const finding = { seed, index, file: c.file, mutations: c.mutations, ms, ...result, sha256: createHash('sha256').update(c.bytes).digest('hex') };
        findings.push(finding);
        log(`finding: case ${seed}/${index} (${c.file}; ${c.mutations.join(', ')}): ${result.outcome} at ${result.stage ?? '?'}: ${result.message}`);
        if (saveDir) {
          mkdirSync(saveDir, { recursive: true });
          writeFileSync(path.join(saveDir, `${seed}-${index}.pdf`), c.bytes);
          writeFileSync(path.join(saveDir, `${seed}-${index}.json`), `${JSON.stringify(finding, null, 2)}\n`);
        }
      }
    }
  } finally {
    await runner.close();
  }
  return { seed, cases: index, seconds: (Date.now() - started) / 1000, outcomes, findings, slowest };
}
