// Wall-clock times ↔ instants, including the hours daylight saving time repeats or skips, which
// RFC 5545 §3.3.5 resolves: the first of a repeated time, the offset before the gap for a skipped one.
import { describe, expect, it } from 'vitest';
import { isoToZoned, zonedToIso } from './zoned-time.js';

describe('zoned time', () => {
  it('converts Brussels wall-clock times to UTC, winter and summer', () => {
    expect(zonedToIso('2026-11-25T15:30', 'Europe/Brussels')).toBe('2026-11-25T14:30:00.000Z');
    expect(zonedToIso('2026-07-01T09:00', 'Europe/Brussels')).toBe('2026-07-01T07:00:00.000Z');
    expect(zonedToIso('2026-07-01T09:00:45', 'Europe/Brussels')).toBe('2026-07-01T07:00:45.000Z');
  });

  it('converts back for a datetime-local value', () => {
    expect(isoToZoned('2026-11-25T14:30:00.000Z', 'Europe/Brussels')).toBe('2026-11-25T15:30');
    expect(isoToZoned('2026-07-01T07:00:00.000Z', 'Europe/Brussels')).toBe('2026-07-01T09:00');
  });

  it('reads a time repeated when clocks go back as its first occurrence, in summer time', () => {
    // 25 October 2026 in Brussels: 03:00 CEST becomes 02:00 CET, so 02:30 happens twice.
    expect(zonedToIso('2026-10-25T02:30', 'Europe/Brussels')).toBe('2026-10-25T00:30:00.000Z');
    expect(isoToZoned('2026-10-25T00:30:00.000Z', 'Europe/Brussels')).toBe('2026-10-25T02:30');
    expect(isoToZoned('2026-10-25T01:30:00.000Z', 'Europe/Brussels')).toBe('2026-10-25T02:30');
  });

  it('reads a time skipped when clocks go forward with the offset before the gap', () => {
    // 29 March 2026 in Brussels: 02:00 CET becomes 03:00 CEST; 02:30 is read as 02:30+01:00.
    expect(zonedToIso('2026-03-29T02:30', 'Europe/Brussels')).toBe('2026-03-29T01:30:00.000Z');
    expect(isoToZoned('2026-03-29T01:30:00.000Z', 'Europe/Brussels')).toBe('2026-03-29T03:30');
  });

  it('follows the transitions of other zones: New York, autumn and spring', () => {
    // 1 November 2026: 01:30 happens in EDT (−04:00) then in EST (−05:00).
    expect(zonedToIso('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    // 8 March 2026: 02:30 does not exist; read with EST it is 03:30 EDT.
    expect(zonedToIso('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
    expect(isoToZoned('2026-03-08T07:30:00.000Z', 'America/New_York')).toBe('2026-03-08T03:30');
  });

  it('refuses what does not parse or does not exist in the calendar', () => {
    expect(zonedToIso('tomorrow', 'Europe/Brussels')).toBeUndefined();
    expect(zonedToIso('2026-13-45T99:00', 'Europe/Brussels')).toBeUndefined();
    expect(zonedToIso('2026-02-29T10:00', 'Europe/Brussels')).toBeUndefined();
    expect(zonedToIso('2026-02-30T24:00', 'Europe/Brussels')).toBeUndefined();
  });
});
