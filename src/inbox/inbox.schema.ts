// The entity inbox's forms, validated at the edge: a group as the page showed it (key and
// fingerprint), what to create, the entry to link, the batch, and the merge.
import { z } from 'zod';
import { suggestionOrganisationKinds } from '../articles/mention-review.schema.js';

const text = (max: number) => z.string().trim().max(max);

export const groupRefSchema = z.object({
  key: z.string().regex(/^(organisation|person):.{1,400}$/s),
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
});

export const createSchema = z.discriminatedUnion('kind', [
  groupRefSchema.extend({
    kind: z.literal('organisation'),
    name: text(200).min(1),
    acronym: text(40).default(''),
    organisation_kind: z.enum(suggestionOrganisationKinds).default('company'),
    aliases: text(4000).default(''),
  }),
  groupRefSchema.extend({
    kind: z.literal('person'),
    given_name: text(100).min(1),
    family_name: text(100).min(1),
  }),
]);

export const linkSchema = groupRefSchema.extend({ entity: text(300).min(1) });

/** A batch checkbox's value: `fingerprint|key`. */
export const batchSchema = z.object({
  action: z.enum(['create', 'reject']),
  group: z
    .array(z.string().regex(/^[0-9a-f]{16}\|(organisation|person):.{1,400}$/s))
    .min(1)
    .max(200),
});

export const mergeSchema = z.object({
  type: z.enum(['organisation', 'person']),
  kept: text(300).min(1),
  removed: text(300).min(1),
});

/** The aliases textarea: one name per line, blank lines dropped. */
export const aliasLines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 50);
