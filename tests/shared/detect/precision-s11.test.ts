import { describe, expect, it } from 'vitest';
import { suggestDocument } from '../../../shared/detect';
import { nameModelDetector } from '../../../shared/detect/detectors/nameModel';
import { isProperWord } from '../../../shared/detect/lexicon';
import { pageTextFromString } from '../../helpers/pdftotext-pagetext';

// Session 11 (issue #11, items 6 and 7): what the learned tagger must not take for a person, and the
// officials it must keep. Every name, organisation and sentence is made up for these tests (names of
// Māori and Hawaiian origin, which no development split uses).

const only = (...pages: string[]) => suggestDocument(pages.map((p, i) => pageTextFromString(p, i + 1)), { law: 'wob', detectors: [nameModelDetector] });
const all = (...pages: string[]) => suggestDocument(pages.map((p, i) => pageTextFromString(p, i + 1)), { law: 'wob' });
const names = (r: ReturnType<typeof only>) => r.suggestions.filter((s) => s.category === 'name').map((s) => s.text);
const kept = (r: ReturnType<typeof only>) => r.kept.filter((s) => s.category === 'name').map((s) => s.text);

describe('proper words (lexicon.ts isProperWord)', () => {
  it('holds languages, countries, regions, adjectives of places, services and products, and no name of the lexicons', () => {
    for (const w of ['Europese', 'Duitse', 'Brabantse', 'Limburgse', 'Fries', 'Engels', 'Turks', 'Arabisch', 'Twente', 'Achterhoek', 'Logius', 'Belastingdienst', 'Firefox', 'Duitsland', 'Afrika']) {
      expect(isProperWord(w), w).toBe(true);
    }
    // Persons' names stay names: first names and surnames of the lexicons are left out of the list.
    for (const w of ['Jansen', 'Anouk', 'Mohamed', 'Bakker', 'Maas']) expect(isProperWord(w), w).toBe(false);
  });

  it('is never a person on the tagger\'s word alone, in any place of a sentence', () => {
    const text = 'Toegankelijkheidsonderzoek\nHet onderzoek volgt de Europese norm; de app is alleen in het Engels te gebruiken.\nDe proef loopt in de Achterhoek en in Twente, met hulp van Logius.\nDe Brabantse en de Limburgse gemeenten doen mee, net als een Duitse partner.\nDe Fries en de Brabander spreken.';
    const res = all(text);
    const found = names(res);
    for (const w of ['Europese', 'Engels', 'Achterhoek', 'Twente', 'Logius', 'Brabantse', 'Limburgse', 'Duitse', 'Fries']) expect(found, w).not.toContain(w);
  });

  it('still lets a person with such a word in a full name be found', () => {
    const found = names(only('Werkbezoek\nDe sleutel ligt bij Ruatapu Engels op de tweede verdieping.'));
    expect(found).toContain('Ruatapu Engels');
  });
});

describe('a sentence that opens with an ordinary word', () => {
  it('takes no verb or adverb that is also a first name, at the start of a sentence, question or line, for a person', () => {
    const text = 'Besluit op uw aanvraag\nBent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.\nDe termijn is verstreken. Bent u te laat, dan vervalt het recht.\nBen je morgen op kantoor?';
    const res = all(text);
    expect(names(res)).toEqual([]);
    expect(names(only(text))).toEqual([]);
  });

  it('keeps such a first name where a greeting, a chat sender or a surname says a person stands', () => {
    const res = all('Van: Keoni Kahale\nAan: Bent Akana\nOnderwerp: planning\n\nBeste Bent,\n\nKun je dit bekijken?\n\nGroet,\nKeoni');
    expect(names(res)).toEqual(expect.arrayContaining(['Bent Akana', 'Bent']));
    // A word mid-sentence after a sentence opener is not affected: a model find with a surname stays.
    expect(names(only('Werkbezoek\nDinsdag rijden Tamatea Ngata en Hemi Parata mee.'))).toContain('Tamatea Ngata');
  });
});

describe('text-model artefacts and titles', () => {
  it('takes no piece of a word broken at a glyph without meaning (a lost ligature) for a person', () => {
    // U+E01E: a private-use code where the text model found no ToUnicode entry for a ligature.
    const text = 'Bevindingen formulieren\nOp de pagina met de formulieren mist een label bij het zoekveld, waardoor een schermlezer\nniets voorleest. Hetzel\uE01Ede fout zit ook in het contactformulier op https://voorbeeld.nl/contact/\nen in het aanmeldformulier. Los dit op door elk veld een zichtbaar label te geven.\nHetzel\uE01Ede geldt voor de knoppen onder de kop “Downloads” op https://voorbeeld.nl/downloads/\nwaar alleen een icoon staat.';
    expect(names(all(text))).toEqual([]);
    // The same word whole is no find either way; a name beside such a glyph elsewhere on the page still is.
    expect(names(only(`${text}\nDe sleutel ligt bij Ruatapu Wihongi op de tweede verdieping.`))).toEqual(['Ruatapu Wihongi']);
  });

  it('takes no unknown or misspelt word inside a title in title case for a person', () => {
    const text = 'Afkortingen\nDP3T\nDecentralozed, Privacy-Preserving Proximity Tracing\nHet protocol staat voor “Decentralozed, Privacy-Preserving Proximity Tracing”.';
    expect(names(all(text))).toEqual([]);
    // A function after a name is no title: the name with its function stays a person.
    expect(names(all('Verslag\nNgawai, Senior Beleidsadviseur Informatievoorziening'))).toEqual(['Ngawai']);
  });
});

describe('public officials in parliamentary papers', () => {
  it('keeps the proposer of a motion or an amendment, with a reason', () => {
    const text = 'Aanleiding\nOok de Tweede Kamer heeft in de breed aangenomen motie Wihongi c.s. overwogen dat apps kunnen helpen.\nHet amendement-Parata is verworpen.';
    const res = all(text);
    expect(names(res)).toEqual([]);
    const m = only(text);
    expect(kept(m)).toContain('Wihongi');
    expect(m.kept.find((s) => s.text === 'Wihongi')!.reason).toMatch(/volksvertegenwoordiger/);
  });

  it('keeps a surname that the document names elsewhere with its public office', () => {
    const text = 'Verslag werkbezoek\nStaatssecretaris Ruatapu bezocht op 3 maart de locatie.\n\nUitkomsten\nNa afloop sprak Ruatapu met de bewoners over de plannen.';
    const res = all(text);
    expect(names(res)).not.toContain('Ruatapu');
  });
});

describe('general mailboxes (email.ts)', () => {
  const mails = (r: ReturnType<typeof all>) => r.suggestions.filter((s) => s.category === 'email').map((s) => s.text);
  const keptMails = (r: ReturnType<typeof all>) => r.kept.filter((s) => s.category === 'email');

  it('keeps a function\'s mailbox in the footer of two pages of a short letter, and still suggests a person\'s address there', () => {
    // The footer's lines differ from page to page (no line repeated on most pages): only the mailbox is the same.
    const res = all(
      'Gemeente Lindewaard\n\nGeachte heer Akana,\n\nUw aanvraag is ontvangen. Wij nemen binnen acht weken een besluit.\n\nKenmerk 2026-0412\nvergunningen.west@lindewaard.nl',
      'Gemeente Lindewaard\n\nMet vriendelijke groet,\n\nHemi Parata\nhemi.parata@lindewaard.nl\n\nBijlage: situatietekening\nvergunningen.west@lindewaard.nl, onder vermelding van het kenmerk',
    );
    const keptBox = keptMails(res).filter((s) => s.text === 'vergunningen.west');
    expect(keptBox).toHaveLength(2);
    expect(keptBox[0]!.reason).toMatch(/bovenste of onderste regels van 2 pagina's/);
    expect(mails(res)).toContain('hemi.parata');
    expect(mails(res)).not.toContain('vergunningen.west');
  });

  it('still suggests an internal mailbox told to a colleague when a long dossier of e-mails puts it on the first or last lines of several pages', () => {
    // Each e-mail's body gives the colleague the team's mailbox; page breaks of the printed thread put
    // that sentence on a page's last lines, on more than one page. No letterhead, no footer: internal.
    // (Two of seven pages: not the running footer of most pages, which the document profile keeps.)
    const mail = (who: string, box: boolean) => `Van: ${who} <${who.toLowerCase().replace(' ', '.')}@lindewaard.nl>\nAan: Keoni Kahale <keoni.kahale@lindewaard.nl>\nOnderwerp: overleg\n\nBeste Keoni,\nDe stukken volgen morgen.\nMet vriendelijke groet,\n${who}${box ? '\nVoor vragen kun je ook terecht bij de functionele mailbox\nteam.handhaving@lindewaard.nl.' : ''}`;
    const res = all(mail('Hemi Parata', true), mail('Tane Mahuta', false), mail('Aroha Wiremu', true), mail('Rangi Tuhoe', false), mail('Manaia Pohatu', false), mail('Tui Ranginui', false), mail('Ana Whetu', false));
    expect(mails(res).filter((t) => t === 'team.handhaving')).toHaveLength(2);
    expect(keptMails(res).map((s) => s.text)).not.toContain('team.handhaving');
  });

  it('keeps a function\'s mailbox under a contact or colophon heading, not one told to a colleague or beside a person', () => {
    const res = all('Rapport toegankelijkheid\nDe website is onderzocht in mei.\n\nContact\ndigitaal.loket@lindewaard.nl');
    expect(keptMails(res).map((s) => s.text)).toContain('digitaal.loket');
    expect(keptMails(res).find((s) => s.text === 'digitaal.loket')!.reason).toMatch(/contactblok of colofon onder 'Contact'/);
    const internal = all('Notitie\nBeste collega\'s,\nStuur je stukken naar secretariaat.dmb@lindewaard.nl voor vrijdag.\n\nContact\nKeoni Kahale\nkeoni.kahale@lindewaard.nl');
    expect(mails(internal)).toEqual(expect.arrayContaining(['secretariaat.dmb', 'keoni.kahale']));
  });

  it('keeps the addresses a body publishes for reports from the public, outside a message\'s header fields only', () => {
    const res = all('Toegankelijkheidsverklaring\nWerkt iets niet? Meld het via toegankelijkheid@lindewaard.nl. Een datalek meldt u bij datalek@lindewaard.nl.');
    expect(keptMails(res).map((s) => s.text).sort()).toEqual(['datalek', 'toegankelijkheid']);
    const header = all('Van: Keoni Kahale <keoni.kahale@lindewaard.nl>\nAan: crisisteam@lindewaard.nl\nOnderwerp: stand van zaken\n\nBeste collega\'s,\nDe stand van zaken volgt.');
    expect(mails(header)).toEqual(expect.arrayContaining(['keoni.kahale', 'crisisteam']));
  });

  it('keeps the organisation\'s front door (info@, klachten@, woo@) also in a message\'s header fields, and no team\'s mailbox there', () => {
    const res = all('Van: Tamatea Ngata <t.ngata@kiwimail.nl>\nAan: info@lindewaard.nl\nCC: klachten@lindewaard.nl; team.jeugd@lindewaard.nl\nOnderwerp: mijn aanvraag\n\nGeachte heer, mevrouw,\nIk wacht nog op een besluit.');
    const k = keptMails(res);
    expect(k.map((s) => s.text).sort()).toEqual(['info', 'klachten']);
    expect(k[0]!.reason).toMatch(/algemeen contactadres van de organisatie .*kopregels/);
    expect(mails(res)).toEqual(expect.arrayContaining(['t.ngata', 'team.jeugd']));
  });
});
