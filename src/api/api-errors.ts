// API errors as JSON: { error: { code, message } }, with `params` naming each offending field.
import { AppError, type ErrorCode } from '../errors.js';

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
