/** The raw object scan behind the copying writer (issue #17): plain syntax only, the same references pdf-lib finds. */
import { describe, expect, it } from 'vitest';
import { PDFRef } from '@cantoo/pdf-lib';
import { scanRawObject } from '../../../shared/redact/rawScan';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const scan = (text: string, lengths: Record<number, number> = {}) =>
  scanRawObject(latin1(text), 0, PDFRef.of(7, 0), (r) => lengths[r.objectNumber]);
const refsOf = (text: string, lengths?: Record<number, number>) => scan(text, lengths)?.refs.map((r) => r.tag);

describe('scanning an object without parsing it', () => {
  it.each([
    ['7 0 obj\n<< /Type /Page /Parent 2 0 R /Contents [5 0 R 6 0 R] /Resources << /Font << /F1 9 0 R >> >> >>\nendobj', ['2 0 R', '5 0 R', '6 0 R', '9 0 R']],
    ['7 0 obj 123 endobj', []],
    ['7 0 obj\n[1 2 3 0 R -4.5 .5 true null /N]\nendobj', ['3 0 R']],
    ['7 0 obj %comment 1 0 R\n<< /K 4 0 R>>endobj', ['4 0 R']],
    ['7 0 obj\n<< /Length 5 >>\nstream\nabcde\nendstream\nendobj', []],
    ['7 0 obj\n<< /Length 8 0 R /Filter /FlateDecode >>\nstream\r\n1 0 R\nendstream endobj', ['8 0 R']],
  ])('finds the references of %j', (text, refs) => {
    expect(refsOf(text, { 8: 5 })).toEqual(refs);
  });

  it('ends just after endobj, so the object can be copied as it is', () => {
    const text = '7 0 obj\n<< /A 1 >>\nendobj\n8 0 obj';
    expect(scan(text)?.end).toBe(text.indexOf('endobj') + 6);
  });

  it('starts at the header even when the offset points at white space before it', () => {
    expect(scan('\n\r 7 0 obj 1 endobj')?.start).toBe(3);
  });

  it('gives each reference the dictionary keys that lead to it, so a walk can pass by /Parent', () => {
    const o = scan('7 0 obj\n<< /Type /Page /Parent 2 0 R /Contents [5 0 R 6 0 R] /Resources << /Font << /F1 9 0 R >> /X [<< /Parent 3 0 R >>] >> /Subtype 4 0 R >>\nendobj');
    expect(o?.refs.map((r) => r.tag)).toEqual(['2 0 R', '5 0 R', '6 0 R', '9 0 R', '3 0 R', '4 0 R']);
    expect(o?.refPaths).toEqual(['Parent', 'Contents', 'Contents', 'Resources/Font/F1', 'Resources/X/Parent', 'Subtype']);
    expect(scan('7 0 obj [1 0 R << /K 2 0 R >>] endobj')?.refPaths).toEqual(['', 'K']);
  });

  it('reports the names it saw, keys and values', () => {
    expect(scan('7 0 obj << /S /JavaScript /Next 3 0 R >> endobj')?.names).toEqual(['S', 'JavaScript', 'Next']);
  });

  it.each([
    ['a literal string', '7 0 obj << /T (Jan 1 0 R) >> endobj'],
    ['a hex string', '7 0 obj << /T <4a616e> >> endobj'],
    ['a name with a # escape', '7 0 obj << /A#41 1 0 R >> endobj'],
    ['a duplicate key', '7 0 obj << /K 1 0 R /K 2 0 R >> endobj'],
    ['another object number', '8 0 obj << >> endobj'],
    ['a stream whose /Length does not reach endstream', '7 0 obj << /Length 3 >>\nstream\nabcde\nendstream\nendobj'],
    ['a stream whose indirect /Length is unknown', '7 0 obj << /Length 9 0 R >>\nstream\nabcde\nendstream\nendobj'],
    ['an unclosed dictionary', '7 0 obj << /K 1 0 R endobj'],
    ['a key that is not a name', '7 0 obj << 1 2 >> endobj'],
    ['an unknown keyword', '7 0 obj << /K foo >> endobj'],
    ['no endobj', '7 0 obj << /K 1 0 R >>'],
  ])('leaves %s to pdf-lib', (_what, text) => {
    expect(scan(text)).toBeUndefined();
  });
});
