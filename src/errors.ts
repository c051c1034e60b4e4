// One error type for the whole application; the code decides the HTTP status.

/**
 * The catalogue of error codes, each with its HTTP status, the `title` of its RFC 9457 problem
 * type and what it means; docs/errors.md lists the same (a test keeps them in sync).
 */
export const errorCatalogue = {
  bad_request: {
    status: 400,
    title: 'Bad request',
    description: 'The request is malformed or a parameter is invalid.',
  },
  invalid_cursor: {
    status: 400,
    title: 'Invalid cursor',
    description: 'The pagination cursor is malformed or belongs to another list.',
  },
  unauthorized: {
    status: 401,
    title: 'Unauthorized',
    description: 'No valid credentials: the API token is missing, unknown or revoked.',
  },
  forbidden: {
    status: 403,
    title: 'Forbidden',
    description: 'Your role does not allow this action.',
  },
  not_found: {
    status: 404,
    title: 'Not found',
    description: 'The resource does not exist or is not published.',
  },
  method_not_allowed: {
    status: 405,
    title: 'Method not allowed',
    description:
      'The address exists but not with this method; the `Allow` header lists those it takes.',
  },
  not_acceptable: {
    status: 406,
    title: 'Not acceptable',
    description:
      'The `Accept` header excludes what the API answers: `application/json`, and `application/problem+json` for errors.',
  },
  conflict: {
    status: 409,
    title: 'Edit conflict',
    description: 'The resource changed since it was read (stale version); nothing was saved.',
  },
  duplicate: {
    status: 409,
    title: 'Duplicate',
    description: 'A resource with the same unique value already exists.',
  },
  precondition_failed: {
    status: 412,
    title: 'Precondition failed',
    description:
      'The `If-Match` header does not name the current version: the resource changed since it was read; nothing was saved.',
  },
  payload_too_large: {
    status: 413,
    title: 'Payload too large',
    description:
      'The body is larger than the limit (20 MB for an image, 8 MB for any other request).',
  },
  unsupported_media_type: {
    status: 415,
    title: 'Unsupported media type',
    description:
      'The body’s type is not accepted: API writes take `application/json`; an upload must be a JPEG, PNG, WebP or AVIF image (checked from its content).',
  },
  invalid_reference: {
    status: 422,
    title: 'Invalid reference',
    description: 'The request refers to a resource that does not exist.',
  },
  missing_field: {
    status: 422,
    title: 'Missing field',
    description: 'A required value is missing.',
  },
  precondition_required: {
    status: 428,
    title: 'Precondition required',
    description:
      'A write that changes an existing resource needs `If-Match` with the ETag you read; nothing was saved.',
  },
  rate_limited: {
    status: 429,
    title: 'Too many requests',
    description: 'Too many requests in the current window; retry after the seconds given.',
  },
  unavailable: {
    status: 503,
    title: 'Unavailable',
    description: 'A dependency (the database) is not reachable.',
  },
  internal: {
    status: 500,
    title: 'Internal error',
    description: 'An unexpected error; details are in the server log.',
  },
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.status = errorCatalogue[code].status;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
