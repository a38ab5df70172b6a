import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stampDocumentNumber } from '../../../shared/export/stamp';
import { popplerWords } from '../../helpers/poppler';
import { FIXTURES, ROOT } from '../../helpers/paths';

const PRODUCERS = path.join(FIXTURES, 'producers');

const font = new Uint8Array(readFileSync(path.join(ROOT, 'assets/fonts/DejaVuSans.ttf')));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-stamp-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('stampDocumentNumber', () => {
  it.each([
    'gs-rotated.pdf', // page 2 with /Rotate 90
    'chromium-landscape.pdf', // Chromium's left-over scaling cm, a landscape page
    'soffice-letter.pdf',
    'enscript-email.pdf',
    'gs-cjk-cmap.pdf',
  ])('puts the number upright in the top-right corner of every page of %s, text intact', async (name) => {
    const input = new Uint8Array(readFileSync(path.join(PRODUCERS, name)));
    const before = popplerWords(path.join(PRODUCERS, name));
    const out = await stampDocumentNumber(input, '0042', font);
    const f = path.join(tmp, name);
    writeFileSync(f, out);
    const after = popplerWords(f);
    expect(after).toHaveLength(before.length);
    after.forEach((page, i) => {
      const stamp = page.words.filter((w) => w.text === '0042');
      expect(stamp, `page ${i + 1}`).toHaveLength(1);
      const [x0, y0, x1, y1] = stamp[0].rect;
      expect(x1).toBeGreaterThan(page.width - 60);
      expect(y0).toBeLessThan(40);
      // Upright: wider than tall, as four digits at 9 pt are.
      expect(x1 - x0).toBeGreaterThan(y1 - y0);
      // Every original word is still there, at the same place (poppler may read them in
      // another order once an upright word joins sideways text, so compare as sets).
      const key = (w: { text: string; rect: number[] }) => `${w.text}@${Math.round(w.rect[0])},${Math.round(w.rect[1])}`;
      const others = page.words.filter((w) => w.text !== '0042').map(key).sort();
      expect(others).toEqual(before[i].words.map(key).sort());
    });
  });
});
