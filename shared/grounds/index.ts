/**
 * The grounds catalogue as functions: look-up, parsing of every written form, catalogue
 * order, Wob↔Woo mapping, and the grounds that belong to each suggestion category.
 * Used by the detectors (grounds per suggestion), the bundle writer (titles, motivations,
 * order) and the app (converting a dossier from one law to the other).
 */
import type { Law, SuggestionCategory } from '../contract';
import { CATALOGUE, WOB_TO_WOO, type GroundEntry } from './catalogue';
import { SUGGESTION_CATEGORIES } from '../categories';

export { CATALOGUE, WOB_TO_WOO, type GroundEntry } from './catalogue';

const BY_CODE = new Map<string, GroundEntry>(CATALOGUE.map((g) => [g.code, g]));
const ORDER = new Map<string, number>(CATALOGUE.map((g, i) => [g.code, i]));

/**
 * The catalogue entry for a code in any written form, or undefined.
 *
 * @example
 *   groundInfo('5.1.2 e')?.title; // 'Eerbiediging van de persoonlijke levenssfeer'
 */
export function groundInfo(code: string): GroundEntry | undefined {
  const c = normalizeGround(code);
  return c === undefined ? undefined : BY_CODE.get(c);
}

/**
 * The short title of a ground, or the code itself when it is not in the catalogue.
 *
 * @example
 *   groundTitle('10.2.d'); // 'Inspectie, controle en toezicht door bestuursorganen'
 */
export function groundTitle(code: string): string {
  return groundInfo(code)?.title ?? code;
}

/**
 * The standard motivation text for the decision letter, or undefined for an unknown code.
 *
 * @example
 *   groundMotivation('5.1.2e')?.startsWith('De documenten bevatten namen'); // true
 */
export function groundMotivation(code: string): string | undefined {
  return groundInfo(code)?.motivation;
}

/** The law a compact code belongs to: Wob codes start with 10 or 11, Woo codes with 5. */
export function lawOfGround(code: string): Law | undefined {
  return groundInfo(code)?.law;
}

const LETTER = '([a-i])';
const ORDINALS: Record<string, number> = {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7,
  '1e': 1, '2e': 2, '3e': 3, '4e': 4, '5e': 5, '1ste': 1, '2de': 2,
};

/**
 * Reads a ground as practice writes it and returns the compact code of the catalogue, or
 * undefined when the text names no known ground. Accepts "5.1.2e", "5.1.2.e", "5.1.2 e",
 * "5.1.2(e)", "5.1, lid 2, sub e", "10.2.e", "10.2e", "10 lid 2 onder e",
 * "artikel 10, tweede lid, aanhef en onder e (Wob)", "art. 5.1 tweede lid onder i Woo",
 * "11.1", "artikel 5.2".
 *
 * @example
 *   normalizeGround('artikel 10, tweede lid, aanhef en onder e'); // '10.2.e'
 *   normalizeGround('5.1.2.e'); // '5.1.2e'
 */
export function normalizeGround(input: string): string | undefined {
  const s = input.toLowerCase().replace(/[\u2019'"”“()]/g, ' ').replace(/\s+/g, ' ').trim()
    .replace(/^(artikel|art\.?)\s*/, '')
    .replace(/\s*(,?\s*(van de |van )?(wet open overheid|wet openbaarheid van bestuur|woo|wob))\s*\.?$/, '')
    .trim();
  // Compact and dotted numeric forms.
  let m = new RegExp(`^5\\s*\\.\\s*1\\s*\\.\\s*([12])\\s*\\.?\\s*${LETTER}$`).exec(s);
  if (m) return known(`5.1.${m[1]}${m[2]}`);
  m = new RegExp(`^10\\s*\\.\\s*([12])\\s*\\.?\\s*${LETTER}$`).exec(s);
  if (m) return known(`10.${m[1]}.${m[2]}`);
  m = /^(5\.1\.5|5\.2|5\.4|11\.1|11)(\.\d)?$/.exec(s);
  if (m) return known(m[1] === '11' ? '11.1' : m[1] === '5.2' || m[1] === '5.4' || m[1] === '5.1.5' || m[1] === '11.1' ? m[1] : undefined);
  // Written out: "<art>, <n>e lid, aanhef en onder <x>" and variations.
  m = /^(10|11|5\.1|5\.2|5\.4)\b[ ,]*(?:(eerste|tweede|derde|vierde|vijfde|zesde|zevende|\d+(?:e|ste|de)?)\s*lid|lid\s*(\d+))?[ ,]*(?:aanhef\s*(?:en\s*)?)?(?:onder|sub|letter|onderdeel)?\s*([a-i])?\.?$/.exec(s);
  if (m) {
    const art = m[1];
    const lidWord = m[2] ?? m[3];
    const lid = lidWord === undefined ? undefined : ORDINALS[lidWord] ?? Number.parseInt(lidWord, 10);
    const letter = m[4];
    if (art === '10' && lid && letter) return known(`10.${lid}.${letter}`);
    if (art === '5.1' && lid && letter) return known(`5.1.${lid}${letter}`);
    if (art === '5.1' && lid === 5 && !letter) return known('5.1.5');
    if (art === '11' && (!lid || lid === 1) && !letter) return known('11.1');
    if ((art === '5.2' || art === '5.4') && !letter) return known(art);
  }
  return undefined;
}

function known(code: string | undefined): string | undefined {
  return code !== undefined && BY_CODE.has(code) ? code : undefined;
}

/**
 * Position of a code in catalogue order (unknown codes sort last).
 *
 * @example
 *   ['10.2.g', '10.2.e'].sort(compareGrounds); // ['10.2.e', '10.2.g']
 */
export function compareGrounds(a: string, b: string): number {
  const oa = ORDER.get(normalizeGround(a) ?? a) ?? Number.MAX_SAFE_INTEGER;
  const ob = ORDER.get(normalizeGround(b) ?? b) ?? Number.MAX_SAFE_INTEGER;
  return oa - ob || a.localeCompare(b);
}

/**
 * Normalises, de-duplicates and sorts codes in catalogue order.
 *
 * @example
 *   sortGrounds(['10.2.g', '10.2.d', '10.2.g']); // ['10.2.d', '10.2.g']
 */
export function sortGrounds(codes: readonly string[]): string[] {
  return [...new Set(codes.map((c) => normalizeGround(c) ?? c))].sort(compareGrounds);
}

export interface GroundMapping {
  /** The codes in the target law (empty when the ground has no counterpart). */
  codes: string[];
  /** True when the mapping is a choice the officer must confirm. */
  choice: boolean;
  /** Other codes the officer may choose instead. */
  alternatives: string[];
}

/**
 * Maps a code to the other law. Wob 10.2.g becomes Woo 5.1.2i by default, flagged as a
 * choice (5.1.5 is the alternative); Wob 10.1.d becomes 5.1.1e for a BSN and 5.1.1d
 * otherwise. A code already in the target law maps to itself.
 *
 * @example
 *   mapGround('10.2.g', 'woo'); // { codes: ['5.1.2i'], choice: true, alternatives: ['5.1.5'] }
 *   mapGround('5.1.2e', 'wob'); // { codes: ['10.2.e'], choice: false, alternatives: [] }
 */
export function mapGround(code: string, to: Law, hint?: { category?: SuggestionCategory }): GroundMapping {
  const c = normalizeGround(code);
  if (c === undefined) return { codes: [code], choice: true, alternatives: [] };
  const from = BY_CODE.get(c)?.law;
  if (from === to) return { codes: [c], choice: false, alternatives: [] };
  if (to === 'woo') {
    if (c === '10.1.d' && hint?.category === 'bsn') return { codes: ['5.1.1e'], choice: false, alternatives: [] };
    const m = WOB_TO_WOO[c];
    return m ? { codes: [...m.codes], choice: m.choice, alternatives: [...(m.alternatives ?? [])] } : { codes: [], choice: true, alternatives: [] };
  }
  const back = Object.entries(WOB_TO_WOO).filter(([, m]) => m.codes.includes(c) || (m.alternatives ?? []).includes(c)).map(([wob]) => wob);
  const primary = Object.entries(WOB_TO_WOO).filter(([, m]) => m.codes.includes(c)).map(([wob]) => wob);
  const codes = primary.length > 0 ? primary.slice(0, 1) : back.slice(0, 1);
  return { codes, choice: codes.length === 0 || back.length > 1, alternatives: back.filter((b) => !codes.includes(b)) };
}

/**
 * Converts a list of codes to the other law, sorted in catalogue order, and reports whether
 * any of them was a choice.
 *
 * @example
 *   mapGrounds(['10.2.d', '10.2.g'], 'woo'); // { codes: ['5.1.2d', '5.1.2i'], choice: true }
 */
export function mapGrounds(codes: readonly string[], to: Law, hint?: { category?: SuggestionCategory }): { codes: string[]; choice: boolean } {
  const out: string[] = [];
  let choice = false;
  for (const code of codes) {
    const m = mapGround(code, to, hint);
    out.push(...m.codes);
    choice ||= m.choice;
  }
  return { codes: sortGrounds(out), choice };
}

/**
 * The grounds a suggestion of this category gets under the chosen law. A functional mailbox
 * (an e-mail address of a team rather than a person) is 10.2.g / 5.1.2i instead of privacy.
 *
 * @example
 *   groundsForCategory('email', 'woo', { mailbox: true }); // ['5.1.2i']
 *   groundsForCategory('guidance', 'wob'); // ['10.2.d', '10.2.g']
 */
export function groundsForCategory(category: SuggestionCategory, law: Law, opts: { mailbox?: boolean } = {}): string[] {
  if (category === 'email' && opts.mailbox) return law === 'wob' ? ['10.2.g'] : ['5.1.2i'];
  return [...SUGGESTION_CATEGORIES[category].grounds[law]];
}
