import { describe, expect, it } from 'vitest';
import { encodingVector, glyphNameToUnicode, zapfDingbatsToUnicode } from '../../../../shared/pdf/fonts/glyphlist';

describe('glyphNameToUnicode', () => {
  it.each([
    ['A', 'A'],
    ['eacute', 'é'],
    ['Euro', '€'],
    ['quotedblbase', '„'],
    ['ij', 'ĳ'],
    ['space', ' '],
    ['uni20AC', '€'],
    ['uni00450301', 'E\u0301'],
    ['u1F600', '\u{1F600}'],
    ['u20AC', '€'],
    ['fi', 'fi'],
    ['fl', 'fl'],
    ['ff', 'ff'],
    ['ffi', 'ffi'],
    ['ffl', 'ffl'],
    ['f_f_i', 'ffi'],
    ['T_h', 'Th'],
    ['a.sc', 'a'],
    ['eacute.alt1', 'é'],
    ['a1', ''],
    ['alpha', 'α'],
    ['g123', ''],
    ['.notdef', ''],
    ['uniD800', ''],
    ['uni20ac', '€'],
    ['', ''],
  ])('%s → %j', (name, text) => {
    expect(glyphNameToUnicode(name)).toBe(text);
  });
});

describe('encodingVector', () => {
  it.each([
    ['WinAnsiEncoding', 0xe9, 'eacute'],
    ['WinAnsiEncoding', 0x80, 'Euro'],
    ['WinAnsiEncoding', 0x93, 'quotedblleft'],
    ['WinAnsiEncoding', 0x81, 'bullet'],
    ['WinAnsiEncoding', 0x9f, 'Ydieresis'],
    ['WinAnsiEncoding', 0xff, 'ydieresis'],
    ['StandardEncoding', 0xae, 'fi'],
    ['StandardEncoding', 0x27, 'quoteright'],
    ['StandardEncoding', 0x60, 'quoteleft'],
    ['MacRomanEncoding', 0x8e, 'eacute'],
    ['MacRomanEncoding', 0xde, 'fi'],
    ['MacExpertEncoding', 0x56, 'ff'],
    ['SymbolEncoding', 0x61, 'alpha'],
    ['ZapfDingbatsEncoding', 0x21, 'a1'],
  ] as const)('%s[%i] is %s', (enc, code, name) => {
    expect(encodingVector(enc)[code]).toBe(name);
  });

  it('has 256 entries in every encoding', () => {
    for (const e of ['StandardEncoding', 'MacRomanEncoding', 'WinAnsiEncoding', 'MacExpertEncoding', 'SymbolEncoding', 'ZapfDingbatsEncoding'] as const) {
      expect(encodingVector(e)).toHaveLength(256);
    }
  });
});

describe('zapfDingbatsToUnicode', () => {
  it.each([
    ['a1', '✁'],
    ['a20', '✔'],
    ['a191', '➾'],
    ['A', ''],
  ])('%s → %j', (name, text) => {
    expect(zapfDingbatsToUnicode(name)).toBe(text);
  });
});
