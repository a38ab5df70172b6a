/**
 * The legal reviewer's decisions (issue #15), pure like the officer's in actions.ts: each
 * returns a new dossier with one audit entry appended. The reviewer approves a redaction,
 * changes its ground (which approves it with the new ground), or sends it back with a
 * comment; and marks a whole document reviewed or in need of work. Only someone acting in the
 * reviewer role may, and a reviewer may not approve what they decided themselves unless the
 * dossier's review settings allow it (four eyes by default).
 */
import { InvalidInputError } from '../errors';
import { commit, withdrawDocumentReviews, type ActionResult } from './actions';
import {
  DEFAULT_REVIEW_SETTINGS,
  type ActionContext,
  type Dossier,
  type Redaction,
  type ReviewSettings,
} from './types';

/** The dossier's review settings, with the defaults filled in. @example reviewSettingsOf(d).exportPolicy // 'warn' */
export function reviewSettingsOf(d: Pick<Dossier, 'reviewSettings'>): ReviewSettings {
  return { ...DEFAULT_REVIEW_SETTINGS, ...d.reviewSettings };
}

/** Names compare without case and surrounding spaces: "J. Jurist" and "j. jurist " are one person. */
export function samePerson(a: string | undefined, b: string | undefined): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  return a !== undefined && b !== undefined && norm(a) !== '' && norm(a) === norm(b);
}

function requireReviewer(ctx: ActionContext, what: string): void {
  if (ctx.role !== 'reviewer') {
    throw new InvalidInputError(`Only a legal reviewer can ${what}; set your role to reviewer in the settings first.`);
  }
  if (ctx.by.trim() === '') throw new InvalidInputError(`A reviewer needs a name to ${what}; set your name in the settings first.`);
}

function pick(d: Dossier, ids: readonly string[]): Redaction[] {
  const set = new Set(ids);
  if (set.size === 0) throw new InvalidInputError('No redactions were selected; select at least one.');
  const found = d.redactions.filter((r) => set.has(r.id));
  if (found.length !== set.size) {
    const missing = [...set].find((id) => !found.some((r) => r.id === id));
    throw new InvalidInputError(`The dossier has no redaction with id "${missing}"; reload the dossier.`);
  }
  return found;
}

function numberOf(d: Dossier, documentId: string): string {
  return d.documents.find((x) => x.id === documentId)?.number ?? documentId;
}

/**
 * Checks that a reviewer's verdict may be given on these redactions: they are decided (a
 * suggestion the officer has not decided is not the reviewer's yet), and the reviewer did not
 * decide them (unless the dossier allows it).
 */
function checkVerdict(d: Dossier, rs: readonly Redaction[], ctx: ActionContext, what: string): void {
  const settings = reviewSettingsOf(d);
  for (const r of rs) {
    if (r.status === 'proposed') {
      throw new InvalidInputError(`Redaction ${r.id} in document ${numberOf(d, r.documentId)} is still a suggestion the officer has not decided; it cannot be ${what} yet.`);
    }
    if (!settings.allowSelfApproval && samePerson(r.decidedBy, ctx.by)) {
      throw new InvalidInputError(`You decided redaction ${r.id} in document ${numberOf(d, r.documentId)} yourself, so another reviewer must check it (or allow self-approval in the dossier's review settings).`);
    }
  }
}

/**
 * Approves redactions: the reviewer agrees with what the officer decided (a redaction and its
 * grounds, or a suggestion the officer rejected after a send-back).
 *
 * @example
 *   approveRedactions(dossier, ['r3', 'r4'], { by: 'J. Jurist', role: 'reviewer', at });
 */
export function approveRedactions(d: Dossier, ids: readonly string[], ctx: ActionContext): ActionResult {
  requireReviewer(ctx, 'approve a redaction');
  const rs = pick(d, ids);
  checkVerdict(d, rs, ctx, 'approved');
  const set = new Set(rs.map((r) => r.id));
  const redactions = d.redactions.map((r) => (set.has(r.id) ? { ...r, review: { status: 'approved' as const, by: ctx.by, at: ctx.at } } : r));
  const docs = [...new Set(rs.map((r) => r.documentId))];
  return commit(d, ctx, 'approve', { redactions }, { ...(docs.length === 1 ? { documentId: docs[0] } : {}), redactionIds: [...set] });
}

/**
 * The reviewer changes the grounds of redactions, which approves them with the new grounds
 * (the officer's grounds are kept in `review.groundsBefore`, and the trail says who changed what).
 *
 * @example
 *   reviseGrounds(dossier, ['r7'], ['10.2.g'], reviewerCtx); // a mailbox, not a person
 */
export function reviseGrounds(d: Dossier, ids: readonly string[], grounds: readonly string[], ctx: ActionContext): ActionResult {
  requireReviewer(ctx, 'change the grounds of a redaction');
  const clean = [...new Set(grounds.map((g) => g.trim()).filter((g) => g !== ''))];
  if (clean.length === 0) throw new InvalidInputError('A redaction needs at least one ground; choose the ground(s) that justify it.');
  const rs = pick(d, ids);
  checkVerdict(d, rs, ctx, 'approved with other grounds');
  const set = new Set(rs.map((r) => r.id));
  const before = [...new Set(rs.map((r) => r.grounds.join(';')))];
  const redactions = d.redactions.map((r) => {
    if (!set.has(r.id)) return r;
    // The officer's grounds, also when the reviewer changes them a second time.
    const groundsBefore = r.review?.groundsBefore ?? r.grounds;
    const same = groundsBefore.length === clean.length && groundsBefore.every((g) => clean.includes(g));
    return { ...r, grounds: [...clean], review: { status: 'approved' as const, by: ctx.by, at: ctx.at, ...(same ? {} : { groundsBefore: [...groundsBefore] }) } };
  });
  const docs = [...new Set(rs.map((r) => r.documentId))];
  return commit(d, ctx, 'change-grounds', { redactions }, {
    ...(docs.length === 1 ? { documentId: docs[0] } : {}),
    redactionIds: [...set],
    detail: `${before.join(' | ')} → ${clean.join(';')}`,
  });
}

/**
 * Sends redactions back to the officer with a comment saying what is wrong. A document with a
 * redaction sent back is not reviewed any more.
 *
 * @example
 *   sendBack(dossier, ['r5'], 'Minister: handelt in functie, niet lakken.', reviewerCtx);
 */
export function sendBack(d: Dossier, ids: readonly string[], comment: string, ctx: ActionContext): ActionResult {
  requireReviewer(ctx, 'send a redaction back');
  const text = comment.trim();
  if (text === '') throw new InvalidInputError('Say why the redaction goes back; the officer reads your comment.');
  const rs = pick(d, ids);
  const set = new Set(rs.map((r) => r.id));
  const redactions = d.redactions.map((r) => (set.has(r.id)
    ? { ...r, review: { status: 'sent-back' as const, by: ctx.by, at: ctx.at }, comments: [...(r.comments ?? []), { by: ctx.by, role: 'reviewer' as const, at: ctx.at, text }] }
    : r));
  const docs = new Set(rs.map((r) => r.documentId));
  return commit(d, ctx, 'send-back', { redactions, documents: withdrawDocumentReviews(d.documents, docs) }, {
    ...(docs.size === 1 ? { documentId: [...docs][0] } : {}),
    redactionIds: [...set],
    comment: text,
  });
}

/**
 * Takes the reviewer's verdict back: the redactions are unreviewed again.
 *
 * @example
 *   unreview(dossier, ['r5'], reviewerCtx);
 */
export function unreview(d: Dossier, ids: readonly string[], ctx: ActionContext): ActionResult {
  requireReviewer(ctx, 'take back a verdict');
  const rs = pick(d, ids);
  const set = new Set(rs.map((r) => r.id));
  const redactions = d.redactions.map((r) => {
    if (!set.has(r.id) || !r.review) return r;
    const { review: _r, ...rest } = r;
    return rest;
  });
  const docs = new Set(rs.map((r) => r.documentId));
  return commit(d, ctx, 'unreview', { redactions, documents: withdrawDocumentReviews(d.documents, docs) }, { redactionIds: [...set] });
}

/**
 * A remark on a redaction, by the reviewer or the officer. The officer's reply to a redaction
 * that was sent back returns it to the reviewer, as a change would (she may explain why it
 * stays as it is).
 *
 * @example
 *   commentOn(dossier, 'r5', 'Geen minister maar een beleidsmedewerker; lakken blijft nodig.', officerCtx);
 */
export function commentOn(d: Dossier, id: string, comment: string, ctx: ActionContext): ActionResult {
  const text = comment.trim();
  if (text === '') throw new InvalidInputError('A comment needs some text; type it first.');
  if (ctx.by.trim() === '') throw new InvalidInputError('Set your name in the settings first, so the comment says who wrote it.');
  const [r] = pick(d, [id]);
  const role = ctx.role ?? 'officer';
  const reply = role === 'officer' && r.review?.status === 'sent-back';
  const redactions = d.redactions.map((x) => (x.id === id
    ? { ...x, comments: [...(x.comments ?? []), { by: ctx.by, role, at: ctx.at, text }], ...(reply ? { review: { status: 'resubmitted' as const, by: ctx.by, at: ctx.at } } : {}) }
    : x));
  return commit(d, ctx, 'comment', { redactions }, { documentId: r.documentId, redactionIds: [id], comment: text });
}

/** What still stands between a document and the reviewer's "reviewed". */
export interface DocumentBlockers {
  /** Suggestions the officer has not decided. */
  undecided: number;
  /** Decided redactions the reviewer has not approved (unreviewed, resubmitted). */
  unapproved: number;
  /** Redactions sent back to the officer. */
  sentBack: number;
}

/**
 * Counts what keeps a document from being reviewed. Every accepted redaction needs an
 * approval; a rejected one only when the reviewer had a say in it before (a send-back).
 *
 * @example
 *   documentBlockers(dossier, 'd2'); // { undecided: 0, unapproved: 1, sentBack: 0 }
 */
export function documentBlockers(d: Dossier, documentId: string): DocumentBlockers {
  const out: DocumentBlockers = { undecided: 0, unapproved: 0, sentBack: 0 };
  for (const r of d.redactions) {
    if (r.documentId !== documentId) continue;
    if (r.status === 'proposed') {
      out.undecided++;
      continue;
    }
    const st = r.review?.status;
    if (st === 'sent-back') out.sentBack++;
    else if (st === 'resubmitted' || (st === undefined && r.status === 'accepted')) out.unapproved++;
  }
  return out;
}

/**
 * The reviewer's verdict on a whole document. "reviewed" needs every decision in it approved
 * (and no suggestion left undecided); "needs-work" needs a comment for the officer.
 *
 * @example
 *   reviewDocument(dossier, 'd2', 'reviewed', '', reviewerCtx);
 *   reviewDocument(dossier, 'd3', 'needs-work', 'Bijlage ontbreekt in de inventaris.', reviewerCtx);
 */
export function reviewDocument(d: Dossier, documentId: string, status: 'reviewed' | 'needs-work', comment: string, ctx: ActionContext): ActionResult {
  requireReviewer(ctx, 'review a document');
  const doc = d.documents.find((x) => x.id === documentId);
  if (!doc) throw new InvalidInputError(`The dossier has no document with id "${documentId}"; reload the dossier.`);
  const text = comment.trim();
  if (status === 'reviewed') {
    const b = documentBlockers(d, documentId);
    const parts = [
      b.unapproved ? `${b.unapproved} redaction(s) are not approved` : '',
      b.sentBack ? `${b.sentBack} redaction(s) are sent back` : '',
      b.undecided ? `${b.undecided} suggestion(s) are still undecided` : '',
    ].filter((x) => x !== '');
    if (parts.length > 0) {
      throw new InvalidInputError(`Document ${doc.number} cannot be marked reviewed yet: ${parts.join(', ')}; approve them or send the document back.`);
    }
  } else if (text === '') {
    throw new InvalidInputError(`Say what document ${doc.number} needs; the officer reads your comment.`);
  }
  const documents = d.documents.map((x) => (x.id === documentId ? { ...x, review: { status, by: ctx.by, at: ctx.at, ...(text ? { comment: text } : {}) } } : x));
  return commit(d, ctx, 'review-document', { documents }, { documentId, detail: status, ...(text ? { comment: text } : {}) });
}

/**
 * Changes the dossier's review settings; only a reviewer may (an officer cannot allow herself
 * to be approved by herself).
 *
 * @example
 *   setReviewSettings(dossier, { exportPolicy: 'refuse' }, reviewerCtx);
 */
export function setReviewSettings(d: Dossier, patch: Partial<ReviewSettings>, ctx: ActionContext): ActionResult {
  requireReviewer(ctx, 'change the review settings');
  const next: ReviewSettings = { ...reviewSettingsOf(d), ...patch };
  if (next.exportPolicy !== 'warn' && next.exportPolicy !== 'refuse') throw new InvalidInputError('The export policy must be "warn" or "refuse".');
  const detail = Object.entries(patch).map(([k, v]) => `${k} ${String(v)}`).join(', ');
  return commit(d, ctx, 'review-settings', { reviewSettings: next }, { detail });
}
