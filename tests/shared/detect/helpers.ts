import type { Suggestion, SuggestionCategory } from '../../../shared/contract';
import { suggestDocument } from '../../../shared/detect';
import { pageTextFromString } from '../../helpers/pdftotext-pagetext';

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
