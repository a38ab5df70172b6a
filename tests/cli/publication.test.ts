// Issue #16, "Done when": every spreadsheet `lakstift bundle` writes imports on the publication
// platform as it is (judged by our validator of the platform's rules, read back by exceljs, an
// independent reader), on the bundled samples and on a 50-document dossier with planted copies
// and threads, where the copies are listed "dubbel" and threads and families get their IDs.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDossier, saveDossier } from '../../node/dossierStore';
import type { Dossier } from '../../shared/dossier/types';
import { validateProductierapport } from '../../shared/export/platform';
import { cli } from '../helpers/cli';
import { makeCopiesDossier, type PlantedTruth } from '../helpers/copiesDossier';
import { ROOT } from '../helpers/paths';
import { readXlsxTable } from '../helpers/xlsx';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-publication-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const read = (f: string) => new Uint8Array(readFileSync(f));

async function platformProblems(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const f of ['productierapport.xlsx', 'inventaris.xlsx']) {
    const v = validateProductierapport(await readXlsxTable(read(path.join(dir, f))));
    out.push(...v.problems.map((p) => `${f}: ${p.message}`));
  }
  return out;
}

/** The DiWoo record parsed as XML (jsdom's parser): the elements the standard requires, in its namespace. */
function diwoo(file: string): Document {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(readFileSync(file, 'utf8'), 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}
const NS = 'https://standaarden.overheid.nl/diwoo/metadata/';
const one = (d: Document, name: string) => {
  const list = d.getElementsByTagNameNS(NS, name);
  expect(list.length, name).toBe(1);
  return list[0];
};

describe('lakstift bundle on the samples with a case number as officers write it', () => {
  const out = path.join(tmp, 'samples');
  let run: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    run = await cli('bundle', path.join(ROOT, 'assets', 'samples'), '-o', out, '--accept-all', '--case', 'Woo-2024/0017', '--organisation', 'ministerie van Justitie en Veiligheid');
  }, 600_000);

  it('succeeds and shows the matter it derived, with the rule', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Matter "Woo-2024-0017" (from the case number "Woo-2024/0017": every run of characters other than letters, digits, ".", "_", "~" and "-" becomes "-"); Zaaknummer "Woo-2024-0017".');
  });

  it('writes spreadsheets the platform accepts with 0 problems', async () => {
    expect(await platformProblems(out)).toEqual([]);
    const t = await readXlsxTable(read(path.join(out, 'productierapport.xlsx')));
    expect(t[1][t[0].indexOf('Matter')]).toBe('Woo-2024-0017');
    expect(t[1][t[0].indexOf('Zaaknummer')]).toBe('Woo-2024-0017');
  });

  it('writes a DiWoo record per published document with the standard\'s required elements', () => {
    const files = readdirSync(path.join(out, 'diwoo')).sort();
    expect(files).toEqual(['0001.xml', '0002.xml', '0003.xml']);
    const d = diwoo(path.join(out, 'diwoo', '0001.xml'));
    expect(d.documentElement.localName).toBe('Document');
    expect(d.documentElement.namespaceURI).toBe(NS);
    expect(one(d, 'publisher').textContent).toBe('ministerie van Justitie en Veiligheid');
    expect(one(d, 'publisher').getAttribute('resource')).toBe('https://identifier.overheid.nl/tooi/id/ministerie/mnre1058');
    expect(one(d, 'officieleTitel').textContent).toBe('Reactie op Kamervragen intrekkingen');
    expect(one(d, 'informatiecategorie').getAttribute('resource')).toBe('https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532');
    expect(one(d, 'soortHandeling').textContent).toBe('vaststelling');
    expect(one(d, 'creatiedatum').textContent).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(one(d, 'atTime').textContent).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const keys = Array.from(d.getElementsByTagNameNS(NS, 'key')).map((k) => k.textContent);
    expect(keys).toEqual(['beoordeling', 'beoordelingsgrond', 'zaaknummer']);
    // The required children of DiWoo (diwoo-metadata.xsd 0.9.8) are there, and nothing else sits beside DiWoo but extraMetadata.
    const children = Array.from(one(d, 'DiWoo').children).map((c) => c.localName);
    for (const required of ['publisher', 'titelcollectie', 'classificatiecollectie', 'documenthandelingen']) expect(children).toContain(required);
    expect(Array.from(d.documentElement.children).map((c) => c.localName)).toEqual(['DiWoo', 'extraMetadata']);
  });
});

describe('officer input that breaks a platform rule', () => {
  it('is refused with one sentence naming the row, column and rule, and nothing is written', async () => {
    const first = path.join(tmp, 'first');
    const file = path.join(tmp, 'd.lakstift.json');
    expect((await cli('bundle', path.join(ROOT, 'assets', 'samples'), '-o', first, '--accept-all', '--matter', 'WOO-17', '--save-dossier', file)).code).toBe(0);
    const d: Dossier = await loadDossier(file);
    await saveDossier(file, { ...d, documents: d.documents.map((x, i) => (i === 1 ? { ...x, familyId: 'mail-1', relatedId: '0002, 0003' } : x)) });
    const out = path.join(tmp, 'refused');
    const r = await cli('bundle', '--dossier', file, '-o', out);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      '  productierapport: Row 3 (ID 0002), column "Family ID": "mail-1" is not a valid Family ID (a whole number of 1 or more); correct it or leave it empty.',
      '  productierapport: Row 3 (ID 0002), column "Gerelateerd ID": "0002, 0003" is not a document ID (IDs are separated by ";"); correct it.',
      'lakstift bundle: 2 cell(s) of the inventory would make the publication platform refuse the productierapport, so no bundle was written; correct them. [not-importable]',
    ]);
    expect(existsSync(out)).toBe(false);
  }, 600_000);
});

describe('a 50-document dossier with 10 planted copies and 3 threads, bundled', () => {
  const dir = path.join(tmp, 'dossier50');
  const out = path.join(tmp, 'bundle50');
  const file = path.join(tmp, 'dossier50.lakstift.json');
  let truth: PlantedTruth;
  let run: Awaited<ReturnType<typeof cli>>;
  let dossier: Dossier;
  let table: string[][];
  let seconds = 0;

  beforeAll(async () => {
    truth = await makeCopiesDossier(dir, path.join(tmp, 'work50'));
    const t0 = performance.now();
    run = await cli('bundle', dir, '-o', out, '--accept-all', '--case', 'Woo-2024/0017', '--save-dossier', file);
    seconds = (performance.now() - t0) / 1000;
    if (run.code === 0) {
      dossier = await loadDossier(file);
      table = await readXlsxTable(read(path.join(out, 'productierapport.xlsx')));
    }
  }, 1_200_000);

  const rowOf = (name: string) => {
    const doc = dossier.documents.find((x) => path.basename(x.path) === name)!;
    return table.find((r) => r[0] === doc.number)!;
  };
  const col = (h: string) => table[0].indexOf(h);

  it('succeeds, and its spreadsheets import with 0 problems', async () => {
    expect(run.code, run.stderr).toBe(0);
    expect(await platformProblems(out)).toEqual([]);
    console.info(`bundle of 50 documents: ${seconds.toFixed(1)} s; ${run.stdout.split('\n').find((l) => l.startsWith('Groups:'))}`);
    expect(run.stdout).toMatch(/^Groups: 9 duplicate, 3 e-mail thread and 1 family group\(s\); 10 later copies listed "dubbel"; \d+\.\d s in all\.$/m);
  });

  it('proposes "dubbel" for every later copy (accepted with --accept-all) and gives no copy a PDF', () => {
    for (const name of truth.copies) {
      const r = rowOf(name);
      expect(r[col('Beoordeling')], name).toBe('Niet openbaar');
      expect(r[col('Beoordelingsgrond')], name).toBe('dubbel');
      const group = truth.duplicates.find((g) => g.includes(name))!;
      expect(r[col('Gerelateerd ID')], name).toBe(rowOf(group[0])[0]);
    }
    const dubbel = table.slice(1).filter((r) => r[col('Beoordelingsgrond')] === 'dubbel');
    expect(dubbel).toHaveLength(10);
    const pdfs = readdirSync(out).filter((f) => f.endsWith('.pdf') && /^\d{4} /.test(f));
    for (const r of dubbel) expect(pdfs.some((f) => f.startsWith(`${r[0]} `))).toBe(false);
    expect(pdfs).toHaveLength(40);
  });

  it('fills Email Thread ID per thread and Family ID for the e-mail and its attachment', () => {
    const ids = truth.threads.map((t) => new Set(t.map((n) => rowOf(n)[col('Email Thread ID')])));
    for (const s of ids) {
      expect(s.size).toBe(1);
      expect([...s][0]).toMatch(/^[1-9]\d*$/);
    }
    expect(new Set(ids.map((s) => [...s][0])).size).toBe(3);
    const others = table.slice(1).filter((r) => !truth.threads.flat().some((n) => rowOf(n)[0] === r[0]));
    expect(others.filter((r) => r[col('Email Thread ID')] !== '')).toEqual([]);
    const fam = truth.families[0].map((n) => rowOf(n)[col('Family ID')]);
    expect(new Set(fam).size).toBe(1);
    expect(fam[0]).toBe(String(Number(rowOf(truth.families[0][0])[0])));
  });

  it('a folder of its first 20 documents with the same case number imports with 0 problems too', async () => {
    const twenty = path.join(tmp, 'twenty');
    mkdirSync(twenty);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.pdf')).sort().slice(0, 20)) copyFileSync(path.join(dir, f), path.join(twenty, f));
    const out20 = path.join(tmp, 'bundle20');
    const r = await cli('bundle', twenty, '-o', out20, '--accept-all', '--case', 'Woo-2024/0017');
    expect(r.code, r.stderr).toBe(0);
    expect(await platformProblems(out20)).toEqual([]);
    expect((await readXlsxTable(read(path.join(out20, 'productierapport.xlsx')))).length).toBe(21);
  }, 600_000);

  it('records the groups in the dossier, accepted, with a reason for each', () => {
    expect(dossier.groups.map((g) => g.kind).sort()).toEqual([...Array(9).fill('duplicate'), 'family', ...Array(3).fill('thread')]);
    for (const g of dossier.groups) {
      expect(g.status).toBe('accepted');
      expect(g.reason.length).toBeGreaterThan(20);
    }
  });
});
