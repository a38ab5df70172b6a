/**
 * `lakstift redact <in.pdf> -o <out.pdf> (--accept-all | --decisions <file.json>) [--law wob|woo]
 * [--password pw] [--fill black|grey]` (DESIGN.md "Command line contract").
 */
import type { DecisionsFile, Law } from '../../shared/contract';
import { LakstiftError, withFile } from '../../shared/errors';
import { redactDocument, BOX_STYLES } from '../../shared/redact';
import { parseDecisionsJson } from '../../shared/redact/decisions';
import { writeFileAtomic } from '../../node/files';
import { loadPredefinedCMap, nodeHost, reportFonts } from '../../node/host';
import type { NodeOcrOptions } from '../../node/ocr';
import type { OcrPageRecord } from '../../shared/ocr/types';
import { CliError, OCR_OPTIONS, OCR_USAGE, ocrOptions, ocrProgress, parseCli, parseLaw, readInput, reportUnread, sameFile, type Command } from '../util';

const USAGE = `lakstift redact <in.pdf> -o <out.pdf> (--accept-all | --decisions <file.json>) [--law wob|woo] [--password pw] [--fill black|grey] [--ocr-layer] ${OCR_USAGE}`;

/** Reads decisions from a file, naming the file in every error. */
export async function readDecisionsFile(file: string, pdfFile?: string): Promise<DecisionsFile> {
  const bytes = await readInput(file);
  try {
    return parseDecisionsJson(new TextDecoder().decode(bytes), file, pdfFile);
  } catch (e) {
    if (e instanceof LakstiftError) throw new CliError(e.message);
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
    if (positionals.length !== 1) throw new CliError(`give exactly one input PDF; usage: ${USAGE}`);
    const input = positionals[0];
    const output = values.output;
    if (!output) throw new CliError(`name the output file with -o <out.pdf>; usage: ${USAGE}`);
    if (!!values.decisions === !!values['accept-all']) {
      throw new CliError('give either --decisions <file.json> or --accept-all (exactly one of them).');
    }
    const law = parseLaw(values.law);
    const fill = values.fill ?? 'black';
    if (fill !== 'black' && fill !== 'grey' && fill !== 'gray') throw new CliError(`--fill must be "black" or "grey", not "${fill}".`);
    if (await sameFile(input, output)) throw new CliError(`${output} is the input file; write the redacted PDF to another file.`);

    const bytes = await readInput(input);
    const ocr = ocrOptions(values);
    if (values['ocr-layer'] && ocr.off) throw new CliError('--ocr-layer needs OCR; drop --no-ocr.');
    let decisions: DecisionsFile;
    let ocrPages: Map<number, OcrPageRecord> | undefined;
    if (values.decisions) {
      decisions = await readDecisionsFile(values.decisions, input);
      if (values['ocr-layer']) ocrPages = (await readWithOcr(input, bytes, values.password, ocr)).ocrPages;
    } else {
      ({ decisions, ocrPages } = await acceptAll(input, bytes, law, values.password, ocr));
    }

    const labelFont = reportFonts().regular;
    let result;
    try {
      result = await redactDocument(bytes, decisions, {
        password: values.password, law, labelFont, loadPredefinedCMap,
        style: fill === 'black' ? BOX_STYLES.black : BOX_STYLES.grey,
        ...(ocrPages?.size ? { ocr: { pages: ocrPages, textLayer: Boolean(values['ocr-layer']) } } : {}),
      });
    } catch (e) {
      if (e instanceof LakstiftError) throw withFile(e, input);
      throw e;
    }
    const r = result.report;
    if (r.imagesFailed > 0) {
      throw new CliError(`${input}: ${r.imagesFailed} image(s) under a box could not be blanked, so no output was written; report the file.`, 1);
    }
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

/** Reads the document with OCR where it has no text layer (the engines as `suggest` builds them). */
async function readWithOcr(input: string, bytes: Uint8Array, password: string | undefined, ocr: NodeOcrOptions) {
  // Loaded only here: the detectors' lexicons take seconds to build and plain redaction needs none.
  const { createEngines } = await import('../../shared/engine');
  const engines = createEngines(nodeHost({ password, ocr }));
  const bar = ocrProgress(input);
  const doc = await engines.analyse(bytes, input, { onOcrProgress: (d, t) => bar.update(d, t) });
  bar.end();
  reportUnread(input, doc.unreadPages);
  const ocrPages = doc.ocrPages.length ? await engines.ocrRecords(doc.sha256, doc.pageCount) : undefined;
  return { engines, doc, ocrPages };
}

/** --accept-all: every suggestion of the detectors becomes a decision (what `suggest` would print). */
async function acceptAll(input: string, bytes: Uint8Array, law: Law | undefined, password: string | undefined, ocr: NodeOcrOptions): Promise<{ decisions: DecisionsFile; ocrPages?: Map<number, OcrPageRecord> }> {
  const { engines, doc, ocrPages } = await readWithOcr(input, bytes, password, ocr);
  const [{ suggestions }] = engines.suggest([doc], law ?? 'wob');
  return { decisions: { redactions: suggestions.map((s) => ({ page: s.page, rects: s.rects, grounds: s.grounds, text: s.text })) }, ocrPages };
}
