import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseBinaryCMap, parseCMap, type CMap } from '../../../../shared/pdf/fonts/cmap';
import { glyphNameToUnicode } from '../../../../shared/pdf/fonts/glyphlist';
import { hexBytes, latin1 } from './build';

const enc = (s: string) => new TextEncoder().encode(s);

function split(cmap: CMap, b: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  const s = { code: 0, length: 0 };
  for (let i = 0; i < b.length; i += s.length) {
    cmap.readCode(b, i, s);
    out.push([s.code, s.length]);
  }
  return out;
}

const TO_UNICODE = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
4 beginbfchar
<0003> <0020>
<0010> <D835DC9C>
<0011> <FB01>
<0012> <00660066006C>
endbfchar
2 beginbfrange
<0020> <0022> <0041>
<0030> <0032> [<00E9> <20AC> <0031>]
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;

describe('parseCMap (ToUnicode)', () => {
  const cmap = parseCMap(enc(TO_UNICODE), {}, glyphNameToUnicode);
  it.each([
    [0x0003, ' '],
    [0x0010, '\u{1D49C}'],
    [0x0011, '\ufb01'],
    [0x0012, 'ffl'],
    [0x0020, 'A'],
    [0x0021, 'B'],
    [0x0022, 'C'],
    [0x0030, 'é'],
    [0x0031, '€'],
    [0x0032, '1'],
  ])('maps code %i to %j', (code, text) => {
    expect(cmap.lookupText(code)).toBe(text);
  });

  it('leaves unmapped codes unmapped', () => {
    expect(cmap.lookupText(0x0023)).toBeUndefined();
    expect(cmap.lookupText(0x0004)).toBeUndefined();
  });

  it('counts up the last UTF-16 unit of a bfrange target across a byte boundary', () => {
    const c = parseCMap(enc('1 beginbfrange <01> <03> <00FF> endbfrange'));
    expect([1, 2, 3].map((k) => c.lookupText(k))).toEqual(['ÿ', 'Ā', 'ā']);
  });

  it('keeps a large bfrange without expanding it', () => {
    const c = parseCMap(enc('1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <0000> endbfrange'));
    expect(c.lookupText(0x4e00)).toBe('一');
    expect(c.lookupText(0x0041)).toBe('A');
  });

  it('tolerates missing end keywords, odd-length hex, names as targets and comments', () => {
    const c = parseCMap(
      enc(`% sloppy producer
2 beginbfchar
<01> <41>
<2> /eacute
2 beginbfrange
<10> <11> <004>
endbfrange`),
      {},
      glyphNameToUnicode,
    );
    expect(c.lookupText(1)).toBe('A');
    expect(c.lookupText(0x20)).toBe('é');
    expect(c.lookupText(0x10)).toBe('@');
    expect(c.lookupText(0x11)).toBe('A');
  });

  it('never throws on garbage', () => {
    const junk = new Uint8Array(5000);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 256;
    expect(() => parseCMap(junk)).not.toThrow();
    expect(() => parseCMap(latin1('beginbfrange <01> [<0041> beginbfchar <'))).not.toThrow();
  });
});

describe('parseCMap (encoding CMaps)', () => {
  it('splits codes by codespace ranges of 1 to 4 bytes', () => {
    const c = parseCMap(
      enc(`4 begincodespacerange
<00> <80>
<8140> <9FFC>
<A0A0A0> <A0FFFF>
<E0000000> <E0FFFFFF>
endcodespacerange`),
    );
    expect(split(c, hexBytes('41 8140 A0A1A2 E0010203 20'))).toEqual([
      [0x41, 1], [0x8140, 2], [0xa0a1a2, 3], [0xe0010203, 4], [0x20, 1],
    ]);
  });

  it('consumes bytes outside every range as a code of the matching range length', () => {
    const c = parseCMap(enc('2 begincodespacerange <00> <7F> <8140> <9FFC> endcodespacerange'));
    // 0x81 0x20 starts like a two-byte code but is outside its range: one two-byte code.
    expect(split(c, hexBytes('8120 41'))).toEqual([[0x8120, 2], [0x41, 1]]);
    // 0xF0 fits no range's first byte: the shortest range length.
    expect(split(c, hexBytes('F0 41'))).toEqual([[0xf0, 1], [0x41, 1]]);
  });

  it('maps cidchar and cidrange and inherits a usecmap parent', () => {
    const parent = parseCMap(enc('1 begincodespacerange <0000> <FFFF> endcodespacerange 1 begincidrange <0100> <01FF> 500 endcidrange'));
    const child = parseCMap(
      enc(`/Parent usecmap
/CMapName /Child def
/WMode 1 def
1 begincidchar <0150> 7 endcidchar
1 begincidrange <0300> <0302> 40 endcidrange`),
      { resolveUseCMap: (name) => (name === 'Parent' ? parent : null) },
    );
    expect(child.name).toBe('Child');
    expect(child.vertical).toBe(true);
    expect(child.lookupCid(0x0150)).toBe(7);
    expect(child.lookupCid(0x0151)).toBe(500 + 0x51);
    expect(child.lookupCid(0x0302)).toBe(42);
    expect(child.lookupCid(0x0400)).toBeUndefined();
    expect(split(child, hexBytes('01500302'))).toEqual([[0x150, 2], [0x302, 2]]);
  });
});

const require = createRequire(import.meta.url);
const bcmapDir = `${require.resolve('pdfjs-dist/package.json').replace(/package\.json$/, '')}cmaps/`;
const popplerDir = '/usr/share/poppler/cMap/';

describe('parseBinaryCMap', () => {
  const loadBinary = (name: string): CMap | null => parseBinaryCMap(new Uint8Array(readFileSync(`${bcmapDir}${name}.bcmap`)), loadBinary);

  it('reads pdf.js binary CMaps with their usecmap parents', () => {
    const h = loadBinary('90ms-RKSJ-H');
    expect(h).not.toBeNull();
    expect(h!.vertical).toBe(false);
    // Single-byte ASCII, then a two-byte Shift-JIS code.
    expect(split(h!, hexBytes('41 8140'))).toEqual([[0x41, 1], [0x8140, 2]]);
    const v = loadBinary('90ms-RKSJ-V');
    expect(v!.vertical).toBe(true);
    expect(v!.lookupCid(0x8140)).toBe(h!.lookupCid(0x8140));
  });

  it.skipIf(!existsSync(`${popplerDir}Adobe-Japan1/90ms-RKSJ-H`))('agrees with the text form of the same CMap', () => {
    const byName = (name: string): CMap | null => {
      for (const coll of ['Adobe-Japan1', 'Adobe-GB1']) {
        const p = `${popplerDir}${coll}/${name}`;
        if (existsSync(p)) return parseCMap(new Uint8Array(readFileSync(p)), { resolveUseCMap: byName });
      }
      return null;
    };
    for (const name of ['90ms-RKSJ-H', 'UniJIS-UCS2-H', 'GBK-EUC-H']) {
      const text = byName(name)!;
      const bin = loadBinary(name)!;
      let compared = 0;
      for (const [code, cid] of text.cidEntries()) {
        expect(bin.lookupCid(code), `${name} code ${code.toString(16)}`).toBe(cid);
        compared++;
      }
      expect(compared).toBeGreaterThan(1000);
    }
  });
});

describe('parseBinaryCMap (UCS-2 tables)', () => {
  const ucs2 = parseBinaryCMap(new Uint8Array(readFileSync(`${bcmapDir}Adobe-Japan1-UCS2.bcmap`)))!;

  // Values pdf.js 5.6 itself gives for these CIDs (getTextContent on an Adobe-Japan1 font
  // without ToUnicode), including multi-byte records late in the file.
  it.each([
    [264, 'A'],
    [580, 'と'],
    [1000, 'レ'],
    [2000, '江'],
    [5000, '掾'],
    [114, '‒'],
  ])('maps CID %i to %j', (cid, text) => {
    expect(ucs2.lookupText(cid)).toBe(text);
  });

  it.skipIf(!existsSync(`${popplerDir}Adobe-Japan1/Adobe-Japan1-UCS2`))('agrees with the (newer) text form for most CIDs', () => {
    const text = parseCMap(new Uint8Array(readFileSync(`${popplerDir}Adobe-Japan1/Adobe-Japan1-UCS2`)));
    let same = 0;
    let all = 0;
    for (const [cid, t] of text.textEntries()) {
      all++;
      if (ucs2.lookupText(cid) === t) same++;
    }
    // pdf.js ships Adobe's 2009 tables; later versions remapped some CIDs (dashes, variation selectors).
    expect(all).toBeGreaterThan(20000);
    expect(same / all).toBeGreaterThan(0.9);
  });
});
