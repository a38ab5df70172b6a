/**
 * The checks the bundle's controle.txt reports, run before the app exports (issue #14 item 2):
 * an export with errors is refused with the errors in the officer's terms, each linked to its
 * document, instead of ending in "Klaar" with an error inside the zip. Same functions as the
 * bundle (shared/export/consistency.ts), so the app and `lakstift bundle` agree.
 */
import type { PageWords } from '../../shared/app';
import type { Dossier } from '../../shared/dossier';
import { catalogueFor } from '../../shared/export/grounds';
import { checkConsistency, type Finding } from '../../shared/export/consistency';
import { deriveInventory } from '../../shared/export/inventory';
import { findingText } from './i18n/workbench';

export interface ShownFinding {
  severity: Finding['severity'];
  /** Document number ("0003") and page, for the link to the place. */
  document?: string;
  page?: number;
  text: string;
}

export function exportFindings(d: Dossier, words: ReadonlyMap<string, readonly PageWords[]>, lang: 'nl' | 'en'): ShownFinding[] {
  const catalogue = catalogueFor(d.law);
  // The "redacted here, readable there" check needs every document's text; without it, the bundle still runs it.
  const texts = d.documents.every((x) => words.has(x.id))
    ? new Map(d.documents.map((x) => [x.id, words.get(x.id)!.map((p) => p.words.map((w) => w.text).join(' '))]))
    : undefined;
  return checkConsistency(d, deriveInventory(d, { catalogue }), { ...(texts ? { texts } : {}), catalogue })
    .map((f) => ({ severity: f.severity, ...(f.document ? { document: f.document } : {}), ...(f.page ? { page: f.page } : {}), text: findingText(f, lang) }));
}
