/**
 * `lakstift redact <in.pdf> -o <out.pdf> (--accept-all | --decisions <file.json>) [--law wob|woo]
 * [--password pw] [--fill black|grey]` (DESIGN.md "Command line contract").
 */
import type { DecisionsFile, Law } from '../../shared/contract';
import { LakstiftError, withFile } from '../../shared/errors';
import { redactDocument, BOX_STYLES } from '../../shared/redact';
import type { EngineHost } from '../../shared/engine';
import { readBackRedacted, type PageBoxes } from '../../shared/redact/readBack';
import { isolatedRedactor, type IsolatedPage, type PageOutcome } from '../../shared/redact/isolated';
import type { JobRunner } from '../../shared/jobs';
import { parseDecisionsJson } from '../../shared/redact/decisions';
import { writeFileAtomic } from '../../node/files';
import { loadPredefinedCMap, reportFonts } from '../../node/host';
import type { OcrPageRecord } from '../../shared/ocr/types';
import { CliError, commandHost, OCR_OPTIONS, OCR_USAGE, ocrOptions, ocrProgress, parseCli, parseLaw, readInput, reportUnread, sameFile, type Command } from '../util';

const USAGE = `lakstift redact <in.pdf> -o <out.pdf> (--accept-all | --decisions <file.json>) [--law wob|woo] [--password pw] [--fill black|grey] [--ocr-layer] ${OCR_USAGE}`;

/** Reads decisions from a file, naming the file in every error. */
export async function readDecisionsFile(file: string, pdfFile?: string): Promise<DecisionsFile> {
  const bytes = await readInput(file);
  try {
    return parseDecisionsJson(new TextDecoder().decode(bytes), file, pdfFile);
  } catch (e) {
    if (e instanceof LakstiftError) throw new CliError({ en: e.message, nl: e.nl }, 1, e.code);
    throw e;
  }
}

export const redactCommand: Command = {
  name: 'redact',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseCli(args, {
      output: { type: 'string', short: 'o' },
      decisions: { type: 'string' },
      'accept-all': { type: 'boolean' },
      law: { type: 'string' },
      password: { type: 'string' },
      fill: { type: 'string' },
      'ocr-layer': { type: 'boolean' },
      ...OCR_OPTIONS,
    });
    if (positionals.length !== 1) throw new CliError({ en: `give exactly one input PDF; usage: ${USAGE}`, nl: `geef precies één PDF als invoer; gebruik: ${USAGE}` });
    const input = positionals[0];
    const output = values.output;
    if (!output) throw new CliError({ en: `name the output file with -o <out.pdf>; usage: ${USAGE}`, nl: `noem het uitvoerbestand met -o <uit.pdf>; gebruik: ${USAGE}` });
    if (!!values.decisions === !!values['accept-all']) {
      throw new CliError({ en: 'give either --decisions <file.json> or --accept-all (exactly one of them).', nl: 'geef --decisions <bestand.json> of --accept-all (precies één van beide).' });
    }
    const law = parseLaw(values.law);
    const fill = values.fill ?? 'black';
    if (fill !== 'black' && fill !== 'grey' && fill !== 'gray') throw new CliError({ en: `--fill must be "black" or "grey", not "${fill}".`, nl: `--fill moet "black" of "grey" zijn, niet "${fill}".` });
    if (await sameFile(input, output)) throw new CliError({ en: `${output} is the input file; write the redacted PDF to another file.`, nl: `${output} is het invoerbestand; schrijf de gelakte PDF naar een ander bestand.` }, 2, 'output-is-input');
    if (values.decisions && (await sameFile(values.decisions, output))) {
      throw new CliError({ en: `${output} is the decisions file; write the redacted PDF to another file.`, nl: `${output} is het besluitenbestand; schrijf de gelakte PDF naar een ander bestand.` }, 2, 'output-is-input');
    }

    const bytes = await readInput(input);
    const ocr = ocrOptions(values);
    const host = commandHost(values, values.password);
    if (values['ocr-layer'] && ocr.off) throw new CliError({ en: '--ocr-layer needs OCR; drop --no-ocr.', nl: '--ocr-layer heeft OCR nodig; laat --no-ocr weg.' });
    let decisions: DecisionsFile;
    let ocrPages: Map<number, OcrPageRecord> | undefined;
    if (values.decisions) {
      decisions = await readDecisionsFile(values.decisions, input);
      if (values['ocr-layer']) ocrPages = (await readWithOcr(input, bytes, host)).ocrPages;
    } else {
      ({ decisions, ocrPages } = await acceptAll(input, bytes, law, host));
    }

    const labelFont = reportFonts().regular;
    let result;
    try {
      result = await redactDocument(bytes, decisions, {
        password: values.password, law, labelFont, loadPredefinedCMap,
        style: fill === 'black' ? BOX_STYLES.black : BOX_STYLES.grey,
        spread: spreadPages(bytes, input, values.password, host.jobs),
        ...(ocrPages?.size ? { ocr: { pages: ocrPages, textLayer: Boolean(values['ocr-layer']) } } : {}),
      });
    } catch (e) {
      if (e instanceof LakstiftError) throw withFile(e, input);
      throw e;
    }
    const r = result.report;
    if (r.imagesFailed > 0) {
      throw new CliError({ en: `${input}: ${r.imagesFailed} image(s) under a box could not be blanked, so no output was written; report the file.`, nl: `${input}: ${r.imagesFailed} afbeelding(en) onder een kader kon(den) niet worden weggelakt, dus er is niets geschreven; meld het bestand.` }, 1, 'unsupported');
    }
    await readBack(result.bytes, r.pageCount, output, r.changedPages, boxesOf(decisions), host.jobs);
    await writeFileAtomic(output, result.bytes);
    const parts = [`${r.boxes} box${r.boxes === 1 ? '' : 'es'}`];
    if (r.wholePages.length) parts.push(`whole page${r.wholePages.length === 1 ? '' : 's'} ${r.wholePages.join(', ')}`);
    parts.push(`${r.glyphsRemoved} glyphs removed`);
    if (r.imagesBlanked) parts.push(`${r.imagesBlanked} image(s) blanked`);
    if (r.ocrLayerPages?.length) parts.push(`OCR text layer on page${r.ocrLayerPages.length === 1 ? '' : 's'} ${r.ocrLayerPages.join(', ')}`);
    if (r.sanitized.length) parts.push(`removed: ${r.sanitized.join(', ')}`);
    process.stdout.write(`${output}: ${parts.join('; ')}\n`);
    if (r.decrypted) process.stdout.write(`${output}: note: the input was encrypted; the redacted file is written without encryption.\n`);
    return 0;
  },
};

/**
 * The redacted file is read back before it gets its name (shared/redact/readBack.ts: it must
 * open, have every page, every page redaction changed must interpret, and no glyph it draws may
 * lie under one of the decisions' boxes). A file that fails is never written (`lakstift verify`
 * is the independent check of what it contains, through another parser).
 */
async function readBack(bytes: Uint8Array, pageCount: number, output: string, changedPages: number[], boxes: PageBoxes[], runner: JobRunner | undefined): Promise<void> {
  const fail = (why: string, whyNl: string) => new CliError({
    en: `the redacted file for ${output} failed its read-back (${why}), so nothing was written; report the input file.`,
    nl: `het gelakte bestand voor ${output} kwam niet door de controle na het schrijven (${whyNl}), dus er is niets geschreven; meld het invoerbestand.`,
  }, 1, 'internal');
  // With --jobs N the pages are cut into N ranges with as many changed pages each, one read here
  // and the others on the workers (each opens the written file lazily: it parses what its pages use).
  const parts = readBackRanges(pageCount, changedPages, runner && runner.size > 1 ? runner.size : 1);
  const file = parts.length > 1 ? runner!.fileRef(bytes, output) : undefined;
  const results = await Promise.all(parts.map(([first, last], k) => (k === 0 || !file
    ? readBackRedacted(bytes, { changedPages, loadPredefinedCMap, pages: [first, last], boxes })
    : runner!.run({ kind: 'read-back', file, changedPages, first, last, boxes: boxes.filter((b) => b.page >= first && b.page <= last) }))));
  const r = results.find((x) => x.failure !== undefined) ?? results[0]!;
  if (r.failure !== undefined) throw fail(r.failure, r.failureNl ?? r.failure);
  if (r.pageCount !== pageCount) throw fail(`${r.pageCount} pages instead of ${pageCount}`, `${r.pageCount} pagina’s in plaats van ${pageCount}`);
}

/** The decisions' boxes by page, for the read-back to hold the written glyphs against. */
function boxesOf(decisions: DecisionsFile): PageBoxes[] {
  return decisions.redactions.map((d) => ({ page: d.page, rects: d.wholePage ? [] : d.rects ?? [], ...(d.wholePage ? { whole: true } : {}) }));
}

/**
 * Glyph removal page by page on private openings of the file (shared/redact/isolated.ts): in
 * this thread, and with --jobs N on N-1 workers beside it, chunk by chunk from one queue. The
 * outcomes come back in page order, so the written file is the same with any N.
 */
export function spreadPages(bytes: Uint8Array, name: string, password: string | undefined, runner: JobRunner | undefined): (pages: IsolatedPage[]) => Promise<PageOutcome[]> {
  return async (pages) => {
    const lanes = runner && runner.size > 1 ? runner.size : 1;
    // Chunks small enough that the lanes finish together, large enough that a message carries many pages.
    const size = lanes > 1 ? Math.max(8, Math.ceil(pages.length / (lanes * 4))) : Math.max(1, pages.length);
    const chunks: IsolatedPage[][] = [];
    for (let k = 0; k < pages.length; k += size) chunks.push(pages.slice(k, k + size));
    const results: PageOutcome[][] = new Array(chunks.length);
    let next = 0;
    const here = async () => {
      let run: ((p: IsolatedPage[]) => PageOutcome[]) | undefined;
      while (next < chunks.length) {
        const k = next++;
        run ??= await isolatedRedactor(bytes, { password, loadPredefinedCMap });
        results[k] = run(chunks[k]!);
        // Lets the workers' replies in, and gives them their next chunk.
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const worker = async () => {
      const file = runner!.fileRef(bytes, name, password);
      while (next < chunks.length) {
        const k = next++;
        results[k] = (await runner!.run({ kind: 'redact-pages', file, pages: chunks[k]! })).outcomes;
      }
    };
    await Promise.all([here(), ...Array.from({ length: lanes - 1 }, worker)]);
    return results.flat();
  };
}

/**
 * Pages 1..pageCount cut into at most `lanes` ranges holding about as many changed pages each
 * (the pages that cost a read-back its time).
 *
 * @example
 *   readBackRanges(10, [1, 2, 3, 9], 2); // [[1, 2], [3, 10]]
 */
export function readBackRanges(pageCount: number, changedPages: readonly number[], lanes: number): [number, number][] {
  const changed = [...changedPages].sort((a, b) => a - b);
  const n = Math.min(lanes, changed.length);
  if (n <= 1) return [[1, pageCount]];
  const out: [number, number][] = [];
  let first = 1;
  for (let k = 1; k < n; k++) {
    const last = changed[Math.round((k * changed.length) / n)]! - 1;
    if (last < first) continue;
    out.push([first, last]);
    first = last + 1;
  }
  out.push([first, pageCount]);
  return out;
}

/** Reads the document with OCR where it has no text layer (the engines as `suggest` builds them). */
async function readWithOcr(input: string, bytes: Uint8Array, host: EngineHost) {
  // Loaded only here: the detectors' lexicons take seconds to build and plain redaction needs none.
  const { createEngines } = await import('../../shared/engine');
  const engines = createEngines(host);
  const bar = ocrProgress(input);
  const doc = await engines.analyse(bytes, input, { onOcrProgress: (d, t) => bar.update(d, t) });
  bar.end();
  reportUnread(input, doc.unreadPages);
  const ocrPages = doc.ocrPages.length ? await engines.ocrRecords(doc.sha256, doc.pageCount) : undefined;
  return { engines, doc, ocrPages };
}

/** --accept-all: every suggestion of the detectors becomes a decision (what `suggest` would print). */
async function acceptAll(input: string, bytes: Uint8Array, law: Law | undefined, host: EngineHost): Promise<{ decisions: DecisionsFile; ocrPages?: Map<number, OcrPageRecord> }> {
  const { engines, doc, ocrPages } = await readWithOcr(input, bytes, host);
  const [{ suggestions }] = engines.suggest([doc], law ?? 'wob');
  return { decisions: { redactions: suggestions.map((s) => ({ page: s.page, rects: s.rects, grounds: s.grounds, text: s.text })) }, ocrPages };
}
