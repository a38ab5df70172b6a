/** The generated name lexicons as sets, built once on first use. */
import { AMBIGUOUS_NAMES, FIRST_NAMES, SURNAMES } from './lexicon.generated';

let first: Set<string> | undefined;
let last: Set<string> | undefined;
let ambiguous: Set<string> | undefined;

/** True when `w` (capitalised as written) is a known first name ("Anouk", "Mohamed"). */
export function isFirstName(w: string): boolean {
  first ??= new Set(FIRST_NAMES.split('|'));
  return first.has(w) || (w.includes('-') && w.split('-').every((p) => first!.has(p)));
}

/** True when `w` is a known surname ("Jansen", "Yilmaz"). */
export function isKnownSurname(w: string): boolean {
  last ??= new Set(SURNAMES.split('|'));
  return last.has(w);
}

/** True when the name is also an ordinary Dutch word ("Roos", "Bas", "Storm"). */
export function isAmbiguousName(w: string): boolean {
  ambiguous ??= new Set(AMBIGUOUS_NAMES.split('|'));
  return ambiguous.has(w);
}
