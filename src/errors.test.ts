import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError, errorCatalogue } from './errors.js';

describe('error catalogue', () => {
  it('is documented in docs/errors.md, code for code, status for status', () => {
    const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
    const rows = doc
      .split('\n')
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .filter((cells) => /^`[a-z_]+`$/.test(cells[1] ?? ''))
      .map((cells) => [cells[1]!.slice(1, -1), Number(cells[2]), cells[3]]);
    const catalogue = Object.entries(errorCatalogue).map(([code, e]) => [
      code,
      e.status,
      e.description,
    ]);
    expect(rows).toEqual(catalogue);
  });

  it('derives the HTTP status from the code', () => {
    expect(new AppError('not_found', 'x').status).toBe(404);
    expect(new AppError('conflict', 'x').status).toBe(409);
  });
});
