/**
 * The bundle passes what stays readable on purpose to verify (issue #17, item 4): a general
 * number redacted on one page and left readable on another, where the officer rejected its
 * suggestion or the engine kept it, no longer stops the export as a leak.
 */
import { describe, expect, it } from 'vitest';
import { acceptRedactions, addRedactions, createDossier, rejectRedactions } from '../../../shared/dossier/actions';
import type { Dossier } from '../../../shared/dossier/types';
import { admitDocuments } from '../../../shared/engine';
import { BundleError, buildBundle, keptFor } from '../../../shared/export/bundle';
import { catalogueFor } from '../../../shared/export/grounds';
import { reportFonts } from '../../../node/host';
import { analyseFixture, engines, producerPdf } from '../../helpers/engines';
import { boxesOf } from '../redact/helpers';

const at = new Date('2024-03-05T10:00:00Z');
const ctx = { by: 'a.officer', at: at.toISOString() };
const NAME = 'enscript-email-thread.pdf';
const NUMBER = '070 - 426 64 26';

async function dossierWith(page2: 'rejected' | 'absent'): Promise<{ dossier: Dossier; bytes: Uint8Array }> {
  const a = await analyseFixture(NAME);
  const empty = createDossier({ id: 'k1', title: 'Kept', law: 'woo', caseNumber: 'WOO-2024-2', matter: 'WOO-2024-2' }, ctx).dossier;
  let d = admitDocuments(empty, [{ ...a.doc, meta: { ...a.doc.meta, title: 'Draad', date: '2025-02-12' } }], [null], ctx).dossier;
  const file = producerPdf(NAME);
  d = addRedactions(d, [
    { documentId: 'd1', page: 1, rects: boxesOf(file, 1, NUMBER), grounds: ['5.1.2e'], text: NUMBER },
    { documentId: 'd1', page: 1, rects: boxesOf(file, 1, 'Maarten Visser'), grounds: ['5.1.2e'], text: 'Maarten Visser' },
    ...(page2 === 'rejected' ? [{ documentId: 'd1', page: 2, rects: boxesOf(file, 2, NUMBER), grounds: ['5.1.2e'], text: NUMBER }] : []),
  ], ctx).dossier;
  const [first, second, third] = d.redactions.map((r) => r.id);
  d = acceptRedactions(d, [first!, second!], ctx).dossier;
  if (third) d = rejectRedactions(d, [third], ctx).dossier;
  return { dossier: d, bytes: a.bytes };
}

async function run(d: Dossier, bytes: Uint8Array, kept?: Map<string, { page: number; text: string; reason: string }[]>) {
  const files = new Map<string, Uint8Array>();
  await buildBundle({
    dossier: d, original: async () => bytes, engines: engines.bundleEngines('woo'), fonts: reportFonts(), catalogue: catalogueFor('woo'),
    tool: { name: 'Lakstift', version: 'test' }, at, sink: async (name, b) => void files.set(name, b), ...(kept ? { kept } : {}),
  });
  return files;
}

describe('bundle and the texts kept readable on purpose', () => {
  it('refuses the bundle when nothing says the number on page 2 stays readable on purpose', async () => {
    const { dossier, bytes } = await dossierWith('absent');
    const err = await run(dossier, bytes).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BundleError);
    expect((err as BundleError).leaks.some((l) => l.finding.page === 2)).toBe(true);
  });

  it('writes the bundle when the officer rejected the number\'s redaction on page 2', async () => {
    const { dossier, bytes } = await dossierWith('rejected');
    expect(keptFor(dossier, dossier.documents[0]!)).toEqual([expect.objectContaining({ page: 2, text: NUMBER, reason: expect.stringMatching(/rejected by a\.officer/) })]);
    const files = await run(dossier, bytes);
    expect([...files.keys()].some((f) => f.startsWith('0001'))).toBe(true);
  });

  it('writes the bundle when the engine kept the number on page 2 (a general number)', async () => {
    const { dossier, bytes } = await dossierWith('absent');
    const files = await run(dossier, bytes, new Map([['d1', [{ page: 2, text: NUMBER, reason: 'de tekst noemt dit een algemeen nummer' }]]]));
    expect([...files.keys()].some((f) => f.startsWith('0001'))).toBe(true);
  });
});
