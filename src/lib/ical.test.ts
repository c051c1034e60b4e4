import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, formatUtc } from './ical.js';

describe('iCalendar serialisation', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('writes UTC date-times with Z', () => {
    expect(formatUtc('2025-11-03T08:30:00.000Z')).toBe('20251103T083000Z');
    expect(formatUtc('2025-11-03T09:30:00+01:00')).toBe('20251103T083000Z');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(80)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('produces a calendar that a parser reads back', () => {
    const text = buildCalendar({
      prodId: '-//Constellation//Test//EN',
      language: 'en',
      events: [
        {
          uid: 'abc@example.org',
          stamp: '2025-10-01T10:00:00.000Z',
          start: '2025-11-03T08:30:00.000Z',
          end: '2025-11-03T16:30:00.000Z',
          summary: 'Visit; with, commas',
          location: 'ESEC, Redu; CSL, Liège',
          description: `Line one\nLine two ${'long '.repeat(30)}`,
          url: 'https://example.org/en/events/visit',
        },
      ],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n|\r/);
    const vevents = ICAL.Component.fromString(text).getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(1);
    const event = new ICAL.Event(vevents[0]);
    expect(event.summary).toBe('Visit; with, commas');
    expect(event.location).toBe('ESEC, Redu; CSL, Liège');
    expect(event.description).toBe(`Line one\nLine two ${'long '.repeat(30)}`);
    expect(event.startDate.toJSDate().toISOString()).toBe('2025-11-03T08:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2025-11-03T16:30:00.000Z');
  });
});
