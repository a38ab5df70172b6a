#!/usr/bin/env node
// Writes the `fresh` held-out split (.cache/corpus/fresh): the templates of families.mjs beside
// this file with names from names.mjs beside this file (no name part shared with train or test),
// rendered by the same real producers as ../generate.mjs and labelled by ../label.mjs.
// Deterministic from its seed. It lives apart from ../generate.mjs so that adding it changes
// neither the train/test plans nor their generator version (../generate.mjs hashes only the
// .mjs files of its own folder).
//
//   npm run corpus:fresh                 into .cache/corpus/fresh (if not up to date)
//   npm run corpus:fresh -- --force      regenerate
//   npm run corpus:fresh -- --pools      the fresh name pools and their sizes
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Doc } from '../doc.mjs';
import { label } from '../label.mjs';
import { makePerson } from '../people.mjs';
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

const TOOLS = [['soffice', 'LibreOffice (soffice)'], ['chromium', 'Chromium'], ['enscript', 'enscript'], ['ps2pdf', 'Ghostscript (ps2pdf)'],
  ['gs', 'Ghostscript'], ['pdftotext', 'poppler-utils (pdftotext)'], ['mutool', 'MuPDF tools (mutool)']];
const missingTools = () => TOOLS.filter(([cmd]) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status !== 0).map(([, n]) => n);

const env = { ...process.env, SOURCE_DATE_EPOCH: '1765000000', TZ: 'UTC' };
function run(cmd, argv) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 300_000, env });
  if (r.status !== 0) throw new Error(`${cmd} failed (exit ${r.status ?? r.signal}): ${(r.stderr || r.stdout || '').trim().slice(0, 400)}`);
  return r.stdout;
}

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

async function renderChromium(docs, work) {
  if (!docs.length) return;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.LAKSTIFT_CHROMIUM ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    for (const d of docs) {
      await page.setContent(d.body, { waitUntil: 'load' });
      const hf = d.doc.chromium;
      await page.pdf({ path: path.join(work, `${d.name}.pdf`), preferCSSPageSize: true, printBackground: true,
        displayHeaderFooter: Boolean(hf), headerTemplate: hf?.header, footerTemplate: hf?.footer });
    }
  } finally {
    await browser.close();
  }
}

function renderSoffice(docs, work) {
  if (!docs.length) return;
  const src = path.join(work, 'soffice-src');
  const out = path.join(work, 'soffice-out');
  mkdirSync(src, { recursive: true });
  mkdirSync(out, { recursive: true });
  for (const d of docs) writeFileSync(path.join(src, `${d.name}.html`), d.body);
  const profile = pathToFileURL(path.join(work, 'lo-profile')).href;
  run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export',
    '--outdir', out, ...docs.map((d) => path.join(src, `${d.name}.html`))]);
  for (const d of docs) renameSync(path.join(out, `${d.name}.pdf`), path.join(work, `${d.name}.pdf`));
}

function renderEnscript(docs, work) {
  for (const d of docs) {
    const txt = path.join(work, `${d.name}.txt`);
    const ps = path.join(work, `${d.name}.ps`);
    writeFileSync(txt, Buffer.from(d.body, 'latin1'));
    run('enscript', ['-q', '-B', '-X', 'latin1', `-f${d.doc.rng.pick(['Courier10', 'Courier11', 'Courier-Bold10'])}`, '--word-wrap', '-t', d.title, '-o', ps, txt]);
    run('ps2pdf', ['-dAutoRotatePages=/None', ps, path.join(work, `${d.name}.pdf`)]);
  }
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
    renderSoffice(docs.filter((d) => d.producer === 'soffice'), work);
    renderEnscript(docs.filter((d) => d.producer === 'enscript'), work);
    for (const d of docs.filter((x) => x.post.includes('gs'))) {
      const from = path.join(work, `${d.name}.pdf`);
      const tmp = path.join(work, `${d.name}.gs.pdf`);
      run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dAutoRotatePages=/None', `-sOutputFile=${tmp}`, from]);
      renameSync(tmp, from);
    }
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
