// Measures the guidance detector, as shipped, on marked texts (⟦guidance⟧, as in train/): per
// passage recall and precision, and how many characters of unmarked (policy) text the
// suggestions take with them. Used on heldout/, the texts the model is never trained on.
//
//   node assets/guidance/measure-guidance.mjs [dir]            aggregate figures only
//   node assets/guidance/measure-guidance.mjs [dir] --verbose  and every miss and extra
//
// Each text is one page, read exactly as the detector reads a page (pageTextFromString from
// tests/helpers, then guidanceDetector.run). A marked passage is found when suggestions cover at
// least half of its non-space characters; a suggestion is right when at least half of its
// non-space characters are marked.
import path from 'node:path';
import process from 'node:process';
import { here, loadModules, readMarked, root } from './marked.mjs';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(here, 'heldout'));
const say = (line) => process.stdout.write(`${line}\n`);

const m = await loadModules([
  "export { pageTextFromString } from './tests/helpers/pdftotext-pagetext.ts';",
  "export { guidanceDetector } from './shared/detect/detectors/guidance.ts';",
]);

const solid = (text, a, b) => {
  const out = [];
  for (let k = a; k < b; k++) if (!/\s/.test(text[k])) out.push(k);
  return out;
};

const texts = readMarked(dir);
let truth = 0, found = 0, suggested = 0, correct = 0, policyChars = 0, policyTotal = 0;
const lines = [];
for (const { file: f, text, ranges } of texts) {
  const page = m.pageTextFromString(text, 1);
  // The page text collapses runs of spaces (table columns): its non-space characters are the
  // text's, in the same order, so offsets translate through them.
  const toText = new Map();
  const pageSolid = solid(page.text, 0, page.text.length);
  const textSolid = solid(text, 0, text.length);
  if (pageSolid.length !== textSolid.length) throw new Error(`${f}: the page text differs from the unmarked text`);
  pageSolid.forEach((k, n) => toText.set(k, textSolid[n]));
  const cands = m.guidanceDetector.run({ page, pages: [page], text: page.text });
  const charsOf = (c) => (c.ranges ?? [[c.start, c.end]]).flatMap(([a, b]) => solid(page.text, a, b)).map((k) => toText.get(k));
  const covered = new Set(cands.flatMap(charsOf));
  const inMark = (k) => ranges.some(([a, b]) => k >= a && k < b);
  for (const [a, b] of ranges) {
    const chars = solid(text, a, b);
    truth++;
    const hit = chars.filter((k) => covered.has(k)).length >= chars.length / 2;
    if (hit) found++;
    else lines.push(`  missed ${f}: ${text.slice(a, b).replace(/\s+/g, ' ').slice(0, 120)}`);
  }
  for (const c of cands) {
    const chars = charsOf(c);
    suggested++;
    if (chars.filter(inMark).length >= chars.length / 2) correct++;
    else lines.push(`  extra  ${f}: ${page.text.slice(c.start, c.end).replace(/\s+/g, ' ').slice(0, 120)}`);
  }
  const policy = solid(text, 0, text.length).filter((k) => !inMark(k));
  policyTotal += policy.length;
  policyChars += policy.filter((k) => covered.has(k)).length;
}
say(`${path.relative(root, dir)}: ${texts.length} texts, ${truth} passages of guidance`);
say(`recall ${(found / (truth || 1)).toFixed(3)} (${found}/${truth}), precision ${(correct / (suggested || 1)).toFixed(3)} (${correct}/${suggested}), policy characters taken ${policyChars} of ${policyTotal}`);
if (verbose) say(lines.join('\n'));
