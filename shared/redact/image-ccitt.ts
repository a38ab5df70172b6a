/**
 * CCITT Group 3 (one- and two-dimensional, ITU-T T.4) and Group 4 (T.6) fax decoding, for
 * the CCITTFaxDecode filter (ISO 32000-1 7.4.6). Written from the ITU-T recommendations:
 * the code tables below are T.4's tables 1–3 and 4 (mode codes).
 */

/** The filter's decode parameters (ISO 32000-1 table 11), defaults applied by the caller. */
export interface CcittParams {
  /** < 0: pure 2D (G4); 0: pure 1D (G3 MH); > 0: mixed 1D/2D (G3 MR). */
  k: number;
  columns: number;
  /** 0 when unknown: decode until the data or the end-of-block code ends. */
  rows: number;
  encodedByteAlign: boolean;
  blackIs1: boolean;
  endOfBlock: boolean;
}

export class CcittError extends Error {}

type Table = Map<number, number>;

// Codes as bit strings, value = run length. Keyed by (length << 16 | code).
const WHITE_TERM = '00110101 000111 0111 1000 1011 1100 1110 1111 10011 10100 00111 01000 001000 000011 110100 110101 101010 101011 0100111 0001100 0001000 0010111 0000011 0000100 0101000 0101011 0010011 0100100 0011000 00000010 00000011 00011010 00011011 00010010 00010011 00010100 00010101 00010110 00010111 00101000 00101001 00101010 00101011 00101100 00101101 00000100 00000101 00001010 00001011 01010010 01010011 01010100 01010101 00100100 00100101 01011000 01011001 01011010 01011011 01001010 01001011 00110010 00110011 00110100';
const WHITE_MAKEUP = '11011 10010 010111 0110111 00110110 00110111 01100100 01100101 01101000 01100111 011001100 011001101 011010010 011010011 011010100 011010101 011010110 011010111 011011000 011011001 011011010 011011011 010011000 010011001 010011010 011000 010011011';
const BLACK_TERM = '0000110111 010 11 10 011 0011 0010 00011 000101 000100 0000100 0000101 0000111 00000100 00000111 000011000 0000010111 0000011000 0000001000 00001100111 00001101000 00001101100 00000110111 00000101000 00000010111 00000011000 000011001010 000011001011 000011001100 000011001101 000001101000 000001101001 000001101010 000001101011 000011010010 000011010011 000011010100 000011010101 000011010110 000011010111 000001101100 000001101101 000011011010 000011011011 000001010100 000001010101 000001010110 000001010111 000001100100 000001100101 000001010010 000001010011 000000100100 000000110111 000000111000 000000100111 000000101000 000001011000 000001011001 000000101011 000000101100 000001011010 000001100110 000001100111';
const BLACK_MAKEUP = '0000001111 000011001000 000011001001 000001011011 000000110011 000000110100 000000110101 0000001101100 0000001101101 0000001001010 0000001001011 0000001001100 0000001001101 0000001110010 0000001110011 0000001110100 0000001110101 0000001110110 0000001110111 0000001010010 0000001010011 0000001010100 0000001010101 0000001011010 0000001011011 0000001100100 0000001100101';
const EXT_MAKEUP = '00000001000 00000001100 00000001101 000000010010 000000010011 000000010100 000000010101 000000010110 000000010111 000000011100 000000011101 000000011110 000000011111';

// Mode codes (T.4 table 4). Values: P, H, V0, VR1..3, VL1..3.
const MODE_P = 100, MODE_H = 101, MODE_EXT = 102;
const MODES: [string, number][] = [
  ['0001', MODE_P], ['001', MODE_H], ['1', 0], ['011', 1], ['000011', 2], ['0000011', 3],
  ['010', -1], ['000010', -2], ['0000010', -3], ['0000001', MODE_EXT],
];

function key(bits: string): number {
  return (bits.length << 16) | parseInt(bits, 2);
}

function buildRuns(term: string, makeup: string): Table {
  const t: Table = new Map();
  const add = (bits: string, v: number) => {
    if (t.has(key(bits))) throw new Error(`duplicate CCITT code ${bits}`);
    t.set(key(bits), v);
  };
  term.split(' ').forEach((b, i) => add(b, i));
  makeup.split(' ').forEach((b, i) => add(b, (i + 1) * 64));
  EXT_MAKEUP.split(' ').forEach((b, i) => add(b, 1792 + i * 64));
  return t;
}

/**
 * A table indexed by the next 13 bits: entry = length · 65536 + (value + 4096), 0 for no
 * code. Codes are prefix-free, so every 13-bit string starts with at most one code.
 */
type Fast = Int32Array;

function fast(t: Table): Fast {
  const out = new Int32Array(1 << 13);
  for (const [k, v] of t) {
    const len = k >> 16, code = k & 0xffff;
    const first = code << (13 - len), count = 1 << (13 - len);
    for (let i = 0; i < count; i++) out[first + i] = len * 65536 + (v + 4096);
  }
  return out;
}

let tables: { white: Fast; black: Fast; modes: Fast } | undefined;
function getTables() {
  tables ??= {
    white: fast(buildRuns(WHITE_TERM, WHITE_MAKEUP)),
    black: fast(buildRuns(BLACK_TERM, BLACK_MAKEUP)),
    modes: fast(new Map(MODES.map(([b, v]) => [key(b), v]))),
  };
  return tables;
}

class Bits {
  private pos = 0;
  constructor(private readonly data: Uint8Array) {}
  get bitPos(): number {
    return this.pos;
  }
  get atEnd(): boolean {
    return this.pos >= this.data.length * 8;
  }
  peek(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) {
      const p = this.pos + i;
      const byte = p >> 3 < this.data.length ? this.data[p >> 3] : 0;
      v = (v << 1) | ((byte >> (7 - (p & 7))) & 1);
    }
    return v;
  }
  skip(n: number): void {
    this.pos += n;
  }
  bit(): number {
    const v = this.peek(1);
    this.pos++;
    return v;
  }
  align(): void {
    this.pos = (this.pos + 7) & ~7;
  }
  /** Reads one code of `table`; undefined when no code of up to 13 bits matches. */
  code(table: Fast): number | undefined {
    const e = table[this.peek13()];
    if (e === 0) return undefined;
    this.pos += e >> 16;
    return (e & 0xffff) - 4096;
  }
  private peek13(): number {
    const i = this.pos >> 3, d = this.data;
    const w = ((i < d.length ? d[i] : 0) << 16) | ((i + 1 < d.length ? d[i + 1] : 0) << 8) | (i + 2 < d.length ? d[i + 2] : 0);
    return (w >> (11 - (this.pos & 7))) & 0x1fff;
  }
  /** True when an EOL (eleven or more 0 bits, then 1) starts here; consumes it. */
  eol(): boolean {
    if (this.peek(11) !== 0) return false;
    let zeros = 0;
    while (this.peek(1) === 0 && !this.atEnd && zeros < 10_000) {
      this.pos++;
      zeros++;
    }
    if (this.atEnd) return true;
    this.pos++; // the 1
    return true;
  }
}

/**
 * Decodes CCITT fax data to packed 1-bit rows in PDF sense: a 0 bit is black unless
 * `blackIs1`. Throws CcittError on data it cannot decode.
 *
 * @example
 *   const rows = decodeCcitt(g4Bytes, { k: -1, columns: 1728, rows: 2200,
 *     encodedByteAlign: false, blackIs1: false, endOfBlock: true });
 */
export function decodeCcitt(data: Uint8Array, p: CcittParams): Uint8Array {
  const { white, black, modes } = getTables();
  const columns = p.columns;
  if (!(columns > 0 && columns <= 1 << 20)) throw new CcittError(`bad Columns ${columns}`);
  const rowBytes = (columns + 7) >> 3;
  const bits = new Bits(data);
  // Changing elements (positions where the colour changes, starting white) of the line being
  // decoded and of the reference line, reused across lines; the reference line carries two
  // sentinels at `columns` (T.4 4.2.1.3.4: b1/b2 may lie just past the line).
  let cur = new Int32Array(columns + 8), curN = 0;
  let ref = new Int32Array(columns + 8), refN = 0;
  const maxRows = p.rows > 0 ? p.rows : Math.min(1 << 20, data.length * 8 + 1);
  const known = p.rows > 0;
  // Rows the data does not reach stay white, as viewers show them.
  let out = new Uint8Array(rowBytes * (known ? p.rows : 64));
  if (!p.blackIs1) out.fill(0xff);
  let rows = 0;

  const readRun = (table: Fast): number => {
    let total = 0;
    for (let guard = 0; guard < 1000; guard++) {
      const v = bits.code(table);
      if (v === undefined) throw new CcittError(`bad run code at bit ${bits.bitPos}`);
      total += v;
      if (v < 64) return total;
    }
    throw new CcittError('endless make-up codes');
  };
  const push = (v: number) => {
    const x = v > columns ? columns : v;
    // Drop zero-width pairs so the list stays strictly increasing.
    if (curN > 0 && cur[curN - 1] === x) curN--;
    else if (curN < cur.length) cur[curN++] = x;
  };

  while (rows < maxRows && !bits.atEnd) {
    if (p.encodedByteAlign && p.k < 0) bits.align();
    let twoD = p.k < 0;
    if (p.k >= 0) {
      // G3: each line may start with an EOL (after fill bits when byte-aligned); without
      // one, EncodedByteAlign puts the line on a byte boundary.
      const sawEol = bits.eol();
      if (!sawEol && p.encodedByteAlign) bits.align();
      if (bits.atEnd) break;
      if (p.k > 0) twoD = bits.bit() === 0;
      // A second EOL straight after is the return-to-control (end of page).
      if (bits.peek(11) === 0) break;
    } else if (bits.peek(12) === 1) {
      // EOFB (two EOLs) ends G4 data.
      break;
    }
    curN = 0;
    if (!twoD) {
      let a0 = 0, colourWhite = true;
      while (a0 < columns) {
        a0 += readRun(colourWhite ? white : black);
        push(a0);
        colourWhite = !colourWhite;
      }
    } else {
      let a0 = -1, colourWhite = true;
      ref[refN] = columns;
      ref[refN + 1] = columns;
      const refLen = refN + 2;
      let ri = 0;
      for (let guard = 0; a0 < columns; guard++) {
        if (guard > 4 * columns + 8) throw new CcittError('line does not advance');
        // b1: first changing element right of a0 whose colour is opposite to a0's colour;
        // elements alternate white→black (even index) and black→white (odd index).
        while (ri > 0 && ref[ri - 1] > a0) ri--;
        while (ri < refLen && (ref[ri] <= a0 || (ri & 1) !== (colourWhite ? 0 : 1))) ri++;
        const b1 = ri < refLen ? ref[ri] : columns;
        const b2 = ri + 1 < refLen ? ref[ri + 1] : columns;
        const mode = bits.code(modes);
        if (mode === undefined) {
          if (bits.atEnd) break;
          throw new CcittError(`bad mode code at bit ${bits.bitPos}`);
        }
        if (mode === MODE_P) {
          a0 = b2;
        } else if (mode === MODE_H) {
          const start = Math.max(0, a0);
          const r1 = readRun(colourWhite ? white : black);
          const r2 = readRun(colourWhite ? black : white);
          const a1 = Math.min(columns, start + r1);
          const a2 = Math.min(columns, a1 + r2);
          push(a1);
          push(a2);
          a0 = a2;
        } else if (mode === MODE_EXT) {
          throw new CcittError('uncompressed mode is not supported');
        } else {
          const a1 = Math.min(columns, Math.max(0, b1 + mode));
          if (a1 < a0) throw new CcittError('vertical mode moves backwards');
          push(a1);
          a0 = a1;
          colourWhite = !colourWhite;
        }
      }
    }
    while (curN > 0 && cur[curN - 1] >= columns) curN--;
    if ((rows + 1) * rowBytes > out.length) {
      const grown = new Uint8Array(out.length * 2);
      if (!p.blackIs1) grown.fill(0xff);
      grown.set(out);
      out = grown;
    }
    paint(out.subarray(rows * rowBytes, (rows + 1) * rowBytes), cur, curN, columns, p.blackIs1);
    rows++;
    [ref, cur] = [cur, ref];
    refN = curN;
  }
  return known ? out : out.slice(0, rows * rowBytes);
}

/** Paints one row (white beforehand) from its changing elements. */
function paint(row: Uint8Array, changes: Int32Array, n: number, columns: number, blackIs1: boolean): void {
  // Black runs are [changes[0], changes[1]), [changes[2], changes[3]), …
  for (let i = 0; i < n; i += 2) {
    const s = changes[i], e = i + 1 < n ? changes[i + 1] : columns;
    let x = s;
    const setBlack = (px: number) => {
      if (blackIs1) row[px >> 3] |= 0x80 >> (px & 7);
      else row[px >> 3] &= ~(0x80 >> (px & 7));
    };
    while (x < e && x & 7) setBlack(x++);
    while (x + 8 <= e) {
      row[x >> 3] = blackIs1 ? 0xff : 0;
      x += 8;
    }
    while (x < e) setBlack(x++);
  }
}
