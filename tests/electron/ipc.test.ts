import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { dispatch, isTrustedSender, registerIpc, type Handlers } from '../../electron/main/ipc';
import { CHANNELS, VALIDATORS, ok } from '../../shared/ipc/contract';

const APP = 'file:///opt/Lakstift/resources/app.asar/dist/renderer/index.html';
const topFrame = (url = APP) => ({ url, parent: null });
const event = (frame: unknown) => ({ senderFrame: frame }) as unknown as IpcMainInvokeEvent;

function fakeHandlers(): Handlers {
  const h = {} as Record<string, unknown>;
  for (const ch of Object.keys(VALIDATORS)) h[ch] = vi.fn(async (p: unknown) => ok({ echoed: p }));
  return h as unknown as Handlers;
}

describe('IPC sender check', () => {
  it('trusts only the app page in the top frame, ignoring hash and query', () => {
    expect(isTrustedSender(topFrame(), [APP])).toBe(true);
    expect(isTrustedSender(topFrame(`${APP}#/inventaris?x=1`), [APP])).toBe(true);
    expect(isTrustedSender({ url: APP, parent: {} }, [APP])).toBe(false);
    expect(isTrustedSender(topFrame('file:///tmp/evil/index.html'), [APP])).toBe(false);
    expect(isTrustedSender(topFrame('https://example.org/dist/renderer/index.html'), [APP])).toBe(false);
    expect(isTrustedSender(null, [APP])).toBe(false);
    expect(isTrustedSender(topFrame('not a url'), [APP])).toBe(false);
  });

  it('trusts the dev server origin and path when that is the app URL', () => {
    expect(isTrustedSender(topFrame('http://localhost:5173/'), ['http://localhost:5173/'])).toBe(true);
    expect(isTrustedSender(topFrame('http://localhost:5174/'), ['http://localhost:5173/'])).toBe(false);
    expect(isTrustedSender(topFrame('lakstift://app/index.html#x'), ['lakstift://app/index.html'])).toBe(true);
    expect(isTrustedSender(topFrame('lakstift://evil/index.html'), ['lakstift://app/index.html'])).toBe(false);
  });
});

describe('IPC dispatch', () => {
  it('runs the handler with the validated payload for a trusted sender', async () => {
    const h = fakeHandlers();
    const r = await dispatch(CHANNELS.readPdf, event(topFrame()), '/home/a/brief.pdf', h, [APP]);
    expect(r).toEqual({ ok: true, value: { echoed: '/home/a/brief.pdf' } });
  });

  it('refuses unknown channels, foreign senders and bad payloads before any handler runs', async () => {
    const h = fakeHandlers();
    expect(await dispatch('lakstift:format-disk', event(topFrame()), undefined, h, [APP])).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await dispatch(CHANNELS.readPdf, event({ url: APP, parent: {} }), '/a.pdf', h, [APP])).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await dispatch(CHANNELS.readPdf, event(topFrame()), 42, h, [APP])).toMatchObject({ ok: false, code: 'invalid-payload' });
    expect(await dispatch(CHANNELS.openPdfs, event(topFrame()), { sneaky: true }, h, [APP])).toMatchObject({ ok: false, code: 'invalid-payload' });
    expect(h[CHANNELS.readPdf]).not.toHaveBeenCalled();
    expect(h[CHANNELS.openPdfs]).not.toHaveBeenCalled();
  });

  it('turns a thrown error into a Result instead of leaking a stack to the renderer', async () => {
    const h = fakeHandlers();
    h[CHANNELS.recentDossiers] = async () => {
      throw new Error('EBUSY');
    };
    const r = await dispatch(CHANNELS.recentDossiers, event(topFrame()), undefined, h, [APP]);
    expect(r).toMatchObject({ ok: false, code: 'internal' });
    expect(r.ok ? '' : r.message).not.toMatch(/at .*\.ts/);
  });

  it('registers exactly the contract channels, all prefixed lakstift:', () => {
    const handled: string[] = [];
    registerIpc({ handle: (c) => handled.push(c) }, fakeHandlers(), [APP]);
    expect(handled.sort()).toEqual(Object.values(CHANNELS).sort());
    expect(handled.every((c) => c.startsWith('lakstift:'))).toBe(true);
  });
});

describe('payload validators', () => {
  const file = (path: string) => ({ path, bytes: new Uint8Array([1]) });
  const req = (files: unknown[], folderName = 'Besluit 2024-017') => ({ jobId: 'j1', folderName, files });

  it('accepts a normal bundle', () => {
    expect(VALIDATORS[CHANNELS.exportBundle](req([file('documenten/0001.pdf'), file('inventaris.csv')])).ok).toBe(true);
  });

  it.each([
    ['../etc/passwd'],
    ['/etc/passwd'],
    ['C:/Windows/x.pdf'],
    ['a/../../b.pdf'],
    ['a\\b.pdf'],
    ['doc:stream.pdf'],
    ['a//b.pdf'],
    ['trailing.'],
  ])('refuses the output path %s', (p) => {
    expect(VALIDATORS[CHANNELS.exportBundle](req([file(p)])).ok).toBe(false);
  });

  it('refuses duplicate names that a case-insensitive disk would merge, and bad folder names', () => {
    expect(VALIDATORS[CHANNELS.exportBundle](req([file('A.pdf'), file('a.pdf')])).ok).toBe(false);
    expect(VALIDATORS[CHANNELS.exportBundle](req([file('a.pdf')], '../up')).ok).toBe(false);
    expect(VALIDATORS[CHANNELS.exportBundle](req([{ path: 'a.pdf', bytes: 'not bytes' }])).ok).toBe(false);
  });

  it('checks the dossier envelope', () => {
    const d = { schemaVersion: 1, title: 'Verzoek', documents: [], redactions: [] };
    expect(VALIDATORS[CHANNELS.autoSave](d).ok).toBe(true);
    expect(VALIDATORS[CHANNELS.autoSave]({ ...d, schemaVersion: 'one' }).ok).toBe(false);
    expect(VALIDATORS[CHANNELS.autoSave]({ ...d, redactions: undefined }).ok).toBe(false);
    expect(VALIDATORS[CHANNELS.saveDossier]({ dossier: d, saveAs: 'yes' }).ok).toBe(false);
    expect(VALIDATORS[CHANNELS.openPaths](['/a.pdf', 'x\0y']).ok).toBe(false);
  });

  it('takes the auto-saved dossier as JSON text too, parsed and checked in the main process', () => {
    const d = { schemaVersion: 6, title: 'Verzoek', documents: [], redactions: [{ id: 'r1' }] };
    expect(VALIDATORS[CHANNELS.autoSave](JSON.stringify(d))).toEqual({ ok: true, value: d });
    expect(VALIDATORS[CHANNELS.autoSave]('{"schemaVersion": 6, "title": "Verzoek"').ok).toBe(false);
    expect(VALIDATORS[CHANNELS.autoSave](JSON.stringify({ ...d, redactions: 'none' })).ok).toBe(false);
    expect(VALIDATORS[CHANNELS.autoSave](JSON.stringify([d])).ok).toBe(false);
    // Save (with its dialog) still takes only the object.
    expect(VALIDATORS[CHANNELS.saveDossier]({ dossier: JSON.stringify(d), saveAs: false }).ok).toBe(false);
  });
});
