// Trains the weights of the guidance model (shared/detect/guidance/weights.ts) on the texts in
// assets/guidance/train/: Dutch instructions and policy texts written for Lakstift, in which every
// passage of operational guidance is marked ⟦like this⟧. Each text goes through the detector's own
// reading (column view, units, features), so the model learns on exactly what it will see.
//
//   node assets/guidance/train-guidance.mjs            trains, reports, writes weights.ts
//   node assets/guidance/train-guidance.mjs --check    reports only (cross-validation by document)
//   node assets/guidance/train-guidance.mjs --no-cv    trains and writes weights.ts without the cross-validation
//   node assets/guidance/train-guidance.mjs --check --groups   and leave one genre out (decision trees, FAQs, tables, …)
//   node assets/guidance/train-guidance.mjs --check --no-cv --writers   leave one writer out: each development split of
//                                                       `npm run eval` in turn (writers.mjs; needs .cache/corpus)
//   node assets/guidance/train-guidance.mjs --with-writers   trains the weights on train/ and every development split
//
// The model is L2-regularised logistic regression (full-batch gradient descent, fixed number of
// steps, deterministic). It never sees the measuring corpora (../shared/...): those stay unseen.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { here, loadModules, readMarked, root } from './marked.mjs';

const check = process.argv.includes('--check');
const say = (line) => process.stdout.write(`${line}\n`);

const m = await loadModules([
  "export { pageTextFromString } from './tests/helpers/pdftotext-pagetext.ts';",
  "export { columnView } from './shared/detect/columns.ts';",
  "export { segmentView } from './shared/detect/guidance/segment.ts';",
  "export { unitFeatures, unitContext, textFeatures, flatten, policyEdges, documentFeatures, publishedGenres, PUBLISHED_GENRES } from './shared/detect/guidance/features.ts';",
  "export { judge, THRESHOLD } from './shared/detect/guidance/model.ts';",
  "export { WEIGHTS } from './shared/detect/guidance/weights.ts';",
]);

const JUDGED = new Set(['sentence', 'fragment', 'item']);

/** The units of a marked text, each with its features and whether it is guidance. */
function examples({ file, text, ranges }) {
  const page = m.pageTextFromString(text, 1);
  const view = m.columnView(page);
  // One text is one page: its published genre (a letter to parliament, a public FAQ) is the text's.
  const doc = new Set([...m.documentFeatures(view.text), ...m.publishedGenres(view.text)]);
  return pageExamples(file, page, ranges, doc, view);
}

/** The units of one page whose characters `ranges` (offsets in page.text) are guidance, with the document's features. */
function pageExamples(file, page, ranges, doc, view = m.columnView(page)) {
  const units = m.segmentView(view);
  const out = [];
  units.forEach((u, i) => {
    if (!JUDGED.has(u.kind)) return;
    // As the detector does: a sentence or clause at either end that is policy on its own is no
    // part of the unit (the passage boundary); the rest is judged, and labelled, alone.
    const [from, to] = m.policyEdges(view.text, u.start, u.end, doc);
    let inside = 0;
    let total = 0;
    for (let k = from; k < to; k++) {
      const o = view.map[k];
      if (o < 0 || /\s/.test(page.text[o])) continue;
      total++;
      // page.text equals the unmarked text when it is built from it line by line.
      if (ranges.some(([a, b]) => o >= a && o < b)) inside++;
    }
    if (total === 0) return;
    const features = from !== u.start || to !== u.end ? m.textFeatures(m.flatten(view.text.slice(from, to)), m.unitContext(units, i, view.text), doc) : m.unitFeatures(units, i, view.text, doc);
    // The detector never judges these (detectors/guidance.ts): they are no examples either.
    if (features.has('toc') || features.has('english') || features.has('doc:english') || features.has('ctx:decisionHead') || features.has('doc:regulation') || m.PUBLISHED_GENRES.some((g) => features.has(g))) return;
    out.push({ file, text: view.text.slice(from, to).replace(/\s+/g, ' '), features: [...features], y: inside / total >= 0.5 ? 1 : 0 });
  });
  return out;
}

const texts = readMarked(path.join(here, 'train'));
const files = texts.map((t) => t.file);
const units = texts.flatMap(examples);
// Every unit once more without the document's features: a passage must be recognisable on its
// own too (a single hint in an e-mail, a page out of its dossier), not only inside casework.
const withCopies = (us) => [...us, ...us.filter((u) => u.features.some((f) => f.startsWith('doc:'))).map((u) => ({ ...u, features: u.features.filter((f) => !f.startsWith('doc:')) }))];
const data = withCopies(units);

// The development splits of `npm run eval`, one writer each (writers.mjs): --writers measures
// leave one writer out, --with-writers also trains the shipped weights on them.
const useWriters = process.argv.includes('--writers') || process.argv.includes('--with-writers');
const writerUnits = new Map();
if (useWriters) {
  const { writerDocuments } = await import('./writers.mjs');
  for (const d of await writerDocuments()) {
    // The document's features from all its pages, each page's published genre its own (as the detector judges).
    const doc = m.documentFeatures(d.pages.map((p) => p.page.text).join('\n\n'));
    const us = d.pages.flatMap(({ page, ranges }) => pageExamples(d.file, page, ranges, new Set([...doc, ...m.publishedGenres(page.text)])));
    writerUnits.set(d.writer, [...(writerUnits.get(d.writer) ?? []), ...us]);
  }
}
const writerData = new Map([...writerUnits].map(([w, us]) => [w, withCopies(us)]));
const names = [...new Set([...data, ...[...writerData.values()].flat()].flatMap((d) => d.features))].sort();

/** The genre of a training text, from its file name: decision trees, FAQs, tables and checklists, mail and minutes, published policy, interviews, inspections; the rest are casework instructions. */
function genreOf(file) {
  const GENRES = [
    ['tree', /beslisboom/], ['faq', /faq/], ['table', /tabel|checklist/], ['mail', /email|verslag/],
    ['policy', /^neg-/], ['interview', /verhoor|gesprek|inburgering|ind-|rvdk|keukentafel|weging/],
    ['inspection', /nvwa|inspectie|omgevingsdienst|douane|kmar|rdw|dji|cbr|boekenonderzoek/],
  ];
  return GENRES.find(([, re]) => re.test(file))?.[0] ?? 'casework';
}

const L2 = Number(process.env.L2 ?? 0.001);
function train(rows, { steps = 3000, rate = 0.3, l2 = L2 } = {}) {
  const w = Object.fromEntries(['bias', ...names].map((n) => [n, 0]));
  for (let s = 0; s < steps; s++) {
    const grad = Object.fromEntries(Object.keys(w).map((n) => [n, 0]));
    for (const r of rows) {
      let z = w.bias;
      for (const f of r.features) z += w[f] ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - r.y;
      grad.bias += g;
      for (const f of r.features) grad[f] += g;
    }
    for (const n of Object.keys(w)) w[n] -= rate * (grad[n] / rows.length + (n === 'bias' ? 0 : l2 * w[n]));
  }
  return w;
}

// The detector suggests only units with both form and content, not addressed to the public (detectors/guidance.ts).
const gated = (r) => r.features.includes('form&content') && !r.features.includes('staffQuestion') && !r.features.includes('lawCited') && !r.features.includes('readerImperative') && !(r.features.includes('cue:publicAddress') && !r.features.includes('question'));
const score = (w, r) => (gated(r) ? r.features.reduce((z, f) => z + (w[f] ?? 0), w.bias ?? 0) : -Infinity);
function measure(pairs) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const [y, s] of pairs) {
    if (s >= m.THRESHOLD && y) tp++;
    else if (s >= m.THRESHOLD) fp++;
    else if (y) fn++;
    else tn++;
  }
  return { tp, fp, fn, tn, recall: tp / (tp + fn || 1), precision: tp / (tp + fp || 1) };
}
const fmt = (x) => `recall ${x.recall.toFixed(3)} precision ${x.precision.toFixed(3)} (tp ${x.tp}, fp ${x.fp}, fn ${x.fn}, tn ${x.tn})`;

say(`${files.length} texts, ${units.length} units, ${units.filter((d) => d.y).length} guidance, ${names.length} features (${data.length} examples with the copies without document features)`);
say(`weights in the repository, on all texts:   ${fmt(measure(data.map((r) => [r.y, score(m.WEIGHTS, r)])))}`);
// Leave one text out: the model never sees the text it is measured on.
const cv = [];
const mistakes = [];
for (const f of process.argv.includes('--no-cv') ? [] : files) {
  const w = train(data.filter((d) => d.file !== f));
  for (const r of data.filter((d) => d.file === f)) {
    const s = score(w, r);
    cv.push([r.y, s]);
    if ((s >= m.THRESHOLD) !== Boolean(r.y)) mistakes.push(`  ${r.y ? 'missed' : 'extra '} ${f}: ${r.text.slice(0, 110)}${process.argv.includes('--features') ? `\n      ${s.toFixed(2)} ${r.features.join(' ')}` : ''}`);
  }
}
if (cv.length) say(`learned, leave one text out:             ${fmt(measure(cv))}`);
// Leave one genre out (--groups): the whole family of a text is unseen, as a new template or a new
// kind of document is in practice. Far below the leave-one-text-out figure means the model learns
// the families it has, not the job.
if (process.argv.includes('--groups')) {
  const byGroup = new Map();
  for (const f of files) {
    const g = genreOf(f);
    byGroup.set(g, [...(byGroup.get(g) ?? []), f]);
  }
  const all = [];
  const lines = [];
  for (const [g, members] of byGroup) {
    const w = train(data.filter((d) => !members.includes(d.file)));
    const pairs = data.filter((d) => members.includes(d.file)).map((r) => [r.y, score(w, r)]);
    all.push(...pairs);
    lines.push(`  ${g.padEnd(12)} ${String(members.length).padStart(2)} texts: ${fmt(measure(pairs))}`);
  }
  say(`learned, leave one genre out:            ${fmt(measure(all))}`);
  say(lines.join('\n'));
}
if (process.argv.includes('--verbose')) say(mistakes.join('\n'));

// Leave one writer out (--writers): each development split in turn is unseen. Measured on its
// units (not the copies), by a model trained on the texts of train/ alone (as shipped before
// session 13) and by one trained on those texts and every other writer's split. A writer that
// the second model judges better than the first gained from what the other writers taught.
if (writerUnits.size) {
  const own = train(data);
  const rows = [];
  const totals = { shipped: [], own: [], others: [] };
  for (const [wr, us] of writerUnits) {
    const others = train([...data, ...[...writerData].filter(([x]) => x !== wr).flatMap(([, d]) => d)]);
    const s = us.map((r) => [r.y, score(m.WEIGHTS, r)]);
    const a = us.map((r) => [r.y, score(own, r)]);
    const b = us.map((r) => [r.y, score(others, r)]);
    totals.shipped.push(...s);
    totals.own.push(...a);
    totals.others.push(...b);
    rows.push(`  ${wr.padEnd(8)} ${String(us.length).padStart(4)} units, ${String(us.filter((u) => u.y).length).padStart(3)} guidance\n    weights in the repository: ${fmt(measure(s))}\n    trained on train/:         ${fmt(measure(a))}\n    train/ + other writers:    ${fmt(measure(b))}`);
  }
  say('leave one writer out (the writer\'s units, through the gate and the threshold):');
  say(rows.join('\n'));
  say(`  all writers\n    weights in the repository: ${fmt(measure(totals.shipped))}\n    trained on train/:         ${fmt(measure(totals.own))}\n    train/ + other writers:    ${fmt(measure(totals.others))}`);
}

if (!check) {
  const withWriters = process.argv.includes('--with-writers');
  const w = train(withWriters ? [...data, ...[...writerData.values()].flat()] : data);
  say(`learned, on all texts:                    ${fmt(measure(data.map((r) => [r.y, score(w, r)])))}`);
  const lines = Object.entries(w).filter(([n, v]) => n === 'bias' || Math.abs(v) >= 0.005).map(([n, v]) => `  ${JSON.stringify(n)}: ${v.toFixed(3)},`);
  writeFileSync(path.join(root, 'shared', 'detect', 'guidance', 'weights.ts'), [
    '// Generated by assets/guidance/train-guidance.mjs from the texts in assets/guidance/train/ (written for',
    `// Lakstift; ${files.length} texts, ${units.length} units, ${units.filter((d) => d.y).length} of them guidance). Do not edit by hand: edit the texts or`,
    '// the features and train again.',
    '/** Weights of the guidance model (model.ts), per feature (features.ts). */',
    'export const WEIGHTS: Readonly<Record<string, number>> = {',
    ...lines,
    '};',
    '',
  ].join('\n'));
  say('wrote shared/detect/guidance/weights.ts');
}
