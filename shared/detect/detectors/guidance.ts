/**
 * Operational guidance (10.2.d + 10.2.g / 5.1.2d + 5.1.2i): passages that tell staff how to
 * work — how to interview, inspect or assess, which indicators and thresholds to use, example
 * questions, hints meant only for staff — as the seed decision letter describes them
 * ("handreikingen voor beslismedewerkers in de vorm van specifieke informatie, indicatoren,
 * voorbeelden en voorbeeldvragen"), while the policy text around them stays readable.
 *
 * Each page is read in its column view (columns.ts) and cut into units (guidance/segment.ts):
 * sentences, list items, table cells, headings, labels. Each unit is scored on cue classes, its
 * grammatical shape and the heading or introduction above it (guidance/features.ts,
 * guidance/model.ts). A passage is one unit, or a run of items of one list that are all
 * guidance; it never reaches into a neighbouring sentence, so a policy sentence on the same line
 * or in the next column stays readable. A sentence cut by a page break is judged whole.
 */
import type { PageText } from '../../pdf/textTypes';
import type { Candidate, Detector } from '../types';
import { columnView, originalRanges, type ColumnView } from '../columns';
import { CHAT_PREFIX, MARKER, segmentView, type Unit } from '../guidance/segment';
import { citizenLetterOpening, citizenSalutation, documentFeatures, flatten, LETTER_CLOSE, policyEdges, PUBLISHED_GENRES, publishedGenres, textFeatures, unitContext, unitFeatures, type Features } from '../guidance/features';
import { judge, THRESHOLD } from '../guidance/model';
import { isReadAgain } from '../../pageModels';

interface PageUnits { view: ColumnView; units: Unit[] }

const cache = new WeakMap<PageText, PageUnits>();
const docCache = new WeakMap<readonly PageText[], ReadonlySet<string>>();

function docFeatures(pages: readonly PageText[]): ReadonlySet<string> {
  let f = docCache.get(pages);
  if (!f) {
    // The published genres are judged page by page (pageGenres), not here: a letter may have an
    // internal instruction bound behind it in the same file.
    f = documentFeatures(pages.map((p) => p.text).join('\n\n'));
    docCache.set(pages, f);
  }
  return f;
}

const genreCache = new WeakMap<readonly PageText[], Set<string>[]>();

/**
 * Per page, the published genres (features.ts publishedGenres): a page has its own signs of
 * one, or continues the previous page's letter (no closing yet) or public FAQ (more of the
 * reader's own questions).
 */
function pageGenres(pages: readonly PageText[]): Set<string>[] {
  let out = genreCache.get(pages);
  if (out) return out;
  out = [];
  for (const [i, p] of pages.entries()) {
    const own = publishedGenres(p.text);
    const prev = out[i - 1];
    if (prev?.has('doc:parliament') && !LETTER_CLOSE.test(pages[i - 1]!.text)) own.add('doc:parliament');
    if (prev?.has('doc:publicFaq') && /\b(?:ik|mijn)\b[^?\n]*\?/iu.test(p.text)) own.add('doc:publicFaq');
    // A letter to a member of the public that goes on over a page break: from the page of its
    // salutation to the page of its close, when no new letter opens in between.
    const next = pages[i + 1]?.text;
    if (!own.has('doc:citizenLetter') && citizenLetterOpening(p.text) && !LETTER_CLOSE.test(p.text) && next !== undefined && LETTER_CLOSE.test(next) && !citizenSalutation(next)) own.add('doc:citizenLetter');
    if (prev?.has('doc:citizenLetter') && !LETTER_CLOSE.test(pages[i - 1]!.text) && !citizenSalutation(p.text)) own.add('doc:citizenLetter');
    out.push(own);
  }
  genreCache.set(pages, out);
  return out;
}

function pageUnits(page: PageText): PageUnits {
  let pu = cache.get(page);
  if (!pu) {
    const view = columnView(page);
    pu = { view, units: segmentView(view) };
    cache.set(page, pu);
  }
  return pu;
}

const runningKey = (s: string) => flatten(s).toLowerCase().replace(/\d+/g, '#');

/**
 * For one document: the keys of the first and last three units of every page, each with the
 * page it was seen on (or MANY when on more than one), and every page's index. Built once per
 * document, so telling a running header costs one lookup instead of a pass over all pages
 * (which made suggesting a 1,000-page file quadratic).
 */
interface DocIndex { edges: Map<string, PageText | typeof MANY>; index: Map<PageText, number> }
const MANY = Symbol('many pages');
const docIndexes = new WeakMap<readonly PageText[], DocIndex>();

function docIndex(pages: readonly PageText[]): DocIndex {
  let d = docIndexes.get(pages);
  if (d) return d;
  d = { edges: new Map(), index: new Map() };
  for (const [i, p] of pages.entries()) {
    if (!d.index.has(p)) d.index.set(p, i);
    const { view, units } = pageUnits(p);
    const edge = [...units.slice(0, 3), ...units.slice(-3)];
    for (const u of edge) {
      const key = runningKey(view.text.slice(u.start, u.end));
      const seen = d.edges.get(key);
      if (seen === undefined) d.edges.set(key, p);
      else if (seen !== p) d.edges.set(key, MANY);
    }
  }
  docIndexes.set(pages, d);
  return d;
}

/** Units that recur on other pages of the document (running headers and footers). */
function isRunning(pages: readonly PageText[], page: PageText, text: string): boolean {
  const key = runningKey(text);
  if (key.length < 3) return true;
  const seen = docIndex(pages).edges.get(key);
  return seen === MANY || (seen !== undefined && seen !== page);
}

const pageIndex = (pages: readonly PageText[], page: PageText) => docIndex(pages).index.get(page) ?? -1;

const BODY = new Set<Unit['kind']>(['sentence', 'fragment', 'item']);
const isOpen = (s: string) => !/[.!?;:]["'’”)]?\s*$/.test(s);

/** The last body unit of a page that is not a running header or footer, and its index. */
function edgeUnit(pages: readonly PageText[], page: PageText, last: boolean): { i: number; text: string } | undefined {
  const { view, units } = pageUnits(page);
  const order = last ? [...units.keys()].reverse() : [...units.keys()];
  for (const i of order.slice(0, 6)) {
    const u = units[i]!;
    const t = view.text.slice(u.start, u.end);
    if (isRunning(pages, page, t)) continue;
    return BODY.has(u.kind) ? { i, text: t } : undefined;
  }
  return undefined;
}

/** The section heading and the open list's head at the end of the previous page, if any. */
function carriedContext(pages: readonly PageText[], page: PageText): { heading: string; head: string; headKind?: Unit['kind'] } | undefined {
  const prev = pages[pageIndex(pages, page) - 1];
  if (!prev) return undefined;
  const { view, units } = pageUnits(prev);
  const body = units.filter((u) => !isRunning(pages, prev, view.text.slice(u.start, u.end)));
  const lastHeading = [...body].reverse().find((u) => u.kind === 'heading');
  const last = body[body.length - 1];
  const headUnit = last && last.head >= 0 ? units[last.head] : undefined;
  const listOpen = last !== undefined && (last.kind === 'item' || last.kind === 'fragment' || /\?["'’”)]?\s*$/.test(view.text.slice(last.start, last.end)));
  return {
    heading: lastHeading ? flatten(view.text.slice(lastHeading.start, lastHeading.end)) : '',
    head: listOpen && headUnit ? flatten(view.text.slice(headUnit.start, headUnit.end)) : '',
    headKind: listOpen && headUnit ? headUnit.kind : undefined,
  };
}

interface Whole { text: string; page: PageText; i: number }

/**
 * For a sentence cut by a page break: the whole sentence's text, and the page and unit where it
 * begins (whose heading and label are its context), or undefined.
 */
function acrossPages(pages: readonly PageText[], page: PageText, i: number): Whole | undefined {
  const idx = pageIndex(pages, page);
  if (idx < 0) return undefined;
  const { view, units } = pageUnits(page);
  const own = view.text.slice(units[i]!.start, units[i]!.end);
  const next = pages[idx + 1];
  if (next && isOpen(own)) {
    const tail = edgeUnit(pages, page, true);
    const head = tail?.i === i ? edgeUnit(pages, next, false) : undefined;
    if (head && /^\p{Ll}/u.test(head.text)) return { text: `${own} ${head.text}`, page, i };
  }
  const prev = pages[idx - 1];
  if (prev && /^\p{Ll}/u.test(own)) {
    const head = edgeUnit(pages, page, false);
    const tail = head?.i === i ? edgeUnit(pages, prev, true) : undefined;
    if (tail && isOpen(tail.text)) return { text: `${tail.text} ${own}`, page: prev, i: tail.i };
  }
  return undefined;
}

/** A question with its verb first and no question word, the situation an instruction after it answers: "Zie je …?", "Twijfel je?". */
const QUESTION_CONDITION = /^(?!(?:wie|wat|waar|waarom|wanneer|hoe|welke?|hoeveel|waarmee|waarvoor|waardoor)\b)\p{Lu}\p{Ll}+\s+(?:je|jij|u|de|het|een|er)\b[^?]*\?["'’”)]?\s*$/iu;
/** An instruction that answers such a question: "Ga dan …", "Bel dan …". */
const THEN_INSTRUCTION = /^\p{Lu}\p{Ll}+\s+dan\b/u;
/** A reviewer's comment printed in a draft ("Opmerking [c4]: …", "Commented [JB2]: …"). */
const COMMENT_MARK = /(?:^|\n)[ \t]*(?:Opmerking|Commentaar|Comment(?:ed)?|Notitie)\s*\[[^\]\n]{1,16}\]\s*:/giu;

/**
 * True when the text at `at` is inside a reviewer's comment printed with a draft: the comment is
 * written by a civil servant to colleagues ("Intern ter info: …"), not part of the published letter
 * or answers it stands in, so a published genre does not make it policy (session 12b).
 */
function inComment(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 600), at);
  let last = -1;
  for (const m of before.matchAll(COMMENT_MARK)) last = m.index + m[0].length;
  return last >= 0 && !/\n[ \t]*\n/.test(before.slice(last));
}

const JUDGED = new Set<Unit['kind']>(['sentence', 'fragment', 'item']);

export const guidanceDetector: Detector = {
  id: 'guidance.cues',
  category: 'guidance',
  // The page's units, which the running-header index builds for every page of the document.
  prepare(page) {
    pageUnits(page);
  },
  run({ page, pages }) {
    const { view, units } = pageUnits(page);
    const text = view.text;
    const genres = pageGenres(pages)[pageIndex(pages, page)];
    const doc = genres && genres.size > 0 ? new Set([...docFeatures(pages), ...genres]) : docFeatures(pages);
    const carried = carriedContext(pages, page);
    let ownHeading = false;
    let listGoesOn = true;
    const edges: [number, number][] = [];
    const verdicts = units.map((u, i) => {
      const raw = text.slice(u.start, u.end);
      const running = isRunning(pages, page, raw);
      if (u.kind === 'heading' && !running) ownHeading = true;
      const listLike = u.kind === 'item' || u.kind === 'fragment' || /\?["'’”)]?\s*$/.test(raw);
      if (!running && !listLike) listGoesOn = false;
      if (!JUDGED.has(u.kind)) return undefined;
      let features: Features;
      if (carried && !ownHeading) {
        // The top of a page continues the section (and the list) the previous page ended with.
        const ctx = unitContext(units, i, text);
        if (!ctx.heading || isRunning(pages, page, ctx.heading)) ctx.heading = carried.heading;
        if (listLike && listGoesOn && carried.head) {
          ctx.head = carried.head;
          ctx.headKind = carried.headKind;
        }
        features = textFeatures(flatten(raw), ctx, doc);
      } else {
        features = unitFeatures(units, i, text, doc);
      }
      // The passage boundary: a sentence or clause at either end of the unit that is policy on its
      // own ("…. Dit volgt uit artikel 2.21 van de Wet BRP") is no part of it; the rest is judged alone.
      const [from, to] = policyEdges(text, u.start, u.end, doc);
      if (from !== u.start || to !== u.end) features = textFeatures(flatten(text.slice(from, to)), unitContext(units, i, text), doc);
      edges[i] = [from, to];
      const whole = i < 6 || i >= units.length - 6 ? acrossPages(pages, page, i) : undefined;
      if (whole) {
        // Judged as one sentence, in the context of the page where it begins.
        const start = pageUnits(whole.page);
        features = textFeatures(flatten(whole.text), unitContext(start.units, whole.i, start.view.text), doc);
      }
      // Never guidance, whatever the cues: a table of contents, an English text, the items of a
      // decision of a council or board (a published assignment, however imperative its wording),
      // a regulation set out in articles (published rules), a letter to parliament (published the day it is sent), a FAQ for
      // the public (its imperatives tell the reader what to do).
      // The same for a proposal or information letter to the council, a press release and an
      // explanatory memorandum (PUBLISHED_GENRES).
      if (features.has('toc') || features.has('english') || features.has('doc:english') || features.has('ctx:decisionHead') || features.has('doc:regulation') || (PUBLISHED_GENRES.some((g) => features.has(g)) && !inComment(text, u.start))) return undefined;
      // Nor the document's contact line (whom to ask) or a short piece without a verb (a column
      // header, the name of an indicator in its cell): they say nothing about how staff work.
      if (features.has('contactLine') || features.has('verbless')) return undefined;
      // Nor the reader's own question in a FAQ for staff ("Mag ik zelf afwijken?"): the answer
      // below it holds the method, the question only names the situation.
      if (features.has('staffQuestion')) return undefined;
      // A sentence that cites the law or case law is the rule, not the method, unless it also
      // names what staff look for or ask (a threshold, an indicator, an interview question); so
      // is the public's right to object or appeal.
      if (features.has('lawCited')) return undefined;
      // Guidance has both an instruction's form and casework content (features.ts); the score
      // weighs how sure that is, it never stands in for either.
      if (!features.has('form&content')) return undefined;
      // An instruction that speaks of the reader's own affairs ("uw gegevens", "uw aanvraag") is
      // addressed to the public, not to staff; example questions put to a client are questions.
      if (features.has('cue:publicAddress') && !features.has('question')) return undefined;
      // So is an imperative with the reader right after the verb ("Meld u aan", "Neem uw pas mee").
      if (features.has('readerImperative')) return undefined;
      const j = judge(features);
      return j.score >= THRESHOLD ? j : undefined;
    });
    const out: Candidate[] = [];
    for (let i = 0; i < units.length; i++) {
      const j = verdicts[i];
      if (!j) continue;
      const u = units[i]!;
      const head = units[u.head];
      // A label on the passage's own line ("Let op: …", "Tip voor de behandelaar: …") belongs to
      // the hint and is suggested with it; a heading on a line of its own stays readable.
      const inlineLabel = head !== undefined && head.kind === 'label' && head.flow === u.flow;
      // The list marker (bullet, number) stays readable: it is layout.
      // So does a chat line's timestamp and sender.
      const own = text.slice(u.start, u.end);
      const chat = CHAT_PREFIX.exec(own)?.[0].length ?? 0;
      const skip = chat + (u.marker || chat > 0 ? (MARKER.exec(own.slice(chat))?.[0].length ?? 0) : 0);
      const first = i;
      // A question that states the situation, verb first ("Zie je …? Ga dan …", "Twijfel je? Bel
      // dan …"), is the condition of the instruction after it that opens with "<verb> dan": one
      // passage, or the question would tell the reader what staff look for (session 12b).
      const prevUnit = units[i - 1];
      const prevText = prevUnit ? text.slice(prevUnit.start, prevUnit.end) : '';
      const prevChat = CHAT_PREFIX.exec(prevText)?.[0].length ?? 0;
      const asCondition = prevUnit !== undefined && !verdicts[i - 1] && prevUnit.kind === 'sentence' && QUESTION_CONDITION.test(prevText.slice(prevChat))
        && !/\n\s*\n/.test(text.slice(prevUnit.end, u.start)) && THEN_INSTRUCTION.test(own.slice(skip));
      let end = u.end;
      let best = j;
      const cues = [...j.cues];
      // Example questions after an introduction on the same line are one passage with it.
      if (inlineLabel) {
        while (i + 1 < units.length && verdicts[i + 1] && units[i + 1]!.head === u.head && units[i + 1]!.flow === u.flow) {
          i++;
          end = units[i]!.end;
          if (verdicts[i]!.confidence > best.confidence) best = verdicts[i]!;
        }
      }
      // The passage ends where policy text begins (and begins where it ends): a clause or
      // sentence inside the unit that on its own is law, aims, findings or the public's rights
      // ("…; dat volgt uit artikel 4:8 Awb") stays readable.
      const [trimStart] = edges[first]!;
      const from = asCondition ? prevUnit.start + prevChat : inlineLabel && trimStart === u.start ? head.start : Math.max(u.start + skip, trimStart);
      const ranges = originalRanges(view, from, Math.min(end, edges[i]![1]));
      if (ranges.length === 0) continue;
      // What the label or heading above the passage says counts in its reason too.
      if (head && (head.kind === 'label' || head.kind === 'intro' || head.kind === 'heading')) {
        const label = flatten(text.slice(head.start, head.end)).replace(/:$/, '');
        const own = judge(textFeatures(label, { kind: 'label', marker: false, head: '', heading: '', questionRun: 0 })).cues;
        if (label.length <= 60) cues.unshift(`onder '${label}'`, ...own.filter((c) => !cues.includes(c)));
      }
      out.push({
        // Where the model interleaved two columns the pieces are not in page-text order.
        category: 'guidance', start: Math.min(...ranges.map((r) => r[0])), end: Math.max(...ranges.map((r) => r[1])), ranges,
        confidence: Math.min(0.97, Math.max(0.5, best.confidence)),
        reason: `werkinstructie voor medewerkers: ${cues.slice(0, 4).join(', ')}`,
      });
    }
    // A page looks at its neighbours' units only (the running-header index keeps what it needs
    // of every page): once this page is judged, the previous page's units are needed no more.
    // A long dossier's released pages (shared/pageModels.ts) drop them, so that 10,000 pages keep
    // about the memory of 1,000 (issue #17; a view and its offset map are ~20 KB a page). Pages
    // with their model in place keep them, as before: judging them again costs no reading.
    const prev = pages[pageIndex(pages, page) - 1];
    if (prev && isReadAgain(prev)) cache.delete(prev);
    return out;
  },
};

/** The judgement of one passage of text on its own (no layout context): score and cues. */
export function guidanceScore(passage: string): { score: number; cues: string[] } {
  const j = judge(textFeatures(flatten(passage), { kind: 'sentence', marker: false, head: '', heading: '', questionRun: 0 }));
  return { score: j.score, cues: j.cues };
}
