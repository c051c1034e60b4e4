// The one error handler: an AppError, an HTTPException or an unknown error becomes an error page
// in the site's design and the request's language, or, under /api/, JSON problem details
// `{ error: { code, message } }` (with `params` naming each offending field). Unknown errors are
// logged and never shown.
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HTTPException } from 'hono/http-exception';
import { AppError, isAppError, type ErrorCode } from '../errors.js';

/** A validation failure naming every offending parameter or field. */
export class ApiValidationError extends AppError {
  readonly params: { name: string; message: string }[];

  constructor(
    params: { name: string; message: string }[],
    where: string,
    code: ErrorCode = 'bad_request',
  ) {
    super(code, `Invalid ${where}: ${params.map((p) => `“${p.name}” (${p.message})`).join(', ')}.`);
    this.params = params;
  }
}

export function errorBody(error: AppError) {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error instanceof ApiValidationError ? { params: error.params } : {}),
    },
  };
}

const logOf = (c: Context) => c.get('log') as { error: (o: object, m: string) => void } | undefined;

/** The JSON answer to an error of an API request. */
export const apiOnError: ErrorHandler = (error, c) => {
  c.header('Cache-Control', 'no-store');
  if (isAppError(error)) {
    if (error.status >= 500) logOf(c)?.error({ err: error }, error.message);
    return c.json(errorBody(error), error.status as ContentfulStatusCode);
  }
  if (error instanceof HTTPException && error.status < 500) {
    const code = error.status === 401 ? 'unauthorized' : 'bad_request';
    return c.json({ error: { code, message: error.message || 'Bad request.' } }, error.status);
  }
  logOf(c)?.error({ err: error }, 'unhandled API error');
  return c.json({ error: { code: 'internal', message: 'An unexpected error occurred.' } }, 500);
};

/** Renders the site's error page, or undefined when it cannot (then a bare JSON body is sent). */
export type ErrorPageRenderer = (
  c: Context,
  status: ContentfulStatusCode,
) => Promise<Response | undefined>;

/** The app's notFound and onError: API paths answer JSON, every other path an error page. */
export function errorHandlers(renderPage: ErrorPageRenderer): {
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
  return {
    notFound: (c) => {
      if (!c.req.path.startsWith('/api/')) return page(c, 404);
      c.header('Cache-Control', 'no-store');
      return c.json({ error: { code: 'not_found', message: 'No such endpoint.' } }, 404);
    },
    onError: (error, c) => {
      if (c.req.path.startsWith('/api/')) return apiOnError(error, c);
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
