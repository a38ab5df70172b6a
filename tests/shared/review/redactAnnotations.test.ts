// The review copy's /Redact annotations (ISO 32000-1 12.5.6.23), checked with independent
// readers: qpdf --json for the dictionaries, MuPDF (mutool run) applying the marks, pdftotext
// for what is left; and read back by Lakstift as proposed redactions (issue #15).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptAllProposed, addSuggestions, createDossier, importRedactions, intakeDocuments, type Dossier } from '../../../shared/dossier';
import { intakeInput } from '../../../shared/engine';
import { catalogueFor } from '../../../shared/export/grounds';
import { marksFor } from '../../../shared/review/export';
import { groundsInText, importedMarks } from '../../../shared/review/marks';
import { readRedactAnnotations, writeReviewCopy } from '../../../shared/review/redactAnnotations';
import { analyseFixture, engines, fixturePassword } from '../../helpers/engines';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-redact-annots-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ctx = { by: 'A. Behandelaar', role: 'officer' as const, at: '2024-03-01T09:00:00Z' };
const squash = (s: string) => s.replace(/\s+/g, '');
/**
 * How pdftotext may print a redaction's text: as written, or, for a mark over more than one line,
 * with a word broken at a hyphen over the line end joined and the hyphen dropped (poppler
 * dehyphenates: "Schuurman-" + "Aydın" on the next line reads "SchuurmanAydın").
 */
const readings = (r: { text: string; rects: readonly unknown[] }) =>
  [squash(r.text), ...(r.rects.length > 1 && /\p{L}-\p{L}/u.test(r.text) ? [squash(r.text).replace(/(\p{L})-(?=\p{L})/gu, '$1')] : [])];

/** MuPDF applies every /Redact annotation of a file, as Acrobat's "Apply Redactions" would. */
const APPLY = `
var doc = new PDFDocument(scriptArgs[0]);
var n = 0;
for (var i = 0; i < doc.countPages(); i++) {
  var page = doc.loadPage(i);
  var annots = page.getAnnotations();
  for (var k = 0; k < annots.length; k++) if (annots[k].getType() == "Redact") n++;
  page.applyRedactions(true);
}
doc.save(scriptArgs[1]);
print(n);
`;
const applyScript = path.join(tmp, 'apply.js');

interface QpdfObject { value?: Record<string, unknown> }

/** The annotation dictionaries of every page, as qpdf reads them. */
function qpdfAnnots(file: string): Record<string, unknown>[][] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=pages', '--json-key=qpdf', file], { encoding: 'utf8', maxBuffer: 1 << 28 })) as {
    pages: { object: string }[]; qpdf: [unknown, Record<string, QpdfObject>];
  };
  const objects = json.qpdf[1];
  const deref = (v: unknown) => (typeof v === 'string' && / R$/.test(v) ? objects[`obj:${v}`]?.value : v);
  return json.pages.map((p) => {
    const page = deref(p.object) as Record<string, unknown>;
    const annots = (deref(page['/Annots']) as unknown[] | undefined) ?? [];
    return annots.map((a) => deref(a) as Record<string, unknown>);
  });
}

interface Case { name: string; dossier: Dossier; bytes: Uint8Array; copy: string; words: { page: number; words: { text: string; rect: [number, number, number, number] }[] }[] }
const cases: Case[] = [];
const FIXTURE_NAMES = ['soffice-memo.pdf', 'enscript-email-thread.pdf', 'gs-rotated.pdf', 'chromium-landscape.pdf', 'qpdf-encrypted-letter.pdf'];

beforeAll(async () => {
  writeFileSync(applyScript, APPLY);
  for (const name of FIXTURE_NAMES) {
    const { bytes, doc } = await analyseFixture(name);
    const [s] = engines.suggest([doc], 'wob');
    let d = createDossier({ id: `t-${name}`, title: name, law: 'wob' }, ctx).dossier;
    d = intakeDocuments(d, [intakeInput(doc)], ctx).dossier;
    d = addSuggestions(d, 'd1', s.suggestions, ctx).dossier;
    d = acceptAllProposed(d, ctx).dossier;
    const copy = path.join(tmp, `review-${name}`);
    writeFileSync(copy, await writeReviewCopy(bytes, marksFor(d, d.documents[0], catalogueFor('wob')), {
      password: fixturePassword(name), originalSha256: doc.sha256, at: new Date('2024-03-05T10:00:00Z'),
    }));
    cases.push({ name, dossier: d, bytes, copy, words: doc.pages.map((p) => ({ page: p.page, words: p.words.map((w) => ({ text: w.text, rect: w.rect })) })) });
  }
}, 300_000);

describe('the review copy', () => {
  it('has one standard /Redact annotation per accepted redaction, as qpdf reads it', () => {
    for (const c of cases) {
      const accepted = c.dossier.redactions.filter((r) => r.status === 'accepted');
      expect(accepted.length, c.name).toBeGreaterThan(0);
      const pages = qpdfAnnots(c.copy);
      const redacts = pages.map((list) => list.filter((a) => a['/Subtype'] === '/Redact'));
      expect(redacts.flat(), c.name).toHaveLength(accepted.length);
      for (const r of accepted) {
        const a = redacts[r.page - 1].find((x) => x['/NM'] === `u:lakstift:${r.id}`);
        expect(a, `${c.name} ${r.id}`).toBeDefined();
        const quads = a!['/QuadPoints'] as number[];
        expect(quads).toHaveLength(8 * r.rects.length);
        expect(a!['/OverlayText']).toBe(`u:${r.grounds.join(', ')}`);
        expect(a!['/IC']).toEqual([0, 0, 0]);
        expect(a!['/DA']).toBe('u:/Helv 0 Tf 1 g');
        expect(a!['/T']).toBe('u:A. Behandelaar');
        const title = catalogueFor('wob').grounds.find((g) => g.code === r.grounds[0])!.title;
        expect(String(a!['/Contents'])).toContain(`u:${r.grounds[0]} ${title}`);
        expect(String(a!['/Contents'])).toMatch(/Besloten door A\. Behandelaar op 2024-03-01\. Controle: nog niet gecontroleerd\.$/);
        // /Rect holds every quadrilateral's corners.
        const [x0, y0, x1, y1] = a!['/Rect'] as number[];
        for (let i = 0; i < quads.length; i += 2) {
          expect(quads[i]).toBeGreaterThanOrEqual(x0 - 0.01);
          expect(quads[i]).toBeLessThanOrEqual(x1 + 0.01);
          expect(quads[i + 1]).toBeGreaterThanOrEqual(y0 - 0.01);
          expect(quads[i + 1]).toBeLessThanOrEqual(y1 + 0.01);
        }
        expect(a!['/AP']).toMatchObject({ '/N': expect.stringMatching(/ R$/) });
      }
    }
  });

  it('keeps the text under the marks (it is a copy for review, not the redacted document), and is not encrypted', () => {
    for (const c of cases) {
      const text = squash(execFileSync('pdftotext', [c.copy, '-'], { encoding: 'utf8' }));
      // The copy reads as the original does: the marks add no text and take none away.
      const original = path.join(tmp, `original-${c.name}`);
      writeFileSync(original, c.bytes);
      const password = fixturePassword(c.name);
      expect(text, c.name).toBe(squash(execFileSync('pdftotext', [...(password ? ['-upw', password] : []), original, '-'], { encoding: 'utf8' })));
      for (const r of c.dossier.redactions.filter((x) => x.text.length > 3)) {
        expect(readings(r).some((f) => text.includes(f)), `${c.name}: ${r.text} in ${text}`).toBe(true);
      }
      expect(execFileSync('qpdf', ['--show-encryption', c.copy], { encoding: 'utf8' })).toMatch(/File is not encrypted/);
      // mutool finds the marks too (an independent parser: MuPDF).
      const show = execFileSync('mutool', ['show', c.copy, 'pages'], { encoding: 'utf8' });
      expect(show).toMatch(/page 1 =/);
    }
  });

  it('marks exactly what Lakstift redacts: MuPDF applying the marks removes the redacted text and keeps the rest', () => {
    for (const c of cases) {
      const out = path.join(tmp, `applied-${c.name}`);
      const n = Number(execFileSync('mutool', ['run', applyScript, c.copy, out], { encoding: 'utf8' }).trim());
      expect(n, c.name).toBe(c.dossier.redactions.filter((r) => r.status === 'accepted').length);
      const after = squash(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }));
      for (const r of c.dossier.redactions.filter((x) => x.status === 'accepted' && squash(x.text).length > 3)) {
        for (const f of readings(r)) expect(after, `${c.name}: "${r.text}" is gone once the marks are applied`).not.toContain(f);
      }
      // Words far from every mark are still there (the marks are where the boxes are, also on rotated pages).
      const marked = c.dossier.redactions.filter((r) => r.status === 'accepted');
      const far = c.words.flatMap((p) => p.words.filter((w) => w.text.length > 4 && /^\p{L}+$/u.test(w.text)
        && !marked.some((r) => r.page === p.page && r.rects.some((b) => w.rect[0] < b[2] + 6 && w.rect[2] > b[0] - 6 && w.rect[1] < b[3] + 6 && w.rect[3] > b[1] - 6))));
      expect(far.length, c.name).toBeGreaterThan(3);
      for (const w of far.slice(0, 10)) expect(after, `${c.name}: ${w.text}`).toContain(w.text);
    }
  });
});

describe('reading marks back', () => {
  it('gives the same rectangles and grounds (round trip), and the original\'s hash', async () => {
    for (const c of cases) {
      const read = await readRedactAnnotations(new Uint8Array(readFileSync(c.copy)));
      const accepted = c.dossier.redactions.filter((r) => r.status === 'accepted');
      expect(read.marks).toHaveLength(accepted.length);
      expect(read.originalSha256).toBe(c.dossier.documents[0].sha256);
      for (const r of accepted) {
        const m = read.marks.find((x) => x.name === `lakstift:${r.id}`)!;
        expect(m.page).toBe(r.page);
        expect(m.rects).toHaveLength(r.rects.length);
        m.rects.forEach((q, i) => q.forEach((v, k) => expect(v, `${c.name} ${r.id}`).toBeCloseTo(r.rects[i][k], 1)));
        expect(groundsInText(m.overlayText, 'wob')).toEqual(r.grounds);
      }
    }
  });

  it('imports them as proposed redactions with their codes and text; importing into the same dossier adds nothing', async () => {
    const c = cases.find((x) => x.name === 'soffice-memo.pdf')!;
    const read = await readRedactAnnotations(new Uint8Array(readFileSync(c.copy)));
    const marks = importedMarks(read.marks, 'wob', 'review-soffice-memo.pdf', c.words);
    const empty = { ...c.dossier, redactions: [] };
    const { dossier, added } = importRedactions(empty, 'd1', marks, 'review-soffice-memo.pdf', ctx);
    expect(added).toHaveLength(read.marks.length);
    const want = c.dossier.redactions.map((r) => ({ page: r.page, grounds: r.grounds, text: r.text }));
    expect(dossier.redactions.map((r) => ({ page: r.page, grounds: r.grounds, text: r.text }))).toEqual(want);
    dossier.redactions.forEach((r, i) => r.rects.forEach((q, j) => q.forEach((v, k) => expect(v).toBeCloseTo(c.dossier.redactions[i].rects[j][k], 1))));
    expect(dossier.redactions.every((r) => r.status === 'proposed' && /^Lakmarkering uit review-soffice-memo\.pdf \(A\. Behandelaar\): 10\.2\.[a-g]/.test(r.reason ?? ''))).toBe(true);
    expect(dossier.audit.at(-1)).toMatchObject({ action: 'import-redactions', detail: `${added.length} mark(s) from review-soffice-memo.pdf` });
    const again = importRedactions(c.dossier, 'd1', marks, 'review-soffice-memo.pdf', ctx);
    expect(again.added).toEqual([]);
    expect(again.skipped).toBe(marks.length);
  });

  it('reads a mark made the way Acrobat writes them: /Rect only or quadrilaterals, codes in another form, no code at all', async () => {
    // One page, 612 x 792; three marks: quad points with a Woo code written with dots, a Rect
    // without QuadPoints whose code is only in the comment, and one that names no ground.
    const objs = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots [4 0 R 5 0 R 6 0 R] >>',
      '<< /Type /Annot /Subtype /Redact /Rect [72 700 200 714] /QuadPoints [72 714 200 714 72 700 200 700] /OverlayText (5.1.2.e) /IC [0 0 0] /DA (0 g /Helv 10 Tf) /T (Jan Acrobat) /Subj (Redact) >>',
      '<< /Type /Annot /Subtype /Redact /Rect [72 600 300 650] /Contents (art. 5.1 lid 2 sub i Woo) >>',
      '<< /Type /Annot /Subtype /Redact /Rect [0 0 612 792] >>',
    ];
    let pdf = '%PDF-1.7\n';
    const offsets: number[] = [];
    objs.forEach((o, i) => {
      offsets.push(pdf.length);
      pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
    });
    const xref = pdf.length;
    pdf += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    pdf += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    const read = await readRedactAnnotations(new TextEncoder().encode(pdf));
    expect(read.marks.map((m) => ({ rects: m.rects, wholePage: m.wholePage, author: m.author }))).toEqual([
      { rects: [[72, 78, 200, 92]], wholePage: false, author: 'Jan Acrobat' },
      { rects: [[72, 142, 300, 192]], wholePage: false, author: '' },
      { rects: [[0, 0, 612, 792]], wholePage: true, author: '' },
    ]);
    const marks = importedMarks(read.marks, 'woo', 'acrobat.pdf');
    expect(marks.map((m) => m.grounds)).toEqual([['5.1.2e'], ['5.1.2i'], ['5.1.2e']]);
    expect(marks[2].reason).toBe('Lakmarkering uit acrobat.pdf zonder grond; 5.1.2e voorgesteld, kies de juiste grond');
    expect(marks[2].wholePage).toBe(true);
    // In a Wob dossier the Woo codes are mapped.
    expect(importedMarks(read.marks, 'wob', 'acrobat.pdf').map((m) => m.grounds)).toEqual([['10.2.e'], ['10.2.g'], ['10.2.e']]);
  });
});

describe('ground codes in a mark\'s text', () => {
  it.each<[string, 'wob' | 'woo', string[]]>([
    ['10.2.e', 'wob', ['10.2.e']],
    ['10.2.e, 10.2.g', 'wob', ['10.2.e', '10.2.g']],
    ['5.1.2.e; 5.1.2 i', 'woo', ['5.1.2e', '5.1.2i']],
    ['Woo 5.1.2e', 'woo', ['5.1.2e']],
    ['artikel 10, tweede lid, aanhef en onder e', 'wob', ['10.2.e']],
    ['10.2.e', 'woo', ['5.1.2e']],
    ['5.1.1e', 'woo', ['5.1.1e']],
    ['Redacted', 'wob', []],
    ['(b)(6)', 'woo', []],
    ['', 'wob', []],
  ])('%s (%s) → %j', (text, law, want) => {
    expect(groundsInText(text, law)).toEqual(want);
  });
});
