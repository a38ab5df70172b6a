/**
 * What the exports need to know about legal grounds: their order, short title and standard
 * motivation. The catalogue itself (codes, titles, motivation texts, Wob↔Woo mapping) lives in
 * shared/grounds; the exports take it as a parameter so that they never hold a second copy.
 */
import type { Law } from '../contract';
import { CATALOGUE } from '../grounds/catalogue';

export interface GroundInfo {
  /** Compact code as the law's practice writes it ("10.2.e", "5.1.2e"). */
  code: string;
  /** Short title ("Eerbiediging van de persoonlijke levenssfeer"). */
  title: string;
  /** Standard motivation paragraph(s) for the decision letter. */
  motivation: string;
  /** The article as cited in a letter ("artikel 10, tweede lid, aanhef en onder e, van de Wob"). */
  article?: string;
}

/** A law's grounds in catalogue order (the order of the law's articles). */
export interface GroundsCatalogue {
  law: Law;
  grounds: readonly GroundInfo[];
}

/**
 * Compares two ground codes by the numbers and letters they are made of ("10.2.e" < "10.2.g" <
 * "11.1"; "5.1.1e" < "5.1.2a" < "5.2"). Used for codes the catalogue does not know, after all
 * the codes it does know.
 *
 * @example
 *   ['11.1', '10.2.g', '10.2.e'].sort(compareGroundCodes); // ['10.2.e', '10.2.g', '11.1']
 */
export function compareGroundCodes(a: string, b: string): number {
  const pa = a.toLowerCase().match(/\d+|[a-z]+/g) ?? [];
  const pb = b.toLowerCase().match(/\d+|[a-z]+/g) ?? [];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Removes duplicates and sorts codes in catalogue order (unknown codes last, in code order).
 *
 * @example
 *   sortGrounds(['10.2.g', '10.2.e', '10.2.g'], catalogue); // ['10.2.e', '10.2.g']
 */
export function sortGrounds(codes: Iterable<string>, catalogue?: GroundsCatalogue): string[] {
  const rank = new Map<string, number>();
  catalogue?.grounds.forEach((g, i) => rank.set(g.code, i));
  const unique = [...new Set([...codes].map((c) => c.trim()).filter((c) => c !== ''))];
  return unique.sort((a, b) => {
    const ra = rank.get(a);
    const rb = rank.get(b);
    if (ra !== undefined && rb !== undefined) return ra - rb;
    if (ra !== undefined) return -1;
    if (rb !== undefined) return 1;
    return compareGroundCodes(a, b);
  });
}

/** The catalogue entry of a code, if known. @example groundInfo('10.2.e', catalogue)?.title */
export function groundInfo(code: string, catalogue?: GroundsCatalogue): GroundInfo | undefined {
  return catalogue?.grounds.find((g) => g.code === code);
}

/**
 * The catalogue of one law from shared/grounds, in its order, as the exports use it.
 *
 * @example
 *   catalogueFor('woo').grounds[0].code; // '5.1.1a'
 */
export function catalogueFor(law: Law): GroundsCatalogue {
  return { law, grounds: CATALOGUE.filter((g) => g.law === law) };
}
