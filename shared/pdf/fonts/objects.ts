/**
 * Tolerant readers for font dictionaries: every helper returns a default instead of throwing
 * on a missing entry, a wrong type or a dangling reference, because a damaged font must never
 * stop the interpreter.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFStream, PDFString, type PDFObject } from '@cantoo/pdf-lib';

const nameCache = new Map<string, PDFName>();

/**
 * Interned PDFName for a key (PDFName.of already interns; this skips its escaping work).
 *
 * @example
 *   dict.lookup(key('FontDescriptor'))
 */
export function key(k: string): PDFName {
  let n = nameCache.get(k);
  if (!n) {
    n = PDFName.of(k);
    nameCache.set(k, n);
  }
  return n;
}

/**
 * An entry, references resolved; undefined when missing or unreadable.
 *
 * @example
 *   get(fontDict, 'ToUnicode') // PDFRawStream | undefined
 */
export function get(dict: PDFDict | undefined, k: string): PDFObject | undefined {
  if (!dict) return undefined;
  try {
    return dict.lookup(key(k));
  } catch {
    return undefined;
  }
}

/**
 * An array element, references resolved; undefined when unreadable.
 *
 * @example
 *   getAt(descendants, 0) // the CIDFont dictionary
 */
export function getAt(arr: PDFArray, i: number): PDFObject | undefined {
  try {
    return arr.lookup(i);
  } catch {
    return undefined;
  }
}

/**
 * A finite number, or undefined.
 *
 * @example
 *   numberOf(PDFNumber.of(250)) // 250
 */
export function numberOf(o: PDFObject | undefined): number | undefined {
  if (o instanceof PDFNumber) {
    const v = o.asNumber();
    return Number.isFinite(v) ? v : undefined;
  }
  return undefined;
}

/**
 * A typed entry, or undefined when missing or of another type.
 *
 * @example
 *   getNumber(desc, 'Ascent') // 891
 */
export function getNumber(dict: PDFDict | undefined, k: string): number | undefined {
  return numberOf(get(dict, k));
}

/**
 * A typed entry, or undefined when missing or of another type.
 *
 * @example
 *   getName(fontDict, 'Subtype') // 'TrueType'
 */
export function getName(dict: PDFDict | undefined, k: string): string | undefined {
  const o = get(dict, k);
  return o instanceof PDFName ? o.decodeText() : undefined;
}

/**
 * A typed entry, or undefined when missing or of another type.
 *
 * @example
 *   getDict(fontDict, 'FontDescriptor')
 */
export function getDict(dict: PDFDict | undefined, k: string): PDFDict | undefined {
  const o = get(dict, k);
  return o instanceof PDFDict ? o : undefined;
}

/**
 * A typed entry, or undefined when missing or of another type.
 *
 * @example
 *   getArray(fontDict, 'Widths')
 */
export function getArray(dict: PDFDict | undefined, k: string): PDFArray | undefined {
  const o = get(dict, k);
  return o instanceof PDFArray ? o : undefined;
}

/**
 * A typed entry, or undefined when missing or of another type.
 *
 * @example
 *   getStream(desc, 'FontFile2')
 */
export function getStream(dict: PDFDict | undefined, k: string): PDFStream | undefined {
  const o = get(dict, k);
  return o instanceof PDFStream ? o : undefined;
}

/**
 * The numbers of an array; non-numbers become NaN so positions stay meaningful.
 *
 * @example
 *   numbers(getArray(fontDict, 'FontMatrix'), 6) // [0.001, 0, 0, 0.001, 0, 0]
 */
export function numbers(arr: PDFArray | undefined, max = 1 << 20): number[] {
  if (!arr) return [];
  const n = Math.min(arr.size(), max);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = numberOf(getAt(arr, i)) ?? NaN;
  return out;
}

/**
 * The bytes of a literal or hex string, or undefined.
 *
 * @example
 *   stringBytes(get(info, 'Ordering')) // bytes of 'Japan1'
 */
export function stringBytes(o: PDFObject | undefined): Uint8Array | undefined {
  if (o instanceof PDFString || o instanceof PDFHexString) return o.asBytes();
  return undefined;
}
