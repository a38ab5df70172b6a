// The eval's leak check reads characters from pdftotext's word boxes. A short word in a large font
// must not be taken for vertical text: its characters would be spread downwards into the line
// below and reported as a leak under a box there.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts, degrees, popGraphicsState, pushGraphicsState, setCharacterSpacing } from '@cantoo/pdf-lib';
// @ts-expect-error plain .mjs script without types
import { pdftotextChars } from '../../../scripts/corpus/label.mjs';

interface Char { c: string; box: [number, number, number, number] }
const dir = mkdtempSync(path.join(tmpdir(), 'lakstift-label-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pdftotextChars', () => {
  it('splits a short narrow word from left to right and a rotated word from top to bottom', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([400, 400]);
    // Tightly set (Tc −1 pt, as Word's condensed spacing): 'lij' is then 7 pt wide and 13 pt high.
    page.pushOperators(pushGraphicsState(), setCharacterSpacing(-1));
    page.drawText('lij afwezigheid', { x: 40, y: 340, size: 14, font });
    page.pushOperators(popGraphicsState());
    page.drawText('Kantoor', { x: 300, y: 100, size: 12, font, rotate: degrees(-90) });
    const file = path.join(dir, 'words.pdf');
    writeFileSync(file, await doc.save());
    const chars = (pdftotextChars(file) as Char[][])[0].filter((c) => c.c !== ' ');
    const lij = chars.slice(0, 3);
    expect(lij.map((c) => c.c).join('')).toBe('lij');
    // Left to right on one baseline: same top, growing x.
    expect(new Set(lij.map((c) => c.box[1].toFixed(2))).size).toBe(1);
    expect(lij[1].box[0]).toBeGreaterThan(lij[0].box[0]);
    const k = chars.filter((c) => 'Kantoor'.includes(c.c)).slice(-7);
    expect(k.map((c) => c.c).join('')).toBe('Kantoor');
    // Top to bottom in one column: same left, growing y.
    expect(new Set(k.map((c) => c.box[0].toFixed(2))).size).toBe(1);
    expect(k[1].box[1]).toBeGreaterThan(k[0].box[1]);
  });
});
