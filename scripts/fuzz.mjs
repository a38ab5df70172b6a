#!/usr/bin/env node
// `npm run fuzz -- --minutes 30`: the fuzzer of issue #13 for longer than the test suite runs
// it (tests/fuzz/fuzz.test.ts, about two minutes). Prints what each case ended in and every
// finding; findings are saved to tests/fixtures/fuzz/ as regression fixtures (the test suite
// then runs them on every run), or to --save <dir>.
//   node scripts/fuzz.mjs [--minutes N | --seconds N] [--cases N] [--seed S] [--save dir] [--timeout S]
import { fuzz, REGRESSIONS } from './fuzz/harness.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : dflt;
};
const seconds = args.includes('--seconds') ? Number(opt('seconds')) : Number(opt('minutes', 2)) * 60;
const result = await fuzz({
  seconds,
  cases: Number(opt('cases', Infinity)),
  seed: Number(opt('seed', Date.now() % 100000)),
  caseTimeoutMs: Number(opt('timeout', 30)) * 1000,
  saveDir: opt('save', REGRESSIONS),
  log: (m) => process.stdout.write(`${m}\n`),
});
const rate = (result.cases / result.seconds).toFixed(1);
process.stdout.write(`seed ${result.seed}: ${result.cases} cases in ${result.seconds.toFixed(0)} s (${rate}/s)\n`);
for (const [k, v] of Object.entries(result.outcomes).sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${k.padEnd(16)} ${v}\n`);
process.stdout.write(`slowest case: ${result.slowest.index} (${(result.slowest.ms / 1000).toFixed(1)} s, ${result.slowest.file}; ${result.slowest.mutations?.join(', ')})\n`);
process.stdout.write(`findings: ${result.findings.length}${result.findings.length ? ` (saved to ${opt('save', REGRESSIONS)})` : ''}\n`);
process.exit(result.findings.length ? 1 : 0);
