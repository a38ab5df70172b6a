/**
 * The standard 14 fonts (ISO 32000-1 9.6.2.2): metrics by glyph name from the Adobe AFM files
 * that @pdf-lib/standard-fonts ships, and the name aliases producers use for them (Arial for
 * Helvetica, TimesNewRoman for Times-Roman, ",Bold" suffixes…), as viewers accept them.
 */
import { Font, type IFontNames } from '@pdf-lib/standard-fonts';

export type Standard14Name =
  | 'Courier' | 'Courier-Bold' | 'Courier-Oblique' | 'Courier-BoldOblique'
  | 'Helvetica' | 'Helvetica-Bold' | 'Helvetica-Oblique' | 'Helvetica-BoldOblique'
  | 'Times-Roman' | 'Times-Bold' | 'Times-Italic' | 'Times-BoldItalic'
  | 'Symbol' | 'ZapfDingbats';

export interface StandardMetrics {
  name: Standard14Name;
  /** Ascent and descent in glyph units (1000 per em). */
  ascent: number;
  descent: number;
  /** Width of a glyph by name, in glyph units; undefined when the font has no such glyph. */
  width(glyph: string): number | undefined;
}

const loaded = new Map<Standard14Name, StandardMetrics>();

/**
 * Metrics of a standard 14 font (loaded once, then cached).
 *
 * @example
 *   standardMetrics('Helvetica').width('a') // 556
 */
export function standardMetrics(name: Standard14Name): StandardMetrics {
  let m = loaded.get(name);
  if (!m) {
    const font = Font.load(name as IFontNames);
    const widths = new Map<string, number>();
    for (const cm of font.CharMetrics) widths.set(cm.N, cm.WX);
    // Symbol and ZapfDingbats have no Ascender/Descender in their AFM: their bounding box it is.
    const ascent = typeof font.Ascender === 'number' ? font.Ascender : font.FontBBox[3];
    const descent = typeof font.Descender === 'number' ? font.Descender : font.FontBBox[1];
    m = { name, ascent, descent, width: (g) => widths.get(g) };
    loaded.set(name, m);
  }
  return m;
}

/**
 * The standard 14 font a BaseFont name stands for, or undefined. Subset tags ("ABCDEF+") and
 * spaces are ignored; Arial and Times New Roman count as Helvetica and Times (ISO 32000-1 note
 * in 9.6.2.2 and the viewers' long-standing practice).
 *
 * @example
 *   standardFontFor('Arial,BoldItalic') // 'Helvetica-BoldOblique'
 *   standardFontFor('TimesNewRomanPSMT') // 'Times-Roman'
 */
export function standardFontFor(baseFont: string): Standard14Name | undefined {
  let n = baseFont.replace(/^[A-Z]{6}\+/, '').replace(/\s+/g, '');
  if (!n) return undefined;
  const lower = n.toLowerCase();
  if (lower === 'symbol' || lower.startsWith('symbol,') || lower === 'symbolmt' || lower.startsWith('symbolmt,')) return 'Symbol';
  if (lower.startsWith('zapfdingbats') || lower === 'itczapfdingbats' || lower === 'dingbats') return 'ZapfDingbats';
  let family: 'Courier' | 'Helvetica' | 'Times' | undefined;
  if (/^(courier|couriernew|couriernewps)/.test(lower)) family = 'Courier';
  else if (/^(helvetica|arial)/.test(lower) && !/narrow|black|rounded|unicode|condensed/.test(lower)) family = 'Helvetica';
  else if (/^(times|timesnewroman|timesnewromanps|timesroman)/.test(lower)) family = 'Times';
  if (!family) return undefined;
  n = lower.replace(/^(couriernewps|couriernew|courier|helvetica|arial|timesnewromanps|timesnewroman|timesroman|times)/, '');
  n = n.replace(/mt$/, '').replace(/ps/, '');
  const bold = /bold|black|heavy|semibold|demi/.test(n);
  const italic = /italic|oblique|ital/.test(n);
  if (family === 'Times') {
    if (bold && italic) return 'Times-BoldItalic';
    if (bold) return 'Times-Bold';
    if (italic) return 'Times-Italic';
    return 'Times-Roman';
  }
  if (bold && italic) return `${family}-BoldOblique`;
  if (bold) return `${family}-Bold`;
  if (italic) return `${family}-Oblique`;
  return family;
}

/**
 * The standard font whose widths stand in for a non-embedded font without /Widths, chosen by the
 * FontDescriptor flags (ISO 32000-1 9.8.2: FixedPitch 1, Serif 2, Italic 64, ForceBold 1<<18).
 *
 * @example
 *   substituteFor(2 | 64) // 'Times-Italic'
 */
export function substituteFor(flags: number, baseFont = ''): Standard14Name {
  const lower = baseFont.toLowerCase();
  const bold = (flags & (1 << 18)) !== 0 || /bold|black|heavy/.test(lower);
  const italic = (flags & 64) !== 0 || /italic|oblique/.test(lower);
  if (flags & 1) return bold ? (italic ? 'Courier-BoldOblique' : 'Courier-Bold') : italic ? 'Courier-Oblique' : 'Courier';
  if (flags & 2) return bold ? (italic ? 'Times-BoldItalic' : 'Times-Bold') : italic ? 'Times-Italic' : 'Times-Roman';
  return bold ? (italic ? 'Helvetica-BoldOblique' : 'Helvetica-Bold') : italic ? 'Helvetica-Oblique' : 'Helvetica';
}
