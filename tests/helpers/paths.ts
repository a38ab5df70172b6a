/** Paths the tests share: the repository, the labelled corpus beside it, fixtures. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readdirSync, existsSync } from 'node:fs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');

/** The corpus PDFs with a text layer (not scanned/). */
export function corpusPdfs(): string[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS).filter((f) => f.endsWith('.pdf')).sort().map((f) => path.join(CORPUS, f));
}
