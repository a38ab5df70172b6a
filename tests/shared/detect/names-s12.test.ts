// Session 12 (issue #11, item 3): staff codes (initials, a paraaf) in a table column headed "wie",
// "door", "eigenaar" … read from the page's geometry, whatever order the text model read the
// table in; and legends that write the names surname-first ("KVB = Verbruggen, Kees; …").
// Made-up names, codes and layouts.
import { describe, expect, it } from 'vitest';
import { suggestDocument } from '../../../shared/detect';
import { toPageTexts } from '../../helpers/pdftotext-pagetext';
import { found, words } from './helpers';

type Line = { words: ReturnType<typeof words> };
const page = (blocks: { lines: Line[] }[]) => toPageTexts([{ width: 842, height: 595, blocks }])[0]!;
const names = (p: ReturnType<typeof page>) => suggestDocument([p], { law: 'wob' }).suggestions.filter((s) => s.category === 'name');

describe('staff codes in a column of a table', () => {
  // A call list: date, outcome, and who called, read column by column (as a spreadsheet's print is).
  const calls = [['3-02', 'bereikt', 'LOVA'], ['5-02', 'voicemail', 'DKT'], ['6-02', 'geen gehoor', 'LOVA'], ['9-02', 'bereikt', 'BRIJ']];
  const callList = (headerWord: string) => page([
    { lines: [{ words: words('Gebeld op', 40, 60) }, ...calls.map((r, i) => ({ words: words(r[0]!, 40, 80 + i * 16) }))] },
    { lines: [{ words: words('Uitkomst', 140, 60) }, ...calls.map((r, i) => ({ words: words(r[1]!, 140, 80 + i * 16) }))] },
    { lines: [{ words: words(headerWord, 260, 60) }, ...calls.map((r, i) => ({ words: words(r[2]!, 260, 80 + i * 16) }))] },
    // The legend, its codes and its names in two columns the model reads apart; one line is a unit's.
    { lines: [{ words: words('Legenda', 40, 200) }, { words: words('LOVA', 40, 216) }, { words: words('DKT', 40, 232) }, { words: words('KCC', 40, 248) }] },
    { lines: [{ words: words('Oudevanger, Lise', 120, 216) }, { words: words('Kotterman, Dirk', 120, 232) }, { words: words('Klantcontact', 120, 248) }] },
  ]);

  it('suggests every code of the column "Door", and the same codes in the legend, with a reason', () => {
    const got = names(callList('Door'));
    const codes = got.filter((s) => /^\p{Lu}{2,5}$/u.test(s.text));
    expect(codes.map((s) => s.text).sort()).toEqual(['BRIJ', 'DKT', 'DKT', 'LOVA', 'LOVA', 'LOVA']);
    for (const s of codes) expect(s.reason).toMatch(/afkorting .*kolom 'door'/);
    // The unit's abbreviation in the legend was in no column of codes: not suggested.
    expect(got.map((s) => s.text)).not.toContain('KCC');
  });

  it('suggests the codes under "wie", "eigenaar" or "paraaf" too, and none under another header', () => {
    for (const head of ['wie', 'Eigenaar', 'Paraaf']) expect(names(callList(head)).map((s) => s.text), head).toContain('BRIJ');
    expect(names(callList('Status')).map((s) => s.text)).not.toContain('BRIJ');
  });

  it('reads a log whose entries wrap to the left margin through the "wie" column', () => {
    // A plain-text print: "tijd wie gebeurtenis", an entry's second line starts at the left margin.
    // Read column by column, as a print whose columns the text model took apart.
    const p = page([
      { lines: [{ words: words('TIJD', 20, 60) }, { words: words('07:10', 20, 75) }, { words: words('09:45', 20, 97) }, { words: words('13:20', 20, 108) }] },
      { lines: [{ words: words('WIE', 60, 60) }, { words: words('HVD', 60, 75) }, { words: words('MKOR', 60, 97) }, { words: words('MKOR', 60, 108) }] },
      { lines: [
        { words: words('GEBEURTENIS', 95, 60) }, { words: words('Dienst overgenomen, alles rustig bij de', 95, 75) },
        { words: words('hoofdingang en de achterdeur.', 20, 86) }, { words: words('Pakket voor de balie aangenomen.', 95, 97) }, { words: words('Ronde gelopen.', 95, 108) },
      ] },
    ]);
    const got = names(p).map((s) => s.text);
    expect(got.filter((t) => t === 'MKOR')).toHaveLength(2);
    expect(got).toContain('HVD');
  });

  it('takes a code set tight against the next cell when it starts where the header starts', () => {
    const p = page([{ lines: [
      { words: [...words('actie', 40, 60), ...words('wie', 200, 60), ...words('wanneer', 222, 60)] },
      { words: [...words('Brief aan de huurder sturen', 40, 76), ...words('TRV', 200, 76), ...words('vrijdag', 218.5, 76)] },
      { words: [...words('Bewoners informeren', 40, 92), ...words('SOB', 200, 92), ...words('1 mei', 218.5, 92)] },
    ] }]);
    expect(names(p).map((s) => s.text)).toEqual(expect.arrayContaining(['TRV', 'SOB']));
    // A centred header ("wie" over the middle of the cells): the codes share their left edge.
    const centred = page([{ lines: [
      { words: [...words('actie', 40, 60), ...words('wie', 206, 60), ...words('wanneer', 232, 60)] },
      { words: [...words('Brief aan de huurder sturen', 40, 76), ...words('TRVA', 200, 76), ...words('vrijdag', 222, 76)] },
      { words: [...words('Bewoners informeren', 40, 92), ...words('SOB', 200, 92), ...words('1 mei', 222, 92)] },
    ] }]);
    expect(names(centred).map((s) => s.text)).toEqual(expect.arrayContaining(['TRVA', 'SOB']));
  });

  it('suggests no unit abbreviations, nothing under "door" in running text, and no single code', () => {
    const units = page([{ lines: [
      { words: [...words('actie', 40, 60), ...words('wie', 220, 60)] },
      { words: [...words('Huisbezoek plannen', 40, 76), ...words('GGD', 220, 76)] },
      { words: [...words('Proces-verbaal opmaken', 40, 92), ...words('BOA', 220, 92)] },
    ] }]);
    expect(names(units)).toEqual([]);
    // "… opgesteld door" at a line's end, with capitals under it on the next two lines.
    const prose = page([{ lines: [
      { words: words('Het plan is in overleg met de wijkteams opgesteld door', 40, 60) },
      { words: words('de afdeling en de AVG en het', 40, 72) },
      { words: words('met de BRP en de WMO afgestemd.', 40, 84) },
    ] }]);
    expect(names(prose)).toEqual([]);
    const one = page([{ lines: [{ words: [...words('actie', 40, 60), ...words('wie', 220, 60)] }, { words: [...words('Agenda rondsturen', 40, 76), ...words('PRK', 220, 76)] }] }]);
    expect(names(one)).toEqual([]);
  });
});

describe('a legend of codes with the names written surname-first', () => {
  it('suggests each name and its code wherever the page writes it', () => {
    const got = found('tijd wie gebeurtenis\n08:02 KVB Dienst overgenomen.\n11:30 ADLR Sleutel afgegeven.\n\nCodes: KVB = Verbruggen, Kees; ADLR = Dijkhuis-Lemaire, Roos', 'name');
    expect(got).toEqual(expect.arrayContaining(['Verbruggen, Kees', 'Dijkhuis-Lemaire, Roos']));
    expect(got.filter((t) => t === 'KVB')).toHaveLength(2);
    expect(got.filter((t) => t === 'ADLR')).toHaveLength(2);
  });
});

describe('a staff list written "Achternaam, Voornaam – functie"', () => {
  it('suggests the whole display name, also where the given name is a word somewhere', () => {
    const text = 'Staf\nVerhoeckx, Dieuwke – controller\nBakkali, Rim – bestuursadviseur, 06 41 77 20 93\nTeam Noord, Financiën – controller\nSecretariaat van de directeur: 14 020';
    const got = found(text, 'name');
    expect(got).toEqual(expect.arrayContaining(['Verhoeckx, Dieuwke', 'Bakkali, Rim']));
    // A team and its field of work before a function are no person.
    expect(got.join(' ')).not.toMatch(/Noord|Financiën/);
  });
});

describe('a married name written with "e/v" (echtgenote/echtgenoot van)', () => {
  it('takes the partner surname after e/v into the name, also over a line end', () => {
    expect(found('Bezoeker zonder afspraak: de heer T.W. Kortstee e/v Mbeki, wil een wethouder spreken.', 'name')).toContain('de heer T.W. Kortstee e/v Mbeki');
    // The suggestion's text reads the line end as a space.
    expect(found('teamleider Werk\nJozefien Adriaanse e/v\nOkonjo-Brand\nteamleider Zorg', 'name')).toContain('Jozefien Adriaanse e/v Okonjo-Brand');
  });
});

describe('a display name written surname-first on a line of its own', () => {
  it('is suggested under a form field when both parts are names', () => {
    expect(found('In te vullen door de consulent\nConsulent\nTen Oldenkotte, Wiebrand\nDatum intake\n14-03-25', 'name')).toContain('Ten Oldenkotte, Wiebrand');
  });
  it('is no name where a part is a place or an ordinary word', () => {
    expect(found('Vestiging\nUtrecht, Centrum\nOpenbare orde, Veiligheid', 'name')).toEqual([]);
  });
});

describe('a word the document writes as the first word of a company name', () => {
  it('is no person where the model finds it alone', () => {
    const table = 'Beoordelingsverslag\nInschrijvers\ninschrijver\nGroenwerk Totaal B.V.\nHylkema Cultuurtechniek B.V.\nKvK\n61553667\n34641509\nScores\ninschrijver\nGroenwerk Totaal\nHylkema\nconsensus\n7\n6';
    expect(found(table, 'name')).toEqual([]);
    expect(found('Inschrijvers: Tjeerdsma Infra B.V. en Groenwerk Totaal B.V.\n\nDe beoordelaars gaven Tjeerdsma een 7.', 'name')).toEqual([]);
  });
  it('stays a person where a rule says so', () => {
    expect(found('Inschrijvers: Tjeerdsma Infra B.V.\n\nNamens de commissie sprak mevrouw A. Tjeerdsma met de inschrijver.', 'name')).toContain('mevrouw A. Tjeerdsma');
  });
});

describe('an organogram that puts the function above the name', () => {
  it('suggests a name right under a function line, also under a function and its field over two lines', () => {
    for (const fn of ['DIRECTEUR', 'afdelingshoofd\nVergunningen', 'teamleider Handhaving']) {
      expect(found(`Organogram Fysiek Domein\nGemeente Zwolle · stand 1 mei 2025\n${fn}\nLemlem Dibaba\nteamleider Werk en Inkomen\nvacature`, 'name'), fn).toEqual(['Lemlem Dibaba']);
    }
  });
  it('takes no field of work or heading under a function for a name, and keeps a public office', () => {
    expect(found('beleidsadviseur\nRuimtelijke Ordening\nteamleider\nJeugd en Onderwijs', 'name')).toEqual([]);
    expect(found('Organogram\nportefeuillehouder\nwethouder Wobke Oldenkotte\ndirecteur\nSjoerdtje Hylkema', 'name')).not.toContain('wethouder Wobke Oldenkotte');
  });
});
