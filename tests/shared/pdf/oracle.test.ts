/**
 * Issue #2's bar: our words agree with poppler's `pdftotext -bbox-layout` on ≥ 99% of its
 * words: same text, edges along the writing direction within 1.5 pt, centre across it within 2 pt.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText, type PageText } from '../../../shared/pdf';
import { popplerWords, type PopplerWord } from '../../helpers/poppler';
import { FIXTURES } from '../../helpers/paths';
import { loadPredefinedCMap } from '../../../node/host';

interface Agreement {
  total: number;
  matched: number;
  misses: string[];
}

/** Hyphen variants fold to '-': Adobe-Japan1's tables of 2009 (pdf.js) and poppler's newer ones disagree on the dash of some CIDs. */
const fold = (s: string) => s.normalize('NFKC').replace(/[\u2010\u2011]/g, '-');

function matches(ours: { text: string; rect: number[] }, theirs: PopplerWord, vertical: boolean): boolean {
  if (fold(ours.text) !== fold(theirs.text)) return false;
  const [a0, a1, c0, c1] = vertical ? [1, 3, 0, 2] : [0, 2, 1, 3];
  const r = ours.rect, t = theirs.rect;
  return (
    Math.abs(r[a0] - t[a0]) <= 1.5 &&
    Math.abs(r[a1] - t[a1]) <= 1.5 &&
    Math.abs((r[c0] + r[c1]) / 2 - (t[c0] + t[c1]) / 2) <= 2
  );
}

export async function agreement(file: string, password?: string): Promise<Agreement> {
  const theirs = popplerWords(file, password);
  const { pages } = await extractText(new Uint8Array(readFileSync(file)), { password, loadPredefinedCMap });
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
const manifest = JSON.parse(readFileSync(path.join(producerDir, 'manifest.json'), 'utf8')) as { fixtures: { file: string; password?: string }[] };
const passwords = new Map(manifest.fixtures.map((f) => [f.file, f.password]));
const producerPdfs = readdirSync(producerDir).filter((f) => f.endsWith('.pdf')).map((f) => path.join(producerDir, f));

describe('words agree with pdftotext -bbox-layout', () => {
  const files = producerPdfs;
  it('has every fixture of the manifest to compare', () => {
    expect(files.map((f) => path.basename(f)).sort()).toEqual([...passwords.keys()].sort());
  });
  for (const file of files) {
    it(`on ${path.basename(file)}`, async () => {
      const a = await agreement(file, passwords.get(path.basename(file)));
      const ratio = a.matched / Math.max(1, a.total);
      expect(ratio, `${a.matched}/${a.total} words; misses: ${a.misses.join(' | ')}`).toBeGreaterThanOrEqual(0.99);
    });
  }
});
