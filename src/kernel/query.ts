// Query strings validated once, at the edge, with zod; an invalid value is a 400 for the user.
import { z } from 'zod';
import { parsePageParam } from '../lib/pagination.js';
import { AppError } from '../errors.js';
/** Parses `query` (c.req.query()) with `schema`, or throws bad_request naming the parameter. */
export function parseQuery<S extends z.ZodType>(
  schema: S,
  query: Record<string, string>,
): z.output<S> {
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  const name = result.error.issues[0]?.path.join('.') || 'query';
  throw new AppError('bad_request', `The parameter “${name}” has an invalid value.`);
}

/** An optional parameter; an empty value (a form's "all" choice) counts as absent. */
export function optionalParam<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

/** `?page=` of a list: absent is 1; anything but a positive whole number is a 400. */
export function pageParam(raw: string | undefined): number {
  const page = parsePageParam(raw);
  if (page === undefined)
    throw new AppError('bad_request', 'The page number must be a positive whole number.');
  return page;
}
