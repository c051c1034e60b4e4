// One table file of an archive into the database: lines read as they arrive, each checked against
// the column types (so both engines refuse the same rows, naming the line), inserted in batches.
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { Db, DialectName } from '../db/database.js';
import { postgresConstraint } from '../db/dialect.postgres.js';
import { sqliteConstraint } from '../db/dialect.sqlite.js';
import type { Progress } from '../lib/progress.js';
import { TransferError, type ManifestTable } from './format.js';
import { insertRows, updateRow, type Row } from './rows.repository.js';
import type { PlannedTable } from './table-plan.js';

const maxLineBytes = 64 * 1024 * 1024;
/** A batch is sent once it holds this many characters of JSON, however few its rows. */
const batchChars = 2 * 1024 * 1024;

/** Lines of a UTF-8 stream, without their newline; a line longer than 64 MB is refused. */
export async function* lines(body: Readable, file: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  // A long line arrives in many chunks: they are kept apart and joined once its end is seen.
  let parts: string[] = [];
  let length = 0;
  for await (const chunk of body) {
    let text = decoder.write(chunk as Buffer);
    let newline: number;
    while ((newline = text.indexOf('\n')) >= 0) {
      parts.push(text.slice(0, newline));
      yield parts.join('');
      parts = [];
      length = 0;
      text = text.slice(newline + 1);
    }
    parts.push(text);
    length += text.length;
    if (length > maxLineBytes) throw new TransferError(`${file} has a line over 64 MB: refused.`);
  }
  parts.push(decoder.end());
  const last = parts.join('');
  if (last !== '') yield last;
}

/** Values written in place of withheld secrets, so not-null columns accept the row. */
const placeholders: Record<string, Record<string, () => string>> = {
  // Not an argon2 hash: no password matches it, so the account needs a new password.
  app_user: { password_hash: () => '!' },
  // A fresh signing secret, in the form webhooks' newWebhookSecret makes (Standard Webhooks);
  // the receiver must be given it again.
  webhook: { secret: () => `whsec_${randomBytes(32).toString('base64')}` },
};

export interface TableLoad {
  db: Db;
  dialect: DialectName;
  table: PlannedTable;
  entry: ManifestTable;
  body: Readable;
  progress: Progress;
}

/** Inserts the rows of one table file; returns how many. Throws TransferError naming the line. */
export async function loadTable({
  db,
  dialect,
  table,
  entry,
  body,
  progress,
}: TableLoad): Promise<number> {
  // The columns the archive carries (checked to exist here); the others take their defaults.
  const carried = table.columns.filter((c) => entry.columns.some((e) => e.name === c.name));
  const columns = new Map(carried.map((c) => [c.name, c]));
  const batchSize = Math.max(1, Math.min(500, Math.floor(30000 / table.columns.length)));
  const later: { key: Row; values: Row }[] = [];
  let batch: Row[] = [];
  let batchLength = 0;
  let first = 1;
  let count = 0;
  const flush = async () => {
    try {
      await insertRows(db, table.name, batch);
    } catch (error) {
      throw refused(error, dialect, `${entry.file}, ${lineRange(first, count)}`);
    }
    progress.advance(batch.length);
    batch = [];
    batchLength = 0;
    first = count + 1;
  };
  for await (const line of lines(body, entry.file)) {
    count += 1;
    const where = `${entry.file} line ${count}`;
    const row = parseRow(line, where);
    for (const name of Object.keys(row)) {
      if (!columns.has(name))
        throw new TransferError(
          `${where}: “${name}” is not a column of ${table.name} in the manifest.`,
        );
    }
    for (const column of carried) {
      let value = row[column.name] ?? null;
      const fill = placeholders[table.name]?.[column.name];
      if (value === null && !column.nullable && fill) value = fill();
      row[column.name] = checkValue(
        value,
        column.type,
        column.nullable,
        `${where}: ${table.name}.${column.name}`,
      );
    }
    const deferred = table.deferred.filter((c) => row[c] !== null);
    if (deferred.length > 0) {
      later.push({
        key: Object.fromEntries(table.orderBy.map((c) => [c, row[c]])),
        values: Object.fromEntries(deferred.map((c) => [c, row[c]])),
      });
      for (const c of deferred) row[c] = null;
    }
    batch.push(row);
    batchLength += line.length;
    if (batch.length >= batchSize || batchLength >= batchChars) await flush();
  }
  if (batch.length > 0) await flush();
  if (count !== entry.rows) {
    throw new TransferError(
      `${entry.file} holds ${count} rows where the manifest announces ${entry.rows}: the archive is damaged or was edited.`,
    );
  }
  for (const [i, update] of later.entries()) {
    try {
      await updateRow(db, table.name, update.key, update.values);
    } catch (error) {
      throw refused(error, dialect, `${entry.file} (reference set after the rows, #${i + 1})`);
    }
  }
  return count;
}

function parseRow(line: string, where: string): Row {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new TransferError(`${where} is not valid JSON.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TransferError(`${where} is not a JSON object.`);
  }
  return value as Row;
}

function checkValue(value: unknown, type: string, nullable: boolean, where: string): unknown {
  if (value === null) {
    if (nullable) return null;
    throw new TransferError(`${where} is null, but the column requires a value.`);
  }
  const ok =
    type === 'text'
      ? typeof value === 'string'
      : type === 'real'
        ? typeof value === 'number' && Number.isFinite(value)
        : typeof value === 'number' && Number.isSafeInteger(value);
  if (!ok)
    throw new TransferError(
      `${where} should be ${type === 'text' ? 'a string' : `a number (${type})`}, not ${JSON.stringify(value)}.`,
    );
  return value;
}

function lineRange(from: number, to: number): string {
  return from === to ? `line ${from}` : `lines ${from}–${to}`;
}

/** A driver error as a message naming the rows and the rule they break. */
function refused(error: unknown, dialect: DialectName, where: string): Error {
  const kind = dialect === 'postgres' ? postgresConstraint(error) : sqliteConstraint(error);
  const detail = (error as { detail?: string } | null)?.detail;
  const message = error instanceof Error ? error.message : String(error);
  const rule =
    kind === 'unique'
      ? 'a value that must be unique is already used'
      : kind === 'foreign_key'
        ? 'a row refers to something that does not exist'
        : kind === 'not_null'
          ? 'a required value is missing'
          : 'the database refused it';
  return new TransferError(
    `${where}: ${rule} (${message}${detail ? `; ${detail}` : ''}). Nothing was imported.`,
  );
}
