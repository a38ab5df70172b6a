import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    setupFiles: ['tests/helpers/yield-between-tests.ts'],
    pool: 'forks',
    // OCR results of the tests' own scans are cached in a temporary folder, not the user's cache.
    env: { LAKSTIFT_OCR_CACHE: path.join(os.tmpdir(), 'lakstift-test-ocr-cache') },
  },
});
