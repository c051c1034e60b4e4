// Wall-clock times in a time zone ↔ UTC instants, for <input type="datetime-local"> fields.
// Temporal (polyfilled) resolves the hours that daylight saving time repeats or skips as
// RFC 5545 §3.3.5 does: a repeated time is its first occurrence, a skipped time is read with the
// offset in force before the gap (02:30 on a spring-forward night in Brussels is 03:30).
import { Temporal } from 'temporal-polyfill';

const pattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** « 2026-11-25T15:30 » in `timeZone` → ISO instant; undefined when it does not parse. */
export function zonedToIso(local: string, timeZone: string): string | undefined {
  const m = pattern.exec(local);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  let wall: Temporal.PlainDateTime;
  try {
    wall = Temporal.PlainDateTime.from(
      { year, month, day, hour, minute, second },
      { overflow: 'reject' },
    );
  } catch {
    return undefined; // 30 February, 24:00…
  }
  const instant = wall.toZonedDateTime(timeZone, { disambiguation: 'compatible' }).toInstant();
  return new Date(instant.epochMilliseconds).toISOString();
}

/** ISO instant → « 2026-11-25T15:30 » in `timeZone`, the value of a datetime-local input. */
export function isoToZoned(iso: string, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(Date.parse(iso))
    .toZonedDateTimeISO(timeZone)
    .toPlainDateTime()
    .toString({ smallestUnit: 'minute' });
}
