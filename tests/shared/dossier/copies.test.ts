// Duplicates, e-mail threads and families (issue #16): the parts on small inputs, then a
// 50-document dossier made in the test with planted copies and threads, measured.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findGroups, jaccard, shingles, splitEmail, type CopyInput, type FoundGroup } from '../../../shared/dossier/copies';
import { pageWordsOf } from '../../../shared/engine';
import { engines } from '../../helpers/engines';
import { makeCopiesDossier, type PlantedTruth } from '../../helpers/copiesDossier';

describe('splitEmail', () => {
  const cases: [string, string[], Partial<ReturnType<typeof splitEmail>>][] = [
    ['an Outlook reply: its own message stops at the quoted header', [
      'Van: Kaya, S. <s.kaya@minbzk.nl>', 'Verzonden: 12 februari 2025 14:05', 'Aan: Visser, M. <m.visser@minbzk.nl>', 'Onderwerp: RE: Overleg', '',
      'Akkoord, tot dinsdag.', '-----Oorspronkelijk bericht-----', 'Van: Visser, M. <m.visser@minbzk.nl>', 'Onderwerp: Overleg', 'Kan het dinsdag?',
    ], { sent: '2025-02-12 14:05', threadKey: 'overleg', from: 'Kaya, S. <s.kaya@minbzk.nl>' }],
    ['a header printed as a table: the value on the next line', [
      'Van:', 'Postma, H. <h.postma@ind.nl>', 'Onderwerp:', 'FW: Gehoren', 'Bijlagen:', 'planning.pdf; lijst.xlsx', '', 'Zie bijlagen.',
    ], { threadKey: 'gehoren', attachments: ['planning.pdf', 'lijst.xlsx'] }],
    ['a "schreef" line starts the quote', [
      'From: a@x.nl', 'Subject: Re: Cijfers', '', 'Dank!', 'Op 3 maart 2024 om 10:00 schreef B <b@x.nl>:', '> De cijfers volgen.',
    ], { threadKey: 'cijfers' }],
  ];
  it.each(cases)('%s', (_, lines, expected) => {
    const e = splitEmail(lines);
    expect(e).toMatchObject(expected);
    expect(e.own).not.toMatch(/Kan het dinsdag|De cijfers volgen/);
    expect(e.quoted === '' || /Oorspronkelijk|schreef/.test(e.quoted)).toBe(true);
  });
});

describe('shingles and resemblance', () => {
  it('finds the same text the same and different texts apart', () => {
    const a = shingles('de minister heeft het besluit op het bezwaar genomen na overleg met de directie'.split(' '));
    const b = shingles('de minister heeft het besluit op het bezwaar genomen na overleg met de directie'.split(' '));
    const c = shingles('het college heeft geen besluit genomen over de subsidie aan de stichting in 2023'.split(' '));
    expect(jaccard(a, b)).toBe(1);
    expect(jaccard(a, c)).toBe(0);
  });
});

/** A document made of lines (one word box per word, lines 14 pt apart). */
function doc(id: string, lines: string[], fileType: CopyInput['fileType'] = 'email', sha = id): CopyInput {
  return {
    id, number: id, name: `${id}.pdf`, title: id, fileType, sha256: sha.padEnd(64, '0'),
    pages: [{ words: lines.flatMap((l, i) => l.split(' ').filter(Boolean).map((w, k) => ({ text: w, rect: [50 + k * 40, 50 + i * 14, 85 + k * 40, 60 + i * 14] as [number, number, number, number] }))) }],
  };
}

describe('findGroups on small dossiers', () => {
  const body = 'De werkgroep heeft geconcludeerd dat op de belangrijkste punten geen discrepantie bestaat met de eerdere rapportages over de registratie van de aanvragen in het afgelopen jaar';
  const mail = ['Van: Visser <m.visser@minbzk.nl>', 'Verzonden: 12 februari 2025 14:05', 'Aan: Kaya <s.kaya@minbzk.nl>', 'Onderwerp: Rapportage', '', body];
  const reply = ['Van: Kaya <s.kaya@minbzk.nl>', 'Verzonden: 13 februari 2025 09:00', 'Aan: Visser <m.visser@minbzk.nl>', 'Onderwerp: RE: Rapportage', '', 'Dank, ik neem het mee in de nota voor de directeur.', '-----Oorspronkelijk bericht-----', ...mail];

  it('groups a copy as a duplicate and a reply as a thread, not as a copy', () => {
    const groups = findGroups([doc('a', mail), doc('b', reply), doc('c', mail)]);
    expect(groups.map((g) => [g.kind, g.documentIds])).toEqual([
      ['duplicate', ['a', 'c']],
      ['thread', ['a', 'c', 'b']],
    ]);
    expect(groups[0].reason).toMatch(/document a wordt beoordeeld, c is een kopie \("dubbel"\)/);
  });

  it('does not join two e-mails that share only a generic subject', () => {
    const other = ['Van: Bos <k.bos@minvws.nl>', 'Verzonden: 1 maart 2025 10:00', 'Aan: Vos <a.vos@minfin.nl>', 'Onderwerp: Rapportage', '', 'Een heel ander verhaal over de begroting van volgend jaar en de kasschuiven die daarbij horen.'];
    expect(findGroups([doc('a', mail), doc('b', other)])).toEqual([]);
  });

  it('finds a reply whose subject changed through its quoted block', () => {
    const renamed = reply.map((l) => (l === 'Onderwerp: RE: Rapportage' ? 'Onderwerp: Nota directeur' : l));
    expect(findGroups([doc('a', mail), doc('b', renamed)]).map((g) => g.kind)).toEqual(['thread']);
  });

  it('groups identical files and an e-mail with the attachment it names', () => {
    const memo = ['Nota', '', body];
    const withAttachment = [...mail.slice(0, 4), 'Bijlagen: nota-registratie.pdf', '', 'Zie de bijlage.'];
    const att = { ...doc('n', memo, 'pdf', 'same'), name: 'stukken/nota-registratie.pdf' };
    const groups = findGroups([doc('m', withAttachment), att, { ...doc('k', memo, 'pdf', 'same'), name: 'kopie.pdf' }]);
    expect(groups.find((g) => g.kind === 'duplicate')).toMatchObject({ documentIds: ['n', 'k'], similarity: 1, reason: expect.stringMatching(/identieke bestanden/) });
    expect(groups.find((g) => g.kind === 'family')).toMatchObject({ documentIds: ['m', 'n'] });
  });
});

// ---------------------------------------------------------------------------------------------

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-copies-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Precision and recall of found groups against planted ones (a group counts when its members match exactly). */
export function score(found: readonly (readonly string[])[], truth: readonly (readonly string[])[]): { precision: number; recall: number; tp: number } {
  const key = (g: readonly string[]) => [...g].sort().join('|');
  const want = new Set(truth.map(key));
  const tp = found.filter((g) => want.has(key(g))).length;
  return { precision: found.length ? tp / found.length : 1, recall: truth.length ? tp / truth.length : 1, tp };
}

describe('a 50-document dossier with 10 planted copies and 3 threads', () => {
  const dir = path.join(tmp, 'dossier');
  let truth: PlantedTruth;
  let groups: FoundGroup[];
  let ms = 0;

  beforeAll(async () => {
    truth = await makeCopiesDossier(dir, path.join(tmp, 'work'));
    const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
    const inputs: CopyInput[] = [];
    for (const f of files) {
      const a = await engines.analyse(new Uint8Array(readFileSync(path.join(dir, f))), f);
      inputs.push({ id: f, number: f.slice(0, 2), name: f, title: a.meta.title, fileType: a.meta.fileType, sha256: a.sha256, pages: pageWordsOf(a.pages) });
    }
    const t0 = performance.now();
    groups = findGroups(inputs);
    ms = performance.now() - t0;
  }, 600_000);

  it('finds every planted duplicate and thread, and no false group', () => {
    const dup = score(groups.filter((g) => g.kind === 'duplicate').map((g) => g.documentIds), truth.duplicates);
    const thr = score(groups.filter((g) => g.kind === 'thread').map((g) => g.documentIds), truth.threads);
    const fam = score(groups.filter((g) => g.kind === 'family').map((g) => g.documentIds), truth.families);
    console.info(`copies: 50 documents, ${truth.copies.length} planted copies in ${truth.duplicates.length} groups, ${truth.threads.length} threads; ` +
      `duplicate groups P ${dup.precision.toFixed(2)} R ${dup.recall.toFixed(2)}, threads P ${thr.precision.toFixed(2)} R ${thr.recall.toFixed(2)}, ` +
      `families P ${fam.precision.toFixed(2)} R ${fam.recall.toFixed(2)}; lowest similarity of a copy ${Math.min(...groups.filter((g) => g.kind === 'duplicate').map((g) => g.similarity ?? 1)).toFixed(2)}; findGroups ${ms.toFixed(0)} ms`);
    expect(groups.filter((g) => g.kind === 'duplicate').map((g) => g.documentIds)).toEqual(expect.arrayContaining(truth.duplicates));
    expect(dup).toMatchObject({ precision: 1, recall: 1 });
    expect(thr).toMatchObject({ precision: 1, recall: 1 });
    expect(fam).toMatchObject({ precision: 1, recall: 1 });
  });

  it('names the judged original first and every later copy after it', () => {
    const later = groups.filter((g) => g.kind === 'duplicate').flatMap((g) => g.documentIds.slice(1)).sort();
    expect(later).toEqual([...truth.copies].sort());
  });

  it('orders each thread by the time of sending', () => {
    for (const t of truth.threads) {
      const found = groups.find((g) => g.kind === 'thread' && g.documentIds.includes(t[0]))!;
      expect(found.documentIds).toEqual(t);
    }
  });

  it('stays linear: the whole dossier is grouped in well under a second', () => {
    expect(ms).toBeLessThan(1000);
  });
});

describe('findGroups at scale', () => {
  it('joins sixty copies of one circular into one group (a bucket larger than the boilerplate cap)', () => {
    const circular = ['Nota', '', 'Aan alle medewerkers van de directie: vanaf maandag geldt de nieuwe werkwijze voor de registratie van inkomende verzoeken en de termijnen daarvan.'];
    const docs = Array.from({ length: 60 }, (_, i) => doc(`c${i}`, i % 2 ? circular : [...circular, `Pagina 1 van 1`], 'pdf', `h${i}`));
    const groups = findGroups(docs);
    expect(groups).toHaveLength(1);
    expect(groups[0].documentIds).toHaveLength(60);
  });
});
