/**
 * OCR language data for the app (issue #12). The core worker fetches `tessdata/nld.traineddata`
 * from the app's own origin; the main process answers from the folder the user chose
 * (Bestand → OCR-taalgegevens kiezen…, kept in <userData>/settings.json), else from the data the
 * package ships (<resources>/tessdata), else from the known places of node/ocr.ts. tesseract.js's
 * worker scripts compile WebAssembly, which their own responses allow ('wasm-unsafe-eval'); the
 * window's policy stays without it.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { findTessdata, OCR_LANGUAGE } from '../../node/ocr';
import { CSP } from './security';

/** The policy of tesseract.js's worker and core scripts: the window's, plus WebAssembly compilation. */
export const OCR_WORKER_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");

interface Settings {
  tessdata?: string;
}

export class OcrSettings {
  constructor(private readonly file: string, private readonly resourcesDir: string | undefined) {}

  async read(): Promise<Settings> {
    try {
      const s = JSON.parse(await fs.readFile(this.file, 'utf8')) as unknown;
      return typeof s === 'object' && s !== null ? (s as Settings) : {};
    } catch {
      return {};
    }
  }

  /** The folder with Dutch language data, or why there is none. */
  async tessdata(): Promise<{ dir: string } | { reason: string }> {
    const s = await this.read();
    const extra = this.resourcesDir ? [path.join(this.resourcesDir, 'tessdata')] : [];
    return findTessdata({ tessdata: typeof s.tessdata === 'string' ? s.tessdata : undefined, extraPlaces: extra });
  }

  /** Remembers a folder the user chose; one sentence back when it has no Dutch data. */
  async choose(dir: string): Promise<{ ok: true } | { ok: false; reason: string }> {
    if (!existsSync(path.join(dir, `${OCR_LANGUAGE}.traineddata`))) {
      return { ok: false, reason: `${dir} has no ${OCR_LANGUAGE}.traineddata (Dutch language data for OCR); choose the folder that holds it.` };
    }
    const s = await this.read();
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    await fs.writeFile(tmp, `${JSON.stringify({ ...s, tessdata: dir }, null, 2)}\n`);
    await fs.rename(tmp, this.file);
    return { ok: true };
  }

  /**
   * The response for `lakstift://app/tessdata/<name>`: the language file, or 404. Its size goes
   * in Content-Length (also for HEAD, which has no body): the worker names the OCR cache by it,
   * so other language data is not answered from results read with the old.
   */
  async respond(name: string, method = 'GET'): Promise<Response> {
    if (name !== `${OCR_LANGUAGE}.traineddata`) return new Response('Not found', { status: 404 });
    const found = await this.tessdata();
    if ('reason' in found) return new Response(found.reason, { status: 404 });
    const file = path.join(found.dir, name);
    const size = await fs.stat(file).then((s) => s.size).catch(() => null);
    if (size === null) return new Response('Not found', { status: 404 });
    const headers = { 'Content-Type': 'application/octet-stream', 'Content-Length': String(size) };
    if (method === 'HEAD') return new Response(null, { headers });
    const body = await fs.readFile(file).catch(() => null);
    return body ? new Response(body, { headers }) : new Response('Not found', { status: 404 });
  }
}
