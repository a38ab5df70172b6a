/**
 * Checks run before an export, for the mistakes officers make when they assemble a decision by
 * hand: a name blacked out on one page and readable on the next, a ground used in a document
 * but missing from the inventory, a document called "openbaar" that has redactions.
 *
 * A finding has two messages: `message` may quote the redacted text (for the officer, on
 * screen) and `publicMessage` never does (for reports that go into the bundle).
 */
import { DUBBEL } from '../dossier/groups';
import type { Dossier, DossierDocument, Redaction } from '../dossier/types';
import { sortGrounds, type GroundsCatalogue } from './grounds';
import { acceptedRedactions, beoordelingLabel, compareNumbers, type InventoryRow } from './inventory';

export type FindingKind =
  | 'readable-elsewhere'
  | 'grounds-missing-from-list'
  | 'unknown-ground'
  | 'openbaar-with-redactions'
  | 'niet-openbaar-without-grounds'
  | 'reeds-openbaar-without-link'
  | 'no-date'
  | 'proposed-left'
  | 'title-reveals-redacted'
  | 'no-text-layer'
  | 'copies-differ'
  | 'group-undecided'
  | 'platform-warning'
  | 'no-organisation';

export interface Finding {
  kind: FindingKind;
  /** 'error' should stop a publication; 'warning' asks the officer to look. */
  severity: 'error' | 'warning';
  document?: string;
  page?: number;
  /** For the officer: may quote redacted text. */
  message: string;
  /** For the bundle: never quotes redacted text. */
  publicMessage: string;
}

/** Page texts of a document's original, page 1 first, for the "readable elsewhere" check. */
export type PageTexts = ReadonlyMap<string, readonly string[]>;

function norm(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** No letter or digit just before `at` (the code point, surrogate pairs included). */
function wordEdgeBefore(s: string, at: number): boolean {
  if (at === 0) return true;
  const low = s.charCodeAt(at - 1);
  const high = at >= 2 ? s.charCodeAt(at - 2) : 0;
  const start = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? at - 2 : at - 1;
  return !LETTER_OR_DIGIT.test(String.fromCodePoint(s.codePointAt(start)!));
}

/** No letter or digit at `at`. */
function wordEdgeAfter(s: string, at: number): boolean {
  return at >= s.length || !LETTER_OR_DIGIT.test(String.fromCodePoint(s.codePointAt(at)!));
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Runs every check. `texts` (page texts of the originals by document id) enables the
 * "redacted here, readable there" check; without it that check is skipped.
 *
 * @example
 *   for (const f of checkConsistency(dossier, rows, { texts, catalogue })) console.log(f.message);
 */
export function checkConsistency(
  d: Dossier,
  rows: readonly InventoryRow[],
  opts: { texts?: PageTexts; catalogue?: GroundsCatalogue } = {},
): Finding[] {
  const out: Finding[] = [];
  // "dubbel" is no legal ground but the platform's mark for a copy judged elsewhere.
  const known = opts.catalogue ? new Set([...opts.catalogue.grounds.map((g) => g.code), DUBBEL]) : undefined;
  const docs = new Map(d.documents.map((x) => [x.id, x]));

  for (const row of rows) {
    const doc = docs.get(row.documentId)!;
    const acc = acceptedRedactions(d, doc.id);
    const used = sortGrounds([...acc.flatMap((r) => r.grounds), ...doc.wholeDocumentGrounds], opts.catalogue);
    // A copy ("dubbel") is not published: its row names the original, not the grounds of its boxes.
    const missing = row.duplicateOf ? [] : used.filter((g) => !row.grounds.includes(g));
    if (missing.length > 0) {
      const m = `Document ${row.number} uses ground(s) ${missing.join(', ')} that its inventory row does not list; add them to the row or clear the row's own grounds.`;
      out.push({ kind: 'grounds-missing-from-list', severity: 'error', document: row.number, message: m, publicMessage: m });
    }
    if (known) {
      const unknown = sortGrounds([...used, ...row.grounds]).filter((g) => !known.has(g));
      if (unknown.length > 0) {
        const m = `Document ${row.number} cites ${unknown.join(', ')}, which ${unknown.length === 1 ? 'is not a ground' : 'are not grounds'} of the ${d.law === 'woo' ? 'Woo' : 'Wob'}; correct the code(s).`;
        out.push({ kind: 'unknown-ground', severity: 'error', document: row.number, message: m, publicMessage: m });
      }
    }
    if (row.beoordeling === 'openbaar' && acc.length > 0) {
      const m = `Document ${row.number} is marked Openbaar but has ${acc.length} redaction(s); mark it Deels openbaar or reject the redactions.`;
      out.push({ kind: 'openbaar-with-redactions', severity: 'error', document: row.number, message: m, publicMessage: m });
    }
    if ((row.beoordeling === 'niet openbaar' || row.beoordeling === 'deels openbaar') && row.grounds.length === 0) {
      const m = `Document ${row.number} is marked ${beoordelingLabel(row.beoordeling)} without any ground; give the ground(s) for withholding it.`;
      out.push({ kind: 'niet-openbaar-without-grounds', severity: 'error', document: row.number, message: m, publicMessage: m });
    }
    if (row.beoordeling === 'reeds openbaar' && !row.publicLink) {
      const m = `Document ${row.number} is marked Reeds openbaar without a public link; add where it can be found.`;
      out.push({ kind: 'reeds-openbaar-without-link', severity: 'warning', document: row.number, message: m, publicMessage: m });
    }
    if (!doc.date || doc.dateSource === 'file') {
      const m = doc.date
        ? `Document ${row.number} has no date in its text; ${doc.date} is the file's creation date, check it.`
        : `Document ${row.number} has no date; add the date of the document (YYYY-MM-DD).`;
      out.push({ kind: 'no-date', severity: 'warning', document: row.number, message: m, publicMessage: m });
    }
    const proposed = d.redactions.filter((r) => r.documentId === doc.id && r.status === 'proposed').length;
    if (proposed > 0) {
      const m = `Document ${row.number} still has ${proposed} undecided suggestion(s); accept or reject them.`;
      out.push({ kind: 'proposed-left', severity: 'warning', document: row.number, message: m, publicMessage: m });
    }
  }
  out.push(...titleLeaks(d, rows));
  out.push(...copiesDiffer(d, rows));
  if (opts.texts) {
    out.push(...readableElsewhere(d, rows, opts.texts));
    for (const row of rows) {
      const pages = opts.texts.get(row.documentId);
      if (!pages || pages.some((t) => t.trim() !== '')) continue;
      if (row.beoordeling !== 'openbaar' && row.beoordeling !== 'deels openbaar') continue;
      const m = `Document ${row.number} has no text layer (a scan?), so Lakstift could not look for anything to redact in it; run OCR first or check every page by eye.`;
      out.push({ kind: 'no-text-layer', severity: 'error', document: row.number, message: m, publicMessage: m });
    }
  }
  return out.sort((a, b) => compareNumbers(a.document ?? '', b.document ?? '') || (a.page ?? 0) - (b.page ?? 0));
}

/**
 * Copies that are judged differently: in a duplicate group every published copy should carry the
 * same redactions and beoordeling. A group the officer has not decided on is a warning too.
 */
function copiesDiffer(d: Dossier, rows: readonly InventoryRow[]): Finding[] {
  const out: Finding[] = [];
  const rowOf = new Map(rows.map((r) => [r.documentId, r]));
  for (const g of d.groups) {
    if (g.status === 'split') continue;
    const members = g.documentIds.map((id) => rowOf.get(id)).filter((r): r is InventoryRow => r !== undefined);
    if (members.length < 2) continue;
    const numbers = members.map((r) => r.number).join(', ');
    if (g.status === 'proposed' && g.kind === 'duplicate') {
      const m = `Documents ${numbers} look like copies of one text; accept the group (the later copies become "dubbel") or split it.`;
      out.push({ kind: 'group-undecided', severity: 'warning', document: members[0].number, message: m, publicMessage: m });
    }
    if (g.kind !== 'duplicate') continue;
    const judged = members.filter((r) => !r.duplicateOf);
    if (judged.length < 2) continue;
    const texts = judged.map((r) => new Set(acceptedRedactions(d, r.documentId).map((x) => norm(x.text)).filter((t) => t.length > 0)));
    const sameTexts = texts.every((t) => t.size === texts[0].size && [...t].every((x) => texts[0].has(x)));
    const sameJudgement = judged.every((r) => r.beoordeling === judged[0].beoordeling);
    if (sameTexts && sameJudgement) continue;
    const what = !sameJudgement ? `are judged differently (${judged.map((r) => `${r.number}: ${beoordelingLabel(r.beoordeling)}`).join(', ')})` : 'have different redactions';
    const m = `Documents ${judged.map((r) => r.number).join(', ')} are copies of one text but ${what}; redact every copy alike or mark the later ones "dubbel".`;
    out.push({ kind: 'copies-differ', severity: 'warning', document: judged[0].number, message: m, publicMessage: m });
  }
  return out;
}

/** The distinct accepted redaction texts of a dossier (3 characters or more), normalised. */
export function redactedTexts(d: Dossier): string[] {
  const set = new Set<string>();
  for (const r of d.redactions) {
    if (r.status !== 'accepted') continue;
    const n = norm(r.text);
    if (n.length >= 3) set.add(n);
  }
  // Longest first, so that masking "J. de Vries" wins over masking "Vries" inside it.
  return [...set].sort((a, b) => b.length - a.length);
}

function wordRe(n: string): RegExp {
  const flexible = escapeRe(n).replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${flexible}(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * Replaces every redacted text in a free-text field (title, remarks) with "[…]": a title
 * guessed from a page can quote a name that is blacked out on that page, and the inventory
 * and file names are published.
 *
 * @example
 *   maskRedacted('Nota van J. Jansen', ['j. jansen']); // 'Nota van […]'
 */
export function maskRedacted(s: string, texts: readonly string[]): string {
  let out = s.normalize('NFC');
  for (const n of texts) out = out.replace(wordRe(n), '[…]');
  return out;
}

function titleLeaks(d: Dossier, rows: readonly InventoryRow[]): Finding[] {
  const texts = redactedTexts(d);
  const out: Finding[] = [];
  for (const row of rows) {
    for (const [field, value] of [['title', row.title], ['remarks', row.remarks]] as const) {
      const hit = texts.find((n) => wordRe(n).test(value.normalize('NFC')));
      if (!hit) continue;
      const label = field === 'title' ? 'title' : 'toelichting';
      out.push({
        kind: 'title-reveals-redacted',
        severity: 'error',
        document: row.number,
        message: `The ${label} of document ${row.number} contains "${hit}", which is redacted; it is shown as […] in the bundle, give the document a neutral ${label}.`,
        publicMessage: `The ${label} of document ${row.number} contained redacted text; it is shown as […].`,
      });
    }
  }
  return out;
}

/**
 * Texts that are redacted somewhere but stay readable somewhere else in the published
 * documents. An occurrence on a page counts as covered when that page has at least as many
 * accepted redactions of the same text as the text occurs there (whole-page redactions cover
 * everything on their page). Texts shorter than 3 characters are too ambiguous to check.
 */
function readableElsewhere(d: Dossier, rows: readonly InventoryRow[], texts: PageTexts): Finding[] {
  const published = rows.filter((r) => r.beoordeling === 'openbaar' || r.beoordeling === 'deels openbaar');
  const acc = d.redactions.filter((r) => r.status === 'accepted');
  const redactedTexts = new Map<string, string>(); // normalised → as first written
  for (const r of acc) {
    const n = norm(r.text);
    if (n.length >= 3 && !redactedTexts.has(n)) redactedTexts.set(n, r.text.replace(/\s+/g, ' ').trim());
  }
  if (redactedTexts.size === 0) return [];
  const where = new Map<string, { doc: DossierDocument; page: number }>();
  for (const r of acc) {
    const n = norm(r.text);
    if (!where.has(n)) where.set(n, { doc: d.documents.find((x) => x.id === r.documentId)!, page: r.page });
  }
  // One pass over each page for all texts at once (texts indexed by their first three
  // characters): a regular expression per text per page made a 1,000-page dossier with
  // thousands of redacted texts take seconds here (issue #14).
  const order = [...redactedTexts.keys()];
  const index = new Map<string, number[]>();
  order.forEach((n, k) => {
    const key = n.slice(0, 3);
    const list = index.get(key);
    if (list) list.push(k);
    else index.set(key, [k]);
  });
  const out: Finding[] = [];
  for (const row of published) {
    const pages = texts.get(row.documentId);
    if (!pages) continue;
    const byPage = new Map<number, Redaction[]>();
    for (const r of acc) {
      if (r.documentId !== row.documentId) continue;
      const list = byPage.get(r.page);
      if (list) list.push(r);
      else byPage.set(r.page, [r]);
    }
    pages.forEach((pageText, i) => {
      const page = i + 1;
      const onPage: Redaction[] = byPage.get(page) ?? [];
      if (onPage.some((r) => r.wholePage)) return;
      const hay = norm(pageText);
      // Occurrences per text as a global regular expression counts them: left to right, not
      // overlapping, at word boundaries, so that "Berg" does not match inside "Bergen".
      const count = new Map<number, number>();
      const nextFree = new Map<number, number>();
      for (let at = 0; at + 3 <= hay.length; at++) {
        const candidates = index.get(hay.slice(at, at + 3));
        if (!candidates) continue;
        for (const k of candidates) {
          const n = order[k]!;
          if (at < (nextFree.get(k) ?? 0) || !hay.startsWith(n, at) || !wordEdgeBefore(hay, at) || !wordEdgeAfter(hay, at + n.length)) continue;
          count.set(k, (count.get(k) ?? 0) + 1);
          nextFree.set(k, at + n.length);
        }
      }
      for (const k of [...count.keys()].sort((a, b) => a - b)) {
        const n = order[k]!;
        const shown = redactedTexts.get(n)!;
        const occurrences = count.get(k)!;
        const covered = onPage.filter((r) => norm(r.text).includes(n)).length;
        if (occurrences > covered) {
          const src = where.get(n)!;
          const readable = occurrences - covered;
          out.push({
            kind: 'readable-elsewhere',
            severity: 'error',
            document: row.number,
            page,
            message: `"${shown}" is redacted in document ${src.doc.number} (page ${src.page}) but readable ${readable === 1 ? 'once' : `${readable} times`} in document ${row.number} on page ${page}; redact every occurrence or reconsider.`,
            publicMessage: `A text redacted in document ${src.doc.number} is readable in document ${row.number} on page ${page}; redact every occurrence or reconsider.`,
          });
        }
      }
    });
  }
  return out;
}
