// The JSON Schemas of docs/ (export-manifest.schema.json, export-row.schema.json), derived from
// the zod schema the import checks manifests with, so the documentation cannot drift from it.
import { z } from 'zod';
import { formatVersion, manifestSchema } from './format.js';

const base = 'https://constellation.example.org/schemas';

export function manifestJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(manifestSchema) as Record<string, unknown>;
  return {
    $schema,
    $id: `${base}/export-manifest-v${formatVersion}.json`,
    title: `Constellation export manifest, format version ${formatVersion}`,
    description:
      'manifest.json, the first entry of an export or backup archive (docs/export-format.md).',
    ...rest,
  };
}

/** One line of tables/<table>.jsonl: the manifest's `columns` give each value's type. */
export function rowJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${base}/export-row-v${formatVersion}.json`,
    title: `Constellation export row, format version ${formatVersion}`,
    description:
      'One line of tables/<table>.jsonl: an object with one property per column of the table, ' +
      'in the order of the manifest’s `columns`; text columns hold strings, integer, bigint and ' +
      'real columns hold numbers, and null stands for SQL NULL (or a withheld secret).',
    type: 'object',
    propertyNames: { pattern: '^[a-z_][a-z0-9_]*$' },
    additionalProperties: { type: ['string', 'number', 'null'] },
  };
}
