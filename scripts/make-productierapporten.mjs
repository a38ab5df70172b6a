#!/usr/bin/env node
// Re-creates the Woo publication platform's example productierapporten (minvws/nl-rdo-woo-web,
// tests/Unit/Service/Inventory and tests/Unit/Service/FileReader at commit
// 4b9b6f6b225e38565cc43c63edbdf2dfc306923e) as XLSX fixtures for Lakstift's validator
// (shared/export/platform.ts), each with the verdict the platform's own tests give it, plus the
// cases issue #16 reports from Lakstift's own earlier output.
//
// The platform's XLSX files are binary and could not be read here; their content is rebuilt from
// what the platform's tests assert about them (rows, cells, the exception per row), and its CSV
// fixtures are copied cell for cell. The workbooks are written by exceljs, a writer independent
// of Lakstift's own (excel-builder-vanilla).
//
//   node scripts/make-productierapporten.mjs      writes tests/fixtures/productierapporten/
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'tests', 'fixtures', 'productierapporten');
mkdirSync(out, { recursive: true });

const TEMPLATE = ['ID', 'Matter', 'Family ID', 'Email Thread ID', 'Document', 'File type', 'Datum', 'Beoordeling', 'Opgeschort', 'Beoordelingsgrond', 'Toelichting', 'Publieke link', 'Gerelateerd ID', 'Zaaknummer'];
const row = (o) => TEMPLATE.map((h) => o[h] ?? '');
const base = (id, extra = {}) => row({ ID: id, Matter: 'XX', Document: `document-${id}.pdf`, 'File type': 'pdf', Datum: '2023-11-04', Beoordeling: 'Openbaar', Beoordelingsgrond: '5.1.2e', ...extra });
const SRC = 'minvws/nl-rdo-woo-web@4b9b6f6b tests/Unit/Service';
const long = (n) => 'Toelichting '.repeat(Math.ceil(n / 12)).slice(0, n);

/** name, where it comes from, the table, and the verdict: accepted, and the [row, rule] of each error (and warning). */
const FIXTURES = [
  { name: 'valid-template', source: `${SRC}/Inventory/inventory-valid.xlsx (the template's columns)`, table: [TEMPLATE, base('1001'), base('1002', { 'Family ID': '1001', 'Email Thread ID': '7', Beoordeling: 'Deels openbaar', Beoordelingsgrond: '5.1.2e;5.1.2i' }), base('1003', { Beoordeling: 'Reeds openbaar', 'Publieke link': 'https://open.minvws.nl/dossier/x' })], accepted: true, errors: [] },
  { name: 'link-remark-1', source: `${SRC}/Inventory/inventory-link-remark-1.xlsx`, table: [TEMPLATE, base('1', { 'Publieke link': 'https://www.example.org' })], accepted: true, errors: [] },
  { name: 'link-remark-2', source: `${SRC}/Inventory/inventory-link-remark-2.xlsx (an old file: the link in the remark)`, table: [TEMPLATE, base('1', { Toelichting: 'https://www.example.org' })], accepted: true, errors: [] },
  { name: 'link-remark-3', source: `${SRC}/Inventory/inventory-link-remark-3.xlsx`, table: [TEMPLATE, base('1', { Toelichting: 'foo bar' })], accepted: true, errors: [] },
  { name: 'link-remark-4', source: `${SRC}/Inventory/inventory-link-remark-4.xlsx`, table: [TEMPLATE, base('1', { 'Publieke link': 'https://www.example.org', Toelichting: 'https://notok.example.org' })], accepted: true, errors: [] },
  { name: 'link-remark-5', source: `${SRC}/Inventory/inventory-link-remark-5.xlsx`, table: [TEMPLATE, base('1', { 'Publieke link': 'https://example.org', Toelichting: 'foo bar' })], accepted: true, errors: [] },
  { name: 'link-remark-6', source: `${SRC}/Inventory/inventory-link-remark-6.xlsx (two links in the remark)`, table: [TEMPLATE, base('1', { Toelichting: 'https://example.org|https://test.org' })], accepted: true, errors: [] },
  { name: 'format-1645', source: `${SRC}/Inventory/inventory-1645.xlsx (the format of WOO-1645)`, table: [TEMPLATE, base('1', { Datum: '2023-11-04', 'Publieke link': 'http://foo.bar', Toelichting: 'test remark', 'File type': '' }), base('2', { Datum: '06-05-2023', 'Publieke link': 'http://foo.bar/baz', 'File type': '' })], accepted: true, errors: [] },
  { name: 'missing-matter', source: `${SRC}/Inventory/inventory-missing-matter.xlsx`, table: [TEMPLATE.filter((h) => h !== 'Matter'), ...[base('1'), base('2')].map((r) => r.filter((_, i) => TEMPLATE[i] !== 'Matter'))], accepted: false, errors: [[2, 'matter'], [3, 'matter']] },
  { name: 'remark-too-long', source: `${SRC}/Inventory/inventory-remark-too-long.xlsx`, table: [TEMPLATE, base('1', { Toelichting: long(1000) }), base('2', { Toelichting: long(1001) })], accepted: false, errors: [[3, 'remark-length']] },
  { name: 'negative-family-id', source: `${SRC}/Inventory/inventory-negative-family-id.xlsx`, table: [TEMPLATE, base('1', { 'Family ID': '1' }), base('2', { 'Family ID': '-1' })], accepted: false, errors: [[3, 'family']] },
  { name: 'negative-thread-id', source: `${SRC}/Inventory/inventory-negative-thread-id.xlsx`, table: [TEMPLATE, base('1', { 'Email Thread ID': '1' }), base('2', { 'Email Thread ID': '-1' })], accepted: false, errors: [[3, 'thread']] },
  { name: 'single-character-matter', source: `${SRC}/Inventory/inventory-single-character-matter.xlsx`, table: [TEMPLATE, base('1', { Matter: 'A' }), base('2', { Matter: 'B' })], accepted: true, errors: [] },
  { name: 'empty-date', source: `${SRC}/Inventory/inventory-empty-date.xlsx`, table: [TEMPLATE, base('1', { Datum: '2023-11-04' }), base('2', { Datum: '' })], accepted: true, errors: [] },
  { name: 'invalid-document-id', source: `${SRC}/Inventory/inventory-invalid-document-id.xlsx`, table: [TEMPLATE, base('1001'), base('1002/a')], accepted: false, errors: [[3, 'id']] },
  { name: 'invalid-link', source: `${SRC}/Inventory/inventory-invalid-link.xlsx`, table: [TEMPLATE, base('1', { 'Publieke link': 'not-a-valid-url' })], accepted: false, errors: [[2, 'link']] },
  { name: 'invalid-link-in-remark', source: `${SRC}/Inventory/inventory-invalid-link-in-remark.xlsx`, table: [TEMPLATE, base('1', { Toelichting: 'http://invalid link because of spaces' })], accepted: false, errors: [[2, 'link']] },
  { name: 'alternative-date-and-ground', source: `${SRC}/Inventory/inventory-alternative-date-and-ground.xlsx`, table: [['ID', 'Matter', 'Document', 'Datum (UTC)', 'Beoordeling', 'Code entries'], ['1', 'XX', 'a.pdf', '2022-10-09', 'Openbaar', '5.1.2e']], accepted: true, errors: [] },
  { name: 'publicationcontext', source: `${SRC}/Inventory/inventory-publicationcontext.csv`, table: [['document', 'grond', 'id', 'beoordeling', 'publicatiecontext'], ['document-a.pdf', '5.1.1a', '1001', 'openbaar', 'PUBLICATIECONTEXT-1']], accepted: true, errors: [] },
  { name: 'publicationcontext-with-matter', source: `${SRC}/Inventory/inventory-publicationcontext-with-matter.csv`, table: [['document', 'grond', 'id', 'beoordeling', 'publicatiecontext', 'matter'], ['document-b.pdf', '5.1.1a', '1002', 'openbaar', 'PUBLICATIECONTEXT-2', 'XX']], accepted: false, errors: [[2, 'matter-and-context']] },
  { name: 'publicationcontext-with-empty-matter', source: `${SRC}/Inventory/inventory-publicationcontext-with-empty-matter.csv`, table: [['document', 'grond', 'id', 'beoordeling', 'publicatiecontext', 'matter'], ['document-c.pdf', '5.1.1a', '1003', 'openbaar', 'PUBLICATIECONTEXT-3', '']], accepted: true, errors: [] },
  { name: 'missing-matter-and-publication-context', source: `${SRC}/Inventory/inventory-missing-matter-and-publication-context.csv`, table: [['document', 'grond', 'id', 'beoordeling', 'publicatiecontext', 'matter'], ['document-empty.pdf', '5.1.1a', '1004', 'openbaar', '', '']], accepted: false, errors: [[2, 'matter']] },
  { name: 'matter-with-related-id', source: `${SRC}/Inventory/inventory-matter-with-related-id.csv`, table: [['document', 'grond', 'id', 'beoordeling', 'matter', 'gerelateerd id'], ['document-c.pdf', '5.1.1a', '1003', 'openbaar', 'XX', '1004;YY-1005;PREF-ZZ-1006']], accepted: true, errors: [] },
  { name: 'publicationcontext-with-related-id', source: `${SRC}/Inventory/inventory-publicationcontext-with-related-id.csv`, table: [['document', 'grond', 'id', 'beoordeling', 'publicatiecontext', 'gerelateerd id'], ['document-d.pdf', '5.1.1a', '1007', 'openbaar', 'OTHER-CONTEXT-4', 'SOME-OTHER-CONTEXT-1008']], accepted: true, errors: [] },
  { name: 'with-empty-row', source: `${SRC}/FileReader/inventory-with-empty-row.csv (numbered headers, an empty row, a US date)`, table: [['Family', 'ID', 'Thread ID', '01 Document', 'File Type', '06 Datum', 'Beoordeling', 'Beoordelingsgrond', 'Onderwerp', 'Periode', 'zaakNr', 'Matter'], ['5033', '5033', '', '456-verslag.docx.docx', 'Word Processing', '10/9/2022 1:34 PM UTC', 'Deels Openbaar', '5.1.2e', 'Dummy onderwerp 1', '2022-08', '11-111', '123'], ['', '', '', '', '', '', '', '', '', '', '', ''], ['', '5034', '', '123-document-naam.pdf', 'PDF', '', 'Deels Openbaar', '5.1.2e', '', '2022-08', '11-111', '123']], accepted: true, errors: [] },
  { name: 'missing-columns', source: `${SRC}/Inventory/inventory-missing-columns.xlsx`, table: [['Document', 'Beoordelingsgrond', 'Matter'], ['a.pdf', '5.1.2e', 'XX']], accepted: false, errors: [[1, 'missing-header'], [1, 'missing-header']] },
  // Issue #16: what Lakstift 0.1 wrote and what officers typed.
  { name: 'lakstift-0.1-inventaris', source: 'issue #16: Lakstift 0.1 inventaris.xlsx ("Nr." is read as the Document column, so there is no ID)', table: [['Nr.', 'Document', 'Datum', 'Bestandstype', "Pagina's", 'Beoordeling', 'Beoordelingsgrond', 'Toelichting', 'Publieke link', 'Family ID', 'Email Thread ID', 'Gerelateerd ID', 'Zaaknummer'], ['0001', 'Nota', '2024-03-01', 'pdf', '2', 'Deels openbaar', '10.2.e', '', '', '', '', '', 'WOO-1']], accepted: false, errors: [[1, 'missing-header']] },
  { name: 'officer-input', source: 'issue #16: values officers type that break the import', table: [TEMPLATE,
    base('0001', { Matter: 'Woo-2024-0017', Zaaknummer: 'Woo-2024/0017' }),
    base('0002', { Matter: 'Woo-2024-0017', 'Family ID': 'mail-1' }),
    base('0003', { Matter: 'Woo-2024-0017', 'Gerelateerd ID': '0002, 0003' }),
    base('0004', { Matter: 'Woo-2024-0017', Beoordeling: 'Reeds openbaar', 'Publieke link': 'https://www.rijksoverheid.nl/documenten/kamerstuk 2024' }),
    base('0005', { Matter: 'Woo-2024-0017', Toelichting: long(1009) }),
    base('2014-3', { Matter: 'Woo-2024-0017' }),
    base('0007', { Matter: 'Woo/2024' }),
  ], accepted: false, errors: [[2, 'case-number'], [3, 'family'], [4, 'related-id'], [5, 'link'], [6, 'remark-length'], [8, 'matter']], warnings: [[7, 'id-not-matchable']] },
];

const manifest = [];
for (const f of FIXTURES) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Blad1');
  for (const r of f.table) ws.addRow(r);
  await wb.xlsx.writeFile(path.join(out, `${f.name}.xlsx`));
  manifest.push({ file: `${f.name}.xlsx`, source: f.source, accepted: f.accepted, errors: f.errors, warnings: f.warnings ?? [] });
}
writeFileSync(path.join(out, 'verdicts.json'), `${JSON.stringify({ platformCommit: '4b9b6f6b225e38565cc43c63edbdf2dfc306923e', fixtures: manifest }, null, 2)}\n`);
console.log(`wrote ${manifest.length} productierapporten to ${path.relative(root, out)}`);
