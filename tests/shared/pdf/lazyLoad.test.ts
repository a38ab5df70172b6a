/**
 * Opening for reading through the cross-reference data (shared/pdf/lazyLoad.ts): the same text
 * as the full load on every committed producer file and every broken file, objects parsed only
 * when looked up, xref streams and object streams (pdf-lib's own writer), incremental updates
 * (the newest version of an object wins) and a fall-back to the full load for tables that do not
 * match the file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName, PDFWriter, type PDFObject, type PDFRef } from '@cantoo/pdf-lib';
import { openPdf, textOfPages, type PdfFile } from '../../../shared/pdf';
import { lazyContext } from '../../../shared/pdf/lazyLoad';
import { LakstiftError } from '../../../shared/errors';
import { BROKEN } from '../../fixtures/robustness/broken';
import { FIXTURES } from '../../helpers/paths';
import { buildPdf } from '../../helpers/buildPdf';
import { hasTool } from '../../helpers/poppler';

const pdfsUnder = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = path.join(dir, f);
  return statSync(p).isDirectory() ? pdfsUnder(p) : f.endsWith('.pdf') ? [p] : [];
});

const ROOT = path.resolve(FIXTURES, '..', '..');
const FILES = [...pdfsUnder(FIXTURES), ...pdfsUnder(path.join(ROOT, 'assets', 'samples'))];

/** Everything a reader sees of a file: page count, geometry, and every page's text model. */
async function reading(bytes: Uint8Array, lazy: boolean): Promise<string> {
  try {
    const file = await openPdf(bytes, { lazy, password: '' });
    const pages = textOfPages(file);
    // fontKey is a number handed out as fonts are parsed (per process): compared by first use.
    const keys = new Map<number, number>();
    const key = (k: number) => keys.get(k) ?? (keys.set(k, keys.size), keys.size - 1);
    return JSON.stringify({ n: file.pageCount, geometry: pages.map((_, i) => file.page(i).geometry), pages }, (k, v: unknown) => (k === 'fontKey' && typeof v === 'number' ? key(v) : v));
  } catch (e) {
    if (e instanceof LakstiftError) return `error ${e.code}`;
    throw e;
  }
}

/** How many objects the context has parsed so far (without making it parse the rest). */
const parsedCount = (file: PdfFile) => Map.prototype.entries.call((file.doc.context as unknown as { indirectObjects: Map<PDFRef, PDFObject> }).indirectObjects);

describe('lazy opening reads what the full load reads', () => {
  it('has committed producer files to compare on', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(15);
  });

  it.each(FILES.map((f) => [path.relative(ROOT, f), f] as const))('%s: the same pages, geometry and text', async (_n, f) => {
    const bytes = new Uint8Array(readFileSync(f));
    // Every producer's cross-reference table is read (the encrypted file and the fuzzer's find are loaded fully).
    if (!/encrypted|fuzz/.test(f)) expect(lazyContext(bytes)).toBeDefined();
    const first = await reading(bytes, true);
    expect(first).toBe(await reading(bytes, false));
    // Opened again from the same bytes (as a job worker reopens its file), the pages come from
    // the first walk's paths: the same pages, geometry and text.
    expect(await reading(bytes, true)).toBe(first);
  });

  it.each(BROKEN.map((c) => [c.name, c] as const))('broken file, %s: the same outcome', async (_n, c) => {
    const bytes = c.build();
    expect(await reading(bytes, true)).toBe(await reading(bytes, false));
    expect(await reading(bytes, true)).toBe(await reading(bytes, false));
  });
});

describe('lazy opening parses only what is looked up', () => {
  it('leaves images, outlines and other pages unparsed until asked for', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'reports', 'soffice-linked-report.pdf')));
    const file = await openPdf(bytes, { lazy: true });
    const total = (await PDFDocument.load(bytes, { updateMetadata: false })).context.enumerateIndirectObjects().length;
    textOfPages(file, [1]);
    const afterOne = [...parsedCount(file)].length;
    expect(afterOne).toBeGreaterThan(0);
    expect(afterOne).toBeLessThan(total / 4);
    // Whoever walks every object (a writer) gets every object.
    expect(file.doc.context.enumerateIndirectObjects().length).toBe(total);
  });
});

describe('cross-reference streams and object streams (ISO 32000-1 7.5.7, 7.5.8)', () => {
  const lines = ['Van: Jan Bakker', 'Aan: Team Toezicht', 'Onderwerp: controle'];
  const build = async () => {
    const plain = await buildPdf(lines.map((l) => ({ content: `BT /F1 12 Tf 72 700 Td (${l}) Tj ET` })));
    const doc = await PDFDocument.load(plain, { updateMetadata: false });
    // pdf-lib writes a cross-reference stream and puts the dictionaries in object streams.
    return doc.save({ useObjectStreams: true });
  };

  it('reads a file whose objects live in object streams', async () => {
    const bytes = await build();
    expect(new TextDecoder('latin1').decode(bytes)).toMatch(/\/Type \/ObjStm/);
    const ctx = lazyContext(bytes);
    expect(ctx).toBeDefined();
    const file = await openPdf(bytes, { lazy: true });
    expect(textOfPages(file).map((p) => p.text.trim())).toEqual(lines);
    expect(await reading(bytes, true)).toBe(await reading(bytes, false));
  });

  it.skipIf(!hasTool('qpdf'))('reads an xref stream with a PNG predictor, as qpdf and Acrobat write them', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lakstift-lazy-'));
    const out = path.join(dir, 'objstm.pdf');
    execFileSync('qpdf', ['--object-streams=generate', path.join(FIXTURES, 'producers', 'soffice-letter.pdf'), out]);
    const bytes = new Uint8Array(readFileSync(out));
    expect(new TextDecoder('latin1').decode(bytes)).toMatch(/\/Predictor 12/);
    expect(lazyContext(bytes)).toBeDefined();
    const file = await openPdf(bytes, { lazy: true });
    expect(textOfPages(file)[0]!.text).toContain('Retouradres');
    expect(await reading(bytes, true)).toBe(await reading(bytes, false));
  });

  it('reads the newest version of an object after an incremental update (7.5.6)', async () => {
    const original = await buildPdf([{ content: 'BT /F1 12 Tf 72 700 Td (Oude tekst) Tj ET' }]);
    const doc = await PDFDocument.load(original, { updateMetadata: false });
    const contentsRef = doc.getPages()[0]!.node.get(PDFName.of('Contents')) as PDFRef;
    const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
    const body = 'BT /F1 12 Tf 72 700 Td (Nieuwe tekst) Tj ET';
    const text = new TextDecoder('latin1').decode(original);
    const prev = Number(/startxref\s+(\d+)/.exec(text.slice(text.lastIndexOf('startxref')))![1]);
    const size = Number(/\/Size (\d+)/.exec(text.slice(text.lastIndexOf('trailer')))![1]);
    const root = /\/Root (\d+ \d+ R)/.exec(text.slice(text.lastIndexOf('trailer')))![1];
    const objAt = original.length;
    const obj = `${contentsRef.objectNumber} 0 obj\n<< /Length ${body.length} >>\nstream\n${body}\nendstream\nendobj\n`;
    const xrefAt = objAt + obj.length;
    const update = `${obj}xref\n${contentsRef.objectNumber} 1\n${String(objAt).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size} /Root ${root} /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
    const bytes = new Uint8Array(original.length + update.length);
    bytes.set(original);
    bytes.set(latin1(update), original.length);
    const file = await openPdf(bytes, { lazy: true });
    expect(textOfPages(file)[0]!.text.trim()).toBe('Nieuwe tekst');
    expect(await reading(bytes, true)).toBe(await reading(bytes, false));
  });
});

describe('falling back to the full load', () => {
  it('leaves a table whose offsets do not hold the objects to the full load', async () => {
    const good = await buildPdf([{ content: 'BT /F1 12 Tf 72 700 Td (Behandeld door) Tj ET' }]);
    const s = new TextDecoder('latin1').decode(good).replace(/(\d{10}) 00000 n/, (_m, n: string) => `${String(Number(n) + 3).padStart(10, '0')} 00000 n`);
    const bytes = Uint8Array.from(s, (c) => c.charCodeAt(0));
    expect(lazyContext(bytes)).toBeUndefined();
    const file = await openPdf(bytes, { lazy: true });
    expect(textOfPages(file)[0]!.text).toContain('Behandeld door');
  });

  it('leaves encrypted files to the full load, which decrypts them', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'producers', 'qpdf-encrypted-letter.pdf')));
    expect(lazyContext(bytes)).toBeUndefined();
    expect(await reading(bytes, true)).toBe(await reading(bytes, false));
  });
});

describe('opening the same bytes again (issue #17: a job worker reopens its file every 500 pages)', () => {
  /**
   * A page tree of three levels whose /Pages nodes hand down /Resources, /MediaBox, /CropBox and
   * /Rotate, overridden on some pages and on an inner node: four pages that each inherit
   * differently.
   */
  const inheritingTree = async (): Promise<Uint8Array> => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const ctx = doc.context;
    const helv = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' }));
    const cour = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Courier', Encoding: 'WinAnsiEncoding' }));
    const content = (text: string) => ctx.register(ctx.stream(`BT /F1 12 Tf 60 100 Td (${text}) Tj ET`));
    const root = ctx.nextRef();
    const inner = ctx.nextRef();
    const other = ctx.nextRef();
    const page = (parent: PDFRef, text: string, own: Record<string, unknown> = {}) =>
      ctx.register(ctx.obj({ Type: 'Page', Parent: parent, Contents: content(text), ...own }));
    const p1 = page(inner, 'een');
    const p2 = page(inner, 'twee', { MediaBox: [0, 0, 300, 400], Rotate: 180, Resources: { Font: { F1: cour } } });
    const p3 = page(root, 'drie');
    const p4 = page(other, 'vier', { CropBox: [10, 10, 200, 300] });
    ctx.assign(inner, ctx.obj({ Type: 'Pages', Parent: root, Kids: [p1, p2], Count: 2, CropBox: [20, 20, 500, 700], Rotate: 0 }));
    ctx.assign(other, ctx.obj({ Type: 'Pages', Parent: root, Kids: [p4], Count: 1, Resources: { Font: { F1: cour } }, MediaBox: [0, 0, 400, 400] }));
    ctx.assign(root, ctx.obj({ Type: 'Pages', Kids: [inner, p3, other], Count: 4, Resources: { Font: { F1: helv } }, MediaBox: [0, 0, 595, 842], Rotate: 90 }));
    doc.catalog.set(PDFName.of('Pages'), root);
    // Written as it is (pdf-lib's save would want its own page-tree classes).
    return PDFWriter.forContext(ctx, Infinity).serializeToBuffer();
  };

  it('gives every page the attributes its place in the tree gives it, without walking the tree again', async () => {
    const bytes = await inheritingTree();
    const first = await reading(bytes, true);
    expect(first).toBe(await reading(bytes, false));
    const again = await openPdf(bytes, { lazy: true });
    // No page object is parsed before a page is asked for: the tree was not walked again.
    const parsedPages = () => [...parsedCount(again)].filter(([, o]) => o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('Page')).length;
    expect(again.pageCount).toBe(4);
    expect(parsedPages()).toBe(0);
    expect(again.page(3).geometry).toMatchObject({ width: 290, height: 190, rotate: 90 });
    expect(parsedPages()).toBe(1);
    const geometry = [0, 1, 2, 3].map((i) => again.page(i).geometry);
    expect(geometry.map((g) => [g.rotate, Math.round(g.width), Math.round(g.height)])).toEqual([
      [0, 480, 680], [180, 280, 380], [90, 842, 595], [90, 290, 190],
    ]);
    // The text of the whole file, as the first opening read it (fonts from the page's own /Resources or an ancestor's).
    expect(await reading(bytes, true)).toBe(first);
  });
});
