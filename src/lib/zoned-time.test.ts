import { describe, expect, it } from 'vitest';
import { isoToZoned, zonedToIso } from './zoned-time.js';

describe('zoned time', () => {
  it('converts Brussels wall-clock times to UTC, winter and summer', () => {
    expect(zonedToIso('2026-11-25T15:30', 'Europe/Brussels')).toBe('2026-11-25T14:30:00.000Z');
    expect(zonedToIso('2026-07-01T09:00', 'Europe/Brussels')).toBe('2026-07-01T07:00:00.000Z');
  });

  it('converts back for a datetime-local value', () => {
    expect(isoToZoned('2026-11-25T14:30:00.000Z', 'Europe/Brussels')).toBe('2026-11-25T15:30');
    expect(isoToZoned('2026-07-01T07:00:00.000Z', 'Europe/Brussels')).toBe('2026-07-01T09:00');
  });

  it('refuses what does not parse', () => {
    expect(zonedToIso('tomorrow', 'Europe/Brussels')).toBeUndefined();
    expect(zonedToIso('2026-13-45T99:00', 'Europe/Brussels')).toBeUndefined();
  });
});
