import { describe, expect, it } from 'vitest';
import { run } from './helpers';

// Two documents in layouts the corpus does not have: a Woo decision letter with a letterhead and an
// address block, and a numbered work instruction with headings and a contact line.
const docs = [`Ministerie van Volksgezondheid, Welzijn en Sport
Parnassusplein 5 | 2511 VX Den Haag
Postbus 20350 | 2500 EJ Den Haag
T 070 340 79 11
www.rijksoverheid.nl

De heer K. Visser
Lindelaan 4
7311 AB Apeldoorn

Datum 14 maart 2024
Betreft Besluit op uw Woo-verzoek
Ons kenmerk 3812345-1059876-WJZ

Geachte heer Visser,

Bij e-mail van 2 januari 2024 heeft u met een beroep op de Wet open overheid (Woo) verzocht om informatie over de aanschaf van mondkapjes. Op 15 januari 2024 heb ik de ontvangst bevestigd.

A. Inventarisatie
Er zijn 124 documenten aangetroffen. In bijlage B bij dit besluit vindt u de inventarislijst.

B. Overwegingen
Op grond van artikel 5.1, tweede lid, onder e, van de Woo laat ik persoonsgegevens weg.
Het betreft onder meer e-mails van medewerkers van het Landelijk Consortium Hulpmiddelen (LCH) en het RIVM.

Hoogachtend,

de minister van Volksgezondheid, Welzijn en Sport,
namens deze,

mr. dr. H.J. Sleeboom-van Raalte
directeur Wetgeving en Juridische Zaken`,
`Werkinstructie 2022/14 – Identiteitsonderzoek

1. Doel
Deze werkinstructie beschrijft hoe de IND de identiteit van een asielzoeker vaststelt.

2. Werkwijze
Vraag de asielzoeker altijd naar zijn identiteitsdocumenten en noteer waar deze zich bevinden.
Indien de verklaring over de reisroute afwijkt van eerdere verklaringen, confronteer de vreemdeling daarmee en vraag door.
Indicatoren voor een onjuiste identiteit zijn onder meer: een onbekende schoolnaam, onjuiste kennis van de regio en tegenstrijdige data.
De termijn voor de beslissing bedraagt zes maanden.
Het Bureau Documenten van de Koninklijke Marechaussee onderzoekt de echtheid van documenten.

Contact: team Identiteit, mailbox identiteit@ind.nl, telefoon 088 043 0430 (algemeen).
Opgesteld door: R.L. Kartosen, senior medewerker kwaliteit (T 06 51 23 45 67)`];

describe('documents unlike the corpus', () => {
  const letter = run(docs[0]!);
  const instruction = run(docs[1]!);
  const texts = (r: ReturnType<typeof run>, cat: string) => r.suggestions.filter((s) => s.category === cat).map((s) => s.text);

  it('keeps the ministry number of the letterhead and suggests nothing else there', () => {
    expect(letter.kept.map((k) => k.text)).toEqual(['070 340 79 11']);
    expect(texts(letter, 'phone')).toEqual([]);
  });
  it('suggests the addressee, his home address and the signer on behalf of the minister', () => {
    expect(texts(letter, 'name')).toEqual(['De heer K. Visser', 'Visser', 'mr. dr. H.J. Sleeboom-van Raalte']);
    expect(texts(letter, 'address')).toEqual(['Lindelaan 4 7311 AB Apeldoorn']);
  });
  it('takes no heading or reference for a name or a number', () => {
    expect(letter.suggestions.map((s) => s.category).sort()).toEqual(['address', 'name', 'name', 'name']);
  });
  it('suggests the three instructions without their heading, and leaves the descriptive sentences', () => {
    const g = texts(instruction, 'guidance');
    expect(g).toHaveLength(3);
    expect(g[0]).toMatch(/^Vraag de asielzoeker/);
    expect(g.join(' ')).not.toMatch(/termijn|Bureau Documenten|Deze werkinstructie/);
  });
  it('keeps the number marked as general and suggests the author and her mobile number', () => {
    expect(instruction.kept.map((k) => k.text)).toEqual(['088 043 0430']);
    expect(texts(instruction, 'name')).toEqual(['R.L. Kartosen']);
    expect(texts(instruction, 'phone')).toEqual(['06 51 23 45 67']);
    expect(instruction.suggestions.find((s) => s.category === 'email')?.mailbox).toBe(true);
  });
});
