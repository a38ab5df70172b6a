import { describe, expect, it, vi } from 'vitest';
import { PDFContext, PDFDict, PDFName } from '@cantoo/pdf-lib';
import { loadFont, type PdfFont } from '../../../../shared/pdf/fonts';
import { bytes, flate, fontDict, hex, hexBytes, latin1, newContext, textOf } from './build';

const ctx: PDFContext = await newContext();

function widths(font: PdfFont, b: Uint8Array): number[] {
  return font.decode(b).map((g) => Math.round(g.width * 10000) / 10000);
}

const TO_UNICODE_LO = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Adobe-Identity-UCS def /CMapType 2 def
1 begincodespacerange <00> <FF> endcodespacerange
3 beginbfchar
<01> <0057>
<02> <006F>
<03> <FB01>
endbfchar
2 beginbfrange
<04> <06> [<0065> <D83DDE00> <0020>]
<07> <09> <0061>
endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end`;

describe('simple fonts', () => {
  it('reads WinAnsiEncoding with /Differences and /Widths', () => {
    const font = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'Type1', BaseFont: 'ABCDEF+Garamond', FirstChar: 32, LastChar: 130,
        Widths: [250, ...Array(97).fill(500), 700],
        Encoding: { Type: 'Encoding', BaseEncoding: 'WinAnsiEncoding', Differences: [128, 'fi', 'uni0133', 130, 'Euro'] },
        FontDescriptor: { Type: 'FontDescriptor', Flags: 32, Ascent: 890, Descent: -210, MissingWidth: 333 },
      }),
    );
    const glyphs = font.decode(latin1('Café \x80\x81\x82\xeb\x02'));
    expect(textOf(glyphs)).toBe('Café fiĳ€ë');
    expect(widths(font, latin1(' A\x82\xeb\x02'))).toEqual([0.25, 0.5, 0.7, 0.333, 0.333]);
    expect(font.ascent).toBeCloseTo(0.89);
    expect(font.descent).toBeCloseTo(-0.21);
    expect(font.vertical).toBe(false);
  });

  it.each([
    ['Helvetica', 'WinAnsiEncoding', 'Wij', [0.944, 0.222, 0.222], 0.718, -0.207],
    ['Times-Bold', undefined, 'Wij', [1, 0.278, 0.333], 0.683, -0.217],
    ['Courier', undefined, 'Wij', [0.6, 0.6, 0.6], 0.629, -0.157],
    ['Arial,Bold', 'WinAnsiEncoding', 'Wij', [0.944, 0.278, 0.278], 0.718, -0.207],
  ])('gives %s without /Widths its standard metrics', (base, encoding, text, w, ascent, descent) => {
    const font = loadFont(fontDict(ctx, { Type: 'Font', Subtype: 'Type1', BaseFont: base, ...(encoding ? { Encoding: encoding } : {}) }));
    expect(textOf(font.decode(latin1(text)))).toBe(text);
    expect(widths(font, latin1(text))).toEqual(w);
    expect(font.ascent).toBeCloseTo(ascent);
    expect(font.descent).toBeCloseTo(descent);
  });

  it('reads StandardEncoding quotes and ligatures for a Type1 font without /Encoding', () => {
    const font = loadFont(fontDict(ctx, { Type: 'Font', Subtype: 'Type1', BaseFont: 'Times-Roman' }));
    expect(textOf(font.decode(latin1('\x60t is\x27 \xaen\xafe')))).toBe('‘t is’ finfle');
  });

  it('reads Symbol and ZapfDingbats through their built-in encodings', () => {
    const symbol = loadFont(fontDict(ctx, { Type: 'Font', Subtype: 'Type1', BaseFont: 'Symbol' }));
    expect(textOf(symbol.decode(latin1('abp')))).toBe('αβπ');
    const dingbats = loadFont(fontDict(ctx, { Type: 'Font', Subtype: 'Type1', BaseFont: 'ZapfDingbats' }));
    expect(textOf(dingbats.decode(latin1('4')))).toBe('✔');
  });

  it('prefers /ToUnicode (bfrange arrays, surrogate pairs, ligatures) for a LibreOffice-style TrueType subset', () => {
    const font = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'TrueType', BaseFont: 'BAAAAA+LiberationSerif', FirstChar: 0, LastChar: 9,
        Widths: [0, 943, 500, 556, 443, 1000, 250, 443, 500, 443],
        FontDescriptor: { Type: 'FontDescriptor', Flags: 4, Ascent: 0, Descent: 0, FontBBox: [-176, -303, 1005, 981] },
        ToUnicode: flate(ctx, TO_UNICODE_LO),
      }),
    );
    expect(textOf(font.decode(bytes(1, 2, 6, 3, 4, 7, 8, 9, 5)))).toBe('Wo fieabc😀');
    expect(widths(font, bytes(1, 2, 6))).toEqual([0.943, 0.5, 0.25]);
    // Ascent and Descent 0 (as LibreOffice writes them) fall back to poppler's defaults.
    expect(font.ascent).toBeCloseTo(0.95);
    expect(font.descent).toBeCloseTo(-0.35);
  });

  it('marks only code 32 as a word space, whatever text other codes have', () => {
    const font = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'TrueType', BaseFont: 'X', FirstChar: 0, Widths: Array(10).fill(500),
        FontDescriptor: { Type: 'FontDescriptor', Flags: 4 }, ToUnicode: flate(ctx, TO_UNICODE_LO),
      }),
    );
    const g = font.decode(bytes(6, 32));
    expect(g[0].text).toBe(' ');
    expect(g[0].wordSpace).toBe(false);
    expect(g[1].wordSpace).toBe(true);
  });

  it('reads a symbolic TrueType font without /Encoding or /ToUnicode code for code', () => {
    const font = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'TrueType', BaseFont: 'Wingish', FirstChar: 32, LastChar: 126, Widths: Array(95).fill(600),
        FontDescriptor: { Type: 'FontDescriptor', Flags: 4, Ascent: 800, Descent: -200 },
      }),
    );
    expect(textOf(font.decode(latin1('Abc 1\x05')))).toBe('Abc 1');
  });

  it('reads a non-symbolic TrueType font without /Encoding as WinAnsi', () => {
    const font = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'TrueType', BaseFont: 'Verdana', FirstChar: 32, LastChar: 255, Widths: Array(224).fill(600),
        FontDescriptor: { Type: 'FontDescriptor', Flags: 32, Ascent: 1005, Descent: -210 },
      }),
    );
    expect(textOf(font.decode(latin1('\x93Hé\x94 \x80')))).toBe('“Hé” €');
  });

  it('uses the encoding built into an embedded Type 1 program', () => {
    const program = '%!PS-AdobeFont-1.0: Custom\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\ndup 1 /H put\ndup 2 /o put\ndup 3 /eacute put\nreadonly def\ncurrentdict end\ncurrentfile eexec\n';
    const font = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'Type1', BaseFont: 'XYZABC+Custom', FirstChar: 1, LastChar: 3, Widths: [700, 500, 450],
        FontDescriptor: { Type: 'FontDescriptor', Flags: 4, FontFile: flate(ctx, program, { Length1: program.length, Length2: 0, Length3: 0 }) },
      }),
    );
    expect(textOf(font.decode(bytes(1, 2, 3)))).toBe('Hoé');
  });

  it('scales Type3 widths by the FontMatrix and sizes its glyph boxes like poppler', () => {
    const font = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'Type3', FontMatrix: [0.01, 0, 0, 0.01, 0, 0], FontBBox: [0, -20, 80, 90],
        FirstChar: 65, LastChar: 66, Widths: [60, 45],
        Encoding: { Type: 'Encoding', Differences: [65, 'H', 'i'] }, CharProcs: {}, Resources: {},
      }),
    );
    expect(textOf(font.decode(latin1('AB')))).toBe('Hi');
    expect(widths(font, latin1('AB'))).toEqual([0.6, 0.45]);
    expect(font.fontMatrix).toEqual([0.01, 0, 0, 0.01, 0, 0]);
    // poppler guesses the em from the first one-letter glyph ('H', 0.6 wide) against 0.5 em.
    expect(font.ascent).toBeCloseTo(0.95 * 1.2);
    expect(font.descent).toBeCloseTo(-0.35 * 1.2);
  });

  it.each([
    [{ Ascent: 32768, Descent: -32768 }, 0.95, -0.35],
    [{ Ascent: -700, Descent: 300 }, 0.7, -0.3],
    [{ Ascent: 0, Descent: 0 }, 0.95, -0.35],
    [{}, 0.95, -0.35],
  ])('repairs descriptor metrics %j like poppler', (fd, ascent, descent) => {
    const font = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'TrueType', BaseFont: 'Something', FirstChar: 32, Widths: [500],
        FontDescriptor: { Type: 'FontDescriptor', Flags: 32, ...fd },
      }),
    );
    expect(font.ascent).toBeCloseTo(ascent);
    expect(font.descent).toBeCloseTo(descent);
  });

  it('encodes text back to the codes that draw it', () => {
    const font = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'TrueType', BaseFont: 'Y', FirstChar: 0, Widths: Array(10).fill(500),
        FontDescriptor: { Type: 'FontDescriptor', Flags: 4 }, ToUnicode: flate(ctx, TO_UNICODE_LO),
      }),
    );
    expect(font.encode('Wo fie')).toEqual(bytes(1, 2, 6, 3, 4));
    expect(font.encode('Wox')).toBeNull();
    const helvetica = loadFont(fontDict(ctx, { Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' }));
    expect(helvetica.encode('Café €5')).toEqual(latin1('Caf\xe9 \x805'));
  });
});

describe('Type0 fonts', () => {
  const cidFont = (extra: Record<string, unknown>) => ({
    Type: 'Font', Subtype: 'CIDFontType2', BaseFont: 'AAAAAA+LiberationSerif',
    CIDSystemInfo: { Registry: hex('41646F6265'), Ordering: hex('4964656E74697479'), Supplement: 0 },
    FontDescriptor: { Type: 'FontDescriptor', Flags: 4, Ascent: 891, Descent: -216 },
    ...extra,
  });
  const TO_UNICODE_2 = `1 begincodespacerange <0000> <FFFF> endcodespacerange
3 beginbfchar <0003> <0020> <0044> <0048> <00C9> <FB02> endbfchar
1 beginbfrange <0050> <0052> [<0065> <006A> <D83DDE00>] endbfrange`;

  it("decodeInto gives the glyphs decode gives (simple, Type0 and fallback fonts), in the caller's array, string after string", () => {
    const simple = loadFont(fontDict(ctx, { Type: 'Font', Subtype: 'TrueType', BaseFont: 'AAAAAA+Liberation', FirstChar: 0, LastChar: 9, Widths: Array(10).fill(500), ToUnicode: flate(ctx, TO_UNICODE_LO) }));
    const type0 = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'Type0', BaseFont: 'AAAAAA+LiberationSerif', Encoding: 'Identity-H',
        DescendantFonts: [ctx.register(ctx.obj(cidFont({ DW: 600, W: [3, [250], 0x44, [722]] }) as never))],
        ToUnicode: flate(ctx, TO_UNICODE_2),
      }),
    );
    const fallback = loadFont(ctx.obj([1, 2, 3]) as unknown as PDFDict);
    const cases: [PdfFont, Uint8Array[]][] = [
      [simple, [bytes(1, 2, 6, 3, 4, 7, 8, 9, 5), bytes(2, 1), new Uint8Array(0)]],
      // An odd number of bytes takes Identity-H's careful path: the last byte is a code of its own.
      [type0, [hexBytes('0044 0050 0051 0003 00C9 0052 0077'), hexBytes('0044 00'), hexBytes('0003')]],
      [fallback, [latin1('Hoi daar'), latin1('Hé')]],
    ];
    for (const [font, strings] of cases) {
      const out = font.decode(bytes(9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9)).slice(0, 0);
      for (const b of strings) {
        const n = font.decodeInto(b, out);
        expect(n).toBe(font.decode(b).length);
        expect(out.slice(0, n)).toEqual(font.decode(b));
        expect(textOf(out.slice(0, n))).toBe(textOf(font.decode(b)));
      }
    }
    expect(textOf(type0.decode(hexBytes('0044 00')))).toBe(textOf(type0.decode(hexBytes('0044'))) + textOf(type0.decode(hexBytes('00'))));
  });

  it('reads Identity-H with both /W forms and /DW', () => {
    const font = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'Type0', BaseFont: 'AAAAAA+LiberationSerif', Encoding: 'Identity-H',
        DescendantFonts: [ctx.register(ctx.obj(cidFont({ DW: 600, W: [3, [250], 0x44, [722], 0x50, 0x52, 444] }) as never))],
        ToUnicode: flate(ctx, TO_UNICODE_2),
      }),
    );
    const glyphs = font.decode(hexBytes('0044 0050 0051 0003 00C9 0052 0077'));
    expect(textOf(glyphs)).toBe('Hej fl😀');
    expect(glyphs.map((g) => g.length)).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(widths(font, hexBytes('0044 0050 0051 0003 00C9 0077'))).toEqual([0.722, 0.444, 0.444, 0.25, 0.6, 0.6]);
    expect(glyphs[3].wordSpace).toBe(false);
    expect(font.ascent).toBeCloseTo(0.891);
    expect(font.descent).toBeCloseTo(-0.216);
    expect(font.encode('Hej')).toEqual(hexBytes('0044 0050 0051'));
    expect(font.encode('Hx')).toBeNull();
  });

  it('reads Identity-V with /W2 and /DW2 as a vertical font', () => {
    const font = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'Type0', BaseFont: 'V', Encoding: 'Identity-V',
        DescendantFonts: [cidFont({ W: [1, [1000]], DW2: [880, -1000], W2: [1, [-500, 500, 880], 5, 6, -800, 500, 880] })],
        ToUnicode: flate(ctx, TO_UNICODE_2),
      }),
    );
    expect(font.vertical).toBe(true);
    const g = font.decode(hexBytes('0001 0002 0005 0006'));
    expect(g.map((x) => x.vy)).toEqual([-0.5, -1, -0.8, -0.8]);
    expect(g[0].width).toBe(1);
  });

  it('reads an embedded CMap that uses another embedded CMap, with one-byte codes for ASCII', () => {
    const parent = flate(
      ctx,
      `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Base def
2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange
1 begincidrange <20> <7E> 1 endcidrange
1 begincidrange <8000> <80FF> 200 endcidrange
endcmap CMapName currentdict /CMap defineresource pop end end`,
      { Type: 'CMap', CMapName: 'Base' },
    );
    const child = flate(
      ctx,
      `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Child def
/Base usecmap
1 begincidchar <8001> 999 endcidchar
endcmap CMapName currentdict /CMap defineresource pop end end`,
      { Type: 'CMap', CMapName: 'Child', UseCMap: parent },
    );
    const toUnicode = flate(ctx, `2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange
1 beginbfrange <20> <7E> <0020> endbfrange
2 beginbfchar <8000> <00E9> <8001> <00EB> endbfchar`);
    const font = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'Type0', BaseFont: 'Mixed', Encoding: child,
        DescendantFonts: [cidFont({ DW: 500, W: [1, [250], 999, [777]] })],
        ToUnicode: toUnicode,
      }),
    );
    const glyphs = font.decode(hexBytes('20 41 8000 8001'));
    expect(textOf(glyphs)).toBe(' Aéë');
    expect(glyphs.map((g) => g.length)).toEqual([1, 1, 2, 2]);
    expect(glyphs.map((g) => g.width)).toEqual([0.25, 0.5, 0.5, 0.777]);
    // A one-byte code 32 in a composite font is a word space (ISO 32000-1 9.3.3).
    expect(glyphs[0].wordSpace).toBe(true);
    expect(font.encode('Aé')).toEqual(hexBytes('41 8000'));
  });

  it('asks the predefined-CMap hook once per name and reads Unicode CMaps without ToUnicode', () => {
    const hook = vi.fn((name: string) =>
      name === 'UniTest-UCS2-H'
        ? new TextEncoder().encode('/UniBase usecmap 1 begincidrange <4E00> <4E01> 10 endcidrange')
        : name === 'UniBase'
          ? new TextEncoder().encode('1 begincodespacerange <0000> <FFFF> endcodespacerange')
          : null,
    );
    const cache = new Map();
    const dict = fontDict(ctx, {
      Type: 'Font', Subtype: 'Type0', BaseFont: 'Uni', Encoding: 'UniTest-UCS2-H',
      DescendantFonts: [cidFont({ W: [10, [1000, 900]] })],
    });
    const font = loadFont(dict, { cache, loadPredefinedCMap: hook });
    expect(loadFont(dict, { cache, loadPredefinedCMap: hook })).toBe(font);
    expect(hook).toHaveBeenCalledTimes(2);
    // Not a real Uni* CMap name, so no text without ToUnicode; the CIDs and widths still work.
    expect(widths(font, hexBytes('4E00 4E01'))).toEqual([1, 0.9]);
  });

  it('reads codes of a UniGB-UCS2-H font as text when the CMap file is not available', () => {
    const warnings: string[] = [];
    const font = loadFont(
      fontDict(ctx, { Type: 'Font', Subtype: 'Type0', BaseFont: 'STSong', Encoding: 'UniGB-UCS2-H', DescendantFonts: [cidFont({ DW: 1000 })] }),
      { onWarning: (m) => warnings.push(m) },
    );
    expect(textOf(font.decode(hexBytes('4E2D 6587')))).toBe('中文');
    expect(warnings.join(' ')).toMatch(/UniGB-UCS2-H is not available/);
  });
});

describe('damaged fonts', () => {
  it.each<[string, Record<string, unknown>]>([
    ['no Subtype', { Type: 'Font', BaseFont: 'Helvetica' }],
    ['Widths that are not numbers', { Type: 'Font', Subtype: 'TrueType', BaseFont: 'X', FirstChar: 0, Widths: ['a', 'b'] }],
    ['a Type0 font without descendants', { Type: 'Font', Subtype: 'Type0', BaseFont: 'X', Encoding: 'Identity-H' }],
    ['a Type0 font with an unknown CMap', { Type: 'Font', Subtype: 'Type0', Encoding: 'Foo-H', DescendantFonts: 'Nonsense' }],
    ['a Type3 font without matrix or widths', { Type: 'Font', Subtype: 'Type3' }],
    ['an unknown subtype', { Type: 'Font', Subtype: 'OpenType', BaseFont: 'Z' }],
    ['a FontDescriptor that is a number', { Type: 'Font', Subtype: 'Type1', BaseFont: 'Q', FontDescriptor: 7 }],
  ])('loads a font with %s and decodes without throwing', (_, literal) => {
    const warnings: string[] = [];
    const font = loadFont(fontDict(ctx, literal), { onWarning: (m) => warnings.push(m) });
    const junk = new Uint8Array(257).map((_, i) => (i * 37) % 256);
    expect(() => font.decode(junk)).not.toThrow();
    expect(font.decode(junk).every((g) => Number.isFinite(g.width) && g.length >= 1)).toBe(true);
    expect(font.ascent).toBeGreaterThan(0);
    expect(font.descent).toBeLessThan(0);
  });

  it('survives a ToUnicode stream that does not inflate, reading the encoding instead', () => {
    const broken = ctx.register(ctx.stream(new Uint8Array([0x78, 0x9c, 1, 2, 3, 4, 5]), { Filter: 'FlateDecode' }));
    const warnings: string[] = [];
    const font = loadFont(
      fontDict(ctx, { Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding', ToUnicode: broken }),
      { onWarning: (m) => warnings.push(m) },
    );
    expect(textOf(font.decode(latin1('Ja')))).toBe('Ja');
  });

  it('gives a fallback font for something that is not a font dictionary', () => {
    const font = loadFont(ctx.obj([1, 2, 3]) as unknown as PDFDict);
    expect(font.kind).toBe('fallback');
    expect(textOf(font.decode(latin1('Hoi')))).toBe('Hoi');
  });

  it('parses a font shared by many pages once', () => {
    const dict = fontDict(ctx, { Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' });
    const cache = new WeakMap<object, PdfFont>();
    const spy = vi.spyOn(dict, 'lookup');
    const first = loadFont(dict, { cache });
    const calls = spy.mock.calls.length;
    for (let i = 0; i < 1000; i++) expect(loadFont(dict, { cache })).toBe(first);
    expect(spy.mock.calls.length).toBe(calls);
    expect(dict.get(PDFName.of('BaseFont'))).toBeDefined();
  });
});

describe('fonts without ToUnicode', () => {
  it('reads the text of an Identity-H TrueType font from the cmap of its embedded program', async () => {
    const { readFileSync } = await import('node:fs');
    const fontkit = (await import('@cantoo/fontkit')).default;
    const ttf = readFileSync(new URL('../../../../assets/fonts/DejaVuSans.ttf', import.meta.url));
    const face = fontkit.create(ttf) as import('@cantoo/fontkit').Font;
    const word = 'Één, zeggen wij';
    const gids = [...word].map((ch) => face.glyphForCodePoint(ch.codePointAt(0)!)!.id);
    const font = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'Type0', BaseFont: 'DejaVuSans', Encoding: 'Identity-H',
        DescendantFonts: [{
          Type: 'Font', Subtype: 'CIDFontType2', BaseFont: 'DejaVuSans', CIDToGIDMap: 'Identity',
          FontDescriptor: { Type: 'FontDescriptor', Flags: 32, Ascent: 928, Descent: -236, FontFile2: flate(ctx, '') },
        }],
      }),
    );
    // The FontFile2 above is empty: no text can be found, and decoding still works.
    const codes = Uint8Array.from(gids.flatMap((g) => [g >> 8, g & 0xff]));
    expect(textOf(font.decode(codes))).toBe('');

    const stream = ctx.register(ctx.flateStream(new Uint8Array(ttf)));
    const real = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'Type0', BaseFont: 'DejaVuSans', Encoding: 'Identity-H',
        DescendantFonts: [{
          Type: 'Font', Subtype: 'CIDFontType2', BaseFont: 'DejaVuSans', CIDToGIDMap: 'Identity',
          FontDescriptor: { Type: 'FontDescriptor', Flags: 32, Ascent: 928, Descent: -236, FontFile2: stream },
        }],
      }),
    );
    expect(textOf(real.decode(codes))).toBe(word);
    expect(real.encode('zeggen')).toEqual(codes.slice(2 * 5, 2 * 11));
  });
});

describe('predefined CMap names', () => {
  it.each(['../../etc/passwd', 'a/b', '..', '', 'x\\y', '.hidden'])('never passes %j to the loader', (name) => {
    const hook = vi.fn(() => null);
    loadFont(fontDict(ctx, { Type: 'Font', Subtype: 'Type0', Encoding: name, DescendantFonts: [{ Type: 'Font', Subtype: 'CIDFontType2' }] }), { loadPredefinedCMap: hook });
    expect(hook).not.toHaveBeenCalled();
  });

  it.each(['UniJIS-UCS2-H', '90ms-RKSJ-V', 'Adobe-Japan1-6', 'GBK-EUC-H'])('passes %s to the loader', (name) => {
    const hook = vi.fn(() => null);
    loadFont(fontDict(ctx, { Type: 'Font', Subtype: 'Type0', Encoding: name, DescendantFonts: [{ Type: 'Font', Subtype: 'CIDFontType2' }] }), { loadPredefinedCMap: hook });
    expect(hook).toHaveBeenCalledWith(name);
  });
});

/**
 * A name-keyed CFF program built by hand after Adobe TN #5176: glyphs A (SID 34), a (SID 66)
 * and the custom name uni0133 (SID 391); a custom encoding giving them codes 0x10–0x12, plus a
 * supplement mapping code 0x20 to space (SID 1).
 */
function tinyCff(): Uint8Array {
  const int5 = (v: number) => [29, (v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
  const index = (items: number[][]) => {
    if (items.length === 0) return [0, 0];
    const offsets = [1];
    for (const it of items) offsets.push(offsets[offsets.length - 1] + it.length);
    return [items.length >> 8, items.length & 0xff, 1, ...offsets, ...items.flat()];
  };
  const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
  const header = [1, 0, 4, 1];
  const names = index([ascii('Test')]);
  const strings = index([ascii('uni0133')]);
  const gsubrs = index([]);
  const charset = [0, 0, 34, 0, 66, 0x01, 0x87];
  const encoding = [0x80, 3, 0x10, 0x11, 0x12, 1, 0x20, 0, 1];
  const charStrings = index([[14], [14], [14], [14]]);
  const topLen = 2 + 1 + 2 + 18;
  const charsetAt = header.length + names.length + topLen + strings.length + gsubrs.length;
  const encodingAt = charsetAt + charset.length;
  const charStringsAt = encodingAt + encoding.length;
  const top = index([[...int5(charsetAt), 15, ...int5(encodingAt), 16, ...int5(charStringsAt), 17]]);
  expect(top.length).toBe(topLen);
  return Uint8Array.from([...header, ...names, ...top, ...strings, ...gsubrs, ...charset, ...encoding, ...charStrings]);
}

describe('CFF font programs', () => {
  it('reads the built-in encoding of a Type1C font without /Encoding', () => {
    const font = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'Type1', BaseFont: 'ABCDEF+Test', FirstChar: 16, LastChar: 32, Widths: Array(17).fill(500),
        FontDescriptor: { Type: 'FontDescriptor', Flags: 4, FontFile3: ctx.register(ctx.flateStream(tinyCff(), { Subtype: 'Type1C' })) },
      }),
    );
    expect(textOf(font.decode(bytes(0x10, 0x11, 0x20, 0x12)))).toBe('Aa ĳ');
  });

  it('reads glyph names of a name-keyed CFF under a CIDFontType0 without ToUnicode', () => {
    const font = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'Type0', BaseFont: 'ABCDEF+Test', Encoding: 'Identity-H',
        DescendantFonts: [{
          Type: 'Font', Subtype: 'CIDFontType0', BaseFont: 'ABCDEF+Test',
          FontDescriptor: { Type: 'FontDescriptor', Flags: 4, FontFile3: ctx.register(ctx.flateStream(tinyCff(), { Subtype: 'CIDFontType0C' })) },
        }],
      }),
    );
    expect(textOf(font.decode(hexBytes('0001 0003 0002 0009')))).toBe('Aĳa');
  });
});

describe('encode with large ToUnicode ranges', () => {
  it('encodes through a bfrange that covers the whole two-byte code space', () => {
    const font = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'Type0', BaseFont: 'Whole', Encoding: 'Identity-H',
        DescendantFonts: [{ Type: 'Font', Subtype: 'CIDFontType2', DW: 1000 }],
        ToUnicode: flate(ctx, '1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <0000> endbfrange'),
      }),
    );
    expect(textOf(font.decode(hexBytes('0048 00E9')))).toBe('Hé');
    expect(font.encode('Hé')).toEqual(hexBytes('0048 00E9'));
  });
});

describe('glyph names for Type3 CharProcs', () => {
  it('names each code after /Differences', () => {
    const font = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'Type3', FontMatrix: [0.001, 0, 0, 0.001, 0, 0], FontBBox: [0, 0, 1000, 1000],
        FirstChar: 1, LastChar: 2, Widths: [500, 500], Encoding: { Type: 'Encoding', Differences: [1, 'g1', 'Euro'] }, CharProcs: {},
      }),
    );
    expect([0, 1, 2].map((c) => font.glyphName?.(c))).toEqual(['', 'g1', 'Euro']);
  });
});

describe('standard names with a subset tag', () => {
  it('treats "ABCDEF+Arial" as an ordinary embedded font for its vertical metrics, as poppler does', () => {
    const font = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'TrueType', BaseFont: 'ABCDEF+Arial', FirstChar: 32, LastChar: 32, Widths: [278], Encoding: 'WinAnsiEncoding',
        FontDescriptor: { Type: 'FontDescriptor', Flags: 32, Ascent: 0, Descent: 0, FontFile2: flate(ctx, '') },
      }),
    );
    expect([font.ascent, font.descent]).toEqual([0.95, -0.35]);
  });
});

describe('CJK fonts without ToUnicode', () => {
  it('reads an Adobe-Japan1 CIDFont through the Adobe-Japan1-UCS2 table from the loader', async () => {
    const { readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const dir = createRequire(import.meta.url).resolve('pdfjs-dist/package.json').replace(/package\.json$/, 'cmaps/');
    const loadPredefinedCMap = (name: string) => new Uint8Array(readFileSync(`${dir}${name}.bcmap`));
    const font = loadFont(
      fontDict(ctx, {
        Type: 'Font', Subtype: 'Type0', BaseFont: 'KozMinPr6N-Regular', Encoding: '90ms-RKSJ-H',
        DescendantFonts: [{
          Type: 'Font', Subtype: 'CIDFontType0', BaseFont: 'KozMinPr6N-Regular', DW: 1000,
          CIDSystemInfo: { Registry: hex('41646F6265'), Ordering: hex('4A6170616E31'), Supplement: 6 },
        }],
      }),
      { loadPredefinedCMap },
    );
    // Shift-JIS: 0x93FA 0x967B is 日本, then ASCII.
    expect(textOf(font.decode(hexBytes('93FA 967B 41')))).toBe('日本A');
  });
});

describe('widths like poppler', () => {
  it('reads /Widths from code 0 when /FirstChar is missing', () => {
    const font = loadFont(fontDict(ctx, { Type: 'Font', Subtype: 'TrueType', BaseFont: 'Q', Widths: [100, 200, 300], FontDescriptor: { Type: 'FontDescriptor', Flags: 32, MissingWidth: 50 } }));
    expect(widths(font, bytes(0, 2, 3))).toEqual([0.1, 0.3, 0.05]);
  });

  it("gives code 32 the standard font's space width when the encoding leaves it unnamed", () => {
    const font = loadFont(fontDict(ctx, { Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: { Type: 'Encoding', Differences: [32, '.notdef'] } }));
    expect(widths(font, latin1(' '))).toEqual([0.278]);
  });
});
