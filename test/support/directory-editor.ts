// Directory editor test helpers: the field errors a refused save names.
import { FormError } from '../../src/kernel/form-errors.js';

/** The message keys by field of the FormError `promise` rejects with. */
export async function formErrors(promise: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FormError)
      return Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, v.key]));
    throw error;
  }
  throw new Error('expected a form error');
}

/** The id in a `Location: /admin/{kind}/{id}?done=…` header. */
export function idFromLocation(response: Response): string {
  const location = response.headers.get('location') ?? '';
  const id = /^\/admin\/[a-z]+\/([0-9a-f-]{36})/.exec(location)?.[1];
  if (!id) throw new Error(`no entry id in « ${location} »`);
  return id;
}
