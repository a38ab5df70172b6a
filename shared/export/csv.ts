/**
 * CSV for Excel with Dutch settings. Excel decides the encoding from a byte-order mark (without
 * one it reads UTF-8 as Windows-1252 and "ë" becomes "Ã«") and, when it opens a .csv by
 * double-click, splits on the "list separator" of the regional settings, which is ";" in the
 * Netherlands because "," is the decimal sign. So: UTF-8 with BOM, ";" between fields, CRLF
 * line ends, RFC 4180 quoting. The grounds column also uses ";" between codes (the platform's
 * convention), which is safe because such a field is quoted.
 */

export const CSV_SEPARATOR = ';';

/**
 * Quotes one field when needed and defuses spreadsheet formulas: a text that starts with
 * "=", "+", "-", "@" or a tab/CR would run as a formula in Excel (OWASP "CSV injection"), so it
 * gets a leading apostrophe, which Excel shows as plain text.
 *
 * @example
 *   csvField('Overleg; vervolg'); // '"Overleg; vervolg"'
 *   csvField('=HYPERLINK("x")');  // '"\'=HYPERLINK(""x"")"'
 */
export function csvField(v: string | number | boolean | null | undefined, sep = CSV_SEPARATOR): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = typeof v === 'boolean' ? (v ? 'ja' : '') : v;
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+([.,]\d+)?$/.test(s)) s = `'${s}`;
  if (s.includes(sep) || /["\r\n]/.test(s) || s !== s.trim()) return `"${s.replace(/"/g, '""')}"`;
  return s;
}

/**
 * Writes a table as CSV bytes: UTF-8 with BOM, ";"-separated, CRLF line ends.
 *
 * @example
 *   const bytes = toCsv([['Nr.', 'Document'], ['0001', 'Nota']]);
 *   // EF BB BF "Nr.;Document\r\n0001;Nota\r\n"
 */
export function toCsv(table: readonly (readonly (string | number | boolean | null | undefined)[])[], sep = CSV_SEPARATOR): Uint8Array {
  const text = table.map((row) => row.map((v) => csvField(v, sep)).join(sep)).join('\r\n') + '\r\n';
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf], 0);
  out.set(body, 3);
  return out;
}

/**
 * Parses CSV text as toCsv writes it (BOM, quotes, doubled quotes, CRLF), for tests and for
 * importing an edited inventory back.
 *
 * @example
 *   parseCsv('\uFEFFNr.;Document\r\n0001;"A; B"\r\n'); // [['Nr.', 'Document'], ['0001', 'A; B']]
 */
export function parseCsv(text: string, sep = CSV_SEPARATOR): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
