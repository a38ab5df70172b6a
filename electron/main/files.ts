/**
 * Reading PDFs for the renderer. The renderer only ever gets bytes of files the officer
 * chose herself (dialog, drop, or a dossier she opened): `FileGrant` remembers those paths,
 * so a compromised renderer cannot ask for /etc/passwd through `readPdf`.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { OpenedPdf, Result } from '../../shared/ipc/contract';
import { fail, ok } from '../../shared/ipc/contract';
import { isPdfName, walkPdfs } from '../../node/walk';

/** 1 GiB: larger than any real Woo document, small enough not to exhaust memory. */
export const MAX_PDF_BYTES = 1024 ** 3;
const MAX_FOLDER_DEPTH = 8;
const MAX_FOLDER_FILES = 20_000;

export class FileGrant {
  private readonly granted = new Set<string>();
  grant(p: string): void {
    this.granted.add(path.resolve(p));
  }
  has(p: string): boolean {
    return this.granted.has(path.resolve(p));
  }
}

/**
 * Turns dropped or chosen paths into a list of PDF files (node/walk.ts, the walk the command
 * line uses): folders are searched recursively in natural order (skipping hidden entries and
 * symbolic links, which could loop); other files and relative paths are ignored.
 */
export async function expandPdfPaths(paths: readonly string[]): Promise<string[]> {
  const entries = await walkPdfs(paths.filter((p) => path.isAbsolute(p)), { maxDepth: MAX_FOLDER_DEPTH, maxFiles: MAX_FOLDER_FILES });
  return entries.flatMap((e) => (e.kind === 'file' && !isPdfName(e.path) ? [] : e.pdfs));
}

export async function readPdfFile(p: string): Promise<Result<OpenedPdf>> {
  const st = await fs.stat(p).catch(() => null);
  if (!st || !st.isFile()) return fail('not-found', `${path.basename(p)} no longer exists at ${path.dirname(p)}; locate the file and add it again.`);
  if (st.size > MAX_PDF_BYTES) return fail('too-large', `${path.basename(p)} is larger than 1 GiB; split it before opening it in Lakstift.`);
  const buf = await fs.readFile(p);
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  if (!startsWithPdfHeader(bytes)) return fail('not-a-pdf', `${path.basename(p)} is not a PDF (it does not start with %PDF-); export it to PDF first.`);
  return ok({ path: p, name: path.basename(p), bytes });
}

/** The header may follow up to 1024 bytes of junk (ISO 32000-1 annex H.3, implementation note 13). */
export function startsWithPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024 + 5));
  return head.includes('%PDF-');
}

/** Reads a list of PDF paths; files that fail are reported together, the good ones still open. */
export async function readPdfFiles(paths: readonly string[], grant: FileGrant): Promise<Result<OpenedPdf[]>> {
  const files = await expandPdfPaths(paths);
  if (files.length === 0) return fail('not-found', 'No PDF files were found in what you chose; Lakstift opens PDF files and folders with PDF files.');
  const opened: OpenedPdf[] = [];
  const problems: string[] = [];
  for (const f of files) {
    const r = await readPdfFile(f);
    if (r.ok) {
      grant.grant(f);
      opened.push(r.value);
    } else problems.push(r.message);
  }
  if (opened.length === 0) return fail('not-a-pdf', problems.join(' '));
  return ok(opened);
}
