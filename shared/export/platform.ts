/**
 * The import rules of the Rijksoverheid's Woo publication platform (minvws/nl-rdo-woo-web, the
 * software behind open.minvws.nl) for a productierapport, as our own validator: a table is
 * checked the way the platform's importer reads it, before Lakstift writes it, so that an
 * inventory either uploads as it is or the officer is told which cell breaks which rule.
 *
 * Followed: the platform's `InventoryReaderFactory` (headers and aliases), `InventoryReader`
 * (per-row rules), `InventoryDataHelper` (separators, "true" values, date formats, ground
 * normalisation), `Judgement`, `Citation`, `DocumentId`, `DocumentMatter`, `PublicationContext`,
 * `InquiryNumbers` and `DocumentNumberExtractor`, at commit 4b9b6f6b225e38565cc43c63edbdf2dfc306923e
 * (docs/publication.md lists what each rule rests on). Their code is not copied: the rules are
 * re-implemented from what they do.
 *
 * Two severities: an `error` makes the platform refuse the row (and one bad row fails the whole
 * run); a `warning` is something the platform accepts but silently changes or cannot use (a
 * ground it stores without a classification, a judgement it reads as "Niet openbaar", an ID
 * whose file it can never match, "12abc" read as 12).
 */

/** The fields of the platform's importer, by our names. */
export type PlatformField =
  | 'date' | 'document' | 'family' | 'fileType' | 'grounds' | 'id' | 'judgement' | 'threadId'
  | 'caseNumbers' | 'suspended' | 'links' | 'remark' | 'matter' | 'publicationContext' | 'relatedIds';

/**
 * Header aliases per field, in the platform's mapping order (InventoryReaderFactory). A header
 * is matched after lower-casing, trimming and stripping leading digits ("1. ID" → "id"), and the
 * first column that matches a field takes it: so a "Nr." column before "Document" becomes the
 * document column and "Document" is then ignored.
 */
export const PLATFORM_HEADERS: readonly { field: PlatformField; required: boolean; aliases: readonly string[] }[] = [
  { field: 'date', required: false, aliases: ['date', 'datum', 'datum (utc)'] },
  { field: 'document', required: true, aliases: ['document', 'document id', 'documentnr', 'document nr', 'documentnr.', 'document nr.', 'nr.', 'omschrijving', 'name'] },
  { field: 'family', required: false, aliases: ['family', 'familie', 'family id'] },
  { field: 'fileType', required: false, aliases: ['file type', 'filetype'] },
  { field: 'grounds', required: true, aliases: ['beoordelingsgrond', 'grond', 'tagmulti006', 'beoordelingsgrond (; gescheiden)', 'code entries'] },
  { field: 'id', required: true, aliases: ['id'] },
  { field: 'judgement', required: true, aliases: ['beoordeling', 'openbaarmaking'] },
  { field: 'threadId', required: false, aliases: ['thread id', 'email thread id', 'email thread'] },
  { field: 'caseNumbers', required: false, aliases: ['zaaknr', 'casenr', 'zaak', 'case', 'zaaknummer'] },
  { field: 'suspended', required: false, aliases: ['opgeschort', 'suspended', 'tag015'] },
  { field: 'links', required: false, aliases: ['publiekelinktag', 'publieke link', 'publiekelink', 'publicatielink', 'publicatie link', 'publiekelink ( | gescheiden)'] },
  { field: 'remark', required: false, aliases: ['toelichting', 'opmerking'] },
  { field: 'matter', required: false, aliases: ['matter', 'matter / marjoleinnummer'] },
  { field: 'publicationContext', required: false, aliases: ['publicatiecontext', 'publicationcontext', 'publication context', 'publication_context'] },
  { field: 'relatedIds', required: false, aliases: ['gerelateerd id'] },
];

/** The four judgements the platform knows (anything else it reads as "Niet openbaar"). */
export const PLATFORM_JUDGEMENTS = ['openbaar', 'deels openbaar', 'reeds openbaar', 'niet openbaar'] as const;

/** Ground codes the platform classifies (its Citation lists, in its own spelling), and "dubbel". */
export const PLATFORM_GROUNDS: ReadonlySet<string> = new Set([
  '5.1.1a', '5.1.1b', '5.1.1c', '5.1.1d', '5.1.1e', '5.1.2a', '5.1.2b', '5.1.2c', '5.1.2d', '5.1.2e', '5.1.2f',
  '5.1.2g', '5.1.2h', '5.1.2i', '5.1.5', '5.2', '5.4',
  '10.1a', '10.1b', '10.1c', '10.1d', '10.2a', '10.2b', '10.2c', '10.2d', '10.2e', '10.2g', '11.1',
  'dubbel',
]);

/** The source types the platform knows ("File type"); anything else becomes "unknown". */
export const PLATFORM_SOURCE_TYPES: ReadonlySet<string> = new Set([
  'pdf', 'doc', 'image', 'presentation', 'spreadsheet', 'email', 'html', 'note', 'database', 'xml', 'video', 'vcard',
  'chat', 'audio', 'unknown', 'word processing', 'chatbericht',
]);

export const MATTER_PATTERN = /^[A-Za-z0-9._~-]+$/;
export const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9.-]+$/;
/** Zaaknummers (the platform's inquiry numbers): letters, digits, "-", ".", ";", "(", ")" and spaces. */
export const CASE_NUMBER_PATTERN = /^[a-z0-9.;() -]+$/i;
export const MAX_ID_LENGTH = 170;
export const MAX_MATTER_LENGTH = 255;
export const MAX_REMARK_LENGTH = 1000;
export const MAX_LINK_LENGTH = 2048;
export const MAX_FILENAME_BYTES = 500;

export type PlatformRule =
  | 'missing-header' | 'id' | 'id-not-matchable' | 'matter' | 'matter-and-context' | 'family' | 'thread'
  | 'remark-length' | 'link' | 'date' | 'document-length' | 'case-number' | 'related-id' | 'judgement'
  | 'ground-unknown' | 'file-type' | 'number-truncated' | 'duplicate-id';

/** One broken rule in one cell (or a missing column, row 1). */
export interface PlatformProblem {
  severity: 'error' | 'warning';
  rule: PlatformRule;
  /** Sheet row, 1-based (the header is row 1), as the platform numbers rows in its messages. */
  row: number;
  /** The ID of the row, when it has one. */
  id?: string;
  field: PlatformField;
  /** The column's header as written in the file (or the field's first alias when missing). */
  column: string;
  /** One English sentence: file-independent, names row, column and rule. */
  message: string;
  /** The same in Dutch, for the app. */
  messageNl: string;
}

export interface PlatformVerdict {
  /** True when the platform would import every row (no errors; warnings allowed). */
  accepted: boolean;
  problems: PlatformProblem[];
  /** Rows read (empty rows are skipped, as the platform does). */
  rows: number;
}

/** The platform's header normalisation: lower case, trimmed, leading digits stripped. */
export function normaliseHeader(h: string): string {
  return h.toLowerCase().trim().replace(/^[0-9]+/, '').trim();
}

/**
 * Which column holds which field, as the platform maps a header row: each header takes the first
 * still-unmapped field whose aliases contain it.
 *
 * @example
 *   mapHeaders(['Nr.', 'Document', 'Beoordeling']).get('document'); // 0 (the "Nr." column)
 */
export function mapHeaders(headers: readonly string[]): Map<PlatformField, number> {
  const out = new Map<PlatformField, number>();
  headers.forEach((h, i) => {
    const name = normaliseHeader(h);
    if (name === '') return;
    for (const m of PLATFORM_HEADERS) {
      if (!out.has(m.field) && m.aliases.includes(name)) out.set(m.field, i);
    }
  });
  return out;
}

/** Splits on separators, trims, drops empty values (the platform's separateValues). */
export function separateValues(v: string, separators: readonly string[] = [';']): string[] {
  const t = v.trim();
  if (t === '') return [];
  const re = new RegExp(separators.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  return t.split(re).map((s) => s.trim()).filter((s) => s !== '' && s !== '0');
}

/** The platform's spelling of a ground ("10.2.e" → "10.2e", "5.1.2.e" → "5.1.2e"); spaces dropped, lower case. */
export function platformGround(code: string): string {
  const c = code.replace(/\s+/g, '').toLowerCase();
  return c.replace(/^(5\.1\.[12]|10\.[12])\.([a-i])$/, '$1$2');
}

/**
 * PHP's FILTER_VALIDATE_URL as the platform applies it to public links: ASCII only, no spaces,
 * a scheme, and for hierarchical schemes a host of letters, digits, dots and hyphens.
 *
 * @example
 *   isPlatformUrl('https://open.minvws.nl/dossier/x'); // true
 *   isPlatformUrl('http://invalid link because of spaces'); // false
 */
export function isPlatformUrl(s: string): boolean {
  if (!/^[\x21-\x7e]+$/.test(s)) return false;
  const m = /^([a-z][a-z0-9+.-]*):(.*)$/i.exec(s);
  if (!m) return false;
  const [, scheme, rest] = m;
  if (/^(mailto|news|file)$/i.test(scheme)) return rest.length > 0;
  const hm = /^\/\/(?:[^@/?#]*@)?([^/?#:]+)(?::(\d*))?([/?#].*)?$/.exec(rest);
  if (!hm) return false;
  const host = hm[1];
  if (/^\[[0-9a-f:.]+\]$/i.test(host)) return true;
  return host.split('.').every((label) => /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i.test(label) || label === '_');
}

const DATE_FORMATS: readonly RegExp[] = [
  /^\d{4}-\d{1,2}-\d{1,2}$/, /^\d{1,2}-\d{1,2}-\d{4}$/, /^\d{4}\/\d{1,2}\/\d{1,2}$/, /^\d{1,2}\/\d{1,2}\/\d{4}$/,
  /^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}$/, /^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2} [ap]m [A-Za-z]+$/i,
];

/** True when the platform parses the text as a date (its formats: Y-m-d, d-m-Y, Y/m/d, d/m/Y, …). */
export function isPlatformDate(s: string): boolean {
  return DATE_FORMATS.some((re) => re.test(s.trim()));
}

/** What PHP's intval makes of a cell: the leading integer, or 0. */
function intval(s: string): number {
  const m = /^\s*([+-]?\d+)/.exec(s);
  return m ? Number(m[1]) : 0;
}

const FIELD_NL: Record<PlatformField, string> = {
  date: 'Datum', document: 'Document', family: 'Family ID', fileType: 'File type', grounds: 'Beoordelingsgrond', id: 'ID',
  judgement: 'Beoordeling', threadId: 'Email Thread ID', caseNumbers: 'Zaaknummer', suspended: 'Opgeschort', links: 'Publieke link',
  remark: 'Toelichting', matter: 'Matter', publicationContext: 'Publicatiecontext', relatedIds: 'Gerelateerd ID',
};

/**
 * Checks a productierapport table (header row first, cells as text) against the platform's
 * import rules. Every problem names its row, column and rule, in English and Dutch.
 *
 * @example
 *   const v = validateProductierapport([['ID', 'Matter', 'Document', 'Beoordeling', 'Beoordelingsgrond'],
 *                                        ['0001', 'Woo-2024-0017', 'Nota', 'Openbaar', '']]);
 *   v.accepted; // true
 */
export function validateProductierapport(table: readonly (readonly (string | number | null | undefined)[])[]): PlatformVerdict {
  const cells = table.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))));
  const headers = cells[0] ?? [];
  const cols = mapHeaders(headers);
  const problems: PlatformProblem[] = [];
  const colName = (f: PlatformField) => {
    const i = cols.get(f);
    return i === undefined ? PLATFORM_HEADERS.find((m) => m.field === f)!.aliases[0] : headers[i].trim();
  };
  const missing = PLATFORM_HEADERS.filter((m) => m.required && !cols.has(m.field));
  for (const m of missing) {
    problems.push({
      severity: 'error', rule: 'missing-header', row: 1, field: m.field, column: m.aliases[0],
      message: `The header row has no column the platform reads as "${FIELD_NL[m.field]}" (it accepts ${m.aliases.map((a) => `"${a}"`).join(', ')}); the platform refuses the file ("Missing: ${m.field === 'grounds' ? 'ground' : m.field}").`,
      messageNl: `De kopregel heeft geen kolom die het platform als "${FIELD_NL[m.field]}" leest (toegestaan: ${m.aliases.map((a) => `"${a}"`).join(', ')}); het platform weigert het bestand.`,
    });
  }
  if (missing.length > 0) return { accepted: false, problems, rows: Math.max(0, cells.length - 1) };

  const seen = new Map<string, number>();
  let rows = 0;
  for (let r = 1; r < cells.length; r++) {
    const row = cells[r];
    if (row.every((c) => c.trim() === '')) continue;
    rows++;
    const sheetRow = r + 1;
    const get = (f: PlatformField): string | undefined => {
      const i = cols.get(f);
      return i === undefined ? undefined : (row[i] ?? '');
    };
    const id = get('id') ?? '';
    const add = (severity: 'error' | 'warning', rule: PlatformRule, field: PlatformField, what: string, wat: string) => {
      const where = `Row ${sheetRow}${id ? ` (ID ${id})` : ''}, column "${colName(field)}"`;
      const waar = `Rij ${sheetRow}${id ? ` (ID ${id})` : ''}, kolom "${colName(field)}"`;
      problems.push({ severity, rule, row: sheetRow, ...(id ? { id } : {}), field, column: colName(field), message: `${where}: ${what}`, messageNl: `${waar}: ${wat}` });
    };

    // Matter or publication context: exactly one of them per row.
    const matter = get('matter') ?? '';
    const context = get('publicationContext') ?? '';
    if (matter.trim() === '' && context.trim() === '') {
      add('error', 'matter', 'matter', 'the row has no Matter; give the matter (letters, digits, ".", "_", "~" or "-").', 'de rij heeft geen Matter; vul de matter in (letters, cijfers, ".", "_", "~" of "-").');
    } else if (matter.trim() !== '' && context.trim() !== '') {
      add('error', 'matter-and-context', 'matter', 'the row has both a Matter and a publication context, which the platform refuses; keep one.', 'de rij heeft zowel een Matter als een publicatiecontext, wat het platform weigert; houd er één.');
    } else if (matter.trim() !== '' && (!MATTER_PATTERN.test(matter) || [...matter].length > MAX_MATTER_LENGTH)) {
      add('error', 'matter', 'matter', `"${matter}" is not a valid matter (only letters, digits, ".", "_", "~" and "-", at most ${MAX_MATTER_LENGTH}); correct it.`, `"${matter}" is geen geldige matter (alleen letters, cijfers, ".", "_", "~" en "-", hoogstens ${MAX_MATTER_LENGTH} tekens); verbeter het.`);
    } else if (context.trim() !== '' && (!MATTER_PATTERN.test(context) || [...context].length > MAX_MATTER_LENGTH)) {
      add('error', 'matter', 'publicationContext', `"${context}" is not a valid publication context (only letters, digits, ".", "_", "~" and "-"); correct it.`, `"${context}" is geen geldige publicatiecontext (alleen letters, cijfers, ".", "_", "~" en "-"); verbeter het.`);
    }

    // Public links, separated by "|"; an old habit puts a link in the remark instead.
    let links = separateValues(get('links') ?? '', ['|']);
    const remark = get('remark') ?? '';
    if ([...remark].length > MAX_REMARK_LENGTH) {
      add('error', 'remark-length', 'remark', `the remark has ${[...remark].length} characters, more than the ${MAX_REMARK_LENGTH} the platform takes; shorten it.`, `de toelichting heeft ${[...remark].length} tekens, meer dan de ${MAX_REMARK_LENGTH} die het platform toestaat; kort haar in.`);
    }
    let linkField: PlatformField = 'links';
    if (links.length === 0 && remark.startsWith('http')) {
      links = separateValues(remark, ['|']);
      linkField = 'remark';
    }
    for (const link of links) {
      if ([...link].length > MAX_LINK_LENGTH) {
        add('error', 'link', linkField, `a link is longer than ${MAX_LINK_LENGTH} characters; shorten it.`, `een link is langer dan ${MAX_LINK_LENGTH} tekens; kort hem in.`);
      } else if (!isPlatformUrl(link)) {
        add('error', 'link', linkField, `"${link}" is not a valid URL (links are separated by "|" and contain no spaces); correct it.`, `"${link}" is geen geldige URL (links worden gescheiden door "|" en bevatten geen spaties); verbeter hem.`);
      }
    }

    const date = get('date');
    if (date !== undefined && date.trim() !== '' && !isPlatformDate(date)) {
      add('error', 'date', 'date', `"${date}" is not a date the platform reads; write it as YYYY-MM-DD.`, `"${date}" is geen datum die het platform leest; schrijf haar als JJJJ-MM-DD.`);
    }
    const document = get('document') ?? '';
    if (new TextEncoder().encode(document).length > MAX_FILENAME_BYTES) {
      add('error', 'document-length', 'document', `the document name is longer than ${MAX_FILENAME_BYTES} bytes; shorten it.`, `de documentnaam is langer dan ${MAX_FILENAME_BYTES} bytes; kort haar in.`);
    }
    for (const [field, rule, label, labelNl] of [['family', 'family', 'Family ID', 'Family ID'], ['threadId', 'thread', 'Email Thread ID', 'Email Thread ID']] as const) {
      const v = get(field);
      if (v === undefined || v === '') continue;
      const n = intval(v);
      if (n < 1) {
        add('error', rule, field, `"${v}" is not a valid ${label} (a whole number of 1 or more); correct it or leave it empty.`, `"${v}" is geen geldig ${labelNl} (een geheel getal van 1 of meer); verbeter het of laat het leeg.`);
      } else if (!/^\s*\d+\s*$/.test(v)) {
        add('warning', 'number-truncated', field, `"${v}" is read by the platform as ${n}; write the whole number alone.`, `"${v}" leest het platform als ${n}; schrijf alleen het gehele getal.`);
      }
    }
    // Document ID: required, letters, digits, "." and "-", at most 170.
    if (id === '') {
      add('error', 'id', 'id', 'the row has no ID; give the document number.', 'de rij heeft geen ID; vul het documentnummer in.');
    } else if (!DOCUMENT_ID_PATTERN.test(id)) {
      add('error', 'id', 'id', `"${id}" is not a valid ID (only letters, digits, "." and "-"); correct it.`, `"${id}" is geen geldig ID (alleen letters, cijfers, "." en "-"); verbeter het.`);
    } else if ([...id].length > MAX_ID_LENGTH) {
      add('error', 'id', 'id', `the ID is longer than ${MAX_ID_LENGTH} characters; shorten it.`, `het ID is langer dan ${MAX_ID_LENGTH} tekens; kort het in.`);
    } else {
      if (!/^[A-Za-z0-9]+$/.test(id)) {
        // DocumentNumberExtractor: an uploaded file's ID is the letters and digits its name starts with.
        const lead = /^[A-Za-z0-9]*/.exec(id)![0];
        add('warning', 'id-not-matchable', 'id', `"${id}" contains "." or "-", so the platform can never match an uploaded file to it (it reads "${lead}" from the file name); use letters and digits only.`, `"${id}" bevat "." of "-", waardoor het platform er nooit een geüpload bestand aan koppelt (het leest "${lead}" uit de bestandsnaam); gebruik alleen letters en cijfers.`);
      }
      const key = id.toLowerCase();
      const prev = seen.get(key);
      if (prev !== undefined) {
        add('error', 'duplicate-id', 'id', `the ID "${id}" is already used in row ${prev}; give every document its own ID.`, `het ID "${id}" staat al in rij ${prev}; geef elk document een eigen ID.`);
      } else seen.set(key, sheetRow);
    }
    const cases = get('caseNumbers');
    if (cases !== undefined) {
      for (const c of separateValues(cases, [',', ';'])) {
        if (!CASE_NUMBER_PATTERN.test(c) || [...c].length > 255) {
          add('error', 'case-number', 'caseNumbers', `"${c}" is not a valid zaaknummer (letters, digits, "-", ".", "(", ")" and spaces only; several separated by "," or ";"); correct it.`, `"${c}" is geen geldig zaaknummer (alleen letters, cijfers, "-", ".", "(", ")" en spaties; meerdere gescheiden door "," of ";"); verbeter het.`);
        }
      }
    }
    // Related IDs are read as "[matter-]id" when the row has a matter.
    const related = get('relatedIds');
    if (related !== undefined && matter.trim() !== '') {
      for (const ref of separateValues(related)) {
        const m = /^(.*)[-_](.*)$/.exec(ref);
        const ok = m ? MATTER_PATTERN.test(m[1]) && DOCUMENT_ID_PATTERN.test(m[2]) && [...m[2]].length <= MAX_ID_LENGTH : DOCUMENT_ID_PATTERN.test(ref) && [...ref].length <= MAX_ID_LENGTH;
        if (!ok) {
          add('error', 'related-id', 'relatedIds', `"${ref}" is not a document ID (IDs are separated by ";"); correct it.`, `"${ref}" is geen document-ID (ID's worden gescheiden door ";"); verbeter het.`);
        }
      }
    }
    const judgement = (get('judgement') ?? '').trim().toLowerCase();
    if (!(PLATFORM_JUDGEMENTS as readonly string[]).includes(judgement)) {
      add('warning', 'judgement', 'judgement', `"${get('judgement')}" is not one of Openbaar, Deels openbaar, Reeds openbaar or Niet openbaar, so the platform reads it as Niet openbaar; choose one of the four.`, `"${get('judgement')}" is niet Openbaar, Deels openbaar, Reeds openbaar of Niet openbaar, dus het platform leest het als Niet openbaar; kies een van de vier.`);
    }
    for (const g of separateValues(get('grounds') ?? '')) {
      if (!PLATFORM_GROUNDS.has(platformGround(g))) {
        add('warning', 'ground-unknown', 'grounds', `the platform does not know the ground "${g}" and stores it without a title; check the code.`, `het platform kent de grond "${g}" niet en slaat haar op zonder omschrijving; controleer de code.`);
      }
    }
    const type = get('fileType');
    if (type !== undefined && type.trim() !== '' && !PLATFORM_SOURCE_TYPES.has(type.trim().toLowerCase())) {
      add('warning', 'file-type', 'fileType', `the platform does not know the file type "${type}" and stores "unknown".`, `het platform kent het bestandstype "${type}" niet en slaat "unknown" op.`);
    }
  }
  return { accepted: !problems.some((p) => p.severity === 'error'), problems, rows };
}

/**
 * The matter the platform needs, from a case number as officers write it: every run of
 * characters the platform does not allow in a matter ("/", spaces, ":" …) becomes one "-",
 * leading and trailing "-" are dropped, and the result is cut to 255 characters. This is the
 * documented rule the app shows the officer (docs/publication.md); '' when nothing is left.
 *
 * @example
 *   matterFromCaseNumber('Woo-2024/0017');   // 'Woo-2024-0017'
 *   matterFromCaseNumber('WOB 2021 / 412');  // 'WOB-2021-412'
 */
export function matterFromCaseNumber(caseNumber: string): string {
  return caseNumber
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._~-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_MATTER_LENGTH);
}

/**
 * The Zaaknummer as the platform accepts it: the same rule for each case number (separated by
 * "," or ";"), keeping the spaces, dots and brackets it allows.
 *
 * @example
 *   platformCaseNumber('Woo-2024/0017'); // 'Woo-2024-0017'
 */
export function platformCaseNumber(caseNumber: string): string {
  return separateValues(caseNumber, [',', ';'])
    .map((c) => c.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9.() -]+/gi, '-').replace(/-{2,}/g, '-').replace(/^[-\s]+|[-\s]+$/g, ''))
    .filter((c) => c !== '')
    .join('; ');
}

/** True when a matter is one Lakstift writes: the platform's pattern and at least 2 characters (older platform versions need 2). */
export function isValidMatter(m: string): boolean {
  return m.length >= 2 && m.length <= MAX_MATTER_LENGTH && MATTER_PATTERN.test(m);
}
