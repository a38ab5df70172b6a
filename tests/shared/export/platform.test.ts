// The publication platform's import rules (issue #16): the platform's own example
// productierapporten, re-created as XLSX in tests/fixtures/productierapporten, each with the
// verdict the platform's tests give, read back by exceljs and judged by our validator.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isPlatformUrl, mapHeaders, matterFromCaseNumber, platformCaseNumber, platformGround, validateProductierapport,
} from '../../../shared/export/platform';
import { FIXTURES } from '../../helpers/paths';
import { readXlsxTable } from '../../helpers/xlsx';

const DIR = path.join(FIXTURES, 'productierapporten');
const verdicts = JSON.parse(readFileSync(path.join(DIR, 'verdicts.json'), 'utf8')) as {
  platformCommit: string;
  fixtures: { file: string; source: string; accepted: boolean; errors: [number, string][]; warnings: [number, string][] }[];
};

const sortPairs = (x: [number, string][]) => [...x].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));

describe('the platform\'s example productierapporten', () => {
  it('are the ones of the platform commit the docs name', () => {
    expect(verdicts.platformCommit).toBe('4b9b6f6b225e38565cc43c63edbdf2dfc306923e');
    expect(verdicts.fixtures.length).toBeGreaterThanOrEqual(25);
  });

  it.each(verdicts.fixtures.map((f) => [f.file, f] as const))('%s gets the platform\'s verdict', async (_, f) => {
    const table = await readXlsxTable(new Uint8Array(readFileSync(path.join(DIR, f.file))));
    const v = validateProductierapport(table);
    expect(v.accepted, f.source).toBe(f.accepted);
    const errors = v.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.rule] as [number, string]);
    expect(sortPairs(errors)).toEqual(sortPairs(f.errors));
    const warnings = v.problems.filter((p) => p.severity === 'warning').map((p) => [p.row, p.rule] as [number, string]);
    expect(sortPairs(warnings)).toEqual(sortPairs(f.warnings));
    for (const p of v.problems) {
      // One sentence each, naming the row and the column, in English and in Dutch.
      expect(p.message).toMatch(p.row === 1 ? /^The header row has no column/ : new RegExp(`^Row ${p.row}\\b.*column "[^"]+": .+\\.$`));
      expect(p.messageNl).toMatch(p.row === 1 ? /^De kopregel/ : new RegExp(`^Rij ${p.row}\\b.*kolom "[^"]+": .+\\.$`));
    }
  });

  it('names the officer\'s broken cells with row, column and rule', async () => {
    const table = await readXlsxTable(new Uint8Array(readFileSync(path.join(DIR, 'officer-input.xlsx'))));
    const messages = validateProductierapport(table).problems.map((p) => p.message);
    expect(messages).toEqual(expect.arrayContaining([
      'Row 2 (ID 0001), column "Zaaknummer": "Woo-2024/0017" is not a valid zaaknummer (letters, digits, "-", ".", "(", ")" and spaces only; several separated by "," or ";"); correct it.',
      'Row 3 (ID 0002), column "Family ID": "mail-1" is not a valid Family ID (a whole number of 1 or more); correct it or leave it empty.',
      'Row 4 (ID 0003), column "Gerelateerd ID": "0002, 0003" is not a document ID (IDs are separated by ";"); correct it.',
      expect.stringMatching(/^Row 6 \(ID 0005\), column "Toelichting": the remark has 1009 characters, more than the 1000/),
      expect.stringMatching(/^Row 7 \(ID 2014-3\), column "ID": "2014-3" contains "\." or "-", so the platform can never match an uploaded file to it \(it reads "2014"/),
    ]));
  });
});

describe('the rules, one by one', () => {
  it('maps headers as the platform does: the first matching column takes a field', () => {
    const m = mapHeaders(['Nr.', 'Document', '01 ID', ' BEOORDELING ', 'Beoordelingsgrond (; gescheiden)']);
    expect(m.get('document')).toBe(0);
    expect(m.get('id')).toBe(2);
    expect(m.get('judgement')).toBe(3);
    expect(m.get('grounds')).toBe(4);
  });

  it.each([
    ['https://open.minvws.nl/dossier/VWS-123/abc', true],
    ['http://foo.bar/baz?x=1#y', true],
    ['mailto:woo@minvws.nl', true],
    ['not-a-valid-url', false],
    ['http://invalid link because of spaces', false],
    ['https://www.rijksoverheid.nl/café', false],
    ['www.rijksoverheid.nl', false],
  ])('%s is a URL for the platform: %s', (url, ok) => {
    expect(isPlatformUrl(url)).toBe(ok);
  });

  it.each([
    ['10.2.e', '10.2e'], ['10.1.a', '10.1a'], ['5.1.2.e', '5.1.2e'], ['5.1.2e', '5.1.2e'], ['11.1', '11.1'], [' 5.1.2 i', '5.1.2i'], ['Dubbel', 'dubbel'],
  ])('spells the ground %s as %s', (code, platform) => {
    expect(platformGround(code)).toBe(platform);
  });

  it.each([
    ['Woo-2024/0017', 'Woo-2024-0017', 'Woo-2024-0017'],
    ['WOB 2021 / 412', 'WOB-2021-412', 'WOB 2021 - 412'],
    ['zaak: 17 (gemeente)', 'zaak-17-gemeente', 'zaak- 17 (gemeente)'],
    ['Woo/2024/0017, Woo/2024/0018', 'Woo-2024-0017-Woo-2024-0018', 'Woo-2024-0017; Woo-2024-0018'],
    ['///', '', ''],
  ])('turns the case number %s into the matter %s and the zaaknummer %s', (c, matter, zaak) => {
    expect(matterFromCaseNumber(c)).toBe(matter);
    expect(platformCaseNumber(c)).toBe(zaak);
    if (zaak) expect(validateProductierapport([['ID', 'Matter', 'Document', 'Beoordeling', 'Beoordelingsgrond', 'Zaaknummer'], ['1', matter || 'x', 'a', 'Openbaar', '', zaak]]).problems).toEqual([]);
  });

  it('warns about what the platform accepts but changes: an unknown ground, a judgement it reads as Niet openbaar, "12abc" read as 12', () => {
    const v = validateProductierapport([
      ['ID', 'Matter', 'Document', 'Beoordeling', 'Beoordelingsgrond', 'Family ID', 'File type'],
      ['1', 'XX', 'a', 'Gedeeltelijk openbaar', '10.2.f;5.1.2e', '12abc', 'fax'],
    ]);
    expect(v.accepted).toBe(true);
    expect(v.problems.map((p) => p.rule).sort()).toEqual(['file-type', 'ground-unknown', 'judgement', 'number-truncated']);
  });

  it('refuses an ID used twice', () => {
    const v = validateProductierapport([['ID', 'Matter', 'Document', 'Beoordeling', 'Beoordelingsgrond'], ['0001', 'XX', 'a', 'Openbaar', ''], ['0001', 'XX', 'b', 'Openbaar', '']]);
    expect(v.problems.map((p) => [p.row, p.rule])).toEqual([[3, 'duplicate-id']]);
  });
});
