// Redirects as CSV (RFC 4180, via csv-parse and csv-stringify): `source,target,status` with an
// optional header line on import; the export adds origin, hits and last hit.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { redirectProblem, type RedirectInput } from './redirect.service.js';
import type { RedirectRow } from './redirect.repository.js';

export const maxCsvRows = 20_000;

export interface CsvLineError {
  line: number;
  message: string;
}

/** The redirects of a CSV text, or the errors of its lines (then nothing is to be saved). */
export function parseRedirectCsv(
  text: string,
): { inputs: RedirectInput[]; errors: [] } | { inputs: []; errors: CsvLineError[] } {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { inputs: [], errors: [{ line: 0, message: `Not a readable CSV file: ${message}` }] };
  }
  if (records.length > maxCsvRows)
    return { inputs: [], errors: [{ line: 0, message: `More than ${maxCsvRows} lines.` }] };
  const inputs: RedirectInput[] = [];
  const errors: CsvLineError[] = [];
  records.forEach((record, index) => {
    const [source = '', target = '', status = ''] = record;
    if (index === 0 && source.toLowerCase() === 'source') return;
    const line = index + 1;
    if (status !== '' && status !== '301' && status !== '302') {
      errors.push({ line, message: `The status must be 301 or 302, not “${status}”.` });
      return;
    }
    const input: RedirectInput = {
      source,
      target,
      status: status === '302' ? 302 : 301,
      origin: 'manual',
    };
    const problem = redirectProblem(input);
    if (problem) errors.push({ line, message: problem });
    else inputs.push(input);
  });
  if (inputs.length === 0 && errors.length === 0)
    errors.push({ line: 0, message: 'The file has no redirect.' });
  return errors.length ? { inputs: [], errors } : { inputs, errors: [] };
}

/** Every redirect as CSV text, header first. */
export function redirectsToCsv(rows: RedirectRow[]): string {
  return stringify([
    ['source', 'target', 'status', 'origin', 'hits', 'last_hit_at'],
    ...rows.map((r) => [
      r.source_path,
      r.target,
      String(r.status_code),
      r.origin,
      String(r.hits),
      r.last_hit_at ?? '',
    ]),
  ]);
}
