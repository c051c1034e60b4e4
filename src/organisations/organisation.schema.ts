// The directory's query parameters for organisations, validated at the edge.
import { z } from 'zod';
import { optionalParam } from '../kernel/query.js';
import type { OrganisationKind } from '../db/tables/organisation.table.js';

/** Every organisation kind, in the order the filter offers them. */
export const organisationKinds = [
  'company',
  'research_centre',
  'university',
  'agency',
  'cluster',
  'public_body',
  'association',
] as const satisfies readonly OrganisationKind[];

export const organisationFilterSchema = z.object({
  kind: optionalParam(z.enum(organisationKinds)),
  sector: optionalParam(
    z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .max(60),
  ),
  // Two letters in either case; "BEL" or "1" is malformed (400), an unused code an empty list.
  country: optionalParam(
    z
      .string()
      .regex(/^[A-Za-z]{2}$/)
      .transform((c) => c.toUpperCase()),
  ),
  members: optionalParam(z.literal('1')),
});

export type OrganisationFilterQuery = z.output<typeof organisationFilterSchema>;
