/** verify (issue #3, item 5): an independent check that finds what a fake redaction leaves behind. */
import { describe, expect, it } from 'vitest';
import type { DecisionsFile } from '../../../shared/contract';
import { RawPdf, lit, utf16hex } from '../../fixtures/adversarial/rawpdf';
import { boxesOf, redact, tmpFile, verify } from '../redact/helpers';
import { stringTokens } from '../../../shared/verify/scan';

function doc(content: string, extraObjects: string[] = []): Uint8Array {
  const pdf = new RawPdf();
  pdf.add('<< /Type /Catalog /Pages 2 0 R >>');
  pdf.add('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  pdf.add('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>');
  pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pdf.add({ dict: '<< >>', data: content, compress: true });
  for (const o of extraObjects) pdf.add(o);
  return pdf.build({ root: 1 });
}

const LINE = `BT /F1 12 Tf 72 700 Td ${lit('Contact: Jan Bakker via balie')} Tj ET`;
const box = () => boxesOf(tmpFile('v.pdf', doc(LINE)), 1, 'Jan Bakker');
const decisions = (text?: string): DecisionsFile => ({ redactions: [{ page: 1, rects: box(), grounds: ['10.2.e'], ...(text ? { text } : {}) }] });

describe('verify', () => {
  it('finds the text under a black box that was only drawn over it', async () => {
    const [r] = box();
    const faked = doc(`${LINE}\n0 g ${r[0]} ${792 - r[3]} ${r[2] - r[0]} ${r[3] - r[1]} re f`);
    const result = await verify(faked, decisions('Jan Bakker'));
    expect(result.clean).toBe(false);
    expect(result.findings.map((f) => f.kind)).toContain('glyph-under-box');
    expect(result.findings.map((f) => f.kind)).toContain('text-in-file');
    expect(result.findings.find((f) => f.kind === 'glyph-under-box')!.message).toMatch(/Jan/);
  });

  it('passes the same page once it is truly redacted', async () => {
    const out = await redact(doc(LINE), decisions('Jan Bakker'));
    const result = await verify(out.bytes, decisions('Jan Bakker'));
    expect(result.findings.filter((f) => f.severity === 'leak')).toEqual([]);
    expect(result.clean).toBe(true);
  });

  it.each([
    ['an unreferenced object', `<< /Note ${lit('Jan Bakker')} >>`],
    ['a UTF-16 string', `<< /Note ${utf16hex('jan  BAKKER')} >>`],
    ['a hex string', '<< /Note <4A616E2042616B6B6572> >>'],
    ['an escaped literal string', '<< /Note (J\\141n Ba\\153ker) >>'],
    ['a name', '<< /Type /Jan#20Bakker >>'],
  ])('finds the redacted text hidden in %s', async (_what, obj) => {
    const out = await redact(doc(LINE), decisions());
    // Append the hiding place to an otherwise clean redacted file, as a sloppy tool might.
    const tail = new TextEncoder().encode(`\n99 0 obj\n${obj}\nendobj\n`);
    const tampered = new Uint8Array(out.bytes.length + tail.length);
    tampered.set(out.bytes);
    tampered.set(tail, out.bytes.length);
    const result = await verify(tampered, decisions('Jan Bakker'));
    expect(result.clean).toBe(false);
    expect(result.findings.some((f) => f.kind === 'text-in-file')).toBe(true);
  });

  // Split over a TJ array, so that only the strings joined as the page would draw them read as
  // the name: the stream's bytes must be tokenized although no reader can decode them.
  it.each([
    ['a stream with a filter no reader knows', '99 0 obj\n<< /Length 45 /Filter /Onbekend >>\nstream\nBT /F1 12 Tf [(J) -10 (an B) 20 (akker)] TJ ET\nendstream\nendobj\n'],
    ['a stream body no object holds', 'rommel\nstream\nBT /F1 12 Tf [(J) -10 (an B) 20 (akker)] TJ ET\nendstream\n'],
  ])('finds the redacted text drawn in %s', async (_what, tail) => {
    const out = await redact(doc(LINE), decisions());
    const extra = new TextEncoder().encode(`\n${tail}`);
    const tampered = new Uint8Array(out.bytes.length + extra.length);
    tampered.set(out.bytes);
    tampered.set(extra, out.bytes.length);
    expect((await verify(out.bytes, decisions('Jan Bakker'))).clean).toBe(true);
    const result = await verify(tampered, decisions('Jan Bakker'));
    expect(result.clean).toBe(false);
    expect(result.findings.some((f) => f.kind === 'text-in-file' && /joined strings/.test(f.message))).toBe(true);
  });

  it('finds the text split over a TJ array with kerning', async () => {
    const split = doc('BT /F1 12 Tf 72 600 Td [(J) -10 (an B) 20 (akker)] TJ ET');
    const result = await verify(split, { redactions: [{ page: 1, rects: [[400, 400, 410, 410]], grounds: ['10.2.e'], text: 'Jan Bakker' }] });
    expect(result.clean).toBe(false);
    expect(result.findings.map((f) => f.message).join('\n')).toMatch(/joined strings|extracted from the page/);
  });

  it('does not count a neighbour that only grazes the box edge', async () => {
    const input = doc(`BT /F1 12 Tf 72 700 Td ${lit('Contact:')} Tj ET`);
    const [r] = boxesOf(tmpFile('g.pdf', input), 1, 'Contact:');
    // A box that ends one point into the "C": less than a quarter of its width.
    const result = await verify(input, { redactions: [{ page: 1, rects: [[r[0] - 30, r[1], r[0] + 1, r[3]]], grounds: ['10.2.e'] }] });
    expect(result.findings).toEqual([]);
    expect(result.clean).toBe(true);
  });

  it('reads PDF string syntax: escapes, octal, hex, names', () => {
    const dec = (s: string) => stringTokens(new TextEncoder().encode(s)).map((b) => Buffer.from(b).toString('latin1'));
    expect(dec('(J\\141n \\(B\\)) <4261 6B> /Ba#6Bker')).toEqual(['Jan (B)', 'Bak', 'Bakker']);
  });
});
