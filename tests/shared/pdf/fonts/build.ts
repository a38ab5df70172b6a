/** Builds tiny font dictionaries with pdf-lib's low-level API, as a producer would write them. */
import { PDFContext, PDFDict, PDFDocument, PDFHexString, type PDFObject } from '@cantoo/pdf-lib';

export async function newContext(): Promise<PDFContext> {
  return (await PDFDocument.create()).context;
}

type Literal = Parameters<PDFContext["flateStream"]>[1] & object;

/** A font dictionary registered as an indirect object (as in real files) and looked up again. */
export function fontDict(ctx: PDFContext, literal: Record<string, unknown>): PDFDict {
  const ref = ctx.register(ctx.obj(literal as Literal));
  return ctx.lookup(ref) as PDFDict;
}

/** A Flate-compressed stream (CMaps, ToUnicode) registered and referenced. */
export function flate(ctx: PDFContext, text: string, dict: Record<string, unknown> = {}): PDFObject {
  return ctx.register(ctx.flateStream(text, dict as Literal));
}

export function hex(h: string): PDFHexString {
  return PDFHexString.of(h);
}

export function bytes(...b: number[]): Uint8Array {
  return Uint8Array.from(b);
}

export function hexBytes(h: string): Uint8Array {
  const clean = h.replace(/\s+/g, '');
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function latin1(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

export function textOf(glyphs: { text: string }[]): string {
  return glyphs.map((g) => g.text).join('');
}
