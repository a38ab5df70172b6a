// Trains the learned name tagger (shared/detect/detectors/nameModel.ts) and writes its weights to
// shared/detect/nameModel.generated.ts. See assets/names-model/README.md.
//
//   node assets/names-model/train-names.mjs            leave-one-writer-out CV, trains, writes the weights
//   node assets/names-model/train-names.mjs --check    cross-validation only (nothing written)
//   node assets/names-model/train-names.mjs --no-cv    trains and writes without the cross-validation
//   node assets/names-model/train-names.mjs --verify   rebuilds the weights and compares them with the shipped file byte for byte
//   OUT=file TRAIN_ON=seen,train,… node …              writes elsewhere / trains on other material
//
// Data: the DEVELOPMENT material only — the seen corpus (a) ../shared/corpus, the generator's train
// split (.cache/corpus/train), the development splits (f), (f4), (f5), (f6), (f7) in .cache/corpus,
// and synthetic lines written here (synthetic.mjs) with names of many origins drawn from the
// lexicons. The blind splits ((b) test, (f2), (f3), (f8)), corpus2-dev and real-dev are never
// read: they measure the result. Which of the material the shipped weights are trained on is
// DEFAULT_TRAIN_ON below (the README says why).
//
// Each PDF is read by Lakstift's own extractor (shared/pdf) into the page text the detectors get;
// a capitalised token is a name token when its word's box lies on a name item's box of the truth
// file (scripts/corpus/README.md). Tokens inside a must-keep string of a public official are left
// out (the rules' keeps decide those); other must-keep strings (organisations, policy text) are no names. The model is L2-regularised logistic
// regression trained by stochastic gradient descent in a fixed, seeded order: the output is
// deterministic.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { loadModules } from '../guidance/marked.mjs';
import { synthetic } from './synthetic.mjs';
import { makeRng } from '../../scripts/corpus/rng.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(path.dirname(here));
const check = process.argv.includes('--check');
const verify = process.argv.includes('--verify');
const noCv = process.argv.includes('--no-cv') || verify;
const say = (line) => process.stdout.write(`${line}\n`);

const m = await loadModules([
  "export { extractText } from './shared/pdf/index.ts';",
  "export { pageTextFromString } from './tests/helpers/pdftotext-pagetext.ts';",
  "export { tokenise, tokenInfos, lineInfos, featuresOf, isCandidate } from './shared/detect/nameModelFeatures.ts';",
  "export { decodeSpans, tokenProbabilities } from './shared/detect/detectors/nameModel.ts';",
  "export { FIRST_NAMES, SURNAMES } from './shared/detect/lexicon.generated.ts';",
]);

/** The development corpora: name and folder. Never a blind split. */
const DEV = [
  ['seen', path.join(root, '..', 'shared', 'corpus')],
  ['train', path.join(root, '.cache', 'corpus', 'train')],
  ['fresh', path.join(root, '.cache', 'corpus', 'fresh')],
  ['fresh4', path.join(root, '.cache', 'corpus', 'fresh4')],
  // Development splits since session 13 (docs/eval.md): each by another writer.
  ['fresh5', path.join(root, '.cache', 'corpus', 'fresh5')],
  ['fresh6', path.join(root, '.cache', 'corpus', 'fresh6')],
  ['fresh7', path.join(root, '.cache', 'corpus', 'fresh7')],
];
/** The weights shipped; `--verify` rebuilds them and compares byte for byte. */
/** The material the shipped weights are trained on (`TRAIN_ON` overrides it). */
const DEFAULT_TRAIN_ON = 'seen,train,fresh,fresh4,synthetic';
const SHIPPED = path.join(root, 'shared', 'detect', 'nameModel.generated.ts');

const area = (r) => Math.max(0, r[2] - r[0]) * Math.max(0, r[3] - r[1]);
const inter = (a, b) => area([Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])]);

// Extracting a PDF takes a while on a busy machine: the page texts are cached by file content in
// the system's temporary folder (only a speed-up; the result is the same without it).
// The key is the PDF's bytes and the extractor's source (every file of shared/pdf, by content, so
// that another worktree or a fresh checkout of the same source shares the cache and a changed
// extractor never reads a stale entry).
const cacheDir = path.join(os.tmpdir(), 'lakstift-names-model-cache');
mkdirSync(cacheDir, { recursive: true });
const extractorHash = (() => {
  const h = createHash('sha256');
  const walk = (dir) => {
    for (const f of readdirSync(dir).sort()) {
      const full = path.join(dir, f);
      if (statSync(full).isDirectory()) walk(full);
      else h.update(f).update(readFileSync(full));
    }
  };
  walk(path.join(root, 'shared', 'pdf'));
  return h.digest('hex');
})();
async function pagesOf(file) {
  const bytes = readFileSync(file);
  const key = createHash('sha256').update(bytes).update(extractorHash).digest('hex').slice(0, 24);
  const cached = path.join(cacheDir, `${key}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8'));
  const { pages } = await m.extractText(new Uint8Array(bytes));
  const out = pages.map((p) => ({ page: p.page, text: p.text, words: p.words.map((w) => ({ start: w.start, len: w.text.length, rect: w.rect })) }));
  writeFileSync(cached, JSON.stringify(out));
  return out;
}

/** The examples of one page: per candidate token its features and label (1 name, 0 not); null labels are left out. */
function pageExamples(text, labelOf, doc) {
  const tk = m.tokenise(text);
  const infos = m.tokenInfos(tk);
  const lines = m.lineInfos(tk);
  const rows = [];
  tk.tokens.forEach((t, i) => {
    if (!m.isCandidate(t)) return;
    const y = labelOf(t, i);
    if (y === null) return;
    rows.push({ doc, x: m.featuresOf(tk, infos, lines, i), y });
  });
  return { tk, rows };
}

/** The labelled pages of a corpus folder. */
async function corpus(name, dir) {
  if (!existsSync(dir)) {
    say(`  ${name}: ${dir} not found, skipped`);
    return [];
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.pdf') && existsSync(path.join(dir, f.replace(/\.pdf$/, '.truth.json')))).sort();
  const out = [];
  for (const f of files) {
    const truth = JSON.parse(readFileSync(path.join(dir, f.replace(/\.pdf$/, '.truth.json')), 'utf8'));
    if (truth.scanned) continue;
    const pages = await pagesOf(path.join(dir, f));
    for (const p of pages) {
      const boxes = (truth.items ?? []).filter((it) => it.page === p.page && it.category === 'name').flatMap((it) => it.boxes ?? it.rects ?? []);
      // Persons kept in a public role are names all the same: the rules' keeps decide them, so they
      // are left out. Everything else kept (policy text, organisations, streets) is no name.
      const keeps = (truth.mustKeep ?? []).filter((k) => k.page === p.page && k.text && /official|member|parliament|minister|politic/i.test(k.why ?? ''));
      // Offsets of the page text that lie in a must-keep string: left out of training.
      const kept = new Uint8Array(p.text.length);
      for (const k of keeps) {
        const re = new RegExp(k.text.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
        for (const mm of p.text.matchAll(re)) kept.fill(1, mm.index, mm.index + mm[0].length);
      }
      const wordAt = new Int32Array(p.text.length).fill(-1);
      p.words.forEach((w, wi) => wordAt.fill(wi, w.start, Math.min(p.text.length, w.start + w.len)));
      // Names the generator's labeller could not find (a broken ligature: "Sha昀椀q" for "Shafiq") are in
      // no truth item: their words, and words with such broken letters, are left out.
      const unlabelled = new Set((truth.unlabelled ?? []).filter((u) => u.category === 'name').flatMap((u) => u.text.split(/[\s,]+/)));
      const labelOf = (t) => {
        if (unlabelled.has(t.str) || /\p{Script=Han}/u.test(t.str)) return null;
        const wi = wordAt[t.start];
        if (wi < 0) return null;
        const r = p.words[wi].rect;
        const a = area(r);
        const on = boxes.some((b) => inter(r, b) >= 0.3 * Math.min(a, area(b)) && a > 0);
        if (on) return 1;
        if (kept[t.start]) return null;
        return 0;
      };
      const { rows, tk } = pageExamples(p.text, labelOf, `${name}/${f}#${p.page}`);
      out.push({ corpus: name, doc: `${name}/${f}`, rows, tk, gold: tk.tokens.map((t, i) => (m.isCandidate(t) ? labelOf(t, i) : null)) });
    }
  }
  say(`  ${name}: ${files.length} documents, ${out.length} pages, ${out.reduce((n, p) => n + p.rows.length, 0)} capitalised tokens, ${out.reduce((n, p) => n + p.rows.filter((r) => r.y === 1).length, 0)} of them name tokens`);
  return out;
}

/** Synthetic pages (synthetic.mjs): text and the character ranges of the names in it. */
function syntheticPages() {
  const pages = synthetic({ first: m.FIRST_NAMES.split('|'), sur: m.SURNAMES.split('|') });
  return pages.map(({ text, names }, k) => {
    const page = m.pageTextFromString(text, 1);
    const inName = (t) => names.some(([a, b]) => t.start < b && a < t.end);
    const { rows, tk } = pageExamples(page.text, (t) => (inName(t) ? 1 : 0), `synthetic#${k}`);
    return { corpus: 'synthetic', doc: `synthetic/${k}`, rows, tk, gold: tk.tokens.map((t) => (m.isCandidate(t) ? (inName(t) ? 1 : 0) : null)) };
  });
}

// --- the model ---------------------------------------------------------------------------------

/** A seeded pseudo-random source (the corpus generator's mulberry32): the same order every run. */
const rng = (seed) => makeRng(seed).next;

const EPOCHS = Number(process.env.EPOCHS ?? 8);
const MIN_COUNT = 3;

/** Logistic regression by SGD with a decaying rate; the weights returned are the average over all steps (less noisy than the last). */
function train(rows) {
  const counts = new Map();
  for (const r of rows) for (const f of r.x) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f) => (counts.get(f) ?? 0) >= MIN_COUNT || f === 'bias';
  const data = rows.map((r) => ({ x: r.x.filter(keep), y: r.y }));
  const w = new Map();
  // The running sum of every update times its step number: average = w - u / c (the averaged perceptron's trick).
  const u = new Map();
  let c = 1;
  const rand = rng(11);
  const order = data.map((_, i) => i);
  // Name tokens are a minority: weigh them up so the model does not learn "never a name".
  const pos = data.filter((d) => d.y === 1).length;
  const posWeight = Math.min(3, (data.length - pos) / Math.max(1, pos));
  for (let e = 0; e < EPOCHS; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = 0.1 / (1 + e);
    for (const k of order) {
      const d = data[k];
      let s = 0;
      for (const f of d.x) s += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-s));
      const g = (d.y - p) * (d.y === 1 ? posWeight : 1) * rate;
      if (g !== 0) {
        for (const f of d.x) {
          w.set(f, (w.get(f) ?? 0) + g);
          u.set(f, (u.get(f) ?? 0) + c * g);
        }
      }
      c++;
    }
  }
  const avg = new Map();
  for (const [f, v] of w) avg.set(f, Math.round((v - (u.get(f) ?? 0) / c) * 1000) / 1000);
  return avg;
}

/** Span-level precision and recall of the model alone on held-out pages, per threshold. */
function measure(w, pages, thresholds, low) {
  return thresholds.map((th) => {
    let tp = 0;
    let fp = 0;
    let goldSpans = 0;
    let found = 0;
    const bySize = {};
    for (const p of pages) {
      const pr = m.tokenProbabilities(p.tk, w);
      const spans = m.decodeSpans(p.tk, pr, th, Math.min(th, low));
      // Gold spans: runs of name tokens on one line.
      const gold = [];
      p.gold.forEach((g, i) => {
        if (g !== 1) return;
        const last = gold[gold.length - 1];
        if (last && last.line === p.tk.tokens[i].line && last.to >= i - 2) last.to = i;
        else gold.push({ from: i, to: i, line: p.tk.tokens[i].line });
      });
      goldSpans += gold.length;
      for (const g of gold) if (spans.some((s) => s.tokens.some((k) => k >= g.from && k <= g.to))) found++;
      for (const s of spans) {
        const good = s.tokens.some((k) => p.gold[k] === 1);
        const unknown = s.tokens.every((k) => p.gold[k] === null || p.gold[k] === undefined);
        const single = s.tokens.filter((k) => p.gold[k] !== undefined && m.isCandidate(p.tk.tokens[k]) && !/^(?:\p{Lu}\.)+$/u.test(p.tk.tokens[k].str)).length <= 1;
        if (!unknown) {
          const infos = m.tokenInfos(p.tk);
          const lex = s.tokens.some((k) => infos[k].classes.includes('first') || infos[k].classes.includes('sur'));
          const b = (bySize[single ? (lex ? 'one word, a lexicon name' : 'one word, no lexicon name') : 'two or more'] ??= { tp: 0, fp: 0 });
          if (good) b.tp++;
          else b.fp++;
        }
        if (good) tp++;
        else if (!unknown) {
          fp++;
          if (process.env.SHOW_WRONG && th === THRESHOLDS[0]) say(`      wrong: ${JSON.stringify(p.tk.text.slice(s.start, s.end))} (${p.doc}, ${s.p.toFixed(2)}) in ${JSON.stringify(p.tk.text.slice(p.tk.lines[p.tk.tokens[s.tokens[0]].line].start, p.tk.lines[p.tk.tokens[s.tokens[0]].line].end))}`);
        }
      }
    }
    return { th, recall: goldSpans ? found / goldSpans : 0, precision: tp + fp ? tp / (tp + fp) : 0, fp, spans: tp + fp, bySize };
  });
}

// --- main ----------------------------------------------------------------------------------------
say('Reading the development material:');
const byCorpus = {};
for (const [name, dir] of DEV) byCorpus[name] = await corpus(name, dir);
byCorpus.synthetic = syntheticPages();
say(`  synthetic: ${byCorpus.synthetic.length} pages, ${byCorpus.synthetic.reduce((n, p) => n + p.rows.length, 0)} capitalised tokens`);

const THRESHOLDS = (process.env.THRESHOLDS ?? '0.5,0.7,0.8,0.85,0.9,0.95').split(',').map(Number);
const LOWS = (process.env.LOWS ?? '1').split(',').map(Number);
/** The development material grouped by writer (who wrote the generator of the split). */
const WRITERS = [['own', ['seen', 'train']], ['fresh', ['fresh']], ['fresh4', ['fresh4']], ['fresh5', ['fresh5']], ['fresh6', ['fresh6']], ['fresh7', ['fresh7']]];
const TRAIN_ON_CV = (process.env.TRAIN_ON ?? DEFAULT_TRAIN_ON).split(',');
const rowsOf = (names) => names.flatMap((n) => (byCorpus[n] ?? []).flatMap((p) => p.rows));
if (!noCv) {
  // Leave one WRITER out: each development split was written by someone else (the own generator
  // wrote seen and train), so a fold holds out everything one writer made and trains on the other
  // writers and the synthetic lines; how well a model does on a writer it never saw is what it
  // will do on the next blind split.
  say('\nLeave-one-writer-out (model alone, spans): train on the other writers, measure on the held-out one.');
  const pool = TRAIN_ON_CV;
  for (const [writer, held] of WRITERS) {
    const heldPages = held.flatMap((n) => byCorpus[n] ?? []);
    if (!heldPages.length) continue;
    const trainOn = pool.filter((n) => !held.includes(n));
    const w = train(rowsOf(trainOn));
    say(`  held out ${writer} (trained on ${trainOn.join(', ')}):`);
    for (const low of LOWS) for (const r of measure(w, heldPages, THRESHOLDS, low)) say(`    threshold ${r.th.toFixed(2)} low ${Math.min(r.th, low).toFixed(2)}: recall ${r.recall.toFixed(3)}  precision ${r.precision.toFixed(3)}  (${r.fp} wrong of ${r.spans} spans; ${Object.entries(r.bySize).map(([k, v]) => `${k}: ${v.fp} wrong of ${v.tp + v.fp}`).join(', ')})`);
  }
}
if (check) process.exit(0);

const THRESHOLD = Number(process.env.THRESHOLD ?? 0.9);
const LOW = Number(process.env.LOW ?? 0.5);
const SPREAD = Number(process.env.SPREAD ?? 0.98);
const SINGLE = Number(process.env.SINGLE ?? 0.97);
// TRAIN_ON leaves material out of the final model too (to measure the whole pipeline on a split the model has not seen).
const TRAIN_ON = (process.env.TRAIN_ON ?? DEFAULT_TRAIN_ON).split(',');
const all = rowsOf(TRAIN_ON);
const w = train(all);
const lines = [...w.entries()].filter(([f, v]) => f === 'bias' || Math.abs(v) >= 0.01).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([f, v]) => `${f} ${v}`);
const out = `// Generated by assets/names-model/train-names.mjs (${all.length} capitalised tokens of the development material:
// ${TRAIN_ON.map((n) => `${n} ${rowsOf([n]).length}`).join(', ')}). Do not edit by hand; re-run the script.
// Logistic regression over the features of shared/detect/nameModelFeatures.ts; one "feature weight" per line.

/** A token is a name token at this probability or more (chosen by cross-validation on development splits, assets/names-model/README.md). */
export const NAME_MODEL_THRESHOLD = ${THRESHOLD};
/** A span of one word that no name lexicon holds needs this probability or more (cross-validation: the least precise kind of find at NAME_MODEL_THRESHOLD). */
export const NAME_MODEL_SINGLE = ${SINGLE};
/** A token beside a find joins its span at this probability or more. */
export const NAME_MODEL_LOW = ${LOW};
/** A find joins the document's memory as a confident person (its other forms are suggested) only at this probability or more. */
export const NAME_MODEL_SPREAD = ${SPREAD};
export const NAME_MODEL_WEIGHTS = ${JSON.stringify(lines.join('\n'))};
`;
if (verify) {
  // Reproducibility: the shipped file is what this script writes from the same data and source.
  const shipped = existsSync(SHIPPED) ? readFileSync(SHIPPED, 'utf8') : '';
  if (shipped === out) say(`\nverify: shared/detect/nameModel.generated.ts is rebuilt byte for byte (${lines.length} weights).`);
  else {
    const a = new Set(shipped.split('\\n'));
    const differ = lines.filter((l) => !a.has(l)).length;
    say(`\nverify: shared/detect/nameModel.generated.ts differs from the rebuild (${differ} of ${lines.length} weights); re-run without --verify and commit the result.`);
    process.exitCode = 1;
  }
} else {
  const target = process.env.OUT ? path.resolve(process.env.OUT) : SHIPPED;
  writeFileSync(target, out);
  say(`\nWrote ${path.relative(root, target)}: ${lines.length} weights, ${(out.length / 1024).toFixed(0)} kB, threshold ${THRESHOLD}, one word without a lexicon name ${SINGLE}, spread ${SPREAD}.`);
}
