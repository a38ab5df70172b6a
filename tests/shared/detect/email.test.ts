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
    ['Vragen? servicedesk@rijksoverheid.nl', [['servicedesk', true, '10.2.g']]],
    ['<a href> mailto:j.jansen@om.nl', [['j.jansen', false, '10.2.e']]],
  ] as [string, [string, boolean, string][]][])('suggests only the local part in %j', (text, expected) => {
    expect(emails(text)).toEqual(expected);
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
