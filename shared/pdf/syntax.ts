/**
 * The one writer of PDF syntax for operands (ISO 32000-1 7.3): numbers, names, strings,
 * arrays and dictionaries, as the redactor, the sanitizer, the inline-image rewriter and the
 * box labels write them into content streams.
 *
 * @example
 *   serializeOperand([new PdfName('F1'), 12.5, 1 / 3]); // '[/F1 12.5 0.33333]'
 */
import { PdfName, PdfString, type Operand } from './types';

/**
 * A number as content streams want it: no exponent, at most 5 decimals (1/100,000 of a point,
 * far below what any device shows), no "-0", and 0 for what is not finite.
 *
 * @example
 *   formatNumber(1e-7);   // '0'
 *   formatNumber(-2.5);   // '-2.5'
 */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return '0';
  if (Number.isInteger(x)) return String(x);
  // Trailing zeros and a bare point dropped by hand: two regular expressions per number cost
  // more than the rest of writing a TJ displacement, of which a redaction writes one per glyph.
  const s = x.toFixed(5);
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0x30) end--;
  if (end > 0 && s.charCodeAt(end - 1) === 0x2e) end--;
  const t = end === s.length ? s : s.slice(0, end);
  return t === '-0' ? '0' : t;
}

/**
 * A name token: "/" and the name's bytes, with delimiters, "#", and bytes outside ! to ~
 * written as #xx (7.3.5). Names are byte strings (one character per byte, as the tokenizer
 * reads them); a character beyond U+00FF is written as its UTF-8 bytes.
 */
export function nameToken(name: string): string {
  let s = '/';
  for (const ch of name) {
    const code = ch.codePointAt(0)!;
    const bytes = code <= 0xff ? [code] : [...new TextEncoder().encode(ch)];
    for (const b of bytes) {
      const c = String.fromCharCode(b);
      s += b < 0x21 || b > 0x7e || '#()<>[]{}/%'.includes(c) ? `#${b < 16 ? '0' : ''}${b.toString(16)}` : c;
    }
  }
  return s;
}

/** A string as a hex string token: <48656c6c6f>. */
export function hexString(bytes: Uint8Array): string {
  let s = '<';
  for (let i = 0; i < bytes.length; i++) s += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  return `${s}>`;
}

/** Byte form of an operand, for rewritten operators and inline-image headers. */
export function serializeOperand(v: Operand): string {
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null) return 'null';
  if (v instanceof PdfName) return nameToken(v.name);
  if (v instanceof PdfString) return hexString(v.bytes);
  if (Array.isArray(v)) return `[${v.map(serializeOperand).join(' ')}]`;
  if (!(v instanceof Map)) return 'null';
  let s = '<<';
  for (const [k, val] of v) s += ` ${nameToken(k)} ${serializeOperand(val)}`;
  return `${s} >>`;
}
