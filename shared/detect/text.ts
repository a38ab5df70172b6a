/** Small text helpers the detectors share: lines with offsets, sentences, regex pieces. */
import { PARTICLES, HONORIFICS } from './dutch';

export interface Span { start: number; end: number; str: string }

/** The lines of a page text with their offsets (blank lines included, as empty strings). */
export function splitLines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end, str: text.slice(start, end) });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** Whitespace inside a name: spaces, or one line break (names broken over a line end). */
export const WS = '(?:[ \\t\\u00a0]+|[ \\t]*\\n(?!\\n)[ \\t]*)';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A word whose first letter may be written either way ("van" / "Van"). */
const eitherCase = (w: string) => {
  const c = w[0] ?? '';
  const rest = escape(w.slice(1)).replace(/ /g, WS);
  return c.toLowerCase() === c.toUpperCase() ? escape(c) + rest : `[${c.toLowerCase()}${c.toUpperCase()}]${rest}`;
};

/** A capitalised name word: Jansen, O'Neill, McDonald, Çelik, IJsselmuiden (Dutch capital IJ). */
export const CAP = "(?:IJ|\\p{Lu}(?:['’]\\p{Lu})?)\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?";
/**
 * A given name: a capitalised word, or two joined by a hyphen ("Anne-Marie"), or two romanised
 * syllables with the second in lower case as Korean names are written ("Seo-yeon", "Min-jae").
 */
export const GIVEN = `${CAP}(?:-(?:${CAP}|\\p{Ll}{1,5}(?![\\p{L}])))?`;
/** A surname, double surnames with a hyphen included: Boer-Bakker, Sleeboom-van Raalte. */
/** Arabic and similar particles written with a capital inside the surname: El Amrani, Ben Ali. */
export const CAPITAL_PARTICLE = '(?:El|Al|Ben|Bin|Abu|Abou|Ait|Aït|Ou|Ould|Da|Dos|Del|Di|La|Le|Ó|Ní|Nic|Mac|Ap)';
export const SURNAME = `${CAP}(?:-(?:[ \\t]*\\n(?!\\n)[ \\t]*)?(?:(?:van der|van den|van de|van|de|der|den|ter|ten|te|in 't|${CAPITAL_PARTICLE.slice(3, -1)}) )?${CAP})*`;
/** The Arabic article written in lower case and joined to the surname: el-Amrani, al-Sayed, ash-Shami. */
export const JOINED_ARTICLE = '(?:el|al|ul|ad|ed|an|ar|as|ash|at|az|ez)-';
export const FULL_SURNAME = `(?:${CAPITAL_PARTICLE}${WS}|${JOINED_ARTICLE})?${SURNAME}`;
/** Initials: A. / G.H. / A. J. / Th. / Chr. / Joh. / Ph. */
export const INITIALS = '\\p{Lu}(?:h|hr|oh|j)?\\.(?:[ \\u00a0]?\\p{Lu}(?:h|hr|oh|j)?\\.){0,4}';
/** Tussenvoegsels, either case for the first letter, longest first. */
export const PARTICLE = `(?:${[...PARTICLES].sort((a, b) => b.length - a.length).map(eitherCase).join('|')})(?![\\p{L}])`;
/** Honorifics and titles, either case for the first letter. */
export const HONORIFIC = `(?:${[...HONORIFICS].sort((a, b) => b.length - a.length).map((h) => eitherCase(h) + (h.endsWith('.') ? '' : '(?![\\p{L}.])')).join('|')})`;

/** True when the position is at the start of a sentence (line start, or after . ! ? :). */
export function sentenceInitial(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  return start === 0 || /(?:^|\n)[ \t•\-–*]*$/.test(text.slice(Math.max(0, start - 6), start)) || /[.!?]["'’”)]?\s+$/.test(before);
}

/** Collapses whitespace to single spaces (how truth files and reviewers write a mention). */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
