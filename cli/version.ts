/** The version the command line reports and the manifest records. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

declare const __LAKSTIFT_VERSION__: string | undefined;

/** Set by the esbuild bundle (dist/cli.mjs); from package.json when run from source (tests). */
export const VERSION = typeof __LAKSTIFT_VERSION__ === 'string' ? __LAKSTIFT_VERSION__ : packageVersion();

function packageVersion(): string {
  try {
    let dir = path.dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 5; i++) {
      const f = path.join(dir, 'package.json');
      if (existsSync(f)) {
        const pkg = JSON.parse(readFileSync(f, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'lakstift' && pkg.version) return pkg.version;
      }
      dir = path.dirname(dir);
    }
  } catch {
    // fall through
  }
  return '0.0.0-dev';
}
