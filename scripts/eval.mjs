// Measures Lakstift's suggestions on every labelled corpus and prints ONE table (docs/eval.md
// explains how to read it):
//   seen      ../shared/corpus            the project's own corpus (detectors were developed on it)
//   train     .cache/corpus/train         our generator's train split (may be used for tuning)
//   test      .cache/corpus/test          held-out split: other name pools, other templates
//   fresh     .cache/corpus/fresh         fresh held-out split (scripts/corpus/fresh): new templates,
//                                         phrasings and name origins, made after the test split was seen
//   fresh2    .cache/corpus/fresh2        a newer held-out split (scripts/corpus/fresh2), made after fresh
//   fresh3    .cache/corpus/fresh3        a newer held-out split (scripts/corpus/fresh3), made after fresh2
//   fresh4    .cache/corpus/fresh4        a newer held-out split (scripts/corpus/fresh4), made after fresh3
//   fresh5    .cache/corpus/fresh5        a newer held-out split (scripts/corpus/fresh5), made after fresh4
//   fresh6    .cache/corpus/fresh6        a newer held-out split (scripts/corpus/fresh6), made after fresh5
//   fresh7    .cache/corpus/fresh7        a newer held-out split (scripts/corpus/fresh7), made after fresh6
//   fresh8    .cache/corpus/fresh8        a newer held-out split (scripts/corpus/fresh8), made after fresh7
//   corpus2   ../shared/corpus2-dev       an independent generator's documents
//   real      ../shared/real-dev          real published PDFs, precision against a hand judgement
// For each labelled corpus: recall and precision per category (same page and category, and the
// suggestion covers at least half of the item's boxes or has the same text; a name found without
// its title counts), must-keep violations by suggestions, and a redaction check (issue #13):
// the truth boxes are redacted with `lakstift redact --decisions`, then pdftotext and
// `mutool draw -F txt` must not find any item (leaks) and must still find every must-keep
// string (must-keep lost). Scanned documents are counted apart (OCR is another issue).
//
//   node scripts/eval.mjs [--corpus seen,train,test,fresh,fresh2,fresh3,fresh4,fresh5,fresh6,fresh7,fresh8,corpus2,real] [--json] [--verbose]
//                         [--extractor pdftotext] [--no-redact] [dir]
// A directory argument measures that folder alone (PDFs with .truth.json beside them).
// --extractor pdftotext measures the detectors on poppler's text model instead of Lakstift's own
// (tests/helpers/pdftotext-pagetext.ts), to tell detector errors from text-extraction errors.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ensureFresh, MADE as FRESH_MADE } from './corpus/fresh/generate.mjs';
import { ensureFresh2, MADE as FRESH2_MADE } from './corpus/fresh2/generate.mjs';
import { ensureFresh3, MADE as FRESH3_MADE, SESSION as FRESH3_SESSION } from './corpus/fresh3/generate.mjs';
import { ensureFresh4, MADE as FRESH4_MADE, SESSION as FRESH4_SESSION } from './corpus/fresh4/generate.mjs';
import { ensureFresh5, MADE as FRESH5_MADE, SESSION as FRESH5_SESSION } from './corpus/fresh5/generate.mjs';
import { ensureFresh6, MADE as FRESH6_MADE, SESSION as FRESH6_SESSION } from './corpus/fresh6/generate.mjs';
import { ensureFresh7, MADE as FRESH7_MADE, SESSION as FRESH7_SESSION } from './corpus/fresh7/generate.mjs';
import { ensureFresh8, MADE as FRESH8_MADE, SESSION as FRESH8_SESSION } from './corpus/fresh8/generate.mjs';
import { ensureSplit } from './corpus/generate.mjs';
import { mutoolChars, pdftotextChars } from './corpus/label.mjs';
import { ensureSkewedScans, scannedCheck } from './eval-scanned.mjs';

const execFileP = promisify(execFile);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shared = path.join(root, '..', 'shared');
const args = process.argv.slice(2);
const json = args.includes('--json');
const verbose = args.includes('--verbose');
const noRedact = args.includes('--no-redact');
const optVal = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const extractor = optVal('--extractor') ?? 'lakstift';
const dirArg = args.find((a, i) => !a.startsWith('--') && !['--extractor', '--corpus'].includes(args[i - 1]));
const CORPORA = {
  seen: { label: '(a) seen: shared/corpus', dir: () => path.join(shared, 'corpus'), scannedDir: 'scanned' },
  train: { label: 'train split (own generator)', dir: () => ensureSplit('train', { log: note }) },
  test: { label: '(b) held-out test split', dir: () => ensureSplit('test', { log: note }) },
  fresh: { label: `(f) fresh held-out split, made ${FRESH_MADE}`, dir: () => ensureFresh({ log: note }) },
  fresh2: { label: `(f2) fresh2 held-out split, made ${FRESH2_MADE}`, dir: () => ensureFresh2({ log: note }) },
  fresh3: { label: `(f3) fresh3 held-out split, made ${FRESH3_MADE} (${FRESH3_SESSION})`, dir: () => ensureFresh3({ log: note }) },
  fresh4: { label: `(f4) fresh4 held-out split, made ${FRESH4_MADE} (${FRESH4_SESSION})`, dir: () => ensureFresh4({ log: note }) },
  fresh5: { label: `(f5) fresh5 held-out split, made ${FRESH5_MADE} (${FRESH5_SESSION})`, dir: () => ensureFresh5({ log: note }) },
  fresh6: { label: `(f6) fresh6 held-out split, made ${FRESH6_MADE} (${FRESH6_SESSION})`, dir: () => ensureFresh6({ log: note }) },
  fresh7: { label: `(f7) fresh7 held-out split, made ${FRESH7_MADE} (${FRESH7_SESSION})`, dir: () => ensureFresh7({ log: note }) },
  fresh8: { label: `(f8) fresh8 held-out split, made ${FRESH8_MADE} (${FRESH8_SESSION})`, dir: () => ensureFresh8({ log: note }) },
  corpus2: { label: '(c) shared/corpus2-dev', dir: () => path.join(shared, 'corpus2-dev') },
  real: { label: '(d) shared/real-dev', dir: () => path.join(shared, 'real-dev'), real: true },
  scans: { label: '(e) skewed scans of (a)', dir: () => ensureSkewedScans(shared, note) },
};
const which = dirArg ? ['custom'] : (optVal('--corpus') ?? 'seen,train,test,fresh,fresh2,fresh3,fresh4,fresh5,fresh6,fresh7,fresh8,corpus2,real,scans').split(',').map((s) => s.trim());
if (dirArg) CORPORA.custom = { label: path.resolve(dirArg), dir: () => path.resolve(dirArg) };
for (const c of which) {
  if (!CORPORA[c]) fail(`unknown corpus "${c}"; choose from seen, train, test, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, corpus2, real, scans`);
}
const cli = path.join(root, 'cli', 'bin', 'lakstift.mjs');
if (!existsSync(path.join(root, 'dist', 'cli.mjs'))) fail('dist/cli.mjs is missing; run "npm run build:cli" first (npm run eval does it)');
const CATS = ['name', 'phone', 'email', 'guidance'];

function fail(msg) {
  process.stderr.write(`eval: ${msg}.\n`);
  process.exit(2);
}
function note(msg) {
  if (!json) process.stderr.write(`eval: ${msg}\n`);
}

// --- geometry and text -----------------------------------------------------------------------
const area = (r) => Math.max(0, r[2] - r[0]) * Math.max(0, r[3] - r[1]);
const inter = (a, b) => area([Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])]);
const boxesOf = (it) => it.boxes ?? it.rects ?? [];
/** Share of the area of `target` boxes covered by `by` boxes (overlaps between `by` not double-counted per target box). */
function covered(target, by) {
  const total = target.reduce((n, r) => n + area(r), 0);
  if (total === 0) return 0;
  let got = 0;
  for (const t of target) got += Math.min(area(t), by.reduce((n, b) => n + inter(t, b), 0));
  return got / total;
}
const norm = (s) => s.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const TITLES = /^(?:(?:mr|mrs|drs|dr|ir|ing|prof|mw|mevr|dhr|bc|ds)\.?\s+|de heer\s+|mevrouw\s+|heer\s+)+/i;
const bare = (s) => norm(s).replace(TITLES, '').replace(/[\s,.;:]+$/, '');
const sameText = (a, b) => bare(a) === bare(b) && bare(a).length > 0;
// A scanned document's truth without boxes is matched by text; OCR reads punctuation and spacing
// less surely than letters ("038 - 791" as "038 — 791"), so there letters and digits decide.
const alnumOnly = (s) => bare(s).replace(/[^\p{L}\p{N}]/gu, '');
const ocrSame = (doc, it, text) => doc.scanned && boxesOf(it).length === 0 && alnumOnly(text).length > 0 && alnumOnly(text) === alnumOnly(it.text);
const escRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A regex for a text in extracted page text: any whitespace may separate words, a hyphen may end a line. */
function textRe(t, flags = 'gu') {
  const body = t.replace(/\s+/g, ' ').trim().split(' ').map((w) => escRe(w).replace(/-/g, '-\\s*').replace(/'/g, "['’]")).join('\\s+');
  const b = /^[\p{L}\p{N}]/u.test(t) ? '(?<![\\p{L}\\p{N}])' : '';
  const e = /[\p{L}\p{N}]$/u.test(t) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${b}${body}${e}`, flags);
}
/** Occurrences of `t` in extracted text (case kept: "Bas" the name is not "bas" the word). */
const count = (hay, t) => (hay.normalize('NFC').match(textRe(t.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/’/g, "'"))) ?? []).length;
const containsWord = (hay, needle) => norm(needle).length > 0 && textRe(needle, 'giu').test(norm(hay));

// --- running Lakstift --------------------------------------------------------------------------
async function suggestAll(files) {
  if (files.length === 0) return [];
  if (extractor === 'pdftotext') return viaPdftotext(files);
  const out = execFileSync(process.execPath, [cli, 'suggest', ...files], { maxBuffer: 1 << 28, encoding: 'utf8' });
  return JSON.parse(out).documents;
}

let standin;
async function viaPdftotext(files) {
  if (!standin) {
    const { build } = await import('esbuild');
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-eval-'));
    const outfile = path.join(tmp, 'standin.mjs');
    await build({
      stdin: { contents: "export { pdftotextPageTexts } from './tests/helpers/pdftotext-pagetext.ts'; export { suggestDocument } from './shared/detect/index.ts';", resolveDir: root, loader: 'ts' },
      bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    standin = await import(outfile);
    rmSync(tmp, { recursive: true, force: true });
  }
  return files.map((f) => {
    const pages = standin.pdftotextPageTexts(f);
    return { file: path.basename(f), pageCount: pages.length, ...standin.suggestDocument(pages, { law: 'wob' }) };
  });
}

// --- scoring a labelled corpus -------------------------------------------------------------------
function loadTruth(dir, sub) {
  const d = sub ? path.join(dir, sub) : dir;
  if (!existsSync(d)) return [];
  return readdirSync(d).filter((f) => f.endsWith('.pdf') && existsSync(path.join(d, f.replace(/\.pdf$/, '.truth.json')))).sort()
    .map((f) => {
      const truth = JSON.parse(readFileSync(path.join(d, f.replace(/\.pdf$/, '.truth.json')), 'utf8'));
      // The same item listed twice (same page, category, text and boxes) is one item.
      const seen = new Set();
      truth.items = (truth.items ?? []).filter((it) => {
        const k = JSON.stringify([it.page, it.category, it.text, boxesOf(it)]);
        return seen.has(k) ? false : seen.add(k);
      });
      truth.mustKeep = [...new Map((truth.mustKeep ?? []).map((k) => [`${k.page}|${k.text}`, k])).values()];
      return { file: f, path: path.join(d, f), truth, scanned: Boolean(sub) || truth.scanned === true };
    });
}

function score(docs, results) {
  const cats = Object.fromEntries(CATS.map((c) => [c, { truth: 0, found: 0, suggested: 0, correct: 0 }]));
  const cat = (c) => (cats[c] ??= { truth: 0, found: 0, suggested: 0, correct: 0 });
  const origins = {};
  const out = { misses: [], falsePositives: [], violations: [], wrongGrounds: [], groundsRight: 0, groundsTotal: 0 };
  docs.forEach((doc, di) => {
    const sugg = results[di].suggestions;
    const items = doc.truth.items;
    const correct = new Set();
    for (const s of sugg) {
      const same = items.filter((it) => it.page === s.page && it.category === s.category);
      if (same.some((it) => sameText(s.text, it.text) || ocrSame(doc, it, s.text)) || covered(s.rects, same.flatMap(boxesOf)) >= 0.5) correct.add(s);
    }
    for (const it of items) {
      const st = cat(it.category);
      st.truth++;
      const o = it.origin && it.category === 'name' ? (origins[it.origin] ??= { truth: 0, found: 0 }) : null;
      if (o) o.truth++;
      const cands = sugg.filter((s) => s.page === it.page && s.category === it.category);
      const touching = cands.filter((s) => s.rects.some((r) => boxesOf(it).some((b) => inter(r, b) > 0)));
      const hit = cands.find((s) => sameText(s.text, it.text) || ocrSame(doc, it, s.text)) ?? (covered(boxesOf(it), touching.flatMap((s) => s.rects)) >= 0.5 ? touching[0] : null);
      if (!hit) {
        out.misses.push({ file: doc.file, page: it.page, category: it.category, text: it.text });
        continue;
      }
      st.found++;
      if (o) o.found++;
      out.groundsTotal++;
      // Right when every ground given is one the truth allows (grounds or altGrounds).
      const allowed = [...(it.grounds ?? []), ...(it.altGrounds ?? [])];
      if (hit.grounds.length > 0 && hit.grounds.every((x) => allowed.includes(x))) out.groundsRight++;
      else out.wrongGrounds.push({ file: doc.file, page: it.page, text: it.text, expected: it.grounds, got: hit.grounds });
    }
    // Marks the generator's labeller could not find (a broken ligature) are in no truth item: a
    // suggestion on them is neither right nor wrong.
    const unlabelled = (doc.truth.unlabelled ?? []).filter((u) => u.text);
    for (const s of sugg) {
      if (!correct.has(s) && unlabelled.some((u) => u.category === s.category && (containsWord(u.text, s.text) || containsWord(s.text, u.text)))) continue;
      const st = cat(s.category);
      st.suggested++;
      if (correct.has(s)) st.correct++;
      else out.falsePositives.push({ file: doc.file, page: s.page, category: s.category, text: s.text, reason: s.reason });
    }
    // A suggestion that takes a must-keep string, or a wrong suggestion that lies inside one.
    for (const k of doc.truth.mustKeep) {
      for (const s of sugg) {
        if (s.page !== k.page) continue;
        if (containsWord(s.text, k.text) || (!correct.has(s) && s.category !== 'guidance' && containsWord(k.text, s.text))) {
          out.violations.push({ file: doc.file, page: s.page, keep: k.text, why: k.why, suggestion: s.text, category: s.category });
        }
      }
    }
  });
  const r3 = (x) => Math.round(x * 1000) / 1000;
  const categories = Object.fromEntries(Object.entries(cats).map(([c, s]) => [c, { ...s, recall: s.truth ? r3(s.found / s.truth) : null, precision: s.suggested ? r3(s.correct / s.suggested) : null }]));
  const byWhy = {};
  for (const v of out.violations) byWhy[v.why] = (byWhy[v.why] ?? 0) + 1;
  return { categories, nameRecallByOrigin: Object.fromEntries(Object.entries(origins).sort().map(([k, v]) => [k, { ...v, recall: r3(v.found / v.truth) }])), violationsByWhy: byWhy, grounds: { right: out.groundsRight, total: out.groundsTotal }, ...out };
}

// --- redaction check (issue #13) -------------------------------------------------------------
function pagesText(cmd, argv) {
  return new Promise((resolve) => {
    execFile(cmd, argv, { maxBuffer: 1 << 28, encoding: 'utf8' }, (err, stdout) => resolve(err && !stdout ? null : stdout.split('\f')));
  });
}
const extract = async (file) => ({
  pdftotext: await pagesText('pdftotext', [file, '-']),
  mutool: await pagesText('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', file]),
});

async function redactionCheck(docs, tmp) {
  const res = { documents: 0, failed: [], leaks: [], lost: [], uncheckable: [], uncheckableItems: 0, uncheckableKeeps: 0, checkedItems: 0, checkedKeeps: 0 };
  const queue = docs.filter((d) => !d.scanned && d.truth.items.length + d.truth.mustKeep.length > 0);
  const one = async (doc, i) => {
    const decisions = path.join(tmp, `d${i}.json`);
    const out = path.join(tmp, `r${i}.pdf`);
    writeFileSync(decisions, JSON.stringify({ redactions: doc.truth.items.map((it) => ({ page: it.page, rects: boxesOf(it), grounds: it.grounds ?? ['10.2.e'] })) }));
    try {
      await execFileP(process.execPath, [cli, 'redact', doc.path, '-o', out, '--decisions', decisions], { maxBuffer: 1 << 26 });
    } catch (e) {
      res.failed.push({ file: doc.file, error: String(e.stderr || e.message).trim().split('\n')[0] });
      return;
    }
    res.documents++;
    const [before, after] = [await extract(doc.path), await extract(out)];
    const tools = ['pdftotext', 'mutool'].filter((t) => before[t] && after[t]);
    // Leaks: text that an independent extractor still finds under an item's boxes (a word or
    // character whose centre lies inside a box), apart from the ground codes Lakstift writes in
    // the box. Checked where pdftotext found text under the boxes in the original.
    const itemPages = [...new Set(doc.truth.items.map((it) => it.page))].sort((x, y) => x - y);
    // Characters with boxes: MuPDF's own, and pdftotext's word boxes split evenly over their
    // characters (an e-mail local part is part of a word).
    const popplerChars = pdftotextChars;
    const pBefore = popplerChars(doc.path);
    const pAfter = popplerChars(out);
    const mBefore = mutoolChars(doc.path, itemPages);
    const mAfter = mutoolChars(out, itemPages);
    const centreIn = (r, boxes) => boxes.some((b) => {
      const cx = (r[0] + r[2]) / 2;
      const cy = (r[1] + r[3]) / 2;
      return cx >= b[0] && cx <= b[2] && cy >= b[1] && cy <= b[3];
    });
    // Ground codes ("10.2.e", "5.1.2e", "11.1") are Lakstift's labels; a label may spill into a
    // neighbouring box, so its characters are found in reading order and left out everywhere.
    const CODE = /\d{1,2}\.\d(?:\.\d)?(?:\.?[a-z](?![a-z]))?/gi;
    const notLabel = (chars) => {
      const str = chars.map((c) => c.c).join('');
      // A match's index counts UTF-16 units; a character outside the BMP (an emoji in a chat) is
      // two of them, so each character's own offset is what a match is compared with.
      const starts = [];
      let at = 0;
      for (const c of chars) { starts.push(at); at += c.c.length; }
      const label = new Array(chars.length).fill(false);
      let k = 0;
      for (const m of str.matchAll(CODE)) {
        while (k < chars.length && starts[k] < m.index) k++;
        for (let i = k; i < chars.length && starts[i] < m.index + m[0].length; i++) label[i] = true;
      }
      return chars.filter((c, i) => !label[i] && /[\p{L}\p{N}@]/u.test(c.c));
    };
    const under = (chars, boxes) => chars.filter((c) => centreIn(c.box, boxes)).map((c) => c.c).join('');
    const pLeft = new Map();
    const mLeft = new Map();
    for (const it of doc.truth.items) {
      const boxes = boxesOf(it);
      const pg = it.page;
      if (!under(pBefore[pg - 1] ?? [], boxes) && !under(mBefore.get(pg) ?? [], boxes)) {
        res.uncheckableItems++;
        res.uncheckable.push({ file: doc.file, page: pg, category: it.category, text: it.text });
        continue;
      }
      res.checkedItems++;
      if (!pLeft.has(pg)) pLeft.set(pg, notLabel(pAfter[pg - 1] ?? []));
      if (!mLeft.has(pg)) mLeft.set(pg, notLabel(mAfter.get(pg) ?? []));
      const byPdftotext = under(pLeft.get(pg), boxes);
      const byMutool = under(mLeft.get(pg), boxes);
      if (byPdftotext || byMutool) {
        res.leaks.push({ file: doc.file, page: pg, category: it.category, text: it.text, occurrences: 1, extracted: { pdftotext: byPdftotext, mutool: byMutool } });
      }
    }
    for (const k of doc.truth.mustKeep) {
      let checkable = false;
      const lostIn = [];
      for (const t of tools) {
        const b = before[t][k.page - 1] ?? '';
        const a = after[t][k.page - 1] ?? '';
        if (count(b, k.text) === 0) continue;
        checkable = true;
        if (count(a, k.text) === 0 && wordsGone(b, a, k.text, doc.truth.items.filter((it) => it.page === k.page)).length) lostIn.push(t);
      }
      if (!checkable) { res.uncheckableKeeps++; continue; }
      res.checkedKeeps++;
      if (lostIn.length) res.lost.push({ file: doc.file, page: k.page, text: k.text, why: k.why, lostIn });
    }
  };
  // Two workers at most: the machine is shared.
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const i = next++;
      await one(queue[i], i);
    }
  };
  await Promise.all([worker(), worker()]);
  res.leakCount = res.leaks.reduce((n, l) => n + l.occurrences, 0);
  return res;
}

/**
 * Words of a must-keep string that the redaction took: the inserted ground labels can change an
 * extractor's reading order so that the string is no longer one run, without any word being lost.
 * A word is gone when the page has fewer of it after redaction than before, beyond the occurrences
 * that the page's truth items account for.
 */
function wordsGone(before, after, keep, items) {
  const inItems = items.map((it) => it.text).join(' \n ');
  const words = [...new Set(keep.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean))];
  return words.filter((w) => count(after, w) < count(before, w) - count(inItems, w));
}


// --- real-dev: precision against the hand judgement ------------------------------------------------
async function realDev(dir) {
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8'));
  const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
  const results = await suggestAll(files.map((f) => path.join(dir, f)));
  const per = {};
  const judged = [];
  const misses = [];
  files.forEach((f, i) => {
    const key = f.replace(/\.pdf$/, '');
    const lab = labels[key] ?? { labels: {} };
    // A suggestion of a name the judgement lists as missed is right: the judge said it should be
    // suggested, so it counts as TP rather than as a new, unjudged suggestion.
    const listed = (s) => (lab.missed ?? []).some(([category, text]) => s.category === category && (sameText(s.text, text) || containsWord(s.text, text)));
    for (const s of results[i].suggestions) {
      const j = lab.labels?.[`${s.category}|${s.text}`] ?? (listed(s) ? 'TP' : undefined) ?? lab.default ?? 'unjudged';
      const c = (per[s.category] ??= { TP: 0, FP: 0, FPpub: 0, AMB: 0, unjudged: 0 });
      c[j] = (c[j] ?? 0) + 1;
      judged.push({ file: f, page: s.page, category: s.category, text: s.text, judgement: j, reason: s.reason });
    }
    for (const [category, text, occurrences] of lab.missed ?? []) {
      const found = results[i].suggestions.filter((s) => s.category === category && (sameText(s.text, text) || containsWord(s.text, text))).length;
      misses.push({ file: f, category, text, occurrences, found, ok: found >= occurrences });
    }
  });
  const precision = Object.fromEntries(Object.entries(per).map(([c, v]) => {
    const denom = v.TP + v.FP + v.FPpub;
    const all = denom + v.unjudged;
    return [c, { ...v, precision: denom ? Math.round((v.TP / denom) * 1000) / 1000 : null, worstCase: all ? Math.round((v.TP / all) * 1000) / 1000 : null }];
  }));
  const wrong = new Map();
  for (const j of judged.filter((x) => x.judgement === 'FP' || x.judgement === 'FPpub' || x.judgement === 'unjudged')) {
    const k = `${j.file}|${j.category}|${j.text}|${j.judgement}`;
    wrong.set(k, { ...j, count: (wrong.get(k)?.count ?? 0) + 1 });
  }
  return { documents: files.length, pages: results.reduce((n, d) => n + d.pageCount, 0), precision, misses, stillSuggested: [...wrong.values()] };
}

// --- main --------------------------------------------------------------------------------------
const report = { extractor, corpora: {} };
const t0 = performance.now();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-eval-'));
try {
  for (const c of which) {
    const def = CORPORA[c];
    let dir;
    try {
      dir = await def.dir();
    } catch (e) {
      note(`${c} left out: ${e.message}`);
      continue;
    }
    if (!existsSync(dir)) { note(`${dir} does not exist; ${c} left out`); continue; }
    const t1 = performance.now();
    if (def.real) {
      report.corpora[c] = { label: def.label, dir, real: true, ...(await realDev(dir)), seconds: Math.round((performance.now() - t1) / 100) / 10 };
      continue;
    }
    const docs = [...loadTruth(dir), ...(def.scannedDir ? loadTruth(dir, def.scannedDir) : [])];
    if (docs.length === 0) { note(`no PDFs with a .truth.json in ${dir}; ${c} left out`); continue; }
    const text = docs.filter((d) => !d.scanned);
    const scanned = docs.filter((d) => d.scanned);
    const results = await suggestAll(text.map((d) => d.path));
    const s = score(text, results);
    const scannedItems = scanned.reduce((n, d) => n + d.truth.items.length, 0);
    const rc = noRedact ? null : await redactionCheck(text, mkdtempSync(path.join(tmp, `${c}-`)));
    const unlabelled = text.reduce((n, d) => n + (d.truth.unlabelled?.length ?? 0), 0);
    // Scanned documents (issue #12): read by OCR, scored apart, redacted with their own suggestions and checked.
    let scannedScore = null;
    if (scanned.length) {
      const sr = await suggestAll(scanned.map((d) => d.path));
      scannedScore = { ...score(scanned, sr), pages: sr.reduce((n, d) => n + d.pageCount, 0), unread: sr.flatMap((d) => (d.unreadPages ?? []).map((u) => ({ file: path.basename(d.file), ...u }))) };
      scannedScore.check = noRedact ? null : await scannedCheck(scanned, sr, mkdtempSync(path.join(tmp, `${c}-scan-`)), count);
    }
    report.corpora[c] = {
      label: def.label, dir, documents: text.length, pages: results.reduce((n, d) => n + d.pageCount, 0),
      scanned: { documents: scanned.length, items: scannedItems, ...(scannedScore ? { score: scannedScore } : {}) }, unlabelledMarks: unlabelled,
      ...s, redaction: rc, seconds: Math.round((performance.now() - t1) / 100) / 10,
    };
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
report.seconds = Math.round((performance.now() - t0) / 100) / 10;
const C = report.corpora;
const gap = (a, b) => (C[a] && C[b] ? Object.fromEntries(CATS.map((c) => {
  const x = C[a].categories[c]?.recall;
  const y = C[b].categories[c]?.recall;
  return [c, x !== null && y !== null && x !== undefined && y !== undefined ? Math.round((x - y) * 1000) / 1000 : null];
})) : null);
report.gap = { seenMinusTest: gap('seen', 'test'), seenMinusFresh: gap('seen', 'fresh'), seenMinusFresh2: gap('seen', 'fresh2'), seenMinusFresh3: gap('seen', 'fresh3'), seenMinusFresh4: gap('seen', 'fresh4'), seenMinusFresh5: gap('seen', 'fresh5'), seenMinusFresh6: gap('seen', 'fresh6'), seenMinusFresh7: gap('seen', 'fresh7'), seenMinusFresh8: gap('seen', 'fresh8'), seenMinusCorpus2: gap('seen', 'corpus2') };

if (json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  printTable();
}

function printTable() {
  const f = (x) => (x === null || x === undefined ? '    -' : x.toFixed(3).replace(/^0/, ' ').padStart(5));
  const g = (x) => (x === null || x === undefined ? '    -' : `${x >= 0 ? '+' : ''}${x.toFixed(2)}`.padStart(5));
  const W = Math.max(30, ...Object.values(C).map((r) => r.label.length));
  console.log(`Lakstift suggestions, text by ${extractor}; recall R and precision P per category (docs/eval.md)`);
  const head = `${'corpus'.padEnd(W)} ${'docs'.padStart(4)} ${'pages'.padStart(5)} │ ${CATS.map((c) => `${c.padEnd(11)}`).join(' │ ')} │ keep-viol │ leaks │ must-keep lost`;
  console.log(head);
  console.log(`${' '.repeat(W + 12)}│ ${CATS.map(() => '  R     P  ').join(' │ ')} │           │       │`);
  console.log('─'.repeat(head.length + 2));
  for (const [k, r] of Object.entries(C)) {
    if (r.real) {
      const p = r.precision;
      console.log(`${r.label.padEnd(W)} ${String(r.documents).padStart(4)} ${String(r.pages).padStart(5)} │ ${CATS.map((c) => `  -  ${f(p[c]?.precision)}`).join(' │ ')} │ ${'(see below)'.padEnd(9)} │`);
      continue;
    }
    const cells = CATS.map((c) => `${f(r.categories[c]?.recall)} ${f(r.categories[c]?.precision)}`).join(' │ ');
    const rc = r.redaction;
    if (r.documents) console.log(`${r.label.padEnd(W)} ${String(r.documents).padStart(4)} ${String(r.pages).padStart(5)} │ ${cells} │ ${String(r.violations.length).padStart(9)} │ ${rc ? String(rc.leakCount).padStart(5) : '    -'} │ ${rc ? `must-keep lost: ${rc.lost.length}` : '-'}`);
    const sc = r.scanned.score;
    if (sc) {
      const ch = sc.check;
      const scells = CATS.map((c) => `${f(sc.categories[c]?.recall)} ${f(sc.categories[c]?.precision)}`).join(' │ ');
      console.log(`${`${r.documents ? '  └ ' : ''}${r.documents ? 'scanned, by OCR' : `${r.label}`}`.padEnd(W)} ${String(r.scanned.documents).padStart(4)} ${String(sc.pages).padStart(5)} │ ${scells} │ ${String(sc.violations.length).padStart(9)} │ ${ch ? String(ch.textLeaks.length + ch.pixelLeaks.length).padStart(5) : '    -'} │ ${ch ? `searchable: must-keep words ${ch.keepWordsFound}/${ch.keepWords}, strings ${ch.keepsFound}/${ch.keepsChecked}` : '-'}`);
    }
    void k;
  }
  for (const [name, gp] of [['gap R (a) − (b)', report.gap.seenMinusTest], ['gap R (a) − (f)', report.gap.seenMinusFresh], ['gap R (a) − (f2)', report.gap.seenMinusFresh2], ['gap R (a) − (f3)', report.gap.seenMinusFresh3], ['gap R (a) − (f4)', report.gap.seenMinusFresh4], ['gap R (a) − (f5)', report.gap.seenMinusFresh5], ['gap R (a) − (f6)', report.gap.seenMinusFresh6], ['gap R (a) − (f7)', report.gap.seenMinusFresh7], ['gap R (a) − (f8)', report.gap.seenMinusFresh8], ['gap R (a) − (c)', report.gap.seenMinusCorpus2]]) {
    if (gp) console.log(`${name.padEnd(W + 11)}│ ${CATS.map((c) => `${g(gp[c])}      `).join(' │ ')} │`);
  }
  console.log('');
  console.log('truth items (R denominators) and suggestions (P denominators):');
  for (const r of Object.values(C).filter((x) => !x.real && x.documents)) {
    console.log(`  ${r.label.padEnd(30)} ${CATS.map((c) => `${c} ${r.categories[c].truth}/${r.categories[c].suggested}`).join(', ')}; grounds right ${r.grounds.right}/${r.grounds.total}`
      + `${r.scanned.documents ? `; scanned (scored apart, below): ${r.scanned.documents} documents, ${r.scanned.items} items` : ''}${r.unlabelledMarks ? `; ${r.unlabelledMarks} marks the labeller could not find (not in truth)` : ''}`);
  }
  for (const r of Object.values(C).filter((x) => !x.real && Object.keys(x.violationsByWhy).length)) {
    console.log(`  must-keep violations ${r.label}: ${Object.entries(r.violationsByWhy).map(([w, n]) => `${w} ${n}`).join(', ')}`);
  }
  for (const r of Object.values(C).filter((x) => !x.real && x.scanned.score)) {
    const sc = r.scanned.score;
    const ch = sc.check;
    console.log(`  scanned ${r.label}: ${CATS.map((c) => `${c} ${sc.categories[c].truth}/${sc.categories[c].suggested}`).join(', ')}; ${sc.unread.length ? `UNREAD pages: ${sc.unread.map((u) => `${u.file} p${u.page} (${u.reason})`).join('; ')}` : 'every page read'}`
      + (ch ? `; redacted with its suggestions: ${ch.boxes} boxes, text-layer leaks ${ch.textLeaks.length}, boxes not uniformly filled ${ch.pixelLeaks.length}, must-keep strings found in the output's text ${ch.keepsFound}/${ch.keepsChecked} (their words ${ch.keepWordsFound}/${ch.keepWords})${ch.failed.length ? `, redact failed on ${ch.failed.length}` : ''}` : ''));
  }
  for (const r of Object.values(C).filter((x) => !x.real && x.redaction && x.documents)) {
    const rc = r.redaction;
    console.log(`  redaction check ${r.label}: ${rc.documents} documents redacted with the truth boxes, ${rc.checkedItems} items and ${rc.checkedKeeps} must-keep strings checked with pdftotext and mutool (${rc.uncheckableItems} items, ${rc.uncheckableKeeps} strings not extractable from the original); leaks: ${rc.leakCount}, must-keep lost: ${rc.lost.length}${rc.failed.length ? `, redact failed on ${rc.failed.length}` : ''}`);
  }
  for (const k of ['test', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8', 'train']) {
    if (!C[k]) continue;
    console.log(`  name recall by origin, ${k}: ${Object.entries(C[k].nameRecallByOrigin).map(([o, v]) => `${o} ${v.recall.toFixed(2)} (${v.truth})`).join(', ')}`);
  }
  const real = Object.values(C).find((x) => x.real);
  if (real) {
    console.log(`  real-dev judgement (TP / FP / FPpub / AMB / unjudged; P = TP / (TP+FP+FPpub); worst case: every unjudged one wrong):`);
    for (const [c, v] of Object.entries(real.precision)) console.log(`    ${c.padEnd(9)} ${v.TP} / ${v.FP} / ${v.FPpub} / ${v.AMB} / ${v.unjudged}  P ${f(v.precision).trim()}, worst case ${f(v.worstCase).trim()}`);
    console.log(`    listed misses found: ${real.misses.filter((m) => m.ok).length}/${real.misses.length}${real.misses.map((m) => ` ${m.ok ? '✓' : '✗'} ${m.file} ${m.category} "${m.text}" (${m.found}/${m.occurrences})`).join(';')}`);
    const bad = real.stillSuggested.filter((x) => x.judgement !== 'unjudged');
    console.log(`    still suggested and judged FP/FPpub (${bad.reduce((n, x) => n + x.count, 0)}):${bad.map((x) => ` ${x.file.slice(0, 3)} ${x.category} "${x.text.slice(0, 60)}" ${x.judgement}×${x.count}`).join(';')}`);
    const un = real.stillSuggested.filter((x) => x.judgement === 'unjudged');
    if (un.length) console.log(`    not judged (new suggestions, left out of P): ${un.reduce((n, x) => n + x.count, 0)}${un.map((x) => ` ${x.file.slice(0, 3)} ${x.category} "${x.text.slice(0, 50)}"×${x.count}`).join(';')}`);
  }
  console.log(`(${report.seconds} s)`);
  // The fresh splits stay unseen only while nobody reads their items: their per-item lines
  // (keep-violations included) are printed with --verbose only, for whoever measures, not tunes.
  const heldOut = new Set(['fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8'].map((k) => C[k]).filter(Boolean));
  for (const r of Object.values(C).filter((x) => !x.real)) {
    if (heldOut.has(r) && !verbose) {
      if (r.violations.length) console.log(`  keep-viol ${r.label.slice(0, 14)}: ${r.violations.length} (held out: listed with --verbose only)`);
    } else for (const v of r.violations) console.log(`  keep-viol ${r.label.slice(0, 14)} ${v.file} p${v.page}: "${v.keep}" (${v.why}) hit by ${v.category} "${v.suggestion}"`);
    if (r.redaction) {
      for (const l of r.redaction.lost) console.log(`  lost      ${r.label.slice(0, 14)} ${l.file} p${l.page}: "${l.text}" (${l.why}) no longer found by ${l.lostIn.join('+')}`);
      for (const l of r.redaction.leaks) console.log(`  leak      ${r.label.slice(0, 14)} ${l.file} p${l.page} ${l.category}: "${l.text.slice(0, 80)}" still extracted under its boxes: pdftotext "${l.extracted.pdftotext}", mutool "${l.extracted.mutool}"`);
      for (const l of r.redaction.failed) console.log(`  redact failed ${l.file}: ${l.error}`);
    }
    const ch = r.scanned.score?.check;
    if (ch) {
      for (const l of ch.textLeaks) console.log(`  leak      ${r.label.slice(0, 14)} ${l.file} p${l.page}: "${l.text.slice(0, 60)}" text layer still has "${l.extracted}" under its box`);
      for (const l of ch.pixelLeaks) console.log(`  leak      ${r.label.slice(0, 14)} ${l.file} p${l.page}: "${l.text.slice(0, 60)}" box not uniformly filled in the page image (grey ${l.grey})`);
      for (const l of ch.failed) console.log(`  redact failed ${l.file}: ${l.error}`);
    }
    if (verbose && r.scanned.score) {
      for (const m of r.scanned.score.misses) console.log(`  missed    ${r.label.slice(0, 14)} ${m.file} p${m.page} ${m.category}: "${m.text}" (scanned)`);
      for (const x of r.scanned.score.falsePositives) console.log(`  extra     ${r.label.slice(0, 14)} ${x.file} p${x.page} ${x.category}: "${x.text}" (scanned; ${x.reason})`);
      if (ch) for (const m of ch.keepsMissing) console.log(`  not searchable ${r.label.slice(0, 14)} ${m.file} p${m.page}: "${m.text}"`);
    }
    if (verbose) {
      for (const m of r.misses) console.log(`  missed    ${r.label.slice(0, 14)} ${m.file} p${m.page} ${m.category}: "${m.text}"`);
      for (const x of r.falsePositives) console.log(`  extra     ${r.label.slice(0, 14)} ${x.file} p${x.page} ${x.category}: "${x.text}" (${x.reason})`);
      for (const w of r.wrongGrounds) console.log(`  grounds   ${r.label.slice(0, 14)} ${w.file} p${w.page} "${w.text}": ${w.got.join('+')} instead of ${w.expected.join('+')}`);
    }
  }
  if (!verbose) console.log('(--verbose lists every miss, extra suggestion and wrong ground; --json gives everything)');
}
