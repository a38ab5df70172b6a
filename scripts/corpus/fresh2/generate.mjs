#!/usr/bin/env node
// Writes the `fresh2` held-out split (.cache/corpus/fresh2): the templates of families.mjs beside
// this file with names from names.mjs beside this file (no name part shared with train, test or
// fresh), rendered by the real producers of ../producers.mjs and labelled by ../label.mjs.
// Deterministic from its seed. It lives in its own folder so that adding it changed neither the
// plans nor the generator versions of the other splits (each hashes only its own folders).
//
//   npm run corpus:fresh2                 into .cache/corpus/fresh2 (if not up to date)
//   npm run corpus:fresh2 -- --force      regenerate
//   npm run corpus:fresh2 -- --pools      the fresh2 name pools and their sizes
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../doc.mjs';
import { label } from '../label.mjs';
import { makePerson } from '../people.mjs';
import { makeRun, missingTools, redistil, renderChromium, renderEnscript, renderSoffice } from '../producers.mjs';
import { makeRng } from '../rng.mjs';
import { FRESH2_FAMILIES } from './families.mjs';
import { buildFresh2Pools } from './names.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');

/** When this split was written; eval prints it in the row's label. */
export const MADE = '2026-12-07';
export const FRESH2_DEFAULTS = { seed: 20261207, perFamily: 4, out: path.join(root, '.cache', 'corpus') };
const run = makeRun('1765065600');

/** Hash of the whole generator (this folder, the shared modules in the parent folder, and the fresh pools it excludes). */
export function fresh2Version() {
  const h = createHash('sha256');
  for (const dir of [path.dirname(here), path.join(path.dirname(here), 'fresh'), here]) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.mjs')).sort()) h.update(f).update(readFileSync(path.join(dir, f)));
  }
  return h.digest('hex').slice(0, 16);
}

export function fresh2UpToDate(dir, seed = FRESH2_DEFAULTS.seed, perFamily = FRESH2_DEFAULTS.perFamily) {
  try {
    const m = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    return m.version === fresh2Version() && m.seed === seed && m.perFamily === perFamily
      && m.documents.every((d) => existsSync(path.join(dir, d.file)) && existsSync(path.join(dir, d.file.replace(/\.pdf$/, '.truth.json'))));
  } catch {
    return false;
  }
}

/** A Doc whose public officials and streets come from the fresh2 pools (fresh2 has no Dutch pool). */
class Fresh2Doc extends Doc {
  official(opts) { return makePerson(this.rng, this.pools, this.taken, { noDouble: true, ...opts }); }
  street() {
    const o = this.rng.pick(this.pools.origins);
    const last = this.rng.pick(o.last.filter((x) => !x.split(/[\s-]+/).some((w) => this.taken.has(w.toLowerCase()))));
    for (const w of last.split(/[\s-]+/)) this.taken.add(w.toLowerCase());
    return `${last}${this.rng.pick(['straat', 'hof', 'plantsoen'])} ${this.rng.int(1, 240)}`;
  }
}

/** Plans the fresh2 documents (no producer runs yet). */
export function planFresh2(seed = FRESH2_DEFAULTS.seed, perFamily = FRESH2_DEFAULTS.perFamily) {
  const pools = buildFresh2Pools();
  const rng = makeRng(seed);
  const docs = [];
  let n = 0;
  for (const fam of FRESH2_FAMILIES) {
    for (let i = 0; i < perFamily; i++) {
      const drng = rng.fork(`fresh2:${fam.id}:${i}`);
      const producer = fam.producers[i % fam.producers.length];
      const d = new Fresh2Doc({ rng: drng, pools, split: 'fresh2', format: producer === 'enscript' ? 'txt' : 'html' });
      d.producer = producer;
      const spec = fam.fresh2(d);
      const post = producer !== 'enscript' && drng.chance(0.25) ? ['gs'] : [];
      n++;
      const name = `g${String(n).padStart(2, '0')}-${fam.id}-${producer}${post.map((x) => `-${x}`).join('')}`;
      docs.push({ name, family: fam.id, kind: spec.kind, producer, post, body: spec.body, title: spec.title, doc: d });
    }
  }
  return docs;
}

/** Generates the fresh2 split into `dir` (replacing it). Returns the manifest. */
export async function generateFresh2({ seed = FRESH2_DEFAULTS.seed, perFamily = FRESH2_DEFAULTS.perFamily, dir, log = () => {} } = {}) {
  const missing = missingTools();
  if (missing.length) throw new Error(`the corpus generator needs ${missing.join(', ')}; install ${missing.length > 1 ? 'them' : 'it'} and run it again.`);
  const docs = planFresh2(seed, perFamily);
  const work = path.join(tmpdir(), `lakstift-corpus-fresh2-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    log(`fresh2: rendering ${docs.length} documents`);
    await renderChromium(docs.filter((d) => d.producer === 'chromium'), work);
    renderSoffice(docs.filter((d) => d.producer === 'soffice'), work, run);
    renderEnscript(docs.filter((d) => d.producer === 'enscript'), work, run, ['Courier9', 'Courier-Bold9', 'Courier10']);
    for (const d of docs.filter((x) => x.post.includes('gs'))) redistil(d, work, run);
    const stage = `${dir}.partial`;
    rmSync(stage, { recursive: true, force: true });
    mkdirSync(stage, { recursive: true });
    const manifest = { generator: 'scripts/corpus/fresh2/generate.mjs', made: MADE, version: fresh2Version(), seed, perFamily, split: 'fresh2', documents: [], unlabelled: [], unmarked: [] };
    for (const d of docs) {
      const pdf = path.join(work, `${d.name}.pdf`);
      const lab = label(pdf, d.doc.marks, d.doc.keeps, d.doc.people);
      if (lab.unmarked.length) manifest.unmarked.push({ file: `${d.name}.pdf`, parts: lab.unmarked });
      const info = run('pdfinfo', [pdf]);
      const truth = {
        file: `${d.name}.pdf`, kind: d.kind, family: d.family, template: `fresh2/${d.family}`, split: 'fresh2', producer: d.producer,
        postprocessing: d.post, scanned: false, pageCount: lab.pages.length, pages: lab.pages.map((pg) => ({ ...pg, rotate: 0 })),
        metadata: { title: d.title ?? null, author: null, producer: /^Producer:\s*(.*)$/m.exec(info)?.[1] ?? null },
        items: lab.items, mustKeep: lab.mustKeep,
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

/** Makes sure `.cache/corpus/fresh2` exists and is current; generates it when not. */
export async function ensureFresh2({ out = FRESH2_DEFAULTS.out, log } = {}) {
  const dir = path.join(out, 'fresh2');
  if (!fresh2UpToDate(dir)) await generateFresh2({ dir, log });
  return dir;
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : dflt;
  };
  if (args.includes('--pools')) {
    for (const o of buildFresh2Pools().origins) console.log(`fresh2 ${o.id.padEnd(10)} first ${String(o.first.length).padStart(4)}  last ${String(o.last.length).padStart(4)}  (${o.source})`);
    return;
  }
  const seed = Number(opt('seed', FRESH2_DEFAULTS.seed));
  const perFamily = Number(opt('per-family', FRESH2_DEFAULTS.perFamily));
  if (!Number.isInteger(seed) || !Number.isInteger(perFamily) || perFamily < 1) throw new Error('--seed and --per-family take whole numbers (--per-family at least 1)');
  const dir = path.join(path.resolve(opt('out', FRESH2_DEFAULTS.out)), 'fresh2');
  if (!args.includes('--force') && fresh2UpToDate(dir, seed, perFamily)) {
    console.log(`fresh2: ${dir} is up to date (--force regenerates it)`);
    return;
  }
  const m = await generateFresh2({ seed, perFamily, dir, log: (s) => console.log(s) });
  const sum = (k) => m.documents.reduce((n, d) => n + d[k], 0);
  console.log(`fresh2: ${m.documents.length} documents, ${sum('pages')} pages, items: name ${sum('name')}, phone ${sum('phone')}, email ${sum('email')}, guidance ${sum('guidance')}; must-keep ${sum('mustKeep')} → ${dir}`);
  for (const u of m.unlabelled) console.log(`  not found in ${u.file}: ${u.marks.map((x) => JSON.stringify(x.text ?? x.keep)).join(', ')}`);
  for (const u of m.unmarked) console.log(`  name parts outside any item or keep in ${u.file}: ${u.parts.join(', ')}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    process.stderr.write(`corpus: ${e.message.replace(/\.?$/, '.')}\n`);
    process.exit(2);
  });
}
