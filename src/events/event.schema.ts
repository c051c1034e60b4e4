// The agenda's query parameters, validated at the edge.
import { z } from 'zod';
import { optionalParam } from '../kernel/query.js';
import type { EventKind } from '../db/tables/event.table.js';

/** Every event kind, in the order the filter offers them. */
export const eventKinds = [
  'conference',
  'workshop',
  'trade_show',
  'webinar',
  'delegation_visit',
] as const satisfies readonly EventKind[];

export const eventFilterSchema = z.object({
  when: optionalParam(z.enum(['upcoming', 'past'])).transform((w) => w ?? 'upcoming'),
  kind: optionalParam(z.enum(eventKinds)),
  sector: optionalParam(
    z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .max(60),
  ),
  // Four digits; a year without events is an empty list, not an error.
  year: optionalParam(
    z
      .string()
      .regex(/^[12][0-9]{3}$/)
      .transform(Number),
  ),
});

export type EventFilterQuery = z.output<typeof eventFilterSchema>;
