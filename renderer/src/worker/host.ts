/**
 * The browser host of the core engines (shared/engine.ts), for the worker: pdf.js's normal
 * build as the independent verifier, pdf.js's predefined CMaps and standard fonts as the
 * renderer build copies them (../pdfjs/), the report fonts, and OCR (./ocr.ts: tesseract.js
 * and the language data), all from the app's own origin.
 */
import * as pdfjs from 'pdfjs-dist';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import type { EngineHost } from '../../../shared/engine';
import { browserOcrHost } from './ocr';
import type { PdfjsLike } from '../../../shared/verify';
import regularUrl from '../../../assets/fonts/DejaVuSans.ttf?url';
import boldUrl from '../../../assets/fonts/DejaVuSans-Bold.ttf?url';

// pdf.js runs in this (already off-UI) thread: with its worker module on globalThis it uses
// an in-thread "fake worker" instead of starting a nested one.
(globalThis as unknown as { pdfjsWorker: unknown }).pdfjsWorker = pdfjsWorker;

const cMapBase = () => new URL('../pdfjs/cmaps/', self.location.href).href;

/**
 * A predefined CMap by name. The core reads fonts synchronously while it interprets a page,
 * and a dedicated worker may make a synchronous request (not the UI thread), so the CMap is
 * fetched when a font first names it, from the app's own origin, and kept.
 */
const cmaps = new Map<string, Uint8Array | null>();
function loadCMap(name: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_.+-]+$/.test(name) || name.includes('..')) return null;
  if (cmaps.has(name)) return cmaps.get(name) ?? null;
  let data: Uint8Array | null = null;
  try {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', `${cMapBase()}${name}.bcmap`, false);
    xhr.responseType = 'arraybuffer';
    xhr.send();
    if (xhr.status === 200 && xhr.response instanceof ArrayBuffer) data = new Uint8Array(xhr.response);
  } catch {
    data = null;
  }
  cmaps.set(name, data);
  return data;
}

let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;
function loadFonts() {
  const get = async (u: string) => new Uint8Array(await (await fetch(new URL(u, self.location.href))).arrayBuffer());
  fonts ??= Promise.all([get(regularUrl), get(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}

/** The host for the worker. */
export function browserHost(): EngineHost {
  return {
    pdfjs: async () => pdfjs as unknown as PdfjsLike,
    pdfjsData: { cMapUrl: cMapBase(), standardFontDataUrl: new URL('../pdfjs/standard_fonts/', self.location.href).href },
    loadCMap,
    fonts: loadFonts,
    ocr: browserOcrHost(),
  };
}
