// The producer runners every corpus split shares: a failing tool must stop the generator with one
// sentence that names the tool and its exit, and the runner must give the tool the split's
// SOURCE_DATE_EPOCH and UTC (the documents are deterministic only with them).
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without types
import { makeRun, missingTools } from '../../../scripts/corpus/producers.mjs';

describe('corpus producer runners', () => {
  it('passes the split\'s SOURCE_DATE_EPOCH and UTC to the tool', () => {
    const run = makeRun('1765065600');
    expect(run(process.execPath, ['-e', 'process.stdout.write(`${process.env.SOURCE_DATE_EPOCH} ${process.env.TZ}`)'])).toBe('1765065600 UTC');
  });

  it('stops with one sentence naming the tool and its exit when a tool fails', () => {
    const run = makeRun('0');
    expect(() => run(process.execPath, ['-e', 'process.stderr.write("no such font"); process.exit(3)'])).toThrow(/failed \(exit 3\): no such font$/);
  });

  it('names every tool it cannot find by the package that provides it', () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(missingTools()).toEqual(['LibreOffice (soffice)', 'Chromium', 'enscript', 'Ghostscript (ps2pdf)', 'Ghostscript', 'poppler-utils (pdftotext)', 'MuPDF tools (mutool)']);
    } finally {
      process.env.PATH = path;
    }
  });
});
