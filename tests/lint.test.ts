/**
 * The lint guards fire when they should (issue #10): the import-cycle rule follows TypeScript
 * imports (it needs a resolver), the preload and shared/ refuse Node built-ins, `any` is refused.
 * Each case lints a deliberately bad file or snippet with the project's own ESLint config.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './helpers/paths';

const eslint = new ESLint({ cwd: ROOT, ignore: false });

async function rulesIn(code: string, file: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return r.messages.map((m) => m.ruleId ?? m.message);
}

describe('lint guards', () => {
  it('refuses two modules that import each other', async () => {
    const results = await eslint.lintFiles([path.join(FIXTURES, 'lint', 'cycle', 'a.ts')]);
    const cycle = results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'import-x/no-cycle');
    expect(cycle.length).toBeGreaterThan(0);
    expect(cycle[0].message).toMatch(/cycle/i);
  }, 60_000);

  it('refuses Node built-ins in the preload', async () => {
    expect(await rulesIn("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'electron/preload/bad.ts')).toContain('no-restricted-imports');
    expect(await rulesIn("import os from 'os';\nexport const x = os;\n", 'electron/preload/bad.ts')).toContain('no-restricted-imports');
    expect(await rulesIn('export const x = process.env;\n', 'electron/preload/bad.ts')).toContain('no-restricted-globals');
  }, 60_000);

  it('refuses Node built-ins and the DOM in shared/', async () => {
    expect(await rulesIn("import path from 'node:path';\nexport const x = path;\n", 'shared/bad.ts')).toContain('no-restricted-imports');
    expect(await rulesIn('export const x = document.title;\n', 'shared/bad.ts')).toContain('no-restricted-globals');
  }, 60_000);

  it('refuses any', async () => {
    expect(await rulesIn('export const x = (v: any): number => v;\n', 'node/bad.ts')).toContain('@typescript-eslint/no-explicit-any');
  }, 60_000);

  it('passes the same snippets in the layers where they belong', async () => {
    expect(await rulesIn("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'node/good.ts')).toEqual([]);
  }, 60_000);
});
