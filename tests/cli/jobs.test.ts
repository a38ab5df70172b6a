/**
 * `--jobs N` (issue #17): the built command line, run as a user runs it, gives exactly the same
 * output with one worker and with several, in the same order, and a bad file among good ones
 * is reported with the same one sentence and exit code.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers/paths';

const bin = path.join(ROOT, 'cli', 'bin', 'lakstift.mjs');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-cli-jobs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A 66-page report with links and outlines (LibreOffice): three ranges of pages for the workers. */
const report = path.join(FIXTURES, 'reports', 'soffice-linked-report.pdf');
/** Documents of several producers (the encrypted one left out: it needs its own password). */
const producers = readdirSync(path.join(FIXTURES, 'producers'))
  .filter((f) => f.endsWith('.pdf') && !f.includes('encrypted'))
  .sort()
  .map((f) => path.join(FIXTURES, 'producers', f));
const samples = readdirSync(path.join(ROOT, 'assets', 'samples')).filter((f) => f.endsWith('.pdf')).sort().map((f) => path.join(ROOT, 'assets', 'samples', f));

/** Runs the built command in a child process, without blocking the test runner while it works. */
function run(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, LAKSTIFT_USER: 'test' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Long enough for a loaded two-core machine. */
const SLOW = 300_000;

beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')]);
});

describe('--jobs: the same output with one worker and with several', () => {
  it('text: the same page texts and the same JSON of a 330-page document (the 66-page report five times)', async () => {
    // Fourteen ranges of 25 pages dealt out over three workers.
    const long = path.join(tmp, 'report-x5.pdf');
    execFileSync('qpdf', ['--empty', '--pages', report, report, report, report, report, '--', long]);
    for (const json of [[], ['--json']]) {
      const one = await run('text', long, '--jobs', '1', ...json);
      const three = await run('text', long, '--jobs', '3', ...json);
      expect(one.code).toBe(0);
      expect(three.code).toBe(0);
      expect(one.stdout.length).toBeGreaterThan(50_000);
      expect(three.stdout).toBe(one.stdout);
    }
    expect((await run('text', long, '--jobs', '1')).stdout.split('\f')).toHaveLength(331);
    // The 66-page report itself: three ranges, one per worker.
    expect((await run('text', report, '--jobs', '3')).stdout).toBe((await run('text', report, '--jobs', '1')).stdout);
  }, SLOW);

  it('text: the same output for a document of fewer pages than one range', async () => {
    const short = producers[0]!;
    for (const json of [[], ['--json']]) {
      const one = await run('text', short, '--jobs', '1', ...json);
      const three = await run('text', short, '--jobs', '3', ...json);
      expect(one.code).toBe(0);
      expect(one.stdout.length).toBeGreaterThan(20);
      expect(three.stdout).toBe(one.stdout);
      expect(three.stderr).toBe('');
    }
  }, SLOW);

  it('suggest: the same suggestions, kept items and order for a dossier of documents from several producers', async () => {
    const files = [...samples, ...producers, report];
    const one = await run('suggest', ...files, '--law', 'woo', '--jobs', '1');
    const two = await run('suggest', ...files, '--law', 'woo', '--jobs', '2');
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    const parsed = JSON.parse(two.stdout) as { documents: { file: string; suggestions: unknown[] }[] };
    expect(parsed.documents.map((d) => d.file)).toEqual(files);
    expect(parsed.documents.reduce((n, d) => n + d.suggestions.length, 0)).toBeGreaterThan(20);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
  }, SLOW);

  it('redact --accept-all: the same redacted file', async () => {
    const outs = await Promise.all(['1', '2'].map(async (j) => {
      const out = path.join(tmp, `report-${j}.pdf`);
      const r = await run('redact', report, '-o', out, '--accept-all', '--jobs', j);
      expect(r.code, r.stderr).toBe(0);
      return { r, bytes: readFileSync(out) };
    }));
    expect(outs[1]!.r.stdout.replace('report-2', 'report-1')).toBe(outs[0]!.r.stdout);
    expect(Buffer.compare(outs[1]!.bytes, outs[0]!.bytes)).toBe(0);
  }, SLOW);

  it('bundle --accept-all: the same documents, inventory, log and checks', async () => {
    const dir = path.join(tmp, 'in');
    mkdirSync(dir, { recursive: true });
    for (const f of [...samples, report, producers[0]!]) copyFileSync(f, path.join(dir, path.basename(f)));
    const results = [];
    for (const j of ['1', '2']) {
      const out = path.join(tmp, `bundle-${j}`);
      const r = await run('bundle', dir, '-o', out, '--accept-all', '--case', 'Woo-2026/0017', '--organisation', 'gemeente Test', '--title', 'Proef', '--jobs', j);
      expect(r.code, r.stderr).toBe(0);
      results.push({ r, out });
    }
    const [one, two] = results as [typeof results[0], typeof results[0]];
    const files = readdirSync(one.out).sort();
    expect(readdirSync(two.out).sort()).toEqual(files);
    expect(files.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(5);
    // Every decision and file carries the time of the run; all else must be the same.
    const untimed = (t: string) => t.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>').replace(/\b\d\d:\d\d(:\d\d)?\b/g, '<hh:mm>');
    for (const f of files) {
      if (f === 'manifest.json' || f === 'diwoo') continue;
      if (f.endsWith('.pdf')) {
        // PDFs carry the time of the export; their text must be the same.
        const text = (d: string) => execFileSync('pdftotext', ['-layout', path.join(d, f), '-'], { encoding: 'utf8' });
        expect(untimed(text(two.out)), f).toBe(untimed(text(one.out)));
      } else if (f.endsWith('.xlsx')) {
        expect(readFileSync(path.join(two.out, f)).length, f).toBe(readFileSync(path.join(one.out, f)).length);
      } else {
        expect(untimed(readFileSync(path.join(two.out, f), 'utf8')), f).toBe(untimed(readFileSync(path.join(one.out, f), 'utf8')));
      }
    }
    const manifest = (d: string) => {
      const m = JSON.parse(readFileSync(path.join(d, 'manifest.json'), 'utf8'));
      return { originals: m.originals, counts: m.counts, consistency: m.consistency, files: m.outputs.map((o: { file: string }) => o.file) };
    };
    expect(manifest(two.out)).toEqual(manifest(one.out));
    expect(two.r.stdout.replace(/[\d.]+ s in all/, '').replace('bundle-2', 'bundle-1')).toBe(one.r.stdout.replace(/[\d.]+ s in all/, ''));
  }, SLOW);
});

describe('--jobs: a bad file among good ones', () => {
  it('suggest names the first bad file in order with its one sentence, as with one worker, and prints nothing else', async () => {
    const notPdf = path.join(tmp, 'notitie.pdf');
    writeFileSync(notPdf, 'Dit is een Word-bestand, geen PDF.\n');
    const truncated = path.join(tmp, 'afgebroken.pdf');
    writeFileSync(truncated, readFileSync(report).subarray(0, 4000));
    for (const files of [[samples[0]!, notPdf, samples[1]!, truncated], [samples[0]!, truncated, report, notPdf]]) {
      const one = await run('suggest', ...files, '--jobs', '1');
      const two = await run('suggest', ...files, '--jobs', '2');
      expect(one.code).toBe(1);
      expect(two.code).toBe(1);
      expect(two.stdout).toBe('');
      expect(two.stderr).toBe(one.stderr);
      expect(two.stderr.trim().split('\n')).toHaveLength(1);
      expect(two.stderr).toContain(files[1]!);
      expect(two.stderr).not.toMatch(/\n\s+at /);
    }
  }, SLOW);

  it('text of a file that is no PDF: the same sentence and exit code with workers', async () => {
    const notPdf = path.join(tmp, 'brief.pdf');
    writeFileSync(notPdf, '<html>geen pdf</html>');
    const one = await run('text', notPdf, '--jobs', '1');
    const two = await run('text', notPdf, '--jobs', '2');
    expect(one.code).toBe(1);
    expect(two.code).toBe(one.code);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stderr).toContain('is not a PDF');
    expect(two.stdout).toBe('');
  }, SLOW);

  it('--jobs must be a whole number', async () => {
    const r = await run('text', report, '--jobs', '0');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs must be a whole number from 1 to 64');
  });
});
