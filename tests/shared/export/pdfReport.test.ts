import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument } from '@cantoo/pdf-lib';
import { acceptAllProposed, addDocument } from '../../../shared/dossier/actions';
import { deriveInventory } from '../../../shared/export/inventory';
import { inventoryPdf, textReportPdf } from '../../../shared/export/pdfReport';
import { HASH, later, sampleDossier } from '../dossier/fixtures';
import { ROOT } from '../../helpers/paths';

const fonts = {
  regular: new Uint8Array(readFileSync(path.join(ROOT, 'assets/fonts/DejaVuSans.ttf'))),
  bold: new Uint8Array(readFileSync(path.join(ROOT, 'assets/fonts/DejaVuSans-Bold.ttf'))),
};
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-pdfreport-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function pdftotext(bytes: Uint8Array, name: string, layout = false): string {
  const f = path.join(tmp, name);
  writeFileSync(f, bytes);
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), f, '-'], { encoding: 'utf8' });
}

describe('inventory PDF', () => {
  it('is a landscape A4 table whose every row, header and page number can be extracted as text', async () => {
    let d = acceptAllProposed(sampleDossier(), later).dossier;
    for (let i = 0; i < 117; i++) {
      const long = i % 10 === 0 ? ' met een zeer lange omschrijving die over meerdere regels in de kolom moet worden afgebroken' : '';
      d = addDocument(d, { path: `x${i}.pdf`, sha256: HASH(String(i % 10)), title: `E-mail ${i} over casuïstiek${long}`, pageCount: 1, date: '2023-01-02', fileType: 'email' }, later).dossier;
    }
    const rows = deriveInventory(d);
    const bytes = await inventoryPdf(d, rows, fonts, new Date('2024-03-05T10:00:00Z'));
    const doc = await PDFDocument.load(bytes);
    const pages = doc.getPages();
    expect(pages.length).toBeGreaterThan(2);
    for (const p of pages) expect(p.getWidth()).toBeGreaterThan(p.getHeight());
    expect(Math.round(pages[0].getWidth())).toBe(842);
    expect(doc.getTitle()).toBe('Inventarislijst Woo-verzoek werkinstructies');

    const text = pdftotext(bytes, 'inv.pdf');
    const perPage = text.split('\f').filter((t) => t.trim());
    expect(perPage).toHaveLength(pages.length);
    perPage.forEach((t, i) => {
      expect(t, `header on page ${i + 1}`).toContain('Beoordelingsgrond');
      expect(t).toContain(`pagina ${i + 1} van ${pages.length}`);
    });
    const flat = text.replace(/\s+/g, ' ');
    for (const r of rows) {
      expect(flat, r.number).toContain(r.number);
      // Titles wrap inside their cell; every word still comes out.
      for (const w of r.title.split(' ')) expect(flat).toContain(w);
    }
    expect(flat).toContain('Deels openbaar');
    expect(flat).toContain('10.2.e; 10.2.g');
    expect(flat).toContain('Zaaknummer 2024-0017');
  });

  it('says so when the dossier is empty', async () => {
    const d = { ...sampleDossier(), documents: [], redactions: [] };
    const text = pdftotext(await inventoryPdf(d, [], fonts, new Date()), 'empty.pdf');
    expect(text).toContain('Dit dossier bevat geen documenten.');
  });
});

describe('text report PDF', () => {
  it('wraps and paginates paragraphs with real text', async () => {
    const para = 'Openbaarmaking van deze informatie zou leiden tot onevenredige benadeling. '.repeat(12);
    const blocks = Array.from({ length: 30 }, (_, i) => [
      { kind: 'heading' as const, text: `Grond ${i}` },
      { kind: 'paragraph' as const, text: para },
      { kind: 'bullet' as const, text: `punt ${i}` },
    ]).flat();
    const bytes = await textReportPdf('Overwegingen (concept)', blocks, fonts, new Date());
    const text = pdftotext(bytes, 'rep.pdf');
    const pages = text.split('\f').filter((t) => t.trim());
    expect(pages.length).toBeGreaterThan(3);
    expect(text).toContain('Grond 29');
    expect(text).toContain(`pagina ${pages.length} van ${pages.length}`);
    expect(text.replace(/\s+/g, ' ')).toContain('leiden tot onevenredige benadeling. Openbaarmaking');
  });
});
