import { describe, expect, it } from 'vitest';
import { formatDutchDate, parseDutchDate } from '../../../shared/app/dates';

describe('dates as Dutch officers type them', () => {
  it('reads dd-mm-jjjj and its variants, written months and ISO', () => {
    for (const s of ['5-3-2024', '05-03-2024', '5/3/2024', '5.3.2024', '05-03-24', '5 maart 2024', '5 mrt. 2024', '2024-03-05', ' 5 Maart 2024 ']) {
      expect(parseDutchDate(s), s).toBe('2024-03-05');
    }
  });
  it('refuses impossible dates and non-dates, and keeps an empty field empty', () => {
    expect(parseDutchDate('31-02-2024')).toBeNull();
    expect(parseDutchDate('29-02-2023')).toBeNull();
    expect(parseDutchDate('29-02-2024')).toBe('2024-02-29');
    expect(parseDutchDate('3-13-2024')).toBeNull();
    expect(parseDutchDate('gisteren')).toBeNull();
    expect(parseDutchDate('')).toBe('');
  });
  it('shows ISO dates as dd-mm-jjjj', () => {
    expect(formatDutchDate('2024-03-05')).toBe('05-03-2024');
    expect(formatDutchDate('')).toBe('');
  });
});
