// One held-out split after the train/test generator (fresh, fresh2, …): plan its documents from
// its own families and name pools, render them by the real producers of ../producers.mjs, label
// them by ../label.mjs, and write `<out>/<split>` whole or not at all. Each split's generate.mjs
// supplies only what differs: families, pools, the Doc class, seed, file prefix, fonts and the
// folders its version hashes. This lives in fresh/ so that the train/test generator's version
// (which hashes only the .mjs files of scripts/corpus) does not change with it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { label } from '../label.mjs';
import { missingTools, redistil, renderChromium, renderEnscript, renderSoffice } from '../producers.mjs';
import { makeRng } from '../rng.mjs';

/** Hash of every .mjs file in `dirs`, in order: a split is regenerated when any of them changes. */
export function versionOf(dirs) {
  const h = createHash('sha256');
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.mjs')).sort()) h.update(f).update(readFileSync(path.join(dir, f)));
  }
  return h.digest('hex').slice(0, 16);
}

/**
 * @param {{ split: string, prefix: string, made: string, generator: string,
 *   defaults: { seed: number, perFamily: number, out: string }, families: any[],
 *   buildPools: () => { origins: any[] }, DocClass: any, version: () => string,
 *   run: (cmd: string, args: string[]) => string, enscriptFonts: string[], poolWidths: [number, number] }} s
 */
export function heldOutSplit(s) {
  const { split, defaults } = s;

  /** Plans the documents (no producer runs yet). */
  function plan(seed = defaults.seed, perFamily = defaults.perFamily) {
    const pools = s.buildPools();
    const rng = makeRng(seed);
    const docs = [];
    let n = 0;
    for (const fam of s.families) {
      for (let i = 0; i < perFamily; i++) {
        const drng = rng.fork(`${split}:${fam.id}:${i}`);
        const producer = fam.producers[i % fam.producers.length];
        const d = new s.DocClass({ rng: drng, pools, split, format: producer === 'enscript' ? 'txt' : 'html' });
        d.producer = producer;
        const spec = fam[split](d);
        const post = producer !== 'enscript' && drng.chance(0.25) ? ['gs'] : [];
        n++;
        const name = `${s.prefix}${String(n).padStart(2, '0')}-${fam.id}-${producer}${post.map((x) => `-${x}`).join('')}`;
        docs.push({ name, family: fam.id, kind: spec.kind, producer, post, body: spec.body, title: spec.title, doc: d });
      }
    }
    return docs;
  }

  function upToDate(dir, seed = defaults.seed, perFamily = defaults.perFamily) {
    try {
      const m = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
      return m.version === s.version() && m.seed === seed && m.perFamily === perFamily
        && m.documents.every((d) => existsSync(path.join(dir, d.file)) && existsSync(path.join(dir, d.file.replace(/\.pdf$/, '.truth.json'))));
    } catch {
      return false;
    }
  }

  /** Generates the split into `dir` (replacing it). Returns the manifest. */
  async function generate({ seed = defaults.seed, perFamily = defaults.perFamily, dir, log = () => {} } = {}) {
    const missing = missingTools();
    if (missing.length) throw new Error(`the corpus generator needs ${missing.join(', ')}; install ${missing.length > 1 ? 'them' : 'it'} and run it again.`);
    const { run } = s;
    const docs = plan(seed, perFamily);
    const work = path.join(tmpdir(), `lakstift-corpus-${split}-${process.pid}`);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    try {
      log(`${split}: rendering ${docs.length} documents`);
      await renderChromium(docs.filter((d) => d.producer === 'chromium'), work);
      renderSoffice(docs.filter((d) => d.producer === 'soffice'), work, run);
      renderEnscript(docs.filter((d) => d.producer === 'enscript'), work, run, s.enscriptFonts);
      for (const d of docs.filter((x) => x.post.includes('gs'))) redistil(d, work, run);
      const stage = `${dir}.partial`;
      rmSync(stage, { recursive: true, force: true });
      mkdirSync(stage, { recursive: true });
      const manifest = { generator: s.generator, made: s.made, version: s.version(), seed, perFamily, split, documents: [], unlabelled: [], unmarked: [] };
      for (const d of docs) {
        const pdf = path.join(work, `${d.name}.pdf`);
        const lab = label(pdf, d.doc.marks, d.doc.keeps, d.doc.people);
        if (lab.unmarked.length) manifest.unmarked.push({ file: `${d.name}.pdf`, parts: lab.unmarked });
        const info = run('pdfinfo', [pdf]);
        const truth = {
          file: `${d.name}.pdf`, kind: d.kind, family: d.family, template: `${split}/${d.family}`, split, producer: d.producer,
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

  /** Makes sure `<out>/<split>` exists and is current; generates it when not. */
  async function ensure({ out = defaults.out, log } = {}) {
    const dir = path.join(out, split);
    if (!upToDate(dir)) await generate({ dir, log });
    return dir;
  }

  /** The command line: `[--force] [--pools] [--seed N] [--per-family N] [--out DIR]`. */
  async function main(args) {
    const opt = (name, dflt) => {
      const i = args.indexOf(`--${name}`);
      return i >= 0 ? args[i + 1] : dflt;
    };
    if (args.includes('--pools')) {
      const [a, b] = s.poolWidths;
      for (const o of s.buildPools().origins) console.log(`${split} ${o.id.padEnd(a)} first ${String(o.first.length).padStart(b)}  last ${String(o.last.length).padStart(b)}  (${o.source})`);
      return;
    }
    const seed = Number(opt('seed', defaults.seed));
    const perFamily = Number(opt('per-family', defaults.perFamily));
    if (!Number.isInteger(seed) || !Number.isInteger(perFamily) || perFamily < 1) throw new Error('--seed and --per-family take whole numbers (--per-family at least 1)');
    const dir = path.join(path.resolve(opt('out', defaults.out)), split);
    if (!args.includes('--force') && upToDate(dir, seed, perFamily)) {
      console.log(`${split}: ${dir} is up to date (--force regenerates it)`);
      return;
    }
    const m = await generate({ seed, perFamily, dir, log: (x) => console.log(x) });
    const sum = (k) => m.documents.reduce((n, d) => n + d[k], 0);
    console.log(`${split}: ${m.documents.length} documents, ${sum('pages')} pages, items: name ${sum('name')}, phone ${sum('phone')}, email ${sum('email')}, guidance ${sum('guidance')}; must-keep ${sum('mustKeep')} → ${dir}`);
    for (const u of m.unlabelled) console.log(`  not found in ${u.file}: ${u.marks.map((x) => JSON.stringify(x.text ?? x.keep)).join(', ')}`);
    for (const u of m.unmarked) console.log(`  name parts outside any item or keep in ${u.file}: ${u.parts.join(', ')}`);
  }

  return { plan, upToDate, generate, ensure, main };
}
