// The webhook form, validated at the edge: an absolute http(s) URL, a short description, and at
// least one known event.
import { z } from 'zod';
import { webhookEvents } from './webhook.events.js';

export const maxUrlLength = 2000;
export const maxDescriptionLength = 200;

export const webhookInputSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1)
    .max(maxUrlLength)
    .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.hostname }))
    // fetch refuses URLs with credentials; a receiver authenticates us by the signature.
    .refine((u) => !/^https?:\/\/[^/?#]*@/i.test(u), 'No user name or password in the URL.'),
  description: z.string().trim().max(maxDescriptionLength),
  events: z.array(z.enum(webhookEvents)).min(1),
});

export type WebhookInput = z.infer<typeof webhookInputSchema>;
