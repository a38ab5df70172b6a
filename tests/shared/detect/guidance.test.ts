import { describe, expect, it } from 'vitest';
import { found, run } from './helpers';

describe('operational guidance for staff', () => {
  const cases: [string, string][] = [
    ['Vraag tijdens het gehoor door op de periode waarin de vreemdeling bij de inlichtingendienst werkzaam was en let daarbij op tegenstrijdigheden in de genoemde data.',
      'Vraag tijdens het gehoor door op de periode waarin de vreemdeling bij de inlichtingendienst werkzaam was en let daarbij op tegenstrijdigheden in de genoemde data.'],
    ['Let op: als de vreemdeling verklaart uitsluitend administratief werk te hebben verricht, vraag dan naar de locatie van het kantoor.',
      'Let op: als de vreemdeling verklaart uitsluitend administratief werk te hebben verricht, vraag dan naar de locatie van het kantoor.'],
    ['Indicatoren voor persoonlijke betrokkenheid zijn onder meer een leidinggevende functie en het doorgeven van bevelen.',
      'Indicatoren voor persoonlijke betrokkenheid zijn onder meer een leidinggevende functie en het doorgeven van bevelen.'],
    ['Controleer bij twijfel over de leeftijd altijd of er een leeftijdsonderzoek is gedaan en vraag door op de schoolperiode.',
      'Controleer bij twijfel over de leeftijd altijd of er een leeftijdsonderzoek is gedaan en vraag door op de schoolperiode.'],
    ['De beslismedewerker let tijdens het nader gehoor op details over de reisroute die niet overeenkomen met eerdere verklaringen.',
      'De beslismedewerker let tijdens het nader gehoor op details over de reisroute die niet overeenkomen met eerdere verklaringen.'],
  ];
  it.each(cases)('suggests the whole sentence %j', (text, expected) => {
    expect(found(text, 'guidance')).toEqual([expected]);
  });

  it('keeps example questions together with their introduction', () => {
    const text = 'Voorbeeldvragen voor het aanvullend gehoor: Welke taken had u binnen de eenheid? Wie gaf u opdrachten? Hoe vaak was u aanwezig bij verhoren?\n\nDe bewijslast ligt bij de IND.';
    expect(found(text, 'guidance')).toEqual(['Voorbeeldvragen voor het aanvullend gehoor: Welke taken had u binnen de eenheid? Wie gaf u opdrachten? Hoe vaak was u aanwezig bij verhoren?']);
  });

  it('suggests list items of instructions one by one', () => {
    const text = 'Aandachtspunten bij het gehoor:\n• Vraag door op de reisroute en let op tegenstrijdigheden.\n• Controleer de verklaring over de documenten met de bevindingen van Bureau Documenten.';
    expect(found(text, 'guidance')).toHaveLength(2);
  });

  it('names the cues in its reason', () => {
    const [s] = run('Let op: vraag tijdens het gehoor door op de data.').suggestions;
    expect(s?.reason).toMatch(/let op/);
    expect(s?.grounds).toEqual(['10.2.d', '10.2.g']);
  });

  const publicPolicy: string[] = [
    'De bewijslast ligt bij de IND: er moeten serieuze aanwijzingen zijn dat de vreemdeling bewust heeft deelgenomen aan een ernstig misdrijf.',
    'Wordt artikel 1F tegengeworpen, dan volgt meestal ook een terugkeerbesluit en een inreisverbod.',
    'Een vreemdeling kan een besluit waarin artikel 1F wordt tegengeworpen altijd aan de rechter voorleggen.',
    'Deze werkinstructie beschrijft de wijze waarop artikel 1F van het Vluchtelingenverdrag wordt toegepast.',
    'Eveneens bevatten de documenten handreikingen voor beslismedewerkers in de vorm van specifieke informatie, indicatoren, voorbeelden en voorbeeldvragen die van belang zijn voor een zorgvuldige beoordeling.',
    'Graag ontvang ik uiterlijk vrijdag jullie reactie, zodat wij de nota tijdig kunnen doorzetten.',
    'U wordt geadviseerd in te stemmen met het informeren van de Kamer over het voorgenomen wetgevingstraject.',
  ];
  it.each(publicPolicy)('leaves public policy and ordinary text alone: %j', (text) => {
    expect(found(text, 'guidance')).toEqual([]);
  });
});

describe('guidance phrased in other ways', () => {
  it.each([
    'Wees alert op verklaringen van de vreemdeling die letterlijk overeenkomen met die van andere familieleden.',
    'Het is raadzaam de vreemdeling te confronteren met de bevindingen van Bureau Documenten voordat het gehoor wordt afgesloten.',
    'Bij twijfel over de identiteit moet eerst worden nagegaan of de betrokkene eerder in een ander land asiel heeft aangevraagd.',
    'Signalen die kunnen wijzen op mensenhandel zijn een schuld aan de reisagent en het ontbreken van eigen identiteitspapieren.',
  ])('suggests %j', (text) => {
    expect(found(text, 'guidance')).toEqual([text]);
  });

  it('suggests example questions written as a list', () => {
    const text = 'Mogelijke vragen:\n- Waar bent u geboren?\n- Wie betaalde uw reis?\n- Hoe bent u in Nederland aangekomen?';
    const covered = found(text, 'guidance').join(' ');
    for (const q of ['Waar bent u geboren?', 'Wie betaalde uw reis?', 'Hoe bent u in Nederland aangekomen?']) expect(covered).toContain(q);
  });

  it.each([
    'Let op: de deadline voor de nota is vrijdag.',
    'Controleer je de bijlage nog even?',
    'Kun je Ouahabi vragen of zij de nota wil checken?',
    'Zoals besproken stuur ik je de stukken; laat maar weten als er iets ontbreekt.',
  ])('leaves ordinary e-mail text alone: %j', (text) => {
    expect(found(text, 'guidance')).toEqual([]);
  });
});
