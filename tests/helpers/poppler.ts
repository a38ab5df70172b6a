/** Test helper: words with boxes from poppler's `pdftotext -bbox-layout`, the independent oracle. */
import { execFileSync } from 'node:child_process';

export interface PopplerWord {
  text: string;
  rect: [number, number, number, number];
}
export interface PopplerPage {
  width: number;
  height: number;
  words: PopplerWord[];
}

const decodeEntities = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&');

export function popplerWords(file: string, password?: string): PopplerPage[] {
  const args = ['-bbox-layout', ...(password !== undefined ? ['-upw', password] : []), file, '-'];
  const html = execFileSync('pdftotext', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages: PopplerPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe = /<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g;
  for (const pm of html.matchAll(pageRe)) {
    const words: PopplerWord[] = [];
    for (const wm of pm[3].matchAll(wordRe)) {
      words.push({ text: decodeEntities(wm[5]), rect: [Number(wm[1]), Number(wm[2]), Number(wm[3]), Number(wm[4])] });
    }
    pages.push({ width: Number(pm[1]), height: Number(pm[2]), words });
  }
  return pages;
}

export function hasTool(name: string): boolean {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
