import { describe, expect, it } from 'vitest';
import { formatSecondsLeft, pagedProgress } from '../../../shared/app/progress';

describe('export progress by pages', () => {
  const docs = [2, 300, 2];
  it('counts the pages of the documents done, for redacting and for the leak check', () => {
    expect(pagedProgress(docs, 'redact', 0, 10)).toMatchObject({ done: 0, total: 608, page: 1, pages: 304, secondsLeft: null });
    // The big document is being redacted: 2 pages done, page 3 of 304 under way.
    expect(pagedProgress(docs, 'redact', 1, 100)).toMatchObject({ done: 2, page: 3 });
    expect(pagedProgress(docs, 'verify', 2, 100)).toMatchObject({ done: 304 + 302, page: 303 });
    expect(pagedProgress(docs, 'export', 0, 100)).toMatchObject({ done: 608, total: 608 });
  });
  it('estimates the time left from the pages done so far', () => {
    // Redacting done (304 of 608 passes) in 60 s: about 60 s left.
    expect(pagedProgress(docs, 'verify', 0, 60_000).secondsLeft).toBe(60);
    expect(formatSecondsLeft(60, 'nl')).toBe('nog ongeveer 60 s');
    expect(formatSecondsLeft(200, 'nl')).toBe('nog ongeveer 3 min');
    expect(formatSecondsLeft(200, 'en')).toBe('about 3 min left');
  });
});
