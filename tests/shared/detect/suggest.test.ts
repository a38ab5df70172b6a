import { describe, expect, it } from 'vitest';
import { suggestDocument, suggestionId, type Detector } from '../../../shared/detect';
import { pageTextFromString, pdftotextPageTexts } from '../../helpers/pdftotext-pagetext';
import path from 'node:path';
import { FIXTURES } from '../../helpers/paths';

const email = `Van: Bos, A.W. (Anouk) <anouk.bos@politie.nl>
Aan: Jansen, W.J. (Wendy) <w.jansen@politie.nl>
Onderwerp: Reactie op Kamervragen

Beste Wendy,

Het algemene nummer 088 043 0430 blijft het aanspreekpunt voor externe partijen.

Met vriendelijke groet,

Anouk Bos
T (030) 1378848
E anouk.bos@ind.nl`;

describe('suggestDocument', () => {
  const result = suggestDocument([pageTextFromString(email)], { law: 'wob' });

  it('gives every suggestion the contract fields, a reason and its detector', () => {
    for (const s of result.suggestions) {
      expect(s).toMatchObject({ page: 1, confidence: expect.any(Number), reason: expect.any(String), detector: expect.any(String) });
      expect(s.id).toMatch(/^[0-9a-f]{16}$/);
      expect(s.rects.length).toBeGreaterThan(0);
      expect(s.grounds.length).toBeGreaterThan(0);
    }
  });

  it('finds the names, numbers and addresses of the e-mail and keeps the general number', () => {
    const byCat = (c: string) => result.suggestions.filter((s) => s.category === c).map((s) => s.text);
    expect(byCat('name')).toEqual(['Bos, A.W. (Anouk)', 'Jansen, W.J. (Wendy)', 'Wendy', 'Anouk Bos']);
    expect(byCat('email')).toEqual(['anouk.bos', 'w.jansen', 'anouk.bos']);
    expect(byCat('phone')).toEqual(['(030) 1378848']);
    expect(result.kept.map((k) => k.text)).toEqual(['088 043 0430']);
  });

  it('gives the same ids on every run and different ids to different mentions', () => {
    const again = suggestDocument([pageTextFromString(email)], { law: 'wob' });
    expect(again.suggestions.map((s) => s.id)).toEqual(result.suggestions.map((s) => s.id));
    expect(new Set(result.suggestions.map((s) => s.id)).size).toBe(result.suggestions.length);
    expect(suggestionId(1, 'name', 5, 'A')).not.toBe(suggestionId(2, 'name', 5, 'A'));
  });

  it('writes Woo codes when the dossier is under the Woo', () => {
    const woo = suggestDocument([pageTextFromString(email)], { law: 'woo' });
    expect(new Set(woo.suggestions.flatMap((s) => s.grounds))).toEqual(new Set(['5.1.2e']));
  });

  it('keeps names on the allowlist', () => {
    const r = suggestDocument([pageTextFromString('Het overleg werd voorgezeten door Anouk Bos.')], { law: 'wob', allowlist: ['Anouk Bos'] });
    expect(r.suggestions).toEqual([]);
    expect(r.kept.map((k) => k.text)).toEqual(['Anouk Bos']);
  });

  it('keeps configured switchboard numbers', () => {
    const r = suggestDocument([pageTextFromString('T 070 370 79 11')], { law: 'wob', switchboards: ['070-3707911'] });
    expect(r.suggestions).toEqual([]);
    expect(r.kept[0]?.reason).toMatch(/algemeen/);
  });

  it('runs registered detectors as plain objects', () => {
    const shout: Detector = { id: 'test.shout', category: 'name', run: ({ text }) => [{ category: 'name', start: text.indexOf('HELP'), end: text.indexOf('HELP') + 4, confidence: 1, reason: 'test' }] };
    const r = suggestDocument([pageTextFromString('say HELP now')], { law: 'wob', detectors: [shout] });
    expect(r.suggestions.map((s) => [s.text, s.detector])).toEqual([['HELP', 'test.shout']]);
  });
});

// An e-mail printout made by enscript and Ghostscript, and what a reviewer marks in it.
const corpus = path.join(FIXTURES, 'producers', 'enscript-email.pdf');
describe('on a real e-mail printout (pdftotext text model)', () => {
  it('finds every name, number and address a reviewer marks in it', async () => {
    const truth = { items: [
      { category: 'name', text: 'Bakker, P. (Pieter)' }, { category: 'email', text: 'p.bakker' },
      { category: 'email', text: 'postbus.visumbeleid' }, { category: 'name', text: 'Smit, L. (Lieke)' },
      { category: 'email', text: 'l.smit' }, { category: 'phone', text: '06-23456789' }, { category: 'name', text: 'Pieter Bakker' },
      { category: 'guidance', text: 'Vraag tijdens het gehoor eerst door op de reisroute en houd de indicatorenlijst voor jezelf; laat de aanvrager die lijst niet zien.' },
    ] };
    const { suggestions } = suggestDocument(pdftotextPageTexts(corpus), { law: 'wob' });
    const norm = (s: string) => s.replace(/\s+/g, ' ');
    for (const item of truth.items) {
      expect(suggestions.some((s) => s.category === item.category && norm(s.text) === norm(item.text)), `${item.category} ${item.text}`).toBe(true);
    }
  });
});

describe('cost on hostile or dense pages', () => {
  it('handles a long page dense with roles, names, numbers and long tokens in a few seconds', () => {
    const line = 'De Minister van Justitie en Veiligheid, de staatssecretaris van Asiel en Migratie en burgemeester Halsema van Amsterdam met wethouder Jan de Groot, mevr. Y. Öztürk en T 06-12345678;';
    const text = [...Array.from({ length: 150 }, () => line), 'x'.repeat(20000), `${'a.'.repeat(5000)}@`, '0'.repeat(5000)].join('\n');
    const t0 = performance.now();
    suggestDocument([pageTextFromString(text)], { law: 'wob' });
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});
