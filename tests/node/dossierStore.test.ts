import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, auditLogPath, loadDossier, readAuditLog, saveDossier, verifyDossierFile } from '../../node/dossierStore';
import { acceptRedactions } from '../../shared/dossier/actions';
import { sealAudit } from '../../shared/dossier/audit';
import { serializeDossier } from '../../shared/dossier/schema';
import { later, sampleDossier } from '../shared/dossier/fixtures';
import { ROOT } from '../helpers/paths';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-store-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const fresh = () => path.join(tmp, `d${++n}.lakstift.json`);

describe('dossier store', () => {
  it('saves and loads a dossier unchanged but for its chained audit log', async () => {
    const f = fresh();
    const d = sampleDossier();
    expect(await saveDossier(f, d)).toEqual(await sealAudit(d));
    expect(await loadDossier(f)).toEqual(await sealAudit(d));
    expect((await loadDossier(f)).audit.every((e) => e.hash && e.prev)).toBe(true);
    const next = acceptRedactions(d, ['r1'], later).dossier;
    await saveDossier(f, next);
    expect((await loadDossier(f)).redactions[0].status).toBe('accepted');
    expect(readdirSync(tmp).filter((x) => x.endsWith('.tmp'))).toEqual([]);
  });

  it('never overwrites a damaged file, and says what to do', async () => {
    const f = fresh();
    const damaged = serializeDossier(sampleDossier()).slice(0, 300);
    writeFileSync(f, damaged);
    await expect(loadDossier(f)).rejects.toThrow(/is not a usable Lakstift dossier: it is not valid JSON/);
    await expect(saveDossier(f, sampleDossier())).rejects.toThrow(/it was not overwritten: move it away or save under another name\.$/);
    expect(readFileSync(f, 'utf8')).toBe(damaged);
  });

  it('never overwrites another dossier', async () => {
    const f = fresh();
    await saveDossier(f, sampleDossier());
    const other = { ...sampleDossier(), id: 'dos-2', title: 'Ander verzoek' };
    await expect(saveDossier(f, other)).rejects.toThrow(/holds another dossier \("Woo-verzoek werkinstructies"\)/);
    expect((await loadDossier(f)).id).toBe('dos-1');
  });

  it('names a missing file', async () => {
    await expect(loadDossier(path.join(tmp, 'nope.json'))).rejects.toThrow(/nope\.json does not exist; check the path\./);
  });

  it('appends audit entries as JSON lines, and survives a torn last line', async () => {
    const f = fresh();
    const d = sampleDossier();
    await appendAudit(f, d.id, d.audit.slice(0, 2));
    appendFileSync(auditLogPath(f), '{"at":"2024-03-0'); // a crash in the middle of a line
    const { entry } = acceptRedactions(d, ['r1'], later);
    await appendAudit(f, d.id, [entry]);
    const log = await readAuditLog(f);
    expect(log.skipped).toBe(1);
    expect(log.entries.map((e) => e.action)).toEqual(['create', 'add-document', 'accept']);
    expect(log.entries[2]).toMatchObject({ dossier: 'dos-1', by: 'j.jurist', redactionIds: ['r1'] });
    expect(readFileSync(auditLogPath(f), 'utf8').endsWith('\n')).toBe(true);
  });
});

describe('saving validates and audits', () => {
  it('refuses a dossier that does not pass the schema, and writes nothing', async () => {
    const f = fresh();
    const bad = { ...sampleDossier(), redactions: [{ id: 'r9' }] };
    await expect(saveDossier(f, bad)).rejects.toThrow(/^The dossier is not a usable Lakstift .*redactions/);
    expect(existsSync(f)).toBe(false);
    expect(existsSync(auditLogPath(f))).toBe(false);
  });

  it('appends exactly the audit entries the log does not have yet, once', async () => {
    const f = fresh();
    const d = sampleDossier();
    await saveDossier(f, d);
    expect((await readAuditLog(f)).entries).toHaveLength(d.audit.length);
    await saveDossier(f, d);
    expect((await readAuditLog(f)).entries).toHaveLength(d.audit.length);
    const next = acceptRedactions(d, ['r1'], later).dossier;
    await saveDossier(f, next);
    const log = await readAuditLog(f);
    expect(log.entries).toHaveLength(d.audit.length + 1);
    expect(log.entries.at(-1)).toMatchObject({ dossier: 'dos-1', action: 'accept', by: 'j.jurist' });
  });
});

describe('checking the audit trail of a dossier file', () => {
  it('passes a saved dossier, and fails one whose entry was edited in the file', async () => {
    const f = fresh();
    await saveDossier(f, sampleDossier());
    await saveDossier(f, acceptRedactions(await loadDossier(f), ['r1'], later).dossier);
    expect((await verifyDossierFile(f)).status).toBe('intact');
    const raw = JSON.parse(readFileSync(f, 'utf8'));
    raw.audit[3].by = 'someone else';
    writeFileSync(f, JSON.stringify(raw, null, 2));
    const check = await verifyDossierFile(f);
    expect(check.broken).toMatchObject({ entry: 4, problem: 'changed' });
  });

  it('fails a dossier whose last entries were removed and its seal recomputed: the log beside it still has them', async () => {
    const f = fresh();
    await saveDossier(f, sampleDossier());
    const accepted = acceptRedactions(await loadDossier(f), ['r1'], later).dossier;
    await saveDossier(f, accepted);
    // Someone removes the last entry and fixes the seal by hand: the chain in the file holds.
    const raw = JSON.parse(readFileSync(f, 'utf8'));
    raw.audit.pop();
    raw.auditSeal = { entries: raw.audit.length, head: raw.audit.at(-1).hash };
    writeFileSync(f, JSON.stringify(raw, null, 2));
    const check = await verifyDossierFile(f);
    expect(check.status).toBe('broken');
    expect(check.message).toMatch(/holds 1 chained entry the dossier no longer has \(the first: accept by j\.jurist at 2024-03-02T14:30:00Z\)/);
  });

  it('says plainly when the file is not JSON', async () => {
    const f = fresh();
    writeFileSync(f, '{"id": ');
    expect((await verifyDossierFile(f)).message).toMatch(/is not valid JSON, so its audit log cannot be checked/);
  });
});

describe('a save killed at a random moment', () => {
  let child = '';
  beforeAll(async () => {
    // The child saves two versions in turn, as fast as it can, until it is killed.
    child = path.join(tmp, 'saveLoop.mjs');
    const entry = `
      import { saveDossier } from './node/dossierStore';
      import { addDocument } from './shared/dossier/actions';
      import { sampleDossier, ctx } from './tests/shared/dossier/fixtures';
      const file = process.argv[2];
      let big = sampleDossier();
      for (let i = 0; i < 3000; i++) {
        big = addDocument(big, { path: 'doc-' + i + '.pdf', sha256: 'ab'.repeat(32), title: 'Document met een titel van enige lengte nummer ' + i, pageCount: 3 }, ctx).dossier;
      }
      const versions = [{ ...big, title: 'VERSION-A' }, { ...big, title: 'VERSION-B' }];
      const first = Number(process.argv[3] ?? 0);
      process.stdout.write('ready\\n');
      for (let i = first; ; i++) {
        await saveDossier(file, versions[i % 2]);
        process.stdout.write('saved\\n');
      }
    `;
    await build({
      stdin: { contents: entry, resolveDir: ROOT, loader: 'ts', sourcefile: 'saveLoop.ts' },
      bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: child, logLevel: 'silent',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
  });

  it('always leaves a file that loads and is either the old or the new version', async () => {
    const file = path.join(tmp, 'killed.lakstift.json');
    const seen = new Map<string, number>();
    const rounds = 24;
    for (let round = 0; round < rounds; round++) {
      const p = spawn(process.execPath, [child, file, String(Math.floor(round / 3) % 2)], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      p.stderr.on('data', (b) => (err += b));
      // Count finished saves and time them, so the kill lands before, inside and after a save
      // however fast or slow this machine is right now (a fixed window missed every save under load).
      let saves = 0;
      let last = 0;
      let saveMs = 300;
      const started = new Promise<void>((resolve, reject) => {
        p.stdout.on('data', (b: Buffer) => {
          const text = b.toString();
          if (text.includes('ready')) { last = performance.now(); resolve(); }
          for (const _ of text.matchAll(/saved/g)) {
            saves++;
            const now = performance.now();
            saveMs = now - last;
            last = now;
          }
        });
        p.once('exit', (code) => reject(new Error(`child exited early (${code}): ${err}`)));
      });
      await started;
      // Let 0, 1 or 2 saves finish first, then kill at a random moment within about one more save.
      const wanted = round % 3;
      while (saves < wanted && p.exitCode === null) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, Math.random() * saveMs * 1.2));
      const exited = new Promise((r) => p.once('exit', r));
      p.kill('SIGKILL');
      await exited;
      if (!existsSync(file)) {
        seen.set('none yet', (seen.get('none yet') ?? 0) + 1);
        continue;
      }
      const d = await loadDossier(file);
      expect(['VERSION-A', 'VERSION-B']).toContain(d.title);
      expect(d.documents).toHaveLength(3003);
      seen.set(d.title, (seen.get(d.title) ?? 0) + 1);
    }
    // Both versions were caught on disk at some kill, so the kills really hit a save loop.
    expect(seen.get('VERSION-A') ?? 0).toBeGreaterThan(0);
    expect(seen.get('VERSION-B') ?? 0).toBeGreaterThan(0);
  }, 300_000);
});
