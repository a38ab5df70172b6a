import { describe, expect, it } from 'vitest';
import { CATALOGUE, compareGrounds, groundInfo, groundMotivation, groundTitle, groundsForCategory, mapGround, mapGrounds, normalizeGround, sortGrounds } from '../../../shared/grounds';

describe('reading grounds in every written form', () => {
  it.each([
    ['5.1.2e', '5.1.2e'], ['5.1.2.e', '5.1.2e'], ['5.1.2 e', '5.1.2e'], ['5.1.2(e)', '5.1.2e'], ['5.1.2 i', '5.1.2i'],
    ['10.2.e', '10.2.e'], ['10.2e', '10.2.e'], ['10.2 e', '10.2.e'], ['10.1.d', '10.1.d'],
    ['artikel 10, tweede lid, aanhef en onder e', '10.2.e'],
    ['artikel 10, tweede lid, aanhef en onder g, van de Wob', '10.2.g'],
    ['Artikel 5.1, tweede lid, aanhef en onder i, Woo', '5.1.2i'],
    ['art. 5.1 lid 2 sub d', '5.1.2d'],
    ['artikel 5.1, eerste lid, onder e', '5.1.1e'],
    ['artikel 5.1, vijfde lid', '5.1.5'],
    ['artikel 11, eerste lid', '11.1'], ['11.1', '11.1'], ['artikel 5.2', '5.2'],
  ])('reads %j as %s', (input, code) => {
    expect(normalizeGround(input)).toBe(code);
  });
  it.each(['5.1.2z', '10.3.a', 'artikel 12', 'hallo', ''])('rejects %j', (input) => {
    expect(normalizeGround(input)).toBeUndefined();
  });
});

describe('catalogue', () => {
  it('has a title and a Dutch motivation for every ground', () => {
    for (const g of CATALOGUE) {
      expect(g.title.length).toBeGreaterThan(3);
      expect(g.motivation.length).toBeGreaterThan(60);
      expect(normalizeGround(g.code)).toBe(g.code);
    }
  });
  it('gives titles and motivations by code in any form', () => {
    expect(groundTitle('5.1.2 e')).toBe('Eerbiediging van de persoonlijke levenssfeer');
    expect(groundInfo('10.2.g')?.law).toBe('wob');
    expect(groundMotivation('10.2.d')).toMatch(/werkwijze/);
    expect(groundMotivation('10.2.g')).toMatch(/@/);
  });
  it('sorts codes in catalogue order and removes duplicates', () => {
    expect(sortGrounds(['10.2.g', '10.2.d', '10.2.g', '10.1.d'])).toEqual(['10.1.d', '10.2.d', '10.2.g']);
    expect(['5.2', '5.1.2i', '5.1.1e'].sort(compareGrounds)).toEqual(['5.1.1e', '5.1.2i', '5.2']);
  });
});

describe('Wob and Woo mapping', () => {
  it('maps 10.2.g to 5.1.2i by default and flags it as a choice', () => {
    expect(mapGround('10.2.g', 'woo')).toEqual({ codes: ['5.1.2i'], choice: true, alternatives: ['5.1.5'] });
  });
  it('maps privacy and inspection without asking', () => {
    expect(mapGrounds(['10.2.e', '10.2.d'], 'woo')).toEqual({ codes: ['5.1.2d', '5.1.2e'], choice: false });
  });
  it('maps a BSN under 10.1.d to the Woo ground for national identification numbers', () => {
    expect(mapGround('10.1.d', 'woo', { category: 'bsn' }).codes).toEqual(['5.1.1e']);
  });
  it('maps Woo codes back to Wob', () => {
    expect(mapGround('5.1.2e', 'wob')).toEqual({ codes: ['10.2.e'], choice: false, alternatives: [] });
    expect(mapGround('5.1.2i', 'wob').codes).toEqual(['10.2.g']);
    expect(mapGround('5.1.2f', 'wob')).toMatchObject({ codes: [], choice: true });
  });
  it('leaves a code already in the target law as it is', () => {
    expect(mapGround('5.1.2d', 'woo').codes).toEqual(['5.1.2d']);
  });
});

describe('grounds per category', () => {
  it.each([
    ['name', 'wob', false, ['10.2.e']], ['phone', 'woo', false, ['5.1.2e']], ['email', 'wob', true, ['10.2.g']],
    ['email', 'woo', false, ['5.1.2e']], ['guidance', 'woo', false, ['5.1.2d', '5.1.2i']], ['bsn', 'woo', false, ['5.1.1e']], ['bsn', 'wob', false, ['10.1.d']],
  ] as const)('%s under the %s (mailbox %s) gets %j', (cat, law, mailbox, codes) => {
    expect(groundsForCategory(cat, law, { mailbox })).toEqual(codes);
  });
});
