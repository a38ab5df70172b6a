/**
 * The project file: parse, validate, migrate and serialize a dossier. A file that does not
 * validate is rejected with one sentence naming the first bad field; nothing is guessed or
 * repaired, so the caller never overwrites a damaged file with a "fixed" half of it.
 */
import { LakstiftError } from '../errors';
import {
  BEOORDELINGEN,
  DOCUMENT_TYPES,
  DOSSIER_SCHEMA_VERSION,
  REVIEW_STATUSES,
  ROLES,
  type AuditEntry,
  type Dossier,
  type DocumentGroup,
  type DossierDocument,
  type Redaction,
} from './types';

/** A project file that cannot be used as it is. */
const REMEDY_NL: Record<string, string> = {
  'restore it from a backup or fix that field': 'zet een reservekopie terug of herstel dat veld',
  'open a file that Lakstift wrote': 'open een bestand dat Lakstift heeft geschreven',
  'update Lakstift to open it': 'werk Lakstift bij om het te openen',
  'restore it from a backup': 'zet een reservekopie terug',
};

export class InvalidDossierError extends LakstiftError {
  constructor(what: string, problem: string, remedy = 'restore it from a backup or fix that field') {
    super('invalid-input', {
      en: `${what} is not a usable Lakstift dossier: ${problem}; ${remedy}.`,
      nl: `${what} is geen bruikbaar Lakstift-dossier: ${problem}; ${REMEDY_NL[remedy] ?? remedy}.`,
    });
  }
}

/** One step of the schema's history: turns a file of version `from` into version `from + 1`. */
export interface Migration {
  from: number;
  migrate(raw: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The migrations from older project files to the current one, in order. When the format changes,
 * bump DOSSIER_SCHEMA_VERSION and add `{ from: n, migrate }` here (never edit an old step: files
 * in the field depend on it). A step must never change an audit entry: the entries' hashes are
 * over their fields as written.
 *
 * 3 → 4 (issue #15): everything new is optional (review statuses, comments, review settings,
 * the audit chain's `prev`/`hash` and the dossier's `auditSeal`), so the content stays as it
 * is. The version still changes because a build that reads only version 3 would keep the
 * chained entries but append unchained ones, breaking the chain without a word; it now says
 * "written by a newer Lakstift" instead. The unchained entries of an older file are chained
 * the first time it is saved again (shared/dossier/audit.ts `sealAudit`).
 */
export const MIGRATIONS: readonly Migration[] = [
  // 1 → 2 (issue #16): the dossier gains its list of duplicate/thread/family groups.
  { from: 1, migrate: (r) => ({ ...r, schemaVersion: 2, groups: Array.isArray(r.groups) ? r.groups : [] }) },
  // 2 → 3 (issue #12): documents may list unread pages. An older file knew none, so every
  // document gets an empty list; what a scan without text holds is still caught by the
  // bundle's "no text layer" check.
  {
    from: 2,
    migrate: (raw) => ({
      ...raw,
      schemaVersion: 3,
      documents: Array.isArray(raw.documents)
        ? raw.documents.map((d) => (typeof d === 'object' && d !== null && !Array.isArray(d) ? { ...d, unreadPages: (d as Record<string, unknown>).unreadPages ?? [] } : d))
        : raw.documents,
    }),
  },
  // 3 → 4 (issue #15): legal review and the hash-chained audit log (see above).
  { from: 3, migrate: (r) => ({ ...r, schemaVersion: 4, groups: Array.isArray(r.groups) ? r.groups : [] }) },
  // 4 → 5 (issue #14): the audit trail may name moved/resized and removed boxes; nothing else
  // changes (no entry is touched, so the chain's hashes still hold).
  { from: 4, migrate: (r) => ({ ...r, schemaVersion: 5 }) },
  // 5 → 6 (issue #14): a document may carry the type the officer set (e-mail, nota, brief, …).
  // An older file set none (the type recognised from the text is shown), so nothing changes;
  // the version changes so that a build reading only 5 says the file is newer instead of
  // dropping the officer's choice when it saves.
  { from: 5, migrate: (r) => ({ ...r, schemaVersion: 6 }) },
];

/**
 * Brings a parsed project file up to `target` by applying migrations in order.
 *
 * @example
 *   migrateDossierJson({ schemaVersion: 1, documents: [...] }); // version 3: groups: [], documents get unreadPages: []
 *   migrateDossierJson(old, [{ from: 3, migrate: (r) => ({ ...r, schemaVersion: 4 }) }], 4);
 */
export function migrateDossierJson(
  raw: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = DOSSIER_SCHEMA_VERSION,
  what = 'The dossier',
): Record<string, unknown> {
  const v = raw.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    throw new InvalidDossierError(what, 'it has no valid "schemaVersion"', 'open a file that Lakstift wrote');
  }
  if (v > target) {
    throw new InvalidDossierError(what, `it was written by a newer Lakstift (schema ${v}, this build reads up to ${target})`, 'update Lakstift to open it');
  }
  let cur = raw;
  for (let ver = v; ver < target; ver++) {
    const step = migrations.find((m) => m.from === ver);
    if (!step) throw new InvalidDossierError(what, `no migration from schema ${ver}`, 'update Lakstift to open it');
    cur = step.migrate(structuredCloneJson(cur));
    if (cur.schemaVersion !== ver + 1) cur = { ...cur, schemaVersion: ver + 1 };
  }
  return cur;
}

function structuredCloneJson<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/**
 * Parses the text of a project file into a validated, current-version dossier.
 *
 * @example
 *   const dossier = parseDossier(text, 'verzoek-2024-17.lakstift.json');
 *   // throws InvalidDossierError: "verzoek….json is not a usable Lakstift dossier:
 *   //   documents[2].sha256 must be 64 lowercase hex digits; restore it from a backup or fix that field."
 */
export function parseDossier(text: string, what = 'The dossier'): Dossier {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const detail = text.trim() === '' ? 'the file is empty' : `it is not valid JSON (${(e as Error).message.replace(/\.$/, '')})`;
    throw new InvalidDossierError(what, detail, 'restore it from a backup');
  }
  if (!isObj(raw)) throw new InvalidDossierError(what, 'the file does not hold a JSON object', 'open a file that Lakstift wrote');
  return validateDossier(migrateDossierJson(raw, MIGRATIONS, DOSSIER_SCHEMA_VERSION, what), what);
}

/**
 * A parsed project file (any JSON value, as a host read it) brought up to the current
 * version and validated: what `parseDossier` does after JSON.parse.
 *
 * @example
 *   const dossier = dossierFromJson(JSON.parse(text), 'verzoek.lakstift.json');
 */
export function dossierFromJson(raw: unknown, what = 'The dossier'): Dossier {
  if (!isObj(raw)) throw new InvalidDossierError(what, 'the file does not hold a JSON object', 'open a file that Lakstift wrote');
  return validateDossier(migrateDossierJson(raw, MIGRATIONS, DOSSIER_SCHEMA_VERSION, what), what);
}

/**
 * Serializes a dossier for its project file: stable key order, two-space indent, final newline.
 *
 * @example
 *   await writeFileAtomic(file, serializeDossier(dossier));
 */
export function serializeDossier(d: Dossier): string {
  return `${JSON.stringify(validateDossier(d), null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Validation: a small hand-written checker (no schema library in shared/) that names the path.

class Path {
  constructor(readonly what: string, readonly parts: string[] = []) {}
  at(p: string | number): Path {
    return new Path(this.what, typeof p === 'number' ? [...this.parts.slice(0, -1), `${this.parts.at(-1) ?? ''}[${p}]`] : [...this.parts, p]);
  }
  fail(problem: string): never {
    throw new InvalidDossierError(this.what, `${this.parts.join('.') || 'the top level'} ${problem}`);
  }
}

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function obj(x: unknown, p: Path): Record<string, unknown> {
  if (!isObj(x)) return p.fail('must be an object');
  return x;
}
function str(o: Record<string, unknown>, k: string, p: Path, opt = false): string {
  const v = o[k];
  if (v === undefined && opt) return '';
  if (typeof v !== 'string') return p.at(k).fail('must be a string');
  return v;
}
function optStr(o: Record<string, unknown>, k: string, p: Path): string | undefined {
  if (o[k] === undefined) return undefined;
  return str(o, k, p);
}
function num(o: Record<string, unknown>, k: string, p: Path, check: (n: number) => boolean, msg: string): number {
  const v = o[k];
  if (typeof v !== 'number' || !Number.isFinite(v) || !check(v)) return p.at(k).fail(msg);
  return v;
}
function arr(o: Record<string, unknown>, k: string, p: Path, opt = false): unknown[] {
  const v = o[k];
  if (v === undefined && opt) return [];
  if (!Array.isArray(v)) return p.at(k).fail('must be a list');
  return v;
}
function strList(o: Record<string, unknown>, k: string, p: Path, opt = false): string[] {
  const list = arr(o, k, p, opt);
  list.forEach((s, i) => {
    if (typeof s !== 'string' || s.trim() === '') p.at(k).at(i).fail('must be a non-empty string');
  });
  return list as string[];
}
function oneOf<T extends string>(o: Record<string, unknown>, k: string, allowed: readonly T[], p: Path): T {
  const v = o[k];
  if (typeof v !== 'string' || !allowed.includes(v as T)) p.at(k).fail(`must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
  return v as T;
}
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
function time(o: Record<string, unknown>, k: string, p: Path): string {
  const v = str(o, k, p);
  if (!ISO_TIME.test(v)) p.at(k).fail('must be an ISO 8601 time such as 2024-03-01T09:30:00Z');
  return v;
}

const GROUP_KINDS = ['duplicate', 'thread', 'family'] as const;
const GROUP_STATUSES = ['proposed', 'accepted', 'split'] as const;
const FILE_TYPES = ['pdf', 'email', 'doc', 'presentation', 'spreadsheet', 'image', 'note', 'chat'] as const;
const AUDIT_ACTIONS = [
  'create', 'add-document', 'remove-document', 'add-suggestions', 'add-redaction', 'accept', 'reject', 'reopen',
  'change-grounds', 'refuse-document', 'set-beoordeling', 'edit-document', 'change-law', 'edit-dossier',
  'confirm-unread', 'find-groups', 'accept-group', 'split-group',
  'approve', 'send-back', 'unreview', 'comment', 'review-document', 'review-settings', 'import-redactions', 'undo', 'redo',
  'edit-redaction', 'remove-redaction',
] as const;
const HEX64 = /^[0-9a-f]{64}$/;
function hex64(o: Record<string, unknown>, k: string, p: Path): void {
  if (o[k] !== undefined && (typeof o[k] !== 'string' || !HEX64.test(o[k] as string))) p.at(k).fail('must be 64 lowercase hex digits');
}

/**
 * Checks a dossier object field by field and returns it typed; throws InvalidDossierError with
 * the path of the first problem. Also checks cross-references (unique ids and numbers,
 * redactions pointing at existing documents and pages).
 *
 * @example
 *   validateDossier(JSON.parse(text), 'dossier.json');
 */
export function validateDossier(x: unknown, what = 'The dossier'): Dossier {
  const p = new Path(what);
  const o = obj(x, p);
  if (o.schemaVersion !== DOSSIER_SCHEMA_VERSION) p.at('schemaVersion').fail(`must be ${DOSSIER_SCHEMA_VERSION}`);
  str(o, 'id', p);
  if ((o.id as string).trim() === '') p.at('id').fail('must not be empty');
  str(o, 'title', p);
  oneOf(o, 'law', ['wob', 'woo'] as const, p);
  str(o, 'caseNumber', p);
  str(o, 'matter', p);
  time(o, 'createdAt', p);
  time(o, 'updatedAt', p);

  const docIds = new Set<string>();
  const numbers = new Set<string>();
  const pages = new Map<string, number>();
  arr(o, 'documents', p).forEach((dx, i) => {
    const dp = p.at('documents').at(i);
    const d = obj(dx, dp);
    const id = str(d, 'id', dp);
    if (!id) dp.at('id').fail('must not be empty');
    if (docIds.has(id)) dp.at('id').fail(`repeats the id "${id}"`);
    docIds.add(id);
    const n = str(d, 'number', dp);
    if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(n)) dp.at('number').fail('must be letters, digits, ".", "_" or "-" (it becomes a file name)');
    if (numbers.has(n)) dp.at('number').fail(`repeats the document number "${n}"`);
    numbers.add(n);
    str(d, 'path', dp);
    if (!/^[0-9a-f]{64}$/.test(str(d, 'sha256', dp))) dp.at('sha256').fail('must be 64 lowercase hex digits');
    str(d, 'title', dp);
    const date = str(d, 'date', dp);
    if (date !== '' && !isIsoDate(date)) dp.at('date').fail('must be a date as YYYY-MM-DD or empty');
    if (d.dateSource !== undefined) oneOf(d, 'dateSource', ['text', 'file', 'officer'] as const, dp);
    oneOf(d, 'fileType', FILE_TYPES, dp);
    if (d.documentType !== undefined) oneOf(d, 'documentType', DOCUMENT_TYPES, dp);
    pages.set(id, num(d, 'pageCount', dp, (v) => Number.isInteger(v) && v >= 0, 'must be a whole number of pages'));
    if (d.beoordeling !== undefined) oneOf(d, 'beoordeling', BEOORDELINGEN, dp);
    strList(d, 'wholeDocumentGrounds', dp);
    if (d.listedGrounds !== undefined) strList(d, 'listedGrounds', dp);
    for (const k of ['remarks', 'publicLink', 'familyId', 'threadId', 'relatedId']) str(d, k, dp);
    if (typeof d.suspended !== 'boolean') dp.at('suspended').fail('must be true or false');
    const seen = new Set<number>();
    arr(d, 'unreadPages', dp, true).forEach((ux, j) => {
      const up = dp.at('unreadPages').at(j);
      const u = obj(ux, up);
      const page = num(u, 'page', up, (v) => Number.isInteger(v) && v >= 1 && (pages.get(id) === 0 || v <= (pages.get(id) ?? 0)), 'must be a page of the document');
      if (seen.has(page)) up.at('page').fail(`repeats page ${page}`);
      seen.add(page);
      str(u, 'reason', up);
      optStr(u, 'confirmedBy', up);
      if (u.confirmedAt !== undefined) time(u, 'confirmedAt', up);
    });
    if (d.duplicateOf !== undefined) str(d, 'duplicateOf', dp);
    if (d.review !== undefined) {
      const vp = dp.at('review');
      const v = obj(d.review, vp);
      oneOf(v, 'status', ['reviewed', 'needs-work'] as const, vp);
      str(v, 'by', vp);
      time(v, 'at', vp);
      optStr(v, 'comment', vp);
    }
  });
  (o.documents as Record<string, unknown>[]).forEach((d, i) => {
    if (d.duplicateOf !== undefined && (!docIds.has(d.duplicateOf as string) || d.duplicateOf === d.id)) {
      p.at('documents').at(i).at('duplicateOf').fail(`names no other document of this dossier ("${String(d.duplicateOf)}")`);
    }
  });

  const groupIds = new Set<string>();
  arr(o, 'groups', p).forEach((gx, i) => {
    const gp = p.at('groups').at(i);
    const g = obj(gx, gp);
    const id = str(g, 'id', gp);
    if (!id || groupIds.has(id)) gp.at('id').fail(`must be a unique, non-empty id ("${id}")`);
    groupIds.add(id);
    oneOf(g, 'kind', GROUP_KINDS, gp);
    oneOf(g, 'status', GROUP_STATUSES, gp);
    const members = strList(g, 'documentIds', gp);
    if (members.length < 2) gp.at('documentIds').fail('must name at least two documents');
    members.forEach((m, j) => {
      if (!docIds.has(m)) gp.at('documentIds').at(j).fail(`names no document of this dossier ("${m}")`);
    });
    str(g, 'reason', gp);
    if (g.similarity !== undefined) num(g, 'similarity', gp, (v) => v >= 0 && v <= 1, 'must be between 0 and 1');
  });

  const redIds = new Set<string>();
  arr(o, 'redactions', p).forEach((rx, i) => {
    const rp = p.at('redactions').at(i);
    const r = obj(rx, rp);
    const id = str(r, 'id', rp);
    if (redIds.has(id)) rp.at('id').fail(`repeats the id "${id}"`);
    redIds.add(id);
    const docId = str(r, 'documentId', rp);
    if (!docIds.has(docId)) rp.at('documentId').fail(`names no document of this dossier ("${docId}")`);
    const max = pages.get(docId) ?? 0;
    num(r, 'page', rp, (v) => Number.isInteger(v) && v >= 1 && (max === 0 || v <= max), `must be a page of the document (1 to ${max})`);
    arr(r, 'rects', rp).forEach((q, j) => {
      const qp = rp.at('rects').at(j);
      if (!Array.isArray(q) || q.length !== 4 || !q.every((v) => typeof v === 'number' && Number.isFinite(v))) return qp.fail('must be [x0, y0, x1, y1]');
      const b = q as number[];
      if (b[0] > b[2] || b[1] > b[3]) qp.fail('must have x0 <= x1 and y0 <= y1');
    });
    if ((r.rects as unknown[]).length === 0 && r.wholePage !== true) rp.at('rects').fail('must hold at least one box (or set wholePage)');
    strList(r, 'grounds', rp);
    str(r, 'category', rp);
    str(r, 'text', rp);
    oneOf(r, 'origin', ['suggestion', 'manual'] as const, rp);
    oneOf(r, 'status', ['proposed', 'accepted', 'rejected'] as const, rp);
    if (r.wholePage !== undefined && typeof r.wholePage !== 'boolean') rp.at('wholePage').fail('must be true or false');
    if (r.confidence !== undefined) num(r, 'confidence', rp, (v) => v >= 0 && v <= 1, 'must be between 0 and 1');
    optStr(r, 'reason', rp);
    optStr(r, 'decidedBy', rp);
    if (r.decidedAt !== undefined) time(r, 'decidedAt', rp);
    if (r.review !== undefined) {
      const vp = rp.at('review');
      const v = obj(r.review, vp);
      oneOf(v, 'status', REVIEW_STATUSES, vp);
      str(v, 'by', vp);
      time(v, 'at', vp);
      if (v.groundsBefore !== undefined) strList(v, 'groundsBefore', vp);
    }
    if (r.comments !== undefined) {
      arr(r, 'comments', rp).forEach((cx, j) => {
        const cp = rp.at('comments').at(j);
        const c = obj(cx, cp);
        str(c, 'by', cp);
        oneOf(c, 'role', ROLES, cp);
        time(c, 'at', cp);
        if (str(c, 'text', cp).trim() === '') cp.at('text').fail('must not be empty');
      });
    }
  });

  if (o.reviewSettings !== undefined) {
    const sp = p.at('reviewSettings');
    const rs = obj(o.reviewSettings, sp);
    if (typeof rs.allowSelfApproval !== 'boolean') sp.at('allowSelfApproval').fail('must be true or false');
    oneOf(rs, 'exportPolicy', ['warn', 'refuse'] as const, sp);
  }

  arr(o, 'audit', p).forEach((ax, i) => {
    const ap = p.at('audit').at(i);
    const a = obj(ax, ap);
    time(a, 'at', ap);
    str(a, 'by', ap);
    if (a.role !== undefined) oneOf(a, 'role', ROLES, ap);
    oneOf(a, 'action', AUDIT_ACTIONS, ap);
    optStr(a, 'documentId', ap);
    if (a.redactionIds !== undefined) strList(a, 'redactionIds', ap);
    optStr(a, 'detail', ap);
    optStr(a, 'comment', ap);
    hex64(a, 'prev', ap);
    hex64(a, 'hash', ap);
  });
  if (o.auditSeal !== undefined) {
    const sp = p.at('auditSeal');
    const seal = obj(o.auditSeal, sp);
    num(seal, 'entries', sp, (v) => Number.isInteger(v) && v >= 0, 'must be a whole number');
    hex64(seal, 'head', sp);
    if (typeof seal.head !== 'string') sp.at('head').fail('must be 64 lowercase hex digits');
  }
  return o as unknown as Dossier;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[mo - 1];
}

export type { AuditEntry, Dossier, DossierDocument, DocumentGroup, Redaction };
