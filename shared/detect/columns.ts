/**
 * A column-by-column view of a page's text, independent of the reading order the text model
 * chose. Where two columns sit side by side and a line of the model runs across both (their
 * baselines align), a sentence of one column would otherwise be interleaved with the other's,
 * and a suggestion for it would cover text of the other column. Detectors of long passages
 * (guidance) read this view and map their ranges back to the page text.
 */
import type { PageText, Word } from '../pdf/textTypes';
import type { Rect } from '../pdf/types';

export interface ColumnView {
  text: string;
  /** For each UTF-16 unit of `text`: its offset in `PageText.text`, or -1 for an inserted separator. */
  map: Int32Array;
}

interface Cluster { words: Word[]; u0: number; u1: number; v0: number; v1: number }

/** The rectangle in a frame where u runs along the line and v down the page, whatever the rotation. */
function frame(r: Rect, rot: number): { u0: number; u1: number; v0: number; v1: number } {
  switch (rot) {
    case 1: return { u0: r[1], u1: r[3], v0: -r[2], v1: -r[0] };
    case 2: return { u0: -r[2], u1: -r[0], v0: -r[3], v1: -r[1] };
    case 3: return { u0: -r[3], u1: -r[1], v0: r[0], v1: r[2] };
    default: return { u0: r[0], u1: r[2], v0: r[1], v1: r[3] };
  }
}

/**
 * Builds the column view. A column boundary is where a gap much wider than the page's usual
 * word gap is followed by a word that starts where, on three lines or more, a column starts
 * (a left-aligned column beside another). Without such evidence the model's own text stands.
 * Each word then belongs to the column its start falls in; columns are read left to right,
 * each top to bottom.
 *
 * @example
 *   const view = columnView(page);
 *   view.text; // "left column line 1\nleft column line 2\n\nright column line 1…"
 */
export function columnView(page: PageText): ColumnView {
  const identity = (): ColumnView => ({ text: page.text, map: Int32Array.from({ length: page.text.length }, (_, i) => i) });
  const lines = page.lines.map((line) => line.words.map((w) => ({ w, f: frame(w.rect, line.rot) })).sort((a, b) => a.f.u0 - b.f.u0));
  const gaps: number[] = [];
  for (const ws of lines) for (let i = 1; i < ws.length; i++) gaps.push(ws[i]!.f.u0 - ws[i - 1]!.f.u1);
  if (gaps.length === 0) return identity();
  gaps.sort((a, b) => a - b);
  const usualGap = Math.max(1, gaps[Math.floor(gaps.length / 2)]!);
  // Starts of words after a wide gap, and on how many lines each start recurs.
  const starts: number[] = [];
  for (const ws of lines) {
    for (let i = 1; i < ws.length; i++) {
      const height = ws[i]!.f.v1 - ws[i]!.f.v0 || 10;
      if (ws[i]!.f.u0 - ws[i - 1]!.f.u1 > Math.max(3 * usualGap, 0.6 * height)) starts.push(ws[i]!.f.u0);
    }
  }
  // A boundary needs one line where the two columns meet and, in all, three lines that start a
  // column at the same place (lines of the right column alone start there too).
  const lineStarts = lines.filter((ws) => ws.length > 0).map((ws) => ws[0]!.f.u0);
  const margin = Math.min(...lineStarts);
  const near = (list: number[], p: number) => list.filter((u) => Math.abs(u - p) <= 2).length;
  const bounds: number[] = [];
  for (const p of [...new Set(starts.map((u) => Math.round(u)))].sort((a, b) => a - b)) {
    if (p < margin + 50 || bounds.some((b) => Math.abs(b + 1 - p) <= 3)) continue;
    if (near(starts, p) + near(lineStarts, p) >= 3) bounds.push(p - 1);
  }
  if (bounds.length === 0) return identity();
  const columnOf = (u0: number) => bounds.filter((b) => u0 >= b).length;
  const columns: Cluster[][] = Array.from({ length: bounds.length + 1 }, () => []);
  for (const ws of lines) {
    let cur: Cluster | undefined;
    let curCol = -1;
    for (const { w, f } of ws) {
      const col = columnOf(f.u0);
      if (cur && col === curCol) {
        cur.words.push(w);
        cur.u1 = Math.max(cur.u1, f.u1);
        cur.v0 = Math.min(cur.v0, f.v0);
        cur.v1 = Math.max(cur.v1, f.v1);
      } else {
        cur = { words: [w], u0: f.u0, u1: f.u1, v0: f.v0, v1: f.v1 };
        curCol = col;
        columns[col]!.push(cur);
      }
    }
  }
  let text = '';
  const map: number[] = [];
  const sep = (str: string) => {
    text += str;
    for (let i = 0; i < str.length; i++) map.push(-1);
  };
  for (const group of columns) {
    if (group.length === 0) continue;
    group.sort((a, b) => a.v0 - b.v0 || a.u0 - b.u0);
    if (text) sep('\n\n');
    group.forEach((c, ci) => {
      if (ci > 0) {
        const prev = group[ci - 1]!;
        const lineHeight = prev.v1 - prev.v0 || 10;
        sep(c.v0 - prev.v1 > 0.8 * lineHeight ? '\n\n' : '\n');
      }
      c.words.forEach((w, wi) => {
        if (wi > 0) sep(' ');
        for (let k = 0; k < w.text.length; k++) map.push(w.start + k);
        text += page.text.slice(w.start, w.start + w.text.length);
      });
    });
  }
  return { text, map: Int32Array.from(map) };
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
