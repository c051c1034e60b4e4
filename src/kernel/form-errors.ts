// Errors of the newsroom's forms that carry more than a message: the field errors to show beside
// the inputs, and the version someone else saved for the conflict screen. One pair for articles
// and every directory kind.
import { AppError, type ErrorCode } from '../errors.js';
import type { MessageKey } from '../i18n/messages.fr.js';

export interface FieldError {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** Keys are form field names: `fr.title`, `en.slug`, `sectors`, `hero`… */
export type FieldErrors = Record<string, FieldError>;

/** The form cannot be saved as submitted; nothing was written. `what`: « article », « entry ». */
export class FormError extends AppError {
  readonly fields: FieldErrors;

  constructor(fields: FieldErrors, code: ErrorCode = 'missing_field', what = 'entry') {
    super(code, `The ${what} cannot be saved: ${Object.keys(fields).join(', ')}.`);
    this.fields = fields;
  }
}

/** Someone saved the same thing since the form was opened; nothing was written. */
export class ConflictError<Form = unknown> extends AppError {
  readonly theirs: Form;
  readonly theirsVersion: number;

  constructor(theirs: Form, theirsVersion: number, what = 'entry') {
    super(
      'conflict',
      `This ${what} was saved by someone else since you opened it; nothing was saved.`,
    );
    this.theirs = theirs;
    this.theirsVersion = theirsVersion;
  }
}
