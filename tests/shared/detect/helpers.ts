import type { Suggestion, SuggestionCategory } from '../../../shared/contract';
import { suggestDocument } from '../../../shared/detect';
import { pageTextFromString } from '../../helpers/pdftotext-pagetext';
import type { Rect } from '../../../shared/pdf/types';

/** Runs the whole pipeline on a plain text (one page per argument) and returns what it found. */
export function run(...pages: string[]): { suggestions: Suggestion[]; kept: Suggestion[] } {
  return suggestDocument(pages.map((p, i) => pageTextFromString(p, i + 1)), { law: 'wob' });
}

export function found(text: string, category: SuggestionCategory): string[] {
  return run(text).suggestions.filter((s) => s.category === category).map((s) => s.text);
}

export function keptTexts(text: string, category: SuggestionCategory): string[] {
  return run(text).kept.filter((s) => s.category === category).map((s) => s.text);
}

/**
 * The words of one made-up line at (x, y) for a page built with `toPageTexts`: 5 pt a character,
 * a 2.5 pt word space, 10 pt high. Tests of layout (table cells, columns, rows read apart) place
 * their lines with it.
 */
export function words(text: string, x: number, y: number): { text: string; rect: Rect }[] {
  let cx = x;
  return text.split(' ').map((t) => {
    const rect: Rect = [cx, y, cx + t.length * 5, y + 10];
    cx += t.length * 5 + 2.5;
    return { text: t, rect };
  });
}
