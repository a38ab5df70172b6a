/**
 * From pages of text to the suggestions of the command-line contract: runs the registered
 * detectors (phase 1 per page, then phase 2 with what the whole document taught), resolves
 * overlaps, separates what must stay readable (`kept`), and attaches grounds, ids and rects.
 */
import type { Law, Suggestion } from '../contract';
import type { PageText } from '../pdf/textTypes';
import { passageRects } from './passageRects';
import { groundsForCategory } from '../grounds';
import { DETECTORS } from './registry';
import type { Candidate, DetectContext, DetectOptions, Detector, DocumentMemory } from './types';

export interface SuggestOptions {
  law: Law;
  /** Names that stay readable whatever the context (public officials of this dossier). */
  allowlist?: string[];
  /** Known general numbers (switchboards) that stay readable. */
  switchboards?: string[];
  /** Detectors to run instead of the registry (tests, experiments). */
  detectors?: readonly Detector[];
}

export interface SuggestResult {
  suggestions: Suggestion[];
  kept: Suggestion[];
}

interface Placed extends Candidate { page: number; detector: string }

/**
 * Suggests redactions for one document.
 *
 * @example
 *   const { suggestions, kept } = suggestDocument(pages, { law: 'woo' });
 *   suggestions[0]; // { id: 'c1f0…', page: 1, category: 'name', text: 'mevrouw G.H. Bos', grounds: ['5.1.2e'], … }
 */
export function suggestDocument(pages: readonly PageText[], options: SuggestOptions): SuggestResult {
  const detectors = options.detectors ?? DETECTORS;
  const memory: DocumentMemory = { names: [] };
  const detectOptions: DetectOptions = { law: options.law, allowlist: options.allowlist, switchboards: options.switchboards };
  const found: Placed[] = [];
  for (const phase of [1, 2] as const) {
    for (const page of pages) {
      const ctx: DetectContext = { page, text: page.text, pages, memory, options: detectOptions };
      for (const d of detectors) {
        if ((d.phase ?? 1) !== phase) continue;
        for (const c of d.run(ctx)) {
          if (c.end > c.start) found.push({ ...c, page: page.page, detector: d.id });
        }
      }
    }
  }
  const byPage = new Map<number, Placed[]>();
  for (const f of found) {
    const list = byPage.get(f.page) ?? [];
    list.push(f);
    byPage.set(f.page, list);
  }
  const suggestions: Suggestion[] = [];
  const kept: Suggestion[] = [];
  for (const page of pages) {
    for (const c of resolve(byPage.get(page.page) ?? [])) {
      const s = toSuggestion(page, c, options.law);
      if (s.rects.length === 0) continue;
      (c.keep ? kept : suggestions).push(s);
    }
  }
  return { suggestions, kept };
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
      Number(Boolean(b.keep)) - Number(Boolean(a.keep)) || (b.end - b.start) - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start);
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

/** True when two candidates share a character (passages in pieces compare piece by piece). */
function overlaps(a: Candidate, b: Candidate): boolean {
  if (!(a.start < b.end && b.start < a.end)) return false;
  const pa = a.ranges ?? [[a.start, a.end]];
  const pb = b.ranges ?? [[b.start, b.end]];
  return pa.some(([s1, e1]) => pb.some(([s2, e2]) => s1 < e2 && s2 < e1));
}

function toSuggestion(page: PageText, c: Placed, law: Law): Suggestion {
  // The id hashes the first offset and the text, which identify a passage even in pieces.
  // A word broken at a hyphen over a line end is one word again ("Hendriks-\nBakker").
  const pieces = c.ranges ?? [[c.start, c.end]];
  const text = pieces.map(([a, b]) => page.text.slice(a, b)).join(' ').replace(/-[ \t]*\n[ \t]*/g, '-').replace(/\s+/g, ' ').trim();
  const s: Suggestion = {
    id: suggestionId(page.page, c.category, c.start, text),
    page: page.page,
    category: c.category,
    text,
    grounds: groundsForCategory(c.category, law, { mailbox: c.mailbox }),
    confidence: Math.round(c.confidence * 100) / 100,
    reason: c.reason,
    rects: passageRects(page, pieces),
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
