/**
 * The command line decodes streams with Node's zlib (node/zlib.ts); what it reads must be
 * exactly what the core's own decoder reads, damaged data and the size cap included.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deflateRawSync, deflateSync } from 'node:zlib';
import { PDFContext, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { useNativeZlib } from '../../node/zlib';
import { decodeStream, flateStream, setNativeDeflate, setNativeInflate } from '../../shared/pdf/streams';
import { LimitExceededError } from '../../shared/errors';

const ctx = PDFContext.create();
const flate = (data: Uint8Array) => PDFRawStream.of(ctx.obj({ Filter: PDFName.of('FlateDecode') }), data);
const text = new TextEncoder().encode(Array.from({ length: 400 }, (_, i) => `BT /F1 12 Tf 72 ${(i * 7919) % 800} Td (Regel ${(i * 104729) % 99991}: zaak ${i * i}) Tj ET\n`).join(''));

function both(stream: PDFRawStream, max?: number) {
  setNativeInflate(null);
  const own = (() => { try { return decodeStream(stream, max); } catch (e) { return e; } })();
  useNativeZlib();
  const native = (() => { try { return decodeStream(stream, max); } catch (e) { return e; } })();
  return { own, native };
}

afterEach(() => {
  setNativeInflate(null);
  setNativeDeflate(null);
});

describe('native inflate', () => {
  it('reads a zlib stream and a raw deflate stream exactly as the core does', () => {
    for (const data of [deflateSync(text), deflateRawSync(text)]) {
      const { own, native } = both(flate(new Uint8Array(data)));
      expect(native).toEqual(own);
      expect(Buffer.from((native as { bytes: Uint8Array }).bytes)).toEqual(Buffer.from(text));
    }
  });

  it('recovers the beginning of truncated data and marks it damaged, as the core does', () => {
    const data = new Uint8Array(deflateSync(text));
    const { own, native } = both(flate(data.subarray(0, Math.floor(data.length / 2))));
    const n = native as { bytes: Uint8Array; damaged?: boolean };
    expect(n.bytes.length).toBeGreaterThan(100);
    expect(Buffer.from(n.bytes)).toEqual(Buffer.from((own as { bytes: Uint8Array }).bytes));
    expect(n.damaged).toBe((own as { damaged?: boolean }).damaged);
  });

  it('stops at the size cap with the same limit error', () => {
    const bomb = new Uint8Array(deflateSync(new Uint8Array(4 << 20)));
    const { own, native } = both(flate(bomb), 1 << 20);
    expect(own).toBeInstanceOf(LimitExceededError);
    expect(native).toBeInstanceOf(LimitExceededError);
    expect((native as Error).message).toBe((own as Error).message);
  });

  it('writes new Flate streams that read back as what was written, with native zlib and without', () => {
    for (const native of [false, true]) {
      if (native) useNativeZlib();
      for (const contents of [text, 'q 0 g 72 700 100 14 re f Q\n\u00e9']) {
        const s = flateStream(ctx, contents, { Type: 'XObject' });
        expect(s.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('FlateDecode'));
        expect(s.dict.get(PDFName.of('Type'))).toBe(PDFName.of('XObject'));
        setNativeInflate(null);
        const back = decodeStream(s).bytes;
        const want = typeof contents === 'string' ? Uint8Array.from(contents, (ch) => ch.charCodeAt(0) & 0xff) : contents;
        expect(Buffer.from(back)).toEqual(Buffer.from(want));
      }
    }
  });
});
