import { afterEach } from 'vitest';

// Vitest's worker reports each finished test to the main process and gives up on an answer after
// 60 s ("Timeout calling onTaskUpdate"). Tests that run synchronously one after another (the phone
// notation sweeps take 10-35 s each on a loaded machine) never let the worker's event loop read
// that answer, so three of them in a row failed a run whose tests all passed. One turn of the event
// loop after every test reads it; no test's work or assertion changes.
afterEach(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
