/**
 * What `lakstift text` prints of one page (DESIGN.md CLI contract), in one place for every
 * thread that reads pages: the command line's own thread and the job workers (issue #17: a
 * worker sends a range's output as one string, which crosses threads as a single copy, instead
 * of every word as an object to clone and render again).
 *
 * @example
 *   renderTextPage(page, 1, false); // "Van: Jansen\n…\n\f"
 *   renderTextPage(page, 2, true);  // ',{"page":2,"width":595.28,…}'
 */
import type { TextOutput } from './contract';

/** What the output needs of a page: its size, its text and its words with their boxes. */
export interface RenderablePage {
  width: number;
  height: number;
  text: string;
  words: readonly { text: string; rect: readonly number[] }[];
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Page `n` (1-based) as printed: its text ending in a form feed, as pdftotext writes pages; or,
 * with `json`, the page's object in the `{"pages":[…]}` array, preceded by a comma after page 1.
 */
export function renderTextPage(p: RenderablePage, n: number, json: boolean): string {
  if (!json) return `${p.text}\n\f`;
  const words = new Array<TextOutput['pages'][number]['words'][number]>(p.words.length);
  for (let k = 0; k < p.words.length; k++) {
    const w = p.words[k]!;
    words[k] = { text: w.text, rect: [round(w.rect[0]!), round(w.rect[1]!), round(w.rect[2]!), round(w.rect[3]!)] };
  }
  const page: TextOutput['pages'][number] = { page: n, width: round(p.width), height: round(p.height), words };
  return (n > 1 ? ',' : '') + JSON.stringify(page);
}
