// Mobile numbers broken over the lines of a narrow table cell, whose pieces the text model read
// apart (it interleaved the cell's lines with the row's other cells): found by the geometry of the
// pieces, not the reading order. Made-up numbers and names.
import { describe, expect, it } from 'vitest';
import { suggestDocument } from '../../../shared/detect';
import { toPageTexts } from '../../helpers/pdftotext-pagetext';
import { words } from './helpers';


/** A contact table: per row a role, a name and a mobile number in a narrow cell over two or three lines. */
function table(rows: { role: string; name: string; mobile: string[] }[], interleave: boolean) {
  const heads = [{ words: [...words('Rol', 40, 80), ...words('Naam', 140, 80), ...words('Mobiel', 300, 80)] }];
  const firsts: { words: ReturnType<typeof words> }[] = [];
  const rest: { words: ReturnType<typeof words> }[] = [];
  rows.forEach((r, i) => {
    const y = 100 + i * 40;
    firsts.push({ words: [...words(r.role, 40, y), ...words(r.name, 140, y), ...words(r.mobile[0]!, 300, y)] });
    r.mobile.slice(1).forEach((piece, k) => rest.push({ words: words(piece, 300, y + 12 * (k + 1)) }));
  });
  // Interleaved: the model reads every row's first line, then the cells' other lines apart.
  const blocks = interleave ? [{ lines: [...heads, ...firsts] }, { lines: rest }] : [{ lines: [...heads, ...firsts, ...rest] }];
  return toPageTexts([{ width: 595, height: 842, blocks }])[0]!;
}

const phones = (page: ReturnType<typeof table>) => suggestDocument([page], { law: 'wob' }).suggestions.filter((s) => s.category === 'phone');

describe('a mobile number broken over the lines of a table cell', () => {
  const rows = [
    { role: 'Piket', name: 'Vermeulen, Joris', mobile: ['+31 (0)6 2718', '2818'] },
    { role: 'Woordvoering', name: 'Okonkwo, Adaeze', mobile: ['+31 (0)6', '4471', '9023'] },
    { role: 'Juridisch', name: 'Haddou, Nadia', mobile: ['06-3390', '1127'] },
  ];

  it('is one suggestion with the whole number, however the text model ordered the pieces', () => {
    for (const interleave of [true, false]) {
      const page = table(rows, interleave);
      const got = phones(page);
      expect(got.map((s) => s.text), `interleaved: ${interleave}`).toEqual(['+31 (0)6 2718 2818', '+31 (0)6 4471 9023', '06-3390 1127']);
      // One box per line of the cell, all inside the number column.
      expect(got.map((s) => s.rects.length)).toEqual([2, 3, 2]);
      for (const s of got) for (const r of s.rects) expect(r[0]).toBeGreaterThanOrEqual(299);
      expect(got[0]!.reason).toMatch(/mobiel nummer/);
    }
  });

  it('takes no digits from another column or from far below', () => {
    // The start of a number ends the first line; the model reads a name next, then digits in the next
    // column on the line below and digits in the start's column three lines lower.
    const page = toPageTexts([{ width: 595, height: 842, blocks: [
      { lines: [{ words: [...words('Piket', 40, 100), ...words('06-3390', 300, 100)] }, { words: words('Haddou, Nadia', 40, 112) }] },
      { lines: [{ words: words('1127', 420, 112) }, { words: words('4471', 300, 136) }] },
    ] }])[0]!;
    expect(phones(page)).toEqual([]);
  });

  it('does not complete a number with a piece that makes it too long or invalid', () => {
    const page = table([{ role: 'Piket', name: 'Vermeulen, Joris', mobile: ['+31 (0)6 2718', '28183'] }, { role: 'Piket', name: 'Bos, Eva', mobile: ['012 345', '6789'] }], true);
    expect(phones(page)).toEqual([]);
  });
});
