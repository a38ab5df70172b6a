import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from '../../../shared/export/csv';

describe('CSV for Dutch Excel', () => {
  it('starts with a UTF-8 byte-order mark, separates with ";" and ends lines with CRLF', () => {
    const b = toCsv([['Nr.', 'Document'], ['0001', 'Beslisnota casuïstiek']]);
    expect([...b.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(b.slice(3))).toBe('Nr.;Document\r\n0001;Beslisnota casuïstiek\r\n');
  });

  it.each([
    ['10.2.e;10.2.g', '"10.2.e;10.2.g"'],
    ['Zei "nee"', '"Zei ""nee"""'],
    ['twee\nregels', '"twee\nregels"'],
    [' spatie', '" spatie"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+31 6 1234', "'+31 6 1234"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-5', '-5'],
    ['gewoon', 'gewoon'],
  ])('writes %j as %j', (v, want) => expect(csvField(v)).toBe(want));

  it('reads back what it wrote, quotes and all', () => {
    const table = [['a;b', 'c"d', 'e\r\nf', ''], ['1', '2', '3', '4']];
    expect(parseCsv(new TextDecoder().decode(toCsv(table)))).toEqual(table);
  });
});
