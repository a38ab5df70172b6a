import { createContext, useCallback, useContext, useRef, useSyncExternalStore } from 'react';
import type { Controller } from './controller';

export const ControllerContext = createContext<Controller | null>(null);

/**
 * The controller, re-rendering the caller whenever anything it holds changes. For dialogs and
 * views that are not on screen during keyboard review; the review's own parts use `useSelect`.
 */
export function useController(): Controller {
  const c = useControllerMethods();
  useSyncExternalStore(c.subscribe, c.getVersion);
  return c;
}

/**
 * The controller without re-rendering on its changes: for parts that get what they show as
 * props and only call its methods (the review panel's rows; issue #14, key-press latency).
 */
export function useControllerMethods(): Controller {
  const c = useContext(ControllerContext);
  if (!c) throw new Error('useControllerMethods outside ControllerContext');
  return c;
}

/** Equal when both are the same, or arrays / plain objects whose entries are the same (one level). */
export function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/**
 * A slice of the controller: the caller re-renders only when what `select` returns changes
 * (shallowly), not on every change anywhere (issue #14: a key press at 10,000 suggestions
 * redrew every part of the window). `select` must return values, not objects the controller
 * changes in place (the document runtimes are: take their fields).
 */
export function useSelect<T>(select: (c: Controller) => T, equal: (a: T, b: T) => boolean = shallowEqual): T {
  const c = useControllerMethods();
  const sel = useRef(select);
  sel.current = select;
  const last = useRef<{ v: T } | null>(null);
  const snapshot = useCallback(() => {
    const v = sel.current(c);
    const prev = last.current;
    if (prev && equal(prev.v, v)) return prev.v;
    last.current = { v };
    return v;
  }, [c]);
  return useSyncExternalStore(c.subscribe, snapshot);
}
