/**
 * Issue #17, item 4: redact and verify of a real-producer report with a linked table of
 * contents, a link in every paragraph and bookmarks (LibreOffice, 66 pages; made by
 * scripts/make-report-fixture.mjs). verify looks for what was redacted as whole words: a
 * redacted short word that occurs elsewhere inside other words ("naam" in "naamgeving",
 * "achternaam") is no finding, while the same word planted back as a word of its own is.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import type { DecisionsFile } from '../../../shared/contract';
import { ROOT } from '../../helpers/paths';
import { boxesOf, pdftotext, redact, tmpFile, verify } from '../redact/helpers';

const FILE = path.join(ROOT, 'tests/fixtures/reports/soffice-linked-report.pdf');
const bytes = () => new Uint8Array(readFileSync(FILE));
const PAGE = 9; // chapter 7: "Contact: Bram Vermeulen, naam bekend bij de afdeling, telefoon 06-12345678."

const decisions: DecisionsFile = {
  redactions: [
    { page: PAGE, rects: boxesOf(FILE, PAGE, 'Bram Vermeulen,'), grounds: ['5.1.2e'], text: 'Bram Vermeulen' },
    { page: PAGE, rects: boxesOf(FILE, PAGE, 'naam'), grounds: ['5.1.2e'], text: 'naam' },
    { page: PAGE, rects: boxesOf(FILE, PAGE, '06-12345678.'), grounds: ['5.1.2e'], text: '06-12345678' },
  ],
};

describe('a 66-page LibreOffice report with links and bookmarks', () => {
  it('is what the test needs: many pages, link annotations with a /Dest, bookmarks, the short word inside other words', () => {
    const raw = Buffer.from(readFileSync(FILE)).toString('latin1');
    expect((raw.match(/\/Subtype\s*\/Link/g) ?? []).length).toBeGreaterThan(500);
    expect(raw).toMatch(/\/Dest\s*\[/);
    expect(raw).toMatch(/\/Outlines/);
    const text = pdftotext(FILE);
    expect(text.split('\f').length - 1).toBe(66);
    expect((text.match(/naamgeving/gi) ?? []).length).toBeGreaterThan(100);
    expect((text.match(/achternaam/g) ?? []).length).toBeGreaterThan(100);
  });

  it('is redacted, and verify finds no leak although "naam" stays inside "naamgeving" and "achternaam"', async () => {
    const out = await redact(bytes(), decisions);
    const text = pdftotext(out.file);
    // The redacted words are gone from the page, the words around them stay.
    const page = text.split('\f')[PAGE - 1]!;
    expect(page).not.toMatch(/Bram|Vermeulen|06-12345678/);
    expect(page).not.toMatch(/\bnaam\b/);
    expect(page).toMatch(/bekend bij de afdeling/);
    expect((text.match(/naamgeving/gi) ?? []).length).toBeGreaterThan(100);
    expect((text.match(/achternaam/g) ?? []).length).toBeGreaterThan(100);
    // The bookmarks ("1.1 Naamgeving en contactmomenten") keep their titles: none holds a redacted word.
    expect(out.report.sanitized.join(', ')).not.toMatch(/bookmark/);
    expect(out.report.stringsBlanked).toBe(0);
    const result = await verify(out.bytes, decisions);
    expect(result.findings).toEqual([]);
    expect(result.clean).toBe(true);
  }, 120_000);

  it('still neutralises a bookmark whose title holds the redacted name', async () => {
    const doc = await PDFDocument.load(bytes(), { updateMetadata: false });
    const { PDFDict, PDFName, PDFString } = await import('@cantoo/pdf-lib');
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const first = outlines.lookup(PDFName.of('First'), PDFDict);
    first.set(PDFName.of('Title'), PDFString.of('Gesprek met Bram Vermeulen'));
    const out = await redact(await doc.save(), decisions);
    expect(out.report.sanitized.join(', ')).toMatch(/1 bookmark title/);
    const result = await verify(out.bytes, decisions);
    expect(result.clean).toBe(true);
  }, 120_000);

  it.each([
    ['the short word as a word of its own', 'de naam van de medewerker', 'naam'],
    ['the name', 'Contact: Bram Vermeulen', 'bramvermeulen'],
  ])('reports %s planted back on another page as a leak, with the page', async (_what, line, needle) => {
    const out = await redact(bytes(), decisions);
    const doc = await PDFDocument.load(out.bytes);
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.getPage(2).drawText(line, { x: 72, y: 60, size: 10, font });
    const planted = await doc.save();
    tmpFile('planted.pdf', planted);
    const result = await verify(planted, decisions);
    expect(result.clean).toBe(false);
    const onPage = result.findings.find((f) => f.kind === 'text-on-page');
    expect(onPage?.page).toBe(3);
    expect(onPage?.text).toBe(needle);
    expect(result.findings.some((f) => f.kind === 'text-in-file' && f.text === needle)).toBe(true);
  }, 120_000);

  it('reports the redacted name left in the document information', async () => {
    const out = await redact(bytes(), decisions);
    const doc = await PDFDocument.load(out.bytes, { updateMetadata: false });
    doc.setAuthor('Bram Vermeulen');
    const result = await verify(await doc.save(), decisions);
    expect(result.clean).toBe(false);
    expect(result.findings.some((f) => f.kind === 'metadata' && f.text === 'bramvermeulen')).toBe(true);
  }, 120_000);
});
