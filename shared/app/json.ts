/**
 * The dossier as JSON for auto-save, without serialising ten thousand unchanged redactions
 * again after every decision (issue #14, key-press latency: a whole `JSON.stringify` of a
 * 300-page dossier held the window 60–130 ms). Redactions and audit entries are immutable
 * objects (every change makes a new one), so each one's JSON is kept by identity and the
 * lists are joined from those pieces. The result is exactly `JSON.stringify(d)`.
 */
const PIECES = new WeakMap<object, string>();

function piece(o: object): string {
  let s = PIECES.get(o);
  if (s === undefined) {
    s = JSON.stringify(o);
    PIECES.set(o, s);
  }
  return s;
}

function list(items: readonly unknown[]): string {
  return `[${items.map((x) => (x !== null && typeof x === 'object' && !Array.isArray(x) ? piece(x) : JSON.stringify(x) ?? 'null')).join(',')}]`;
}

/** `JSON.stringify(d)` for a dossier-shaped object, re-using the JSON of unchanged list items. */
export function dossierJson(d: { readonly redactions: readonly unknown[]; readonly audit: readonly unknown[] }): string {
  if (!Array.isArray(d.redactions) || !Array.isArray(d.audit)) return JSON.stringify(d);
  // Placeholders no dossier text can contain (a control character and a random tag).
  const tag = `\u0001${Math.random().toString(36).slice(2)}`;
  const frame = JSON.stringify({ ...d, redactions: `${tag}r`, audit: `${tag}a` });
  const quoted = (x: string) => JSON.stringify(`${tag}${x}`);
  const r = frame.indexOf(quoted('r'));
  const a = frame.indexOf(quoted('a'));
  if (r < 0 || a < 0) return JSON.stringify(d);
  const parts: [number, number, string][] = [[r, quoted('r').length, list(d.redactions)], [a, quoted('a').length, list(d.audit)]];
  parts.sort((x, y) => x[0] - y[0]);
  let out = '';
  let at = 0;
  for (const [i, n, s] of parts) {
    out += frame.slice(at, i) + s;
    at = i + n;
  }
  return out + frame.slice(at);
}
