/** cli/util.ts: reading an input file, also straight into shared memory for worker threads. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError, readInput } from '../../cli/util';

const dir = mkdtempSync(path.join(os.tmpdir(), 'lakstift-util-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInput', () => {
  it('reads the same bytes into shared memory as into an ordinary buffer, for files of every size', async () => {
    for (const n of [0, 1, 65_535, 65_536, 200_001]) {
      const f = path.join(dir, `f${n}.pdf`);
      const data = new Uint8Array(randomBytes(n));
      writeFileSync(f, data);
      const plain = await readInput(f);
      const shared = await readInput(f, { shared: true });
      expect(plain.buffer).not.toBeInstanceOf(SharedArrayBuffer);
      expect(shared.buffer, `size ${n}`).toBeInstanceOf(SharedArrayBuffer);
      expect(Buffer.from(shared).equals(Buffer.from(data)), `size ${n}`).toBe(true);
      expect(Buffer.from(plain).equals(Buffer.from(data)), `size ${n}`).toBe(true);
    }
  });

  it('says in one sentence that a missing file or a folder cannot be read, shared or not', async () => {
    for (const shared of [false, true]) {
      await expect(readInput(path.join(dir, 'absent.pdf'), { shared })).rejects.toThrow(CliError);
      await expect(readInput(path.join(dir, 'absent.pdf'), { shared })).rejects.toThrow(/does not exist; check the path\./);
      await expect(readInput(dir, { shared })).rejects.toThrow(/is a folder, not a file/);
    }
  });
});
