import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PDFName } from '@cantoo/pdf-lib';
import { extractText, openPdf, interpretPage, textOfPages } from '../../../shared/pdf';
import { reopenLazily } from '../../../shared/pdf/document';
import { LakstiftError } from '../../../shared/errors';
import { buildPdf } from '../../helpers/buildPdf';

const dir = mkdtempSync(path.join(tmpdir(), 'lakstift-doc-'));
const hello = () => buildPdf([{ content: 'BT /F1 10 Tf 100 700 Td (Hello World) Tj ET' }]);

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(LakstiftError);
    expect((e as Error).message).not.toMatch(/\n/);
    return (e as LakstiftError).code;
  }
}

function qpdfEncrypt(input: Uint8Array, user: string, bits: '40' | '128' | '256'): Uint8Array {
  const src = path.join(dir, `in-${bits}-${user || 'empty'}.pdf`);
  const out = path.join(dir, `enc-${bits}-${user || 'empty'}.pdf`);
  writeFileSync(src, input);
  const weak = bits === '256' ? [] : ['--allow-weak-crypto'];
  execFileSync('qpdf', [...weak, '--encrypt', user, 'owner-secret', bits, '--', src, out]);
  return new Uint8Array(readFileSync(out));
}

describe('opening PDFs', () => {
  it('refuses what is not a PDF with a sentence that says so', async () => {
    const err = await openPdf(new TextEncoder().encode('PK\x03\x04 a zip file')).catch((e) => e);
    expect(err.code).toBe('not-a-pdf');
    expect(err.message).toMatch(/not a PDF/);
  });

  it('accepts junk before the %PDF- header, as viewers do', async () => {
    const bytes = await hello();
    const padded = new Uint8Array([...new TextEncoder().encode('garbage\n'), ...bytes]);
    const { pages } = await extractText(padded);
    expect(pages[0].text).toBe('Hello World');
  });

  it('reports a truncated file as damaged, not as a crash', async () => {
    const bytes = await hello();
    expect(await codeOf(openPdf(bytes.subarray(0, 40)))).toBe('damaged-pdf');
  });

  for (const bits of ['40', '128', '256'] as const) {
    it(`opens a PDF encrypted (${bits}-bit) with an empty user password without asking`, async () => {
      const enc = qpdfEncrypt(await hello(), '', bits);
      const { pages, file } = await extractText(enc);
      expect(file.wasEncrypted).toBe(true);
      expect(pages[0].text).toBe('Hello World');
    });
  }

  it('asks for the password of a protected PDF, and rejects a wrong one', async () => {
    const enc = qpdfEncrypt(await hello(), 'geheim', '256');
    expect(await codeOf(openPdf(enc))).toBe('encrypted-pdf');
    expect(await codeOf(openPdf(enc, { password: 'fout' }))).toBe('wrong-password');
    const { pages } = await extractText(enc, { password: 'geheim' });
    expect(pages[0].text).toBe('Hello World');
  });

  it('opens a file again without waiting, for a reader inside synchronous code, and leaves an encrypted one to openPdf', async () => {
    const bytes = await hello();
    const again = reopenLazily(bytes);
    expect(again?.pageCount).toBe(1);
    expect(textOfPages(again!, [1])[0]!.text).toBe('Hello World');
    expect(reopenLazily(qpdfEncrypt(bytes, '', '128'))).toBeUndefined();
    expect(reopenLazily(bytes.subarray(0, 40))).toBeUndefined();
  });
});

describe('hostile files hit explicit limits', () => {
  it('stops a decompression bomb at the stream limit', async () => {
    const bomb = deflateSync(Buffer.alloc(8 * 1024 * 1024, 0x20));
    const bytes = await buildPdf([{ content: '' }], (doc) => {
      const ctx = doc.context;
      const page = doc.getPage(0);
      const s = ctx.stream(new Uint8Array(bomb), { Filter: 'FlateDecode' } as never);
      page.node.set(PDFName.of('Contents'), ctx.register(s));
    });
    const file = await openPdf(bytes, { limits: { maxStreamBytes: 1024 * 1024 } });
    expect(() => interpretPage(file, 0)).toThrow(/safety limit/);
    expect(bomb.length).toBeLessThan(20000);
  });

  it('survives a page tree that contains itself', async () => {
    const bytes = await buildPdf([{ content: 'BT /F1 10 Tf 100 700 Td (Hello) Tj ET' }], (doc) => {
      const pagesRef = doc.catalog.get(PDFName.of('Pages'))!;
      const pages = doc.context.lookup(pagesRef) as import('@cantoo/pdf-lib').PDFDict;
      (pages.lookup(PDFName.of('Kids')) as import('@cantoo/pdf-lib').PDFArray).push(pagesRef);
    });
    const { pages } = await extractText(bytes);
    expect(pages).toHaveLength(1);
    expect(pages[0].text).toBe('Hello');
  });

  it('refuses deeply nested forms with a clear limit', async () => {
    const bytes = await buildPdf([{ content: '/X0 Do' }], (doc) => {
      const ctx = doc.context;
      let next = ctx.register(ctx.stream('BT /F1 10 Tf 1 1 Td (deep) Tj ET', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 9, 9] } as never));
      for (let i = 0; i < 60; i++) {
        const s = ctx.stream('/X0 Do', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 9, 9] } as never);
        s.dict.set(PDFName.of('Resources'), ctx.obj({ XObject: { X0: next } }));
        next = ctx.register(s);
      }
      const res = doc.getPage(0).node.lookup(PDFName.of('Resources')) as import('@cantoo/pdf-lib').PDFDict;
      res.set(PDFName.of('XObject'), ctx.obj({ X0: next }));
    });
    const file = await openPdf(bytes);
    expect(() => interpretPage(file, 0)).toThrow(/Nested form XObjects exceeds the safety limit/);
  });

  it('keeps reading a page whose content stream is damaged deflate data', async () => {
    const good = deflateSync(Buffer.from('BT /F1 10 Tf 100 700 Td (Hello World) Tj ET'));
    const broken = good.subarray(0, good.length - 6); // checksum and tail cut off
    const bytes = await buildPdf([{ content: '' }], (doc) => {
      const ctx = doc.context;
      doc.getPage(0).node.set(PDFName.of('Contents'), ctx.register(ctx.stream(new Uint8Array(broken), { Filter: 'FlateDecode' } as never)));
    });
    const { pages } = await extractText(bytes);
    expect(pages[0].text).toContain('Hello');
  });
});

describe('streams with an indirect /Length', () => {
  it('keep a last data byte that is a line end (Ghostscript Flate data ending in 0x0D)', async () => {
    const { readFileSync } = await import('node:fs');
    const { PDFRawStream, PDFName, PDFNumber } = await import('@cantoo/pdf-lib');
    const { FIXTURES } = await import('../../helpers/paths');
    const bytes = new Uint8Array(readFileSync(`${FIXTURES}/producers/gs-word-spacing.pdf`));
    const file = await openPdf(bytes);
    let checked = 0;
    for (const [, obj] of file.doc.context.enumerateIndirectObjects()) {
      if (!(obj instanceof PDFRawStream)) continue;
      const len = file.doc.context.lookup(obj.dict.get(PDFName.of('Length')));
      if (len instanceof PDFNumber) {
        expect(obj.contents.length).toBe(len.asNumber());
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2);
  });
});
