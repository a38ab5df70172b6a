import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DossierStore } from '../../electron/main/dossierStore';
import { writeFileAtomic } from '../../node/files';
import { readAuditLog } from '../../node/dossierStore';
import type { DossierEnvelope } from '../../shared/ipc/contract';
import { acceptRedactions } from '../../shared/dossier/actions';
import { later, sampleDossier } from '../shared/dossier/fixtures';
import { expandPdfPaths, FileGrant, readPdfFiles } from '../../electron/main/files';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lakstift-store-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A valid dossier (the app's saves are validated like the command line's) with the given title. */
const dossier = (title: string, id = 'dos-1') => ({ ...sampleDossier(), id, title }) as unknown as DossierEnvelope;

describe('dossier saving', () => {
  it('saves atomically, leaves no temporary files, and reopens what it saved', async () => {
    const store = new DossierStore(path.join(dir, 'user'));
    const r = await store.save(dossier('Verzoek 17'), path.join(dir, 'verzoek'));
    expect(r.ok && r.value.path).toBe(path.join(dir, 'verzoek.lakstift.json'));
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const again = await new DossierStore(path.join(dir, 'user')).open(path.join(dir, 'verzoek.lakstift.json'));
    expect(again.ok && again.value.dossier.title).toBe('Verzoek 17');
  });

  it('says when it opens a dossier whether its audit log is intact, as it is on disk', async () => {
    const store = new DossierStore(path.join(dir, 'user'));
    const file = path.join(dir, 'v.lakstift.json');
    await store.save(dossier('Verzoek'), file);
    const intact = await store.open(file);
    expect(intact.ok && intact.value.audit).toMatchObject({ status: 'intact' });
    const raw = JSON.parse(await fs.readFile(file, 'utf8'));
    raw.audit[1].at = '2020-01-01T00:00:00Z';
    await fs.writeFile(file, JSON.stringify(raw));
    const broken = await store.open(file);
    expect(broken.ok && broken.value.audit).toMatchObject({ status: 'broken', entry: 2, problem: 'changed' });
    expect(broken.ok && broken.value.audit?.message).toMatch(/broken at entry 2 of \d+ \(add-document by a\.officer at 2020-01-01T00:00:00Z\): its content does not match its hash/);
  });

  it('leaves no temporary file and no half file when the final rename fails', async () => {
    const file = path.join(dir, 'd.json');
    await writeFileAtomic(file, 'old');
    // A non-empty directory in the way makes rename fail after the data was written.
    await fs.mkdir(path.join(dir, 'blocked', 'x'), { recursive: true });
    await expect(writeFileAtomic(path.join(dir, 'blocked'), 'new')).rejects.toThrow();
    expect((await fs.readdir(dir)).sort()).toEqual(['blocked', 'd.json']);
    expect(await fs.readFile(file, 'utf8')).toBe('old');
  });

  it('auto-saves to the dossier file once it has one, before that to a slot in user data', async () => {
    const store = new DossierStore(path.join(dir, 'user'));
    const first = await store.autoSave(dossier('Nieuw'));
    expect(first.ok && first.value.path.startsWith(path.join(dir, 'user', 'autosave'))).toBe(true);
    await store.save(dossier('Nieuw'), path.join(dir, 'n.lakstift.json'));
    const second = await store.autoSave({ ...dossier('Nieuw'), title: 'Gewijzigd' });
    expect(second.ok && second.value.path).toBe(path.join(dir, 'n.lakstift.json'));
    expect(JSON.parse(await fs.readFile(path.join(dir, 'n.lakstift.json'), 'utf8')).title).toBe('Gewijzigd');
  });

  it('keeps a recent list, newest first, without duplicates', async () => {
    let t = 0;
    const store = new DossierStore(path.join(dir, 'user'), () => new Date(Date.UTC(2024, 0, 1, 0, 0, t++)));
    await store.save(dossier('A'), path.join(dir, 'a.lakstift.json'));
    await store.save(dossier('B'), path.join(dir, 'b.lakstift.json'));
    await store.open(path.join(dir, 'a.lakstift.json'));
    expect((await store.recent()).map((r) => r.title)).toEqual(['A', 'B']);
  });

  it('refuses a file that is not a dossier with a sentence that names it', async () => {
    await fs.writeFile(path.join(dir, 'x.json'), '{"hello":1}');
    const r = await new DossierStore(dir).open(path.join(dir, 'x.json'));
    expect(r).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(r.ok ? '' : r.message).toMatch(/x\.json is not a usable Lakstift dossier/);
  });

  it('validates a save exactly like the command line: an invalid dossier is refused and nothing is written', async () => {
    const store = new DossierStore(path.join(dir, 'user'));
    const bad = { ...dossier('Kapot'), redactions: [{ id: 'r1' }] } as DossierEnvelope;
    const r = await store.save(bad, path.join(dir, 'kapot.lakstift.json'));
    expect(r).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('never saves over another dossier\'s file', async () => {
    const store = new DossierStore(path.join(dir, 'user'));
    await store.save(dossier('A', 'dos-a'), path.join(dir, 'a.lakstift.json'));
    const r = await store.save(dossier('B', 'dos-b'), path.join(dir, 'a.lakstift.json'));
    expect(r).toMatchObject({ ok: false, code: 'io' });
    expect(r.ok ? '' : r.message).toMatch(/holds another dossier \("A"\); it was not overwritten/);
  });

  it('appends every decision to the audit log beside the dossier, once', async () => {
    const store = new DossierStore(path.join(dir, 'user'));
    const file = path.join(dir, 'v.lakstift.json');
    const d = sampleDossier();
    await store.save(d as unknown as DossierEnvelope, file);
    const next = acceptRedactions(d, ['r1'], later).dossier;
    await store.autoSave(next as unknown as DossierEnvelope);
    await store.save(next as unknown as DossierEnvelope, file);
    const log = await readAuditLog(file);
    expect(log.entries.map((e) => e.action)).toEqual([...d.audit.map((e) => e.action), 'accept']);
  });
});

describe('opening PDFs', () => {
  it('finds PDFs in dropped folders, sorted naturally, skipping other files and hidden ones', async () => {
    await fs.mkdir(path.join(dir, 'verzoek', 'bijlagen'), { recursive: true });
    for (const f of ['doc10.pdf', 'doc2.PDF', 'notes.txt', '.hidden.pdf', 'bijlagen/b.pdf']) {
      await fs.writeFile(path.join(dir, 'verzoek', f), '%PDF-1.7\n');
    }
    const found = await expandPdfPaths([path.join(dir, 'verzoek')]);
    expect(found.map((f) => path.relative(path.join(dir, 'verzoek'), f))).toEqual([path.join('bijlagen', 'b.pdf'), 'doc2.PDF', 'doc10.pdf']);
  });

  it('opens the good files, reports the bad ones, and grants only what it opened', async () => {
    await fs.writeFile(path.join(dir, 'good.pdf'), '%PDF-1.4\n%%EOF');
    await fs.writeFile(path.join(dir, 'fake.pdf'), 'PK\u0003\u0004 a zip');
    const grant = new FileGrant();
    const r = await readPdfFiles([path.join(dir, 'good.pdf'), path.join(dir, 'fake.pdf')], grant);
    expect(r.ok && r.value.map((p) => p.name)).toEqual(['good.pdf']);
    expect(grant.has(path.join(dir, 'good.pdf'))).toBe(true);
    expect(grant.has(path.join(dir, 'fake.pdf'))).toBe(false);
    const none = await readPdfFiles([path.join(dir, 'fake.pdf')], grant);
    expect(none).toMatchObject({ ok: false, code: 'not-a-pdf' });
  });
});

describe('recovering unsaved work', () => {
  it('offers an auto-saved dossier that was never saved, and saving it asks for a real file', async () => {
    const store = new DossierStore(path.join(dir, 'user'));
    await store.autoSave(dossier('Verzoek 9'));
    const again = new DossierStore(path.join(dir, 'user')); // the app restarted
    const list = await again.recentWithRecovery();
    expect(list[0]).toMatchObject({ path: again.autoSavePath, title: 'Verzoek 9 (niet opgeslagen, hersteld)' });
    const opened = await again.open(list[0].path);
    expect(opened.ok && opened.value.dossier.title).toBe('Verzoek 9');
    expect(again.current).toBeNull();
    expect((await again.recent()).map((r) => r.path)).not.toContain(again.autoSavePath);
    await again.save(opened.ok ? opened.value.dossier : dossier('x'), path.join(dir, 'v9.lakstift.json'));
    expect((await again.recentWithRecovery()).map((r) => r.title)).toEqual(['Verzoek 9']);
  });

  it('lists nothing extra when there is no auto-save', async () => {
    expect(await new DossierStore(path.join(dir, 'user')).recentWithRecovery()).toEqual([]);
  });
});
