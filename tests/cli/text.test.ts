/** `lakstift text` run as a user runs it: the built command in a child process. */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { buildPdf } from '../helpers/buildPdf';
import { makeScan } from '../helpers/scan';

const bin = path.join(ROOT, 'cli', 'bin', 'lakstift.mjs');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-cli-text-'));
const sample = path.join(ROOT, 'assets', 'samples', '0002-beslisnota.pdf');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** As `run`, in a child process that does not block the test runner while it works (OCR takes a while). */
function runAsync(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')]);
});

describe('lakstift text', () => {
  it('prints words with boxes in the contract JSON', () => {
    const r = run('text', sample, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.pages).toHaveLength(2);
    const p = out.pages[0];
    expect(p.page).toBe(1);
    expect(p.width).toBeGreaterThan(500);
    expect(p.words.length).toBeGreaterThan(50);
    for (const w of p.words) {
      expect(typeof w.text).toBe('string');
      expect(w.rect).toHaveLength(4);
      expect(w.rect[0]).toBeLessThanOrEqual(w.rect[2]);
      expect(w.rect[1]).toBeLessThanOrEqual(w.rect[3]);
    }
    expect(p.words.map((w: { text: string }) => w.text)).toContain('Beslisnota:');
  });

  it('prints the page text in reading order with a form feed after each page', () => {
    const r = run('text', sample);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\f')).toHaveLength(3);
    expect(r.stdout).toMatch(/Contactpersoon/);
  });

  it('writes the pages around a scanned page in order, the scan read by OCR, with one worker and with two', async () => {
    // Pages before the scan are written as they are read; the scan and the pages after it wait
    // for OCR (cli/commands/textHere.ts).
    const scan = await makeScan({ lines: ['Geachte heer Jansen,', 'Met vriendelijke groet,'] });
    const mixed = path.join(tmp, 'mixed.pdf');
    const text = (t: string) => `BT /F1 12 Tf 72 700 Td (${t}) Tj ET`;
    const parts = path.join(tmp, 'parts.pdf');
    const scanFile = path.join(tmp, 'scan.pdf');
    writeFileSync(parts, await buildPdf([{ content: text('Eerste pagina') }, { content: text('Derde pagina') }]));
    writeFileSync(scanFile, scan.bytes);
    execFileSync('qpdf', ['--empty', '--pages', parts, '1', scanFile, parts, '2', '--', mixed]);
    const one = await runAsync('text', mixed, '--jobs', '1', '--no-ocr-cache');
    expect(one.code).toBe(0);
    const pages = one.stdout.split('\f');
    expect(pages).toHaveLength(4);
    expect(pages[0]).toContain('Eerste pagina');
    expect(pages[1]).toMatch(/Jansen/);
    expect(pages[2]).toContain('Derde pagina');
    const two = await runAsync('text', mixed, '--jobs', '2', '--no-ocr-cache');
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  }, 300_000);

  it('hands over to this thread at a worker\'s range that holds a scan: a 261-page document reads the same with --jobs 2 as with --jobs 1', async () => {
    // The scan is page 131, in the sixth range of 25 pages, which a worker reads with --jobs 2;
    // from that range on this thread reads, with OCR (cli/commands/text.ts, textHere.ts).
    const scan = await makeScan({ lines: ['Geachte heer Jansen,', 'Met vriendelijke groet,'] });
    const pagesFile = path.join(tmp, 'many.pdf');
    const scanFile = path.join(tmp, 'scan-131.pdf');
    const long = path.join(tmp, 'long-with-scan.pdf');
    writeFileSync(pagesFile, await buildPdf(Array.from({ length: 260 }, (_, i) => ({ content: `BT /F1 12 Tf 72 700 Td (Pagina ${i < 130 ? i + 1 : i + 2}) Tj ET` }))));
    writeFileSync(scanFile, scan.bytes);
    execFileSync('qpdf', ['--empty', '--pages', pagesFile, '1-130', scanFile, pagesFile, '131-260', '--', long]);
    const one = await runAsync('text', long, '--jobs', '1', '--no-ocr-cache');
    expect(one.code).toBe(0);
    const pages = one.stdout.split('\f');
    expect(pages).toHaveLength(262);
    expect(pages[129]).toContain('Pagina 130');
    expect(pages[130]).toMatch(/Jansen/);
    expect(pages[131]).toContain('Pagina 132');
    expect(pages[260]).toContain('Pagina 261');
    const two = await runAsync('text', long, '--jobs', '2', '--no-ocr-cache');
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  }, 300_000);

  it('opens a PDF with a password given by --password', async () => {
    const plain = path.join(tmp, 'plain.pdf');
    const locked = path.join(tmp, 'locked.pdf');
    writeFileSync(plain, await buildPdf([{ content: 'BT /F1 10 Tf 72 700 Td (Geheim stuk) Tj ET' }]));
    execFileSync('qpdf', ['--encrypt', 'pw', 'owner', '256', '--', plain, locked]);
    const without = run('text', locked);
    expect(without.code).not.toBe(0);
    expect(without.stderr).toMatch(/--password/);
    const withPw = run('text', locked, '--password', 'pw');
    expect(withPw.code).toBe(0);
    expect(withPw.stdout).toContain('Geheim stuk');
  });

  const bad: [string, () => string, RegExp][] = [
    ['a missing file', () => path.join(tmp, 'nope.pdf'), /does not exist/],
    ['a folder', () => tmp, /is a folder/],
    ['a text file', () => { const f = path.join(tmp, 'notes.pdf'); writeFileSync(f, 'just some notes'); return f; }, /is not a PDF/],
    ['a truncated PDF', () => { const f = path.join(tmp, 'cut.pdf'); writeFileSync(f, '%PDF-1.7\n1 0 obj <<'); return f; }, /damaged/],
  ];
  for (const [what, make, message] of bad) {
    it(`answers ${what} with one sentence and a non-zero exit, no stack trace`, () => {
      const r = run('text', make());
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\bat .*\.(m?js|ts):\d+/);
      expect(r.stdout).toBe('');
    });
  }

  it('rejects unknown options with a hint', () => {
    const r = run('text', sample, '--jsn');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--help/);
  });
});
