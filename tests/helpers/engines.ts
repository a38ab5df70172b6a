/** The engines every test uses: shared/engine.ts on the Node host, as the command line builds them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createEngines, type AnalysedDocument, type Engines } from '../../shared/engine';
import { nodeHost } from '../../node/host';
import { FIXTURES } from './paths';

export const engines: Engines = createEngines(nodeHost());

/** A real-producer fixture (tests/fixtures/producers) by file name. */
export function producerPdf(name: string): string {
  return path.join(FIXTURES, 'producers', name);
}

const manifest = JSON.parse(readFileSync(producerPdf('manifest.json'), 'utf8')) as { fixtures: { file: string; password?: string; needsPredefinedCMap?: boolean }[] };

/** The password a fixture needs, from its manifest. */
export function fixturePassword(name: string): string | undefined {
  return manifest.fixtures.find((f) => f.file === name)?.password;
}

/** Reads and analyses a fixture with the Node host (and its password, if it has one). */
export async function analyseFixture(name: string, e: Engines = engines): Promise<{ bytes: Uint8Array; doc: AnalysedDocument }> {
  const file = producerPdf(name);
  const bytes = new Uint8Array(readFileSync(file));
  const password = fixturePassword(name);
  return { bytes, doc: await e.analyse(bytes, file, password !== undefined ? { password } : {}) };
}
