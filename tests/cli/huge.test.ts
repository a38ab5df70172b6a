/**
 * Huge files (issue #13, item 5): a 2,000-page PDF is read page by page with bounded memory.
 * The built command line runs in its own process with a JavaScript heap capped at 128 MB
 * (the file itself is a few MB; a reader that kept every page's glyphs, or the whole text of
 * the document as objects, would run out): `text` gives every page, `suggest` finds the name
 * on the last page as on the first, and the input is unchanged.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { longLetter } from '../fixtures/robustness/huge';

const PAGES = 2000;
const HEAP_MB = 128;
const bin = path.join(ROOT, 'cli', 'bin', 'lakstift.mjs');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-huge-'));
const file = path.join(tmp, 'bijlage-2000-paginas.pdf');
let bytes: Buffer;

/** Runs the command asynchronously (a synchronous spawn would block the test worker for a minute). */
function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [`--max-old-space-size=${HEAP_MB}`, bin, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')]);
  bytes = Buffer.from(longLetter(PAGES));
  writeFileSync(file, bytes);
}, 120_000);

describe(`a ${PAGES}-page PDF with the heap capped at ${HEAP_MB} MB`, () => {
  it('text gives every page, in order', async () => {
    const r = await run('text', file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const pages = r.stdout.split('\f').filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(PAGES);
    expect(pages[0]).toContain(`Pagina 1 van ${PAGES}`);
    expect(pages[PAGES - 1]).toContain(`Pagina ${PAGES} van ${PAGES}`);
  }, 600_000);

  it('text with two workers gives the same pages as one (a worker opens the file again every few hundred pages)', async () => {
    const [one, two] = await Promise.all([run('text', file), run('text', file, '--jobs', '2')]);
    expect(two.stderr).toBe('');
    expect(two.code).toBe(0);
    expect(two.stdout.split('\f').filter((p) => p.trim() !== '')).toHaveLength(PAGES);
    expect(two.stdout).toBe(one.stdout);
  }, 600_000);

  it('suggest finds the name and the number on the last page as on the first', async () => {
    const r = await run('suggest', file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout).documents[0] as { pageCount?: number; suggestions: { page: number; category: string; text: string }[] };
    const on = (page: number) => doc.suggestions.filter((s) => s.page === page);
    for (const page of [1, PAGES]) {
      expect(on(page).map((s) => s.category)).toEqual(expect.arrayContaining(['name', 'phone']));
    }
    expect(new Set(doc.suggestions.map((s) => s.page)).size).toBe(PAGES);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  }, 600_000);
});
