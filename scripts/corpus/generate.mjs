#!/usr/bin/env node
// Writes the labelled corpus: documents from the template families (families.mjs) with names
// from the split's pools (names.mjs), rendered by real producers (headless Chromium, LibreOffice,
// enscript + ps2pdf, sometimes a second pass through Ghostscript), and a truth file per PDF
// labelled with pdftotext and mutool (label.mjs). Deterministic from the seed.
//
//   npm run corpus                      both splits into .cache/corpus/{train,test} (if not up to date)
//   npm run corpus -- --split test --force
//   npm run corpus -- --seed 7 --per-family 6 --out /tmp/c
//   npm run corpus -- --pools           print the name pools and their sizes
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from './doc.mjs';
import { FAMILIES } from './families.mjs';
import { label } from './label.mjs';
import { buildPools, poolSizes } from './names.mjs';
import { makeRun, missingTools, redistil, renderChromium, renderEnscript, renderSoffice } from './producers.mjs';
import { makeRng } from './rng.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');

/** Hash of the generator's own source: a corpus made by another version is regenerated. */
export function generatorVersion() {
  const h = createHash('sha256');
  for (const f of readdirSync(here).filter((x) => x.endsWith('.mjs')).sort()) h.update(f).update(readFileSync(path.join(here, f)));
  return h.digest('hex').slice(0, 16);
}

export const DEFAULTS = { seed: 11, perFamily: 5, out: path.join(root, '.cache', 'corpus') };

/** True when `dir` holds a complete corpus of this generator version and seed. */
export function upToDate(dir, seed = DEFAULTS.seed, perFamily = DEFAULTS.perFamily) {
  try {
    const m = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    return m.version === generatorVersion() && m.seed === seed && m.perFamily === perFamily
      && m.documents.every((d) => existsSync(path.join(dir, d.file)) && existsSync(path.join(dir, d.file.replace(/\.pdf$/, '.truth.json'))));
  } catch {
    return false;
  }
}

const run = makeRun('1623664800');

/** Plans the documents of one split (no producer runs yet). */
function plan(split, seed, perFamily) {
  const pools = buildPools(split);
  const rng = makeRng(seed);
  const docs = [];
  let n = 0;
  for (const fam of FAMILIES) {
    const producers = fam.producers[split];
    for (let i = 0; i < perFamily; i++) {
      const drng = rng.fork(`${split}:${fam.id}:${i}`);
      const producer = producers[i % producers.length];
      const format = producer === 'enscript' ? 'txt' : 'html';
      const d = new Doc({ rng: drng, pools, split, format });
      d.producer = producer;
      const spec = fam[split](d);
      const post = producer !== 'enscript' && drng.chance(0.2) ? ['gs'] : [];
      n++;
      const name = `${split === 'test' ? 't' : 'r'}${String(n).padStart(2, '0')}-${fam.id}-${producer}${post.map((x) => `-${x}`).join('')}`;
      docs.push({ name, family: fam.id, kind: spec.kind, format: spec.format, producer, post, body: spec.body, title: spec.title, doc: d });
    }
  }
  return docs;
}

/** Generates one split into `dir` (replacing it). Returns the manifest. */
export async function generateSplit(split, { seed = DEFAULTS.seed, perFamily = DEFAULTS.perFamily, dir, log = () => {} } = {}) {
  const missing = missingTools();
  if (missing.length) throw new Error(`the corpus generator needs ${missing.join(', ')}; install ${missing.length > 1 ? 'them' : 'it'} (Debian: libreoffice-writer chromium enscript ghostscript poppler-utils mupdf-tools) and run it again.`);
  const docs = plan(split, seed, perFamily);
  const work = path.join(tmpdir(), `lakstift-corpus-${split}-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    log(`${split}: rendering ${docs.length} documents (chromium ${docs.filter((d) => d.producer === 'chromium').length}, soffice ${docs.filter((d) => d.producer === 'soffice').length}, enscript ${docs.filter((d) => d.producer === 'enscript').length})`);
    await renderChromium(docs.filter((d) => d.producer === 'chromium'), work);
    renderSoffice(docs.filter((d) => d.producer === 'soffice'), work, run);
    renderEnscript(docs.filter((d) => d.producer === 'enscript'), work, run, ['Courier10', 'Courier9', 'Courier11']);
    for (const d of docs.filter((x) => x.post.includes('gs'))) redistil(d, work, run);
    const stage = `${dir}.partial`;
    rmSync(stage, { recursive: true, force: true });
    mkdirSync(stage, { recursive: true });
    const manifest = { generator: 'scripts/corpus/generate.mjs', version: generatorVersion(), seed, perFamily, split, documents: [], unlabelled: [], unmarked: [] };
    for (const d of docs) {
      const pdf = path.join(work, `${d.name}.pdf`);
      const lab = label(pdf, d.doc.marks, d.doc.keeps, d.doc.people);
      if (lab.unmarked.length) manifest.unmarked.push({ file: `${d.name}.pdf`, parts: lab.unmarked });
      const info = run('pdfinfo', [pdf]);
      const truth = {
        file: `${d.name}.pdf`, kind: d.kind, family: d.family, template: `${split}/${d.family}`, split, producer: d.producer,
        postprocessing: d.post, scanned: false, pageCount: lab.pages.length,
        pages: lab.pages.map((p) => ({ ...p, rotate: 0 })),
        metadata: { title: d.title ?? null, author: d.doc.metadata.author ?? null, producer: /^Producer:\s*(.*)$/m.exec(info)?.[1] ?? null },
        items: lab.items,
        mustKeep: lab.mustKeep,
      };
      if (lab.unfound.length || lab.unfoundKeeps.length) {
        truth.unlabelled = [...lab.unfound.map((m) => ({ category: m.category, text: m.text })), ...lab.unfoundKeeps.map((k) => ({ keep: k.text }))];
        manifest.unlabelled.push({ file: truth.file, marks: truth.unlabelled });
      }
      renameSync(pdf, path.join(stage, truth.file));
      writeFileSync(path.join(stage, `${d.name}.truth.json`), `${JSON.stringify(truth, null, 1)}\n`);
      const count = (c) => lab.items.filter((i) => i.category === c).length;
      manifest.documents.push({ file: truth.file, family: d.family, producer: d.producer, pages: truth.pageCount, name: count('name'), phone: count('phone'), email: count('email'), guidance: count('guidance'), mustKeep: lab.mustKeep.length });
    }
    writeFileSync(path.join(stage, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.dirname(dir), { recursive: true });
    renameSync(stage, dir);
    return manifest;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Makes sure `.cache/corpus/<split>` exists and is current; generates it when not. */
export async function ensureSplit(split, { out = DEFAULTS.out, log } = {}) {
  const dir = path.join(out, split);
  if (!upToDate(dir)) await generateSplit(split, { dir, log });
  return dir;
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : dflt;
  };
  if (args.includes('--pools')) {
    for (const p of poolSizes()) console.log(`${p.split.padEnd(5)} ${p.origin.padEnd(22)} first ${String(p.first).padStart(5)}  last ${String(p.last).padStart(5)}  (${p.source})`);
    return;
  }
  const seed = Number(opt('seed', DEFAULTS.seed));
  const perFamily = Number(opt('per-family', DEFAULTS.perFamily));
  const out = path.resolve(opt('out', DEFAULTS.out));
  const splits = opt('split', 'train,test').split(',');
  for (const split of splits) {
    if (!['train', 'test'].includes(split)) throw new Error(`unknown split "${split}" (train or test)`);
    const dir = path.join(out, split);
    if (!args.includes('--force') && upToDate(dir, seed, perFamily)) {
      console.log(`${split}: ${dir} is up to date (--force regenerates it)`);
      continue;
    }
    const t0 = performance.now();
    const m = await generateSplit(split, { seed, perFamily, dir, log: (s) => console.log(s) });
    const sum = (k) => m.documents.reduce((n, d) => n + d[k], 0);
    console.log(`${split}: ${m.documents.length} documents, ${sum('pages')} pages, items: name ${sum('name')}, phone ${sum('phone')}, email ${sum('email')}, guidance ${sum('guidance')}; must-keep ${sum('mustKeep')}; ${((performance.now() - t0) / 1000).toFixed(1)} s → ${dir}`);
    for (const u of m.unlabelled) console.log(`  not found in ${u.file}: ${u.marks.map((x) => JSON.stringify(x.text ?? x.keep)).join(', ')}`);
    for (const u of m.unmarked) console.log(`  name parts outside any item or keep in ${u.file}: ${u.parts.join(', ')}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    process.stderr.write(`corpus: ${e.message.replace(/\.?$/, '.')}\n`);
    process.exit(2);
  });
}
