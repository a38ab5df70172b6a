/** `lakstift redact` and `lakstift verify` as a user runs them (DESIGN.md "Command line contract"). */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli } from '../helpers/cli';
import { FIXTURES } from '../helpers/paths';
import { boxesOf } from '../shared/redact/helpers';


afterEach(() => vi.restoreAllMocks());

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-cli-redact-'));
// A two-page LibreOffice letter; the decisions are boxes poppler (an independent parser) gives
// for an addressee's name and street, as an officer's selection would.
const source = path.join(FIXTURES, 'producers', 'soffice-letter.pdf');
const truth = {
  items: [
    { page: 1, category: 'name', text: 'B. Çelik-Vermeulen', grounds: ['10.2.e'] },
    { page: 1, category: 'address', text: 'Kerkstraat 12 a', grounds: ['10.2.e'] },
  ].map((it) => ({ ...it, rects: boxesOf(source, it.page, it.text) })),
};
const pdftotext = (f: string) => execFileSync('pdftotext', [f, '-'], { encoding: 'utf8' });

function decisionsFile(): string {
  const file = path.join(tmp, `decisions-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ redactions: truth.items.map((it: { page: number; rects: number[][]; grounds: string[]; text: string }) => ({ page: it.page, rects: it.rects, grounds: it.grounds, text: it.text })) }));
  return file;
}

describe('lakstift redact', () => {
  it('writes a redacted PDF from a decisions file, and verify then exits 0', async () => {
    const input = path.join(tmp, 'brief.pdf');
    copyFileSync(source, input);
    const before = readFileSync(input);
    const out = path.join(tmp, 'brief-gelakt.pdf');
    const dec = decisionsFile();
    const r = await cli('redact', input, '-o', out, '--decisions', dec);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/brief-gelakt\.pdf: 2 boxes/);
    expect(readFileSync(input).equals(before)).toBe(true);
    const text = pdftotext(out);
    expect(text).toContain('10.2.e');
    for (const it of truth.items) expect(text).not.toContain(it.text);
    const v = await cli('verify', out, '--decisions', dec);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/clean/);
  });

  it('writes Woo codes with --law woo and grey boxes with --fill grey', async () => {
    const out = path.join(tmp, 'woo.pdf');
    const r = await cli('redact', source, '-o', out, '--decisions', decisionsFile(), '--law', 'woo', '--fill', 'grey');
    expect(r.code).toBe(0);
    const text = pdftotext(out);
    expect(text).toContain('5.1.2e');
    expect(text).not.toContain('10.2.e');
  });

  it("accepts suggest's own output as decisions", async () => {
    const suggestions = path.join(tmp, 'suggest.json');
    writeFileSync(suggestions, JSON.stringify({
      law: 'wob',
      documents: [{ file: source, pageCount: 2, kept: [], suggestions: truth.items.map((it: { page: number; rects: number[][]; grounds: string[]; text: string; category: string }, i: number) => ({ id: `s${i}`, page: it.page, category: it.category, text: it.text, grounds: it.grounds, confidence: 1, reason: 'test', rects: it.rects })) }],
    }));
    const out = path.join(tmp, 'from-suggest.pdf');
    const r = await cli('redact', source, '-o', out, '--decisions', suggestions);
    expect(r.code).toBe(0);
    for (const it of truth.items) expect(pdftotext(out)).not.toContain(it.text);
  });

  it('redacts with --accept-all from the suggester', async () => {
    const out = path.join(tmp, 'accept-all.pdf');
    const r = await cli('redact', source, '-o', out, '--accept-all');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(pdftotext(out)).toContain('10.2.e');
  });

  it('refuses to overwrite its input and leaves it untouched', async () => {
    const input = path.join(tmp, 'self.pdf');
    copyFileSync(source, input);
    const mtime = statSync(input).mtimeMs;
    const r = await cli('redact', input, '-o', input, '--decisions', decisionsFile());
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/is the input file; write the redacted PDF to another file\. \[output-is-input\]\n$/);
    expect(statSync(input).mtimeMs).toBe(mtime);
  });

  it('says in one sentence what is wrong with bad decisions, and writes nothing', async () => {
    const bad = path.join(tmp, 'bad.json');
    writeFileSync(bad, '{"redactions": [ {"page": 9, "rects": [[1,2,3,4]], "grounds": ["10.2.e"]} ]}');
    const out = path.join(tmp, 'never.pdf');
    const r = await cli('redact', source, '-o', out, '--decisions', bad);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/Redaction 1 names page 9, but the document has 2 pages; fix the page number\. \[invalid-input\]\n$/);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    writeFileSync(bad, '{not json');
    const r2 = await cli('redact', source, '-o', out, '--decisions', bad);
    expect(r2.stderr).toMatch(/bad\.json is not valid JSON/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a file that is not a PDF with one sentence naming it', async () => {
    const notPdf = path.join(tmp, 'brief.docx');
    writeFileSync(notPdf, 'PK\u0003\u0004 not a pdf');
    const r = await cli('redact', notPdf, '-o', path.join(tmp, 'x.pdf'), '--decisions', decisionsFile());
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/brief\.docx is not a PDF/);
  });

  it('needs exactly one of --decisions and --accept-all', async () => {
    const r = await cli('redact', source, '-o', path.join(tmp, 'y.pdf'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/either --decisions <file\.json> or --accept-all/);
  });
});

describe('lakstift verify', () => {
  it('prints its findings as JSON with --json', async () => {
    const r = await cli('verify', source, '--decisions', decisionsFile(), '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { clean: boolean; findings: { kind: string; severity: string }[]; pagesChecked: number };
    expect(out.clean).toBe(false);
    expect(out.pagesChecked).toBe(2);
    expect(out.findings.some((f) => f.kind === 'text-in-file' && f.severity === 'leak')).toBe(true);
  });

  it('needs --decisions, and says so in one sentence', async () => {
    const r = await cli('verify', source);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/name the decisions with --decisions <file\.json>/);
  });

  it('exits 1 and lists what can still be extracted under the boxes of an unredacted PDF', async () => {
    const r = await cli('verify', source, '--decisions', decisionsFile());
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/LEAK: page 1: ".*" can still be extracted under the box/);
    expect(r.stdout).toMatch(/NOT clean/);
  });
});
