/**
 * The heap of a command-line run grows by a bounded factor (issue #17, peak memory).
 *
 * V8 sizes its next major collection from the live heap times a growing factor, which it sets
 * to 4 when the process may use gigabytes (as Node allows on most machines): a bundle whose
 * live objects are 100 MB while one document is parsed then lets its heap reach 400 MB of
 * mostly garbage before it collects, and keeps those pages. What a command holds at once is
 * small (one document's parse, one page's objects), so a factor of 1 + GROWTH_PERCENT / 100
 * costs a few more collections and keeps the peak near what is live: `bundle --accept-all` of
 * the 1,000-page bench dossier peaks at about 410 MB instead of 750 MB. The flag is read at
 * every collection (worker threads share it), so setting it at start-up is enough.
 */
import v8 from 'node:v8';

/** The heap may grow this many percent above its live size before the next major collection. */
export const GROWTH_PERCENT = 30;

/**
 * Sets V8's heap growing factor for this process, unless a heap size or growing factor was
 * given to node itself (on its command line or in NODE_OPTIONS): that choice is the user's.
 * LAKSTIFT_HEAP_GROWTH=<percent> sets another factor, 0 leaves V8's own. Returns the percent
 * set, or null when nothing was set.
 */
export function boundHeapGrowth(execArgv: readonly string[] = process.execArgv, env: NodeJS.ProcessEnv = process.env): number | null {
  const given = [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (given.some((a) => /^--(heap[-_]growing[-_]percent|max[-_]old[-_]space[-_]size)(=|$)/.test(a))) return null;
  const percent = env.LAKSTIFT_HEAP_GROWTH === undefined || env.LAKSTIFT_HEAP_GROWTH === '' ? GROWTH_PERCENT : Number(env.LAKSTIFT_HEAP_GROWTH);
  if (!Number.isFinite(percent) || percent <= 0) return null;
  v8.setFlagsFromString(`--heap-growing-percent=${Math.round(percent)}`);
  return Math.round(percent);
}
