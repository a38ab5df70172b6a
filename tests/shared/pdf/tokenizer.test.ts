import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeEach } from '../../../shared/pdf/tokenizer';
import { LimitExceededError } from '../../../shared/errors';
import { formatNumber, serializeOperand } from '../../../shared/pdf/syntax';
import { PdfName, PdfString, type Operand } from '../../../shared/pdf/types';

const enc = (s: string) => new TextEncoder().encode(s);
const latin1 = (b: Uint8Array) => String.fromCharCode(...b);
const plain = (v: Operand): unknown =>
  v instanceof PdfName ? `/${v.name}` : v instanceof PdfString ? latin1(v.bytes) : Array.isArray(v) ? v.map(plain) : v instanceof Map ? Object.fromEntries([...v].map(([k, x]) => [k, plain(x)])) : v;
const ops = (s: string) => tokenize(enc(s)).map((o) => [o.op, ...o.args.map(plain)]);

describe('tokenizer', () => {
  const table: [string, unknown[][]][] = [
    ['1 0 0 1 72.5 -.5 cm', [['cm', 1, 0, 0, 1, 72.5, -0.5]]],
    ['+3 -0 Td', [['Td', 3, -0]]],
    ['/F#201 12 Tf', [['Tf', '/F 1', 12]]],
    ['(a\\(b\\)c) Tj', [['Tj', 'a(b)c']]],
    ['(nested (paren) ok) Tj', [['Tj', 'nested (paren) ok']]],
    ['(\\101\\60\\7x) Tj', [['Tj', 'A0\x07x']]],
    ['(line\\\ncontinued) Tj', [['Tj', 'linecontinued']]],
    ['(a\\nb\\tc\\\\) Tj', [['Tj', 'a\nb\tc\\']]],
    ['(cr\r\nlf) Tj', [['Tj', 'cr\nlf']]],
    ['<48 65\n6c6C 6> Tj', [['Tj', 'Hell`']]],
    ['[(A) -120.5 (B)] TJ', [['TJ', ['A', -120.5, 'B']]]],
    ['/OC <</MCID 3 /ActualText (x) /Nested <</A [1 2]>>>> BDC EMC', [['BDC', '/OC', { MCID: 3, ActualText: 'x', Nested: { A: [1, 2] } }], ['EMC']]],
    ['true false null d0', [['d0', true, false, null]]],
    ['% a comment Tj\n1 w', [['w', 1]]],
    ["(a) ' 1 2 (b) \"", [["'", 'a'], ['"', 1, 2, 'b']]],
    ['q Q', [['q'], ['Q']]],
  ];
  for (const [src, expected] of table) {
    it(`reads ${JSON.stringify(src)}`, () => {
      expect(ops(src)).toEqual(expected);
    });
  }

  it('records byte spans that cover operands and operator', () => {
    const src = 'BT /F1 12 Tf ET';
    const t = tokenize(enc(src));
    expect(src.slice(t[1].start, t[1].end)).toBe('/F1 12 Tf');
  });

  it('skips inline image data even when it contains "EI"', () => {
    // 4×1 gray, 8 bits: 4 bytes of data, two of which spell "EI".
    const src = 'q BI /W 4 /H 1 /BPC 8 /CS /G ID EI\x00\x01 EI Q (after) Tj';
    const t = tokenize(enc(src));
    expect(t.map((o) => o.op)).toEqual(['q', 'BI', 'Q', 'Tj']);
    const bi = t[1].inlineImage!;
    expect(bi.dataEnd - bi.dataStart).toBe(4);
    expect(bi.dict.get('Width')).toBe(4);
    expect(latin1((t[3].args[0] as PdfString).bytes)).toBe('after');
  });

  it('finds the end of a filtered inline image by the operators that follow', () => {
    const src = 'BI /W 2 /H 2 /F /AHx ID 00ff00ff> EI 1 0 0 rg';
    const t = tokenize(enc(src));
    expect(t.map((o) => o.op)).toEqual(['BI', 'rg']);
  });

  it('never throws on junk and stops runaway nesting', () => {
    expect(() => tokenize(enc(') } { >> ] ( unterminated'))).not.toThrow();
    expect(() => tokenize(enc('['.repeat(1000)))).toThrow(/nesting/);
  });

  it('writes operands back in a form it reads again', () => {
    const values: Operand[] = [1.5, -0, new PdfName('A B'), new PdfString(enc('x)y'), false), [1, new PdfName('N')], true, null];
    const text = values.map(serializeOperand).join(' ') + ' op';
    expect(ops(text)).toEqual([['op', 1.5, 0, '/A B', 'x)y', [1, '/N'], true, null]]);
    expect(formatNumber(1e-7)).toBe('0');
    expect(formatNumber(-2.5)).toBe('-2.5');
  });
});

describe('operands left open inside an array or dictionary (fuzz finding 3-205)', () => {
  it('drops the open marker and keeps the rest, so the operator can be written back', () => {
    const ops = tokenize(new TextEncoder().encode('[ (a) << /K 1 ] Tj << /A [ 2 >> BDC'));
    expect(ops.map((o) => o.op)).toEqual(['Tj', 'BDC']);
    expect(ops.map((o) => o.args.map(serializeOperand).join(' '))).toEqual(['[<61> /K 1]', '<< /A 2 >>']);
  });
});

describe('tokenizeEach (text extraction without an operation list)', () => {
  const stream = 'q 1 0 0 1 72 700 cm BT /F1 12 Tf [(Jan) -250 <4261> ] TJ (x\\)y) Tj ET /Span << /ActualText (J) >> BDC EMC BI /W 2 /H 1 /BPC 8 /CS /G ID \x00\xff EI Q [ 1 2 re';
  it('visits the operators tokenize lists, with the same operands and spans', () => {
    const listed = tokenize(enc(stream));
    const seen: unknown[] = [];
    const count = tokenizeEach(enc(stream), {}, (op, args, start, end, ii) => {
      seen.push({ op, args: args.map(plain), start, end, ii: ii ? { dataStart: ii.dataStart, dataEnd: ii.dataEnd } : undefined });
    });
    expect(count).toBe(listed.length);
    expect(seen).toEqual(listed.map((o) => ({ op: o.op, args: o.args.map(plain), start: o.start, end: o.end, ii: o.inlineImage ? { dataStart: o.inlineImage.dataStart, dataEnd: o.inlineImage.dataEnd } : undefined })));
  });

  it('reads strings of up to two bytes (shared between operators) exactly as tokenize does', () => {
    // Odd digits, blanks and junk inside <…>, empty strings, escapes, parentheses and line ends
    // inside (…): each takes the full reading's path or gives its bytes.
    const src = '<> Tj <4> Tj <41> Tj <4 1> Tj <0041> Tj <004> Tj <0 4> Tj <zz41> Tj <41424> Tj () Tj (a) Tj (ab) Tj (abc) Tj '
      + '(\\)) Tj (a\\n) Tj (a\r) Tj (\r\n) Tj (\n) Tj ((a)) Tj (a(b)) Tj [(a) 5 <41> (a)] TJ (a) Tj <0041> Tj (ab';
    const withHex = (v: Operand): unknown => (v instanceof PdfString ? [v.hex, [...v.bytes]] : Array.isArray(v) ? v.map(withHex) : v);
    const seen: unknown[] = [];
    tokenizeEach(enc(src), {}, (op, args) => seen.push([op, ...args.map(withHex)]));
    expect(seen).toEqual(tokenize(enc(src)).map((o) => [o.op, ...o.args.map(withHex)]));
  });

  it('gives tokenize a string object of its own for every operand (redaction edits them one by one)', () => {
    const [a, b] = tokenize(enc('(a) Tj (a) Tj'));
    expect(a.args[0]).not.toBe(b.args[0]);
    expect(a.args[0]).toEqual(b.args[0]);
  });

  it('gives every operator its own array operands, also where it reuses the arrays of the operator before', () => {
    // A long TJ array, then shorter ones, nested ones and a dictionary holding one: each
    // operator must see exactly its own items, nothing left from an earlier one.
    const src = '[(Anna) -120 (de) 80 (Vries) 3] TJ [(K)] TJ [] TJ [[1 2] 3 [4]] d0 << /A [5 6] >> BDC [(x) 7] TJ';
    const seen: unknown[] = [];
    tokenizeEach(enc(src), {}, (op, args) => seen.push([op, ...args.map(plain)]));
    expect(seen).toEqual(ops(src));
    expect(seen[1]).toEqual(['TJ', ['K']]);
    expect(seen[5]).toEqual(['TJ', ['x', 7]]);
  });

  it('reads names (shared between operators) exactly as tokenize does, escapes and look-alikes included', () => {
    // Many different names, so that some share a slot of the table of kept names; the same
    // names again; one written with a # escape, one that differs in its last byte, one long.
    const names = Array.from({ length: 3000 }, (_, k) => `/T${k.toString(36)}`);
    const src = [...names, ...names.slice(0, 50), '/F#31', '/F1', '/F2', '/Spam', '/Span', `/${'x'.repeat(40)}`, `/${'x'.repeat(40)}`]
      .map((n) => `${n} 1 Tf`).join(' ');
    const seen: unknown[] = [];
    tokenizeEach(enc(src), {}, (op, args) => seen.push([op, ...args.map(plain)]));
    expect(seen).toEqual(ops(src));
    expect(seen.at(-7)).toEqual(['Tf', '/F1', 1]);
  });

  it('stops at the operator limit like tokenize', () => {
    expect(() => tokenizeEach(enc('q Q '.repeat(10)), { maxOps: 5 }, () => {})).toThrow(LimitExceededError);
  });
});
