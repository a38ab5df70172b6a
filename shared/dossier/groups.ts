/**
 * Groups in the dossier (issue #16): found duplicates, threads and families enter as proposals,
 * fill the platform's "Email Thread ID" and "Family ID", and the officer accepts or splits each
 * one. Accepting a duplicate group makes the later copies "dubbel"; a redaction in one copy is
 * proposed in every other copy. Every function returns a new dossier and one audit entry.
 */
import { findOccurrences, type PageWords } from '../app/occurrences';
import { InvalidInputError } from '../errors';
import type { Rect } from '../pdf/types';
import type { ActionResult } from './actions';
import { findGroups, type CopyInput, type FoundGroup } from './copies';
import type { ActionContext, AuditEntry, Dossier, DocumentGroup, DossierDocument, Redaction } from './types';

/** The ground the platform uses for a document whose content was judged in another document. */
export const DUBBEL = 'dubbel';

function commit(d: Dossier, ctx: ActionContext, action: AuditEntry['action'], changes: Partial<Dossier>, extra: Omit<AuditEntry, 'at' | 'by' | 'action'> = {}): ActionResult {
  const entry: AuditEntry = { at: ctx.at, by: ctx.by, action, ...extra };
  return { dossier: { ...d, ...changes, updatedAt: ctx.at, audit: [...d.audit, entry] }, entry };
}

const sameMembers = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** A platform ID (a whole number ≥ 1) for a document: its number when that is one, else `fallback`. */
function numericId(doc: DossierDocument, fallback: number): string {
  return /^\d+$/.test(doc.number) && Number(doc.number) > 0 ? String(Number(doc.number)) : String(fallback);
}

/**
 * Puts found groups into the dossier as proposals. Groups the officer already accepted or split
 * stay as they are (a found group with the same kind and members is not proposed again); earlier
 * proposals are replaced. Thread and family members whose "Email Thread ID" / "Family ID" is
 * empty get the group's number, so the inventory carries them at once.
 *
 * @example
 *   const { dossier } = proposeGroups(d, findGroups(inputs), ctx);
 */
export function proposeGroups(d: Dossier, found: readonly FoundGroup[], ctx: ActionContext): ActionResult {
  const kept = d.groups.filter((g) => g.status !== 'proposed');
  const fresh = found.filter((f) => !kept.some((g) => g.kind === f.kind && sameMembers(g.documentIds, f.documentIds)));
  let max = 0;
  for (const g of d.groups) max = Math.max(max, Number(/^g(\d+)$/.exec(g.id)?.[1] ?? 0));
  const added: DocumentGroup[] = fresh.map((f) => ({ ...f, id: `g${++max}`, status: 'proposed' }));
  const groups = [...kept, ...added];

  const byId = new Map(d.documents.map((x) => [x.id, { ...x }]));
  const used = (k: 'threadId' | 'familyId') => new Set([...byId.values()].map((x) => x[k]).filter((v) => v !== ''));
  const threadIds = used('threadId');
  let nextThread = Math.max(0, ...[...threadIds].map((v) => (/^\d+$/.test(v) ? Number(v) : 0)));
  for (const g of groups.filter((x) => x.kind === 'thread' && x.status !== 'split')) {
    const members = g.documentIds.map((id) => byId.get(id)!);
    const existing = members.find((m) => m.threadId !== '')?.threadId;
    const tid = existing ?? String(++nextThread);
    for (const m of members) if (m.threadId === '') m.threadId = tid;
  }
  for (const g of groups.filter((x) => x.kind === 'family' && x.status !== 'split')) {
    const members = g.documentIds.map((id) => byId.get(id)!);
    const existing = members.find((m) => m.familyId !== '')?.familyId;
    const fid = existing ?? numericId(members[0], groups.indexOf(g) + 1);
    for (const m of members) if (m.familyId === '') m.familyId = fid;
  }
  const documents = d.documents.map((x) => byId.get(x.id)!);
  const count = (k: DocumentGroup['kind']) => added.filter((g) => g.kind === k).length;
  return commit(d, ctx, 'find-groups', { groups, documents }, {
    detail: `${count('duplicate')} duplicate, ${count('thread')} thread and ${count('family')} family group(s) proposed`,
  });
}

function groupOf(d: Dossier, groupId: string): DocumentGroup {
  const g = d.groups.find((x) => x.id === groupId);
  if (!g) throw new InvalidInputError({ en: `The dossier has no group "${groupId}"; reload the dossier.`, nl: `Het dossier heeft geen groep "${groupId}"; laad het dossier opnieuw.` });
  return g;
}

/**
 * Accepts a group. For duplicates, the first document is the one judged and every later copy
 * becomes "dubbel" (Niet openbaar, ground "dubbel", Gerelateerd ID the first's number).
 *
 * @example
 *   acceptGroup(dossier, 'g2', ctx);
 */
export function acceptGroup(d: Dossier, groupId: string, ctx: ActionContext): ActionResult {
  const g = groupOf(d, groupId);
  const groups = d.groups.map((x) => (x.id === groupId ? { ...x, status: 'accepted' as const } : x));
  let documents = d.documents;
  if (g.kind === 'duplicate') {
    const [first, ...copies] = g.documentIds;
    const original = d.documents.find((x) => x.id === first)!;
    documents = d.documents.map((x) => (copies.includes(x.id) ? { ...x, duplicateOf: first, relatedId: x.relatedId || original.number } : x));
  }
  return commit(d, ctx, 'accept-group', { groups, documents }, { detail: `${g.id} (${g.kind}): ${g.documentIds.length} documents` });
}

/** Accepts every proposed group (the command line's --accept-all). @example acceptAllGroups(dossier, ctx) */
export function acceptAllGroups(d: Dossier, ctx: ActionContext): Dossier {
  let cur = d;
  for (const g of d.groups) if (g.status === 'proposed') cur = acceptGroup(cur, g.id, ctx).dossier;
  return cur;
}

/**
 * Splits a group: its documents are separate after all. Copies stop being "dubbel", thread and
 * family members lose the ID the group gave them (an ID the officer typed differently stays).
 *
 * @example
 *   splitGroup(dossier, 'g2', ctx);
 */
export function splitGroup(d: Dossier, groupId: string, ctx: ActionContext): ActionResult {
  const g = groupOf(d, groupId);
  const groups = d.groups.map((x) => (x.id === groupId ? { ...x, status: 'split' as const } : x));
  const members = new Set(g.documentIds);
  const first = d.documents.find((x) => x.id === g.documentIds[0])!;
  // The ID the group gave: the one most of its members carry (an officer's own value elsewhere stays).
  const shared = (k: 'threadId' | 'familyId') => {
    const counts = new Map<string, number>();
    for (const x of d.documents) if (members.has(x.id) && x[k] !== '') counts.set(x[k], (counts.get(x[k]) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  };
  const tid = g.kind === 'thread' ? shared('threadId') : '';
  const fid = g.kind === 'family' ? shared('familyId') : '';
  const documents = d.documents.map((x) => {
    if (!members.has(x.id)) return x;
    if (g.kind === 'duplicate' && x.duplicateOf === first.id) {
      const { duplicateOf: _gone, ...rest } = x;
      return { ...rest, relatedId: x.relatedId === first.number ? '' : x.relatedId };
    }
    if (tid && x.threadId === tid) return { ...x, threadId: '' };
    if (fid && x.familyId === fid) return { ...x, familyId: '' };
    return x;
  });
  return commit(d, ctx, 'split-group', { groups, documents }, { detail: `${g.id} (${g.kind}): ${g.documentIds.length} documents` });
}

function overlaps(a: Rect, b: Rect): boolean {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  if (w <= 0 || h <= 0) return false;
  return w * h >= 0.5 * Math.max(1e-6, (a[2] - a[0]) * (a[3] - a[1]));
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Proposes, in every other copy of a duplicate or thread group, the passages redacted in one
 * copy: each accepted redaction's text is looked for in the other members' words, and every
 * occurrence no redaction covers yet becomes a proposed redaction with the same grounds and a
 * reason naming where it was redacted. Documents already "dubbel" are left alone (they are not
 * published). Returns the dossier unchanged (and no entry) when there is nothing to propose.
 *
 * @example
 *   const { dossier } = propagateRedactions(d, new Map([[doc.id, pageWords]]), ctx);
 */
export function propagateRedactions(d: Dossier, words: ReadonlyMap<string, readonly PageWords[]>, ctx: ActionContext): { dossier: Dossier; entry?: AuditEntry; added: number } {
  const docs = new Map(d.documents.map((x) => [x.id, x]));
  const live = d.redactions.filter((r) => r.status !== 'rejected');
  const added: Redaction[] = [];
  let max = 0;
  for (const r of d.redactions) max = Math.max(max, Number(/^r(\d+)$/.exec(r.id)?.[1] ?? 0));
  for (const g of d.groups) {
    if (g.status === 'split' || g.kind === 'family') continue;
    const sources = live.filter((r) => r.status === 'accepted' && g.documentIds.includes(r.documentId) && !r.wholePage && norm(r.text).length >= 3);
    for (const target of g.documentIds) {
      const doc = docs.get(target)!;
      const pages = words.get(target);
      if (!pages || doc.duplicateOf) continue;
      const seen = new Set<string>();
      for (const src of sources) {
        if (src.documentId === target || seen.has(norm(src.text))) continue;
        seen.add(norm(src.text));
        const from = docs.get(src.documentId)!;
        for (const occ of findOccurrences(pages, src.text)) {
          const covered = [...live, ...added].some((r) => r.documentId === target && r.page === occ.page && (r.wholePage || r.rects.some((q) => occ.rects.some((o) => overlaps(o, q)))));
          if (covered) continue;
          added.push({
            id: `r${++max}`,
            documentId: target,
            page: occ.page,
            rects: occ.rects.map((q) => [...q] as Rect),
            grounds: [...src.grounds],
            category: src.category,
            text: occ.text,
            origin: 'suggestion',
            status: 'proposed',
            confidence: 1,
            reason: `gelakt in document ${from.number} (pagina ${src.page}), ${g.kind === 'duplicate' ? 'een kopie van dit document' : 'uit hetzelfde e-mailgesprek'}: elke kopie wordt gelijk gelakt`,
          });
        }
      }
    }
  }
  if (added.length === 0) return { dossier: d, added: 0 };
  const { dossier, entry } = commit(d, ctx, 'add-suggestions', { redactions: [...d.redactions, ...added] }, {
    redactionIds: added.map((r) => r.id),
    detail: `${added.length} redaction(s) proposed in copies`,
  });
  return { dossier, entry, added: added.length };
}

/** What the copy finder is given of a dossier: every document whose words are known (as they are, or packed), in dossier order. */
export function copyInputs<P>(d: Dossier, words: ReadonlyMap<string, P>): (Omit<CopyInput, 'pages'> & { pages: P })[] {
  return d.documents
    .filter((doc) => words.has(doc.id))
    // `pages` is asked of `words` when it is read: a map that makes a document's words on demand
    // (acceptAllDossier) then holds one document's at a time, not the dossier's (issue #17).
    .map((doc) => ({ id: doc.id, number: doc.number, name: doc.path, title: doc.title, fileType: doc.fileType, sha256: doc.sha256, get pages() { return words.get(doc.id)!; } }));
}

/**
 * Finds duplicates, e-mail threads and families among the dossier's documents whose words are
 * known, proposes them as groups (filling Email Thread ID and Family ID), and proposes in every
 * copy the passages redacted in another. The same in every host: the command line passes the
 * words of its analysed documents, the app those its worker returned. `found` is what
 * `findGroups(copyInputs(d, words))` gives, when it was computed elsewhere (the app's worker,
 * off the UI thread); groups naming a document the dossier no longer has are left out.
 *
 * @example
 *   const { dossier, groups } = groupDocuments(d, new Map([[doc.id, pageWords]]), ctx);
 */
export function groupDocuments(
  d: Dossier,
  words: ReadonlyMap<string, readonly PageWords[]>,
  ctx: ActionContext,
  found?: readonly FoundGroup[],
): { dossier: Dossier; groups: number; proposedRedactions: number } {
  const known = new Set(d.documents.map((doc) => doc.id));
  const groups = found ? found.filter((g) => g.documentIds.every((id) => known.has(id))) : findGroups(copyInputs(d, words));
  const proposed = proposeGroups(d, groups, ctx).dossier;
  const spread = propagateRedactions(proposed, words, ctx);
  return { dossier: spread.dossier, groups: proposed.groups.filter((g) => g.status === 'proposed').length, proposedRedactions: spread.added };
}
