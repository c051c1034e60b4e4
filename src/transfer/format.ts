// The export format, version 1 (docs/export-format.md, docs/export-manifest.schema.json): a
// tar.gz holding manifest.json first, then tables/<table>.jsonl in insertion order, then
// media/<storage key> files. The manifest is checked with zod before anything is written.
import { z } from 'zod';

export const formatName = 'constellation-export';
export const formatVersion = 1;
export const manifestEntry = 'manifest.json';
export const tableEntry = (table: string) => `tables/${table}.jsonl`;
export const mediaPrefix = 'media/';

/** Problems with the archive or its content: the command prints the message and exits 65. */
export class TransferError extends Error {
  constructor(
    message: string,
    readonly exitCode = 65, // EX_DATAERR
  ) {
    super(message);
    this.name = 'TransferError';
  }
}

const identifier = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a lower-case SQL identifier');

const columnSchema = z.object({
  name: identifier,
  type: z
    .enum(['text', 'integer', 'bigint', 'real'])
    .describe('How the values are written: strings for text, numbers otherwise.'),
  nullable: z.boolean(),
});

const tableSchema = z.object({
  name: identifier.describe('The table, as the migrations name it.'),
  file: z
    .string()
    .describe('The archive entry holding its rows: tables/<name>.jsonl, one JSON object a line.'),
  rows: z.number().int().nonnegative().describe('How many lines the file holds.'),
  columns: z.array(columnSchema).min(1).describe('Every column, in the order of the table.'),
  orderBy: z
    .array(identifier)
    .min(1)
    .describe('The columns the rows are sorted by (the primary key), byte order for text.'),
  withheld: z
    .boolean()
    .describe(
      'True for a table of credentials left out of an export without secrets (its file is empty).',
    ),
});

export const manifestSchema = z.object({
  format: z.literal(formatName),
  formatVersion: z
    .literal(formatVersion)
    .describe('Raised on any change a version-1 reader would misread.'),
  kind: z
    .enum(['export', 'backup'])
    .describe('A backup is an export with secrets taken from a consistent snapshot.'),
  createdAt: z.string().describe('When the export was written (ISO-8601 UTC).'),
  origin: z.object({
    dialect: z.enum(['sqlite', 'postgres']).describe('The engine the rows were read from.'),
    application: z.string().describe('Name and version of the program that wrote the archive.'),
    migrations: z
      .array(z.string())
      .describe('The schema migrations applied to the source database, in order.'),
  }),
  secrets: z
    .boolean()
    .describe(
      'Whether password hashes, TOTP secrets, sessions, API token hashes and webhook secrets are included.',
    ),
  tables: z
    .array(tableSchema)
    .describe('Every exported table, in insertion order (referenced tables first).'),
  media: z.object({
    files: z
      .number()
      .int()
      .nonnegative()
      .describe('How many media/<storage key> entries follow the tables.'),
    bytes: z.number().int().nonnegative(),
    missing: z
      .array(z.string())
      .describe('Storage keys named by rows whose file was not on disk at export time.'),
  }),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestTable = z.infer<typeof tableSchema>;

/** Reads a manifest, telling apart another program's file, a newer version and a broken one. */
export function parseManifest(text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new TransferError('The archive’s manifest.json is not valid JSON: the file is damaged.');
  }
  const head = z.object({ format: z.unknown(), formatVersion: z.unknown() }).safeParse(json);
  if (!head.success || head.data.format !== formatName) {
    throw new TransferError(
      'This archive is not a Constellation export (its manifest names another format).',
    );
  }
  if (head.data.formatVersion !== formatVersion) {
    throw new TransferError(
      `This export is in format version ${JSON.stringify(head.data.formatVersion)}; this Constellation reads version ${formatVersion} only. ` +
        'Import it with the Constellation version that wrote it, or a newer one.',
    );
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TransferError(
      `The archive’s manifest.json is invalid at ${issue?.path.join('.') || 'the top'}: ${issue?.message ?? 'unknown problem'}.`,
    );
  }
  return parsed.data;
}

/**
 * A database value as the export writes it: numbers for integer columns (PostgreSQL returns
 * bigint as a string), strings, null. Anything else is refused rather than written lossily.
 */
export function exportValue(
  value: unknown,
  type: 'text' | 'integer' | 'bigint' | 'real',
  where: string,
): string | number | null {
  if (value === null || value === undefined) return null;
  if (type === 'text' && typeof value === 'string') return value;
  if (type !== 'text') {
    const n = typeof value === 'bigint' || typeof value === 'string' ? Number(value) : value;
    if (typeof n === 'number' && Number.isFinite(n) && (type === 'real' || Number.isSafeInteger(n)))
      return n;
  }
  throw new Error(
    `${where}: cannot export the value ${JSON.stringify(value) ?? typeof value} as ${type}.`,
  );
}
