import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS, suggestDocument } from '../../../shared/detect';
import { nameModelDetector, decodeSpans, tokenProbabilities } from '../../../shared/detect/detectors/nameModel';
import { NAME_MODEL_LOW, NAME_MODEL_SINGLE, NAME_MODEL_SPREAD, NAME_MODEL_THRESHOLD, NAME_MODEL_WEIGHTS } from '../../../shared/detect/nameModel.generated';
import { describe as describeFeature, featuresOf, isCandidate, lineInfos, tokenInfos, tokenise } from '../../../shared/detect/nameModelFeatures';
import { pageTextFromString } from '../../helpers/pdftotext-pagetext';

// The learned name tagger (issue #11). Every name, layout and sentence here is made up for these
// tests (Māori and Hawaiian names, which no development split uses).

const only = (...pages: string[]) => suggestDocument(pages.map((p, i) => pageTextFromString(p, i + 1)), { law: 'wob', detectors: [nameModelDetector] });
const all = (...pages: string[]) => suggestDocument(pages.map((p, i) => pageTextFromString(p, i + 1)), { law: 'wob' });
const names = (r: ReturnType<typeof only>) => r.suggestions.filter((s) => s.category === 'name').map((s) => s.text);

describe('the learned name tagger', () => {
  it('finds names of an origin no lexicon holds in running text no rule covers, with a reason naming its evidence', () => {
    const text = 'Planning werkbezoek\nDinsdag rijden Tamatea Ngata en Hemi Parata mee naar de locatie.\nDe sleutel ligt bij Ruatapu Wihongi op de tweede verdieping.';
    const res = only(text);
    expect(names(res)).toEqual(expect.arrayContaining(['Tamatea Ngata', 'Ruatapu Wihongi']));
    expect(names(res).every((n) => /^(?:Tamatea Ngata|Hemi Parata|Ruatapu Wihongi)$/.test(n))).toBe(true);
    for (const s of res.suggestions) {
      expect(s.detector).toBe('name.model');
      expect(s.reason).toMatch(/^waarschijnlijk een naam \(model: .+; kans \d+%\)$/);
      expect(s.grounds).toEqual(['10.2.e']);
    }
    // In the whole pipeline they are suggested too.
    expect(names(all(text))).toEqual(expect.arrayContaining(['Tamatea Ngata', 'Ruatapu Wihongi']));
  });

  it('tags no heading, organisation, product, place or ordinary capitalised word', () => {
    const text = 'Evaluatie Programma Vitale Wijken\nResultaten Eerste Fase\nHet Kernteam Leefbaarheid bespreekt de Monitor Sociale Veiligheid met Stichting Buurtkracht.\nDe Adobe Reader wordt niet ondersteund.\nUitvoering door Bureau Ruimtelijke Ordening in Zwolle en Kampen.\n\n2.1 Aanleiding en Achtergrond\nGemeente Deventer, Afdeling Vergunningen';
    const res = only(text);
    expect(res.suggestions).toEqual([]);
    expect(res.kept).toEqual([]);
  });

  it('judges no acronym, camel-case compound, plural after an apostrophe or hyphenated term', () => {
    const text = 'Technische toelichting\nDe app wisselt RKYs en PLNs uit; de ZorgPortaal-koppeling en de FlowPanel tonen de Codes’s.\nDe Hoog-Hoog variant en de SNX-module volgen later, net als de Midden-Laag optie.';
    const tk = tokenise(text);
    const judged = tk.tokens.filter((t) => /^\p{Lu}/u.test(t.str)).map((t) => t.str);
    expect(judged).toContain('RKYs');
    expect(only(text).suggestions).toEqual([]);
    expect(tk.tokens.filter((t) => ['RKYs', 'PLNs', 'FlowPanel', 'Codes’s', 'Hoog-Hoog', 'SNX-module', 'Midden-Laag', 'ZorgPortaal-koppeling'].includes(t.str)).map((t) => isCandidate(t))).toEqual([false, false, false, false, false, false, false, false]);
    expect(tokenise('Anna-Lena Boer-Bakker en Ian McDonald').tokens.map((t) => isCandidate(t))).toEqual([true, true, false, true, true]);
  });

  it('takes no lone word that is also an ordinary Dutch word for a person, but still such a surname in a full name', () => {
    const text = 'Werkbezoek\nDe offerte van Bouw & Groen kwam binnen; ook Vos en Meer deden mee.\nDe sleutel ligt bij Ruatapu Groen op de tweede verdieping.';
    const found = names(only(text));
    expect(found).not.toEqual(expect.arrayContaining(['Groen']));
    expect(found.filter((n) => /^(?:Groen|Vos|Meer)$/.test(n))).toEqual([]);
    expect(found).toContain('Ruatapu Groen');
  });

  it('keeps a person in a public role, as the rules do', () => {
    const res = only('Werkbezoek\nRuatapu Wihongi en Tamatea Ngata (wethouder) bezochten de locatie.');
    expect(res.kept.map((s) => s.text)).toEqual(['Tamatea Ngata']);
    expect(res.kept[0]!.reason).toMatch(/publieke functie/);
    expect(names(res)).not.toContain('Tamatea Ngata');
  });

  it('leaves a street named after a person to the address', () => {
    expect(names(only('Centraal Kantoor\nBezoekadres Hinemoa Tapsellweg\n35\nPostbus 12, 8000 AB Zwolle'))).toEqual([]);
    expect(names(only('Ons adres:\nRangi Kereamaplein 12, 8011 AB Zwolle'))).toEqual([]);
  });

  it('lets the rules win where they found the name', () => {
    const res = all('Van: Keoni Kahale\nAan: Leilani Akana\nOnderwerp: planning\n\nBeste Leilani,\n\nGraag je reactie.\n\nGroet,\nKeoni');
    const full = res.suggestions.filter((s) => s.text === 'Keoni Kahale');
    expect(full).toHaveLength(1);
    expect(full[0]!.detector).toBe('name.patterns');
    expect(res.suggestions.filter((s) => s.detector === 'name.model')).toEqual([]);
  });

  it('does not spread a find below the confidence of dossier memory', () => {
    // The find on page 1 is a guess (below NAME_MODEL_SPREAD): the surname alone on page 2 stays.
    const page1 = 'Planning werkbezoek\nDinsdag rijden Tamatea Ngata en Oriwa Hēnare mee naar de locatie.';
    const tk = tokenise(pageTextFromString(page1, 1).text);
    const spans = decodeSpans(tk, tokenProbabilities(tk), NAME_MODEL_THRESHOLD, NAME_MODEL_LOW);
    expect(spans.every((s) => s.p < NAME_MODEL_SPREAD)).toBe(true);
    const res = all(page1, 'Vervolg\nHet verslag volgt na overleg; Ngata stuurt het op.');
    expect(res.suggestions.filter((s) => s.page === 2 && s.text === 'Ngata' && s.detector === 'name.elsewhere')).toEqual([]);
  });

  it('is registered right after the rules', () => {
    const ids = DETECTORS.map((d) => d.id);
    expect(ids.indexOf('name.model')).toBe(ids.indexOf('name.patterns') + 1);
  });
});

describe('the shipped weights (nameModel.generated.ts)', () => {
  const file = path.join(__dirname, '../../../shared/detect/nameModel.generated.ts');

  it('are what train-names.mjs writes: one "feature weight" a line, thresholds in order, under 1 MB', () => {
    const source = readFileSync(file, 'utf8');
    expect(source).toMatch(/^\/\/ Generated by assets\/names-model\/train-names\.mjs/);
    expect(Buffer.byteLength(source)).toBeLessThan(1 << 20);
    expect(NAME_MODEL_LOW).toBeGreaterThan(0);
    expect(NAME_MODEL_LOW).toBeLessThanOrEqual(NAME_MODEL_THRESHOLD);
    expect(NAME_MODEL_THRESHOLD).toBeLessThan(NAME_MODEL_SPREAD);
    expect(NAME_MODEL_THRESHOLD).toBeLessThan(NAME_MODEL_SINGLE);
    expect(NAME_MODEL_SINGLE).toBeLessThan(1);
    expect(NAME_MODEL_SPREAD).toBeLessThan(1);
    const lines = NAME_MODEL_WEIGHTS.split('\n');
    expect(lines.length).toBeGreaterThan(100);
    for (const l of lines) expect(l).toMatch(/^\S(?:.*\S)? -?\d+(?:\.\d{1,3})?$/);
    const features = lines.map((l) => l.slice(0, l.lastIndexOf(' ')));
    expect(new Set(features).size).toBe(features.length);
    expect(features).toContain('bias');
  });

  it('name only features the detector computes', () => {
    // Every feature family in the weights is one featuresOf produces on some page.
    const text = '1. Inleiding\nVAN DE REDACTIE\nVan: Keoni Kahale <keoni@example.nl>\nAan: B. van Akana; Oriwa Hēnare\nOnderwerp: Overleg (ter info)\n\nBeste Leilani,\n\nMet Tamatea Ngata is 12 maart besproken: zie Bijlage 2.\n\nGroet,\nKeoni\nBeleidsadviseur\n06 12 34 56 78';
    const tk = tokenise(text);
    const infos = tokenInfos(tk);
    const lines = lineInfos(tk);
    const produced = new Set(tk.tokens.flatMap((t, i) => (/^\p{Lu}/u.test(t.str) ? featuresOf(tk, infos, lines, i) : [])).map((f) => f.split(':')[0]!.split('|')[0]));
    const shipped = new Set(NAME_MODEL_WEIGHTS.split('\n').map((l) => l.slice(0, l.lastIndexOf(' ')).split(':')[0]!.split('|')[0]));
    for (const family of shipped) expect(produced, family).toContain(family);
    expect(describeFeature('c:first')).toBe('bekende voornaam');
  });
});
