/**
 * What `lakstift suggest` prints (DESIGN.md CLI contract, `SuggestOutput`), as pieces of JSON
 * rather than one string (issue #17: 10,000 pages give 84,000 suggestions, 26 MB of JSON, which
 * `JSON.stringify` built whole beside the objects it came from). The pieces joined are exactly
 * `JSON.stringify(output)`: the same keys in the same order, undefined members left out.
 *
 * @example
 *   [...suggestOutputChunks({ law: 'wob', documents: [] })].join(''); // '{"law":"wob","documents":[]}'
 */
import type { SuggestOutput } from './contract';

/**
 * JSON of `value` in pieces: objects and arrays down to `depth` levels are opened here, their
 * members each given as JSON.stringify gives them (one suggestion is one piece).
 */
export function* jsonChunks(value: unknown, depth: number): Generator<string> {
  if (depth <= 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const s = JSON.stringify(value);
    if (s !== undefined) yield s;
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      const v: unknown = value[i];
      // JSON.stringify writes null for what it cannot represent inside an array.
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') yield 'null';
      else yield* jsonChunks(v, depth - 1);
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const key of Object.keys(value)) {
    const v: unknown = (value as Record<string, unknown>)[key];
    // …and leaves out an object's member that it cannot represent.
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* jsonChunks(v, depth - 1);
  }
  yield '}';
}

/**
 * The suggest output in pieces of about `size` characters (the last one ends the JSON; no
 * newline), each piece whole members, for a host to write one at a time.
 */
export function* suggestOutputChunks(out: SuggestOutput, size = 1 << 16): Generator<string> {
  let buf = '';
  // output → documents → a document → its suggestions → one suggestion, stringified whole.
  for (const piece of jsonChunks(out, 4)) {
    buf += piece;
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}
