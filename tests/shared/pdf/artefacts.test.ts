/**
 * Text-model artefacts that break names (issue #11, class 7): small capitals split into
 * pieces, tight letter spacing, a label glued to the value in the next column. Hand-built
 * pages pin down each rule; the producer fixtures in tests/fixtures/artefacts/ (LibreOffice,
 * Chromium; made by scripts/make-fixtures.mjs) show the same on real output.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../shared/pdf';
import { FIXTURES } from '../../helpers/paths';
import { advance1000, onePage, show, widthOf } from '../../fixtures/robustness/pages';
import { lit } from '../../fixtures/adversarial/rawpdf';

async function words(content: string): Promise<string[]> {
  const { pages } = await extractText(onePage(content));
  return pages[0].words.map((w) => w.text);
}

describe('small capitals', () => {
  it('keeps a word in small capitals whole (capitals at full size, the rest at 80 %)', async () => {
    // "Jan Bakker" as Word and LibreOffice draw it: J, then AN at 9.6 pt, …
    const x1 = 72 + widthOf('J', 12), x2 = x1 + widthOf('AN', 9.6) + widthOf(' ', 12);
    const x3 = x2 + widthOf('B', 12);
    const content = [
      `BT /F1 12 Tf 72 700 Td (J) Tj ET`, `BT /F1 9.6 Tf ${x1} 700 Td (AN ) Tj ET`,
      `BT /F1 12 Tf ${x2} 700 Td (B) Tj ET`, `BT /F1 9.6 Tf ${x3} 700 Td (AKKER) Tj ET`,
    ].join('\n');
    expect(await words(content)).toEqual(['JAN', 'BAKKER']);
  });

  it('keeps small capitals whose text is lower case (/ActualText, as Chromium writes them)', async () => {
    const x1 = 72 + widthOf('J', 12);
    const content = `BT /F1 12 Tf 72 700 Td (J) Tj ET BT /Span << /ActualText <FEFF0061> >> BDC /F1 8.4 Tf ${x1} 700 Td (A) Tj EMC /Span << /ActualText (n) >> BDC (N) Tj EMC ET`;
    expect(await words(content)).toEqual(['Jan']);
  });

  it('still separates a raised superscript and a smaller word after a space', async () => {
    const x1 = 72 + widthOf('m', 12);
    expect(await words(`BT /F1 12 Tf 72 700 Td (m) Tj /F1 8 Tf 4 Ts (2) Tj ET`)).toEqual(['m', '2']);
    expect(await words(`BT /F1 12 Tf 72 700 Td (Noot) Tj /F1 8 Tf 5 Ts (a) Tj ET`)).toEqual(['Noot', 'a']);
    expect(await words(`BT /F1 12 Tf 72 700 Td (Zie ) Tj ET BT /F1 9 Tf ${x1 + 30} 700 Td (BIJLAGE) Tj ET`)).toEqual(['Zie', 'BIJLAGE']);
  });
});

describe('tight letter spacing', () => {
  it('keeps a double l that condensed spacing draws closer than an l is wide', async () => {
    // Each glyph pulled back 0.2 em (LibreOffice writes letter spacing as TJ adjustments).
    const items = [...'Willemijn'].map((ch) => `${lit(ch)} 200`).join(' ');
    expect(await words(`BT /F1 12 Tf 72 700 Td [${items}] TJ ET`)).toEqual(['Willemijn']);
  });

  it('keeps a word whole under character spacing tighter than 0.2 em (Tc), as poppler does', async () => {
    expect(await words('BT /F1 12 Tf -3 Tc 72 700 Td (Hoogendoorn) Tj ET')).toEqual(['Hoogendoorn']);
  });

  it('still reads fake bold glyph by glyph once', async () => {
    const items = [...'Anna'].map((ch) => `${lit(ch)} ${advance1000(ch) - 25} ${lit(ch)} 25`).join(' ');
    expect(await words(`BT /F1 12 Tf 72 700 Td [${items}] TJ ET`)).toEqual(['Anna']);
  });
});

describe('a label glued to the value in the next column', () => {
  const label = 'Contactpersoon';
  const end = 72 + widthOf(label, 12);

  it('separates a value placed on its own that touches or overlaps the label', async () => {
    for (const dx of [-1.5, -0.6, 0.5]) {
      const content = `${show(label, 72, 700)}\n${show('Jan Bakker', end + dx, 700)}`;
      expect(await words(content), `value at ${dx} pt`).toEqual(['Contactpersoon', 'Jan', 'Bakker']);
    }
  });

  it('keeps a word whose second part continues exactly where the first ended (a change of formatting)', async () => {
    const content = `${show('Contact', 72, 700)}\n${show('persoon', 72 + widthOf('Contact', 12), 700)}\n${show('Mc', 72, 680)}\n${show('Donald', 72 + widthOf('Mc', 12), 680)}`;
    expect(await words(content)).toEqual(['Contactpersoon', 'McDonald']);
  });
});

describe('producer output (tests/fixtures/artefacts)', () => {
  const read = async (name: string) => (await extractText(new Uint8Array(readFileSync(path.join(FIXTURES, 'artefacts', name))))).pages[0];

  it('LibreOffice: small capitals read as whole words, condensed names keep their letters', async () => {
    const page = await read('soffice-artefacts.pdf');
    expect(page.text).toContain('Behandeld door JAN BAKKER van de directie Migratiebeleid.');
    expect(page.text).toContain('MEVROUW SEVGI ÖZTÜRK-VAN DEN BERG, coördinator.');
    expect(page.text).toContain('Gebeld door Willemijn Hoogendoorn-Kasanmoentalib op maandag.');
    // The label wraps inside its cell; it never becomes part of a word of the name.
    const names = page.words.filter((w) => /Pieter|Verhoeven/.test(w.text)).map((w) => w.text);
    expect(names).toEqual(['Pieter', 'Verhoeven']);
  });

  it('Chromium: the label that runs into the next cell is no part of the name', async () => {
    const page = await read('chromium-artefacts.pdf');
    expect(page.words.map((w) => w.text).slice(0, 3)).toEqual(['Contactpersoon', 'Jan', 'Bakker']);
    expect(page.text).toContain('Behandeld door Jan Bakker van de directie Migratiebeleid.');
    expect(page.text).toContain('mevrouw Sevgi Öztürk-van den Berg, coördinator.');
    expect(page.text).toContain('Willemijn Hoogendoorn-Kasanmoentalib');
  });
});
