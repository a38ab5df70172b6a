/**
 * Broken and hostile files (issue #13, item 4): not a PDF, truncated, broken cross-reference
 * data, bad streams, circular references, deep nesting, fonts without widths, pages without
 * content. Each one either works (text, suggestions and a redaction that re-opens cleanly) or
 * fails with its own error code and one sentence; none crashes, hangs or runs away.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../shared/pdf';
import { LakstiftError } from '../../../shared/errors';
import { suggestDocument } from '../../../shared/detect';
import { BROKEN } from '../../fixtures/robustness/broken';
import { qpdfCheck, redact } from '../redact/helpers';
import { hasTool } from '../../helpers/poppler';

async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'ok';
  } catch (e) {
    if (!(e instanceof LakstiftError)) throw e; // a crash, not a clear error
    expect(e.message).not.toMatch(/\n|\bat .*\.(ts|js):\d+/);
    return e.code;
  }
}

describe('broken files: each works or fails with its own error', () => {
  it.each(BROKEN.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const bytes = c.build();
    const started = performance.now();
    let text = '';
    const got = await outcome(async () => {
      const { pages } = await extractText(bytes);
      text = pages.map((p) => p.text).join('\n');
      suggestDocument(pages, { law: 'wob' });
    });
    expect(got).toBe(c.expect);
    if (c.text) expect(text).toContain(c.text);
    if (got === 'ok') {
      const out = await redact(bytes, { redactions: [{ page: 1, rects: [[72, 80, 300, 100]], grounds: ['10.2.e'] }] });
      if (hasTool('qpdf')) expect(qpdfCheck(out.file)).toBe('');
      expect((await extractText(out.bytes)).pages.length).toBeGreaterThan(0);
    } else {
      expect(await outcome(() => redact(bytes, { redactions: [{ page: 1, rects: [[72, 80, 300, 100]], grounds: ['10.2.e'] }] }))).toBe(c.expect);
    }
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
