/**
 * Pure decision functions on a dossier. Each takes a dossier and returns a NEW dossier (the
 * input is never mutated) with one audit entry appended, so the app's undo/redo can keep the
 * previous values and the store can append `entry` to the audit log on disk. Invalid requests
 * (unknown ids, empty grounds) throw InvalidInputError with one sentence.
 */
import type { Law, Suggestion } from '../contract';
import { InvalidInputError } from '../errors';
import type { Rect } from '../pdf/types';
import { isValidMatter, matterFromCaseNumber } from '../export/platform';
import { isIsoDate } from './schema';
import { indexOfRedaction, replaceAt } from './delta';
import {
  BEOORDELINGEN,
  DOSSIER_SCHEMA_VERSION,
  type ActionContext,
  type AuditAction,
  type AuditEntry,
  type Beoordeling,
  type Dossier,
  type DossierDocument,
  type Redaction,
  type RedactionStatus,
  type UnreadPage,
} from './types';

/** What every decision returns: the new dossier and the audit entry it appended. */
export interface ActionResult {
  dossier: Dossier;
  entry: AuditEntry;
}

/**
 * Appends the audit entry of an action (with the actor's role when known) and returns the new
 * dossier. Every decision function ends here, so every change is in the trail.
 */
export function commit(
  d: Dossier,
  ctx: ActionContext,
  action: AuditAction,
  changes: Partial<Dossier>,
  extra: Omit<AuditEntry, 'at' | 'by' | 'role' | 'action' | 'prev' | 'hash'> = {},
): ActionResult {
  const entry: AuditEntry = { at: ctx.at, by: ctx.by, ...(ctx.role ? { role: ctx.role } : {}), action, ...extra };
  const dossier: Dossier = { ...d, ...changes, updatedAt: ctx.at, audit: [...d.audit, entry] };
  return { dossier, entry };
}

/**
 * A redaction changed after the reviewer saw it goes back to the reviewer ("resubmitted"),
 * whoever changed it and whatever the reviewer said before; one the reviewer never saw stays
 * unreviewed.
 */
export function resubmitted(r: Redaction, ctx: ActionContext): Redaction {
  return r.review ? { ...r, review: { status: 'resubmitted', by: ctx.by, at: ctx.at } } : r;
}

/**
 * A document marked reviewed is no longer reviewed once a decision in it changes: the mark
 * is withdrawn, so the document is not final until the reviewer looks again.
 */
export function withdrawDocumentReviews(documents: readonly DossierDocument[], changed: ReadonlySet<string>): DossierDocument[] {
  if (!documents.some((x) => changed.has(x.id) && x.review?.status === 'reviewed')) return documents as DossierDocument[];
  return documents.map((x) => {
    if (!changed.has(x.id) || x.review?.status !== 'reviewed') return x;
    const { review: _r, ...rest } = x;
    return rest;
  });
}

function docsOf(d: Dossier, ids: ReadonlySet<string>): Set<string> {
  const docs = new Set<string>();
  for (const id of ids) {
    const i = indexOfRedaction(d.redactions, id);
    if (i >= 0) docs.add(d.redactions[i].documentId);
  }
  return docs;
}

function checkGrounds(grounds: readonly string[], what: string): string[] {
  const clean = [...new Set(grounds.map((g) => g.trim()).filter((g) => g !== ''))];
  if (clean.length === 0) throw new InvalidInputError({ en: `${what} needs at least one ground; choose the ground(s) that justify it.`, nl: `${what} heeft minstens één weigeringsgrond nodig; kies de grond(en) die het rechtvaardigen.` });
  return clean;
}

function docOf(d: Dossier, documentId: string): DossierDocument {
  const doc = d.documents.find((x) => x.id === documentId);
  if (!doc) throw new InvalidInputError({ en: `The dossier has no document with id "${documentId}"; reload the dossier.`, nl: `Het dossier heeft geen document met id "${documentId}"; laad het dossier opnieuw.` });
  return doc;
}

function idsOf(d: Dossier, ids: readonly string[]): Set<string> {
  const set = new Set(ids);
  // By the list's id index (shared/dossier/delta.ts): a key press decides one item of ten thousand.
  for (const id of set) {
    if (indexOfRedaction(d.redactions, id) < 0) throw new InvalidInputError({ en: `The dossier has no redaction with id "${id}"; reload the dossier.`, nl: `Het dossier heeft geen lakking met id "${id}"; laad het dossier opnieuw.` });
  }
  if (set.size === 0) throw new InvalidInputError({ en: `No redactions were selected; select at least one.`, nl: `Er is geen lakking geselecteerd; selecteer er minstens één.` });
  return set;
}

/** Next free id with a prefix ("r17"), so ids stay short, unique and deterministic. */
function nextId(prefix: string, taken: Iterable<string>): () => string {
  let max = 0;
  const re = new RegExp(`^${prefix}(\\d+)$`);
  for (const t of taken) {
    const m = re.exec(t);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return () => `${prefix}${++max}`;
}

/**
 * A new, empty dossier.
 *
 * @example
 *   const { dossier } = createDossier({ id: 'd1', title: 'Woo-verzoek werkinstructies', law: 'wob', caseNumber: '2024-0017' },
 *                                     { by: 'a.officer', at: '2024-03-01T09:00:00Z' });
 */
export function createDossier(
  init: { id: string; title: string; law: Law; caseNumber?: string; matter?: string },
  ctx: ActionContext,
): ActionResult {
  const caseNumber = init.caseNumber ?? '';
  const base: Dossier = {
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    id: init.id,
    title: init.title,
    law: init.law,
    caseNumber,
    // The platform's Matter is never invented: the officer's own, or derived from the case number
    // by the documented rule (shared/export/platform.ts), or empty until the officer gives one.
    matter: init.matter ?? (isValidMatter(matterFromCaseNumber(caseNumber)) ? matterFromCaseNumber(caseNumber) : ''),
    createdAt: ctx.at,
    updatedAt: ctx.at,
    documents: [],
    redactions: [],
    groups: [],
    audit: [],
  };
  return commit(base, ctx, 'create', {}, { detail: `law ${init.law}` });
}

/** The fields of a document that the caller knows when adding it. */
export type NewDocument = Pick<DossierDocument, 'path' | 'sha256' | 'title' | 'pageCount'> &
  Partial<Omit<DossierDocument, 'id' | 'path' | 'sha256' | 'title' | 'pageCount'>>;

/**
 * Adds a document; it gets the next free number ("0001", "0002", …) unless one is given.
 *
 * @example
 *   const { dossier: d2 } = addDocument(d1, { path: 'a.pdf', sha256, title: 'Nota', pageCount: 2 }, ctx);
 */
export function addDocument(d: Dossier, doc: NewDocument, ctx: ActionContext): ActionResult {
  const id = nextId('d', d.documents.map((x) => x.id))();
  const number = doc.number ?? nextNumber(d);
  if (d.documents.some((x) => x.number === number)) {
    throw new InvalidInputError({ en: `Document number "${number}" is already used in this dossier; choose another number.`, nl: `Documentnummer "${number}" is al in gebruik in dit dossier; kies een ander nummer.` });
  }
  if (doc.date && !isIsoDate(doc.date)) throw new InvalidInputError({ en: `"${doc.date}" is not a date as YYYY-MM-DD; correct the date.`, nl: `"${doc.date}" is geen datum als JJJJ-MM-DD; verbeter de datum.` });
  const full: DossierDocument = {
    id,
    number,
    path: doc.path,
    sha256: doc.sha256,
    title: doc.title,
    date: doc.date ?? '',
    ...(doc.dateSource ? { dateSource: doc.dateSource } : {}),
    fileType: doc.fileType ?? 'pdf',
    pageCount: doc.pageCount,
    ...(doc.beoordeling ? { beoordeling: doc.beoordeling } : {}),
    wholeDocumentGrounds: doc.wholeDocumentGrounds ?? [],
    ...(doc.listedGrounds ? { listedGrounds: doc.listedGrounds } : {}),
    remarks: doc.remarks ?? '',
    publicLink: doc.publicLink ?? '',
    familyId: doc.familyId ?? '',
    threadId: doc.threadId ?? '',
    relatedId: doc.relatedId ?? '',
    suspended: doc.suspended ?? false,
    ...(doc.unreadPages?.length ? { unreadPages: doc.unreadPages.map((u) => ({ ...u })) } : {}),
  };
  return commit(d, ctx, 'add-document', { documents: [...d.documents, full] }, { documentId: id, detail: `number ${number}` });
}

/** The next document number: one more than the highest numeric one, at least 4 digits. */
export function nextNumber(d: Dossier): string {
  let max = 0;
  for (const x of d.documents) if (/^\d+$/.test(x.number)) max = Math.max(max, Number(x.number));
  return String(max + 1).padStart(4, '0');
}

/**
 * Adds a detector's suggestions for one document as proposed redactions (nothing is decided).
 *
 * @example
 *   addSuggestions(dossier, doc.id, suggestOutput.documents[0].suggestions, ctx);
 */
export function addSuggestions(d: Dossier, documentId: string, suggestions: readonly Suggestion[], ctx: ActionContext): ActionResult {
  const doc = docOf(d, documentId);
  const next = nextId('r', d.redactions.map((r) => r.id));
  const added: Redaction[] = suggestions.map((s) => {
    if (!Number.isInteger(s.page) || s.page < 1 || s.page > doc.pageCount) {
      throw new InvalidInputError({ en: `A suggestion for document ${doc.number} names page ${s.page}, which it does not have; run suggest again.`, nl: `Een voorstel voor document ${doc.number} noemt pagina ${s.page}, die het niet heeft; laat de voorstellen opnieuw maken.` });
    }
    return {
      id: next(),
      documentId,
      page: s.page,
      rects: s.rects.map((q) => [...q] as Rect),
      grounds: [...s.grounds],
      category: s.category,
      text: s.text,
      origin: 'suggestion',
      status: 'proposed',
      confidence: s.confidence,
      reason: s.reason,
    };
  });
  return commit(d, ctx, 'add-suggestions', {
    redactions: [...d.redactions, ...added],
    documents: added.length ? withdrawDocumentReviews(d.documents, new Set([documentId])) : d.documents,
  }, {
    documentId,
    redactionIds: added.map((r) => r.id),
    detail: `${added.length} suggestion(s)`,
  });
}

/**
 * Adds redactions the officer drew (or "redact every occurrence" found); they are accepted at
 * once, since drawing a box is the decision.
 *
 * @example
 *   addRedactions(dossier, [{ documentId: 'd1', page: 1, rects: [[72, 90, 140, 102]], grounds: ['10.2.e'], text: 'J. Jansen' }], ctx);
 */
export function addRedactions(
  d: Dossier,
  items: readonly { documentId: string; page: number; rects: Rect[]; grounds: string[]; text?: string; category?: Redaction['category']; wholePage?: boolean }[],
  ctx: ActionContext,
): ActionResult {
  const next = nextId('r', d.redactions.map((r) => r.id));
  if (items.length === 0) throw new InvalidInputError({ en: `No redaction was given; draw a box first.`, nl: `Er is geen lakking opgegeven; teken eerst een kader.` });
  const added: Redaction[] = items.map((it) => {
    const doc = docOf(d, it.documentId);
    if (!Number.isInteger(it.page) || it.page < 1 || it.page > doc.pageCount) {
      throw new InvalidInputError({ en: `Document ${doc.number} has no page ${it.page}; choose a page from 1 to ${doc.pageCount}.`, nl: `Document ${doc.number} heeft geen pagina ${it.page}; kies een pagina van 1 tot en met ${doc.pageCount}.` });
    }
    if (!it.wholePage && it.rects.length === 0) throw new InvalidInputError({ en: `A redaction needs at least one box; draw one.`, nl: `Een lakking heeft minstens één kader nodig; teken er een.` });
    for (const q of it.rects) {
      if (q.length !== 4 || !q.every(Number.isFinite) || q[0] > q[2] || q[1] > q[3]) {
        throw new InvalidInputError({ en: `A redaction box must be [x0, y0, x1, y1] with x0 <= x1 and y0 <= y1; draw it again.`, nl: `Een lakkader moet [x0, y0, x1, y1] zijn met x0 <= x1 en y0 <= y1; teken het opnieuw.` });
      }
    }
    return {
      id: next(),
      documentId: it.documentId,
      page: it.page,
      rects: it.rects.map((q) => [...q] as Rect),
      grounds: checkGrounds(it.grounds, 'A redaction'),
      category: it.category ?? (it.wholePage ? 'page' : 'manual'),
      text: it.text ?? '',
      origin: 'manual',
      status: 'accepted',
      ...(it.wholePage ? { wholePage: true } : {}),
      decidedBy: ctx.by,
      decidedAt: ctx.at,
    };
  });
  const docs = [...new Set(added.map((r) => r.documentId))];
  return commit(d, ctx, 'add-redaction', { redactions: [...d.redactions, ...added], documents: withdrawDocumentReviews(d.documents, new Set(docs)) }, {
    ...(docs.length === 1 ? { documentId: docs[0] } : {}),
    redactionIds: added.map((r) => r.id),
  });
}

function setStatus(d: Dossier, ids: readonly string[], status: RedactionStatus, action: AuditAction, ctx: ActionContext): ActionResult {
  const set = idsOf(d, ids);
  // Only the decided items are new, in their places (recorded for the panel and the counts).
  const at = [...set].map((id) => indexOfRedaction(d.redactions, id));
  const redactions = replaceAt(d.redactions, at, at.map((i) => { const r = d.redactions[i]; return resubmitted({ ...r, status, decidedBy: ctx.by, decidedAt: ctx.at }, ctx); }));
  return commit(d, ctx, action, { redactions, documents: withdrawDocumentReviews(d.documents, docsOf(d, set)) }, { redactionIds: [...set] });
}

/**
 * Accepts redactions (they will be applied).
 *
 * @example
 *   const { dossier: next, entry } = acceptRedactions(dossier, ['r3', 'r4'], { by: 'jurist', at: new Date().toISOString() });
 */
export function acceptRedactions(d: Dossier, ids: readonly string[], ctx: ActionContext): ActionResult {
  return setStatus(d, ids, 'accepted', 'accept', ctx);
}

/** Rejects redactions (the text stays readable). @example rejectRedactions(dossier, ['r3'], ctx) */
export function rejectRedactions(d: Dossier, ids: readonly string[], ctx: ActionContext): ActionResult {
  return setStatus(d, ids, 'rejected', 'reject', ctx);
}

/** Puts decided redactions back to "proposed" (the reviewer asks to look again). @example reopenRedactions(dossier, ['r3'], ctx) */
export function reopenRedactions(d: Dossier, ids: readonly string[], ctx: ActionContext): ActionResult {
  return setStatus(d, ids, 'proposed', 'reopen', ctx);
}

/**
 * Accepts every proposed redaction of the dossier (or of one document): the CLI's --accept-all.
 *
 * @example
 *   acceptAllProposed(dossier, { by: 'lakstift --accept-all', at });
 */
export function acceptAllProposed(d: Dossier, ctx: ActionContext, documentId?: string): ActionResult {
  const ids = d.redactions.filter((r) => r.status === 'proposed' && (!documentId || r.documentId === documentId)).map((r) => r.id);
  if (ids.length === 0) return commit(d, ctx, 'accept', {}, { redactionIds: [], ...(documentId ? { documentId } : {}), detail: 'nothing proposed' });
  const set = new Set(ids);
  const redactions = d.redactions.map((r) => (set.has(r.id) ? resubmitted({ ...r, status: 'accepted' as const, decidedBy: ctx.by, decidedAt: ctx.at }, ctx) : r));
  return commit(d, ctx, 'accept', { redactions, documents: withdrawDocumentReviews(d.documents, docsOf(d, set)) }, { redactionIds: ids, ...(documentId ? { documentId } : {}), detail: 'accept all proposed' });
}

/**
 * Replaces the grounds of redactions.
 *
 * @example
 *   changeGrounds(dossier, ['r7'], ['10.2.g'], ctx);   // a mailbox, not a person
 */
export function changeGrounds(d: Dossier, ids: readonly string[], grounds: readonly string[], ctx: ActionContext): ActionResult {
  const set = idsOf(d, ids);
  const clean = checkGrounds(grounds, 'A redaction');
  const before = new Set(d.redactions.filter((r) => set.has(r.id)).map((r) => r.grounds.join(';')));
  const redactions = d.redactions.map((r) => (set.has(r.id) ? resubmitted({ ...r, grounds: [...clean] }, ctx) : r));
  return commit(d, ctx, 'change-grounds', { redactions, documents: withdrawDocumentReviews(d.documents, docsOf(d, set)) }, { redactionIds: [...set], detail: `${[...before].join(' | ')} → ${clean.join(';')}` });
}

/**
 * Refuses a whole document on the given grounds (it becomes "niet openbaar"); an empty list
 * withdraws the refusal.
 *
 * @example
 *   refuseDocument(dossier, 'd4', ['10.2.d', '10.2.g'], ctx);
 */
export function refuseDocument(d: Dossier, documentId: string, grounds: readonly string[], ctx: ActionContext): ActionResult {
  docOf(d, documentId);
  const clean = grounds.length === 0 ? [] : checkGrounds(grounds, 'Refusing a document');
  const documents = withdrawDocumentReviews(d.documents.map((x) => (x.id === documentId ? { ...x, wholeDocumentGrounds: clean } : x)), new Set([documentId]));
  return commit(d, ctx, 'refuse-document', { documents }, { documentId, detail: clean.length ? clean.join(';') : 'refusal withdrawn' });
}

/**
 * Sets the officer's beoordeling of a document, or clears it (undefined) to derive it again.
 *
 * @example
 *   setBeoordeling(dossier, 'd2', 'reeds openbaar', ctx);
 */
export function setBeoordeling(d: Dossier, documentId: string, beoordeling: Beoordeling | undefined, ctx: ActionContext): ActionResult {
  docOf(d, documentId);
  if (beoordeling !== undefined && !BEOORDELINGEN.includes(beoordeling)) {
    throw new InvalidInputError({ en: `"${String(beoordeling)}" is not a beoordeling; choose one of ${BEOORDELINGEN.join(', ')}.`, nl: `"${String(beoordeling)}" is geen beoordeling; kies uit ${BEOORDELINGEN.join(', ')}.` });
  }
  const documents = withdrawDocumentReviews(d.documents.map((x) => {
    if (x.id !== documentId) return x;
    const { beoordeling: _old, ...rest } = x;
    return beoordeling ? { ...rest, beoordeling } : rest;
  }), new Set([documentId]));
  return commit(d, ctx, 'set-beoordeling', { documents }, { documentId, detail: beoordeling ?? 'derived' });
}

/** Inventory fields the officer may edit on a document. */
export type DocumentPatch = Partial<Pick<DossierDocument,
  'number' | 'title' | 'date' | 'fileType' | 'documentType' | 'remarks' | 'publicLink' | 'familyId' | 'threadId' | 'relatedId' | 'suspended' | 'listedGrounds'>>;

/**
 * Edits inventory fields of a document (title, date, remarks, links, ids, number).
 *
 * @example
 *   editDocument(dossier, 'd2', { title: 'Beslisnota overlegtafel', date: '2023-03-15' }, ctx);
 */
export function editDocument(d: Dossier, documentId: string, patch: DocumentPatch, ctx: ActionContext): ActionResult {
  docOf(d, documentId);
  if (patch.date !== undefined && patch.date !== '' && !isIsoDate(patch.date)) {
    throw new InvalidInputError({ en: `"${patch.date}" is not a date as YYYY-MM-DD; correct the date.`, nl: `"${patch.date}" is geen datum als JJJJ-MM-DD; verbeter de datum.` });
  }
  if (patch.number !== undefined) {
    if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(patch.number)) {
      throw new InvalidInputError({ en: `"${patch.number}" cannot be a document number; use letters, digits, ".", "_" or "-".`, nl: `"${patch.number}" kan geen documentnummer zijn; gebruik letters, cijfers, ".", "_" of "-".` });
    }
    if (d.documents.some((x) => x.id !== documentId && x.number === patch.number)) {
      throw new InvalidInputError({ en: `Document number "${patch.number}" is already used in this dossier; choose another number.`, nl: `Documentnummer "${patch.number}" is al in gebruik in dit dossier; kies een ander nummer.` });
    }
  }
  const documents = d.documents.map((x) =>
    x.id === documentId ? { ...x, ...patch, ...(patch.date !== undefined ? { dateSource: 'officer' as const } : {}) } : x,
  );
  return commit(d, ctx, 'edit-document', { documents }, { documentId, detail: Object.keys(patch).join(', ') });
}

/**
 * Edits the dossier's own fields: title, case number (zaaknummer) and the platform's matter.
 *
 * @example
 *   editDossier(dossier, { caseNumber: 'WOO-2024-0017', matter: 'WOO-2024-0017' }, ctx);
 */
export function editDossier(d: Dossier, patch: Partial<Pick<Dossier, 'title' | 'caseNumber' | 'matter'>>, ctx: ActionContext): ActionResult {
  if (patch.matter !== undefined && !isValidMatter(patch.matter)) {
    const use = matterFromCaseNumber(patch.caseNumber ?? d.caseNumber);
    throw new InvalidInputError({
      en: `"${patch.matter}" cannot be the matter: the publication platform takes 2 to 255 letters, digits, ".", "_", "~" or "-"; use ${use || 'the case number without "/"'}.`,
      nl: `"${patch.matter}" kan de matter niet zijn: het publicatieplatform neemt 2 tot 255 letters, cijfers, ".", "_", "~" of "-"; gebruik ${use || 'het zaaknummer zonder "/"'}.`,
    });
  }
  if (patch.title !== undefined && patch.title.trim() === '') throw new InvalidInputError({ en: `The dossier needs a title; type one.`, nl: `Het dossier heeft een titel nodig; typ er een.` });
  return commit(d, ctx, 'edit-dossier', { ...patch }, { detail: Object.keys(patch).join(', ') });
}

/**
 * An officer confirms that pages which could not be read were checked by eye (issue #12): the
 * document is then judged like any other. `pages` absent confirms every unread page of it.
 *
 * @example
 *   confirmUnreadPages(dossier, 'd3', [2, 3], ctx); // pages 2 and 3 of document d3
 */
export function confirmUnreadPages(d: Dossier, documentId: string, pages: readonly number[] | undefined, ctx: ActionContext): ActionResult {
  const doc = docOf(d, documentId);
  const unread = doc.unreadPages ?? [];
  const wanted = pages ? new Set(pages) : new Set(unread.map((u) => u.page));
  for (const p of wanted) {
    if (!unread.some((u) => u.page === p)) throw new InvalidInputError({ en: `Page ${p} of document ${doc.number} is not an unread page; only unread pages can be confirmed.`, nl: `Pagina ${p} van document ${doc.number} is geen ongelezen pagina; alleen ongelezen pagina’s kunnen worden bevestigd.` });
  }
  const confirmed = unread.filter((u) => wanted.has(u.page) && !u.confirmedAt).map((u) => u.page);
  if (confirmed.length === 0) throw new InvalidInputError({ en: `Document ${doc.number} has no unconfirmed unread pages to confirm; choose another document.`, nl: `Document ${doc.number} heeft geen onbevestigde ongelezen pagina’s om te bevestigen; kies een ander document.` });
  const next = unread.map((u) => (wanted.has(u.page) && !u.confirmedAt ? { ...u, confirmedBy: ctx.by, confirmedAt: ctx.at } : u));
  const documents = d.documents.map((x) => (x.id === documentId ? { ...x, unreadPages: next } : x));
  return commit(d, ctx, 'confirm-unread', { documents }, { documentId, detail: `checked by eye: page${confirmed.length === 1 ? '' : 's'} ${confirmed.join(', ')}` });
}

/** Unread pages of a document that no officer has confirmed. @example unconfirmedUnread(doc).map((u) => u.page) // [2, 3] */
export function unconfirmedUnread(doc: DossierDocument): UnreadPage[] {
  return (doc.unreadPages ?? []).filter((u) => !u.confirmedAt);
}

/**
 * Records the pages of a document that could not be read (issue #12), when the app learns them
 * after the document was added (OCR runs after the first page is shown). Pages already
 * confirmed keep their confirmation.
 *
 * @example
 *   recordUnreadPages(dossier, 'd3', [{ page: 2, reason: 'OCR failed on the page (…)' }], ctx);
 */
export function recordUnreadPages(d: Dossier, documentId: string, pages: readonly Pick<UnreadPage, 'page' | 'reason'>[], ctx: ActionContext): ActionResult {
  const doc = docOf(d, documentId);
  const known = new Map((doc.unreadPages ?? []).map((u) => [u.page, u]));
  const next = pages.map((p) => known.get(p.page) ?? { page: p.page, reason: p.reason }).sort((a, b) => a.page - b.page);
  const documents = d.documents.map((x) => (x.id === documentId ? { ...x, unreadPages: next } : x));
  return commit(d, ctx, 'edit-document', { documents }, { documentId, detail: `unread page${next.length === 1 ? '' : 's'}: ${next.map((u) => u.page).join(', ') || 'none'}` });
}
