import { describe, expect, it } from 'vitest';
import { formatDayMonth, formatLongDate, isoDate } from './dates.js';

describe('dates per locale', () => {
  it('formats a long date in French and English', () => {
    expect(formatLongDate('2025-11-03T09:00:00.000Z', 'fr-BE')).toBe('3 novembre 2025');
    expect(formatLongDate('2025-11-03T09:00:00.000Z', 'en-GB')).toBe('3 November 2025');
  });

  it('uses the site time zone, not UTC, for the calendar day', () => {
    // 23:30 UTC on 2 November is already 3 November in Brussels.
    expect(formatLongDate('2025-11-02T23:30:00.000Z', 'fr-BE')).toBe('3 novembre 2025');
    expect(isoDate('2025-11-02T23:30:00.000Z')).toBe('2025-11-03');
  });

  it('gives a short day and month for cards', () => {
    expect(formatDayMonth('2027-03-15T10:00:00.000Z', 'fr-BE')).toEqual({
      day: '15',
      month: 'mars',
    });
    expect(formatDayMonth('2027-03-15T10:00:00.000Z', 'en-GB')).toEqual({
      day: '15',
      month: 'Mar',
    });
  });
});
