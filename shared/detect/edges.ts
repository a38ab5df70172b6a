/**
 * Header and footer lines (issue #11 class 6): a line repeated at the top or bottom of most pages
 * is the organisation's letterhead or footer, whatever the page number in it.
 */
import type { DetectContext, DocumentProfile } from './types';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A header or footer line with its page number taken out ("Pagina 3 van 12" = "Pagina # van #"). */
export function normaliseEdgeLine(line: string): string {
  return collapse(line).replace(/\b(?:pagina|page|blz\.?|p\.)\s*\d+(?:\s*(?:van|of|\/)\s*\d+)?/giu, '#').replace(/^\d{1,3}$|^\d{1,3}\s*[|/]|[|/]\s*\d{1,3}$/g, '#').trim();
}

/**
 * True when `offset` lies on one of the first or last three non-empty lines of the page text: where
 * a letterhead or running footer stands, whether or not the profile found it on most pages.
 */
export function onEdgeLines(text: string, offset: number): boolean {
  const lines = text.split('\n');
  const filled: number[] = [];
  let at = 0;
  let mine = -1;
  for (let k = 0; k < lines.length; k++) {
    if (offset >= at && offset <= at + lines[k]!.length) mine = k;
    if (lines[k]!.trim()) filled.push(k);
    at += lines[k]!.length + 1;
  }
  const idx = filled.indexOf(mine);
  return idx >= 0 && (idx < 3 || idx >= filled.length - 3);
}

/** True when `start` lies on a line that the profile knows as header or footer boilerplate. */
export function onBoilerplateLine(profile: DocumentProfile, text: string, start: number): boolean {
  if (profile.boilerplate.size === 0) return false;
  const a = text.lastIndexOf('\n', start - 1) + 1;
  const b = text.indexOf('\n', start);
  return profile.boilerplate.has(normaliseEdgeLine(text.slice(a, b < 0 ? text.length : b)));
}

/**
 * The name of a team, department, desk or service (not a person): "Team Handhaving", "Afdeling
 * Burgerzaken", "Servicedesk ICT", "De Omgevingsdienst", "Klantcontactcentrum", "Gemeente X", with a
 * first compound joined by "- en" ("Sport- en Cultuurdienst").
 */
const UNIT_NAME = /^(?:de\s+|het\s+)?(?:[\p{L}]{3,}-\s+(?:en|of)\s+)?(?:team|afdeling|bureau|directie|sector|cluster|unit|dienst|servicedesk|helpdesk|loket|servicepunt|meldpunt|secretariaat|griffie|klantcontactcentrum|klantenservice|frontoffice|backoffice|publieksbalie|gemeente|ministerie|provincie|waterschap|omgevingsdienst|veiligheidsregio|ggd|hoogheemraadschap|stichting|vereniging|[\p{L}]{3,}(?:dienst|loket|centrum|balie|desk|zaken|team|punt|lijn|bureau))(?:\s+(?:\p{Lu}[\p{L}&-]*|van|voor|en|de|het|der|\p{Lu}{2,6}))*$/iu;

/** The name of a team, department, desk, service or public organisation ("Waterschap X", "Afdeling Y"), not a person's. */
export function isUnitName(s: string): boolean {
  return UNIT_NAME.test(collapse(s));
}

/** A short label before a value in a contact block or letterhead ("T", "Tel.", "E-mail:", "Telefoon"). */
const VALUE_LABEL = /^(?:[tefmwi]|tel|tel\.|telefoon|fax|e-?mail|mail|web|website|internet|bereikbaar(?:\s+op)?|nummer|telefoonnummer)\s*[.:]?\s*$/i;

/**
 * A team, department or service named beside the item on its own line, with nothing personal
 * there: "Team Handhaving | 030 … | handhaving@…", "Afdeling Burgerzaken: 0320 …", "De
 * Omgevingsdienst (050 …)". `isName` says whether a segment is a person's name. Returns the unit's name.
 */
export function unitOnLine(text: string, start: number, end: number, isName: (segment: string) => boolean): string | undefined {
  const a = text.lastIndexOf('\n', start - 1) + 1;
  const b = text.indexOf('\n', end);
  const before = text.slice(a, start);
  const after = text.slice(end, b < 0 ? text.length : b);
  const segments = `${before}\u0000${after}`.split(/\s*[|·•\t]\s*|\s{3,}/).map((x) => x.trim()).filter(Boolean);
  const others = segments.filter((x) => !x.includes('\u0000'));
  // Directly before the item, in its own segment: "Afdeling Burgerzaken:", "De Omgevingsdienst (".
  // "Gemeente X, telefoon 0543 …": the comma before the label parts the unit's name from it.
  const own = (segments.find((x) => x.includes('\u0000')) ?? '').split('\u0000')[0]!.replace(/[\s:(–-]+$/, '').replace(/\s+(?:[tefm]|tel\.?|telefoon|e-?mail)$/i, '').replace(/[\s,;]+$/, '');
  if (others.some((x) => !/\d|@/.test(x) && isName(x.replace(/^[\p{L}.]{1,12}\s*[.:]\s*/u, '')))) return undefined;
  // "Meer informatie: Gemeente X, telefoon …": the field after a label is the one that owns the number.
  const field = own.replace(/^[\p{L} ]{2,40}:\s*/u, '');
  if (field && UNIT_NAME.test(field)) return collapse(field);
  const unit = others.find((x) => !/\d|@/.test(x) && UNIT_NAME.test(x.replace(/[:(]\s*$/, '')));
  return unit ? collapse(unit.replace(/[:(]\s*$/, '')) : undefined;
}

/**
 * The contact block or letterhead the item stands in (the non-empty lines right above it, up to
 * five) is headed by a team, department or organisation and names no person: every other line of
 * the block is a label with its value ("T 0521 …", "E-mail: …"), an address or postcode line, or
 * another unit's name. Returns the unit's name.
 */
export function unitBlock(text: string, start: number, isName: (line: string) => boolean): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const own = text.slice(lineStart, start).trim();
  if (own && !VALUE_LABEL.test(own)) return undefined;
  const above = text.slice(Math.max(0, lineStart - 500), lineStart).split('\n');
  above.pop();
  const block: string[] = [];
  for (let k = above.length - 1; k >= 0 && block.length < 5; k--) {
    const l = above[k]!.trim();
    if (!l) break;
    block.unshift(l);
  }
  if (block.length === 0) return undefined;
  let unit: string | undefined;
  for (const l of block) {
    if (isName(l)) return undefined;
    if (l.length <= 60 && UNIT_NAME.test(l.replace(/[,:]$/, ''))) { unit ??= l.replace(/[,:]$/, ''); continue; }
    if (/^(?:contact(?:gegevens)?|colofon|bereikbaarheid|(?:meer\s+)?informatie|vragen\??|adres(?:gegevens)?)\s*:?$/i.test(l)) continue;
    const label = /^([\p{L}.-]{1,14})\s*[.:]?\s+\S/u.exec(l);
    if (label && VALUE_LABEL.test(label[1]!)) continue;
    if (/\bpostbus\s+\d|\b\d{4}\s?[A-Z]{2}\b|\bwww\.|^[\p{L} .'-]+\s\d{1,4}[a-z]?$/u.test(l)) continue;
    return undefined;
  }
  return unit ? collapse(unit) : undefined;
}

/**
 * What a company prints in its letterhead, footer, colophon or contact line: its Chamber of Commerce
 * (KvK) number, its VAT (BTW) identification number, or its legal form after its name ("Hendriks
 * Bouw B.V."). Case-insensitive for the labels; the legal forms only as companies write them.
 */
const COMPANY_NUMBER = /\b(?:kvk|k\.v\.k\.|kamer\s+van\s+koophandel|handelsregister|chamber\s+of\s+commerce)(?:[-\s]?(?:nr|nummer|number|no)\.?)?\s*[.:]?\s*\d{8}\b|\b(?:btw|vat|omzetbelasting)(?:[-\s]?(?:nr|nummer|id|identificatienummer|number|no)\.?)?\s*[.:]?\s*NL\s?\d{9}\s?B\s?\d{2}\b|\bNL\d{9}B\d{2}\b/iu;
const LEGAL_FORM = /\p{Lu}[\p{L}&'’-]*(?:\s+(?:&\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’-]*){0,4}\s+(?:B\.\s?V\.|N\.\s?V\.|V\.\s?O\.\s?F\.|C\.\s?V\.|BV|NV|VOF|Holding|GmbH|Ltd\.?|Inc\.?|S\.A\.)(?![\p{L}])/u;

/**
 * A company named with its legal form right before the item, which follows in brackets, after a colon
 * or a dash, or after a phone label ("melding doorgegeven aan Alarmcentrale Waakzaam B.V. (088 …)",
 * "Hendriks Bouw B.V., tel. 020 …"): the company's own number or address. `lineBefore` is the item's
 * line up to the item. Returns the company's name.
 */
const COMPANY_BEFORE = new RegExp(String.raw`(${LEGAL_FORM.source})[ 	]*(?:\(|[:,–-])?[ 	]*(?:(?:tel(?:efoon)?\.?|t\.?)[ 	]*:?[ 	]*)?$`, 'u');
export function companyBefore(lineBefore: string): string | undefined {
  const m = COMPANY_BEFORE.exec(lineBefore);
  return m ? collapse(m[1]!) : undefined;
}

/**
 * The item stands in a company's published details: its line, or the block of lines around it (no
 * blank line between, five above and three below at most), carries a KvK or BTW number or a company
 * name with its legal form, and no line of the block is a person's name (an employee's signature with
 * the company below it is that person's). `isName` says whether a line is a person's name. Returns
 * the company's name or number as found, for the reason.
 *
 * @example
 *   companyDetails('Hendriks Bouw B.V. | KvK 12345678\nsales@hendriksbouw.nl', 40, () => false); // 'Hendriks Bouw B.V.'
 */
export function companyDetails(text: string, start: number, isName: (line: string) => boolean): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start);
  const block = [text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)];
  const above = text.slice(Math.max(0, lineStart - 600), Math.max(0, lineStart - 1)).split('\n');
  if (lineStart > 0) for (let k = above.length - 1; k >= 0 && block.length < 6 && above[k]!.trim(); k--) block.unshift(above[k]!);
  if (lineEnd >= 0) {
    const below = text.slice(lineEnd + 1, lineEnd + 400).split('\n');
    for (let k = 0, n = 0; k < below.length && n < 3 && below[k]!.trim(); k++, n++) block.push(below[k]!);
  }
  let mark: string | undefined;
  for (const l of block) {
    const segments = l.split(/\s*[|·•,;\t]\s*|\s{3,}/).map((x) => x.trim()).filter(Boolean);
    if (segments.some((x) => !/\d|@/.test(x) && isName(x))) return undefined;
    mark ??= LEGAL_FORM.exec(l)?.[0] ?? COMPANY_NUMBER.exec(l)?.[0];
  }
  return mark ? collapse(mark) : undefined;
}

/**
 * The line belongs to a running header or footer: a block of lines at the top or bottom edge of the
 * page, inside the margin (top or bottom 6 %), set off from the body by a gap.
 */
export function inPageMargin(ctx: DetectContext, offset: number): boolean {
  const { page } = ctx;
  const li = page.charToLine?.[offset] ?? -1;
  const line = li >= 0 ? page.lines[li] : undefined;
  if (!line || !page.height || page.lines.length < 3) return false;
  const bottom = line.rect[1] >= page.height * 0.9;
  const top = line.rect[3] <= page.height * 0.1;
  if (!bottom && !top) return false;
  const sorted = [...page.lines].sort((x, y) => x.rect[1] - y.rect[1]);
  if (bottom) sorted.reverse();
  const h = Math.max(4, line.rect[3] - line.rect[1]);
  // The edge block: lines from the edge inwards while they follow each other closely.
  let i = 0;
  for (; i + 1 < sorted.length; i++) {
    const cur = sorted[i]!;
    const next = sorted[i + 1]!;
    const gap = bottom ? cur.rect[1] - next.rect[3] : next.rect[1] - cur.rect[3];
    if (gap >= h * 1.5) break;
  }
  if (i + 1 >= sorted.length) return false;
  const block = sorted.slice(0, i + 1);
  if (!block.includes(line) || block.length > 3) return false;
  const inner = block[block.length - 1]!;
  return bottom ? inner.rect[1] >= page.height * 0.94 : inner.rect[3] <= page.height * 0.06;
}
