import { describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatDateTimeRange,
  formatDayRange,
  formatDayMonth,
  formatLongDate,
  formatShortDay,
  formatTime,
  isoDate,
  timeZoneName,
} from './dates.js';

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

describe('event times and calendar dates', () => {
  it('formats an event span in the event’s time zone', () => {
    expect(
      formatDateTimeRange(
        '2025-11-03T08:30:00.000Z',
        '2025-11-03T16:30:00.000Z',
        'en-GB',
        'Europe/Brussels',
      ),
    ).toBe('Monday, 3 November 2025, 09:30–17:30');
    expect(formatTime('2025-11-03T08:30:00.000Z', 'fr-BE', 'Europe/Brussels')).toBe('09:30');
    expect(formatTime('2025-11-03T08:30:00.000Z', 'en-GB', 'America/New_York')).toBe('03:30');
    expect(timeZoneName('2025-11-03T08:30:00.000Z', 'en-GB', 'Europe/Brussels')).toBe(
      'Central European Standard Time',
    );
    expect(formatShortDay('2027-06-21T07:00:00.000Z', 'en-GB', 'Europe/Paris')).toBe('Mon 21 Jun');
    expect(
      formatDayRange(
        '2027-06-21T07:00:00.000Z',
        '2027-06-27T16:00:00.000Z',
        'fr-BE',
        'Europe/Paris',
      ),
    ).toBe('21–27 juin 2027');
    expect(
      formatDayRange(
        '2025-11-03T08:30:00.000Z',
        '2025-11-03T16:30:00.000Z',
        'en-GB',
        'Europe/Brussels',
      ),
    ).toBe('3 November 2025');
  });

  it('reads calendar dates without a time zone shift', () => {
    expect(formatCalendarDate('2024-10-01', 'fr-BE')).toBe('1 octobre 2024');
    expect(formatCalendarDate('2014-09-01', 'en-GB', 'month')).toBe('September 2014');
  });
});
