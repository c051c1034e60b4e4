// The media forms' fields, validated once at the edge.
import { z } from 'zod';

const text = (max: number) =>
  z
    .string()
    .max(max)
    .optional()
    .transform((v) => v ?? '');

/** Upload form: the file is read separately; alt texts `alt_<locale>` and the credit. */
export const uploadFieldsSchema = z.object({ credit: text(300) }).catchall(z.unknown());

/** Edit form: the version read, the credit, alt texts as `alt_<locale>`. */
export const editFormSchema = z
  .object({
    version: z.coerce.number().int().positive(),
    credit: text(300),
  })
  .catchall(z.unknown());

/** `alt_<locale>` fields of a form body, for the site's locales, at most 500 characters each. */
export function altFields(
  body: Record<string, unknown>,
  locales: readonly string[],
): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const locale of locales) {
    const value = body[`alt_${locale}`];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length > 500) return undefined;
    out[locale] = value;
  }
  return out;
}
