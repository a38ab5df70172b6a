#!/usr/bin/env node
// Makes tests/fixtures/reports/soffice-linked-report.pdf: a 66-page report written by
// LibreOffice (soffice --convert-to pdf) from generated HTML, with a linked table of contents,
// a link to the next chapter in every paragraph (576 link annotations with /Dest to a page),
// bookmarks from the headings, and words that contain short redactable words ("naamgeving",
// "achternaam", "contactgegevens", "informatievoorziening"). Chapter 7 holds the one line to
// redact. Issue #17: redact and verify of such a report take seconds, and verify reports no
// finding for a redacted short word that occurs elsewhere inside other words.
//
//   node scripts/make-report-fixture.mjs    (needs soffice; the PDF is committed)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'tests', 'fixtures', 'reports', 'soffice-linked-report.pdf');
const CHAPTERS = 64;

const html = ['<html><head><meta charset="utf-8"><title>Evaluatierapport dienstverlening</title></head><body>',
  '<h1>Evaluatierapport dienstverlening</h1>', '<p>Inhoud</p>'];
for (let i = 1; i <= CHAPTERS; i++) html.push(`<p><a href="#s${i}">${i}. Hoofdstuk ${i} over contactgegevens en informatievoorziening</a></p>`);
for (let i = 1; i <= CHAPTERS; i++) {
  const next = (i % CHAPTERS) + 1;
  html.push(`<h1 id="s${i}" style="page-break-before: always">${i}. Hoofdstuk ${i}</h1>`, `<h2>${i}.1 Naamgeving en contactmomenten</h2>`);
  for (let k = 0; k < 8; k++) {
    html.push(`<p>De naamgeving van de afdelingen en de contactpersonen wordt in paragraaf ${i}.${k} besproken. Informatievoorziening aan burgers verloopt via het contactcentrum; zie ook <a href="#s${next}">hoofdstuk ${next}</a>. De achternaam van een medewerker staat nooit in de informatiebrochure.</p>`);
  }
  if (i === 7) html.push('<p>Contact: Bram Vermeulen, naam bekend bij de afdeling, telefoon 06-12345678.</p>');
}
html.push('</body></html>');

const dir = mkdtempSync(path.join(tmpdir(), 'lakstift-report-'));
const src = path.join(dir, 'soffice-linked-report.html');
writeFileSync(src, html.join('\n'));
const r = spawnSync('soffice', ['--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', dir, src], { encoding: 'utf8' });
if (r.status !== 0) {
  process.stderr.write(`soffice failed: ${r.stderr || r.error?.message}\n`);
  process.exit(1);
}
copyFileSync(path.join(dir, 'soffice-linked-report.pdf'), out);
const info = spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout;
process.stdout.write(`${path.relative(root, out)}: ${/Pages:\s+(\d+)/.exec(info)?.[1]} pages\n`);
