/**
 * Page models released after reading and read again when asked for (issue #17, item 3: "pages
 * are processed and released one at a time"). A dossier of 10,000 pages kept every page's words,
 * lines, glyph boxes and character maps (about 100 MB per 1,000 pages, 2.3 GB at the peak) for
 * the steps that need the whole document: the profile (running headers, numbers on most pages),
 * guidance's running units, dossier memory, one decision per entity, and the rectangles of every
 * suggestion. All of those but the rectangles and the detectors of one page read only the text.
 *
 * A released page keeps `page`, `width`, `height` and `text`; its heavy fields become getters
 * that read the page again (a `ModelReader`, the same reader that read it first) the first time
 * one of them is asked for, and put the model back in place. The last `keep` pages read again
 * stay; older ones are released again. Reading is deterministic, so what a detector sees is
 * what it saw before the release; the reader's text must equal the kept text, or the read is
 * refused (a page must never be suggested from another text than the one it was read with).
 *
 *   analyse ─ page n read ─▶ (model budget left? keep : release(page))
 *   detector asks page.words ─▶ reader(n) ─▶ model in place ─▶ … ─▶ released again (LRU)
 *
 * @example
 *   const models = new PageModels((n) => textOfPages(pdf, [n], { compact: true })[0]!);
 *   models.release(page);   // page.text stays; page.words reads the page again when asked
 */
import type { PageText } from './pdf/textTypes';

/** The fields of a page model that cost memory: everything but its number, size and text. */
const HEAVY = ['words', 'lines', 'glyphs', 'charToGlyph', 'charToLine', 'boxes', 'copyOf'] as const;
type Heavy = (typeof HEAVY)[number];

/** Reads the model of 1-based page `n` of the document again. */
export type ModelReader = (n: number) => PageText;

/**
 * How many pages' models a host keeps while it reads (shared by all documents of one command):
 * each page read with its model in place takes one; once none is left, pages are released.
 */
export interface ModelBudget {
  pages: number;
}

/**
 * The command line's budget: a dossier of up to this many pages keeps every model (read once, as
 * fast as before); beyond it, the pages after these are read again when needed, which costs time
 * but keeps the memory of 10,000 pages near that of 1,000.
 */
export const MODEL_BUDGET_PAGES = 1000;

/** Pages read again and kept in place at once: the neighbours a detector looks at, with room. */
const KEEP_READ = 48;

/** Every page a PageModels released at some time: its model is read again each time it is asked for. */
const readAgain = new WeakSet<PageText>();

/**
 * True for a page whose model was released (shared by every PageModels): a step that needs the
 * model later should take what it needs while the model is in place, rather than read it again.
 */
export function isReadAgain(page: PageText): boolean {
  return readAgain.has(page);
}

/** Pages read again in this thread so far, by every PageModels (for the record: LAKSTIFT_MEMLOG, bench, tests). */
export let pagesReadAgain = 0;

export class PageModels {
  private readonly inPlace: PageText[] = [];
  private readonly released = new WeakSet<PageText>();
  /** Pages read again by this one. */
  reads = 0;

  constructor(private readonly read: ModelReader, private readonly keep = KEEP_READ) {}

  /** Drops the page's heavy fields; they are read again when asked for. OCR pages are never released (their model is not in the file). */
  release(page: PageText): void {
    if (page.ocrConfidence) return;
    for (const key of HEAVY) {
      Object.defineProperty(page, key, {
        configurable: true,
        enumerable: true,
        get: () => this.restore(page)[key],
        set: (v: PageText[Heavy]) => Object.defineProperty(page, key, { value: v, configurable: true, enumerable: true, writable: true }),
      });
    }
    this.released.add(page);
    readAgain.add(page);
  }

  /** True while the page's model is not in place. */
  isReleased(page: PageText): boolean {
    return this.released.has(page);
  }

  /** Puts the page's model back in place (reading it again) and returns the page. */
  private restore(page: PageText): PageText {
    const model = this.read(page.page);
    this.reads++;
    pagesReadAgain++;
    if (model.text !== page.text) {
      throw new Error(`page ${page.page} read again gave another text than the first reading (${model.text.length} against ${page.text.length} characters)`);
    }
    for (const key of HEAVY) {
      Object.defineProperty(page, key, { value: model[key], configurable: true, enumerable: true, writable: true });
    }
    this.released.delete(page);
    this.inPlace.push(page);
    if (this.inPlace.length > this.keep) this.release(this.inPlace.shift()!);
    return page;
  }
}
