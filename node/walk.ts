/**
 * Finding the PDFs in what a person named (command-line arguments, a dialog, a drop): files as
 * given, folders searched recursively in natural order ("2" before "10"), hidden entries and
 * symbolic links skipped (a link could loop), each file once. The same order in every host, so
 * that documents get the same numbers.
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';

export interface WalkLimits {
  /** Folder depth below a named folder (default 8). */
  maxDepth?: number;
  /** Files found in all (default 20,000). */
  maxFiles?: number;
}

export const isPdfName = (name: string) => /\.pdf$/i.test(name);

/** One named path: what it is, and the PDFs found in it. */
export interface WalkEntry {
  path: string;
  kind: 'file' | 'folder' | 'missing' | 'other';
  pdfs: string[];
}

/**
 * Walks every named path; the caller decides what a missing path or a folder without PDFs means.
 *
 * @example
 *   const entries = await walkPdfs(['brieven', 'nota.pdf']);
 *   entries.flatMap((e) => e.pdfs); // ['brieven/1.pdf', 'brieven/2.pdf', 'brieven/10.pdf', 'nota.pdf']
 */
export async function walkPdfs(paths: readonly string[], limits: WalkLimits = {}): Promise<WalkEntry[]> {
  const maxDepth = limits.maxDepth ?? 8;
  const maxFiles = limits.maxFiles ?? 20_000;
  const seen = new Set<string>();
  let count = 0;
  const add = (list: string[], f: string) => {
    const key = path.resolve(f);
    if (seen.has(key) || count >= maxFiles) return;
    seen.add(key);
    count++;
    list.push(f);
  };
  const walk = async (dir: string, depth: number, list: string[]): Promise<void> => {
    if (depth > maxDepth || count >= maxFiles) return;
    const entries = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => !e.name.startsWith('.'))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl', { numeric: true, sensitivity: 'base' }));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p, depth + 1, list);
      else if (e.isFile() && isPdfName(e.name)) add(list, p);
    }
  };
  const out: WalkEntry[] = [];
  for (const p of paths) {
    const st = await lstat(p).catch(() => null);
    const entry: WalkEntry = { path: p, kind: !st ? 'missing' : st.isDirectory() ? 'folder' : st.isFile() ? 'file' : 'other', pdfs: [] };
    if (entry.kind === 'folder') await walk(p, 0, entry.pdfs);
    else if (entry.kind === 'file') add(entry.pdfs, p);
    out.push(entry);
  }
  return out;
}
