#!/usr/bin/env node
// Thin launcher: the real command line is bundled into dist/cli.mjs by `npm ci` (prepare).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const bundle = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'cli.mjs');
if (!existsSync(bundle)) {
  process.stderr.write('lakstift: the command line is not built yet; run "npm ci" (or "npm run build:cli") in the repository first.\n');
  process.exit(2);
}
const { main } = await import(bundle);
process.exitCode = await main(process.argv.slice(2));
