/**
 * Header and footer lines (issue #11 class 6): a line repeated at the top or bottom of most pages
 * is the organisation's letterhead or footer, whatever the page number in it.
 */
import type { DocumentProfile } from './types';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A header or footer line with its page number taken out ("Pagina 3 van 12" = "Pagina # van #"). */
export function normaliseEdgeLine(line: string): string {
  return collapse(line).replace(/\b(?:pagina|page|blz\.?|p\.)\s*\d+(?:\s*(?:van|of|\/)\s*\d+)?/giu, '#').replace(/^\d{1,3}$|^\d{1,3}\s*[|/]|[|/]\s*\d{1,3}$/g, '#').trim();
}

/** True when `start` lies on a line that the profile knows as header or footer boilerplate. */
export function onBoilerplateLine(profile: DocumentProfile, text: string, start: number): boolean {
  if (profile.boilerplate.size === 0) return false;
  const a = text.lastIndexOf('\n', start - 1) + 1;
  const b = text.indexOf('\n', start);
  return profile.boilerplate.has(normaliseEdgeLine(text.slice(a, b < 0 ? text.length : b)));
}
