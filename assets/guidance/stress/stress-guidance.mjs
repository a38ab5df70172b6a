// The guidance stress set (issue #11, item 5): renders the invented documents of docs.mjs through
// a real producer (LibreOffice Writer's HTML import → PDF, scripts/corpus/producers.mjs), runs the
// shipped command line (`lakstift suggest`, `lakstift text --json`) on them and scores guidance per
// passage, per class of passage and per layout, and the policy text the suggestions take.
//
//   node scripts/build-cli.mjs && node assets/guidance/stress/stress-guidance.mjs [--b3 | --heldout | --s12] [--verbose] [--out DIR] [--keep]
//
// docs.mjs (default) and docs-b3.mjs (--b3) are the working sets the session's rules were made
// from; --heldout measures docs-heldout.mjs, written after every rule and measured once before and
// once after, with no rule made for it. docs-s12.mjs (--s12) holds session 12's classes from (f5).
//
// A passage is found when guidance suggestions cover at least half of its characters; a
// suggestion is right when at least half of its characters are marked guidance; a policy
// sentence is violated when a suggestion takes five or more of its characters. Characters are
// compared without white space, so that line ends and table gaps do not matter.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { makeRun, renderSoffice } from '../../../scripts/corpus/producers.mjs';
import { DOCS as WORKING } from './docs.mjs';
import { DOCS as B3 } from './docs-b3.mjs';
import { DOCS as HELDOUT } from './docs-heldout.mjs';
import { DOCS as S12 } from './docs-s12.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const outArg = args.includes('--out') ? args[args.indexOf('--out') + 1] : null;
const DOCS = args.includes('--s12') ? S12 : args.includes('--heldout') ? HELDOUT : args.includes('--b3') ? B3 : WORKING;
const say = (line) => process.stdout.write(`${line}\n`);
const cli = path.join(root, 'cli', 'bin', 'lakstift.mjs');
if (!existsSync(path.join(root, 'dist', 'cli.mjs'))) {
  process.stderr.write('stress-guidance: dist/cli.mjs is missing; run "node scripts/build-cli.mjs" first.\n');
  process.exit(2);
}

const MARK = /⟦(\w+)\|([\s\S]*?)⟧|⟪(\w+)\|([\s\S]*?)⟫/gu;
const untag = (s) => s.replace(/<[^>]+>/g, ' ');
// Text compared without white space, soft hyphens or typographic quotes.
const solid = (s) => s.normalize('NFC').replace(/[\s\u00ad]+/g, '').replace(/[’‘]/g, "'").replace(/[“”]/g, '"');

/** Where a mark stands in the HTML: a box (a one-cell table opening with a bold label), a table cell, a list item, a paragraph. */
function layoutAt(html, at) {
  const before = html.slice(0, at);
  const last = (tag) => before.lastIndexOf(`<${tag}`);
  const td = last('td'), li = last('li'), p = last('p');
  const top = Math.max(td, li, p);
  if (top < 0) return 'paragraph';
  if (top === td) return /^<td><b>[^<]*:<\/b>\s*$/.test(before.slice(td)) ? 'box' : 'cell';
  return top === li ? 'list' : 'paragraph';
}

/** A document's clean HTML and its marks: `{ kind: 'guidance' | 'policy', cls, text, layout }`. */
function parse(doc) {
  const marks = [];
  let html = '';
  let last = 0;
  for (const m of doc.body.matchAll(MARK)) {
    html += doc.body.slice(last, m.index);
    const inner = m[2] ?? m[4];
    marks.push({ kind: m[1] ? 'guidance' : 'policy', cls: m[1] ?? m[3], text: untag(inner).replace(/\s+/g, ' ').trim(), layout: layoutAt(html, html.length) });
    html += inner;
    last = m.index + m[0].length;
  }
  html += doc.body.slice(last);
  return { html: `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${doc.name}</title></head><body>${html}</body></html>`, marks };
}

const work = outArg ? path.resolve(outArg) : mkdtempSync(path.join(os.tmpdir(), 'lakstift-stress-'));
mkdirSync(work, { recursive: true });
const parsed = DOCS.map((d) => ({ ...d, ...parse(d) }));
renderSoffice(parsed.map((d) => ({ name: d.name, body: d.html })), work, makeRun('1796601600'));

const files = parsed.map((d) => path.join(work, `${d.name}.pdf`));
const node = (argv) => execFileSync(process.execPath, [cli, ...argv], { maxBuffer: 1 << 28, encoding: 'utf8' });
const results = JSON.parse(node(['suggest', ...files])).documents;

const tally = () => ({ truth: 0, found: 0 });
const byClass = {}, byLayout = {}, policyByClass = {}, byGenre = {};
let truth = 0, found = 0, suggested = 0, correct = 0, policyTaken = 0, otherTaken = 0;
const lines = [];
parsed.forEach((d, di) => {
  // The document's text without white space, page after page, and where each page starts.
  const pages = JSON.parse(node(['text', '--json', files[di]])).pages;
  const starts = [];
  const words = []; // { w, at } per word of the document, `at` its offset in `all`
  let all = '';
  for (const p of pages) {
    starts.push(words.length);
    for (const w of p.words) {
      const t = solid(w.text);
      if (!t) continue;
      words.push({ w: t, at: all.length });
      all += t;
    }
  }
  const taken = new Uint8Array(all.length);
  const owner = new Int32Array(all.length).fill(-1);
  const span = (a, b) => Array.from({ length: b - a }, (_, k) => a + k);
  // The characters of a text in the document: where it stands whole, or (a table whose cells
  // wrap is read in another order than the cells' sentences, a cell's first line may come after
  // its others) its words near one another: each word's nearest occurrence within 200 words of
  // the text's rarest word, when four fifths of its words are found.
  const locate = (text, fromWord = 0) => {
    const fromChar = words[fromWord]?.at ?? 0;
    const at = all.indexOf(solid(text), fromChar);
    if (at >= 0) return span(at, at + solid(text).length);
    const toks = text.split(/\s+/).map(solid).filter(Boolean);
    const where = (t) => words.flatMap((w, j) => (j >= fromWord && w.w === t ? [j] : []));
    const anchorTok = [...toks].sort((x, y) => (where(x).length || 1e9) - (where(y).length || 1e9))[0];
    let best = null;
    for (const anchor of where(anchorTok)) {
      const used = new Set();
      for (const t of toks) {
        const near = where(t).filter((j) => !used.has(j) && Math.abs(j - anchor) <= 200).sort((x, y) => Math.abs(x - anchor) - Math.abs(y - anchor))[0];
        if (near !== undefined) used.add(near);
      }
      if (!best || used.size > best.size) best = used;
    }
    if (!best || best.size < 0.8 * toks.length) return null;
    return [...best].flatMap((j) => span(words[j].at, words[j].at + words[j].w.length));
  };
  d.marks.forEach((m, mi) => {
    m.chars = locate(m.text);
    if (!m.chars) lines.push(`  not in the PDF text ${d.name}: ${m.text.slice(0, 80)}`);
    else for (const k of m.chars) owner[k] = mi;
  });
  const sugg = results[di].suggestions.filter((s) => s.category === 'guidance');
  for (const s of sugg) {
    const chars = locate(s.text, starts[s.page - 1] ?? 0);
    suggested++;
    byGenre[d.genre] ??= { truth: 0, found: 0, suggested: 0, correct: 0 };
    byGenre[d.genre].suggested++;
    if (!chars) {
      lines.push(`  suggestion not located ${d.name} p${s.page}: ${s.text.slice(0, 80)}`);
      continue;
    }
    let inGuidance = 0;
    for (const k of chars) {
      taken[k] = 1;
      if (owner[k] >= 0 && d.marks[owner[k]].kind === 'guidance') inGuidance++;
    }
    if (inGuidance >= chars.length / 2) {
      correct++;
      byGenre[d.genre].correct++;
    } else lines.push(`  extra  ${d.name}: ${s.text.replace(/\s+/g, ' ').slice(0, 120)}`);
  }
  for (const m of d.marks) {
    if (!m.chars) continue;
    const len = m.chars.length;
    let got = 0;
    for (const k of m.chars) got += taken[k];
    if (m.kind === 'guidance') {
      truth++;
      const c = (byClass[m.cls] ??= tally()), l = (byLayout[m.layout] ??= tally());
      byGenre[d.genre] ??= { truth: 0, found: 0, suggested: 0, correct: 0 };
      for (const t of [c, l, byGenre[d.genre]]) t.truth++;
      if (got >= len / 2) {
        found++;
        for (const t of [c, l, byGenre[d.genre]]) t.found++;
      } else lines.push(`  missed ${d.name} [${m.cls}, ${m.layout}]: ${m.text.slice(0, 120)}`);
    } else {
      const c = (policyByClass[m.cls] ??= { sentences: 0, violated: 0 });
      c.sentences++;
      policyTaken += got;
      if (got >= 5) {
        c.violated++;
        lines.push(`  policy taken ${d.name} [${m.cls}] (${got} of ${len}): ${m.text.slice(0, 120)}`);
      }
    }
  }
  for (let k = 0; k < all.length; k++) if (taken[k] && owner[k] < 0) otherTaken++;
});

const f3 = (a, b) => (a / (b || 1)).toFixed(3);
say(`guidance stress set${DOCS === S12 ? ' (session 12)' : DOCS === HELDOUT ? ' (held out)' : DOCS === B3 ? ' (third batch)' : ''}: ${parsed.length} documents (LibreOffice Writer), ${truth} passages of guidance`);
say(`recall ${f3(found, truth)} (${found}/${truth}), precision ${f3(correct, suggested)} (${correct}/${suggested}), policy characters taken ${policyTaken}, other unmarked characters taken ${otherTaken}`);
say(`per class:  ${Object.entries(byClass).map(([k, v]) => `${k} ${v.found}/${v.truth}`).join(', ')}`);
say(`per layout: ${Object.entries(byLayout).map(([k, v]) => `${k} ${v.found}/${v.truth}`).join(', ')}`);
say(`per genre:  ${Object.entries(byGenre).map(([k, v]) => `${k} R ${v.found}/${v.truth} P ${v.correct}/${v.suggested}`).join(', ')}`);
say(`policy sentences violated: ${Object.entries(policyByClass).map(([k, v]) => `${k} ${v.violated}/${v.sentences}`).join(', ')}`);
if (verbose) say(lines.join('\n'));
if (!outArg && !args.includes('--keep')) rmSync(work, { recursive: true, force: true });
else say(`PDFs in ${work}`);
