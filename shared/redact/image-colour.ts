/**
 * Colour spaces of images, as far as blanking needs them: how many components a sample has,
 * how a colour in that space looks (to pick a palette entry), and which component values
 * paint the fill colour. ISO 32000-1 8.6 (colour spaces) and 8.9.5.2 (Decode arrays).
 */
import {
  PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFStream, PDFString,
  type PDFObject, type PDFContext,
} from '@cantoo/pdf-lib';
import { decodeStream } from '../pdf/streams';
import { missingCaseError } from '../assert';

/** RGB in 0..1. */
export type Rgb = [number, number, number];

export type ColourSpace =
  | { kind: 'gray'; n: 1 }
  | { kind: 'rgb'; n: 3 }
  | { kind: 'cmyk'; n: 4 }
  /** CIE L*a*b*; `range` is [amin amax bmin bmax]. */
  | { kind: 'lab'; n: 3; range: [number, number, number, number] }
  | { kind: 'indexed'; n: 1; base: ColourSpace; hival: number; lookup: Uint8Array }
  /** Separation or DeviceN: colourants with a tint transform we do not evaluate. */
  | { kind: 'tint'; n: number }
  /** A space we cannot interpret (a missing resource, Pattern): only its size is known. */
  | { kind: 'unknown'; n: number };

const DEVICE: Record<string, ColourSpace> = {
  DeviceGray: { kind: 'gray', n: 1 }, G: { kind: 'gray', n: 1 }, CalGray: { kind: 'gray', n: 1 },
  DeviceRGB: { kind: 'rgb', n: 3 }, RGB: { kind: 'rgb', n: 3 }, CalRGB: { kind: 'rgb', n: 3 },
  DeviceCMYK: { kind: 'cmyk', n: 4 }, CMYK: { kind: 'cmyk', n: 4 },
};

/**
 * Interprets a /ColorSpace value (a name or an array, refs resolved through `context`).
 * Returns undefined for a missing value (image masks, JPX images that carry their own).
 *
 * @example
 *   parseColourSpace(PDFName.of('DeviceRGB'), doc.context); // → { kind: 'rgb', n: 3 }
 */
export function parseColourSpace(obj: PDFObject | undefined, context: PDFContext, depth = 0): ColourSpace | undefined {
  const o = obj === undefined ? undefined : context.lookup(obj);
  if (o === undefined || depth > 8) return undefined;
  if (o instanceof PDFName) {
    const name = o.decodeText();
    return DEVICE[name] ?? { kind: 'unknown', n: 1 };
  }
  if (!(o instanceof PDFArray) || o.size() === 0) return { kind: 'unknown', n: 1 };
  const family = context.lookup(o.get(0));
  const fam = family instanceof PDFName ? family.decodeText() : '';
  switch (fam) {
    case 'CalGray': return { kind: 'gray', n: 1 };
    case 'CalRGB': return { kind: 'rgb', n: 3 };
    case 'Lab': {
      const d = context.lookup(o.get(1));
      const r = d instanceof PDFDict ? numbers(d.lookup(PDFName.of('Range')), context) : [];
      const range: [number, number, number, number] = r.length === 4 ? [r[0], r[1], r[2], r[3]] : [-100, 100, -100, 100];
      return { kind: 'lab', n: 3, range };
    }
    case 'ICCBased': {
      // The profile's /N tells the component count; /Alternate (or the device space of that
      // size) tells how it looks closely enough for choosing a fill.
      const s = context.lookup(o.get(1));
      const dict = s instanceof PDFStream ? s.dict : undefined;
      const alt = dict ? parseColourSpace(dict.get(PDFName.of('Alternate')), context, depth + 1) : undefined;
      const nObj = dict?.lookup(PDFName.of('N'));
      const n = nObj instanceof PDFNumber ? nObj.asNumber() : alt?.n ?? 3;
      if (alt && alt.n === n && alt.kind !== 'unknown') return alt;
      return n === 1 ? { kind: 'gray', n: 1 } : n === 4 ? { kind: 'cmyk', n: 4 } : n === 3 ? { kind: 'rgb', n: 3 } : { kind: 'unknown', n };
    }
    case 'Indexed': case 'I': {
      const base = parseColourSpace(o.get(1), context, depth + 1) ?? { kind: 'rgb', n: 3 };
      const hv = context.lookup(o.get(2));
      const hival = hv instanceof PDFNumber ? Math.max(0, Math.min(255, Math.floor(hv.asNumber()))) : 0;
      return { kind: 'indexed', n: 1, base, hival, lookup: lookupBytes(o.get(3), context) };
    }
    case 'Separation': return { kind: 'tint', n: 1 };
    case 'DeviceN': {
      const names = context.lookup(o.get(1));
      return { kind: 'tint', n: names instanceof PDFArray ? Math.max(1, names.size()) : 1 };
    }
    case 'Pattern': return { kind: 'unknown', n: 1 };
    default: {
      const dev = DEVICE[fam];
      return dev ?? { kind: 'unknown', n: 1 };
    }
  }
}

function lookupBytes(obj: PDFObject | undefined, context: PDFContext): Uint8Array {
  const o = obj === undefined ? undefined : context.lookup(obj);
  if (o instanceof PDFHexString || o instanceof PDFString) return o.asBytes();
  if (o instanceof PDFRawStream || o instanceof PDFStream) return decodeStream(o).bytes;
  return new Uint8Array(0);
}

/**
 * Numbers of a PDF array (non-numbers become 0); [] when `obj` is not an array.
 *
 * @example
 *   numbers(dict.get(PDFName.of('Decode')), ctx); // → [1, 0]
 */
export function numbers(obj: PDFObject | undefined, context: PDFContext): number[] {
  const o = obj === undefined ? undefined : context.lookup(obj);
  if (!(o instanceof PDFArray)) return [];
  const out: number[] = [];
  for (let i = 0; i < o.size(); i++) {
    const v = context.lookup(o.get(i));
    out.push(v instanceof PDFNumber ? v.asNumber() : 0);
  }
  return out;
}

/**
 * The default Decode array (ISO 32000-1 table 90): [0 1] per component, [0 2^bpc−1] for
 * Indexed, [0 100 amin amax bmin bmax] for Lab.
 *
 * @example
 *   defaultDecode({ kind: 'rgb', n: 3 }, 8); // → [0, 1, 0, 1, 0, 1]
 */
export function defaultDecode(cs: ColourSpace | undefined, bpc: number): number[] {
  if (!cs) return [0, 1];
  if (cs.kind === 'indexed') return [0, 2 ** bpc - 1];
  if (cs.kind === 'lab') return [0, 100, cs.range[0], cs.range[1], cs.range[2], cs.range[3]];
  const d: number[] = [];
  for (let i = 0; i < cs.n; i++) d.push(0, 1);
  return d;
}

/**
 * How a colour (component values in the space's own units) looks, roughly, in RGB.
 *
 * @example
 *   toRgb({ kind: 'cmyk', n: 4 }, [0, 0, 0, 1]); // → [0, 0, 0]
 */
export function toRgb(cs: ColourSpace, comps: number[]): Rgb {
  const c = (i: number) => clamp01(comps[i] ?? 0);
  switch (cs.kind) {
    case 'gray': return [c(0), c(0), c(0)];
    case 'rgb': return [c(0), c(1), c(2)];
    case 'cmyk': return [1 - Math.min(1, c(0) + c(3)), 1 - Math.min(1, c(1) + c(3)), 1 - Math.min(1, c(2) + c(3))];
    case 'lab': return labToRgb(comps[0] ?? 0, comps[1] ?? 0, comps[2] ?? 0);
    case 'indexed': return toRgb(cs.base, paletteEntry(cs, Math.round(comps[0] ?? 0)));
    case 'tint': {
      // More ink is darker; the colourant's hue is unknown without its tint transform.
      let t = 0;
      for (let i = 0; i < cs.n; i++) t = Math.max(t, c(i));
      return [1 - t, 1 - t, 1 - t];
    }
    case 'unknown': return [c(0), c(0), c(0)];
    default: throw missingCaseError(cs);
  }
}

/**
 * The base-space components of palette entry `index` (ISO 32000-1 8.6.6.3).
 *
 * @example
 *   paletteEntry({ kind: 'indexed', n: 1, base: { kind: 'rgb', n: 3 }, hival: 0, lookup: new Uint8Array([255, 0, 0]) }, 0); // → [1, 0, 0]
 */
export function paletteEntry(cs: Extract<ColourSpace, { kind: 'indexed' }>, index: number): number[] {
  const i = Math.max(0, Math.min(cs.hival, index));
  const n = cs.base.n;
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const byte = cs.lookup[i * n + k] ?? 0;
    if (cs.base.kind === 'lab') {
      const lo = k === 0 ? 0 : cs.base.range[(k - 1) * 2], hi = k === 0 ? 100 : cs.base.range[(k - 1) * 2 + 1];
      out.push(lo + (byte / 255) * (hi - lo));
    } else {
      out.push(byte / 255);
    }
  }
  return out;
}

/**
 * Component values that paint `fill` in `cs` (not for Indexed: see images.ts, which picks or
 * adds a palette entry). `exact` is false when the space cannot show the fill faithfully.
 *
 * @example
 *   fillComponents({ kind: 'cmyk', n: 4 }, [0, 0, 0]); // → { comps: [0, 0, 0, 1], exact: true }
 */
export function fillComponents(cs: ColourSpace, fill: Rgb): { comps: number[]; exact: boolean } {
  const [r, g, b] = fill;
  switch (cs.kind) {
    case 'gray': return { comps: [0.299 * r + 0.587 * g + 0.114 * b], exact: r === g && g === b };
    case 'rgb': return { comps: [r, g, b], exact: true };
    case 'cmyk': {
      const k = 1 - Math.max(r, g, b);
      if (k >= 1) return { comps: [0, 0, 0, 1], exact: true };
      return { comps: [(1 - r - k) / (1 - k), (1 - g - k) / (1 - k), (1 - b - k) / (1 - k), k], exact: true };
    }
    case 'lab': return { comps: rgbToLab(fill), exact: true };
    case 'tint': {
      // Full ink for a dark fill, no ink (paper) for a light one: uniform either way.
      const dark = 0.299 * r + 0.587 * g + 0.114 * b < 0.5;
      return { comps: new Array<number>(cs.n).fill(dark ? 1 : 0), exact: false };
    }
    case 'indexed': case 'unknown':
      return { comps: new Array<number>(cs.n).fill(0), exact: false };
    default:
      throw missingCaseError(cs);
  }
}

/**
 * Integer sample values for component values under a Decode array (ISO 32000-1 8.9.5.2:
 * value = Dmin + sample · (Dmax − Dmin) / (2^bpc − 1), solved for the sample).
 *
 * @example
 *   encodeSamples([0], [1, 0], 8); // → [255]: an inverted Decode array
 */
export function encodeSamples(comps: number[], decode: number[], bpc: number): number[] {
  const maxv = 2 ** bpc - 1;
  return comps.map((v, i) => {
    const dmin = decode[2 * i] ?? 0, dmax = decode[2 * i + 1] ?? 1;
    if (dmax === dmin) return 0;
    return Math.max(0, Math.min(maxv, Math.round(((v - dmin) / (dmax - dmin)) * maxv)));
  });
}

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

// sRGB (D65) <-> CIE L*a*b* (D50 would be more exact for PDF's default white point; the
// difference does not matter for choosing a fill).
const WHITE = [0.95047, 1, 1.08883];

function labToRgb(L: number, a: number, b: number): Rgb {
  const fy = (L + 16) / 116, fx = fy + a / 500, fz = fy - b / 200;
  const inv = (t: number) => (t > 6 / 29 ? t ** 3 : 3 * (6 / 29) ** 2 * (t - 4 / 29));
  const X = WHITE[0] * inv(fx), Y = WHITE[1] * inv(fy), Z = WHITE[2] * inv(fz);
  const lin = [3.2406 * X - 1.5372 * Y - 0.4986 * Z, -0.9689 * X + 1.8758 * Y + 0.0415 * Z, 0.0557 * X - 0.204 * Y + 1.057 * Z];
  const g = lin.map((v) => clamp01(v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055));
  return [g[0], g[1], g[2]];
}

function rgbToLab(rgb: Rgb): number[] {
  const lin = rgb.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const X = 0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2];
  const Y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
  const Z = 0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2];
  const f = (t: number) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);
  const fx = f(X / WHITE[0]), fy = f(Y / WHITE[1]), fz = f(Z / WHITE[2]);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
