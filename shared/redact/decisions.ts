/**
 * Reading decisions for redact and verify: DESIGN.md's {"redactions":[…]}, or suggest's own
 * output ({"documents":[{"file":…,"suggestions":[…]}]}), which is accepted as decisions.
 */
import type { DecisionsFile, KeptText, RedactionDecision, SuggestOutput } from '../contract';
import { InvalidInputError } from '../errors';

const baseName = (p: string): string => p.split(/[\\/]/).pop() ?? p;

/**
 * Parses decisions JSON. For suggest output, the document whose file name matches `pdfFile`
 * is used, else the first one. Errors are one sentence naming `source`.
 *
 * @example
 *   parseDecisionsJson('{"redactions":[{"page":1,"rects":[[1,2,3,4]],"grounds":["10.2.e"]}]}', 'd.json');
 */
export function parseDecisionsJson(text: string, source: string, pdfFile?: string): DecisionsFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InvalidInputError({ en: `${source} is not valid JSON (${(e as Error).message}); fix the decisions file.`, nl: `${source} is geen geldige JSON (${(e as Error).message}); herstel het besluitenbestand.` });
  }
  if (json && typeof json === 'object' && Array.isArray((json as DecisionsFile).redactions)) {
    const d = json as DecisionsFile;
    if (d.kept !== undefined) {
      if (!Array.isArray(d.kept) || !d.kept.every((k) => k && Number.isInteger(k.page) && typeof k.text === 'string' && typeof k.reason === 'string')) {
        throw new InvalidInputError({ en: `${source} has a "kept" entry that is not {"page":1,"text":"…","reason":"…"}; fix the decisions file.`, nl: `${source} heeft een "kept"-item dat geen {"page":1,"text":"…","reason":"…"} is; herstel het besluitenbestand.` });
      }
    }
    return d;
  }
  const docs = json && typeof json === 'object' ? (json as SuggestOutput).documents : undefined;
  if (Array.isArray(docs) && docs.length > 0) {
    const base = pdfFile ? baseName(pdfFile) : undefined;
    const doc = docs.find((d) => base !== undefined && typeof d?.file === 'string' && baseName(d.file) === base) ?? docs[0];
    if (!doc || !Array.isArray(doc.suggestions)) {
      throw new InvalidInputError({ en: `${source} has a document without a "suggestions" list; pass suggest's output unchanged.`, nl: `${source} heeft een document zonder "suggestions"-lijst; geef de uitvoer van suggest ongewijzigd door.` });
    }
    const redactions: RedactionDecision[] = doc.suggestions.map((s) => ({
      page: s.page, rects: s.rects, grounds: s.grounds, ...(s.text ? { text: s.text } : {}),
    }));
    // What suggest kept readable on purpose goes along, so verify does not call it a leak.
    const kept: KeptText[] = (Array.isArray(doc.kept) ? doc.kept : [])
      .filter((k) => k && Number.isInteger(k.page) && typeof k.text === 'string' && k.text.trim() !== '')
      .map((k) => ({ page: k.page, text: k.text, reason: typeof k.reason === 'string' ? k.reason : '', ...(Array.isArray(k.rects) ? { rects: k.rects } : {}) }));
    return kept.length ? { redactions, kept } : { redactions };
  }
  throw new InvalidInputError({ en: `${source} has neither a "redactions" list nor suggest's "documents"; give {"redactions":[{"page":1,"rects":[[x0,y0,x1,y1]],"grounds":["10.2.e"]}]}.`, nl: `${source} heeft geen "redactions"-lijst en geen "documents" van suggest; geef {"redactions":[{"page":1,"rects":[[x0,y0,x1,y1]],"grounds":["10.2.e"]}]}.` });
}
