/**
 * Issue #2's bar: our words agree with poppler's `pdftotext -bbox-layout` on ≥ 99% of its
 * words: same text, edges along the writing direction within 1.5 pt, centre across it within 2 pt.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText, type PageText } from '../../../shared/pdf';
import { popplerWords, type PopplerWord } from '../../helpers/poppler';
import { corpusPdfs, FIXTURES } from '../../helpers/paths';

interface Agreement {
  total: number;
  matched: number;
  misses: string[];
}

function matches(ours: { text: string; rect: number[] }, theirs: PopplerWord, vertical: boolean): boolean {
  if (ours.text.normalize('NFKC') !== theirs.text.normalize('NFKC')) return false;
  const [a0, a1, c0, c1] = vertical ? [1, 3, 0, 2] : [0, 2, 1, 3];
  const r = ours.rect, t = theirs.rect;
  return (
    Math.abs(r[a0] - t[a0]) <= 1.5 &&
    Math.abs(r[a1] - t[a1]) <= 1.5 &&
    Math.abs((r[c0] + r[c1]) / 2 - (t[c0] + t[c1]) / 2) <= 2
  );
}

export async function agreement(file: string): Promise<Agreement> {
  const theirs = popplerWords(file);
  const { pages } = await extractText(new Uint8Array(readFileSync(file)));
  const out: Agreement = { total: 0, matched: 0, misses: [] };
  theirs.forEach((tp, i) => {
    const ours: PageText | undefined = pages[i];
    for (const w of tp.words) {
      out.total++;
      const vertical = w.rect[3] - w.rect[1] > (w.rect[2] - w.rect[0]) * 1.5 && w.text.length > 1;
      const hit = ours?.words.some((o) => matches(o, w, vertical || o.rot === 1 || o.rot === 3));
      if (hit) out.matched++;
      else if (out.misses.length < 15) out.misses.push(`p${i + 1} "${w.text}" [${w.rect.map((v) => v.toFixed(1)).join(',')}]`);
    }
  });
  return out;
}

const producerDir = path.join(FIXTURES, 'producers');
const producerPdfs = existsSync(producerDir)
  ? readdirSync(producerDir).filter((f) => f.endsWith('.pdf')).map((f) => path.join(producerDir, f))
  : [];

describe('words agree with pdftotext -bbox-layout', () => {
  const files = [...corpusPdfs(), ...producerPdfs];
  it('has PDFs to compare', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(`on ${path.basename(file)}`, async () => {
      const a = await agreement(file);
      const ratio = a.matched / Math.max(1, a.total);
      expect(ratio, `${a.matched}/${a.total} words; misses: ${a.misses.join(' | ')}`).toBeGreaterThanOrEqual(0.99);
    });
  }
});
