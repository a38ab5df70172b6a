import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OcrSettings } from '../../electron/main/ocr';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lakstift-ocrset-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('OCR language data in the app', () => {
  it('serves the folder the user chose, with its size for HEAD and GET, and refuses a folder without Dutch data', async () => {
    const chosen = path.join(dir, 'mijn-tessdata');
    await fs.mkdir(chosen);
    const settings = new OcrSettings(path.join(dir, 'user', 'settings.json'), undefined);
    const refused = await settings.choose(chosen);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toMatch(/has no nld\.traineddata/);

    await fs.writeFile(path.join(chosen, 'nld.traineddata'), Buffer.alloc(1234, 7));
    expect(await settings.choose(chosen)).toEqual({ ok: true });
    // A new instance reads the remembered choice from the settings file.
    const again = new OcrSettings(path.join(dir, 'user', 'settings.json'), undefined);
    expect(await again.tessdata()).toEqual({ dir: chosen });

    const head = await again.respond('nld.traineddata', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('1234');
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    const get = await again.respond('nld.traineddata');
    expect(get.headers.get('content-length')).toBe('1234');
    expect((await get.arrayBuffer()).byteLength).toBe(1234);
    expect((await again.respond('eng.traineddata')).status).toBe(404);
  });
});
