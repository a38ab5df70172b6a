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

function one(x: unknown): string {
  return x !== null && typeof x === 'object' && !Array.isArray(x) ? piece(x) : JSON.stringify(x) ?? 'null';
}

function list(items: readonly unknown[]): string {
  return `[${items.map(one).join(',')}]`;
}

/** `JSON.stringify(d)` for a dossier-shaped object, re-using the JSON of unchanged list items. */
export function dossierJson(d: { readonly redactions: readonly unknown[]; readonly audit: readonly unknown[] }): string {
  if (!Array.isArray(d.redactions) || !Array.isArray(d.audit)) return JSON.stringify(d);
  return assemble(d, list(d.redactions), list(d.audit));
}

/**
 * The same text as `dossierJson`, made a slice of items at a time with `pause()` awaited
 * between slices, so that auto-saving a dossier of 10,000 redactions (2.6 MB of JSON, 16–70 ms
 * in one piece) never holds the window for more than a few milliseconds: a key press waits
 * for one slice at most (issue #14). `pause` is the host's way to yield (a timer in a page).
 */
export async function dossierJsonInSlices(d: { readonly redactions: readonly unknown[]; readonly audit: readonly unknown[] }, pause: () => Promise<void>, slice = 500): Promise<string> {
  if (!Array.isArray(d.redactions) || !Array.isArray(d.audit)) return JSON.stringify(d);
  const sliced = async (items: readonly unknown[]): Promise<string> => {
    const parts: string[] = [];
    for (let i = 0; i < items.length; i += slice) {
      if (i > 0) await pause();
      parts.push(items.slice(i, i + slice).map(one).join(','));
    }
    return `[${parts.join(',')}]`;
  };
  const redactions = await sliced(d.redactions);
  await pause();
  const audit = await sliced(d.audit);
  return assemble(d, redactions, audit);
}

/** The dossier's JSON with the two lists' JSON put in their places. */
function assemble(d: { readonly redactions: readonly unknown[]; readonly audit: readonly unknown[] }, redactions: string, audit: string): string {
  // Placeholders no dossier text can contain (a control character and a random tag).
  const tag = `\u0001${Math.random().toString(36).slice(2)}`;
  const frame = JSON.stringify({ ...d, redactions: `${tag}r`, audit: `${tag}a` });
  const quoted = (x: string) => JSON.stringify(`${tag}${x}`);
  const r = frame.indexOf(quoted('r'));
  const a = frame.indexOf(quoted('a'));
  if (r < 0 || a < 0) return JSON.stringify(d);
  const parts: [number, number, string][] = [[r, quoted('r').length, redactions], [a, quoted('a').length, audit]];
  parts.sort((x, y) => x[0] - y[0]);
  let out = '';
  let at = 0;
  for (const [i, n, s] of parts) {
    out += frame.slice(at, i) + s;
    at = i + n;
  }
  return out + frame.slice(at);
}
