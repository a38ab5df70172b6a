/** Shared by the redaction tests: redact, write to a temporary file, re-extract with independent tools. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DecisionsFile } from '../../../shared/contract';
import { redactDocument, type RedactOptions, type RedactReport } from '../../../shared/redact';
import { normalizeForMatch } from '../../../shared/redact/match';
import { verifyPdf, type PdfjsLike, type VerifyResult } from '../../../shared/verify';
import { ROOT } from '../../helpers/paths';
import { popplerWords } from '../../helpers/poppler';
import type { Rect } from '../../../shared/pdf/types';

export const LABEL_FONT = new Uint8Array(readFileSync(path.join(ROOT, 'assets/fonts/DejaVuSans.ttf')));
const TMP = mkdtempSync(path.join(os.tmpdir(), 'lakstift-redact-'));
let counter = 0;

export function tmpFile(name: string, bytes: Uint8Array): string {
  const file = path.join(TMP, `${counter++}-${name}`);
  writeFileSync(file, bytes);
  return file;
}

export function pdftotext(file: string, password?: string): string {
  return execFileSync('pdftotext', [...(password ? ['-upw', password] : []), file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

export function mutoolText(file: string): string {
  return execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', file], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
}

export function pageCount(file: string): number {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(out)?.[1]);
}

/** qpdf --check; returns '' when the file is structurally sound, else qpdf's complaint. */
export function qpdfCheck(file: string): string {
  try {
    execFileSync('qpdf', ['--check', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return '';
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    // Exit 3 is "warnings only" (e.g. a recovered xref in the INPUT); our output must have none.
    return `${err.stdout ?? ''}${err.stderr ?? ''}`.trim() || `qpdf exit ${err.status}`;
  }
}

/** Whitespace- and case-insensitive containment, the way the leak checks compare. */
export function extracts(text: string, needle: string): boolean {
  return normalizeForMatch(text).includes(normalizeForMatch(needle));
}

let pdfjs: PdfjsLike | undefined;
export async function verify(bytes: Uint8Array, decisions: DecisionsFile, password?: string): Promise<VerifyResult> {
  pdfjs ??= (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsLike;
  return verifyPdf(bytes, decisions, { pdfjs, password });
}

export interface Redacted {
  bytes: Uint8Array;
  file: string;
  report: RedactReport;
}

export async function redact(bytes: Uint8Array, decisions: DecisionsFile, options: Partial<RedactOptions> = {}): Promise<Redacted> {
  const { bytes: out, report } = await redactDocument(bytes, decisions, { labelFont: LABEL_FONT, ...options });
  return { bytes: out, file: tmpFile('out.pdf', out), report };
}

/**
 * Every occurrence of a phrase of whole words on every page, by poppler's reading order
 * (which keeps columns apart): per occurrence its page and one box per line.
 */
export function phraseOccurrences(file: string, phrase: string): { page: number; rects: Rect[] }[] {
  const target = phrase.split(/\s+/).filter(Boolean);
  const out: { page: number; rects: Rect[] }[] = [];
  popplerWords(file).forEach((p, pi) => {
    const words = p.words;
    for (let i = 0; i + target.length <= words.length; i++) {
      if (!target.every((t, k) => words[i + k].text === t)) continue;
      const lines: Rect[] = [];
      for (let k = 0; k < target.length; k++) {
        const r = words[i + k].rect;
        const last = lines[lines.length - 1];
        const sameLine = last && Math.abs((last[1] + last[3]) / 2 - (r[1] + r[3]) / 2) < (r[3] - r[1]) / 2 && r[0] >= last[0];
        if (sameLine) lines[lines.length - 1] = [Math.min(last[0], r[0]), Math.min(last[1], r[1]), Math.max(last[2], r[2]), Math.max(last[3], r[3])];
        else lines.push([...r]);
      }
      out.push({ page: pi + 1, rects: lines });
    }
  });
  return out;
}

/**
 * The boxes of the words that spell `phrase` on a page, found by poppler (an independent
 * parser), one box per line: what an officer's selection would give.
 */
export function boxesOf(file: string, page: number, phrase: string): Rect[] {
  const words = popplerWords(file)[page - 1]?.words ?? [];
  const target = phrase.split(/\s+/);
  for (let i = 0; i + target.length <= words.length; i++) {
    if (target.every((t, k) => words[i + k].text === t)) {
      const lines: Rect[] = [];
      for (let k = 0; k < target.length; k++) {
        const r = words[i + k].rect;
        const last = lines[lines.length - 1];
        const sameLine = last && Math.abs((last[1] + last[3]) / 2 - (r[1] + r[3]) / 2) < (r[3] - r[1]) / 2;
        if (sameLine) lines[lines.length - 1] = [Math.min(last[0], r[0]), Math.min(last[1], r[1]), Math.max(last[2], r[2]), Math.max(last[3], r[3])];
        else lines.push([...r]);
      }
      return lines;
    }
  }
  throw new Error(`"${phrase}" not found by pdftotext on page ${page} of ${file}`);
}
