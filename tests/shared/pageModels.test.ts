/**
 * Page models released after reading (shared/pageModels.ts, issue #17 item 3): a long dossier
 * keeps only its pages' texts past the model budget and reads a page again when a step asks for
 * more. What is suggested must not change, and the dossier-wide steps (dossier memory, one
 * decision per entity and per number) must still see every page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngines, type AnalysedDocument, type Engines } from '../../shared/engine';
import type { FileRef, Job, JobRunner, ResultOf } from '../../shared/jobs';
import { PageModels } from '../../shared/pageModels';
import { pageTextFromString } from '../helpers/pdftotext-pagetext';
import { nodeHost } from '../../node/host';
import { buildPdf } from '../helpers/buildPdf';

/** A page of lines in Helvetica, one under the other. */
const page = (lines: string[]) => ({
  content: `BT /F1 11 Tf 14 TL 72 760 Td ${lines.map((l) => `(${l.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj T*`).join(' ')} ET`,
});

const filler = (doc: string, n: number) => [`${doc} deel ${n}`, '', 'De planning wordt in het overleg besproken.', 'Het verslag volgt later deze maand.'];

/** a.pdf: a confident person on page 1, a general number on page 2, filler after. */
const aPdf = () => buildPdf([
  page(['Van: Noura Haddou <n.haddou@minbzk.nl>', 'Aan: team', 'Onderwerp: stand van zaken', '', 'Hierbij de stukken.']),
  page(['Algemene vragen kunt u stellen via het algemene nummer 0575 66 77 88.']),
  ...Array.from({ length: 28 }, (_, i) => page(filler('Verslag', i + 3))),
]);

/** b.pdf: a unit's number kept on page 1; on its last page the person, that number and a.pdf's general number. */
const bPdf = () => buildPdf([
  page(['Overleg', '', 'Wijkteam Oost | 0575 12 34 56 | open op werkdagen']),
  ...Array.from({ length: 38 }, (_, i) => page(filler('Notitie', i + 2))),
  // The numbers stand mid-page: a number in the top or bottom lines of two pages is the letterhead's
  // or footer's by phone.nl's own rule, which would hide what this test is about (the dossier-wide steps).
  page(['Afronding', '', 'De planning wordt in het overleg besproken.', 'Het verslag volgt later deze maand.',
    'Haddou stuurt de cijfers na.', 'Bel 0575 12 34 56 voor de stukken.', 'P. de Boer heeft gebeld vanaf 0575 66 77 88 over de planning.',
    'De planning wordt in het overleg besproken.', 'Het verslag volgt later deze maand.', 'Tot zover de afronding.']),
]);

/** A job runner that answers in this thread through the engines' own handler: the host with workers, without threads. */
function inThreadRunner(engines: () => Engines): JobRunner {
  let next = 1;
  const ids = new WeakMap<Uint8Array, number>();
  return {
    size: 2,
    run: <J extends Job>(job: J) => engines().runJob(job) as Promise<ResultOf<J>>,
    fileRef(bytes: Uint8Array, name: string, password?: string): FileRef {
      let id = ids.get(bytes);
      if (id === undefined) ids.set(bytes, (id = next++));
      return { fileId: id, bytes, name, ...(password !== undefined ? { password } : {}) };
    },
  };
}

async function analyseBoth(engines: Engines, budget?: number): Promise<AnalysedDocument[]> {
  const modelBudget = budget === undefined ? undefined : { pages: budget };
  const [a, b] = await Promise.all([aPdf(), bPdf()]);
  return [await engines.analyse(a, 'a.pdf', { modelBudget }), await engines.analyse(b, 'b.pdf', { modelBudget })];
}

const released = (doc: AnalysedDocument) => doc.pages.filter((p) => Object.getOwnPropertyDescriptor(p, 'words')?.get !== undefined).length;

describe('a dossier whose page models are released past the budget', () => {
  const plain = createEngines(nodeHost({ ocr: false }));

  it('suggests exactly what it suggests with every model kept, and still sees the whole dossier', async () => {
    const kept = await analyseBoth(plain);
    const before = plain.suggest(kept, 'wob');
    // One page of model for the whole dossier: a.pdf keeps its first page, every other page is read again.
    const light = await analyseBoth(plain, 1);
    expect(light.map(released)).toEqual([29, 40]);
    expect(light.map((d) => d.pages.map((p) => p.text))).toEqual(kept.map((d) => d.pages.map((p) => p.text)));
    const after = plain.suggest(light, 'wob');
    expect(after).toEqual(before);

    const last = after[1]!;
    const onLast = (category: string, list: 'suggestions' | 'kept') => last[list].filter((s) => s.page === 40 && s.category === category);
    // Dossier memory: the person confident on page 1 of a.pdf is found on the last page of b.pdf.
    expect(onLast('name', 'suggestions').find((s) => s.text === 'Haddou')?.reason).toMatch(/zelfde persoon als 'Noura Haddou' \(a\.pdf, pagina 1\)/);
    // One decision per entity in a document: the unit's number kept on page 1 is kept on page 40 too.
    expect(onLast('phone', 'kept').find((s) => s.text === '0575 12 34 56')?.reason).toMatch(/zelfde nummer als op pagina 1/);
    // One decision per number in the dossier: a.pdf's general number is kept in b.pdf, with where.
    expect(onLast('phone', 'kept').find((s) => s.text === '0575 66 77 88')?.reason).toMatch(/zelfde nummer als in a\.pdf, pagina 2/);
    // The rectangles of a page read again are the rectangles of the page as first read.
    expect(onLast('name', 'suggestions')[0]!.rects.length).toBeGreaterThan(0);
  });

  it('gives the same with the pages read on a host\'s workers (ranges) as in one thread', async () => {
    const engines: Engines = createEngines({ ...nodeHost({ ocr: false }), jobs: inThreadRunner(() => engines) });
    const spread = await analyseBoth(engines, 5);
    expect(spread.map(released)).toEqual([25, 40]);
    expect(engines.suggest(spread, 'wob')).toEqual(plain.suggest(await analyseBoth(plain), 'wob'));
  });

  it('reads an encrypted document again from one opening (it cannot be opened anew without waiting)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lakstift-models-'));
    writeFileSync(path.join(dir, 'b.pdf'), await bPdf());
    execFileSync('qpdf', ['--encrypt', '', 'eigenaar', '256', '--', path.join(dir, 'b.pdf'), path.join(dir, 'enc.pdf')]);
    const enc = new Uint8Array(readFileSync(path.join(dir, 'enc.pdf')));
    const all = await plain.analyse(enc, 'enc.pdf');
    const light = await plain.analyse(enc, 'enc.pdf', { modelBudget: { pages: 0 } });
    expect(released(light)).toBe(40);
    expect(plain.suggest([light], 'wob')).toEqual(plain.suggest([all], 'wob'));
  });

  it('judges guidance across page breaks the same when every page is released, also when suggested twice', async () => {
    // A staff instruction of many pages, each sentence cut by the page break into the next page,
    // under a running header: guidance looks at each page's neighbours, whose units a released
    // page drops once it is judged (issue #17, memory at 10,000 pages). Made-up content.
    const header = 'Werkinstructie huisbezoek | Team Handhaving';
    const pages = Array.from({ length: 12 }, (_, i) => page([header, '',
      ...(i > 0 ? ['buren en noteer letterlijk wat de klant antwoordt.'] : []),
      `De controle ${i + 1} vindt plaats op grond van de Participatiewet.`,
      'Vraag de klant bij twijfel over de woonsituatie naar de namen van de']));
    const bytes = await buildPdf(pages);
    const all = await plain.analyse(bytes, 'instructie.pdf');
    const light = await plain.analyse(bytes, 'instructie.pdf', { modelBudget: { pages: 0 } });
    expect(released(light)).toBe(12);
    const before = plain.suggest([all], 'wob');
    const guidance = before[0]!.suggestions.filter((s) => s.category === 'guidance');
    expect(guidance.filter((s) => s.text.startsWith('buren')).length).toBe(11);
    expect(plain.suggest([light], 'wob')).toEqual(before);
    expect(plain.suggest([light], 'wob')).toEqual(before);
  });

  it('keeps every model when the budget covers the dossier', async () => {
    const docs = await analyseBoth(plain, 1000);
    expect(docs.map(released)).toEqual([0, 0]);
  });
});

describe('PageModels', () => {
  it('reads a released page again when its words are asked for, and releases the oldest beyond what it keeps', () => {
    const pages = [1, 2, 3].map((n) => pageTextFromString(`Pagina ${n} van Anouk Bos`, n));
    const words = pages.map((p) => p.words);
    const read: number[] = [];
    const models = new PageModels((n) => {
      read.push(n);
      return pageTextFromString(`Pagina ${n} van Anouk Bos`, n);
    }, 2);
    for (const p of pages) models.release(p);
    expect(pages[0]!.text).toBe('Pagina 1 van Anouk Bos');
    expect(read).toEqual([]);
    expect(pages[0]!.words.map((w) => w.text)).toEqual(words[0]!.map((w) => w.text));
    expect(pages[0]!.lines.length).toBe(1); // in place now: no second reading
    expect(read).toEqual([1]);
    void pages[1]!.words;
    void pages[2]!.words; // three in place with room for two: page 1 is released again
    expect(models.isReleased(pages[0]!)).toBe(true);
    void pages[0]!.charToGlyph;
    expect(read).toEqual([1, 2, 3, 1]);
  });

  it('refuses a page read again with another text than the one it was read with', () => {
    const p = pageTextFromString('Gesprek met Anouk Bos', 1);
    const models = new PageModels(() => pageTextFromString('Gesprek met Anouk Jansen', 1));
    models.release(p);
    expect(() => p.words).toThrow(/another text/);
  });

  it('never releases a page read by OCR (its model is not in the file)', () => {
    const p = { ...pageTextFromString('Gescand', 1), ocrConfidence: new Int8Array(7).fill(90) };
    const models = new PageModels(() => { throw new Error('not read again'); });
    models.release(p);
    expect(models.isReleased(p)).toBe(false);
    expect(p.words.length).toBe(1);
  });
});
