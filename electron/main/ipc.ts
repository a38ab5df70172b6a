/**
 * IPC handler registration with the three checks every call passes before a handler runs
 * (after VS Code's validated ipcMain): a known `lakstift:` channel, a sender that is the app's
 * own page in the main frame, and a payload its validator accepts. Handlers get typed
 * payloads and return `Result`s; a thrown error becomes `{ ok: false, code: 'internal' }`
 * instead of an Electron error string with a stack in it.
 */
import type { IpcMainInvokeEvent } from 'electron';
import type { InvokeChannel, PayloadOf, Result } from '../../shared/ipc/contract';
import { VALIDATORS, fail } from '../../shared/ipc/contract';
import { LakstiftError } from '../../shared/errors';

export type Handlers = { [C in InvokeChannel]: (payload: PayloadOf<C>, event: IpcMainInvokeEvent) => Promise<Result<unknown>> };

/** The part of `ipcMain` we use: lets tests drive the handlers without Electron. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
}

/** The frame fields the sender check needs. */
export interface FrameLike {
  url: string;
  parent: unknown;
}

/**
 * True when the sender is the app's own page in the top frame. `appUrls` are the URLs the app
 * loads itself (the packaged index.html, or the dev server in development); query and hash
 * are ignored, everything else must match exactly.
 */
export function isTrustedSender(frame: FrameLike | null | undefined, appUrls: readonly string[]): boolean {
  if (!frame || frame.parent !== null) return false;
  const bare = documentKey(frame.url);
  return bare !== null && appUrls.some((a) => documentKey(a) === bare);
}

/** Scheme, host and path of a URL (no query, no hash); null when it is not a URL. */
export function documentKey(href: string): string | null {
  try {
    const u = new URL(href);
    // URL.origin is "null" for file: and custom schemes, so build the key from its parts.
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return null;
  }
}

export async function dispatch(
  channel: string,
  event: IpcMainInvokeEvent,
  payload: unknown,
  handlers: Handlers,
  appUrls: readonly string[],
): Promise<Result<unknown>> {
  if (!Object.hasOwn(VALIDATORS, channel)) return fail('forbidden', `unknown channel ${channel}`);
  const ch = channel as InvokeChannel;
  if (!isTrustedSender(event.senderFrame as FrameLike | null, appUrls)) {
    return fail('forbidden', 'This request did not come from the Lakstift window.');
  }
  const checked = VALIDATORS[ch](payload);
  if (!checked.ok) return fail('invalid-payload', `${channel}: ${checked.message}`);
  try {
    return await (handlers[ch] as (p: unknown, e: IpcMainInvokeEvent) => Promise<Result<unknown>>)(checked.value, event);
  } catch (e) {
    if (e instanceof LakstiftError) return fail(e.code, e.message, e.nl);
    const why = e instanceof Error ? e.message : String(e);
    return fail('internal', `Something went wrong in Lakstift (${why}); your work is saved, please try again.`, `Er ging iets mis in Lakstift (${why}); uw werk is bewaard, probeer het opnieuw.`);
  }
}

export function registerIpc(ipcMain: IpcMainLike, handlers: Handlers, appUrls: readonly string[]): void {
  for (const channel of Object.keys(VALIDATORS)) {
    ipcMain.handle(channel, (event, ...args) => dispatch(channel, event, args[0], handlers, appUrls));
  }
}
