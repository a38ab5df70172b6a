/**
 * The units the guidance detector judges, read from the column view of a page: sentences,
 * list items, table cells and fragments, headings, labels ("Let op:", "Tip voor de
 * behandelaar:") and introductions that end in a colon. Each unit knows the heading of its
 * section and, for items of a list or cells of a table, the line that introduces them, because
 * an indicator in a table cell ("de aanvrager woont op een adres met meer dan vijf
 * ingeschrevenen") reads as guidance only under its heading.
 *
 * Where a line ends is read from the layout: a line that stops while the next line's first word
 * would still have fitted ends a paragraph, a heading or a table cell, even without a full stop.
 */
import type { ColumnView } from '../columns';

export type UnitKind = 'heading' | 'intro' | 'label' | 'sentence' | 'item' | 'fragment';

export interface Unit {
  /** Offsets in the view text. */
  start: number;
  end: number;
  kind: UnitKind;
  /** Index of the section's heading in the unit list, or -1. */
  heading: number;
  /** Index of the unit that introduces this list item, cell or labelled sentence, or -1. */
  head: number;
  /** Starts with a list marker (bullet, number, letter). */
  marker: boolean;
  /** Index of the flow (a run of lines up to a break in the layout) the unit belongs to. */
  flow: number;
}

/**
 * The timestamp and sender that open a line of a chat export ("14-05-25, 10:42 - Naam: …",
 * "[12-03 08:20] Naam: …"), or the time and the writer's code that open a line of a logbook
 * ("16:05 JB Trek …"): who said it and when, not what; the message after it is judged.
 */
export const CHAT_PREFIX = /^\[?\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?,?\s+\d{1,2}:\d{2}(?::\d{2})?\]?\s*(?:[-–]\s*)?[^:\n]{1,40}:\s+|^\d{1,2}[:.]\d{2}\s+\p{Lu}{2,5}\s+(?=\p{Lu}\p{Ll})/u;
// Bullets, numbers, letters, and the boxes of a checklist ("[ ]", "[x]", "☐"). An arrow that opens a
// line ("→ ja: …", "⇒ …") is a bullet too: slides and decision trees lead their items with one.
// A bullet glyph glued to the capital after it ("•Meldingen …": a slide printed without the
// space, whose bullet is drawn as one more character) is a marker as well.
export const MARKER = /^(?:(?:[•\-–—*▪◦·►✓✔☐☑☒□▢→➔➜⇒▶▸]|\[\s?[xX✓✔]?\s?\]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)])\s+|[•▪◦►→➔➜⇒▶▸](?=\p{Lu}))/u;
const TERMINAL = /[.!?;:]["'’”)]?$/u;
// The finite verbs that make "X: …" a sentence rather than a label ("De bewijslast ligt bij de IND: …").
const FINITE = /\b(?:is|zijn|was|waren|wordt|worden|werd|heeft|hebben|had|kan|kunnen|moet|moeten|mag|zal|zullen|ligt|liggen|geldt|blijkt|staat|gaat|komt|luidt|volgt|betekent|bevat|vraagt|geeft|neemt|doet|laat|zegt|heb|ben|wil|hoeft)\b/iu;

interface Flow { start: number; end: number; marker: boolean; lines: number; /** Index of its first line in the view. */ line: number }

/**
 * Splits a page's column view into units.
 *
 * @example
 *   const units = segmentView(columnView(page));
 *   units.map((u) => u.kind); // ['heading', 'sentence', 'intro', 'item', 'item', …]
 */
export function segmentView(view: ColumnView): Unit[] {
  const text = view.text;
  const flows = buildFlows(view);
  const units: Unit[] = [];
  const markerClass = (f: Flow | undefined) => (f?.marker ? markerKind(text.slice(f.start, f.end)) : '');
  flows.forEach((f, fi) => {
    const flowText = text.slice(f.start, f.end);
    const mine = markerClass(f);
    const prevMarker = mine !== '' && markerClass(flows[fi - 1]) === mine;
    const nextMarker = mine !== '' && markerClass(flows[fi + 1]) === mine;
    const words = flowText.trim().split(/\s+/).length;
    const body = flowText.replace(MARKER, '');
    const endsOpen = !TERMINAL.test(flowText.trimEnd());
    const startsLower = /^\p{Ll}/u.test(body);
    const push = (start: number, end: number, kind: UnitKind, marker = false) => {
      let s = start;
      let e = end;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s) units.push({ start: s, end: e, kind, heading: -1, head: -1, marker, flow: fi });
    };
    // A short line without a full stop is a heading, also when numbered like the list above it
    // ("5. Welke taal spreekt u?" and then "6. Bijzondere situaties").
    const afterSentence = fi > 0 && !endsOpenText(text.slice(flows[fi - 1]!.start, flows[fi - 1]!.end));
    // Under a column header that names signals ("Signaal", "Indicator", "Kenmerk"), a line that
    // holds a relative clause with its verb ("Ouders die afspraken steeds afzeggen") is a cell
    // describing a case, not a heading. (Not elsewhere: a heading such as "Zaken die de teamleider
    // beslist" opens a section, and read as a cell it took the section's context from the text
    // below it on a held-out split.)
    const prevUnit = units[units.length - 1];
    const underSignals = prevUnit !== undefined && ((prevUnit.kind === 'heading' && SIGNAL_COLUMN.test(text.slice(prevUnit.start, prevUnit.end).trim()))
      || (prevUnit.kind === 'fragment' && RELATIVE_CLAUSE.test(text.slice(prevUnit.start, prevUnit.end))));
    const describes = underSignals && words >= 6 && RELATIVE_CLAUSE.test(body);
    if (endsOpen && !startsLower && !describes && words <= 12 && f.lines <= 2 && (!(f.marker && (prevMarker || nextMarker)) || (afterSentence && words <= 6))) {
      push(f.start, f.end, 'heading', f.marker);
      return;
    }
    if (endsOpen && (startsLower || f.marker || describes)) {
      push(f.start, f.end, f.marker ? 'item' : 'fragment', f.marker);
      return;
    }
    // Sentences, with labels split off their content.
    const sentences = splitSentences(flowText).map(([a, b]) => [f.start + a, f.start + b] as [number, number]);
    sentences.forEach(([a, b], si) => {
      const s = text.slice(a, b);
      const lead = f.marker && si === 0;
      const core = lead ? s.replace(MARKER, '') : s.replace(/^\s+/, '');
      const offset = s.length - core.length;
      const label = /^([^:.?!;]{2,60}?):\s+(?=\S)/u.exec(core);
      if (label && isLabel(label[1]!)) {
        push(a, a + offset + label[0].length, 'label', lead);
        push(a + offset + label[0].length, b, kindOf(text.slice(a + offset + label[0].length, b), false), false);
        return;
      }
      if (/:\s*$/.test(s)) push(a, b, 'intro', lead);
      else push(a, b, f.marker ? 'item' : kindOf(s, false), lead);
    });
  });
  linkContext(units, text);
  return units;
}

/** A relative clause of three or more words: "… die afspraken steeds afzeggen", "… dat telkens laat komt". */
/** A column header that names signals: "Signaal", "Indicatoren", "Kenmerk", "Risicosignaal", "Rode vlag". */
const SIGNAL_COLUMN = /^(?:\p{L}*signa(?:al|len)|\p{L}*indicator(?:en)?|kenmerk(?:en)?|aanwijzing(?:en)?|rode\s+vla(?:g|ggen))$/iu;
const RELATIVE_CLAUSE = /\b\p{L}+\s+(?:die|dat)\s+\p{L}+\s+\p{L}+\s+\p{L}+/u;

/** The kind of a list marker: bullets of one list are alike, as are its numbers or letters. */
function markerKind(s: string): string {
  const m = MARKER.exec(s)?.[0].trim() ?? '';
  if (/\d/.test(m)) return 'number';
  if (/^\(?[a-z][.)]$/.test(m)) return 'letter';
  return 'bullet';
}

function endsOpenText(s: string): boolean {
  return !TERMINAL.test(s.trimEnd());
}

function kindOf(s: string, marker: boolean): UnitKind {
  if (marker) return 'item';
  if (/:\s*$/.test(s)) return 'intro';
  return 'sentence';
}

/**
 * A label is a short phrase without a finite verb: "Let op", "Tip voor de beslismedewerker". A
 * phrase with a subject pronoun has a verb whatever its form ("Intern hanteren we 48 uur:",
 * "Bij twijfel bellen wij:"): it is a clause, and what follows its colon belongs to it.
 */
export function isLabel(s: string): boolean {
  const words = s.trim().split(/\s+/);
  return words.length <= 6 && !FINITE.test(s) && !SUBJECT_PRONOUN.test(s) && /^[\p{Lu}\d]/u.test(s.trim()) && !/[,;]/.test(s);
}
const SUBJECT_PRONOUN = /\b(?:we|wij|ik|men|jij|hij|zij)\b/iu;

/** Sentence ranges of a flow's text: at . ! ? (and ; before a capital) followed by a capital or digit. */
export function splitSentences(s: string): [number, number][] {
  const cuts = [0];
  // A closing quote or parenthesis after the stop ends the sentence with it: the next sentence
  // starts at its own first word ('Vraag: "Waar woonde u?" Noteer …').
  for (const m of s.matchAll(/[.!?;](["'’”)]?)(?=\s+["'‘“(]?[\p{Lu}\d])/gu)) {
    const stop = (m.index ?? 0) + 1;
    const i = stop + m[1]!.length;
    // Abbreviations and initials do not end a sentence: "bijv. Uw", "J. de Vries", "art. 3".
    const before = s.slice(Math.max(0, stop - 12), stop);
    if (/(?:^|[\s(])(?:\p{L}|bijv|bv|nr|art|jo|mr|dr|drs|ir|ing|prof|mw|dhr|mevr|o\.a|i\.v\.m|e\.d|e\.a|m\.b\.t|t\.a\.v|z\.s\.m|d\.w\.z|vs|ca|incl|excl|resp|par|lid|sub|blz|p)\.$/iu.test(before)) continue;
    // A list number at the start ("1. Wie …") is no sentence of its own.
    if (/^\s*\(?\d{1,2}\.$/.test(s.slice(0, i))) continue;
    cuts.push(i);
  }
  cuts.push(s.length);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i + 1]! > cuts[i]!) out.push([cuts[i]!, cuts[i + 1]!]);
  return out;
}

/**
 * Flows: runs of lines up to a break the layout shows (a blank line, a list marker, a line that
 * stops early, a colon at the end of a line).
 */
function buildFlows(view: ColumnView): Flow[] {
  const text = view.text;
  const lines = view.lines;
  const flows: Flow[] = [];
  let cur: Flow | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const str = text.slice(l.start, l.end);
    // A line drawn in characters ("-----", "=====", "_____": a plain-text printout's rule between
    // a table and what follows) separates; it is no text, and what comes after it is a new flow,
    // however the line before it ended.
    if (RULE_LINE.test(str)) {
      cur = undefined;
      continue;
    }
    const marker = MARKER.test(str);
    const blankBefore = i > 0 && text.slice(lines[i - 1]!.end, l.start).includes('\n\n');
    // A line that starts left of a list item's marker is no wrapped part of the item (a wrapped
    // line hangs at or right of its marker): the list has ended and the text after it begins.
    const outdented = cur !== undefined && cur.marker && l.u0 < lines[cur.line]!.u0 - 2;
    if (!cur || blankBefore || marker || outdented || hardBreak(view, i - 1)) {
      // A sentence that a short line seemed to end but that goes on in lower case on the next
      // line (hand-wrapped text) is one flow.
      const prevText = cur ? text.slice(cur.start, cur.end) : '';
      // Not after the page's first line (a running header) nor across a change of type size.
      const prevLine = lines[i - 1];
      const sameSize = prevLine !== undefined && Math.abs((prevLine.v1 - prevLine.v0) - (l.v1 - l.v0)) <= 0.1 * (l.v1 - l.v0);
      const continues = cur && flows.length > 1 && sameSize && !blankBefore && !marker && /^\p{Ll}/u.test(str) && /^(?:[^\p{L}]*)\p{Lu}/u.test(prevText.replace(MARKER, ''))
        && !/[.!?;:|]["'’”)]?$/.test(prevText) && prevText.split(/\s+/).length >= 6;
      // Wide line spacing (a framed block, double spacing) reads as blank lines: a line that ends
      // in a hyphen, or fills its column and goes on in lower case, continues across the gap.
      const spaced = cur && flows.length > 1 && blankBefore && !marker && prevLine !== undefined && sameSize && !/[.!?;:|]["'’”)]?$/.test(prevText)
        && (/\p{L}[-‐]$/u.test(prevText) || (/^\p{Ll}/u.test(str) && fillsColumn(lines, i - 1)));
      if (cur && (continues || spaced)) {
        cur.end = l.end;
        cur.lines++;
        continue;
      }
      cur = { start: l.start, end: l.end, marker, lines: 1, line: i };
      flows.push(cur);
    } else {
      cur.end = l.end;
      cur.lines++;
    }
  }
  return flows;
}

/** A line of only rule characters, five or more (spaces, pipes and the crosses of a drawn table, "+-----+-----+", between them). */
const RULE_LINE = /^[ \t|+]*(?:[-=_*~─━═—–][ \t|+]*){5,}$/u;

/** True when line i is about as wide as the widest of the lines around it (it wrapped, it did not end). */
function fillsColumn(lines: ColumnView['lines'], i: number): boolean {
  const l = lines[i]!;
  const near = lines.slice(Math.max(0, i - 3), i + 4).filter((x) => Math.abs(x.u0 - l.u0) <= 2);
  const widest = Math.max(...near.map((x) => x.u1 - x.u0));
  return l.u1 - l.u0 >= 0.85 * widest && near.length >= 2;
}

/** True when line i ends a flow: it stops early, ends in a colon, or the next line opens a list item. */
function hardBreak(view: ColumnView, i: number): boolean {
  if (i < 0) return false;
  const l = view.lines[i]!;
  const n = view.lines[i + 1];
  if (!n) return true;
  const str = view.text.slice(l.start, l.end);
  const next = view.text.slice(n.start, n.end);
  if (/[-‐]$/.test(str)) return false;
  if (/:$/.test(str)) return true;
  if (MARKER.test(next)) return true;
  const width = l.colU1 - l.colU0;
  if (width <= 0 || str.length === 0) return false;
  const perChar = (l.u1 - l.u0) / Math.max(1, str.length);
  const firstWord = next.split(/\s/)[0] ?? '';
  const needed = (l.u1 - l.colU0) + perChar * (1 + firstWord.length);
  // A line in a different size (a heading above body text) ends its flow too.
  const h = l.v1 - l.v0;
  const nh = n.v1 - n.v0;
  if (h > 0 && nh > 0 && (h / nh > 1.25 || nh / h > 1.25)) return true;
  // So does a wider gap than between the other lines of the column (rows of a table, paragraphs).
  const gap = n.v0 - l.v1;
  const usual = usualGap(view, l);
  if (usual !== undefined && gap > usual + 0.25 * h) return true;
  return needed < width - Math.max(2 * perChar, 0.08 * width);
}

const gapCache = new WeakMap<ColumnView, Map<string, number | undefined>>();

/** The median gap between consecutive lines of the column (group of lines) that `l` belongs to. */
function usualGap(view: ColumnView, l: ColumnView['lines'][number]): number | undefined {
  let byColumn = gapCache.get(view);
  if (!byColumn) {
    byColumn = new Map();
    const gaps = new Map<string, number[]>();
    for (let i = 1; i < view.lines.length; i++) {
      const a = view.lines[i - 1]!;
      const b = view.lines[i]!;
      if (a.colU0 !== b.colU0 || a.colU1 !== b.colU1 || view.text.slice(a.end, b.start).includes('\n\n')) continue;
      const key = `${a.colU0}:${a.colU1}`;
      const list = gaps.get(key) ?? [];
      list.push(b.v0 - a.v1);
      gaps.set(key, list);
    }
    for (const [key, list] of gaps) {
      list.sort((x, y) => x - y);
      byColumn.set(key, list.length >= 3 ? list[Math.floor(list.length / 2)] : undefined);
    }
    gapCache.set(view, byColumn);
  }
  return byColumn.get(`${l.colU0}:${l.colU1}`);
}

/** Sets each unit's section heading and list head. */
function linkContext(units: Unit[], text: string): void {
  let heading = -1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    u.heading = heading;
    if (u.kind === 'heading') {
      heading = i;
      continue;
    }
    if (u.kind === 'label') continue;
    const prev = units[i - 1];
    if (!prev) continue;
    if (prev.kind === 'label' && prev.flow === u.flow) {
      u.head = i - 1;
      continue;
    }
    // "Let op:" at the end of a line, its hint on the next: the hint's head is the label.
    if (prev.kind === 'intro' && isLabel(text.slice(prev.start, prev.end).replace(/:\s*$/, ''))) {
      u.head = i - 1;
      continue;
    }
    const listLike = u.kind === 'item' || u.kind === 'fragment' || /\?["'’”)]?\s*$/.test(text.slice(u.start, u.end));
    if (!listLike) continue;
    // Walk back over the list to the line that introduces it.
    for (let j = i - 1; j >= 0; j--) {
      const p = units[j]!;
      const pText = text.slice(p.start, p.end);
      if (p.kind === 'item' || p.kind === 'fragment' || /\?["'’”)]?\s*$/.test(pText)) {
        if (p.head >= 0) {
          u.head = p.head;
          break;
        }
        continue;
      }
      if (p.kind === 'intro' || p.kind === 'heading' || p.kind === 'label') u.head = j;
      break;
    }
  }
}
