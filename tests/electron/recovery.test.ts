/**
 * Issue #13 (item 6): the app recovers unsaved decisions after it is killed. A child process
 * runs the app's dossier store, auto-saving after every decision, and is killed with SIGKILL
 * (no chance to clean up) in the middle of its work. The next start offers the auto-saved
 * dossier with at least every decision whose auto-save had returned, and the file reads as a
 * whole dossier, never half of one.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DossierStore } from '../../electron/main/dossierStore';
import { ROOT } from '../helpers/paths';

/** Starts the child, waits until `decisions` auto-saves returned, kills it; the last number it printed. */
function killAfter(decisions: number, ...args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'vite-node'), [path.join(ROOT, 'tests', 'helpers', 'autosaveUntilKilled.ts'), '--', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let last = 0;
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const lines = out.split('\n').filter(Boolean);
      last = Number(lines[lines.length - 1]);
      if (last >= decisions && !child.killed) child.kill('SIGKILL');
    });
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`child ended (${code}) before it was killed: ${err}`))));
  });
}

describe('killed while deciding', () => {
  it('a dossier never saved: the next start offers it, with every decision auto-saved before the kill', async () => {
    const user = mkdtempSync(path.join(os.tmpdir(), 'lakstift-recover-'));
    const last = await killAfter(25, user);
    const store = new DossierStore(user); // the app starts again
    const [offered] = await store.recentWithRecovery();
    expect(offered.title).toMatch(/^Verzoek stap \d+ \(niet opgeslagen, hersteld\)$/);
    const opened = await store.open(offered.path);
    expect(opened.ok, opened.ok ? '' : opened.message).toBe(true);
    if (!opened.ok) return;
    const step = Number(/stap (\d+)/.exec(opened.value.dossier.title)![1]);
    expect(step).toBeGreaterThanOrEqual(last);
    expect(opened.value.dossier.matter).toBe(`Besluit-${step}`);
  }, 120_000);

  it('a dossier saved to its own file: reopening the file gives every decision auto-saved before the kill', async () => {
    const user = mkdtempSync(path.join(os.tmpdir(), 'lakstift-recover-'));
    const work = mkdtempSync(path.join(os.tmpdir(), 'lakstift-recover-work-'));
    const file = path.join(work, 'verzoek.lakstift.json');
    const last = await killAfter(25, user, file);
    const opened = await new DossierStore(user).open(file);
    expect(opened.ok, opened.ok ? '' : opened.message).toBe(true);
    if (!opened.ok) return;
    const step = Number(/stap (\d+)/.exec(opened.value.dossier.title)![1]);
    expect(step).toBeGreaterThanOrEqual(last);
    expect(opened.value.dossier.matter).toBe(`Besluit-${step}`);
    // Only a temporary file a kill cut short may lie beside it, never a second dossier.
    expect(readdirSync(work).filter((f) => !f.endsWith('.tmp') && !/audit/.test(f))).toEqual(['verzoek.lakstift.json']);
  }, 120_000);
});
