/** Opening input PDFs from the command line: file errors and core errors become one sentence naming the file. */
import { LakstiftError, withFile } from '../shared/errors';
import { openPdf, type OpenOptions, type PdfFile } from '../shared/pdf';
import { loadPredefinedCMap } from '../node/host';
import { readInput } from './util';

/** Reads and opens a PDF; every failure names the file. */
export async function openInputPdf(file: string, options: OpenOptions = {}): Promise<{ bytes: Uint8Array; pdf: PdfFile }> {
  const bytes = await readInput(file);
  try {
    const pdf = await openPdf(bytes, { loadPredefinedCMap, ...options });
    return { bytes, pdf };
  } catch (e) {
    if (e instanceof LakstiftError) throw withFile(e, file);
    throw e;
  }
}
