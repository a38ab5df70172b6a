/**
 * A column-by-column view of a page's text, independent of the reading order the text model
 * chose. Two columns side by side reach the text model in one of two ways: lines whose
 * baselines align are merged into one line running across both columns, and lines whose
 * baselines differ are sorted top to bottom, so that the lines of the two columns alternate.
 * Either way a sentence of one column would be interleaved with the other's, and a suggestion
 * for it would cover text of the other column. Detectors of long passages (guidance) read this
 * view and map their ranges back to the page text.
 */
import type { PageText, TextLine, Word } from '../pdf/textTypes';
import type { Rect } from '../pdf/types';

/** One line of the view: a run of words of one column, with its box in the line's own frame. */
export interface ViewLine {
  /** Offsets in `ColumnView.text`. */
  start: number;
  end: number;
  /** Along the line (u) and down the page (v), whatever the page's rotation. */
  u0: number;
  u1: number;
  v0: number;
  v1: number;
  /** Left and right edge of the column the line belongs to (its lines' extremes). */
  colU0: number;
  colU1: number;
}

export interface ColumnView {
  text: string;
  /** For each UTF-16 unit of `text`: its offset in `PageText.text`, or -1 for an inserted separator. */
  map: Int32Array;
  lines: ViewLine[];
}

interface Cluster { words: Word[]; u0: number; u1: number; v0: number; v1: number; col: number; band: number; line: number }

/** The rectangle in a frame where u runs along the line and v down the page, whatever the rotation. */
export function frame(r: Rect, rot: number): { u0: number; u1: number; v0: number; v1: number } {
  switch (rot) {
    case 1: return { u0: r[1], u1: r[3], v0: -r[2], v1: -r[0] };
    case 2: return { u0: -r[2], u1: -r[0], v0: -r[3], v1: -r[1] };
    case 3: return { u0: -r[3], u1: -r[1], v0: r[0], v1: r[2] };
    default: return { u0: r[0], u1: r[2], v0: r[1], v1: r[3] };
  }
}

/** A gutter at `u`, valid between `top` and `bottom` (v), where no run of words crosses it. */
interface Gutter { u: number; top: number; bottom: number }

const mid = (c: { v0: number; v1: number }) => (c.v0 + c.v1) / 2;

/**
 * Builds the column view. Runs of words are split where a gap is much wider than the page's
 * usual word gap. A gutter is a place where, on three lines or more, a run starts (the left edge
 * of a left-aligned column) while no run crosses it over that stretch of the page and runs end
 * before it (the column beside it). Each run then belongs to the column its start falls in;
 * within the stretch of a gutter the columns are read left to right, each top to bottom, and
 * text that spans the gutter (a heading over both columns) separates the stretches. Without
 * such evidence the model's own text stands.
 *
 * @example
 *   const view = columnView(page);
 *   view.text; // "left column line 1\nleft column line 2\n\nright column line 1…"
 */
export function columnView(page: PageText): ColumnView {
  const lines = page.lines.map(alongLine);
  const usualGap = Math.max(1, medianGap(lines));
  // Runs: the words of a model line up to a gap much wider than a word gap.
  const runs: Cluster[] = [];
  const perLine: Cluster[][] = [];
  for (const [li, { words, box }] of lines.entries()) {
    const mine: Cluster[] = [];
    let cur: Cluster | undefined;
    for (let i = 0; i < words.length; i++) {
      const u0 = box[4 * i]!;
      const u1 = box[4 * i + 1]!;
      const v0 = box[4 * i + 2]!;
      const v1 = box[4 * i + 3]!;
      const height = v1 - v0 || 10;
      if (cur && u0 - cur.u1 <= Math.max(3 * usualGap, 0.6 * height)) {
        cur.words.push(words[i]!);
        cur.u1 = Math.max(cur.u1, u1);
        cur.v0 = Math.min(cur.v0, v0);
        cur.v1 = Math.max(cur.v1, v1);
      } else {
        cur = { words: [words[i]!], u0, u1, v0, v1, col: 0, band: 0, line: li };
        mine.push(cur);
        runs.push(cur);
      }
    }
    perLine.push(mine);
  }
  const gutters = findGutters(runs);
  // A list's bullet or number that the model put on a line of its own (another font, another
  // baseline) belongs to the item beside it.
  const detached = runs.some((r) => (perLine[r.line]?.length ?? 0) === 1 && isMarkerRun(r));
  if (gutters.length === 0 && !detached) return identity(page, perLine);
  // A run's column: the number of active gutters at or left of its start (-1 outside every
  // gutter's stretch). Its band: the top of the stretch of the gutters it lies in, so that
  // stretches are read one after the other.
  for (const r of runs) {
    const active = gutters.filter((g) => mid(r) >= g.top && mid(r) <= g.bottom);
    r.col = active.length > 0 ? active.filter((g) => r.u0 >= g.u - 2).length : -1;
    r.band = active.length > 0 ? Math.min(...active.map((g) => g.top)) : mid(r);
  }
  const ordered = [...runs].sort((a, b) => a.band - b.band || a.col - b.col || mid(a) - mid(b) || a.u0 - b.u0);
  // Columns in reading order; text outside the stretches of gutters reads as one column.
  const groups: Cluster[][] = [];
  for (const c of ordered) {
    const last = groups[groups.length - 1]?.[0];
    if (last && c.col === last.col && (c.col < 0 || c.band === last.band)) groups[groups.length - 1]!.push(c);
    else groups.push([c]);
  }
  let text = '';
  const map: number[] = [];
  const viewLines: ViewLine[] = [];
  const sep = (str: string) => {
    text += str;
    for (let i = 0; i < str.length; i++) map.push(-1);
  };
  for (const group of groups) {
    // Visual lines: runs that share most of their height, read left to right.
    const vlines: Cluster[][] = [];
    for (const c of group) {
      const line = vlines[vlines.length - 1];
      const top = line ? Math.min(...line.map((r) => r.v0)) : 0;
      const bottom = line ? Math.max(...line.map((r) => r.v1)) : 0;
      const overlap = line ? Math.min(bottom, c.v1) - Math.max(top, c.v0) : 0;
      if (line && overlap >= 0.5 * Math.min(bottom - top, c.v1 - c.v0)) line.push(c);
      else vlines.push([c]);
    }
    const first = viewLines.length;
    let prev: { v0: number; v1: number } | undefined;
    for (const line of vlines) {
      line.sort((a, b) => a.u0 - b.u0);
      const box = { u0: Math.min(...line.map((r) => r.u0)), u1: Math.max(...line.map((r) => r.u1)), v0: Math.min(...line.map((r) => r.v0)), v1: Math.max(...line.map((r) => r.v1)) };
      if (text) sep(!prev || box.v0 - prev.v1 > 0.8 * (prev.v1 - prev.v0 || 10) ? '\n\n' : '\n');
      const start = text.length;
      line.forEach((c, ci) => {
        if (ci > 0) sep(' ');
        c.words.forEach((w, wi) => {
          if (wi > 0) sep(' ');
          for (let k = 0; k < w.text.length; k++) map.push(w.start + k);
          text += page.text.slice(w.start, w.start + w.text.length);
        });
      });
      viewLines.push({ start, end: text.length, ...box, colU0: box.u0, colU1: box.u1 });
      prev = box;
    }
    setColumnEdges(viewLines.slice(first));
  }
  return { text, map: Int32Array.from(map), lines: viewLines };
}

/** A model line's words in order along the line, with their boxes in its frame: u0, u1, v0, v1 per word. */
interface Along { words: Word[]; box: Float64Array }

/**
 * The words of a line sorted along it (by u0, stable), and their boxes in the line's frame
 * (`frame`), four numbers per word rather than an object each. The text model's lines are
 * mostly in order already, and then are left as they are.
 */
function alongLine(line: TextLine): Along {
  const n = line.words.length;
  const box = new Float64Array(4 * n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const r = line.words[i]!.rect;
    let u0: number;
    switch (line.rot) {
      case 1: u0 = r[1]; box[4 * i + 1] = r[3]; box[4 * i + 2] = -r[2]; box[4 * i + 3] = -r[0]; break;
      case 2: u0 = -r[2]; box[4 * i + 1] = -r[0]; box[4 * i + 2] = -r[3]; box[4 * i + 3] = -r[1]; break;
      case 3: u0 = -r[3]; box[4 * i + 1] = -r[1]; box[4 * i + 2] = r[0]; box[4 * i + 3] = r[2]; break;
      default: u0 = r[0]; box[4 * i + 1] = r[2]; box[4 * i + 2] = r[1]; box[4 * i + 3] = r[3];
    }
    box[4 * i] = u0;
    // Not in order, or not a number (which a comparison cannot place): sorted as before.
    if (!(i === 0 || u0 >= box[4 * (i - 1)]!) || Number.isNaN(u0)) sorted = false;
  }
  if (sorted) return { words: line.words, box };
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => box[4 * a]! - box[4 * b]!);
  const sortedBox = new Float64Array(4 * n);
  order.forEach((from, to) => sortedBox.set(box.subarray(4 * from, 4 * from + 4), 4 * to));
  return { words: order.map((i) => line.words[i]!), box: sortedBox };
}

/** The median gap between neighbouring words of the lines (the upper middle of an even count), or 3 without any. */
function medianGap(lines: readonly Along[]): number {
  let n = 0;
  for (const l of lines) n += Math.max(0, l.words.length - 1);
  if (n === 0) return 3;
  const gaps = new Float64Array(n);
  let k = 0;
  let nan = false;
  for (const { words, box } of lines) {
    for (let i = 1; i < words.length; i++) {
      const g = box[4 * i]! - box[4 * (i - 1) + 1]!;
      if (Number.isNaN(g)) nan = true;
      gaps[k++] = g;
    }
  }
  // A typed array sorts numbers as numbers; with a gap that is not a number, as a comparison would.
  return (nan ? [...gaps].sort((a, b) => a - b) : gaps.sort())[Math.floor(n / 2)]!;
}

/** The view of a page without columns: the model's own text, with its lines' geometry. */
function identity(page: PageText, perLine: Cluster[][]): ColumnView {
  const viewLines: ViewLine[] = [];
  page.lines.forEach((line, i) => {
    const runs = perLine[i] ?? [];
    if (runs.length === 0) return;
    viewLines.push({
      start: line.start, end: line.end,
      u0: Math.min(...runs.map((r) => r.u0)), u1: Math.max(...runs.map((r) => r.u1)),
      v0: Math.min(...runs.map((r) => r.v0)), v1: Math.max(...runs.map((r) => r.v1)),
      colU0: 0, colU1: 0,
    });
  });
  // Blocks of the model (separated by a blank line) are the unit whose edges a line is measured against.
  let first = 0;
  for (let i = 1; i <= viewLines.length; i++) {
    if (i === viewLines.length || page.text.slice(viewLines[i - 1]!.end, viewLines[i]!.start).includes('\n\n')) {
      setColumnEdges(viewLines.slice(first, i));
      first = i;
    }
  }
  const map = new Int32Array(page.text.length);
  for (let i = 0; i < map.length; i++) map[i] = i;
  return { text: page.text, map, lines: viewLines };
}

function setColumnEdges(lines: ViewLine[]): void {
  if (lines.length === 0) return;
  const u0 = Math.min(...lines.map((l) => l.u0));
  const u1 = Math.max(...lines.map((l) => l.u1));
  for (const l of lines) {
    l.colU0 = u0;
    l.colU1 = u1;
  }
}

/**
 * Gutters between columns: a place u where at least three runs start, with no run crossing it
 * between the nearest crossing runs above and below, and at least two runs in that stretch that
 * end before it (the column to its left).
 */
function findGutters(runs: Cluster[]): Gutter[] {
  if (runs.length < 6) return [];
  const margin = Math.min(...runs.map((r) => r.u0));
  const candidates = [...new Set(runs.map((r) => Math.round(r.u0)))].filter((u) => u >= margin + 50).sort((a, b) => a - b);
  const out: Gutter[] = [];
  const byV = [...runs].sort((a, b) => mid(a) - mid(b));
  for (const u of candidates) {
    if (out.some((g) => Math.abs(g.u - u) <= 3)) continue;
    const starts = byV.filter((r) => Math.abs(r.u0 - u) <= 2);
    if (starts.length < 3) continue;
    const crossing = byV.filter((r) => r.u0 < u - 2 && r.u1 > u + 2).map(mid);
    // Stretches between crossing runs; each must hold its own evidence.
    const cuts = [-Infinity, ...crossing, Infinity];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const top = cuts[i]!;
      const bottom = cuts[i + 1]!;
      const inside = byV.filter((r) => mid(r) > top && mid(r) < bottom);
      const right = inside.filter((r) => Math.abs(r.u0 - u) <= 2).length;
      // A list's bullets or numbers beside its items are no column.
      const left = inside.filter((r) => r.u1 <= u - 4 && !isMarkerRun(r));
      if (right < 3 || left.length < 2) continue;
      // The two sides must sit beside each other, not one above the other.
      const rightRuns = inside.filter((r) => r.u0 >= u - 2);
      const rTop = Math.min(...rightRuns.map((r) => r.v0));
      const rBottom = Math.max(...rightRuns.map((r) => r.v1));
      const beside = left.filter((r) => r.v1 > rTop && r.v0 < rBottom).length;
      if (beside < 2) continue;
      out.push({
        u,
        top: Math.min(...inside.map((r) => r.v0)) - 0.5,
        bottom: Math.max(...inside.map((r) => r.v1)) + 0.5,
      });
    }
  }
  return out;
}

/** A run that is only a list marker: a bullet, a number or a letter with a dot or parenthesis. */
function isMarkerRun(r: Cluster): boolean {
  const t = r.words.map((w) => w.text).join(' ');
  return /^(?:[•\-–—*▪◦·►✓]|\(?\d{1,2}[.)]?|\(?[a-zA-Z][.)]|\(?[ivx]+[.)])$/u.test(t);
}

/** Maps a range of the view back to contiguous ranges of the page text. */
export function originalRanges(view: ColumnView, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = start; i < end; i++) {
    const o = view.map[i] ?? -1;
    if (o < 0) continue;
    const last = out[out.length - 1];
    if (last && last[1] === o) last[1] = o + 1;
    else if (last && o > last[1] && o - last[1] <= 2 && (view.map[i - 1] ?? -1) < 0) last[1] = o + 1;
    else out.push([o, o + 1]);
  }
  return out;
}
