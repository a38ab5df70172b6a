/**
 * Just enough of an embedded TrueType/OpenType program to recover text when a font has no
 * /ToUnicode: the 'cmap' table (Unicode → glyph id, read backwards). Never throws; a damaged
 * or unsupported program gives null.
 */

export interface TrueTypeCmaps {
  /** Glyph id → Unicode text, from the font's Unicode cmap subtables (first mapping wins). */
  glyphToUnicode: Map<number, string>;
  /** (3,0) symbol or (1,0) Mac Roman subtable: code → glyph id (for simple symbolic fonts). */
  symbolCodes?: Map<number, number>;
}

const MAX_GLYPHS = 65536;

class Reader {
  constructor(readonly b: Uint8Array) {}
  u8(o: number): number {
    if (o < 0 || o >= this.b.length) throw new RangeError('past end of font');
    return this.b[o];
  }
  u16(o: number): number {
    return (this.u8(o) << 8) | this.u8(o + 1);
  }
  i16(o: number): number {
    const v = this.u16(o);
    return v & 0x8000 ? v - 0x10000 : v;
  }
  u32(o: number): number {
    return this.u16(o) * 65536 + this.u16(o + 2);
  }
}

/**
 * Reads the cmap table of a TrueType or OpenType font program.
 *
 * @example
 *   const cmaps = readTrueTypeCmaps(fontFile2Bytes);
 *   cmaps?.glyphToUnicode.get(36) // 'A' in most fonts
 */
export function readTrueTypeCmaps(bytes: Uint8Array): TrueTypeCmaps | null {
  try {
    const r = new Reader(bytes);
    const numTables = r.u16(4);
    let cmapOffset = -1;
    for (let i = 0; i < numTables && i < 256; i++) {
      const rec = 12 + 16 * i;
      const tag = String.fromCharCode(r.u8(rec), r.u8(rec + 1), r.u8(rec + 2), r.u8(rec + 3));
      if (tag === 'cmap') cmapOffset = r.u32(rec + 8);
    }
    if (cmapOffset < 0) return null;
    const n = r.u16(cmapOffset + 2);
    const unicode: Map<number, number>[] = [];
    let symbolCodes: Map<number, number> | undefined;
    let macCodes: Map<number, number> | undefined;
    for (let i = 0; i < n && i < 64; i++) {
      const rec = cmapOffset + 4 + 8 * i;
      const platform = r.u16(rec);
      const encoding = r.u16(rec + 2);
      const sub = cmapOffset + r.u32(rec + 4);
      const map = readSubtable(r, sub);
      if (!map) continue;
      if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) unicode.push(map);
      else if (platform === 3 && encoding === 0) symbolCodes = map;
      else if (platform === 1 && encoding === 0) macCodes = map;
    }
    const glyphToUnicode = new Map<number, string>();
    for (const map of unicode) {
      // Lowest code point first, so that a glyph shared by 'A' and a compatibility form reads 'A'.
      const entries = [...map.entries()].sort((a, b) => a[0] - b[0]);
      for (const [cp, gid] of entries) {
        if (gid === 0 || glyphToUnicode.has(gid)) continue;
        if (cp < 0x20 || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff || (cp >= 0xe000 && cp <= 0xf8ff)) continue;
        glyphToUnicode.set(gid, String.fromCodePoint(cp));
      }
    }
    return { glyphToUnicode, symbolCodes: symbolCodes ?? macCodes };
  } catch {
    return null;
  }
}

function readSubtable(r: Reader, o: number): Map<number, number> | null {
  const format = r.u16(o);
  const map = new Map<number, number>();
  switch (format) {
    case 0: {
      for (let c = 0; c < 256; c++) map.set(c, r.u8(o + 6 + c));
      return map;
    }
    case 4: {
      const segX2 = r.u16(o + 6);
      const segs = segX2 >> 1;
      const ends = o + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const rangeOffsets = deltas + segX2;
      for (let s = 0; s < segs; s++) {
        const end = r.u16(ends + 2 * s);
        const start = r.u16(starts + 2 * s);
        const delta = r.i16(deltas + 2 * s);
        const roAt = rangeOffsets + 2 * s;
        const ro = r.u16(roAt);
        if (start > end) continue;
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let gid: number;
          if (ro === 0) gid = (c + delta) & 0xffff;
          else {
            const g = r.u16(roAt + ro + 2 * (c - start));
            gid = g === 0 ? 0 : (g + delta) & 0xffff;
          }
          if (gid !== 0) map.set(c, gid);
          if (map.size > MAX_GLYPHS) return map;
        }
      }
      return map;
    }
    case 6: {
      const first = r.u16(o + 6);
      const count = r.u16(o + 8);
      for (let k = 0; k < count; k++) map.set(first + k, r.u16(o + 10 + 2 * k));
      return map;
    }
    case 12: {
      const groups = r.u32(o + 12);
      for (let g = 0; g < groups && g < MAX_GLYPHS; g++) {
        const at = o + 16 + 12 * g;
        const start = r.u32(at);
        const end = r.u32(at + 4);
        const gid = r.u32(at + 8);
        for (let c = start; c <= end && map.size <= MAX_GLYPHS; c++) map.set(c, gid + (c - start));
      }
      return map;
    }
    default:
      return null;
  }
}
