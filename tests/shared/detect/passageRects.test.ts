/**
 * A suggestion's rectangles stay on its own lines (shared/detect/passageRects.ts), also on the
 * compact pages the command line and the app read: with tight line spacing a rectangle made of
 * glyph boxes reaches into the lines above and below, and drawn it would black out words that
 * stay.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../shared/pdf';
import { compactPageText } from '../../../shared/pdf/text';
import { rectsForRange } from '../../../shared/pdf/textRanges';
import { passageRects } from '../../../shared/detect/passageRects';
import { layoutPage, paragraph } from '../../fixtures/robustness/pages';

const LINES = [
  'Het beleid staat in de gepubliceerde circulaire.',
  'Vraag bij twijfel altijd door naar het bewijs.',
  'De minister heeft dit beleid bekendgemaakt.',
];

describe('passage rectangles', () => {
  it('leave the lines above and below on a compact page, exactly as on a full page', async () => {
    const { pages } = await extractText(layoutPage(paragraph(LINES, 72, 700, 9.5)));
    const full = pages[0]!;
    const compact = compactPageText(full);
    expect(compact.glyphs).toHaveLength(0);
    const at = full.text.indexOf(LINES[1]!);
    const range = [[at, at + LINES[1]!.length]] as const;
    const raw = rectsForRange(full, at, at + LINES[1]!.length)[0]!;
    const above = rectsForRange(full, 0, LINES[0]!.length)[0]!;
    // The glyph boxes of 12 pt text at a 9.5 pt pitch overlap: unclipped, the rectangle reaches the other lines.
    expect(raw[1]).toBeLessThan(above[3]);
    const onFull = passageRects(full, range);
    const onCompact = passageRects(compact, range);
    expect(onCompact).toEqual(onFull);
    expect(onCompact[0]![1]).toBeGreaterThan(raw[1]);
    expect(onCompact[0]![3]).toBeLessThan(raw[3]);
  });
});
