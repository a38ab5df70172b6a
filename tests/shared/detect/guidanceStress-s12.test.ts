// Operational guidance, session 12 (issue #11, item 5): the classes (f5) showed missed or taken,
// each tested here with invented documents (other organisations, topics and wording; no corpus
// strings). A letter to a member of the public tells its addressee what to do, so its imperatives
// are no staff guidance; a line drawn in rule characters (a plain-text printout's table rule)
// ends a passage, so the policy sentence after it stays readable; a logbook line's time and
// writer's code do not hide the instruction after them; grade thresholds for assessors ("een 8 of
// hoger … hooguit een 5"), an instruction to alert someone ("trek aan de bel bij …") when two signs
// coincide and a restricted script ("zeg alleen dat …") are guidance; exam rules with grade
// thresholds and a leaflet telling residents whom to alert are published policy.
import { describe, expect, it } from 'vitest';
import { publishedGenres } from '../../../shared/detect/guidance/features';
import { found, run } from './helpers';

const flat = (s: string) => s.replace(/\s+/g, ' ');
const guidance = (...lines: string[]) => found(lines.join('\n'), 'guidance').map(flat);

/** One letter of a mail merge to a citizen, as one page. */
const letter = (salutation: string, instruction: string) => [
  'Retouradres Waterschap Zuidervaart, Postbus 77, 4600 AB Bergwijk',
  '',
  'Onderwerp uw aanvraag kwijtschelding waterschapsbelasting',
  '',
  `${salutation},`,
  '',
  'Wij hebben uw aanvraag om kwijtschelding ontvangen en bekeken.',
  '',
  instruction,
  '',
  'Bent u het niet eens met onze beslissing, dan kunt u binnen zes weken bezwaar maken.',
  '',
  'Met vriendelijke groet,',
  'afdeling Belastingen',
].join('\n');

describe('a letter to a member of the public', () => {
  const instruction = 'Lever het ingevulde inkomensformulier binnen drie weken bij ons in.';

  it('suggests none of the imperatives of a mail merge, letter after letter', () => {
    const { suggestions } = run(letter('Geachte heer Oudejans', instruction), letter('Geachte mevrouw Rademaker', instruction), letter('Geachte heer Verschuren', instruction));
    expect(suggestions.filter((s) => s.category === 'guidance')).toEqual([]);
  });

  it('is told by its salutation, the reader\'s affairs and its close, not by a formal e-mail between colleagues', () => {
    expect(publishedGenres(letter('Geachte mevrouw Rademaker', instruction)).has('doc:citizenLetter')).toBe(true);
    expect(publishedGenres(letter('Beste meneer Oudejans', instruction)).has('doc:citizenLetter')).toBe(true);
    expect(publishedGenres(letter('Beste Karin', instruction)).has('doc:citizenLetter')).toBe(false);
    // An e-mail to a colleague may be formal; its header shows it is internal.
    const mail = ['Van: Teamleider Belastingen', 'Aan: Behandelaars kwijtschelding', '', letter('Geachte heer Oudejans', instruction)].join('\n');
    expect(publishedGenres(mail).has('doc:citizenLetter')).toBe(false);
    // "Geachte collega" is no member of the public.
    expect(publishedGenres(letter('Geachte collega', instruction)).has('doc:citizenLetter')).toBe(false);
  });

  it('reads a letter whose close is on the next page as one letter', () => {
    const first = [
      'Retouradres Waterschap Zuidervaart, Postbus 77, 4600 AB Bergwijk',
      '',
      'Geachte mevrouw Rademaker,',
      '',
      'Wij hebben uw aanvraag om kwijtschelding ontvangen en bekeken.',
      '',
      instruction,
    ].join('\n');
    const second = ['Voeg de afschriften van al uw bankrekeningen over de laatste twee maanden bij.', '', instruction, '', 'Met vriendelijke groet,', 'afdeling Belastingen'].join('\n');
    expect(run(first, second).suggestions.filter((s) => s.category === 'guidance')).toEqual([]);
  });

  it('still suggests the method of an instruction for staff that holds a model letter', () => {
    const out = guidance(
      'Werkinstructie kwijtschelding waterschapsbelasting',
      '',
      'Vraag bij een aanvraag met meer dan twee bankrekeningen altijd de afschriften van alle rekeningen over drie maanden op.',
      '',
      'Voorbeeldbrief:',
      'Geachte heer Oudejans,',
      'Wij hebben uw aanvraag om kwijtschelding ontvangen.',
      instruction,
      'Met vriendelijke groet,',
      'afdeling Belastingen',
    );
    expect(out.some((s) => s.startsWith('Vraag bij een aanvraag met meer dan twee bankrekeningen'))).toBe(true);
  });

  it('still suggests the same kind of instruction in a note to staff', () => {
    const out = guidance(
      'Werkinstructie kwijtschelding waterschapsbelasting',
      '',
      'Vraag bij elke aanvraag de afschriften van alle bankrekeningen over de laatste twee maanden op.',
      '',
      'De regels voor kwijtschelding zijn vastgesteld door het algemeen bestuur.',
    );
    expect(out.some((s) => s.startsWith('Vraag bij elke aanvraag de afschriften'))).toBe(true);
    expect(out.join(' ')).not.toContain('algemeen bestuur');
  });
});

describe('a printout with table rules', () => {
  it('ends a passage at a line of dashes: the policy sentence after it stays readable', () => {
    const rule = '-'.repeat(100);
    const out = guidance(
      'WATERSCHAP ZUIDERVAART - DIENSTLOGBOEK GEMAAL DE HOOP',
      '',
      'Zeg een beller nooit toe dat de monteur dezelfde dag komt en noteer het tijdstip van zijn melding in het logboek',
      rule,
      'Bij hoogwater geldt het calamiteitenplan van het waterschap, zoals het algemeen bestuur het in 2026 vaststelde.',
    );
    expect(out.some((s) => s.startsWith('Zeg een beller nooit toe'))).toBe(true);
    expect(out.join(' ')).not.toContain('calamiteitenplan');
    expect(out.join(' ')).not.toContain('---');
  });

  it('ends a passage at the drawn rule of a table ("+-----+-----+")', () => {
    const out = guidance(
      'DIENSTLOGBOEK GEMAAL DE HOOP',
      '',
      'Zeg een beller nooit toe dat de monteur dezelfde dag komt en noteer het tijdstip van zijn melding in het logboek',
      '+' + '-'.repeat(48) + '+' + '-'.repeat(49) + '+',
      'Bij hoogwater geldt het calamiteitenplan van het waterschap, zoals het algemeen bestuur het in 2026 vaststelde.',
    );
    expect(out.some((s) => s.startsWith('Zeg een beller nooit toe'))).toBe(true);
    expect(out.join(' ')).not.toContain('calamiteitenplan');
  });

  it('reads the instruction after a logbook line\'s time and writer\'s code', () => {
    const out = guidance(
      'Dienstlogboek gemaal De Hoop',
      '',
      '09:45 RV Melding van een bewoner over water in de kelder, doorgezet naar planning.',
      '',
      '16:05 JB Trek aan de bel bij de dijkwacht zodra het peil boven de rode streep komt en de tweede pomp ook uitvalt.',
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^Trek aan de bel bij de dijkwacht/);
  });
});

describe('thresholds, alerts and scripts for staff', () => {
  it('suggests a grade threshold for assessors and leaves exam rules with grades alone', () => {
    const out = guidance(
      'Instructie voor de beoordelaars van de subsidieronde Groene Daken',
      '',
      'De subsidie wordt verstrekt op grond van de Subsidieverordening duurzaamheid 2026.',
      '',
      'Een 8 of hoger geef je alleen als de aanvrager met een offerte laat zien wat het dak kost; een aanvraag met alleen een schatting krijgt hooguit een 5.',
    );
    expect(out.some((s) => s.startsWith('Een 8 of hoger geef je alleen'))).toBe(true);
    expect(guidance(
      'Instructie voor de beoordelaars van de subsidieronde Groene Daken',
      '',
      'Vanaf een 7 op het onderdeel uitvoerbaarheid mag je het plan voordragen; onder een 5 wijs je het af zonder het overleg af te wachten.',
    ).length).toBe(1);
    expect(guidance(
      'Examenreglement vakopleiding handhaving 2027',
      '',
      'Een kandidaat met een 6 of hoger voor elk onderdeel ontvangt het diploma.',
      '',
      'Een praktijkopdracht die te laat wordt ingeleverd, krijgt hooguit een 6.',
    )).toEqual([]);
  });

  it('suggests "trek aan de bel bij …" when two signs coincide, one sign alone being no reason', () => {
    const out = guidance(
      'Kamerverhuur: toezicht in de praktijk',
      '',
      'Het doel van het beleid is goed en veilig wonen voor studenten en starters.',
      '',
      'Trek aan de bel bij de jurist van het team Wonen zodra een pand \'s avonds steeds meer fietsen voor de deur heeft en de brievenbus overvol zit; één van de twee alleen is nog geen reden om aan te bellen.',
    );
    expect(out.some((s) => s.startsWith('Trek aan de bel bij de jurist'))).toBe(true);
    expect(out.join(' ')).not.toContain('doel van het beleid');
  });

  it('reads "sla alarm bij …" as an escalation', () => {
    const out = guidance(
      'Werkkaart toezicht kamerverhuur',
      '',
      'Sla meteen alarm bij de jurist van het team Wonen als de eigenaar tijdens het bezoek huurders laat vertrekken.',
    );
    expect(out).toHaveLength(1);
  });

  it('leaves a leaflet that tells residents whom to alert alone', () => {
    expect(guidance(
      'Overlast in uw buurt? Zo pakken we het samen aan',
      '',
      'Bewoners kunnen aan de bel trekken bij de wijkagent als zij zich zorgen maken over een woning in de straat.',
    )).toEqual([]);
  });
});

describe('a roster under a method heading', () => {
  it('suggests no table row that only names people and organisations; an indicator cell stays guidance', async () => {
    const { segmentView } = await import('../../../shared/detect/guidance/segment');
    const { columnView } = await import('../../../shared/detect/columns');
    const { unitFeatures } = await import('../../../shared/detect/guidance/features');
    const { pageTextFromString } = await import('../../helpers/pdftotext-pagetext');
    const text = [
      'Projectplan aanpak woonfraude Noordwijkerhout',
      '',
      '2 Werkwijze in de wijk',
      'inzet uren per week Dienst Toezicht Wonen — Sjoerd Kalverda',
      '',
      '3 Signalen bij het huisbezoek',
      'aanvrager geeft een adres op waar de post steeds voor andere personen komt',
    ].join('\n');
    const view = columnView(pageTextFromString(text, 1));
    const units = segmentView(view);
    const doc = new Set(['doc:casework']);
    const at = (needle: string) => units.findIndex((u) => view.text.slice(u.start, u.end).includes(needle));
    expect(unitFeatures(units, at('inzet uren'), view.text, doc).has('ctx:guideList')).toBe(false);
    expect(unitFeatures(units, at('post steeds'), view.text, doc).has('ctx:guideList')).toBe(true);
  });
});

