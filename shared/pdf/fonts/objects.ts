/**
 * Tolerant readers for font dictionaries: every helper returns a default instead of throwing
 * on a missing entry, a wrong type or a dangling reference, because a damaged font must never
 * stop the interpreter.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFStream, PDFString, type PDFObject } from '@cantoo/pdf-lib';

const nameCache = new Map<string, PDFName>();

/** Interned PDFName for a key (PDFName.of already interns; this skips its escaping work). */
export function key(k: string): PDFName {
  let n = nameCache.get(k);
  if (!n) {
    n = PDFName.of(k);
    nameCache.set(k, n);
  }
  return n;
}

export function get(dict: PDFDict | undefined, k: string): PDFObject | undefined {
  if (!dict) return undefined;
  try {
    return dict.lookup(key(k));
  } catch {
    return undefined;
  }
}

export function getAt(arr: PDFArray, i: number): PDFObject | undefined {
  try {
    return arr.lookup(i);
  } catch {
    return undefined;
  }
}

export function numberOf(o: PDFObject | undefined): number | undefined {
  if (o instanceof PDFNumber) {
    const v = o.asNumber();
    return Number.isFinite(v) ? v : undefined;
  }
  return undefined;
}

export function getNumber(dict: PDFDict | undefined, k: string): number | undefined {
  return numberOf(get(dict, k));
}

export function getName(dict: PDFDict | undefined, k: string): string | undefined {
  const o = get(dict, k);
  return o instanceof PDFName ? o.decodeText() : undefined;
}

export function getDict(dict: PDFDict | undefined, k: string): PDFDict | undefined {
  const o = get(dict, k);
  return o instanceof PDFDict ? o : undefined;
}

export function getArray(dict: PDFDict | undefined, k: string): PDFArray | undefined {
  const o = get(dict, k);
  return o instanceof PDFArray ? o : undefined;
}

export function getStream(dict: PDFDict | undefined, k: string): PDFStream | undefined {
  const o = get(dict, k);
  return o instanceof PDFStream ? o : undefined;
}

/** The numbers of an array; non-numbers become NaN so positions stay meaningful. */
export function numbers(arr: PDFArray | undefined, max = 1 << 20): number[] {
  if (!arr) return [];
  const n = Math.min(arr.size(), max);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = numberOf(getAt(arr, i)) ?? NaN;
  return out;
}

export function stringBytes(o: PDFObject | undefined): Uint8Array | undefined {
  if (o instanceof PDFString || o instanceof PDFHexString) return o.asBytes();
  return undefined;
}
