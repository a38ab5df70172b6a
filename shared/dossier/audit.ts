/**
 * The tamper-evident audit log (issue #15): the dossier's audit entries form a hash chain.
 *
 *   genesis = SHA-256("lakstift-audit\n" + dossier id)
 *   entry i: prev = hash of entry i-1 (genesis for the first),
 *            hash = SHA-256(canonical JSON of the entry without its `hash` field)
 *   dossier: auditSeal = { entries: number of entries, head: hash of the last entry }
 *
 * Any change to a field of an entry (its `prev` and `hash` included) no longer matches its
 * hash; a removed, inserted or moved entry no longer follows the one before it; a removed last
 * entry no longer matches the seal. Entries are chained when the dossier is saved (the actions
 * that make them are pure and synchronous; SHA-256 is Web Crypto, asynchronous), so an entry in
 * memory that was not saved yet has no hash, and `sealAudit` gives it one.
 *
 * What this proves is that the file was not edited outside Lakstift without recomputing the
 * chain; someone who recomputes every hash can still rewrite history. The bundle's manifest
 * records the head hash at export, which a later copy of the dossier must still contain.
 */
import { sha256Hex, type Sha256 } from '../hash';
import type { AuditEntry, AuditSeal, Dossier } from './types';

/**
 * JSON with object keys sorted by UTF-16 code units and no white space, as RFC 8785 (JCS)
 * defines it: the same value always gives the same text, whatever order its keys were made
 * in. JSON.stringify already writes strings and finite numbers the way RFC 8785 requires.
 *
 * @example
 *   canonicalJson({ b: [1, 'x'], a: { d: true, c: null } }); // '{"a":{"c":null,"d":true},"b":[1,"x"]}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonical JSON has no form for NaN or Infinity');
    const s = JSON.stringify(value);
    if (s === undefined) throw new TypeError(`canonical JSON has no form for ${typeof value}`);
    return s;
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

const enc = new TextEncoder();

/** The `prev` of a dossier's first entry: binds the chain to the dossier's id. */
export function auditGenesis(dossierId: string, sha256: Sha256 = sha256Hex): Promise<string> {
  return sha256(enc.encode(`lakstift-audit\n${dossierId}`));
}

/** The hash an entry must carry: SHA-256 of its canonical JSON without `hash` (with `prev`). */
export function entryHash(entry: Readonly<Record<string, unknown>>, sha256: Sha256 = sha256Hex): Promise<string> {
  const { hash: _hash, ...content } = entry;
  return sha256(enc.encode(canonicalJson(content)));
}

/** Unsaved entries already chained after a given prev (objects are shared between dossier versions in the app). */
const sealedCache = new WeakMap<AuditEntry, { prev: string; sealed: AuditEntry }>();

/**
 * Chains the entries at the end of the log that have no hash yet, after the last entry that
 * has one, and writes the seal. Entries already chained are left exactly as they are, even
 * when the chain is broken before them: sealing never repairs, so a broken chain stays visible.
 * Deterministic: the same dossier always gets the same hashes.
 *
 * @example
 *   const sealed = await sealAudit(dossier);
 *   sealed.audit.at(-1)?.hash; // '3f1c…'
 */
export async function sealAudit<D extends Pick<Dossier, 'id' | 'audit' | 'auditSeal'>>(d: D, sha256: Sha256 = sha256Hex): Promise<D> {
  let start = d.audit.length;
  while (start > 0 && d.audit[start - 1].hash === undefined) start--;
  let prev = start > 0 ? d.audit[start - 1].hash! : await auditGenesis(d.id, sha256);
  const audit = d.audit.slice(0, start);
  for (const e of d.audit.slice(start)) {
    const cached = sealedCache.get(e);
    if (cached && cached.prev === prev) {
      audit.push(cached.sealed);
      prev = cached.sealed.hash!;
      continue;
    }
    const { prev: _p, hash: _h, ...content } = e;
    const linked: AuditEntry = { ...content, prev };
    const sealed: AuditEntry = { ...linked, hash: await entryHash(linked as unknown as Record<string, unknown>, sha256) };
    sealedCache.set(e, { prev, sealed });
    audit.push(sealed);
    prev = sealed.hash!;
  }
  const seal: AuditSeal | undefined = audit.length > 0 ? { entries: audit.length, head: prev } : undefined;
  if (start === d.audit.length && d.auditSeal?.entries === seal?.entries && d.auditSeal?.head === seal?.head) return d;
  const out = { ...d, audit };
  if (seal) out.auditSeal = seal;
  else delete out.auditSeal;
  return out;
}

/** Why a chain is not intact. */
export type ChainProblem =
  /** The entry's fields no longer give its hash. */
  | 'changed'
  /** The entry does not follow the one before it (removed, inserted or moved entries). */
  | 'unlinked'
  /** The entry has no hash or no prev although the file is chained. */
  | 'unsealed'
  /** Not an entry at all. */
  | 'malformed'
  /** The seal does not match the end of the log (entries removed at the end, or the last replaced). */
  | 'seal'
  /** The log is empty, but every dossier's log begins with its creation. */
  | 'empty';

export interface ChainCheck {
  /** 'unchained': a file from before the chain (schema 1); nothing can be checked until it is saved again. */
  status: 'intact' | 'broken' | 'unchained';
  entries: number;
  /** Hash of the last entry when intact. */
  head?: string;
  /** The first problem found, with the 1-based number of the entry it concerns. */
  broken?: { entry: number; problem: ChainProblem; message: string };
  /** One sentence for a person: what was found and what it means. */
  message: string;
}

function describe(e: unknown, n: number, total: number): string {
  if (typeof e !== 'object' || e === null) return `entry ${n} of ${total}`;
  const x = e as Record<string, unknown>;
  const bits = [typeof x.action === 'string' ? x.action : '', typeof x.by === 'string' && x.by ? `by ${x.by}` : '', typeof x.at === 'string' ? `at ${x.at}` : '']
    .filter((b) => b !== '');
  return `entry ${n} of ${total}${bits.length ? ` (${bits.join(' ')})` : ''}`;
}

/**
 * Checks the audit chain of a dossier as it was read from its file (any JSON value: fields an
 * edit made invalid are still checked, not refused). Stops at the first problem.
 *
 * @example
 *   const check = await verifyAuditChain(JSON.parse(text));
 *   check.status;   // 'broken'
 *   check.message;  // 'The audit log is broken at entry 7 of 31 (accept by j.jurist at …): …'
 */
export async function verifyAuditChain(raw: unknown, sha256: Sha256 = sha256Hex): Promise<ChainCheck> {
  const o = (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  const audit = Array.isArray(o.audit) ? (o.audit as unknown[]) : null;
  const total = audit?.length ?? 0;
  const broken = (entry: number, problem: ChainProblem, why: string): ChainCheck => ({
    status: 'broken',
    entries: total,
    broken: { entry, problem, message: why },
    message: `The audit log is broken at ${entry > total ? `the end (after entry ${total})` : describe(audit?.[entry - 1], entry, total)}: ${why}.`,
  });
  if (typeof o.id !== 'string' || audit === null) {
    return { status: 'broken', entries: 0, broken: { entry: 0, problem: 'malformed', message: 'the file has no dossier id or no audit log' }, message: 'The file has no dossier id or no audit log, so it is not a Lakstift dossier whose trail can be checked.' };
  }
  if (typeof o.schemaVersion === 'number' && o.schemaVersion < 4 && audit.every((e) => typeof e !== 'object' || e === null || (e as AuditEntry).hash === undefined)) {
    return { status: 'unchained', entries: total, message: `The audit log (${total} entries) was written before Lakstift chained it (schema ${o.schemaVersion}); it is chained when the dossier is next saved.` };
  }
  if (total === 0) return broken(1, 'empty', 'the log is empty, but every dossier\'s log begins with its creation, so entries were removed');
  let prev = await auditGenesis(o.id, sha256);
  for (let i = 0; i < total; i++) {
    const e = audit[i];
    const n = i + 1;
    if (typeof e !== 'object' || e === null || Array.isArray(e)) return broken(n, 'malformed', 'it is not an audit entry');
    const x = e as Record<string, unknown>;
    if (typeof x.hash !== 'string' || typeof x.prev !== 'string') {
      return broken(n, 'unsealed', `it has no ${typeof x.hash !== 'string' ? 'hash' : 'link to the entry before it'}, so it was added or altered outside Lakstift`);
    }
    let computed: string;
    try {
      computed = await entryHash(x, sha256);
    } catch {
      return broken(n, 'malformed', 'it holds a value JSON cannot write');
    }
    if (computed !== x.hash) return broken(n, 'changed', 'its content does not match its hash, so it was changed after it was written');
    if (x.prev !== prev) {
      return broken(n, 'unlinked', n === 1
        ? 'it is not the first entry of this dossier\'s log, so entries were removed before it or the dossier id was changed'
        : 'it does not follow the entry before it, so an entry was removed, inserted or moved');
    }
    prev = x.hash;
  }
  const seal = o.auditSeal as Record<string, unknown> | undefined;
  if (typeof seal !== 'object' || seal === null) return broken(total + 1, 'seal', 'the dossier has no seal of its audit log, so entries may have been removed at the end');
  if (seal.entries !== total) {
    return broken(total + 1, 'seal', typeof seal.entries === 'number' && seal.entries > total
      ? `the seal counts ${seal.entries} entries but the log holds ${total}, so ${seal.entries - total} entr${seal.entries - total === 1 ? 'y was' : 'ies were'} removed at the end`
      : `the seal counts ${String(seal.entries)} entries but the log holds ${total}`);
  }
  if (seal.head !== prev) return broken(total + 1, 'seal', 'the seal names another last entry, so the last entry was replaced or the seal was changed');
  return { status: 'intact', entries: total, head: prev, message: `The audit log is intact: ${total} entries, chained from the dossier's creation to ${describe(audit[total - 1], total, total)}.` };
}
