/**
 * Running OCR on the pages of one document (issue #12, items 1 and 5): page by page, as many
 * at once as the host's engine has workers, with progress, and with every page's result cached
 * under the document's SHA-256 so that a dossier is never read twice. A page the engine could
 * not read, or every page when there is no engine (no language data), is reported as unread
 * with one sentence saying why; nothing is guessed.
 */
import { cropImage, removeSpeckle, rotateImage, turnImage } from './raster';
import { estimateSkew, isNoiseWord, lineTurn, readingQuality, toPageRecord } from './record';
import type { OcrNeed } from './need';
import {
  OCR_RECORD_FORMAT, type GrayImage, type OcrEngine, type OcrHost, type OcrImageLine, type OcrImageResult, type OcrImageWord,
  type OcrPageRecord, type OcrPageScan, type PageRenderer, type QuarterTurn,
} from './types';

/** A page without a usable text layer that could not be read, and why. */
export interface UnreadPage {
  /** 1-based page. */
  page: number;
  reason: string;
}

export interface OcrRunOptions {
  bytes: Uint8Array;
  /** SHA-256 of `bytes` (the cache key). */
  sha256: string;
  password?: string;
  needs: readonly OcrNeed[];
  /** Display size of a page (points), from the text model. */
  pageSize(page: number): { width: number; height: number };
  /** Pages finished so far (cached pages count at once), and the page just finished. */
  onProgress?(done: number, total: number, page: number): void;
}

export interface OcrRunResult {
  /** Records of the pages read (from the cache or just now), by 1-based page. */
  records: Map<number, OcrPageRecord>;
  unread: UnreadPage[];
  /** The engine's id, when there was one. */
  engine?: string;
  /** Pages taken from the cache. */
  cached: number;
}

/** The cache key of one page of one document. */
export function ocrCacheKey(sha256: string, page: number): string {
  return `${sha256}-p${page}`;
}

/** Below this reading quality the other orientations are tried. */
const UPRIGHT_QUALITY = 0.5;

/**
 * Runs OCR on the pages that need it.
 *
 * @example
 *   const run = await runOcr(host.ocr, engineStatus, { bytes, sha256, needs, pageSize });
 *   run.records.get(1)?.lines[0].words[0].text; // "Geachte"
 */
export async function runOcr(host: OcrHost | undefined, engine: Awaited<ReturnType<OcrHost['engine']>> | undefined, o: OcrRunOptions): Promise<OcrRunResult> {
  const result: OcrRunResult = { records: new Map(), unread: [], cached: 0 };
  const total = o.needs.length;
  if (total === 0) return result;
  if (!host || !engine) {
    for (const n of o.needs) result.unread.push({ page: n.page, reason: 'this program has no OCR, so the page was not read' });
    return result;
  }
  if (!engine.ok) {
    for (const n of o.needs) result.unread.push({ page: n.page, reason: engine.reason });
    return result;
  }
  const eng = engine.engine;
  result.engine = eng.id;
  let done = 0;
  const todo: OcrNeed[] = [];
  for (const n of o.needs) {
    const hit = host.cache ? await host.cache.get(ocrCacheKey(o.sha256, n.page)).catch(() => undefined) : undefined;
    if (hit && hit.format === OCR_RECORD_FORMAT && hit.engine === eng.id && hit.dpi === n.dpi && hit.result) {
      result.records.set(n.page, toPageRecord(hit));
      result.cached++;
      o.onProgress?.(++done, total, n.page);
    } else {
      todo.push(n);
    }
  }
  if (todo.length === 0) return result;

  let renderer: PageRenderer;
  try {
    renderer = await host.openRenderer(o.bytes, o.password);
  } catch (e) {
    const why = `the page could not be rendered for OCR (${oneLine(e)})`;
    for (const n of todo) result.unread.push({ page: n.page, reason: why });
    return result;
  }
  try {
    let next = 0;
    const worker = async () => {
      while (next < todo.length) {
        const n = todo[next++];
        try {
          const scan = await readPage(renderer, eng, n, o.pageSize(n.page));
          result.records.set(n.page, toPageRecord(scan));
          await host.cache?.put(ocrCacheKey(o.sha256, n.page), scan).catch(() => undefined);
        } catch (e) {
          result.unread.push({ page: n.page, reason: `OCR failed on the page (${oneLine(e)})` });
        }
        o.onProgress?.(++done, total, n.page);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(eng.concurrency, todo.length)) }, worker));
  } finally {
    await renderer.close().catch(() => undefined);
  }
  result.unread.sort((a, b) => a.page - b.page);
  return result;
}

function oneLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0].replace(/\.$/, '');
}

/** Skew below which a page is read as it is (half a degree). */
const MIN_SKEW = (0.5 * Math.PI) / 180;

/**
 * Renders, cleans and reads one page: turned upright when it does not read as it is,
 * straightened when its lines run askew, and with unsure words read again on their own.
 */
async function readPage(renderer: PageRenderer, engine: OcrEngine, need: OcrNeed, size: { width: number; height: number }): Promise<OcrPageScan> {
  const raw = await renderer.render(need.page - 1, need.dpi);
  const image = removeSpeckle(raw, need.dpi).image;
  const upright = await readUpright(engine, image, need.dpi);
  let read = turnImage(image, upright.turn);
  let result = upright.result;
  let skew = estimateSkew(result);
  if (Math.abs(skew) >= MIN_SKEW) {
    const straight = rotateImage(read, -skew);
    const again = await engine.recognize(straight, need.dpi);
    // Compared by the characters read surely: a skewed reading may skip whole lines and still
    // read the rest surely, so the share alone would prefer it.
    const good = (r: OcrImageResult) => {
      const q = readingQuality(r);
      return q.quality * q.chars;
    };
    if (good(again) >= 0.98 * good(result)) {
      read = straight;
      result = again;
    } else {
      skew = 0;
    }
  } else {
    skew = 0;
  }
  result = await rereadWeak(engine, read, result, need.dpi);
  return {
    format: OCR_RECORD_FORMAT, page: need.page, engine: engine.id, dpi: need.dpi, turn: upright.turn,
    ...(skew ? { skew } : {}),
    imageWidth: image.width, imageHeight: image.height, width: size.width, height: size.height, result,
  };
}

const alnum = (s: string) => [...s].filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
const isWeak = (w: OcrImageWord) => alnum(w.text) >= 2 && w.confidence < 60;
const meanConf = (ws: readonly OcrImageWord[]) => (ws.length ? ws.reduce((t, w) => t + w.confidence * w.text.length, 0) / ws.reduce((t, w) => t + w.text.length, 0) : 0);

/**
 * Reads unsure words again on their own. Automatic layout analysis sometimes joins a narrow side
 * column to the lines of the main text, and then reads the smaller print there badly ("T
 * 070-7514249" as "Tbr"); a strip around such a word, up to its neighbours, read as one line of
 * text, usually reads well. The new reading replaces the old one where it is more confident.
 */
async function rereadWeak(engine: OcrEngine, image: GrayImage, result: OcrImageResult, dpi: number): Promise<OcrImageResult> {
  const lines: OcrImageLine[] = result.lines.map((l) => ({ ...l, words: [...l.words] }));
  const added: OcrImageLine[] = [];
  for (const line of lines) {
    if (lineTurn(line) !== 0) continue;
    const words = [...line.words].sort((a, b) => a.bbox.x0 - b.bbox.x0);
    for (let i = 0; i < words.length; i++) {
      if (!isWeak(words[i])) continue;
      // A run of unsure words, read together.
      let j = i;
      while (j + 1 < words.length && isWeak(words[j + 1])) j++;
      const run = words.slice(i, j + 1);
      const h = Math.max(8, Math.max(...run.map((w) => w.bbox.y1 - w.bbox.y0)));
      const prev = words[i - 1], next = words[j + 1];
      const x0 = prev ? (prev.bbox.x1 + run[0].bbox.x0) / 2 : Math.max(0, run[0].bbox.x0 - 2 * h);
      const x1 = next ? (run[run.length - 1].bbox.x1 + next.bbox.x0) / 2 : Math.min(image.width, run[run.length - 1].bbox.x1 + 30 * h);
      const y0 = Math.max(0, Math.min(...run.map((w) => w.bbox.y0)) - 0.3 * h);
      const y1 = Math.min(image.height, Math.max(...run.map((w) => w.bbox.y1)) + 0.3 * h);
      i = j;
      if (x1 - x0 < 4 || y1 - y0 < 4) continue;
      const strip = cropImage(image, x0, y0, x1, y1);
      let again: OcrImageResult;
      try {
        again = await engine.recognize(strip, dpi, 'line');
      } catch {
        continue;
      }
      const ox = Math.max(0, Math.floor(x0)), oy = Math.max(0, Math.floor(y0));
      const shift = (b: { x0: number; y0: number; x1: number; y1: number }) => ({ x0: b.x0 + ox, y0: b.y0 + oy, x1: b.x1 + ox, y1: b.y1 + oy });
      const newWords = again.lines.flatMap((l) => l.words).filter((w) => !isNoiseWord(w));
      if (newWords.length === 0 || meanConf(newWords) < meanConf(run) + 10) continue;
      const gone = new Set(run);
      line.words = line.words.filter((w) => !gone.has(w));
      for (const l of again.lines) {
        const ws = l.words.filter((w) => !isNoiseWord(w));
        if (!ws.length) continue;
        added.push({
          bbox: shift(l.bbox),
          ...(l.baseline ? { baseline: shift(l.baseline) } : {}),
          words: ws.map((w) => ({ ...w, bbox: shift(w.bbox), ...(w.symbols ? { symbols: w.symbols.map((sy) => ({ ...sy, bbox: shift(sy.bbox) })) } : {}) })),
        });
      }
    }
  }
  if (added.length === 0) return result;
  return { lines: [...lines.filter((l) => l.words.length > 0), ...added] };
}

/**
 * Reads an image as it is; when that reads badly (text turned sideways or upside down reads as
 * noise), a middle part of the page is read in the three other orientations and the page is
 * read again in the one that reads clearly better. Upright pages cost one reading.
 */
export async function readUpright(engine: OcrEngine, image: GrayImage, dpi: number): Promise<{ turn: QuarterTurn; result: OcrImageResult }> {
  const first = await engine.recognize(image, dpi);
  const q0 = readingQuality(first);
  if (q0.quality >= UPRIGHT_QUALITY) return { turn: 0, result: first };
  // The probe: where the first reading found ink (even read as nonsense), at most its middle part.
  const boxes = first.lines.map((l) => l.bbox);
  if (boxes.length === 0) return { turn: 0, result: first };
  let x0 = Math.min(...boxes.map((b) => b.x0)), y0 = Math.min(...boxes.map((b) => b.y0));
  let x1 = Math.max(...boxes.map((b) => b.x1)), y1 = Math.max(...boxes.map((b) => b.y1));
  if ((x1 - x0) * (y1 - y0) > 0.4 * image.width * image.height) {
    const mx = (x1 - x0) * 0.15, my = (y1 - y0) * 0.15;
    x0 += mx; x1 -= mx; y0 += my; y1 -= my;
  }
  const pad = 10;
  const probe = cropImage(image, x0 - pad, y0 - pad, x1 + pad, y1 + pad);
  // The engine reads lines running up or down the image by itself, so a page upside down may
  // also read well turned a quarter; of readings about as good, the one with level lines wins.
  let best: { turn: QuarterTurn; score: number } = { turn: 0, score: q0.quality };
  for (const turn of [90, 270, 180] as const) {
    const r = await engine.recognize(turnImage(probe, turn), dpi);
    const q = readingQuality(r);
    const level = r.lines.length ? r.lines.filter((l) => lineTurn(l) === 0).length / r.lines.length : 0;
    const score = q.quality + 0.1 * level;
    if (q.chars >= 20 && score > best.score + 0.2) best = { turn, score };
    else if (q.chars >= 20 && best.turn !== 0 && score > best.score) best = { turn, score };
  }
  if (best.turn === 0) return { turn: 0, result: first };
  return { turn: best.turn, result: await engine.recognize(turnImage(image, best.turn), dpi) };
}
