/**
 * Duplicates, e-mail threads and families across a dossier (issue #16). Woo dossiers are full of
 * copies: the same e-mail from five mailboxes, printed by different programs; a reply quoting
 * every earlier message; the same attachment twice. Lakstift finds them from the text the engine
 * already has (the words of every page, in every host the same) and proposes them as groups:
 *
 * - duplicate: the same text. For an e-mail, "the text" is its own message (header and body up to
 *   the first quoted message), so a reply that quotes the original is not a copy of it. Found by
 *   word 5-shingles: a MinHash signature per document (128 hashes) and LSH banding (32 bands of
 *   4) give candidate pairs in one pass over the dossier; each candidate is then checked exactly
 *   (Jaccard of the shingle sets ≥ 0.8). Later copies are proposed "dubbel".
 * - thread: e-mails of one conversation, from their headers (the same subject apart from
 *   RE:/FW: and at least one shared sender or recipient) and from quoted blocks (an e-mail's own
 *   message found for ≥ 80 % in another e-mail, through an index of every 4th shingle, Broder's
 *   mod-m sketch). Ordered by sent time, then by who quotes whom. They share an "Email Thread ID".
 * - family: an e-mail and the documents its "Bijlage(n):" line names. They share a "Family ID".
 *
 * Work is linear in the dossier's size: every document is shingled and sketched once, and only
 * candidate pairs are compared (a shingle found in more than 50 documents, boilerplate such as a
 * signature, is not used to find candidates).
 */
import { parseDutchDate, groupIntoLines } from './metadata';
import type { DocumentGroup, FileType } from './types';
import type { Rect } from '../pdf/types';

/** What the copy finder needs of one document: its place in the dossier and the words of its pages. */
export interface CopyInput {
  /** Dossier document id. */
  id: string;
  /** Document number, for the reasons shown to the officer. */
  number: string;
  /** File name or path (attachments are matched on it). */
  name: string;
  title: string;
  fileType: FileType;
  sha256: string;
  /** The words of every page with their boxes (as `lakstift text --json` and the app's worker give them). */
  pages: readonly { words: readonly { text: string; rect: Rect }[] }[];
}

/** A group as found, before it enters the dossier (no id, status "proposed"). */
export type FoundGroup = Omit<DocumentGroup, 'id' | 'status'>;

/** Resemblance (Jaccard of 5-shingle sets) from which two texts count as copies. */
export const DUPLICATE_THRESHOLD = 0.8;
/** Share of an e-mail's own shingles found in another e-mail from which it counts as quoted there. */
export const QUOTED_THRESHOLD = 0.8;

const SHINGLE = 5;
const HASHES = 128;
const BANDS = 32;
const ROWS = HASHES / BANDS;
const SAMPLE_MOD = 4;
const MAX_POSTING = 50;

// ------------------------------------------------------------------------------------------
// Text: lines, tokens, shingles

/** The lines of a document in reading order, from word boxes (the same in every host). */
export function documentLines(pages: CopyInput['pages']): string[] {
  return pages.flatMap((p) => groupIntoLines(p.words.map((w) => ({ text: w.text, rect: w.rect }))));
}

function tokens(text: string): string[] {
  return (text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** FNV-1a over a string, 32 bits. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: spreads a 32-bit value over all bits. */
function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The set of hashed word 5-shingles of a token list (a shorter text is one shingle). */
export function shingles(toks: readonly string[]): Set<number> {
  const out = new Set<number>();
  if (toks.length === 0) return out;
  if (toks.length < SHINGLE) {
    out.add(fnv(toks.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE <= toks.length; i++) out.add(fnv(toks.slice(i, i + SHINGLE).join(' ')));
  return out;
}

const SEEDS: readonly number[] = (() => {
  // Fixed seeds: the same signatures in every run and every host.
  const s: number[] = [];
  let x = 0x9e3779b9;
  for (let i = 0; i < HASHES; i++) {
    x = mix(x + 0x6d2b79f5);
    s.push(x);
  }
  return s;
})();

/** MinHash signature of a shingle set: for each of 128 hash functions, the smallest value. */
export function minhash(set: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const v of set) {
    for (let i = 0; i < HASHES; i++) {
      const h = mix(v ^ SEEDS[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

function intersection(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const v of small) if (big.has(v)) n++;
  return n;
}

/** Jaccard resemblance of two shingle sets. @example jaccard(new Set([1, 2]), new Set([2, 3])) // 1/3 */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const i = intersection(a, b);
  return i / (a.size + b.size - i);
}

// ------------------------------------------------------------------------------------------
// E-mail headers and quoted blocks

const LABEL = /^(van|from|aan|to|cc|bcc|verzonden|sent|datum|date|onderwerp|subject|bijlage|bijlagen|bijlage\(n\)|attachments?)\s*:\s*(.*)$/i;
const QUOTE_MARK = /^(-{2,}\s*(oorspronkelijk bericht|original message|doorgestuurd bericht|forwarded message)|>|(op|on)\s.{4,200}\s(schreef|wrote)\b.*:\s*$)/i;
const REPLY_PREFIX = /^((re|fw|fwd|antw|antwoord|doorst|tr|wg)\s*:\s*)+/i;
const ADDRESS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+/gu;

/** What Lakstift reads from an e-mail printout. */
export interface EmailParts {
  from: string;
  to: string[];
  /** Sent time as "YYYY-MM-DD HH:MM" (time may be missing), or ''. */
  sent: string;
  subject: string;
  /** The subject without RE:/FW: prefixes, lower case: the conversation's key. */
  threadKey: string;
  attachments: string[];
  /** The e-mail's own message: its header and body up to the first quoted message. */
  own: string;
  /** Everything after that: the quoted earlier messages. */
  quoted: string;
}

/**
 * Splits an e-mail printout into header fields, its own message and the quoted messages below it.
 * A quoted message starts at "-----Oorspronkelijk bericht-----", "Op … schreef …:", a ">" line,
 * or a second header ("Van:" after the body began).
 *
 * @example
 *   splitEmail(['Van: A <a@x.nl>', 'Onderwerp: RE: Overleg', '', 'Akkoord.', 'Van: B <b@x.nl>', 'Onderwerp: Overleg', 'Kan het dinsdag?']).own
 *   // 'Van: A <a@x.nl>\nOnderwerp: RE: Overleg\n\nAkkoord.'
 */
export function splitEmail(lines: readonly string[]): EmailParts {
  const fields = new Map<string, string>();
  let i = lines.findIndex((l) => LABEL.test(l.trim()));
  const start = Math.max(0, i);
  if (i < 0) i = 0;
  // The header: label lines (a label alone on its line takes the next line as its value).
  for (; i < lines.length; i++) {
    const m = LABEL.exec(lines[i].trim());
    if (!m) break;
    let v = m[2].trim();
    if (!v && i + 1 < lines.length && !LABEL.test(lines[i + 1].trim())) v = lines[++i].trim();
    const k = m[1].toLowerCase();
    const key = /^(van|from)$/.test(k) ? 'from' : /^(aan|to|cc|bcc)$/.test(k) ? 'to' : /^(verzonden|sent|datum|date)$/.test(k) ? 'sent' : /^(onderwerp|subject)$/.test(k) ? 'subject' : 'attachments';
    fields.set(key, fields.has(key) && key === 'to' ? `${fields.get(key)}; ${v}` : fields.get(key) ?? v);
  }
  const bodyStart = i;
  let end = lines.length;
  for (let j = bodyStart; j < lines.length; j++) {
    const t = lines[j].trim();
    if (QUOTE_MARK.test(t) || (/^(van|from)\s*:/i.test(t) && j > bodyStart)) {
      end = j;
      break;
    }
  }
  const sentLine = fields.get('sent') ?? '';
  const day = parseDutchDate(sentLine);
  const time = /\b(\d{1,2})[:.](\d{2})\b/.exec(sentLine.replace(/\b\d{4}-\d{2}-\d{2}\b/, ''));
  const subject = fields.get('subject') ?? '';
  return {
    from: fields.get('from') ?? '',
    to: (fields.get('to') ?? '').split(/[;,]/).map((s) => s.trim()).filter(Boolean),
    sent: day ? `${day}${time ? ` ${time[1].padStart(2, '0')}:${time[2]}` : ''}` : '',
    subject,
    threadKey: subject.replace(REPLY_PREFIX, '').trim().toLowerCase(),
    attachments: (fields.get('attachments') ?? '').split(/[;,]|\s{2,}/).map((s) => s.trim()).filter(Boolean),
    own: lines.slice(start, end).join('\n'),
    quoted: lines.slice(end).join('\n'),
  };
}

/** The people of an e-mail (addresses, or names where no address is given), for "shares a participant". */
function participants(e: EmailParts): Set<string> {
  const out = new Set<string>();
  for (const p of [e.from, ...e.to]) {
    const addrs = p.match(ADDRESS);
    if (addrs) for (const a of addrs) out.add(a.toLowerCase());
    else if (p.trim()) out.add(p.replace(/[<>"']/g, '').trim().toLowerCase());
  }
  return out;
}

/** A file name as words, without folder, extension and a leading number ("0045 nota-x.pdf" → "nota x"): dossiers are often renumbered. */
function stem(name: string): string {
  return tokens(name.split(/[\\/]/).pop()!.replace(/\.[a-z0-9]{2,5}$/i, '')).join(' ').replace(/^(\d+ )+(?=\D)/, '');
}

// ------------------------------------------------------------------------------------------
// The finder

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

interface Prepared {
  input: CopyInput;
  email?: EmailParts;
  /** Shingles of the text that decides "same text" (an e-mail's own message, else everything). */
  own: Set<number>;
  /** Shingles of the whole text. */
  full: Set<number>;
}

/**
 * Finds duplicate, thread and family groups among the documents, in dossier order.
 *
 * @example
 *   const groups = findGroups(docs.map((d) => ({ id: d.id, number: d.number, name: d.path, title: d.title,
 *                                              fileType: d.fileType, sha256: d.sha256, pages: wordsOf(d) })));
 *   groups[0]; // { kind: 'duplicate', documentIds: ['d1', 'd7'], reason: '…', similarity: 0.93 }
 */
export function findGroups(inputs: readonly CopyInput[]): FoundGroup[] {
  const docs: Prepared[] = inputs.map((input) => {
    const lines = documentLines(input.pages);
    const full = shingles(tokens(lines.join('\n')));
    if (input.fileType !== 'email') return { input, own: full, full };
    const email = splitEmail(lines);
    return { input, email, own: shingles(tokens(email.own)), full };
  });
  const n = docs.length;

  // 1. Candidate pairs for "same text": identical files, and LSH over MinHash signatures.
  const candidates = new Set<string>();
  const pair = (a: number, b: number) => `${Math.min(a, b)},${Math.max(a, b)}`;
  const byHash = new Map<string, number>();
  docs.forEach((d, i) => {
    const prev = byHash.get(d.input.sha256);
    if (prev !== undefined) candidates.add(pair(prev, i));
    else byHash.set(d.input.sha256, i);
  });
  const buckets = new Map<string, number[]>();
  docs.forEach((d, i) => {
    if (d.own.size === 0) return;
    const sig = minhash(d.own);
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join('.')}`;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    // Many documents in one bucket (the same circular in fifty mailboxes): pair each with the
    // first only, which keeps the work linear; the union-find below joins them all the same.
    if (list.length > MAX_POSTING) for (let y = 1; y < list.length; y++) candidates.add(pair(list[0], list[y]));
    else for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) candidates.add(pair(list[x], list[y]));
  }
  const dup = new UnionFind(n);
  const sameFile = new Set<string>();
  for (const key of candidates) {
    const [a, b] = key.split(',').map(Number);
    const identical = docs[a].input.sha256 === docs[b].input.sha256;
    if (identical) sameFile.add(key);
    if (identical || jaccard(docs[a].own, docs[b].own) >= DUPLICATE_THRESHOLD) dup.union(a, b);
  }

  const groups: FoundGroup[] = [];
  const clusters = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = dup.find(i);
    clusters.set(r, [...(clusters.get(r) ?? []), i]);
  }
  for (const members of clusters.values()) {
    if (members.length < 2) continue;
    const first = members[0];
    const sims = members.slice(1).map((m) => (sameFile.has(pair(first, m)) ? 1 : jaccard(docs[first].own, docs[m].own)));
    const similarity = Math.round(Math.min(...sims) * 100) / 100;
    const allSameFile = members.slice(1).every((m) => sameFile.has(pair(first, m)));
    const what = docs[first].email ? 'dezelfde e-mail' : 'dezelfde tekst';
    const later = members.slice(1).map((m) => docs[m].input.number).join(', ');
    const copies = members.length > 2 ? 'zijn kopieën' : 'is een kopie';
    groups.push({
      kind: 'duplicate',
      documentIds: members.map((m) => docs[m].input.id),
      similarity,
      reason: allSameFile
        ? `${members.length} identieke bestanden (zelfde SHA-256): document ${docs[first].input.number} wordt beoordeeld, ${later} ${copies} ("dubbel").`
        : `${what} in ${members.length} documenten (minstens ${Math.round(similarity * 100)}% van de passages gelijk): document ${docs[first].input.number} wordt beoordeeld, ${later} ${copies} ("dubbel").`,
    });
  }

  // 2. Threads: e-mails with the same subject key and a shared participant, or quoting each other.
  const emails = docs.map((d, i) => ({ d, i })).filter((x) => x.d.email);
  const thread = new UnionFind(n);
  const quotedIn = new Map<number, Set<number>>();
  const byKey = new Map<string, number[]>();
  for (const { d, i } of emails) {
    const key = d.email!.threadKey;
    if (key.length >= 3) byKey.set(key, [...(byKey.get(key) ?? []), i]);
  }
  const people = new Map<number, Set<string>>(emails.map(({ d, i }) => [i, participants(d.email!)]));
  for (const list of byKey.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const pa = people.get(list[x])!;
        if ([...people.get(list[y])!].some((p) => pa.has(p))) thread.union(list[x], list[y]);
      }
    }
  }
  // Quoted blocks: an index of every 4th shingle of each e-mail's whole text.
  const index = new Map<number, number[]>();
  for (const { d, i } of emails) {
    for (const h of d.full) {
      if (h % SAMPLE_MOD !== 0) continue;
      const list = index.get(h);
      if (list) list.push(i);
      else index.set(h, [i]);
    }
  }
  for (const { d, i } of emails) {
    const hits = new Map<number, number>();
    for (const h of d.own) {
      if (h % SAMPLE_MOD !== 0) continue;
      const list = index.get(h);
      if (!list || list.length > MAX_POSTING) continue;
      for (const j of list) if (j !== i) hits.set(j, (hits.get(j) ?? 0) + 1);
    }
    for (const [j, count] of hits) {
      if (count < 2 || dup.find(i) === dup.find(j)) continue;
      if (intersection(d.own, docs[j].full) / d.own.size >= QUOTED_THRESHOLD) {
        thread.union(i, j);
        quotedIn.set(i, new Set([...(quotedIn.get(i) ?? []), j]));
      }
    }
  }
  const threads = new Map<number, number[]>();
  for (const { i } of emails) {
    const r = thread.find(i);
    threads.set(r, [...(threads.get(r) ?? []), i]);
  }
  for (const members of threads.values()) {
    const messages = new Set(members.map((m) => dup.find(m)));
    if (messages.size < 2) continue;
    const sorted = [...members].sort((a, b) => {
      const sa = docs[a].email!.sent;
      const sb = docs[b].email!.sent;
      if (sa && sb && sa !== sb) return sa < sb ? -1 : 1;
      if (quotedIn.get(a)?.has(b)) return -1;
      if (quotedIn.get(b)?.has(a)) return 1;
      return a - b;
    });
    const subject = docs[sorted[0]].email!.subject.replace(REPLY_PREFIX, '').trim();
    const quoting = members.some((m) => quotedIn.has(m));
    groups.push({
      kind: 'thread',
      documentIds: sorted.map((m) => docs[m].input.id),
      reason: `${messages.size} e-mails van één gesprek${subject ? ` ("${subject}")` : ''}: ${quoting ? 'latere citeren eerdere' : 'hetzelfde onderwerp en dezelfde personen'}; in volgorde van verzending: ${sorted.map((m) => docs[m].input.number).join(', ')}.`,
    });
  }

  // 3. Families: an e-mail and the documents its attachment line names.
  const byStem = new Map<string, number[]>();
  docs.forEach((d, i) => {
    for (const s of new Set([stem(d.input.name), stem(d.input.title)])) if (s) byStem.set(s, [...(byStem.get(s) ?? []), i]);
  });
  for (const { d, i } of emails) {
    const found: number[] = [];
    const names: string[] = [];
    for (const att of d.email!.attachments) {
      const hits = (byStem.get(stem(att)) ?? []).filter((j) => j !== i && !found.includes(j));
      if (hits.length > 0) {
        found.push(...hits);
        names.push(att);
      }
    }
    if (found.length === 0) continue;
    groups.push({
      kind: 'family',
      documentIds: [i, ...found.sort((a, b) => a - b)].map((m) => docs[m].input.id),
      reason: `e-mail ${d.input.number} noemt ${names.map((x) => `"${x}"`).join(', ')} als bijlage: ${found.map((m) => docs[m].input.number).join(', ')}.`,
    });
  }
  return groups;
}
