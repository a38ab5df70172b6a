/**
 * Just enough of a CFF font program (Adobe Technical Note #5176) to recover text when a PDF
 * font does not say it: the built-in encoding (code → glyph name) of a Type1C font, and the
 * glyph names by glyph id of a name-keyed CFF. Never throws; damaged data gives null.
 */
import { CFF_STANDARD_STRINGS } from './tables.generated';

let standardStrings: string[] | undefined;

function stdString(sid: number): string | undefined {
  standardStrings ??= CFF_STANDARD_STRINGS.split(' ');
  return standardStrings[sid];
}

export interface CffInfo {
  /** True for a CID-keyed font (ROS in the Top DICT): its charset holds CIDs, not names. */
  cidKeyed: boolean;
  /** Glyph name by glyph id ('' for none); empty for CID-keyed fonts. */
  glyphNames: string[];
  /**
   * The built-in encoding, code → glyph name; undefined when the font uses StandardEncoding
   * (offset 0) or ExpertEncoding (offset 1).
   */
  encoding?: string[];
}

class Reader {
  constructor(readonly b: Uint8Array) {}
  u8(o: number): number {
    if (o < 0 || o >= this.b.length) throw new RangeError('past end of CFF');
    return this.b[o];
  }
  u16(o: number): number {
    return (this.u8(o) << 8) | this.u8(o + 1);
  }
  offset(o: number, size: number): number {
    let v = 0;
    for (let i = 0; i < size; i++) v = v * 256 + this.u8(o + i);
    return v;
  }
}

interface Index {
  /** Start and end of each entry. */
  items: [number, number][];
  /** Offset just past the INDEX. */
  end: number;
}

function readIndex(r: Reader, at: number): Index {
  const count = r.u16(at);
  if (count === 0) return { items: [], end: at + 2 };
  const offSize = r.u8(at + 2);
  if (offSize < 1 || offSize > 4) throw new RangeError('bad CFF INDEX');
  const base = at + 3 + (count + 1) * offSize - 1;
  const items: [number, number][] = [];
  let prev = r.offset(at + 3, offSize);
  for (let i = 1; i <= count; i++) {
    const next = r.offset(at + 3 + i * offSize, offSize);
    items.push([base + prev, base + next]);
    prev = next;
  }
  return { items, end: base + prev };
}

/** A DICT as operator → operands (two-byte operators as 1200 + second byte). */
function readDict(r: Reader, start: number, end: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  let operands: number[] = [];
  let i = start;
  while (i < end) {
    const b = r.u8(i);
    if (b <= 21) {
      let op = b;
      i++;
      if (b === 12) {
        op = 1200 + r.u8(i);
        i++;
      }
      out.set(op, operands);
      operands = [];
    } else if (b === 28) {
      const v = r.u16(i + 1);
      operands.push(v & 0x8000 ? v - 0x10000 : v);
      i += 3;
    } else if (b === 29) {
      operands.push((r.u16(i + 1) << 16) | r.u16(i + 3));
      i += 5;
    } else if (b === 30) {
      // Real number: nibbles up to 0xf; its value is never needed here.
      i++;
      for (;;) {
        const n = r.u8(i++);
        if ((n & 0x0f) === 0x0f || (n & 0xf0) === 0xf0) break;
      }
      operands.push(0);
    } else if (b >= 32 && b <= 246) {
      operands.push(b - 139);
      i++;
    } else if (b >= 247 && b <= 250) {
      operands.push((b - 247) * 256 + r.u8(i + 1) + 108);
      i += 2;
    } else if (b >= 251 && b <= 254) {
      operands.push(-(b - 251) * 256 - r.u8(i + 1) - 108);
      i += 2;
    } else {
      i++;
    }
  }
  return out;
}

/**
 * Reads the charset and encoding of a CFF font program (FontFile3 /Type1C or /CIDFontType0C).
 *
 * @example
 *   const info = readCff(fontFile3Bytes);
 *   info?.encoding?.[0x41] // 'A', or a custom name
 */
export function readCff(bytes: Uint8Array): CffInfo | null {
  try {
    const r = new Reader(bytes);
    const hdrSize = r.u8(2);
    const names = readIndex(r, hdrSize);
    const topDicts = readIndex(r, names.end);
    const strings = readIndex(r, topDicts.end);
    if (topDicts.items.length === 0) return null;
    const top = readDict(r, topDicts.items[0][0], topDicts.items[0][1]);
    const cidKeyed = top.has(1230);
    const charStringsAt = top.get(17)?.[0];
    if (charStringsAt === undefined) return null;
    const nGlyphs = Math.min(r.u16(charStringsAt), 65535);
    const sidName = (sid: number): string => {
      if (sid < 391) return stdString(sid) ?? '';
      const item = strings.items[sid - 391];
      if (!item) return '';
      let s = '';
      for (let k = item[0]; k < item[1] && k - item[0] < 128; k++) s += String.fromCharCode(r.u8(k));
      return s;
    };

    // charset: glyph id → SID (or CID)
    const sids = new Array<number>(nGlyphs).fill(0);
    const charsetAt = top.get(15)?.[0] ?? 0;
    if (charsetAt === 0) {
      for (let g = 0; g < nGlyphs && g < 229; g++) sids[g] = g; // ISOAdobe
    } else if (charsetAt > 2) {
      const format = r.u8(charsetAt);
      let p = charsetAt + 1;
      let g = 1;
      if (format === 0) {
        for (; g < nGlyphs; g++, p += 2) sids[g] = r.u16(p);
      } else if (format === 1 || format === 2) {
        while (g < nGlyphs) {
          const first = r.u16(p);
          const left = format === 1 ? r.u8(p + 2) : r.u16(p + 2);
          p += format === 1 ? 3 : 4;
          for (let k = 0; k <= left && g < nGlyphs; k++, g++) sids[g] = first + k;
        }
      }
    }
    const glyphNames = cidKeyed ? [] : sids.map((sid, g) => (g === 0 ? '' : sidName(sid)));

    let encoding: string[] | undefined;
    const encodingAt = top.get(16)?.[0] ?? 0;
    if (!cidKeyed && encodingAt > 1) {
      encoding = new Array<string>(256).fill('');
      const format = r.u8(encodingAt);
      let p = encodingAt + 1;
      if ((format & 0x7f) === 0) {
        const n = r.u8(p++);
        for (let k = 0; k < n; k++) {
          const code = r.u8(p++);
          encoding[code] = glyphNames[k + 1] ?? '';
        }
      } else if ((format & 0x7f) === 1) {
        const ranges = r.u8(p++);
        let g = 1;
        for (let k = 0; k < ranges; k++) {
          const first = r.u8(p);
          const left = r.u8(p + 1);
          p += 2;
          for (let c = first; c <= first + left && c < 256; c++, g++) encoding[c] = glyphNames[g] ?? '';
        }
      }
      if (format & 0x80) {
        const n = r.u8(p++);
        for (let k = 0; k < n; k++, p += 3) encoding[r.u8(p)] = sidName(r.u16(p + 1));
      }
    }
    return { cidKeyed, glyphNames, encoding };
  } catch {
    return null;
  }
}
