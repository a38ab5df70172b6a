/**
 * Converting a dossier from one law to the other (DESIGN.md "Legal grounds"): every code is
 * mapped through the catalogue's Wob↔Woo table, and the officer is asked only where the
 * mapping is a choice (10.2.g → 5.1.2i or 5.1.5; 10.2.f has no Woo counterpart).
 */
import type { Law, SuggestionCategory } from '../contract';
import { InvalidInputError } from '../errors';
import { mapGround } from '../grounds';
import type { ActionContext, Dossier } from './types';
import { resubmitted, withdrawDocumentReviews, type ActionResult } from './actions';

/** A code whose mapping the officer must choose. */
export interface LawChoice {
  from: string;
  /** The suggested codes and the alternatives, in catalogue order. */
  options: string[];
  suggested: string[];
  /** How many redactions and whole-document refusals use it. */
  uses: number;
}

/**
 * What converting to `to` would need decided: the codes whose mapping is a choice (a BSN
 * redaction's 10.1.d is not: its category decides).
 *
 * @example
 *   planLawChange(wobDossier, 'woo'); // [{ from: '10.2.g', suggested: ['5.1.2i'], options: ['5.1.2i', '5.1.5'], uses: 12 }]
 */
export function planLawChange(d: Dossier, to: Law): LawChoice[] {
  const byCode = new Map<string, LawChoice>();
  const consider = (code: string, category?: string) => {
    const m = mapGround(code, to, { category: category as SuggestionCategory | undefined });
    if (!m.choice) return;
    const c = byCode.get(code) ?? { from: code, suggested: m.codes, options: [...m.codes, ...m.alternatives], uses: 0 };
    c.uses++;
    byCode.set(code, c);
  };
  for (const r of d.redactions) for (const g of r.grounds) consider(g, r.category);
  for (const x of d.documents) for (const g of [...x.wholeDocumentGrounds, ...(x.listedGrounds ?? [])]) consider(g);
  return [...byCode.values()].sort((a, b) => a.from.localeCompare(b.from, 'nl', { numeric: true }));
}

/**
 * Converts every code in the dossier to law `to`. `choices` gives the codes for each entry of
 * planLawChange (the officer's pick); a missing choice is refused rather than guessed. A BSN
 * redaction under Wob 10.1.d becomes Woo 5.1.1e without asking.
 *
 * @example
 *   changeLaw(dossier, 'woo', { '10.2.g': ['5.1.2i'] }, ctx).dossier.law; // 'woo'
 */
export function changeLaw(d: Dossier, to: Law, choices: Readonly<Record<string, readonly string[]>>, ctx: ActionContext): ActionResult {
  if (d.law === to) throw new InvalidInputError({ en: `The dossier already uses the ${to === 'woo' ? 'Woo' : 'Wob'}; nothing to convert.`, nl: `Het dossier gebruikt de ${to === 'woo' ? 'Woo' : 'Wob'} al; er valt niets om te zetten.` });
  const map = (codes: readonly string[], category?: string): string[] => {
    const out: string[] = [];
    for (const c of codes) {
      const m = mapGround(c, to, { category: category as SuggestionCategory | undefined });
      if (!m.choice) {
        out.push(...m.codes);
        continue;
      }
      const picked = choices[c];
      if (!picked || picked.length === 0) {
        throw new InvalidInputError({ en: `Converting ${c} to the ${to === 'woo' ? 'Woo' : 'Wob'} is a choice (${[...m.codes, ...m.alternatives].join(' or ') || 'no counterpart'}); choose the code(s) for ${c} first.`, nl: `${c} omzetten naar de ${to === 'woo' ? 'Woo' : 'Wob'} is een keuze (${[...m.codes, ...m.alternatives].join(' of ') || 'geen tegenhanger'}); kies eerst de code(s) voor ${c}.` });
      }
      out.push(...picked);
    }
    return [...new Set(out)];
  };
  // Mapped codes are still a change of grounds: what the reviewer approved goes back to them.
  const redactions = d.redactions.map((r) => resubmitted({ ...r, grounds: map(r.grounds, r.category) }, ctx));
  const documents = withdrawDocumentReviews(d.documents, new Set(d.documents.map((x) => x.id))).map((x) => {
    const next = { ...x, wholeDocumentGrounds: map(x.wholeDocumentGrounds) };
    if (x.listedGrounds) next.listedGrounds = map(x.listedGrounds);
    return next;
  });
  const empty = redactions.find((r) => r.grounds.length === 0);
  if (empty) throw new InvalidInputError({ en: `Redaction ${empty.id} would keep no ground after converting; choose a ground for it first.`, nl: `Lakking ${empty.id} houdt na het omzetten geen grond over; kies er eerst een grond voor.` });
  const entry = { at: ctx.at, by: ctx.by, ...(ctx.role ? { role: ctx.role } : {}), action: 'change-law' as const, detail: `${d.law} → ${to}${Object.keys(choices).length ? ` (${Object.entries(choices).map(([k, v]) => `${k} → ${v.join(';')}`).join(', ')})` : ''}` };
  return { dossier: { ...d, law: to, redactions, documents, updatedAt: ctx.at, audit: [...d.audit, entry] }, entry };
}
