import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli } from '../helpers/cli';
import type { SuggestOutput } from '../../shared/contract';
import { FIXTURES } from '../helpers/paths';


afterEach(() => vi.restoreAllMocks());

// An e-mail printout made by enscript and Ghostscript (tests/fixtures/producers).
const nota = path.join(FIXTURES, 'producers', 'enscript-email.pdf');

describe('lakstift suggest', () => {
  it('prints the contract JSON with suggestions and kept items per document', async () => {
    const { code, stdout } = await cli('suggest', nota);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as SuggestOutput;
    expect(out.documents).toHaveLength(1);
    const doc = out.documents[0]!;
    expect(doc).toMatchObject({ file: nota, pageCount: 1 });
    expect(Array.isArray(doc.kept)).toBe(true);
    const texts = doc.suggestions.map((s) => `${s.category}:${s.text}`);
    expect(texts).toEqual(expect.arrayContaining(['name:Bakker, P. (Pieter)', 'email:p.bakker', 'email:postbus.visumbeleid', 'phone:06-23456789', 'name:Pieter Bakker']));
    for (const s of doc.suggestions) {
      expect(s.grounds.every((g) => /^10\.\d\.[a-g]$/.test(g))).toBe(true);
      for (const r of s.rects) expect(r[0]).toBeLessThan(r[2]);
    }
  });

  it('writes Woo codes with --law woo', async () => {
    const { stdout } = await cli('suggest', nota, '--law', 'woo');
    const out = JSON.parse(stdout) as SuggestOutput;
    expect(out.law).toBe('woo');
    expect(out.documents[0]!.suggestions.every((s) => s.grounds.every((g) => g.startsWith('5.')))).toBe(true);
  });

  it('explains a bad --law value in one sentence', async () => {
    const { code, stderr, stdout } = await cli('suggest', nota, '--law', 'avg');
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/--law must be "wob" or "woo"/);
  });
});

describe('lakstift suggest with bad input', () => {
  it('names the file that is not a PDF and prints no JSON', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lakstift-suggest-'));
    const file = path.join(dir, 'brief.docx');
    writeFileSync(file, 'PK\u0003\u0004 not a pdf');
    const { code, stdout, stderr } = await cli('suggest', file);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('brief.docx');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe('PK\u0003\u0004 not a pdf');
  });

  it('asks for at least one PDF', async () => {
    const { code, stderr } = await cli('suggest');
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/at least one PDF/);
  });
});

describe('lakstift suggest with several files (one dossier)', () => {
  const lines = (ls: string[]) => `BT /F1 11 Tf 72 760 Td 14 TL ${ls.map((l) => `(${l}) '`).join(' ')} ET`;
  it('recognises a person found in one file in the other, and says where it learnt the name', async () => {
    const { buildPdf } = await import('../helpers/buildPdf');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lakstift-dossier-'));
    const mail = path.join(dir, 'mail.pdf');
    const nota = path.join(dir, 'nota.pdf');
    writeFileSync(mail, await buildPdf([{ content: lines(['Van: Yusuf Demirtas <y.demirtas@example-org.nl>', 'Aan: team kwaliteit', 'Onderwerp: planning', '', 'Hierbij de stukken.']) }]));
    writeFileSync(nota, await buildPdf([{ content: lines(['Verslag', '', 'Demirtas levert de cijfers. Ook Yusuf doet mee.']) }]));
    const alone = JSON.parse((await cli('suggest', nota)).stdout) as SuggestOutput;
    // Alone, the surname by itself is no name (the learned tagger, name.model, may find the known first name in the sentence).
    expect(alone.documents[0]!.suggestions.filter((s) => s.category === 'name' && s.text.includes('Demirtas'))).toEqual([]);
    const { code, stdout } = await cli('suggest', mail, nota);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as SuggestOutput;
    expect(out.documents.map((d) => d.file)).toEqual([mail, nota]);
    const names = out.documents[1]!.suggestions.filter((s) => s.category === 'name');
    expect(names.map((s) => s.text)).toEqual(['Demirtas', 'Yusuf']);
    expect(names[0]!.reason).toContain("zelfde persoon als 'Yusuf Demirtas' (mail.pdf, pagina 1)");
  });
});
