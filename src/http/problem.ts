// RFC 9457 problem details, the body of every error of the JSON API: `type` (the code's anchor in
// the API reference), `title`, `status`, `detail`, our stable `code`, the `instance` (the request
// path) and, on a validation error, `errors` naming each offending field or parameter.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, errorCatalogue, type ErrorCode } from '../errors.js';

export const problemMediaType = 'application/problem+json';

/** Where the problem types are documented; each code is an anchor there (and in docs/errors.md). */
export const problemTypesPath = '/api/v1/docs';

/**
 * One offending value: a `pointer` (RFC 6901, as a URI fragment like RFC 9457's example) into
 * the JSON body, or the name of a query or path `parameter`.
 */
export type FieldProblem = { detail: string } & (
  { pointer: string; parameter?: never } | { parameter: string; pointer?: never }
);

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  errors?: FieldProblem[];
}

/** The absolute type URI of a code: its anchor in the reference page of the site's API. */
export function problemType(baseUrl: string, code: ErrorCode): string {
  return new URL(`${problemTypesPath}#${code}`, baseUrl).toString();
}

/** A JSON pointer to a place in the body, as a URI fragment (`#/translations/fr/title`). */
export function bodyPointer(path: readonly PropertyKey[]): string {
  const segments = path.map((p) =>
    encodeURIComponent(String(p).replaceAll('~', '~0').replaceAll('/', '~1')),
  );
  return `#${segments.map((s) => `/${s}`).join('')}`;
}

/** A validation failure naming every offending field or parameter. */
export class ApiValidationError extends AppError {
  readonly errors: FieldProblem[];

  constructor(errors: FieldProblem[], where: string, code: ErrorCode = 'bad_request') {
    const named = errors.map((e) => `“${e.parameter ?? e.pointer.slice(1)}” (${e.detail})`);
    super(code, `Invalid ${where}: ${named.join(', ')}.`);
    this.errors = errors;
  }
}

/** The problem details of an error, for a request to `instance`. */
export function problemOf(
  baseUrl: string,
  code: ErrorCode,
  detail: string,
  extra: { instance?: string; errors?: FieldProblem[] } = {},
): Problem {
  const { status, title } = errorCatalogue[code];
  return {
    type: problemType(baseUrl, code),
    title,
    status,
    detail,
    code,
    ...(extra.instance ? { instance: extra.instance } : {}),
    ...(extra.errors?.length ? { errors: extra.errors } : {}),
  };
}

/** The `application/problem+json` answer for a code; never stored by a cache. */
export function problemResponse(
  c: Context,
  baseUrl: string,
  code: ErrorCode,
  detail: string,
  errors?: FieldProblem[],
): Response {
  const body = problemOf(baseUrl, code, detail, { instance: c.req.path, errors });
  c.header('Cache-Control', 'no-store');
  c.header('Content-Type', problemMediaType);
  return c.body(JSON.stringify(body), body.status as ContentfulStatusCode);
}
