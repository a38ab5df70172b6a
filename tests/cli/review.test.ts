// `lakstift review`: the export for the reviewer and objection procedures (issue #15).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDossier, saveDossier } from '../../node/dossierStore';
import { approveRedactions, reviseGrounds, sendBack } from '../../shared/dossier/review';
import { parseCsv } from '../../shared/export/csv';
import { cli } from '../helpers/cli';
import { ROOT } from '../helpers/paths';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lakstift-review-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const dossierFile = path.join(tmp, 'samples.lakstift.json');
const out = path.join(tmp, 'controle');
const jurist = { by: 'J. Jurist', role: 'reviewer' as const, at: '2024-03-06T09:00:00Z' };

beforeAll(async () => {
  const run = await cli('bundle', path.join(ROOT, 'assets', 'samples'), '-o', path.join(tmp, 'besluit'), '--accept-all', '--case', 'Woo-2024/0042', '--save-dossier', dossierFile, '--by', 'a.behandelaar');
  expect(run.code, run.stderr).toBe(0);
  // The reviewer approves one, changes the ground of one and sends one back.
  let d = await loadDossier(dossierFile);
  const [a, b, c] = d.redactions;
  d = approveRedactions(d, [a.id], jurist).dossier;
  d = reviseGrounds(d, [b.id], ['10.2.g'], jurist).dossier;
  d = sendBack(d, [c.id], 'Functionaris van de minister; niet lakken.', jurist).dossier;
  await saveDossier(dossierFile, d);
}, 600_000);

describe('lakstift review', () => {
  it('writes a review copy per document, the redaction log with motivations (CSV, PDF), the audit log and a warning', async () => {
    const run = await cli('review', dossierFile, '-o', out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Review export written to .*: 3 review copies with redaction marks, the redaction log \(CSV, PDF\) and the audit log\. It shows every redacted text: do not publish it\./);
    expect(readdirSync(out).sort()).toEqual(['LEESMIJ.txt', 'controlespoor.csv', 'documenten', 'lakverantwoording.csv', 'lakverantwoording.pdf']);
    expect(readdirSync(path.join(out, 'documenten'))).toHaveLength(3);
    const d = await loadDossier(dossierFile);

    const log = parseCsv(readFileSync(path.join(out, 'lakverantwoording.csv'), 'utf8').replace(/^\uFEFF/, ''));
    const col = (h: string) => log[0].indexOf(h);
    const rows = log.slice(1);
    // One row per redaction and ground.
    expect(rows).toHaveLength(d.redactions.filter((r) => r.status === 'accepted').reduce((n, r) => n + r.grounds.length, 0));
    const [a, b, c] = d.redactions;
    const rowOf = (id: string) => rows.filter((r) => r[col('Lakking')] === id);
    expect(rowOf(a.id)[0][col('Gelakte tekst (intern)')]).toBe(a.text);
    expect(rowOf(a.id)[0][col('Controle')]).toBe('goedgekeurd');
    expect(rowOf(a.id)[0][col('Motivering (standaard)')]).toMatch(/persoonlijke levenssfeer/);
    expect(rowOf(b.id).map((r) => [r[col('Grond')], r[col('Grond vóór wijziging jurist')]])).toEqual([['10.2.g', '10.2.e']]);
    expect(rowOf(c.id)[0][col('Opmerkingen')]).toMatch(/^J\. Jurist \(jurist, 2024-03-06\): Functionaris van de minister; niet lakken\.$/);

    // The PDF log reads per ground with its motivation, and quotes the text (it is internal).
    const pdf = execFileSync('pdftotext', [path.join(out, 'lakverantwoording.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdf).toMatch(/Lakverantwoording \(intern\)/);
    expect(pdf).toMatch(/10\.2\.e Eerbiediging van de persoonlijke levenssfeer/);
    expect(pdf).toContain(`“${a.text}”`);
    expect(pdf).toMatch(/grond gewijzigd door de jurist \(was 10\.2\.e\)/);

    const audit = parseCsv(readFileSync(path.join(out, 'controlespoor.csv'), 'utf8').replace(/^\uFEFF/, ''));
    expect(audit).toHaveLength(d.audit.length + 1);
    expect(audit.at(-1)![audit[0].indexOf('Hash')]).toBe(d.auditSeal!.head);
    expect(readFileSync(path.join(out, 'LEESMIJ.txt'), 'utf8')).toMatch(/^Controle-export van Lakstift: INTERN, NIET PUBLICEREN\./);
  });

  it('refuses to write into a folder that is not empty, and leaves nothing half-written when an original changed', async () => {
    expect((await cli('review', dossierFile, '-o', out)).stderr).toMatch(/is not empty; choose an empty folder or add --force/);
    const raw = JSON.parse(readFileSync(dossierFile, 'utf8'));
    raw.documents[1].sha256 = 'f'.repeat(64);
    const changed = path.join(tmp, 'changed.lakstift.json');
    writeFileSync(changed, JSON.stringify(raw));
    const out2 = path.join(tmp, 'controle2');
    const run = await cli('review', changed, '-o', out2);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/The original of document 0002 .* changed since it was added to the dossier/);
    expect(existsSync(out2)).toBe(false);
  });
});
