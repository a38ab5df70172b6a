/**
 * Test stand-in for the PDF core's text model: builds `PageText` objects from poppler's
 * `pdftotext -bbox-layout`, so detectors can be developed and measured against an
 * independent extractor. Per-character rectangles are approximated by splitting each word
 * box evenly along its writing direction. Never used by shipped code.
 */
import { execFileSync } from 'node:child_process';
import type { Glyph, Rect, Rotation } from '../../shared/pdf/types';
import type { PageText, TextLine, Word } from '../../shared/pdf/textTypes';

interface RawWord { text: string; rect: Rect }
interface RawLine { words: RawWord[] }
interface RawBlock { lines: RawLine[] }
interface RawPage { width: number; height: number; blocks: RawBlock[] }

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

function attr(tag: string, name: string): number {
  const m = new RegExp(`${name}="([^"]*)"`).exec(tag);
  return m ? Number(m[1]) : 0;
}

/** Parses the XHTML that `pdftotext -bbox-layout` writes. */
export function parseBboxLayout(xhtml: string): RawPage[] {
  const pages: RawPage[] = [];
  const re = /<page\b[^>]*>|<block\b[^>]*>|<line\b[^>]*>|<word\b([^>]*)>([^<]*)<\/word>/g;
  let page: RawPage | undefined;
  let block: RawBlock | undefined;
  let line: RawLine | undefined;
  for (let m = re.exec(xhtml); m; m = re.exec(xhtml)) {
    const tag = m[0];
    if (tag.startsWith('<page')) {
      page = { width: attr(tag, 'width'), height: attr(tag, 'height'), blocks: [] };
      pages.push(page);
    } else if (tag.startsWith('<block')) {
      block = { lines: [] };
      page?.blocks.push(block);
    } else if (tag.startsWith('<line')) {
      line = { words: [] };
      block?.lines.push(line);
    } else if (line) {
      const a = m[1] ?? '';
      line.words.push({ text: decode(m[2] ?? ''), rect: [attr(a, 'xMin'), attr(a, 'yMin'), attr(a, 'xMax'), attr(a, 'yMax')] });
    }
  }
  return pages;
}

function splitRect(r: Rect, n: number, i: number, vertical: boolean): Rect {
  if (vertical) {
    const h = (r[3] - r[1]) / n;
    return [r[0], r[1] + h * i, r[2], r[1] + h * (i + 1)];
  }
  const w = (r[2] - r[0]) / n;
  return [r[0] + w * i, r[1], r[0] + w * (i + 1), r[3]];
}

/** Turns parsed pages into the core's `PageText` model. */
export function toPageTexts(raw: RawPage[]): PageText[] {
  return raw.map((rp, pi) => {
    let text = '';
    const glyphs: Glyph[] = [];
    const words: Word[] = [];
    const lines: TextLine[] = [];
    const c2g: number[] = [];
    const c2l: number[] = [];
    const sep = (s: string) => {
      text += s;
      for (let i = 0; i < s.length; i++) {
        c2g.push(-1);
        c2l.push(-1);
      }
    };
    let blockIndex = 0;
    for (const b of rp.blocks) {
      if (b.lines.length === 0) continue;
      if (lines.length > 0) sep('\n\n');
      let firstLine = true;
      for (const l of b.lines) {
        if (l.words.length === 0) continue;
        if (!firstLine) sep('\n');
        firstLine = false;
        const lineIndex = lines.length;
        const lineWords: Word[] = [];
        const lineStart = text.length;
        l.words.forEach((w, wi) => {
          if (wi > 0) {
            text += ' ';
            c2g.push(-1);
            c2l.push(lineIndex);
          }
          const chars = Array.from(w.text);
          const vertical = w.rect[3] - w.rect[1] > (w.rect[2] - w.rect[0]) * 1.5 && chars.length > 1;
          const rot: Rotation = vertical ? 1 : 0;
          const word: Word = { text: w.text, rect: w.rect, rot, glyphs: [], start: text.length };
          chars.forEach((ch, ci) => {
            const g = glyphs.length;
            const rect = splitRect(w.rect, chars.length, ci, vertical);
            glyphs.push({
              text: ch, code: ch.codePointAt(0) ?? 0, rect, rot,
              base: vertical ? rect[0] : rect[3], size: vertical ? rect[2] - rect[0] : rect[3] - rect[1],
              space: false, stream: 0, op: 0, index: g, extra: 0, renderMode: 0, fontKey: 0,
            });
            word.glyphs.push(g);
            text += ch;
            for (let k = 0; k < ch.length; k++) {
              c2g.push(g);
              c2l.push(lineIndex);
            }
          });
          words.push(word);
          lineWords.push(word);
        });
        const xs = lineWords.map((w) => w.rect);
        lines.push({
          words: lineWords,
          rect: [Math.min(...xs.map((r) => r[0])), Math.min(...xs.map((r) => r[1])), Math.max(...xs.map((r) => r[2])), Math.max(...xs.map((r) => r[3]))],
          rot: lineWords[0]?.rot ?? 0,
          start: lineStart,
          end: text.length,
          block: blockIndex,
        });
      }
      blockIndex++;
    }
    return {
      page: pi + 1, width: rp.width, height: rp.height, text, words, lines, glyphs,
      charToGlyph: Int32Array.from(c2g), charToLine: Int32Array.from(c2l),
    };
  });
}

/** Runs `pdftotext -bbox-layout` on a PDF file and returns its pages as `PageText`. */
export function pdftotextPageTexts(file: string, password?: string): PageText[] {
  const args = ['-bbox-layout', '-enc', 'UTF-8'];
  if (password !== undefined) args.push('-upw', password);
  const out = execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return toPageTexts(parseBboxLayout(out));
}

/**
 * A `PageText` for a plain string, laid out in a fixed-pitch grid (6 pt per character, 12 pt
 * per line; blank lines separate blocks), for detector tests that need no PDF.
 */
export function pageTextFromString(source: string, page = 1): PageText {
  const blocks: RawBlock[] = source.split(/\n{2,}/).map(() => ({ lines: [] }));
  let y = 0;
  source.split(/\n{2,}/).forEach((b, bi) => {
    for (const lineText of b.split('\n')) {
      const words: RawWord[] = [];
      for (const m of lineText.matchAll(/\S+/g)) {
        const x = (m.index ?? 0) * 6;
        words.push({ text: m[0], rect: [x, y, x + m[0].length * 6, y + 10] });
      }
      blocks[bi]!.lines.push({ words });
      y += 12;
    }
    y += 12;
  });
  const [pt] = toPageTexts([{ width: 595, height: Math.max(842, y), blocks }]);
  return { ...pt!, page };
}
