import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Controller } from './controller';

export const ControllerContext = createContext<Controller | null>(null);

/** The controller, re-rendering the caller whenever anything it holds changes. */
export function useController(): Controller {
  const c = useContext(ControllerContext);
  if (!c) throw new Error('useController outside ControllerContext');
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
