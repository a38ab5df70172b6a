/**
 * Issue #13 ("Done when"): every broken or hostile file of tests/fixtures/robustness goes through
 * the commands a user runs (text, suggest, redact, bundle). Each either works or ends with one
 * line that names the file and carries the exact error code, writes no output file, and leaves
 * every input byte-identical. Also the error model as the user meets it: --lang nl, --debug,
 * the exit codes.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli } from '../helpers/cli';
import { FIXTURES } from '../helpers/paths';
import { BROKEN } from '../fixtures/robustness/broken';

afterEach(() => vi.restoreAllMocks());

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-cli-robust-'));
const slug = (s: string) => s.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 60);

/** One line, "lakstift <cmd>: <sentence naming the file> [<code>]", and no stack trace. */
function expectOneSentence(stderr: string, cmd: string, file: string, code: string): void {
  const lines = stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^lakstift ${cmd}: .*; .*\\. \\[${code}\\]$`));
  expect(lines[0]).toContain(path.basename(file));
  expect(stderr).not.toMatch(/\bat .*\.(ts|js|mjs):\d+/);
}

describe('every broken file through every command: works, or one sentence with its code and nothing written', () => {
  it.each(BROKEN.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const dir = mkdtempSync(path.join(tmp, 'case-'));
    const input = path.join(dir, `${slug(c.name)}.pdf`);
    const bytes = c.build();
    writeFileSync(input, bytes);
    const same = () => expect(Buffer.compare(readFileSync(input), Buffer.from(bytes))).toBe(0);

    const text = await cli('text', input);
    const suggest = await cli('suggest', input);
    const out = path.join(dir, 'gelakt.pdf');
    const redact = await cli('redact', input, '-o', out, '--accept-all');
    same();
    if (c.expect === 'ok') {
      // A warning may say that a page could not be read (OCR of a page that is gone); never an error line or a stack.
      for (const r of [text, suggest, redact]) expect(r.stderr, r.stderr).not.toMatch(/\[[a-z-]+\]$|\bat .*\.(ts|js|mjs):\d+/m);
      expect([text.code, suggest.code, redact.code]).toEqual([0, 0, 0]);
      if (c.text) expect(text.stdout).toContain(c.text);
      expect(JSON.parse(suggest.stdout).documents).toHaveLength(1);
      expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // And nothing redacted comes back out, as two independent readers see the file: MuPDF
      // follows a form that draws itself once more, where the interpreter stops.
      const flat = (t: string) => t.replace(/\s+/g, ' ');
      // (What each reader could extract: a broken file may end either with an error status.)
      const read = (cmd: string, args: string[]) => spawnSync(cmd, [...args, out, ...(cmd === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' }).stdout ?? '';
      const outText = [read('pdftotext', []), read('mutool', ['draw', '-q', '-F', 'txt', '-o', '-'])].map(flat);
      for (const doc of JSON.parse(suggest.stdout).documents) {
        for (const sug of doc.suggestions) for (const t of outText) expect(t).not.toContain(flat(sug.text));
      }
    } else {
      for (const [cmd, r] of [['text', text], ['suggest', suggest], ['redact', redact]] as const) {
        expect(r.code, `${cmd}: ${r.stderr}`).toBe(1);
        expectOneSentence(r.stderr, cmd, input, c.expect);
      }
      expect(text.stdout).toBe('');
      expect(suggest.stdout).toBe('');
      // No output, not even a temporary file beside it.
      expect(readdirSync(dir)).toEqual([path.basename(input)]);
      const outdir = path.join(dir, 'bundel');
      const bundle = await cli('bundle', input, '-o', outdir, '--accept-all', '--zip', '--case', 'Woo-2024/0017');
      expect(bundle.code, bundle.stderr).toBe(1);
      expectOneSentence(bundle.stderr, 'bundle', input, c.expect);
      expect(readdirSync(dir)).toEqual([path.basename(input)]);
      same();
    }
  }, 120_000);
});

describe('the error model as a user meets it', () => {
  const notPdf = path.join(tmp, 'brief.docx.pdf');
  writeFileSync(notPdf, 'PK\x03\x04 this is a Word file');

  it('says it in Dutch with --lang nl (or LAKSTIFT_LANG=nl), in English by default', async () => {
    const en = await cli('text', notPdf);
    expect(en.stderr).toBe(`lakstift text: ${notPdf} is not a PDF (it does not start with %PDF-); export it to PDF first. [not-a-pdf]\n`);
    const nl = await cli('text', notPdf, '--lang', 'nl');
    expect(nl.stderr).toBe(`lakstift text: ${notPdf} is geen PDF (het begint niet met %PDF-); exporteer het eerst naar PDF. [not-a-pdf]\n`);
    vi.stubEnv('LAKSTIFT_LANG', 'nl');
    try {
      expect((await cli('text', notPdf)).stderr).toBe(nl.stderr);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('adds the stack trace only with --debug', async () => {
    const plain = await cli('text', notPdf);
    expect(plain.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    const debug = await cli('text', '--debug', notPdf);
    expect(debug.stderr.split('\n')[0]).toBe(plain.stderr.trimEnd());
    expect(debug.stderr).toMatch(/\n\s+at .+/);
  });

  it('exits 2 for a wrong command line, 1 for a file that fails, in both languages', async () => {
    const unknown = await cli('redact', notPdf, '--no-such-option');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/\[usage\]\n$/);
    const missing = await cli('suggest', path.join(tmp, 'bestaat-niet.pdf'), '--lang', 'nl');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`lakstift suggest: ${path.join(tmp, 'bestaat-niet.pdf')} bestaat niet; controleer het pad. [not-found]\n`);
  });

  it('an encrypted PDF without its password, and with a wrong one: the code says which, nothing is written', async () => {
    const dir = mkdtempSync(path.join(tmp, 'enc-'));
    const input = path.join(dir, 'beveiligd.pdf');
    copyFileSync(path.join(FIXTURES, 'producers', 'qpdf-encrypted-letter.pdf'), input);
    const before = readFileSync(input);
    const none = await cli('redact', input, '-o', path.join(dir, 'uit.pdf'), '--accept-all');
    expect(none.code).toBe(1);
    expectOneSentence(none.stderr, 'redact', input, 'encrypted-pdf');
    const wrong = await cli('redact', input, '-o', path.join(dir, 'uit.pdf'), '--accept-all', '--password', 'fout');
    expect(wrong.code).toBe(1);
    expectOneSentence(wrong.stderr, 'redact', input, 'wrong-password');
    expect(readdirSync(dir)).toEqual(['beveiligd.pdf']);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('refuses a decisions file named as the output and leaves it as it was', async () => {
    const dir = mkdtempSync(path.join(tmp, 'dec-'));
    const input = path.join(dir, 'brief.pdf');
    copyFileSync(path.join(FIXTURES, 'producers', 'soffice-letter.pdf'), input);
    const dec = path.join(dir, 'besluiten.json');
    const decisions = JSON.stringify({ redactions: [{ page: 1, rects: [[72, 700, 200, 720]], grounds: ['10.2.e'] }] });
    writeFileSync(dec, decisions);
    const r = await cli('redact', input, '-o', dec, '--decisions', dec);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`lakstift redact: ${dec} is the decisions file; write the redacted PDF to another file. [output-is-input]\n`);
    expect(readFileSync(dec, 'utf8')).toBe(decisions);
    expect(existsSync(path.join(dir, 'brief-gelakt.pdf'))).toBe(false);
  });
});
