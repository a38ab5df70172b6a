// Finds what a template marked (items to redact, strings to keep) in the PDF that a producer
// wrote, with extractors independent of Lakstift: word boxes from `pdftotext -bbox-layout`,
// narrowed with MuPDF's character boxes (`mutool draw -F stext`) where an item covers part of a
// word (an e-mail local part, a name followed by a comma).
import { execFileSync } from 'node:child_process';

const ENT = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (s) => s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) => (e[0] === '#'
  ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
  : ENT[e] ?? m));
const num = (tag, name) => Number(new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? 0);
const r2 = (x) => Math.round(x * 100) / 100;

/**
 * Characters of every page with a box each: pdftotext's word boxes split evenly over their
 * characters, then a `{ c: ' ' }` between words. pdftotext gives no glyph boxes and no text
 * direction, so a word is split top to bottom only when its box is too tall to be a horizontal
 * word: taller than 1.5× its width AND taller than 6/n× its width (n characters). A horizontal
 * word's box is about 1.2 em high and at least n × 0.22 em wide (narrow letters), so its
 * height/width stays under 6/n; a short word in a large font ("Bij": 10.6 × 16.1 pt) is
 * horizontal, while a rotated word of n ≥ 4 characters (n × ~0.5 em high, 1.2 em wide) passes.
 */
export function pdftotextChars(file) {
  return pdftotextWords(file).map((pg) => pg.words.flatMap((w) => {
    const n = [...w.text].length;
    const wd = w.box[2] - w.box[0];
    const ht = w.box[3] - w.box[1];
    const vertical = n > 2 && ht > wd * 1.5 && ht > (wd * 6) / n;
    const step = (vertical ? ht : wd) / n;
    return [...[...w.text].map((c, i) => ({ c, box: vertical ? [w.box[0], w.box[1] + step * i, w.box[2], w.box[1] + step * (i + 1)] : [w.box[0] + step * i, w.box[1], w.box[0] + step * (i + 1), w.box[3]] })), { c: ' ', box: [0, 0, 0, 0] }];
  }));
}

/** Words of every page: `[{ page, width, height, words: [{ text, box, line }] }]`. */
export function pdftotextWords(file) {
  const xhtml = execFileSync('pdftotext', ['-cropbox', '-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const pages = [];
  let line = 0;
  const re = /<page\b[^>]*>|<line\b[^>]*>|<word\b([^>]*)>([^<]*)<\/word>/g;
  for (let m = re.exec(xhtml); m; m = re.exec(xhtml)) {
    if (m[0].startsWith('<page')) pages.push({ page: pages.length + 1, width: num(m[0], 'width'), height: num(m[0], 'height'), words: [] });
    else if (m[0].startsWith('<line')) line++;
    else pages.at(-1).words.push({ text: decode(m[2]), box: [num(m[1], 'xMin'), num(m[1], 'yMin'), num(m[1], 'xMax'), num(m[1], 'yMax')], line });
  }
  return pages;
}

/** MuPDF character boxes per page (1-based): `[{ c, box }]`, only for the pages asked. */
export function mutoolChars(file, pages) {
  const out = new Map();
  if (pages.length === 0) return out;
  const xml = execFileSync('mutool', ['draw', '-F', 'stext', '-o', '-', file, pages.join(',')], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
  let i = -1;
  const re = /<page\b[^>]*>|<char\b([^>]*)\/>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[0].startsWith('<page')) { i++; out.set(pages[i], []); continue; }
    const q = /quad="([^"]*)"/.exec(m[1])?.[1].split(/\s+/).map(Number);
    const c = decode(/ c="([^"]*)"/.exec(m[1])?.[1] ?? '');
    if (!q || !c.trim()) continue;
    const xs = [q[0], q[2], q[4], q[6]];
    const ys = [q[1], q[3], q[5], q[7]];
    out.get(pages[i]).push({ c, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] });
  }
  return out;
}

/** Whether `w` starts (or ends) its line within its column: no word on the same line lies
 * right before (after) it at an ordinary word gap. */
function segmentEdge(words, w, side) {
  const h = w.box[3] - w.box[1];
  return !words.some((v) => v !== w && Math.abs(v.box[1] - w.box[1]) < h * 0.3 && (side === 'end'
    ? v.box[0] >= w.box[2] - 0.5 && v.box[0] - w.box[2] < h * 0.8
    : v.box[2] <= w.box[0] + 0.5 && w.box[0] - v.box[2] < h * 0.8));
}

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for a marked text in the page stream: any run of spaces may be a line break, and a
 * hyphen may end a line (then the stream has a space after it). */
function pattern(text) {
  const body = [...text].map((ch) => (ch === ' ' ? ' ' : ch === '-' ? '- ?' : ch === "'" || ch === '’' ? "['’]" : esc(ch))).join('');
  // Word boundaries only where the text itself begins or ends with a letter or digit ("@ind.nl" may
  // follow a local part directly).
  const before = /^[\p{L}\p{N}]/u.test(text) ? "(?<![\\p{L}\\p{N}'’-])" : '';
  const after = /[\p{L}\p{N}]$/u.test(text) ? '(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])' : '';
  return new RegExp(`${before}${body}${after}`, 'gu');
}

/**
 * Labels one PDF: every occurrence of every mark and keep, per page, with boxes.
 * Returns { pages, items, mustKeep, unfound }.
 */
export function label(file, marks, keeps, people = []) {
  const pages = pdftotextWords(file);
  // One stream for the whole document: words joined by single spaces, pages by a space too, with
  // a map from stream offset to (page, word, offset in word).
  let s = '';
  const at = [];
  pages.forEach((pg, pi) => pg.words.forEach((w, wi) => {
    if (s.length) { s += ' '; at.push(null); }
    for (let k = 0; k < w.text.length; k++) at.push({ pi, wi, k });
    s += w.text;
  }));

  // An item broken over two lines that pdftotext does not read one after the other (a table cell
  // whose second line comes after the next cell) is joined by position, below.
  const wordAt = (i) => at[i] && pages[at[i].pi].words[at[i].wi];
  const scan = (text) => {
    const out = [];
    const re = pattern(text);
    for (let m = re.exec(s); m; m = re.exec(s)) out.push({ start: m.index, end: m.index + m[0].length });
    return out;
  };
  const find = (text) => {
    const direct = scan(text).map((h) => ({ ...h, ranges: [[h.start, h.end]] }));
    if (direct.length) return direct;
    // Split points: every space, and after every hyphen inside a word ("Iersel-" / "Diatta").
    const cuts = [];
    for (let i = 1; i < text.length; i++) {
      if (text[i] === ' ') cuts.push([text.slice(0, i), text.slice(i + 1)]);
      else if (text[i - 1] === '-' && /[\p{L}\p{N}]/u.test(text[i])) cuts.push([text.slice(0, i), text.slice(i)]);
    }
    const out = [];
    for (const [head, tail] of cuts) {
      const heads = scan(head);
      const tails = scan(tail);
      for (const h of heads) {
        let e = h.end - 1;
        while (e > h.start && !at[e]) e--;
        const first = wordAt(h.start);
        const last = wordAt(e);
        if (!first || !last) continue;
        const height = last.box[3] - last.box[1];
        // The head ends its line (within its column) and the rest starts the line right below,
        // at or left of where the head started (a wrapped table cell or paragraph).
        const pi = at[h.start].pi;
        if (!segmentEdge(pages[pi].words, last, 'end')) continue;
        const t = tails.find((x) => {
          const tw = wordAt(x.start);
          return tw && at[x.start].pi === pi && tw.box[1] >= last.box[1] + height * 0.5 && tw.box[1] <= last.box[3] + height * 1.2
            && tw.box[0] <= first.box[0] + 3 && segmentEdge(pages[pi].words, tw, 'start');
        });
        if (t) out.push({ start: h.start, end: t.end, ranges: [[h.start, h.end], [t.start, t.end]] });
      }
      if (out.length) break;
    }
    return out;
  };
  const found = [];
  const overlaps = (a, b) => a.ranges.some(([s1, e1]) => b.ranges.some(([s2, e2]) => s1 < e2 && s2 < e1));
  const keepHits = [];
  for (const k of keeps) for (const h of find(k.text)) keepHits.push({ ...h, keep: k });
  const unfound = [];
  for (const mk of marks) {
    const hits = find(mk.text).filter((h) => !keepHits.some((k) => overlaps(k, h)));
    if (hits.length === 0) unfound.push(mk);
    for (const h of hits) found.push({ ...h, mark: mk });
  }
  // Within a category, a longer occurrence wins over one inside it ("Jan" inside "Jan de Vries").
  const len = (h) => h.ranges.reduce((n, [a, b]) => n + b - a, 0);
  found.sort((a, b) => len(b) - len(a) || a.start - b.start);
  const kept = [];
  for (const f of found) {
    if (kept.some((k) => k.mark.category === f.mark.category && overlaps(k, f))) continue;
    kept.push(f);
  }
  kept.sort((a, b) => a.start - b.start);

  // Spans → per-page pieces of word ranges.
  const pieces = (h) => {
    const byPage = new Map();
    for (const i of h.ranges.flatMap(([a, b]) => Array.from({ length: b - a }, (_, j) => a + j))) {
      const a = at[i];
      if (!a) continue;
      if (!byPage.has(a.pi)) byPage.set(a.pi, new Map());
      const words = byPage.get(a.pi);
      if (!words.has(a.wi)) words.set(a.wi, { from: a.k, to: a.k + 1 });
      else words.get(a.wi).to = a.k + 1;
    }
    return byPage;
  };
  const partialPages = new Set();
  const drafts = [];
  for (const h of kept) {
    for (const [pi, words] of pieces(h)) {
      const ws = [...words.entries()].map(([wi, r]) => ({ w: pages[pi].words[wi], ...r }));
      if (ws.some((x) => x.from > 0 || x.to < x.w.text.length)) partialPages.add(pi + 1);
      drafts.push({ pi, ws, mark: h.mark });
    }
  }
  const chars = mutoolChars(file, [...partialPages].sort((a, b) => a - b));
  const boxOf = ({ w, from, to }, page) => {
    if (from === 0 && to === w.text.length) return w.box;
    const inside = (chars.get(page) ?? []).filter((c) => {
      const cx = (c.box[0] + c.box[2]) / 2;
      const cy = (c.box[1] + c.box[3]) / 2;
      return cx >= w.box[0] - 1 && cx <= w.box[2] + 1 && cy >= w.box[1] - 1 && cy <= w.box[3] + 1;
    });
    const vertical = w.box[3] - w.box[1] > (w.box[2] - w.box[0]) * 1.5 && w.text.length > 2;
    if (inside.length === w.text.length && inside.map((c) => c.c).join('') === w.text) {
      const sel = inside.slice(from, to);
      return [Math.min(...sel.map((c) => c.box[0])), w.box[1], Math.max(...sel.map((c) => c.box[2])), w.box[3]];
    }
    // Character boxes disagree with the word (ligatures, reordering): split the word box evenly.
    const n = w.text.length;
    if (vertical) {
      const hh = (w.box[3] - w.box[1]) / n;
      return [w.box[0], w.box[1] + hh * from, w.box[2], w.box[1] + hh * to];
    }
    const ww = (w.box[2] - w.box[0]) / n;
    return [w.box[0] + ww * from, w.box[1], w.box[0] + ww * to, w.box[3]];
  };
  const items = drafts.map(({ pi, ws, mark }) => {
    const text = ws.map(({ w, from, to }) => w.text.slice(from, to)).join(' ');
    const lines = new Set(ws.map(({ w }) => w.line)).size;
    const item = {
      page: pi + 1, category: mark.category, text, grounds: grounds(mark), mustRedact: true,
      boxes: ws.map((x) => boxOf(x, pi + 1).map(r2)),
    };
    if (mark.category === 'email' && !mark.mailbox) item.altGrounds = ['10.2.g'];
    if (mark.mailbox) item.mailbox = true;
    if (lines > 1) item.lines = lines;
    if (mark.origin) item.origin = mark.origin;
    return item;
  });
  const mustKeep = [];
  for (const k of keepHits) {
    for (const [pi] of pieces(k)) {
      if (!mustKeep.some((m) => m.page === pi + 1 && m.text === k.keep.text)) mustKeep.push({ page: pi + 1, text: k.keep.text, why: k.keep.why });
    }
  }
  const unfoundKeeps = keeps.filter((k) => !keepHits.some((h) => h.keep === k));
  // Audit: a part of a person's name (3 letters or more) that occurs outside every name and
  // e-mail item and every keep is a mention the template forgot to mark.
  const covers = [...kept.filter((k) => k.mark.category === 'name' || k.mark.category === 'email'), ...keepHits];
  const unmarked = [];
  const partsOf = (per) => [per.first, ...per.surname.split(/[\s-]+/)].filter((x) => x && x.length >= 3 && /^\p{Lu}/u.test(x) && !/^(Al|Abu|El|Ben|Ait|Ou)$/.test(x));
  for (const per of people) {
    for (const part of partsOf(per)) {
      for (const h of scan(part)) {
        if (!covers.some((c) => c.ranges.some(([a, b]) => a <= h.start && h.end <= b))) unmarked.push(part);
      }
    }
  }
  return { pages: pages.map((p) => ({ page: p.page, width: r2(p.width), height: r2(p.height) })), items, mustKeep, unfound, unfoundKeeps, unmarked: [...new Set(unmarked)] };
}

function grounds(mark) {
  if (mark.category === 'guidance') return ['10.2.d', '10.2.g'];
  if (mark.category === 'email') return mark.mailbox ? ['10.2.g'] : ['10.2.e'];
  return ['10.2.e'];
}
