// One error type for the whole application; the code decides the HTTP status.

/** The catalogue of error codes; docs/errors.md lists the same codes (a test keeps them in sync). */
export const errorCatalogue = {
  bad_request: { status: 400, description: 'The request is malformed or a parameter is invalid.' },
  invalid_cursor: {
    status: 400,
    description: 'The pagination cursor is malformed or belongs to another list.',
  },
  unauthorized: {
    status: 401,
    description: 'No valid credentials: the API token is missing, unknown or revoked.',
  },
  forbidden: { status: 403, description: 'Your role does not allow this action.' },
  not_found: { status: 404, description: 'The resource does not exist or is not published.' },
  conflict: {
    status: 409,
    description: 'The resource changed since it was read (stale version); nothing was saved.',
  },
  duplicate: { status: 409, description: 'A resource with the same unique value already exists.' },
  payload_too_large: {
    status: 413,
    description:
      'The body is larger than the limit (20 MB for an image, 8 MB for any other request).',
  },
  unsupported_media_type: {
    status: 415,
    description:
      'The uploaded file is not a JPEG, PNG, WebP or AVIF image (checked from its content).',
  },
  invalid_reference: {
    status: 422,
    description: 'The request refers to a resource that does not exist.',
  },
  missing_field: { status: 422, description: 'A required value is missing.' },
  rate_limited: {
    status: 429,
    description: 'Too many requests in the current window; retry after the seconds given.',
  },
  unavailable: { status: 503, description: 'A dependency (the database) is not reachable.' },
  internal: { status: 500, description: 'An unexpected error; details are in the server log.' },
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
