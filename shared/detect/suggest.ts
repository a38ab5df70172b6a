/**
 * From pages of text to the suggestions of the command-line contract: runs the registered
 * detectors (phase 1 per page, then phase 2 with what the whole document taught), resolves
 * overlaps, separates what must stay readable (`kept`), and attaches grounds, ids and rects.
 */
import type { Law, Suggestion } from '../contract';
import type { PageText } from '../pdf/textTypes';
import type { Rect } from '../pdf/types';
import { isReadAgain } from '../pageModels';
import { passageRects } from './passageRects';
import { groundsForCategory } from '../grounds';
import { DETECTORS } from './registry';
import type { Candidate, DetectContext, DetectOptions, Detector, DocumentMemory, DossierFacts } from './types';
import { profileDocument } from './profile';
import { nationalDigits, phoneNumbersIn, phoneSignersIn } from './detectors/phone';
import { publishedMailboxesIn } from './detectors/email';

export interface SuggestOptions {
  law: Law;
  /** Names that stay readable whatever the context (public officials of this dossier). */
  allowlist?: string[];
  /** Known general numbers (switchboards) that stay readable: the organisations' own list. */
  switchboards?: string[];
  /** Detectors to run instead of the registry (tests, experiments). */
  detectors?: readonly Detector[];
}

export interface SuggestResult {
  suggestions: Suggestion[];
  kept: Suggestion[];
}

/** One document of a dossier: a name a reviewer recognises (its file name) and its pages. */
export interface DossierDocument {
  name: string;
  pages: readonly PageText[];
}

interface Placed extends Candidate {
  page: number;
  detector: string;
  /** The rectangles, taken while the page's model was in place (a page read again: see `runPhase`). */
  rects?: Rect[];
}

const NO_DOSSIER: DossierFacts = { phoneDocuments: new Map(), documentCount: 1 };

/**
 * Suggests redactions for one document (a dossier of one; see `suggestDossier`).
 *
 * @example
 *   const { suggestions, kept } = suggestDocument(pages, { law: 'woo' });
 *   suggestions[0]; // { id: 'c1f0…', page: 1, category: 'name', text: 'mevrouw G.H. Bos', grounds: ['5.1.2e'], … }
 */
export function suggestDocument(pages: readonly PageText[], options: SuggestOptions): SuggestResult {
  return suggestDossier([{ name: '', pages }], options)[0]!;
}

/**
 * Suggests redactions for the documents of one dossier together (issue #11, dossier memory): a
 * person found with confidence in one document (e-mail header, signature, title + name, contact
 * table, label) is a known person of the dossier, and every other mention of any of their forms
 * (first name, surname, initials + surname, e-mail local part) in any document is suggested with
 * the reason "zelfde persoon als …". A public official found in a public role is remembered the
 * same way, so later mentions stay readable. A number that stands in several documents without a
 * person's label is the organisation's. Results come in the order of `documents`.
 *
 * @example
 *   const [a, b] = suggestDossier([{ name: 'mail.pdf', pages: p1 }, { name: 'nota.pdf', pages: p2 }], { law: 'wob' });
 *   b.suggestions.find((s) => s.text === 'Anouk')?.reason; // "zelfde persoon als 'Anouk Bos' (mail.pdf, pagina 1)"
 */
export function suggestDossier(documents: readonly DossierDocument[], options: SuggestOptions): SuggestResult[] {
  const detectors = options.detectors ?? DETECTORS;
  const detectOptions: DetectOptions = { law: options.law, allowlist: options.allowlist, switchboards: options.switchboards };
  const profiles = documents.map((d) => profileDocument(d.pages));
  const dossier: DossierFacts = documents.length < 2 ? NO_DOSSIER : { phoneDocuments: phoneDocumentCounts(documents), mailDocuments: mailboxDocumentCounts(documents), phoneSigners: phoneSignersOf(documents), documentCount: documents.length };
  const memories: DocumentMemory[] = documents.map(() => ({ names: [] }));
  const found: Placed[][] = documents.map(() => []);
  const runPhase = (phase: 1 | 2, i: number) => {
    const doc = documents[i]!;
    const list = found[i]!;
    for (const page of doc.pages) {
      const ctx: DetectContext = { page, text: page.text, pages: doc.pages, memory: memories[i]!, options: detectOptions, profile: profiles[i]!, dossier };
      const before = list.length;
      for (const d of detectors) {
        if ((d.phase ?? 1) !== phase) continue;
        for (const c of d.run(ctx)) {
          if (c.end > c.start) list.push({ ...c, page: page.page, detector: d.id });
        }
      }
      // A page of a long document whose model was released (shared/pageModels.ts) has it in
      // place now, read again for its detectors: its candidates' rectangles are taken now
      // rather than by reading the page once more at the end (the same rectangles).
      if (phase === 1 && isReadAgain(page)) {
        for (let k = before; k < list.length; k++) list[k]!.rects = passageRects(page, list[k]!.ranges ?? [[list[k]!.start, list[k]!.end]]);
      }
    }
  };
  documents.forEach((_, i) => runPhase(1, i));
  // Dossier memory: what each document found with confidence becomes known to the others.
  // One shared list, not a copy per document: a dossier of a thousand documents stays linear.
  if (documents.length > 1) {
    const dossierNames = memories.flatMap((m, j) => m.names.filter((k) => k.confident || k.public).map((k) => ({ ...k, document: documents[j]!.name || `document ${j + 1}` })));
    for (const m of memories) m.dossier = dossierNames;
  }
  documents.forEach((_, i) => runPhase(2, i));
  const resolvedDocs = documents.map((doc, i) => {
    const byPage = new Map<number, Placed[]>();
    for (const f of found[i]!) {
      const list = byPage.get(f.page) ?? [];
      list.push(f);
      byPage.set(f.page, list);
    }
    const resolved = doc.pages.map((page) => ({ page, list: resolve(byPage.get(page.page) ?? []) }));
    oneDecisionPerEntity(resolved);
    return resolved;
  });
  if (documents.length > 1) oneNumberAcrossDossier(resolvedDocs, documents.map((d, i) => d.name || `document ${i + 1}`));
  return resolvedDocs.map((resolved) => {
    const suggestions: Suggestion[] = [];
    const kept: Suggestion[] = [];
    for (const { page, list } of resolved) {
      for (const c of list) {
        const s = toSuggestion(page, c, options.law);
        if (s.rects.length === 0) continue;
        (c.keep ? kept : suggestions).push(s);
      }
    }
    return { suggestions, kept };
  });
}

/**
 * The detectors' work on one page that needs only the page (`Detector.prepare`), done while its
 * model is in hand: a host calls it before it releases a page of a long document
 * (shared/pageModels.ts), so that the steps over every page find it done.
 */
export function preparePage(page: PageText, detectors: readonly Detector[] = DETECTORS): void {
  for (const d of detectors) d.prepare?.(page);
}

/**
 * One decision per entity per document (issue #11 class 6): when the same name or number is kept
 * on one page for a reason (public role, general number), its other mentions in the document are
 * kept too, with that reason, rather than suggested here and kept there.
 */
function oneDecisionPerEntity(pages: { page: PageText; list: Placed[] }[]): void {
  const keyOf = (c: Placed, text: string): string | undefined => {
    const raw = text.slice(c.start, c.end);
    if (c.category === 'phone') return `phone:${nationalDigits(raw) ?? raw.replace(/\D/g, '')}`;
    if (c.category === 'email') return `email:${raw.toLowerCase()}`;
    if (c.category === 'name') return `name:${(/\s\s|[\t\n\u00a0]/.test(raw) ? raw.replace(/\s+/g, ' ') : raw).toLowerCase()}`;
    return undefined;
  };
  const keptReason = new Map<string, Placed>();
  const categories = new Set<string>();
  for (const { page, list } of pages) {
    for (const c of list) {
      if (!c.keep) continue;
      const k = keyOf(c, page.text);
      if (k && !keptReason.has(k)) keptReason.set(k, c);
      categories.add(c.category);
    }
  }
  if (keptReason.size === 0) return;
  for (const { page, list } of pages) {
    for (const c of list) {
      if (c.keep || !categories.has(c.category)) continue;
      const k = keyOf(c, page.text);
      const first = k ? keptReason.get(k) : undefined;
      if (!first) continue;
      c.keep = true;
      c.reason = `${first.reason} (zelfde ${c.category === 'phone' ? 'nummer' : c.category === 'email' ? 'adres' : 'naam'} als op pagina ${first.page})`;
    }
  }
}

/**
 * One decision per number in the dossier (issue #11 class 6: "the same switchboard was kept on one
 * page and suggested on another"): a number kept in one document for a firm reason (the text calls
 * it general, a service or short number, the organisation's list, a footer of most pages, a unit's
 * block; confidence 0.85 or more) is kept in every other document too, with that reason and where
 * it was found. Weaker keeps (an 088 number with nothing personal beside it) are not carried over.
 */
function oneNumberAcrossDossier(docs: { page: PageText; list: Placed[] }[][], names: readonly string[]): void {
  const digitsOf = (c: Placed, text: string) => nationalDigits((c.ranges ?? [[c.start, c.end]]).map(([a, b]) => text.slice(a, b)).join(' '));
  const firm = new Map<string, { c: Placed; doc: number; page: number }>();
  docs.forEach((pages, i) => {
    for (const { page, list } of pages) {
      for (const c of list) {
        if (!c.keep || c.category !== 'phone' || c.confidence < 0.85) continue;
        const d = digitsOf(c, page.text);
        if (d && d.length >= 4 && !firm.has(d)) firm.set(d, { c, doc: i, page: page.page });
      }
    }
  });
  if (firm.size === 0) return;
  docs.forEach((pages, i) => {
    for (const { page, list } of pages) {
      for (const c of list) {
        if (c.keep || c.category !== 'phone') continue;
        const d = digitsOf(c, page.text);
        const first = d ? firm.get(d) : undefined;
        if (!first || first.doc === i) continue;
        c.keep = true;
        c.reason = `${first.c.reason} (zelfde nummer als in ${names[first.doc]}, pagina ${first.page})`;
      }
    }
  });
}

/** Per fixed or 084-091 phone number: the signers it stands under in any document of the dossier (phone.ts). */
function phoneSignersOf(documents: readonly DossierDocument[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const d of documents) {
    for (const [digits, signers] of phoneSignersIn(d.pages)) {
      const m = out.get(digits) ?? new Map<string, string>();
      for (const [k, v] of signers) if (!m.has(k)) m.set(k, v);
      out.set(digits, m);
    }
  }
  return out;
}

/** Per phone number: in how many documents of the dossier it stands. */
function phoneDocumentCounts(documents: readonly DossierDocument[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of documents) {
    const inDoc = new Set(d.pages.flatMap((p) => phoneNumbersIn(p.text, { unlabelledOnly: true })));
    for (const n of inDoc) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return counts;
}

/**
 * Per functional mailbox: in how many documents of the dossier it stands outside a message's header
 * fields (issue #11: a mailbox repeated across documents without a person is the organisation's).
 * A small step of its own, read only by the e-mail detector.
 */
function mailboxDocumentCounts(documents: readonly DossierDocument[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of documents) {
    const inDoc = new Set(d.pages.flatMap((p) => publishedMailboxesIn(p.text)));
    for (const a of inDoc) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  return counts;
}

/**
 * Within one category, overlapping candidates become one: what must stay readable wins over a
 * suggestion (a public role is specific context), then the longer span, then the more confident.
 */
function resolve(cands: Placed[]): Placed[] {
  const out: Placed[] = [];
  const cats = new Set(cands.map((c) => c.category));
  for (const cat of cats) {
    const list = cands.filter((c) => c.category === cat).sort((a, b) =>
      firmKeep(b) - firmKeep(a) || (b.end - b.start) - (a.end - a.start) || Number(Boolean(b.keep)) - Number(Boolean(a.keep)) || b.confidence - a.confidence || a.start - b.start);
    const taken: Placed[] = [];
    for (const c of list) {
      if (taken.some((t) => overlaps(t, c))) continue;
      taken.push(c);
    }
    out.push(...taken);
  }
  // A name inside an e-mail address is the address's business, not a separate name.
  const emails = out.filter((c) => c.category === 'email');
  return out
    .filter((c) => c.category !== 'name' || !emails.some((e) => e.start <= c.start && c.end <= e.end + 1))
    .sort((a, b) => a.start - b.start || a.category.localeCompare(b.category));
}

/**
 * A keep found in place (a role word, a general-number context) wins over any overlapping
 * suggestion. A keep carried over from another mention (a surname of an official found elsewhere)
 * does not: a longer name around it ("Anna Jansen" where minister Jansen was found) is a person
 * of its own and stays suggested.
 */
function firmKeep(c: Placed): number {
  return c.keep && c.detector !== 'name.elsewhere' ? 1 : 0;
}

/** True when two candidates share a character (passages in pieces compare piece by piece). Exported for tests. */
export function overlaps(a: Candidate, b: Candidate): boolean {
  if (!(a.start < b.end && b.start < a.end)) return false;
  // Two single ranges: the test above was theirs.
  if (!a.ranges && !b.ranges) return true;
  const pa = a.ranges ?? [[a.start, a.end]];
  const pb = b.ranges ?? [[b.start, b.end]];
  if (pa.length * pb.length <= 16 || pa.some(([s, e]) => e <= s) || pb.some(([s, e]) => e <= s)) return pa.some(([s1, e1]) => pb.some(([s2, e2]) => s1 < e2 && s2 < e1));
  // Passages of many pieces (guidance over interleaved columns, one piece a line) compare by a
  // sweep over both lists sorted by start: of two pieces (none empty) that do not meet, the one
  // that ends first ends before the other's start and before every later piece of the other list.
  const sa = byStart(pa);
  const sb = byStart(pb);
  for (let i = 0, j = 0; i < sa.length && j < sb.length;) {
    const [s1, e1] = sa[i]!;
    const [s2, e2] = sb[j]!;
    if (s1 < e2 && s2 < e1) return true;
    if (e1 <= e2) i++;
    else j++;
  }
  return false;
}

const byStart = (ranges: readonly (readonly [number, number])[]) => [...ranges].sort((x, y) => x[0] - y[0]);

function toSuggestion(page: PageText, c: Placed, law: Law): Suggestion {
  // The id hashes the first offset and the text, which identify a passage even in pieces.
  // A word broken at a hyphen over a line end is one word again ("Hendriks-\nBakker"), and so is
  // an e-mail local part broken after an underscore ("a.de_\nvries").
  const pieces = c.ranges ?? [[c.start, c.end]];
  const text = pieces.map(([a, b]) => page.text.slice(a, b)).join(' ').replace(/([-_])[ \t]*\n[ \t]*/g, '$1').replace(/\s+/g, ' ').trim();
  const s: Suggestion = {
    id: suggestionId(page.page, c.category, c.start, text),
    page: page.page,
    category: c.category,
    text,
    grounds: groundsForCategory(c.category, law, { mailbox: c.mailbox }),
    confidence: Math.round(c.confidence * 100) / 100,
    reason: c.reason,
    rects: c.rects ?? passageRects(page, pieces),
    detector: c.detector,
  };
  if (c.category === 'email') s.mailbox = Boolean(c.mailbox);
  return s;
}

/**
 * A deterministic id: FNV-1a (64-bit, as two 32-bit halves) of page, category, offset and text.
 *
 * @example
 *   suggestionId(1, 'name', 120, 'J. de Vries'); // always the same 16 hex digits
 */
export function suggestionId(page: number, category: string, offset: number, text: string): string {
  const input = `${page}\u0000${category}\u0000${offset}\u0000${text}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    h2 = (h2 ^ (h2 >>> 13)) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
