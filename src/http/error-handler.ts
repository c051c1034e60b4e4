// The one error handler: an AppError, an HTTPException or an unknown error becomes an error page
// in the site's design and the request's language, or, under /api/, RFC 9457 problem details
// (src/http/problem.ts). Unknown errors are logged and never shown.
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HTTPException } from 'hono/http-exception';
import { errorCatalogue, isAppError, type ErrorCode } from '../errors.js';
import { ApiValidationError, problemResponse } from './problem.js';

const logOf = (c: Context) => c.get('log') as { error: (o: object, m: string) => void } | undefined;

/** The code of an HTTPException a middleware threw (the JSON validator's 400 and 415…). */
function codeOfStatus(status: number): ErrorCode {
  const codes = Object.entries(errorCatalogue) as [ErrorCode, { status: number }][];
  // The first code of a status is its general one (`bad_request` before `invalid_cursor`).
  return codes.find(([, e]) => e.status === status)?.[0] ?? 'bad_request';
}

/** The problem details answering an error of an API request. */
export function apiOnError(baseUrl: string): ErrorHandler {
  return (error, c) => {
    if (isAppError(error)) {
      if (error.status >= 500) logOf(c)?.error({ err: error }, error.message);
      const errors = error instanceof ApiValidationError ? error.errors : undefined;
      return problemResponse(c, baseUrl, error.code, error.message, errors);
    }
    if (error instanceof HTTPException && error.status < 500) {
      const code = codeOfStatus(error.status);
      return problemResponse(c, baseUrl, code, error.message || errorCatalogue[code].title + '.');
    }
    logOf(c)?.error({ err: error }, 'unhandled API error');
    return problemResponse(c, baseUrl, 'internal', 'An unexpected error occurred.');
  };
}

/** Renders the site's error page, or undefined when it cannot (then a bare JSON body is sent). */
export type ErrorPageRenderer = (
  c: Context,
  status: ContentfulStatusCode,
) => Promise<Response | undefined>;

/** The app's notFound and onError: API paths answer problem details, every other path a page. */
export function errorHandlers(
  baseUrl: string,
  renderPage: ErrorPageRenderer,
): {
  notFound: NotFoundHandler;
  onError: ErrorHandler;
} {
  const page = async (c: Context, status: ContentfulStatusCode) => {
    c.header('Cache-Control', 'no-store');
    const rendered = await renderPage(c, status);
    if (rendered) return rendered;
    const code = status === 404 ? 'not_found' : 'bad_request';
    return c.json({ error: { code, message: 'Error' } }, status);
  };
  const api = apiOnError(baseUrl);
  return {
    notFound: (c) => {
      if (!c.req.path.startsWith('/api/')) return page(c, 404);
      return problemResponse(c, baseUrl, 'not_found', 'No such endpoint.');
    },
    onError: (error, c) => {
      if (c.req.path.startsWith('/api/')) return api(error, c);
      if (isAppError(error)) {
        if (error.status >= 500) logOf(c)?.error({ err: error }, error.message);
        return page(c, error.status as ContentfulStatusCode);
      }
      if (error instanceof HTTPException) return page(c, error.status);
      logOf(c)?.error({ err: error }, 'unhandled error');
      return page(c, 500);
    },
  };
}
