import { describe, expect, it } from 'vitest';
import { run } from './helpers';

function emails(text: string) {
  return run(text).suggestions.filter((s) => s.category === 'email').map((s) => [s.text, s.mailbox, s.grounds.join('+')]);
}

describe('e-mail addresses', () => {
  it.each([
    ['E anouk.bos@ind.nl', [['anouk.bos', false, '10.2.e']]],
    ['<f.vandenbergbos@politie.nl>;', [['f.vandenbergbos', false, '10.2.e']]],
    ['Voor vragen kun je ook terecht bij de functionele mailbox cter-infocel@politie.nl.', [['cter-infocel', true, '10.2.g']]],
    ['Mail naar postbus.migratiebeleid@minjenv.nl.', [['postbus.migratiebeleid', true, '10.2.g']]],
    // A service desk written to in a message's header is an internal mailbox (the same address published for the public stays, below).
    ['Aan: servicedesk@rijksoverheid.nl', [['servicedesk', true, '10.2.g']]],
    ['<a href> mailto:j.jansen@om.nl', [['j.jansen', false, '10.2.e']]],
  ] as [string, [string, boolean, string][]][])('suggests only the local part in %j', (text, expected) => {
    expect(emails(text)).toEqual(expected);
  });

  it('keeps a service desk\'s or team\'s mailbox written for the public (issue #11: functional mailboxes are no personal data)', () => {
    const r = run('Heeft u vragen? Mail de servicedesk via servicedesk@voorbeeldstad.nl of het team via team@wijkteam-noord.nl.\nOf mail mij: k.boateng@voorbeeldstad.nl');
    expect(r.suggestions.filter((x) => x.category === 'email').map((x) => x.text)).toEqual(['k.boateng']);
    expect(r.kept.filter((x) => x.category === 'email').map((x) => x.text)).toEqual(['servicedesk', 'team']);
  });

  it('leaves the domain and the @ outside the box', () => {
    const { suggestions } = run('E anouk.bos@ind.nl');
    const [box] = suggestions[0]!.rects;
    // fixed pitch of the test page: 6 pt per character; "anouk.bos" is characters 2..10
    expect(box![0]).toBe(12);
    expect(box![2]).toBe(66);
  });

  it('uses the Woo ground for a mailbox when the dossier is under the Woo', async () => {
    const { suggestDocument } = await import('../../../shared/detect');
    const { pageTextFromString } = await import('../../helpers/pdftotext-pagetext');
    const r = suggestDocument([pageTextFromString('functionele mailbox cter-infocel@politie.nl')], { law: 'woo' });
    expect(r.suggestions[0]?.grounds).toEqual(['5.1.2i']);
  });
});

// A local part broken at a hyphen or underscore over a line end (a narrow column or table cell).
// Made-up addresses.
describe('an e-mail address whose local part is broken over a line end', () => {
  it.each([
    ['Stuur de stukken naar de functionele mailbox team.vergunningen-\nzuid@gemeente-ommeland.nl voor 1 mei.', [['team.vergunningen-zuid', true, '10.2.g']]],
    ['E-mail\nmarleen.okafor_\nvisser@ommeland.nl', [['marleen.okafor_visser', false, '10.2.e']]],
    ['Contactpersoon: Joris de Wit-\nHaddou, joris.dewit-\nhaddou@ommeland.nl', [['joris.dewit-haddou', false, '10.2.e']]],
  ] as [string, [string, boolean, string][]][])('suggests the whole local part in %j', (text, expected) => {
    expect(emails(text)).toEqual(expected);
  });

  it('does not take the word before a line end that ends a sentence or carries no hyphen', () => {
    expect(emails('Dit is geregeld.\nanouk.bos@ommeland.nl')).toEqual([['anouk.bos', false, '10.2.e']]);
    expect(emails('Mail naar\nanouk.bos@ommeland.nl')).toEqual([['anouk.bos', false, '10.2.e']]);
  });
});
