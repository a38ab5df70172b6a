import { describe, expect, it } from 'vitest';
import { groupIntoLines, guessMetadata, parseDutchDate, pdfDateToIso } from '../../../shared/dossier/metadata';
import { intakeDocuments } from '../../../shared/dossier/intake';
import { createDossier } from '../../../shared/dossier/actions';
import { ctx, HASH } from './fixtures';

describe('guessMetadata', () => {
  it.each<[string, string[], string | undefined, { title: string; date: string; fileType: string }]>([
    ['an Outlook printout: the subject, the sent date',
      ['Van: Wit, D. (Dewi) de <dewi.dewit@minjenv.nl>', 'Verzonden: 15 maart 2023 8:43', 'Aan: Hoogendoorn, F.P.', 'Onderwerp: RE: Reactie op Kamervragen', 'Beste Femke,'],
      'Enscript Output', { title: 'RE: Reactie op Kamervragen', date: '2023-03-15', fileType: 'email' }],
    ['an English header',
      ['From: A <a@x.nl>', 'Sent: Tuesday, March 5, 2024 10:12', 'To: B', 'Subject: Planning'], undefined,
      { title: 'Planning', date: '2024-03-05', fileType: 'email' }],
    ['a letter: its Betreft line and Datum',
      ['Aan de Voorzitter van de Tweede Kamer', 'Postbus 20018', 'Datum 2 juli 2020', 'Betreft Reactie op Kamervragen intrekkingen'], '',
      { title: 'Reactie op Kamervragen intrekkingen', date: '2020-07-02', fileType: 'pdf' }],
    ['a memo heading rather than its addressee or a side column',
      ['Aan: de Minister van Asiel en Migratie', 'Contactpersoon', 'Directie Migratiebeleid', 'Beslisnota: Overlegtafel 1F-casuïstiek'], 'x.html',
      { title: 'Beslisnota: Overlegtafel 1F-casuïstiek', date: '', fileType: 'pdf' }],
    ['a meaningful /Title over the first line',
      ['Werkinstructie 2014/3', 'De bewijslast ligt bij de IND'], 'Werkinstructie artikel 1F Vreemdelingenwet',
      { title: 'Werkinstructie artikel 1F Vreemdelingenwet', date: '', fileType: 'pdf' }],
    ['a producer default /Title is ignored', ['Werkinstructie 2014/3'], 'Microsoft Word - wi2014-3.docx',
      { title: 'Werkinstructie 2014/3', date: '', fileType: 'pdf' }],
    ['no text at all: the file name', [], undefined, { title: 'scan 0012', date: '', fileType: 'pdf' }],
  ])('%s', (_n, lines, info, want) => {
    expect(guessMetadata(lines, info, 'scan 0012.pdf')).toMatchObject(want);
  });

  it('gives e-mails of one conversation the same thread key, whatever the reply prefixes', () => {
    const a = guessMetadata(['Van: A', 'Aan: B', 'Onderwerp: Afspraken gegevensdeling CTER'], '', 'a.pdf');
    const b = guessMetadata(['Van: B', 'Aan: A', 'Onderwerp: RE: FW: Afspraken gegevensdeling CTER'], '', 'b.pdf');
    expect(a.threadKey).toBe('afspraken gegevensdeling cter');
    expect(b.threadKey).toBe(a.threadKey);
  });
});

describe('parseDutchDate', () => {
  it.each([
    ['Verzonden: woensdag 15 maart 2023 8:43', '2023-03-15'],
    ['Datum 2 juli 2020', '2020-07-02'],
    ['Den Haag, 1 okt. 2021', '2021-10-01'],
    ['02-07-2020', '2020-07-02'],
    ['2/7/2020', '2020-07-02'],
    ['2020-07-02T10:00', '2020-07-02'],
    ['Sent: March 5, 2024', '2024-03-05'],
    ['31 februari 2023', ''],
    ['Kamerstuk 29344, nr. 12', ''],
  ])('%s → %s', (line, iso) => expect(parseDutchDate(line)).toBe(iso));

  it('reads PDF dates', () => {
    expect(pdfDateToIso("D:20230315084300+01'00'")).toBe('2023-03-15');
    expect(pdfDateToIso('garbage')).toBe('');
  });
});

describe('groupIntoLines', () => {
  it('puts a table-style e-mail header label and its value on one line', () => {
    expect(groupIntoLines([
      { text: 'Van:', rect: [58, 30, 83, 44] },
      { text: 'Onderwerp:', rect: [58, 76, 123, 91] },
      { text: 'Mulder,', rect: [131, 30, 172, 44] },
      { text: 'Afspraken', rect: [131, 76, 186, 91] },
      { text: 'gegevensdeling', rect: [190, 76, 277, 91] },
      { text: 'CTER', rect: [281, 76, 310, 91] },
    ])).toEqual(['Van: Mulder,', 'Onderwerp: Afspraken gegevensdeling CTER']);
  });

  it('keeps a side column apart from the heading on the same height', () => {
    expect(groupIntoLines([
      { text: 'Aan:', rect: [58, 30, 81, 43] }, { text: 'de', rect: [84, 30, 97, 43] },
      { text: 'Contactpersoon', rect: [483, 30, 546, 40] },
    ])).toEqual(['Aan: de', 'Contactpersoon']);
  });

  it('reads a page whose text runs top to bottom (rot 1) in its own direction', () => {
    expect(groupIntoLines([
      { text: 'Van:', rect: [790, 23, 801, 47], rot: 1 },
      { text: 'Wit,', rect: [790, 53, 801, 77], rot: 1 },
      { text: 'Onderwerp:', rect: [736, 23, 746, 83], rot: 1 },
      { text: 'Reactie', rect: [736, 89, 746, 131], rot: 1 },
    ])).toEqual(['Van: Wit,', 'Onderwerp: Reactie']);
  });
});

describe('intakeDocuments', () => {
  it('numbers in the given order and records where each date came from (threads are found later, from the whole text)', () => {
    const base = createDossier({ id: 'x', title: 'T', law: 'woo' }, ctx).dossier;
    const meta = (title: string, threadKey: string, date: string) => ({ title, threadKey, date, fileType: threadKey ? ('email' as const) : ('pdf' as const) });
    const { dossier } = intakeDocuments(base, [
      { path: 'a.pdf', sha256: HASH('a'), pageCount: 1, meta: meta('Afspraken', 'afspraken', '2023-01-01'), fileDate: '2026-01-01' },
      { path: 'b.pdf', sha256: HASH('b'), pageCount: 2, meta: meta('Nota', '', ''), fileDate: '2026-01-02' },
      { path: 'c.pdf', sha256: HASH('c'), pageCount: 1, meta: meta('RE: Afspraken', 'afspraken', '2023-01-02'), fileDate: '' },
      { path: 'd.pdf', sha256: HASH('d'), pageCount: 1, meta: meta('Los', 'los', '2023-01-03'), fileDate: '' },
    ], ctx);
    expect(dossier.documents.map((d) => [d.number, d.threadId, d.date, d.dateSource])).toEqual([
      ['0001', '', '2023-01-01', 'text'],
      ['0002', '', '2026-01-02', 'file'],
      ['0003', '', '2023-01-02', 'text'],
      ['0004', '', '2023-01-03', 'text'],
    ]);
    // No case number, no matter: the platform's Matter is asked for, never invented.
    expect(dossier.matter).toBe('');
  });
});
