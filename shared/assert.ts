/** Invariant check with an `asserts` signature (after Signal-Desktop's strictAssert). */
export function strictAssert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

/** Makes a `switch` over a union exhaustive: the call only type-checks when `x` is `never`. */
export function missingCaseError(x: never): Error {
  return new TypeError(`Unhandled case: ${String(x)}`);
}
