// Refuses text no page or column can hold before any route sees it: a NUL character (PostgreSQL's
// text type rejects it, where SQLite would store it) or a lone UTF-16 surrogate, in the address
// or in any field, key or file name of a form, multipart or JSON body; and a form body that
// cannot be parsed (a multipart type without its boundary). Each answers 400 and changes nothing.
// The body is read through Hono's request cache, so the route reads it again for free.
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';

const writes = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** True for a string PostgreSQL and our pages can hold: no NUL, no lone surrogate. */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && text.isWellFormed();
}

/** The first string in a parsed JSON value that is not storable text, keys included. */
function hasBadText(value: unknown): boolean {
  if (typeof value === 'string') return !isStorableText(value);
  if (Array.isArray(value)) return value.some(hasBadText);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).some(([key, item]) => !isStorableText(key) || hasBadText(item));
  return false;
}

function refuse(message: string): never {
  throw new HTTPException(400, { message });
}

/** The text guard for every request (mounted after the body-size limits, before the routes). */
export function refuseBadText(): MiddlewareHandler {
  return async (c, next) => {
    // The raw address: %00 and a literal NUL; a lone surrogate cannot be percent-encoded in
    // UTF-8, and an invalid UTF-8 sequence stays undecoded (an address that matches nothing).
    if (/%00/i.test(c.req.url) || c.req.url.includes('\u0000'))
      refuse('The address contains a NUL character.');
    if (!writes.has(c.req.method)) return next();
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    if (
      type.startsWith('multipart/form-data') ||
      type.startsWith('application/x-www-form-urlencoded')
    ) {
      let form: FormData;
      try {
        form = await c.req.formData();
      } catch {
        refuse('The form data could not be read (malformed body or missing boundary).');
      }
      for (const [key, value] of form.entries()) {
        const text = typeof value === 'string' ? value : value.name;
        if (!isStorableText(key) || !isStorableText(text))
          refuse('A field contains a NUL character or invalid text.');
      }
    } else if (/^application\/([\w.-]+\+)?json/.test(type)) {
      const text = await c.req.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        // The route answers malformed JSON itself, in its own words.
        return next();
      }
      if (hasBadText(body)) refuse('A field contains a NUL character or invalid text.');
    }
    return next();
  };
}
