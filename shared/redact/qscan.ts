/**
 * A lean scan of a content stream for graphics-state nesting (q/Q) and an open text object
 * (BT/ET), skipping strings, comments, dictionaries and inline image data. The full tokenizer
 * builds every operand; this only needs four operators, and runs on every redacted page.
 */

export interface Nesting {
  /** Net q minus Q. */
  depth: number;
  /** Lowest depth reached (≤ 0): how far stray Q operators pop below the start. */
  min: number;
  /** True when the stream ends inside BT … ET. */
  inText: boolean;
}

const WS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WS[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;

/**
 * Continues a nesting count over one more stream (a page's /Contents parts are one sequence).
 *
 * @example
 *   scanNesting(new TextEncoder().encode('q 1 0 0 1 5 5 cm (Q) Tj')); // { depth: 1, min: 0, inText: false }
 */
export function scanNesting(b: Uint8Array, start: Nesting = { depth: 0, min: 0, inText: false }): Nesting {
  let { depth, min, inText } = start;
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (WS[c]) {
      i++;
    } else if (c === 0x25) {
      while (i < n && b[i] !== 0x0a && b[i] !== 0x0d) i++;
    } else if (c === 0x28) {
      let level = 1;
      i++;
      while (i < n && level > 0) {
        const d = b[i++];
        if (d === 0x5c) i++;
        else if (d === 0x28) level++;
        else if (d === 0x29) level--;
      }
    } else if (c === 0x3c && b[i + 1] !== 0x3c) {
      while (i < n && b[i] !== 0x3e) i++;
      i++;
    } else if (DELIM[c]) {
      i += c === 0x3c || c === 0x3e ? 2 : 1;
      if (c === 0x2f) while (i < n && !WS[b[i]] && !DELIM[b[i]]) i++;
    } else {
      const s = i;
      while (i < n && !WS[b[i]] && !DELIM[b[i]]) i++;
      const len = i - s;
      if (len === 1 && b[s] === 0x71) depth++;
      else if (len === 1 && b[s] === 0x51) {
        depth--;
        if (depth < min) min = depth;
      } else if (len === 2 && b[s] === 0x42 && b[s + 1] === 0x54) inText = true;
      else if (len === 2 && b[s] === 0x45 && b[s + 1] === 0x54) inText = false;
      else if (len === 2 && b[s] === 0x49 && b[s + 1] === 0x44) i = skipInlineImage(b, i + 1);
    }
  }
  return { depth, min, inText };
}

/** After "ID ": the data ends at whitespace + "EI" + whitespace or delimiter (ISO 32000-1 8.9.7). */
function skipInlineImage(b: Uint8Array, i: number): number {
  const n = b.length;
  for (let j = i; j + 2 < n; j++) {
    if (WS[b[j]] && b[j + 1] === 0x45 && b[j + 2] === 0x49 && (j + 3 >= n || WS[b[j + 3]] || DELIM[b[j + 3]])) return j + 3;
  }
  return n;
}
