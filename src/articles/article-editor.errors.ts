// Errors of the newsroom that carry more than a message: field errors for the form, and the
// version someone else saved for the conflict screen.
import { AppError, type ErrorCode } from '../errors.js';
import type { MessageKey } from '../i18n/messages.fr.js';
import type { ArticleForm } from './article-editor.form.js';

export interface FieldError {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** Keys are form field names: `fr.title`, `en.slug`, `sectors`, `hero`… */
export type FieldErrors = Record<string, FieldError>;

/** The form cannot be saved as submitted; nothing was written. */
export class ArticleFormError extends AppError {
  readonly fields: FieldErrors;

  constructor(fields: FieldErrors, code: ErrorCode = 'missing_field') {
    super(code, `The article cannot be saved: ${Object.keys(fields).join(', ')}.`);
    this.fields = fields;
  }
}

/** Someone saved the article since the form was opened; nothing was written. */
export class ArticleConflictError extends AppError {
  readonly theirs: ArticleForm;
  readonly theirsVersion: number;

  constructor(theirs: ArticleForm, theirsVersion: number) {
    super(
      'conflict',
      'This article was saved by someone else since you opened it; nothing was saved.',
    );
    this.theirs = theirs;
    this.theirsVersion = theirsVersion;
  }
}
