// Operational guidance, session 13 (issue #11, item 5): classes of layout that (f7) showed
// missed, each tested with invented documents (other organisations, topics and wording; no corpus
// strings). A decision tree whose answers are led by an arrow and written in lower case
// ("➔ ja: …"), in an instruction that also lists example questions put to the person heard
// ("Kunt u …?"); a slide bullet glued to its text ("•Aanvragen …"); and a list item that a policy
// sentence follows on the next line, back at the margin: the item ends there.
import { describe, expect, it } from 'vitest';
import { openPdf, textOfPages } from '../../../shared/pdf';
import type { PageText } from '../../../shared/pdf/textTypes';
import { suggestDocument } from '../../../shared/detect';
import { buildPdf } from '../../helpers/buildPdf';
import { found } from './helpers';

const flat = (s: string) => s.replace(/\s+/g, ' ');
const guidance = (...lines: string[]) => found(lines.join('\n'), 'guidance').map(flat);

const esc = (s: string) => s.replace(/[()\\]/g, (c) => `\\${c}`);

/** A content stream of lines at (x, y), each drawn with its own text matrix. */
function lines(font: string, rows: { x: number; y: number; size: number; text: string }[]): string {
  return rows.map((r) => `BT /${font} ${r.size} Tf 1 0 0 1 ${r.x} ${r.y} Tm (${esc(r.text)}) Tj ET`).join('\n');
}

async function open(content: string): Promise<{ page: PageText }> {
  const file = await openPdf(await buildPdf([{ content }]));
  return { page: textOfPages(file)[0]! };
}

function pdfGuidance(page: PageText) {
  return suggestDocument([page], { law: 'wob' }).suggestions.filter((s) => s.category === 'guidance');
}

describe('a decision tree with arrow-led answers in lower case', () => {
  const tree = guidance(
    'Werkinstructie controle kinderopvang',
    '',
    'Deze werkinstructie hoort bij het handhavingsbeleid dat de gemeenteraad in 2024 heeft vastgesteld.',
    '',
    'Stroomschema',
    'Stap 1. Heeft de houder in het afgelopen jaar twee of meer waarschuwingen gekregen?',
    '➔ ja: plan de inspectie op een maandagochtend en neem een tweede toezichthouder mee',
    '➔ nee: stuur de vragenlijst vooraf per post',
    'Stap 2. Ontbreekt de verklaring omtrent het gedrag van een van de medewerkers?',
    '➔ ja: vraag het personeelsrooster van drie maanden op',
    '➔ nee: steekproef van twee personeelsdossiers',
    '',
    'Vragen aan de houder',
    '1. Hoeveel kinderen waren er gisteren aanwezig?',
    '2. Kunt u het rooster van deze week laten zien?',
    '3. Waar bewaart u de presentielijsten?',
    '4. Wie vervangt u als u zelf ziek bent?',
  );

  it('suggests every answer and the question of each step', () => {
    for (const p of [
      'ja: plan de inspectie op een maandagochtend en neem een tweede toezichthouder mee',
      'nee: stuur de vragenlijst vooraf per post',
      'ja: vraag het personeelsrooster van drie maanden op',
      'Heeft de houder in het afgelopen jaar twee of meer waarschuwingen gekregen?',
    ]) expect(tree.join(' | ')).toContain(p);
  });

  it('takes an answer without a verb too: in a staff tree it is the step to take', () => {
    expect(tree.join(' | ')).toContain('steekproef van twee personeelsdossiers');
  });

  it('leaves the policy sentence above the tree', () => {
    expect(tree.join(' | ')).not.toContain('handhavingsbeleid');
  });

  it('leaves a keuzehulp for the public alone: its answers address the reader', () => {
    expect(guidance(
      'Keuzehulp kwijtschelding gemeentelijke belastingen',
      '',
      'Vraag 1. Heeft u een bijstandsuitkering?',
      '→ ja: u komt waarschijnlijk in aanmerking; vul het formulier op onze website in',
      '→ nee: ga naar vraag 2',
      'Vraag 2. Is uw vermogen lager dan de grens die op de website staat?',
      '→ ja: u kunt kwijtschelding aanvragen met uw DigiD',
      '→ nee: u komt helaas niet in aanmerking',
    )).toEqual([]);
  });
});

describe('a slide bullet glued to its text', () => {
  const slides = guidance(
    'Kennismiddag team Subsidies',
    '',
    'Achtergrond',
    '•Het bestuur wil in 2027 alle aanvragen digitaal afhandelen.',
    '',
    'Zo doen we het (intern)',
    '•Aanvragen boven de 20.000 euro leggen we altijd voor aan een tweede beoordelaar, ook als het dossier compleet lijkt.',
  );

  it('reads the bullet as a list marker, so the item under a method heading is guidance', () => {
    expect(slides.join(' | ')).toContain('Aanvragen boven de 20.000 euro leggen we altijd voor aan een tweede beoordelaar');
  });

  it('leaves the aim on the slide before it', () => {
    expect(slides.join(' | ')).not.toContain('digitaal afhandelen');
  });
});

describe('a list item followed by a line back at the margin', () => {
  // Drawn as a word processor sets it: paragraphs 20 pt apart, the questions of a numbered list
  // 13 pt apart and indented, then a policy sentence and a contact line back at the margin. The
  // last question fills its line, so only the margin shows that the list has ended.
  const rows = [
    { x: 62, y: 760, size: 14, text: 'Werkinstructie controle stichtingen' },
    { x: 62, y: 735, size: 10, text: 'De subsidie wordt verleend op grond van de Algemene subsidieverordening van de gemeente.' },
    { x: 62, y: 690, size: 13, text: 'Vragen voor het gesprek' },
    { x: 84, y: 665, size: 10, text: '1. Wie heeft de administratie van de stichting de afgelopen twee jaar bijgehouden?' },
    { x: 84, y: 652, size: 10, text: '2. Wie tekent namens het bestuur voor de betalingen?' },
    { x: 84, y: 639, size: 10, text: '3. Kunt u de bankafschriften van de laatste drie maanden tonen zonder de penningmeester?' },
    { x: 62, y: 619, size: 10, text: 'Wat openbaar is: de subsidieverordening, het jaarverslag en de lijst van alle verleende subsidies.' },
    { x: 62, y: 599, size: 10, text: 'Eigenaar: afdeling Toezicht en Handhaving, kamer 3.14' },
  ];

  it('ends the item there, so the policy sentence after it is not taken with it', async () => {
    const { page } = await open(lines('F1', rows));
    const got = pdfGuidance(page).map((s) => s.text.replace(/\s+/g, ' '));
    expect(got.join(' | ')).toContain('Kunt u de bankafschriften van de laatste drie maanden tonen zonder de penningmeester?');
    expect(got.join(' | ')).not.toContain('Wat openbaar is');
  });
});

describe('a section its heading marks for staff only', () => {
  /** A quarterly note of a tax office with one section of its own. */
  const note = (heading: string, ...body: string[]) => guidance(
    'Kwartaalnotitie heffingen en invordering',
    '',
    'Stand van zaken',
    'In het derde kwartaal zijn 1.240 bezwaren binnengekomen, iets minder dan vorig jaar.',
    '',
    heading,
    ...body,
    '',
    'Opgesteld door team Invordering',
  );

  it('reads what it says about a kind of case as an internal rule, however it is worded', () => {
    expect(note('Hoe we het aanpakken (intern)', 'Aanmaningen onder de 50 euro sturen we pas na drie maanden opnieuw, de rest gaat direct naar de deurwaarder.').join(' | '))
      .toContain('Aanmaningen onder de 50 euro sturen we pas na drie maanden opnieuw');
    expect(note('Werkafspraken (niet voor de belastingplichtige)', 'Een belastingplichtige die twee keer een regeling heeft laten lopen, krijgt geen derde betalingsregeling meer.').join(' | '))
      .toContain('krijgt geen derde betalingsregeling meer');
    expect(note('Interne werkwijze', 'Bezwaren van meer dan 10.000 euro legt de behandelaar altijd voor aan de senior jurist.').join(' | '))
      .toContain('legt de behandelaar altijd voor aan de senior jurist');
  });

  it('leaves the policy and the plain facts in such a section', () => {
    expect(note('Hoe we het aanpakken (intern)', 'Het college wil dat in 2027 negentig procent van de bezwaren binnen zes weken is afgehandeld.')).toEqual([]);
    expect(note('Hoe we het aanpakken (intern)', 'Het team bestaat sinds januari uit zeven medewerkers.')).toEqual([]);
  });

  it('does not read a heading about the organisation as a mark of an internal section', () => {
    expect(note('Interne organisatie', 'Aanmaningen onder de 50 euro worden in dit kwartaal door twee teams verstuurd.')).toEqual([]);
  });
});
