// Measures suggestion quality on a labelled corpus (default ../shared/corpus, scanned/ left out):
// runs `lakstift suggest` (the real pipeline, dist/cli.mjs) over every PDF, matches suggestions to
// truth items (same page and category, and overlapping boxes or the same text), and prints
// precision and recall per category, grounds accuracy and every must-keep violation.
//   node scripts/eval.mjs [corpus-dir] [--json] [--verbose] [--extractor pdftotext]
// --extractor pdftotext measures the detectors on poppler's text model instead of Lakstift's own
// (tests/helpers/pdftotext-pagetext.ts), to tell detector errors from text-extraction errors.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const json = args.includes('--json');
const verbose = args.includes('--verbose');
const xi = args.indexOf('--extractor');
const extractor = xi >= 0 ? args[xi + 1] : 'lakstift';
const dir = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--extractor') ?? path.join(root, '..', 'shared', 'corpus'));
const cli = path.join(root, 'cli', 'bin', 'lakstift.mjs');
const bundle = path.join(root, 'dist', 'cli.mjs');
if (!existsSync(bundle)) {
  process.stderr.write('eval: dist/cli.mjs is missing; run "npm run build:cli" first (npm run eval does it).\n');
  process.exit(2);
}
const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf') && existsSync(path.join(dir, f.replace(/\.pdf$/, '.truth.json')))).sort();
if (pdfs.length === 0) {
  process.stderr.write(`eval: no PDFs with a .truth.json in ${dir}.\n`);
  process.exit(2);
}

const t0 = performance.now();
const out = extractor === 'pdftotext' ? await viaPdftotext() : JSON.parse(execFileSync(process.execPath, [cli, 'suggest', ...pdfs.map((f) => path.join(dir, f))], { maxBuffer: 1 << 28, encoding: 'utf8' }));

async function viaPdftotext() {
  const { build } = await import('esbuild');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const os = await import('node:os');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-eval-'));
  const outfile = path.join(tmp, 'standin.mjs');
  await build({
    stdin: { contents: "export { pdftotextPageTexts } from './tests/helpers/pdftotext-pagetext.ts'; export { suggestDocument } from './shared/detect/index.ts';", resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const m = await import(outfile);
  rmSync(tmp, { recursive: true, force: true });
  return {
    documents: pdfs.map((f) => {
      const pages = m.pdftotextPageTexts(path.join(dir, f));
      return { file: f, pageCount: pages.length, ...m.suggestDocument(pages, { law: 'wob' }) };
    }),
  };
}
const seconds = (performance.now() - t0) / 1000;

const norm = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const area = (r) => Math.max(0, r[2] - r[0]) * Math.max(0, r[3] - r[1]);
function overlap(a, b) {
  const i = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  const inter = area(i);
  const small = Math.min(area(a), area(b));
  return small > 0 ? inter / small : 0;
}
const rectsMatch = (ra, rb) => ra.some((a) => rb.some((b) => overlap(a, b) >= 0.5));
const textMatch = (a, b) => {
  const x = norm(a);
  const y = norm(b);
  return x === y || (x.length >= 3 && y.includes(x)) || (y.length >= 3 && x.includes(y));
};
const containsWord = (hay, needle) => {
  const h = ` ${norm(hay)} `;
  const n = norm(needle);
  const i = h.indexOf(n);
  return n.length > 0 && i >= 0 && !/[\p{L}\p{N}]/u.test(h[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(h[i + n.length] ?? ' ');
};

const stats = {};
const cat = (c) => (stats[c] ??= { truth: 0, found: 0, suggested: 0, correct: 0 });
let groundsRight = 0;
// Items whose found suggestion also lies on the truth boxes (the truth repeats the first
// occurrence's boxes for repeated texts, so a text match is accepted as well; this shows how many matched by place).
let byBoxes = 0;
let groundsTotal = 0;
const violations = [];
const misses = [];
const falsePositives = [];
const wrongGrounds = [];

out.documents.forEach((doc, di) => {
  const name = pdfs[di];
  const truth = JSON.parse(readFileSync(path.join(dir, name.replace(/\.pdf$/, '.truth.json')), 'utf8'));
  const items = truth.items ?? [];
  const sugg = doc.suggestions;
  const matched = new Set();
  for (const item of items) {
    const st = cat(item.category);
    st.truth++;
    const hits = sugg.filter((s) => s.page === item.page && s.category === item.category && (rectsMatch(s.rects, item.rects ?? []) || textMatch(s.text, item.text)));
    if (hits.length > 0) {
      st.found++;
      if (hits.some((h) => rectsMatch(h.rects, item.rects ?? []))) byBoxes++;
      hits.forEach((h) => matched.add(h));
      const g = hits[0].grounds;
      groundsTotal++;
      if (g.length === item.grounds.length && g.every((x) => item.grounds.includes(x))) groundsRight++;
      else wrongGrounds.push({ file: name, page: item.page, text: item.text, expected: item.grounds, got: g });
    } else {
      misses.push({ file: name, page: item.page, category: item.category, text: item.text });
    }
  }
  for (const s of sugg) {
    const st = cat(s.category);
    st.suggested++;
    if (matched.has(s)) st.correct++;
    else falsePositives.push({ file: name, page: s.page, category: s.category, text: s.text, reason: s.reason });
  }
  for (const k of truth.mustKeep ?? []) {
    for (const s of sugg) {
      if (s.page !== k.page && truth.mustKeep.some((o) => o.page === s.page && o.text === k.text) === false) continue;
      if (s.page !== k.page) continue;
      if (containsWord(s.text, k.text) || (s.category !== 'guidance' && containsWord(k.text, s.text) && !items.some((it) => it.page === s.page && textMatch(it.text, s.text)))) {
        violations.push({ file: name, page: s.page, keep: k.text, why: k.why, suggestion: s.text, category: s.category });
      }
    }
  }
});

const pages = out.documents.reduce((n, d) => n + d.pageCount, 0);
const report = {
  corpus: dir,
  extractor,
  documents: pdfs.length,
  pages,
  seconds: Math.round(seconds * 100) / 100,
  categories: Object.fromEntries(Object.entries(stats).sort().map(([c, s]) => [c, {
    truth: s.truth, suggested: s.suggested,
    recall: s.truth ? Math.round((s.found / s.truth) * 1000) / 1000 : null,
    precision: s.suggested ? Math.round((s.correct / s.suggested) * 1000) / 1000 : null,
  }])),
  matchedByBoxes: byBoxes,
  grounds: { right: groundsRight, total: groundsTotal, accuracy: groundsTotal ? Math.round((groundsRight / groundsTotal) * 1000) / 1000 : null },
  mustKeepViolations: violations,
  misses,
  falsePositives,
  wrongGrounds,
};

if (json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const pct = (x) => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
  console.log(`corpus ${dir}: ${pdfs.length} documents, ${pages} pages, text by ${extractor}, suggest took ${report.seconds} s`);
  console.log('category     truth  suggested  recall  precision');
  for (const [c, s] of Object.entries(report.categories)) {
    console.log(`${c.padEnd(12)} ${String(s.truth).padStart(5)}  ${String(s.suggested).padStart(9)}  ${pct(s.recall)}  ${pct(s.precision)}`);
  }
  console.log(`found items whose boxes overlap the truth boxes: ${byBoxes}/${Object.values(report.categories).reduce((n, c) => n + Math.round((c.recall ?? 0) * c.truth), 0)}`);
  console.log(`grounds right: ${groundsRight}/${groundsTotal} (${pct(report.grounds.accuracy).trim()})`);
  console.log(`must-keep violations: ${violations.length}`);
  for (const v of violations) console.log(`  ${v.file} p${v.page}: "${v.keep}" (${v.why}) hit by ${v.category} "${v.suggestion}"`);
  if (verbose) {
    for (const m of misses) console.log(`  missed   ${m.file} p${m.page} ${m.category}: "${m.text}"`);
    for (const f of falsePositives) console.log(`  extra    ${f.file} p${f.page} ${f.category}: "${f.text}" (${f.reason})`);
    for (const w of wrongGrounds) console.log(`  grounds  ${w.file} p${w.page} "${w.text}": ${w.got.join('+')} instead of ${w.expected.join('+')}`);
  } else if (misses.length + falsePositives.length > 0) {
    console.log(`(${misses.length} missed, ${falsePositives.length} extra: --verbose lists them)`);
  }
}
