#!/usr/bin/env node
// Writes the `fresh` held-out split (.cache/corpus/fresh): the templates of families.mjs beside
// this file with names from names.mjs beside this file (no name part shared with train or test),
// rendered by the real producers of ../producers.mjs and labelled by ../label.mjs.
// Deterministic from its seed. It lives apart from ../generate.mjs so that adding it changes
// neither the train/test plans nor their generator version (../generate.mjs hashes only the
// .mjs files of its own folder).
//
//   npm run corpus:fresh                 into .cache/corpus/fresh (if not up to date)
//   npm run corpus:fresh -- --force      regenerate
//   npm run corpus:fresh -- --pools      the fresh name pools and their sizes
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
import { FRESH_FAMILIES } from './families.mjs';
import { buildFreshPools } from './names.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');

/** When this split was written; eval prints it in the row's label. */
export const MADE = '2026-12-06';
export const FRESH_DEFAULTS = { seed: 20261206, perFamily: 5, out: path.join(root, '.cache', 'corpus') };

/** Hash of the whole generator (this folder and the shared modules in the parent folder). */
export function freshVersion() {
  const h = createHash('sha256');
  for (const dir of [path.dirname(here), here]) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.mjs')).sort()) h.update(f).update(readFileSync(path.join(dir, f)));
  }
  return h.digest('hex').slice(0, 16);
}

export function freshUpToDate(dir, seed = FRESH_DEFAULTS.seed, perFamily = FRESH_DEFAULTS.perFamily) {
  try {
    const m = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    return m.version === freshVersion() && m.seed === seed && m.perFamily === perFamily
      && m.documents.every((d) => existsSync(path.join(dir, d.file)) && existsSync(path.join(dir, d.file.replace(/\.pdf$/, '.truth.json'))));
  } catch {
    return false;
  }
}

/** A Doc whose public officials and streets come from the fresh pools (the fresh split has no Dutch pool). */
class FreshDoc extends Doc {
  official(opts) { return makePerson(this.rng, this.pools, this.taken, { noDouble: true, ...opts }); }
  street() {
    const o = this.rng.pick(this.pools.origins);
    const last = this.rng.pick(o.last.filter((x) => !this.taken.has(x.toLowerCase())));
    this.taken.add(last.toLowerCase());
    return `${last}${this.rng.pick(['straat', 'laan'])} ${this.rng.int(1, 240)}`;
  }
}

const run = makeRun('1765000000');

/** Plans the fresh documents (no producer runs yet). */
export function planFresh(seed = FRESH_DEFAULTS.seed, perFamily = FRESH_DEFAULTS.perFamily) {
  const pools = buildFreshPools();
  const rng = makeRng(seed);
  const docs = [];
  let n = 0;
  for (const fam of FRESH_FAMILIES) {
    for (let i = 0; i < perFamily; i++) {
      const drng = rng.fork(`fresh:${fam.id}:${i}`);
      const producer = fam.producers[i % fam.producers.length];
      const d = new FreshDoc({ rng: drng, pools, split: 'fresh', format: producer === 'enscript' ? 'txt' : 'html' });
      d.producer = producer;
      const spec = fam.fresh(d);
      const post = producer !== 'enscript' && drng.chance(0.25) ? ['gs'] : [];
      n++;
      const name = `f${String(n).padStart(2, '0')}-${fam.id}-${producer}${post.map((x) => `-${x}`).join('')}`;
      docs.push({ name, family: fam.id, kind: spec.kind, producer, post, body: spec.body, title: spec.title, doc: d });
    }
  }
  return docs;
}

/** Generates the fresh split into `dir` (replacing it). Returns the manifest. */
export async function generateFresh({ seed = FRESH_DEFAULTS.seed, perFamily = FRESH_DEFAULTS.perFamily, dir, log = () => {} } = {}) {
  const missing = missingTools();
  if (missing.length) throw new Error(`the corpus generator needs ${missing.join(', ')}; install ${missing.length > 1 ? 'them' : 'it'} and run it again.`);
  const docs = planFresh(seed, perFamily);
  const work = path.join(tmpdir(), `lakstift-corpus-fresh-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    log(`fresh: rendering ${docs.length} documents`);
    await renderChromium(docs.filter((d) => d.producer === 'chromium'), work);
    renderSoffice(docs.filter((d) => d.producer === 'soffice'), work, run);
    renderEnscript(docs.filter((d) => d.producer === 'enscript'), work, run, ['Courier10', 'Courier11', 'Courier-Bold10']);
    for (const d of docs.filter((x) => x.post.includes('gs'))) redistil(d, work, run);
    const stage = `${dir}.partial`;
    rmSync(stage, { recursive: true, force: true });
    mkdirSync(stage, { recursive: true });
    const manifest = { generator: 'scripts/corpus/fresh/generate.mjs', made: MADE, version: freshVersion(), seed, perFamily, split: 'fresh', documents: [], unlabelled: [], unmarked: [] };
    for (const d of docs) {
      const pdf = path.join(work, `${d.name}.pdf`);
      const lab = label(pdf, d.doc.marks, d.doc.keeps, d.doc.people);
      if (lab.unmarked.length) manifest.unmarked.push({ file: `${d.name}.pdf`, parts: lab.unmarked });
      const info = run('pdfinfo', [pdf]);
      const truth = {
        file: `${d.name}.pdf`, kind: d.kind, family: d.family, template: `fresh/${d.family}`, split: 'fresh', producer: d.producer,
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

/** Makes sure `.cache/corpus/fresh` exists and is current; generates it when not. */
export async function ensureFresh({ out = FRESH_DEFAULTS.out, log } = {}) {
  const dir = path.join(out, 'fresh');
  if (!freshUpToDate(dir)) await generateFresh({ dir, log });
  return dir;
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : dflt;
  };
  if (args.includes('--pools')) {
    for (const o of buildFreshPools().origins) console.log(`fresh ${o.id.padEnd(14)} first ${String(o.first.length).padStart(5)}  last ${String(o.last.length).padStart(5)}  (${o.source})`);
    return;
  }
  const seed = Number(opt('seed', FRESH_DEFAULTS.seed));
  const perFamily = Number(opt('per-family', FRESH_DEFAULTS.perFamily));
  const dir = path.join(path.resolve(opt('out', FRESH_DEFAULTS.out)), 'fresh');
  if (!args.includes('--force') && freshUpToDate(dir, seed, perFamily)) {
    console.log(`fresh: ${dir} is up to date (--force regenerates it)`);
    return;
  }
  const m = await generateFresh({ seed, perFamily, dir, log: (s) => console.log(s) });
  const sum = (k) => m.documents.reduce((n, d) => n + d[k], 0);
  console.log(`fresh: ${m.documents.length} documents, ${sum('pages')} pages, items: name ${sum('name')}, phone ${sum('phone')}, email ${sum('email')}, guidance ${sum('guidance')}; must-keep ${sum('mustKeep')} → ${dir}`);
  for (const u of m.unlabelled) console.log(`  not found in ${u.file}: ${u.marks.map((x) => JSON.stringify(x.text ?? x.keep)).join(', ')}`);
  for (const u of m.unmarked) console.log(`  name parts outside any item or keep in ${u.file}: ${u.parts.join(', ')}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    process.stderr.write(`corpus: ${e.message.replace(/\.?$/, '.')}\n`);
    process.exit(2);
  });
}
