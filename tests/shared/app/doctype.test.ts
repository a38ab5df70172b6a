import { describe, expect, it } from 'vitest';
import { pageLines, recogniseType, type PageWords } from '../../../shared/app';

/** A page of made-up lines: one word box per word, 14 points per line, 6 points per character. */
function page(n: number, lines: string[]): PageWords {
  const words: PageWords['words'] = [];
  lines.forEach((line, i) => {
    let x = 72;
    for (const w of line.split(' ').filter(Boolean)) {
      words.push({ text: w, rect: [x, 100 + i * 14, x + w.length * 6, 110 + i * 14] });
      x += w.length * 6 + 4;
    }
  });
  // Shuffled: the order of a content stream is not the reading order.
  return { page: n, words: words.reverse() };
}

describe('the document type from layout and wording cues', () => {
  it('reads lines in reading order', () => {
    expect(pageLines(page(1, ['Aan: de directeur', 'Van: de afdeling']))).toEqual(['Aan: de directeur', 'Van: de afdeling']);
  });

  it('recognises an e-mail by its header block, with the reason', () => {
    const t = recogniseType([page(1, ['Van: Kees Bakker <k.bakker@voorbeeld.nl>', 'Verzonden: dinsdag 2 juli 2020 10:12', 'Aan: Ans Mulder', 'Onderwerp: RE: planning', 'Hoi Ans,'])]);
    expect(t.type).toBe('e-mail');
    expect(t.reason).toMatch(/^e-mail: kopregels Van:\/Aan:\/Onderwerp:/);
  });

  it('recognises a letter by its salutation, closing and reference fields', () => {
    const t = recogniseType([page(1, ['Postbus 123', '2500 AB Den Haag', 'Ons kenmerk 2024-01', 'Betreft: uw verzoek', 'Geachte mevrouw Smit,', 'Hierbij ontvangt u ...', 'Met vriendelijke groet,'])]);
    expect(t).toEqual({ type: 'brief', reason: 'brief: een aanhef ("Geachte …"); een groet onder de brief; kenmerkvelden van een briefhoofd (ons/uw kenmerk); een adresblok met postbus of postcode' });
  });

  it('recognises a memo, minutes, a decision and a chat', () => {
    expect(recogniseType([page(1, ['Nota', 'Aan: de minister', 'Van: directie', 'Betreft: stand van zaken', 'Beslispunten', '1. U stemt in'])]).type).toBe('nota');
    expect(recogniseType([page(1, ['Verslag overleg ketenpartners', 'Aanwezig: A, B, C', 'Afwezig: D', '1. Opening', 'Actiepunten'])]).type).toBe('verslag');
    expect(recogniseType([page(1, ['De minister,', 'Gelet op artikel 5.1 van de Wet open overheid,', 'Besluit:', 'Tegen dit besluit kunt u bezwaar maken binnen zes weken.'])]).type).toBe('besluit');
    expect(recogniseType([page(1, ['[09:12] Piet: ben onderweg', '[09:13] Jan: prima', '[09:20] Piet: ik sta er', '[09:21] Jan: kom eraan'])]).type).toBe('chat');
  });

  it('says "overig" with why when no class fits, and an e-mail that quotes a letter stays an e-mail', () => {
    expect(recogniseType([page(1, ['Jaarplanning 2024', 'Kwartaal 1: inventarisatie', 'Kwartaal 2: uitvoering'])])).toEqual({ type: 'overig', reason: 'geen kenmerken van een e-mail, brief, nota, verslag of besluit gevonden' });
    expect(recogniseType([]).type).toBe('overig');
    expect(recogniseType([page(1, ['Van: Kees Bakker', 'Aan: Ans Mulder', 'Onderwerp: FW: brief', 'Verzonden: 2 juli 2020', '', 'Geachte heer,', 'Met vriendelijke groet,'])]).type).toBe('e-mail');
  });
});
