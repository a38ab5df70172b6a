/**
 * shared/detect/suggest.ts `beginDossier` (issue #17, `suggest --jobs N`): the detectors that read
 * only the pages run elsewhere (on a worker, their pages sent packed) while the others run here,
 * and the suggestions are the same as one pass's, in the same order, for a dossier of documents.
 */
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { aloneDetectors, beginDossier, runAlone, suggestDossier, type DossierDocument } from '../../../shared/detect/suggest';
import { packPages, unpackPages, type PackedPages } from '../../../shared/pagePack';
import type { PageText } from '../../../shared/pdf/textTypes';
import { analyseFixture } from '../../helpers/engines';
import { pageTextFromString } from '../../helpers/pdftotext-pagetext';

/** The pages as a worker gets them: text, words and lines only, through a real message port. */
function asWorkerGetsThem(pages: readonly PageText[]): PageText[] {
  const slim = pages.map((p) => ({ page: p.page, width: p.width, height: p.height, text: p.text, words: p.words, lines: p.lines, glyphs: [] }) as unknown as PageText);
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(packPages(slim));
  const got = receiveMessageOnPort(port2)!.message as PackedPages;
  port1.close();
  return unpackPages(got);
}

const instruction = `Werkinstructie nader gehoor

Vraag tijdens het gehoor door op de periode waarin de vreemdeling bij de inlichtingendienst werkzaam was en let daarbij op tegenstrijdigheden in de genoemde data.

Let op: als de vreemdeling verklaart uitsluitend administratief werk te hebben verricht, vraag dan naar de locatie van het kantoor.

Met vriendelijke groet,

Anouk Bos
T (030) 1378848`;

describe('beginDossier: detectors that run alone, elsewhere', () => {
  it('leaves the guidance detector to the host', () => {
    expect(aloneDetectors()).toContain('guidance.cues');
    expect(beginDossier([], { law: 'wob' }).deferred).toEqual([]);
    expect(beginDossier([], { law: 'wob' }, true).deferred).toEqual(aloneDetectors());
  });

  it('gives the suggestions and kept items of one pass, in its order, for a dossier of several producers', async () => {
    const docs: DossierDocument[] = [];
    for (const name of ['enscript-email-thread.pdf', 'soffice-memo.pdf', 'chromium-two-column.pdf', 'soffice-email.pdf']) docs.push({ name, pages: (await analyseFixture(name)).doc.pages });
    docs.push({ name: 'werkinstructie.txt', pages: [pageTextFromString(instruction, 1), pageTextFromString(instruction.replace('Anouk Bos', 'A. Bos'), 2)] });
    for (const law of ['wob', 'woo'] as const) {
      const one = suggestDossier(docs, { law });
      const run = beginDossier(docs, { law }, true);
      const elsewhere = docs.map((d) => run.deferred.map((id) => runAlone(id, asWorkerGetsThem(d.pages), { law })));
      const two = run.finish((i, id) => elsewhere[i]![run.deferred.indexOf(id)]!);
      expect(two).toEqual(one);
      // Not an empty comparison: guidance, names and numbers are all there.
      const categories = new Set(two.flatMap((r) => r.suggestions.map((s) => s.category)));
      expect([...categories].sort()).toEqual(expect.arrayContaining(['email', 'guidance', 'name', 'phone']));
    }
  });

  it('refuses to run a detector alone that reads the memory of names', async () => {
    const { doc } = await analyseFixture('soffice-memo.pdf');
    expect(() => runAlone('name.patterns', doc.pages, { law: 'wob' })).toThrow(/no detector that runs alone/);
  });
});
