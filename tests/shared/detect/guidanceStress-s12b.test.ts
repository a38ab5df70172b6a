// Operational guidance, session 12b (issue #11, item 5): the classes (f6) showed missed or taken,
// each tested here with invented documents (other organisations, topics and wording; no corpus
// strings). Dutch puts the verb second, so an instruction may open with a condition or time phrase
// and no comma ("Bij twijfel bel …", "Vanaf drie signalen schakel … in"); a question that states
// the situation ("Tref je …?") is one passage with the "<verb> dan …" instruction after it; a
// reviewer's comment printed in a draft answer to parliament is a colleague's note, not the
// published answer; "de Kamer van Koophandel" and "de kamer" of a house are no parliament; a
// meeting's caption line with a date ("Overleg … — 3 maart 2024 — opname …") is no instruction.
import { describe, expect, it } from 'vitest';
import { found } from './helpers';

const flat = (s: string) => s.replace(/\s+/g, ' ');
const guidance = (...lines: string[]) => found(lines.join('\n'), 'guidance').map(flat);

/** An incident report of a housing inspection with one line of its own. */
const report = (line: string) => guidance(
  'Incidentrapportage kamerverhuur',
  '',
  'Verloop',
  '11:20 — De toezichthouders komen aan op het adres aan de Molenweg.',
  '',
  'Een sanctie wordt opgelegd volgens de openbare beleidsregel handhaving.',
  '',
  line,
  '',
  'Opgesteld door K. Bos',
);

describe('an instruction after a condition or time phrase up front, with no comma', () => {
  it('reads the verb after the phrase as an imperative', () => {
    expect(report('Bij een kamer zonder rookmelder spreek de bewoners apart en buiten zicht van de eigenaar.')).toEqual([
      'Bij een kamer zonder rookmelder spreek de bewoners apart en buiten zicht van de eigenaar.',
    ]);
    expect(report('Na een melding van een buurman kondig het bezoek niet aan.')).toEqual(['Na een melding van een buurman kondig het bezoek niet aan.']);
    expect(report('Geleerde les: Vanaf 3 van de kenmerken uit de bijlage fotografeer de brandblussers in de gang, ook als de eigenaar een keuringsrapport laat zien.').join(' '))
      .toContain('Vanaf 3 van de kenmerken uit de bijlage fotografeer de brandblussers in de gang');
  });

  it('leaves a finite verb after the phrase alone: that is a statement, not an instruction', () => {
    expect(report('Bij een controle belt de toezichthouder altijd eerst de eigenaar.')).toEqual([]);
    expect(report('Bij de vraag of de woning veilig is, wordt de brandweer betrokken.')).toEqual([]);
    expect(report('Tijdens de zomer werken de inspecteurs in ploegen van twee.')).toEqual([]);
    expect(report('Met ingang van 1 januari geldt een nieuwe verordening voor kamerverhuur.')).toEqual([]);
  });
});

describe('names that are no parliament', () => {
  it('does not read the trade register or a room of a house as parliament', () => {
    expect(report('Vanaf vier signalen bel dezelfde dag het team Uitbuiting, ook als de inschrijving bij de Kamer van Koophandel klopt.').join(' '))
      .toContain('bel dezelfde dag het team Uitbuiting');
    expect(report('Slapen er meer dan vier mensen in de kamer, meld het adres dan dezelfde dag aan de brandweer.').join(' '))
      .toContain('meld het adres dan dezelfde dag aan de brandweer');
  });

  it('still reads a letter to parliament as published', () => {
    expect(guidance(
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      '',
      'Hierbij informeer ik de Kamer over de aanpak van kamerverhuur.',
      '',
      'Bij meer dan vier bewoners in één kamer meld het adres dezelfde dag aan de brandweer.',
      '',
      'De Minister van Volkshuisvesting,',
      'A. de Wit',
    )).toEqual([]);
  });
});

describe('a question that states the situation', () => {
  it('is one passage with the instruction that answers it', () => {
    const text = guidance(
      'Verslag teamoverleg handhaving — 3 maart 2024 — opname 41 min.',
      '',
      'Marloes Tjin 0:01:12',
      'Goedemorgen. We beginnen met de stand van zaken.',
      'Joost Verhagen 0:02:40',
      'Tref je een afgesloten slaapkamer aan? Vraag dan niet door, maar fotografeer het slot en noteer het kamernummer. Dat doen we nu overal.',
      'Marloes Tjin 0:03:10',
      'Helder, dank je.',
    );
    expect(text).toEqual(['Tref je een afgesloten slaapkamer aan? Vraag dan niet door, maar fotografeer het slot en noteer het kamernummer.']);
  });

  it('leaves an open question (a question word) readable', () => {
    const text = guidance(
      'Werkoverleg handhaving',
      '',
      'Hoe vaak komt dat voor bij kamerverhuur? Bel dan eerst de wijkagent en noteer wat je ziet.',
    );
    expect(text.join(' ')).not.toContain('Hoe vaak');
  });
});

describe('a reviewer\'s comment printed in draft answers to parliament', () => {
  const answers = (comment: string) => guidance(
    'Antwoorden op vragen van het lid Verbeek over de controle van kamerverhuur',
    '',
    'Vraag 1',
    'Hoeveel controles zijn er uitgevoerd?',
    '',
    'Antwoord 1',
    'In 2023 zijn 312 controles uitgevoerd. Op de werkwijze in individuele gevallen ga ik niet in.',
    '',
    comment,
    '',
    'De Minister van Volkshuisvesting,',
    'A. de Wit',
  );

  it('is a colleague\'s note: its instruction is guidance', () => {
    expect(answers('Opmerking [JV2]: Jet Verbeek: Afgestemd met Bos (DJZ). Intern ter info: Vraag bij een kamer zonder naambordje eerst naar het huurcontract en noteer letterlijk wat de bewoner zegt.').join(' '))
      .toContain('Vraag bij een kamer zonder naambordje eerst naar het huurcontract');
  });

  it('leaves the published answers themselves alone', () => {
    expect(answers('Controleer bij elke kamer het huurcontract en noteer letterlijk wat de bewoner zegt.')).toEqual([]);
  });
});

describe('a caption line with a date', () => {
  it('is no instruction, whatever its first word', () => {
    expect(guidance(
      'Transcriptie',
      'Overleg toezicht kamerverhuur — 12 februari 2024 — opname 38 min.',
      '',
      'Sanne Vermeulen 0:00:31',
      'Goedemorgen allemaal, we hebben er deze maand twaalf gedaan. Bij drie adressen is het niet pluis.',
      'Pieter Bosman 0:01:12',
      'Bij het tweede adres hebben we de eigenaar gesproken. Hij zegt dat de bewoners er alleen overdag zijn.',
      'Sanne Vermeulen 0:02:05',
      'Zie je een afgesloten zolder? Vraag dan niet door, maar noteer het kenteken van de busjes voor de deur.',
    ).join(' ')).not.toContain('Overleg toezicht');
  });
});
