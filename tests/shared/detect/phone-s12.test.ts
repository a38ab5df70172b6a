// Issue #11 items 4 and 6, session 12: the classes read from (f5)'s phone and e-mail misses, each
// tested here with other names, organisations, numbers and wording. Every one of them is made up.
import { describe, expect, it } from 'vitest';
import { companyBefore } from '../../../shared/detect/edges';
import { run } from './helpers';

const phones = (...pages: string[]) => run(...pages).suggestions.filter((s) => s.category === 'phone');
const keptPhones = (...pages: string[]) => run(...pages).kept.filter((s) => s.category === 'phone');
const mails = (...pages: string[]) => run(...pages).suggestions.filter((s) => s.category === 'email');
const keptMails = (...pages: string[]) => run(...pages).kept.filter((s) => s.category === 'email');

describe('a person named right before ", bereikbaar op"', () => {
  it.each([
    ['Heeft u vragen over dit besluit? Neem dan contact op met Makana Kealoha, bereikbaar op 0523 – 61 48 20.', '0523 – 61 48 20'],
    ['Voor vragen kunt u terecht bij mevrouw Teuila Fa\'asalele, bereikbaar op (0413) 33 71 09 (maandag en woensdag).', '(0413) 33 71 09'],
    ['Neem contact op met Pita Havili-Tonga, bereikbaar via 085 303 11 62.', '085 303 11 62'],
    ['Uw vraag kunt u stellen aan J.K. Vaitupu, telefonisch bereikbaar op 0900-7700881.', undefined],
  ])('gives the person\'s number: %j', (text, number) => {
    const found = phones(text).map((s) => s.text);
    if (number === undefined) {
      // A service number (0900) stays the organisation's, whoever is named.
      expect(found).toEqual([]);
      return;
    }
    expect(found).toEqual([number]);
  });

  it('keeps it suggested on every page of a mail-merge letter (one addressee a page)', () => {
    const letter = (to: string) => `Gemeente Wolderveen\n\n${to}\nBeukenlaan 4\n7101 AB Wolderveen\n\nGeachte heer of mevrouw,\n\nWij hebben uw aanvraag ontvangen.\n\nHeeft u vragen over deze brief? Neem dan contact op met Sione Latu, bereikbaar op (0543) 29 17 60 (dinsdag).\n\nMet vriendelijke groet,\n\nhet college van burgemeester en wethouders\n\nGemeente Wolderveen · Telefoon 14 0543 · www.wolderveen.nl`;
    const pages = ['De heer A. Taufa', 'Mevrouw L. Moala', 'De heer K. Fifita', 'Mevrouw T. Vea'].map(letter);
    const r = run(...pages);
    expect(r.suggestions.filter((s) => s.category === 'phone').map((s) => s.text)).toEqual(Array(4).fill('(0543) 29 17 60'));
    // The short number of the footer stays kept on every page.
    expect(r.kept.filter((s) => s.category === 'phone' && s.text === '14 0543')).toHaveLength(4);
  });

  it('a team or desk before ", bereikbaar op" keeps its number', () => {
    const text = 'Heeft u vragen? Neem dan contact op met Team Inkomensondersteuning, bereikbaar op 0543 29 10 00.';
    expect(phones(text)).toEqual([]);
    expect(keptPhones(text).map((s) => s.text)).toEqual(['0543 29 10 00']);
  });
});

describe('a company named with its legal form right before the number', () => {
  it.each([
    ['22:15 RVB Inbraakalarm, melding doorgegeven aan Meldkamer Schildwacht B.V. (088 - 71 40 225).', '088 - 71 40 225', 'Meldkamer Schildwacht B.V.'],
    ['De storing is gemeld bij Liftservice Oosterhout N.V. (0162 45 88 10) en wordt morgen verholpen.', '0162 45 88 10', 'Liftservice Oosterhout N.V.'],
    ['Leverancier: Groenvoorziening Tamariki BV, tel. 0344-612290', '0344-612290', 'Groenvoorziening Tamariki BV'],
  ])('keeps it as the company\'s, with the company in the reason: %j', (text, number, company) => {
    // A person in the lines above (a log's previous row, wrapped) does not make it the person's.
    const log = `Logboek meldkamer\n21:40 RVB Bezoeker zonder afspraak: mevrouw H. Tuimavave, wil de wethouder spreken. Verwezen naar\nde receptie.\n${text}`;
    expect(phones(log).map((s) => s.text)).not.toContain(number);
    const k = keptPhones(log).find((s) => s.text === number);
    expect(k?.reason).toContain(company);
    expect(k?.reason).toMatch(/algemeen nummer van het bedrijf/);
  });

  it('a mobile or a direct line after a company stays a person\'s', () => {
    expect(phones('Contact: Kalani Akana, Akana Advies B.V. (06-41 27 83 95)').map((s) => s.text)).toEqual(['06-41 27 83 95']);
    expect(phones('Mahina Keawe, Keawe Tuinen B.V., direct: 0344 61 22 71').map((s) => s.text)).toEqual(['0344 61 22 71']);
  });

  it('finds the company in the text before the number (edges.ts companyBefore)', () => {
    expect(companyBefore('doorgegeven aan Alarmdienst Kaimana B.V. (')).toBe('Alarmdienst Kaimana B.V.');
    expect(companyBefore('Hoeksema Installatietechniek VOF, tel. ')).toBe('Hoeksema Installatietechniek VOF');
    expect(companyBefore('Contact: Kalani Akana (Akana Advies B.V.), tel. ')).toBeUndefined();
    expect(companyBefore('gesproken met Leilani Kahale, ')).toBeUndefined();
  });
});

describe('an organisation-range number (084–091) tied to a person', () => {
  it.each([
    ['Eigenaren: zie bijlage 3. Contact: Tavita, t.sapolu@wolderveen.nl, 085 771 20 46', '085 771 20 46'],
    ['Vragen over de planning? Contact: Losana, losana.ratu@wolderveen.nl, +31 87 311 05 92', '+31 87 311 05 92'],
    ['Aanspreekpunt Mele (m.fonua@wolderveen.nl, 084 402 19 33) voor de tweede fase.', '084 402 19 33'],
  ])('in the sentence of a person\'s own e-mail address: %j', (text, number) => {
    const s = phones(text).find((x) => x.text === number);
    expect(s?.reason).toMatch(/persoonlijke e-mailadres/);
  });

  it('beside a function\'s mailbox stays the organisation\'s', () => {
    const text = 'Vragen over de planning? Contact: projectbureau@wolderveen.nl, 085 771 20 00';
    expect(phones(text)).toEqual([]);
    expect(keptPhones(text).map((s) => s.text)).toEqual(['085 771 20 00']);
  });

  it.each(['Rechtstreeks telefoonnummer', 'Doorkiesnummer', 'Directe lijn', 'Mobiel nummer'])('under a form\'s label %j over the value', (label) => {
    const form = `Aanvraag bijzondere bijstand\n3 Bewindvoering\nNaam kantoor\nBewindvoering Kauri\nContactpersoon bij het kantoor\nR. Tupou\n${label}\n087 318 22 40\n4 Ondertekening`;
    const s = phones(form).find((x) => x.text === '087 318 22 40');
    expect(s?.reason).toContain(`'${label}' erboven`);
  });

  it('under a general label over the value stays kept', () => {
    const form = 'Gegevens van het kantoor\nNaam kantoor\nBewindvoering Kauri\nAlgemeen telefoonnummer\n087 318 22 00\n';
    expect(phones(form)).toEqual([]);
  });
});

describe('a tender\'s mailbox for the bidders\' questions', () => {
  it.each([
    ['Secretaris van de commissie: Ana Vaka – a.vaka@wolderveen.nl – vragen van inschrijvers alleen via aanbestedingen@wolderveen.nl', 'aanbestedingen'],
    ['Gegadigden stellen hun vragen uitsluitend via contractbeheer@wolderveen.nl; mondelinge vragen worden niet beantwoord.', 'contractbeheer'],
  ])('keeps the function\'s mailbox and suggests the secretary\'s: %j', (text, local) => {
    expect(mails(text).map((s) => s.text)).not.toContain(local);
    expect(keptMails(text).map((s) => s.text)).toContain(local);
  });

  it('a colleague sent to the same kind of mailbox is told of an internal one', () => {
    const text = 'Hoi Sefa, de vragen van inschrijvers kun je intern doorzetten via contractbeheer@wolderveen.nl.';
    expect(mails(text).map((s) => s.text)).toContain('contractbeheer');
  });
});

describe('the organisation\'s general number, by class (issue #11 item 4: "the organisation\'s general number … stays")', () => {
  it.each([
    ['Heeft u nog vragen? Dan kunt u ons bellen op 0318 - 47 20 00.', '0318 - 47 20 00', /kunt u ons bellen/],
    ['Voor een afspraak kunt u ons telefonisch bereiken op 088 - 612 40 40.', '088 - 612 40 40', /ons telefonisch bereiken/],
    ['Waterschap Lindegouw, telefoon 0318 47 20 00', '0318 47 20 00', /Waterschap Lindegouw/],
    ['Stichting Buurtzorg Oostmark, telefoon 0318 47 20 00', '0318 47 20 00', /Stichting Buurtzorg Oostmark/],
    ['Colofon\nUitgave van de provincie Oostmark\nInlichtingen: telefoon 0318 47 20 00', '0318 47 20 00', /onder 'Colofon'/],
    ['Meer informatie\nOp de website staat de volledige regeling.\nTelefoon (0318) 47 20 00', '(0318) 47 20 00', /onder 'Meer informatie'/],
  ])('is kept with the reason that says why: %j', (text, number, why) => {
    expect(phones(text)).toEqual([]);
    const k = keptPhones(text).find((s) => s.text === number);
    expect(k?.reason).toMatch(why);
  });

  it.each([
    // The team's on-call mobile is still a mobile: "ons" is no strong cue for it.
    ['Buiten kantoortijd kunt u ons bellen op 06 31 72 58 40.', '06 31 72 58 40'],
    ['Heeft u nog vragen? Dan kunt u mij bellen op 0318 - 47 20 31.', '0318 - 47 20 31'],
    // A person's line under the heading: the person's number, not the colophon's.
    ['Contact\nLeilani Kahale\nT 0318 47 20 31', '0318 47 20 31'],
    ['Colofon\nRedactie: Leilani Kahale\nTelefoon 0318 47 20 31', '0318 47 20 31'],
    ['Contact\nInlichtingen bij L. Kahale, telefoon 0318 47 20 31', '0318 47 20 31'],
    ['Vragen?\nIk ben bereikbaar op 0318 47 20 31.', '0318 47 20 31'],
  ])('a person\'s number stays suggested: %j', (text, number) => {
    expect(phones(text).map((s) => s.text)).toEqual([number]);
  });
});

describe('the organisation\'s own line under a signature', () => {
  it.each([
    ['Met vriendelijke groet,\nLeilani Kahale\nadviseur\nProvincie Oostmark | Stationsplein 3 | 0318 47 20 00 | www.oostmark.nl', 'Provincie Oostmark'],
    ['Met vriendelijke groet,\nLeilani Kahale\nadviseur\nWaterschap Lindegouw · Postbus 40, 3900 AA Lindegouw · T 0318 47 20 00', 'Waterschap Lindegouw'],
  ])('keeps the number on the line of the organisation\'s name and address: %j', (text, org) => {
    expect(phones(text)).toEqual([]);
    expect(keptPhones(text)[0]?.reason).toContain(`'${org}'`);
  });

  it.each([
    'Met vriendelijke groet,\nLeilani Kahale\nadviseur\nProvincie Oostmark | Postbus 40 | direct: 0318 47 20 31 | www.oostmark.nl',
    'Met vriendelijke groet,\nLeilani Kahale\nadviseur\nProvincie Oostmark | Postbus 40 | 0318 47 20 31 (direct) | www.oostmark.nl',
    'Met vriendelijke groet,\nLeilani Kahale | Provincie Oostmark | Postbus 40 | 0318 47 20 31',
    'Met vriendelijke groet,\nLeilani Kahale\nadviseur\nProvincie Oostmark | Stationsplein 3 | 3901 AB Lindegouw\nT 0318 47 20 31 | M 06 21 77 40 19',
  ])('a direct label, a person on the line or a line of its own keeps the person\'s number suggested: %j', (text) => {
    expect(phones(text).map((s) => s.text)).toContain('0318 47 20 31');
  });

  it('a person\'s home address line with a full name is no organisation\'s line', () => {
    const text = 'Zienswijze\nIngediend door Leilani Kahale, Lindelaan 14, 3901 CD Lindegouw, tel. 0318 47 55 12';
    expect(phones(text).map((s) => s.text)).toEqual(['0318 47 55 12']);
  });
});
