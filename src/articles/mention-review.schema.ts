// The « create from suggestion » form of mention review, validated at the edge, and the
// organisation kinds its select offers.
import { z } from 'zod';
import type { OrganisationKind } from '../db/tables/organisation.table.js';

/** The kinds a new organisation may be given, in the order the select offers them. */
export const suggestionOrganisationKinds = [
  'company',
  'research_centre',
  'university',
  'agency',
  'cluster',
  'public_body',
  'association',
] as const satisfies readonly OrganisationKind[];

const orgKind = z.enum(suggestionOrganisationKinds);

export const suggestionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('organisation'),
    name: z.string().trim().min(1).max(200),
    acronym: z.string().trim().max(40).default(''),
    organisation_kind: orgKind.default('company'),
  }),
  z.object({
    kind: z.literal('person'),
    given_name: z.string().trim().min(1).max(100),
    family_name: z.string().trim().min(1).max(100),
    organisation_id: z
      .string()
      .regex(/^[0-9a-f-]{36}$/)
      .optional(),
    organisation_name: z.string().trim().max(200).default(''),
    organisation_kind: orgKind.default('company'),
    role: z.string().trim().max(200).default(''),
  }),
]);
