/**
 * Dates as Dutch officers type and read them (issue #14 item 6): "5-3-2024", "05-03-2024",
 * "5/3/2024", "5.3.2024", "5 maart 2024" and ISO "2024-03-05" all mean 5 March 2024; the
 * dossier keeps ISO (YYYY-MM-DD), the screen shows dd-mm-jjjj.
 */

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * ISO date for what the officer typed, '' for an empty field, or null when it is no date.
 *
 * @example
 *   parseDutchDate('5-3-2024');      // '2024-03-05'
 *   parseDutchDate('5 maart 2024');  // '2024-03-05'
 *   parseDutchDate('31-02-2024');    // null
 */
export function parseDutchDate(input: string): string | null {
  const s = input.trim().toLowerCase();
  if (s === '') return '';
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(s);
  if (m) {
    const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return iso(y, +m[2], +m[1]);
  }
  m = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(s);
  if (m && MONTHS[m[2]]) return iso(+m[3], MONTHS[m[2]], +m[1]);
  return null;
}

/** dd-mm-jjjj for an ISO date (anything else as it is). @example formatDutchDate('2024-03-05') // '05-03-2024' */
export function formatDutchDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : isoDate;
}
