// `lakstift audit verify` on a dossier saved by `lakstift bundle --save-dossier` (issue #15, "Done when").
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { ROOT } from '../helpers/paths';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-audit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const dossierFile = path.join(tmp, 'samples.lakstift.json');
let original = '';

beforeAll(async () => {
  const run = await cli('bundle', path.join(ROOT, 'assets', 'samples'), '-o', path.join(tmp, 'besluit'), '--accept-all', '--case', 'Woo-2024/0042', '--save-dossier', dossierFile, '--by', 'a.behandelaar');
  expect(run.code, run.stderr).toBe(0);
  original = readFileSync(dossierFile, 'utf8');
}, 600_000);

/** A different value of the same kind for a field of an entry. */
function other(v: unknown): unknown {
  if (typeof v === 'string') return /^[0-9a-f]{64}$/.test(v) ? `${v.slice(0, 63)}${v.endsWith('0') ? '1' : '0'}` : `${v}x`;
  if (Array.isArray(v)) return v.length > 1 ? v.slice(1) : [...v, 'r1'];
  return 'x';
}

describe('lakstift audit verify', () => {
  it('passes the dossier bundle --save-dossier wrote, and names its head', async () => {
    const run = await cli('audit', 'verify', dossierFile);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/The audit log is intact: \d+ entries, chained from the dossier's creation to entry \d+ of \d+ \(accept by a\.behandelaar \(--accept-all\) at .*\)\. Head [0-9a-f]{64}\./);
    expect(JSON.parse(original).audit.length).toBeGreaterThan(4);
  });

  it('fails after any single field of any audit entry is changed in the file, naming the entry', async () => {
    const raw = JSON.parse(original) as { audit: Record<string, unknown>[] };
    let cases = 0;
    for (const [i, entry] of raw.audit.entries()) {
      for (const field of Object.keys(entry)) {
        const changed = JSON.parse(original) as typeof raw;
        changed.audit[i][field] = other(entry[field]);
        writeFileSync(dossierFile, JSON.stringify(changed, null, 2));
        const run = await cli('audit', 'verify', dossierFile);
        expect(run.code, `${field} of entry ${i + 1}`).toBe(1);
        expect(run.stderr).toContain(`broken at entry ${i + 1} of ${raw.audit.length}`);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        cases++;
      }
    }
    expect(cases).toBeGreaterThanOrEqual(raw.audit.length * 5);
    writeFileSync(dossierFile, original);
    expect((await cli('audit', 'verify', dossierFile)).code).toBe(0);
  });

  it('fails when an entry is removed or two are swapped', async () => {
    const raw = JSON.parse(original) as { audit: unknown[] };
    const cut = { ...raw, audit: raw.audit.filter((_, i) => i !== 2) };
    writeFileSync(dossierFile, JSON.stringify(cut));
    let run = await cli('audit', 'verify', dossierFile);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/broken at entry 3 of .*: it does not follow the entry before it, so an entry was removed, inserted or moved\./);
    const swapped = { ...raw, audit: [raw.audit[0], raw.audit[2], raw.audit[1], ...raw.audit.slice(3)] };
    writeFileSync(dossierFile, JSON.stringify(swapped));
    run = await cli('audit', 'verify', dossierFile);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/broken at entry 2 of/);
    writeFileSync(dossierFile, original);
  });

  it('gives one sentence for a wrong command line or a missing file', async () => {
    expect(await cli('audit')).toMatchObject({ code: 2 });
    expect((await cli('audit', 'check', dossierFile)).stderr).toMatch(/unknown audit command "check"; usage: lakstift audit verify <dossier file>/);
    const missing = await cli('audit', 'verify', path.join(tmp, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.json does not exist; check the path\. \[io\]\n$/);
  });
});
