// Conditional writes (RFC 9110 §13): the ETag of a writable resource names its version — `"v3"`
// in the answer to a write, `"v3-<hash>"` on a read, where the hash tells its representations
// (locales, renamed sectors) apart for caches — and a write that changes an existing resource
// sends it back in If-Match: 412 when it is stale, 428 when it is missing. The version in the
// body that v1 clients send is still accepted in If-Match's place (deprecated; see docs).
import { createHash } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../errors.js';
import { ConflictError } from '../kernel/form-errors.js';

/** The ETag of a resource at `version`, as a write answers it. */
export function versionTag(version: number): string {
  return `"v${version}"`;
}

/** The ETag of one representation of a resource at `version` (a read). */
export function representationTag(version: number, body: unknown): string {
  const hash = createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 22);
  return `"v${version}-${hash}"`;
}

/** How a write names the version it changes: If-Match, or the body's deprecated `version`. */
export type Precondition = { via: 'if-match'; header: string } | { via: 'body'; version: number };

const strongTag = /^"v(\d{1,15})(?:-[A-Za-z0-9_-]*)?"$/;

/** The write's precondition; 428 when it has neither If-Match nor a body `version`. */
export function preconditionOf(c: Context, bodyVersion: number | undefined): Precondition {
  const header = c.req.header('if-match')?.trim();
  if (header) return { via: 'if-match', header };
  if (bodyVersion !== undefined) return { via: 'body', version: bodyVersion };
  throw new AppError(
    'precondition_required',
    'Send If-Match with the ETag you read (or the one your last write answered); without it a write could overwrite a change you have not seen.',
  );
}

/**
 * The version to save over, given the stored one: If-Match must name it (`*` names any), else
 * 412; the body's version is passed on for the save's own check (409 when stale, as before).
 */
export function expectedVersion(pre: Precondition, current: number): number {
  if (pre.via === 'body') return pre.version;
  if (pre.header === '*') return current;
  // Strong comparison: a weak tag (W/"…") never matches.
  const versions = pre.header
    .split(',')
    .map((tag) => strongTag.exec(tag.trim())?.[1])
    .filter((v) => v !== undefined)
    .map(Number);
  if (!versions.includes(current)) throw staleTag(current);
  return current;
}

const staleTag = (current: number) =>
  new AppError(
    'precondition_failed',
    `If-Match does not name the current version (${versionTag(current)}); nothing was saved. Read the resource again.`,
  );

/** A save's conflict (someone saved between our read and our write) as If-Match's 412. */
export function conflictAsPrecondition(pre: Precondition): (error: unknown) => never {
  return (error) => {
    if (pre.via === 'if-match' && error instanceof ConflictError)
      throw staleTag(error.theirsVersion);
    throw error;
  };
}

/** The If-Match request header of a conditional write, for the OpenAPI document. */
export const ifMatchHeaders = z.object({
  'if-match': z.string().max(1000).optional().openapi({
    description:
      'The ETag of the resource as you read it (or as your last write answered it); `*` for any version. Required, unless the deprecated body `version` is sent.',
    example: '"v3"',
  }),
});

/** The response headers of a write: the resource's new ETag. */
export const etagHeader = {
  ETag: {
    description: 'The resource’s new entity tag: send it in If-Match to change it again.',
    schema: { type: 'string' as const, example: '"v4"' },
  },
};
