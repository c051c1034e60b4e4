// The webhook form between the page and the service: raw fields in, typed input or translated
// field errors out.
import type { Translator } from '../i18n/locales.js';
import {
  maxDescriptionLength,
  maxUrlLength,
  webhookInputSchema,
  type WebhookInput,
} from './webhook.schema.js';

export interface WebhookFormValues {
  url: string;
  description: string;
  events: string[];
}

export type WebhookFormErrors = Partial<Record<'url' | 'description' | 'events', string>>;

/** The posted fields as form values (checkbox `events` may come once, several times, or not). */
export function formValues(
  body: Record<string, string | File | (string | File)[]>,
): WebhookFormValues {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const events = body['events'] ?? body['events[]'];
  const list = Array.isArray(events) ? events : events === undefined ? [] : [events];
  return {
    url: text(body.url),
    description: text(body.description),
    events: list.filter((e): e is string => typeof e === 'string'),
  };
}

export function parseWebhookForm(
  values: WebhookFormValues,
  t: Translator,
): { input: WebhookInput; errors?: undefined } | { input?: undefined; errors: WebhookFormErrors } {
  const parsed = webhookInputSchema.safeParse(values);
  if (parsed.success) return { input: parsed.data };
  const errors: WebhookFormErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === 'url') errors.url = t('webhooks.error.url', { max: maxUrlLength });
    if (field === 'description')
      errors.description = t('webhooks.error.description', { max: maxDescriptionLength });
    if (field === 'events') errors.events = t('webhooks.error.events');
  }
  return { errors };
}
