// A small dossier built through the public actions, shared by the dossier and export tests.
import { addDocument, addRedactions, addSuggestions, createDossier } from '../../../shared/dossier/actions';
import type { ActionContext, Dossier } from '../../../shared/dossier/types';
import type { Suggestion } from '../../../shared/contract';

export const ctx: ActionContext = { by: 'a.officer', at: '2024-03-01T09:00:00Z' };
export const later: ActionContext = { by: 'j.jurist', at: '2024-03-02T14:30:00Z' };

export const HASH = (c: string) => c.repeat(64).slice(0, 64);

export function suggestion(page: number, text: string, grounds: string[], category: Suggestion['category'] = 'name', y = 100): Suggestion {
  return { id: `s-${page}-${text}`, page, category, text, grounds, confidence: 0.9, reason: 'test', rects: [[72, y, 72 + text.length * 5, y + 11]] };
}

/** Three documents: a memo with a name and a mailbox, an e-mail, and a werkinstructie. */
export function sampleDossier(law: 'wob' | 'woo' = 'wob'): Dossier {
  const e = law === 'wob' ? '10.2.e' : '5.1.2e';
  const g = law === 'wob' ? '10.2.g' : '5.1.2i';
  let d = createDossier({ id: 'dos-1', title: 'Woo-verzoek werkinstructies', law, caseNumber: '2024-0017' }, ctx).dossier;
  d = addDocument(d, { path: 'in/nota.pdf', sha256: HASH('a'), title: 'Beslisnota overlegtafel', pageCount: 2, date: '2023-03-15' }, ctx).dossier;
  d = addDocument(d, { path: 'in/mail.pdf', sha256: HASH('b'), title: 'RE: Afspraken', pageCount: 1, date: '2023-03-16', fileType: 'email' }, ctx).dossier;
  d = addDocument(d, { path: 'in/wi.pdf', sha256: HASH('c'), title: 'Werkinstructie 2014/3', pageCount: 3, date: '2014-05-01' }, ctx).dossier;
  d = addSuggestions(d, 'd1', [suggestion(1, 'J. de Vries', [e]), suggestion(2, 'postbus.migratie', [g], 'email', 200)], ctx).dossier;
  d = addSuggestions(d, 'd2', [suggestion(1, 'K. Bakker', [e])], ctx).dossier;
  d = addRedactions(d, [{ documentId: 'd1', page: 2, rects: [[72, 300, 200, 312]], grounds: [g, e], text: 'vraag door op data' }], later).dossier;
  return d;
}
