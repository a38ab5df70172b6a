/** Builds tiny font dictionaries with pdf-lib's low-level API, as a producer would write them. */
import { PDFArray, PDFContext, PDFDict, PDFDocument, PDFHexString, PDFName, PDFStream, type PDFObject } from '@cantoo/pdf-lib';
import { decodeStream } from '../../../../shared/pdf/streams';

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

/** Pulls Tf and the string operands of Tj, TJ, ' and " out of a content stream (enough for these producers). */
export function* textOps(content: Uint8Array): Generator<{ font?: string; size?: number; bytes?: Uint8Array }> {
  let s = '';
  for (let i = 0; i < content.length; i++) s += String.fromCharCode(content[i]);
  const re = /\/([^\s/<>[\]()]+)\s+([-\d.]+)\s+Tf|<([0-9A-Fa-f\s]*)>|\(((?:\\[\s\S]|[^\\)])*)\)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[1] !== undefined) yield { font: m[1], size: Number(m[2]) };
    else if (m[3] !== undefined) {
      const h = m[3].replace(/\s+/g, '');
      const b = new Uint8Array(h.length >> 1);
      for (let k = 0; k < b.length; k++) b[k] = parseInt(h.slice(2 * k, 2 * k + 2), 16);
      yield { bytes: b };
    } else {
      const lit = m[4].replace(/\\([0-7]{1,3}|[\s\S])/g, (_, e: string) =>
        /^[0-7]+$/.test(e) ? String.fromCharCode(parseInt(e, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e,
      );
      yield { bytes: Uint8Array.from(lit, (c) => c.charCodeAt(0)) };
    }
  }
}

/** The decoded bytes of a page's /Contents (an array of streams joined by newlines). */
export function contentBytes(page: PDFDict): Uint8Array {
  const c = page.lookup(PDFName.of('Contents'));
  const parts = c instanceof PDFArray ? c.asArray().map((r) => page.context.lookup(r)) : [c];
  const chunks = parts.filter((p): p is PDFStream => p instanceof PDFStream).map((p) => decodeStream(p).bytes);
  const out = new Uint8Array(chunks.reduce((n, ch) => n + ch.length + 1, 0));
  let o = 0;
  for (const ch of chunks) {
    out.set(ch, o);
    o += ch.length + 1;
  }
  return out;
}

