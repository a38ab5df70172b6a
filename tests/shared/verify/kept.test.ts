/**
 * Issue #17, item 4: verify knows what Lakstift kept on purpose. A general number that the
 * officer redacted in one place and that stays readable on another page, where suggest kept it
 * ("algemeen nummer"), is no finding when the decisions carry it as kept; a redacted name
 * planted back into the file still is, and so is the kept number under its own box.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DecisionsFile } from '../../../shared/contract';
import { parseDecisionsJson } from '../../../shared/redact/decisions';
import { ROOT } from '../../helpers/paths';
import { boxesOf, pdftotext, redact, verify } from '../redact/helpers';

// enscript, two pages: the general number 070 - 426 64 26 on page 1 (next to the signature
// block that is redacted) and again on page 2.
const FILE = path.join(ROOT, 'tests/fixtures/producers/enscript-email-thread.pdf');
const bytes = () => new Uint8Array(readFileSync(FILE));
const NUMBER = '070 - 426 64 26';

const redactions: DecisionsFile['redactions'] = [
  { page: 1, rects: boxesOf(FILE, 1, 'Maarten Visser'), grounds: ['5.1.2e'], text: 'Maarten Visser' },
  { page: 1, rects: boxesOf(FILE, 1, '06 31234567'), grounds: ['5.1.2e'], text: '06 31234567' },
  { page: 1, rects: boxesOf(FILE, 1, NUMBER), grounds: ['5.1.2e'], text: NUMBER },
];
const kept: DecisionsFile['kept'] = [{ page: 2, text: NUMBER, reason: "de tekst noemt dit een algemeen nummer ('algemene nummer')" }];

describe('verify and the texts Lakstift kept readable on purpose', () => {
  it('is a file where the number is redacted on page 1 and readable on page 2', async () => {
    const out = await redact(bytes(), { redactions });
    const pages = pdftotext(out.file).split('\f');
    expect(pages[0]).not.toMatch(/070 - 426 64 26|Maarten Visser|06 31234567/);
    expect(pages[1]).toMatch(/070 - 426 64 26/);
    // Without the kept list the number on page 2 is counted as a leak: the false alarm of the issue.
    const without = await verify(out.bytes, { redactions });
    expect(without.clean).toBe(false);
    const leaks = without.findings.filter((f) => f.severity === 'leak');
    expect(leaks.some((f) => f.kind === 'text-on-page' && f.page === 2)).toBe(true);
    expect(leaks.every((f) => f.text === '070-4266426')).toBe(true);
  });

  it('reports no finding when the decisions say the number was kept on page 2', async () => {
    const out = await redact(bytes(), { redactions });
    const result = await verify(out.bytes, { redactions, kept });
    expect(result.findings.filter((f) => f.severity === 'leak')).toEqual([]);
    expect(result.clean).toBe(true);
  });

  it('still reports a redacted name planted back into the file', async () => {
    const out = await redact(bytes(), { redactions });
    const tail = new TextEncoder().encode('\n99 0 obj\n<< /Note (Maarten Visser) >>\nendobj\n');
    const tampered = new Uint8Array([...out.bytes, ...tail]);
    const result = await verify(tampered, { redactions, kept });
    expect(result.clean).toBe(false);
    expect(result.findings.some((f) => f.kind === 'text-in-file' && f.text === 'maartenvisser')).toBe(true);
  });

  it('still reports the kept number where it was to be redacted and is not', async () => {
    // The original, unredacted: on page 1 the number is under its box, kept or not elsewhere.
    const result = await verify(bytes(), { redactions, kept });
    expect(result.clean).toBe(false);
    expect(result.findings.some((f) => f.kind === 'glyph-under-box' && f.page === 1 && /426/.test(f.text ?? ''))).toBe(true);
    expect(result.findings.some((f) => f.page === 2)).toBe(false);
  });

  it('takes the kept texts from suggest\'s output given as decisions, and refuses a malformed kept list', () => {
    const suggest = JSON.stringify({ documents: [{ file: 'a.pdf', pageCount: 2, suggestions: [{ id: 's1', page: 1, category: 'phone', text: NUMBER, grounds: ['5.1.2e'], confidence: 0.9, reason: 'r', rects: [[1, 2, 3, 4]] }], kept: [{ id: 'k1', page: 2, category: 'phone', text: NUMBER, grounds: [], confidence: 0.9, reason: 'algemeen nummer', rects: [[5, 6, 7, 8]] }] }] });
    expect(parseDecisionsJson(suggest, 's.json').kept).toEqual([{ page: 2, text: NUMBER, reason: 'algemeen nummer', rects: [[5, 6, 7, 8]] }]);
    expect(() => parseDecisionsJson(JSON.stringify({ redactions: [], kept: [{ page: 'two', text: 'x' }] }), 'd.json')).toThrow(/"kept" entry/);
  });
});
