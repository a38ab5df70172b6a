/**
 * Issue #3 "Done when", on the repository's real-producer fixtures (Ghostscript, enscript,
 * Chromium, LibreOffice, qpdf-encrypted, a CID font with a predefined CMap): redacting every
 * suggestion leaves none of the redacted texts extractable by pdftotext or mutool, nor in any
 * decoded stream (verify), while every phrase of the fixture that touches no redaction still
 * extracts, the file is structurally sound and the page count is unchanged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DecisionsFile } from '../../../shared/contract';
import { loadPredefinedCMap } from '../../../node/host';
import { analyseFixture, engines, fixturePassword, producerPdf } from '../../helpers/engines';
import { hasTool } from '../../helpers/poppler';
import { extracts, mutoolText, pageCount, pdftotext, qpdfCheck, redact, verify } from './helpers';

const manifest = JSON.parse(readFileSync(producerPdf('manifest.json'), 'utf8')) as { fixtures: { file: string; phrases: string[] }[] };
const tools = hasTool('pdftotext') && hasTool('mutool') && hasTool('qpdf');

describe.skipIf(!tools)('redacting every real-producer fixture', () => {
  it('has fixtures with something to redact of every kind', async () => {
    const categories = new Set<string>();
    for (const f of manifest.fixtures) {
      const { doc } = await analyseFixture(f.file);
      for (const s of engines.suggest([doc], 'wob')[0].suggestions) categories.add(s.category);
    }
    expect([...categories].sort()).toEqual(expect.arrayContaining(['email', 'guidance', 'name', 'phone']));
  });

  it.each(manifest.fixtures.map((f) => [f.file, f.phrases] as const))('%s: no redacted text survives, the rest stays, page count unchanged', async (name, phrases) => {
    const { bytes, doc } = await analyseFixture(name);
    const password = fixturePassword(name);
    const [{ suggestions }] = engines.suggest([doc], 'wob');
    const decisions: DecisionsFile = { redactions: suggestions.map((s) => ({ page: s.page, rects: s.rects, grounds: s.grounds, text: s.text })) };
    const out = await redact(bytes, decisions, { password, loadPredefinedCMap });

    expect(qpdfCheck(out.file)).toBe('');
    expect(pageCount(out.file)).toBe(doc.pageCount);
    const poppler = pdftotext(out.file);
    const mupdf = mutoolText(out.file);
    const leaked = suggestions.filter((s) => extracts(poppler, s.text) || extracts(mupdf, s.text)).map((s) => s.text);
    expect(leaked).toEqual([]);
    // Phrases that share no word with a redacted text must come out whole, in both extractors.
    const redactedWords = new Set(suggestions.flatMap((s) => s.text.split(/\s+/)));
    const untouched = phrases.filter((p) => !p.split(/\s+/).some((w) => redactedWords.has(w) || [...redactedWords].some((r) => w.includes(r) || r.includes(w))));
    const lost = untouched.filter((p) => !extracts(poppler, p) || !extracts(mupdf, p));
    expect(lost).toEqual([]);

    const result = await verify(out.bytes, decisions);
    expect(result.findings.filter((f) => f.severity === 'leak').map((f) => f.message)).toEqual([]);
    expect(result.clean).toBe(true);
  });
});
