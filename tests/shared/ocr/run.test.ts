/** The OCR run with a stand-in engine and renderer: unread pages, failures, workers, progress, cache. */
import { describe, expect, it } from 'vitest';
import { ocrCacheKey, runOcr } from '../../../shared/ocr/run';
import type { OcrEngine, OcrEngineStatus, OcrHost, OcrImageResult, OcrPageScan } from '../../../shared/ocr/types';

const WORDS: OcrImageResult = {
  lines: [{ bbox: { x0: 10, y0: 10, x1: 200, y1: 24 }, baseline: { x0: 10, y0: 22, x1: 200, y1: 22 }, words: [
    { text: 'Geachte', confidence: 95, bbox: { x0: 10, y0: 10, x1: 80, y1: 22 } },
    { text: 'mevrouw', confidence: 95, bbox: { x0: 90, y0: 13, x1: 170, y1: 22 } },
  ] }],
};

function host(opts: { engine?: OcrEngineStatus; failOn?: number; cache?: Map<string, OcrPageScan> } = {}) {
  const stats = { renders: 0, inFlight: 0, maxInFlight: 0, recognitions: 0 };
  const engine: OcrEngine = {
    id: 'stand-in 1', concurrency: 2,
    async recognize() {
      stats.recognitions++;
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      await new Promise((r) => setTimeout(r, 5));
      stats.inFlight--;
      return WORDS;
    },
  };
  const h: OcrHost = {
    engine: async () => opts.engine ?? { ok: true, engine },
    async openRenderer() {
      return {
        async render(index) {
          stats.renders++;
          if (index + 1 === opts.failOn) throw new Error('broken image stream');
          return { width: 300, height: 400, data: new Uint8Array(300 * 400).fill(255) };
        },
        close: async () => undefined,
      };
    },
    ...(opts.cache ? { cache: { get: async (k: string) => opts.cache!.get(k), put: async (k: string, v: OcrPageScan) => void opts.cache!.set(k, v) } } : {}),
  };
  return { h, stats, engine };
}

const needs = (n: number) => Array.from({ length: n }, (_, i) => ({ page: i + 1, reason: 'no-text' as const, dpi: 72 }));
const base = { bytes: new Uint8Array(), sha256: 'ab'.repeat(32), pageSize: () => ({ width: 300, height: 400 }) };

describe('runOcr', () => {
  it('leaves every page unread, with the host\'s reason, when there is no engine', async () => {
    const { h, stats } = host({ engine: { ok: false, reason: 'no Dutch language data for OCR was found' } });
    const r = await runOcr(h, await h.engine(), { ...base, needs: needs(2) });
    expect(r.unread).toEqual([{ page: 1, reason: 'no Dutch language data for OCR was found' }, { page: 2, reason: 'no Dutch language data for OCR was found' }]);
    expect(stats.renders).toBe(0);
  });

  it('reads pages on as many workers as the engine has, reports each page, and names a page that failed', async () => {
    const { h, stats } = host({ failOn: 3 });
    const progress: number[] = [];
    const r = await runOcr(h, await h.engine(), { ...base, needs: needs(5), onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(stats.maxInFlight).toBe(2);
    expect([...r.records.keys()].sort()).toEqual([1, 2, 4, 5]);
    expect(r.unread).toEqual([{ page: 3, reason: 'OCR failed on the page (broken image stream)' }]);
    expect(r.records.get(1)!.lines[0].words.map((w) => w.text)).toEqual(['Geachte', 'mevrouw']);
  });

  it('takes pages from the cache by document hash and reads only the others', async () => {
    const cache = new Map<string, OcrPageScan>();
    const first = host({ cache });
    await runOcr(first.h, await first.h.engine(), { ...base, needs: needs(2) });
    expect(cache.has(ocrCacheKey(base.sha256, 2))).toBe(true);
    cache.delete(ocrCacheKey(base.sha256, 2));
    const second = host({ cache });
    const r = await runOcr(second.h, await second.h.engine(), { ...base, needs: needs(2) });
    expect(r.cached).toBe(1);
    expect(second.stats.renders).toBe(1);
    expect(r.records.size).toBe(2);
  });
});
