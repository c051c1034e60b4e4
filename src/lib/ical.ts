// iCalendar (RFC 5545) serialisation: TEXT escaping, UTC date-times, lines folded at 75 octets.

export interface CalendarEvent {
  /** Globally unique and stable: the same event keeps its UID across downloads. */
  uid: string;
  /** ISO instant of the last revision of the event's data (DTSTAMP). */
  stamp: string;
  start: string;
  end: string;
  summary: string;
  description?: string;
  location?: string;
  /** Absolute URI of the event's page. */
  url?: string;
}

export interface Calendar {
  /** PRODID, e.g. "-//Constellation//Events//FR". */
  prodId: string;
  /** Language of the TEXT values (RFC 5646 tag), announced with LANGUAGE=. */
  language?: string;
  events: CalendarEvent[];
}

const crlf = '\r\n';
const maxOctets = 75;

/** Escapes a TEXT value (§3.3.11): backslash, semicolon, comma and newlines; drops controls. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex
}

/** An instant as a UTC DATE-TIME (§3.3.5 form 2): 2025-11-03T08:30:00.000Z → 20251103T083000Z. */
export function formatUtc(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Folds a content line (§3.1): at most 75 octets per line, continuation lines start with one
 * space; a multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > maxOctets) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(crlf);
}

/** A VCALENDAR with one VEVENT per event, CRLF line endings included. */
export function buildCalendar(calendar: Calendar): string {
  const lang = calendar.language ? `;LANGUAGE=${calendar.language}` : '';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const e of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${formatUtc(e.stamp)}`,
      `DTSTART:${formatUtc(e.start)}`,
      `DTEND:${formatUtc(e.end)}`,
      `SUMMARY${lang}:${escapeText(e.summary)}`,
    );
    if (e.location) lines.push(`LOCATION${lang}:${escapeText(e.location)}`);
    if (e.description) lines.push(`DESCRIPTION${lang}:${escapeText(e.description)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(crlf) + crlf;
}
