import { describe, expect, it } from 'vitest';
import { columnView } from '../../../shared/detect/columns';
import { suggestDocument } from '../../../shared/detect';
import { toPageTexts } from '../../helpers/pdftotext-pagetext';
import { words } from './helpers';

// Two columns whose baselines align, read by the text model as one line each (the hard case).
const left = ['Vraag tijdens het gehoor door op de', 'periode van het werk en let daarbij op', 'tegenstrijdigheden in de genoemde data.', 'Dit is gewone tekst.'];
const right = ['De bewijslast ligt bij de IND en er', 'moeten serieuze aanwijzingen zijn dat', 'de vreemdeling bewust deelnam.', 'Nog een zin rechts.'];
const page = toPageTexts([{ width: 595, height: 842, blocks: [{ lines: left.map((l, i) => ({ words: [...words(l, 30, 100 + i * 12), ...words(right[i]!, 310, 100 + i * 12)] })) }] }])[0]!;

describe('column view', () => {
  it('reads side-by-side columns one after the other even when the model merged their lines', () => {
    const view = columnView(page);
    expect(view.text.split('\n\n')[0]).toBe(left.join('\n'));
    expect(view.text.split('\n\n')[1]).toBe(right.join('\n'));
  });

  it('suggests the guidance sentence of the left column without text of the right column', () => {
    const [g] = suggestDocument([page], { law: 'wob' }).suggestions.filter((s) => s.category === 'guidance');
    expect(g?.text).toBe('Vraag tijdens het gehoor door op de periode van het werk en let daarbij op tegenstrijdigheden in de genoemde data.');
    for (const r of g!.rects) expect(r[2]).toBeLessThan(300);
  });

  it('leaves a one-column page as the model read it', () => {
    const single = toPageTexts([{ width: 595, height: 842, blocks: [{ lines: left.map((l, i) => ({ words: words(l, 30, 100 + i * 12) })) }] }])[0]!;
    expect(columnView(single).text).toBe(single.text);
  });
});

describe('guidance in both of two merged columns', () => {
  it('suggests each column\'s passage once, even though their spans in the model text interleave', () => {
    const l = ['Vraag tijdens het gehoor door op de', 'periode en let daarbij op verschillen.', 'Gewone tekst volgt hier.'];
    const r = ['Let op: als de vreemdeling zwijgt,', 'vraag dan naar de reden daarvan.', 'Nog een gewone zin.'];
    const p = toPageTexts([{ width: 595, height: 842, blocks: [{ lines: l.map((t, i) => ({ words: [...words(t, 30, 100 + i * 12), ...words(r[i]!, 310, 100 + i * 12)] })) }] }])[0]!;
    const texts = suggestDocument([p], { law: 'wob' }).suggestions.filter((s) => s.category === 'guidance').map((s) => s.text);
    expect(texts.sort()).toEqual(['Let op: als de vreemdeling zwijgt, vraag dan naar de reden daarvan.', 'Vraag tijdens het gehoor door op de periode en let daarbij op verschillen.']);
  });
});
