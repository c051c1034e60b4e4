import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError, errorCatalogue } from './errors.js';

describe('error catalogue', () => {
  const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
  const rows = doc
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .filter((cells) => /`[a-z_]+`$/.test(cells[1] ?? ''));

  it('is documented in docs/errors.md, code for code: status, title and meaning', () => {
    const documented = rows.map((cells) => [
      /`([a-z_]+)`$/.exec(cells[1]!)![1],
      Number(cells[2]),
      cells[3],
      cells[4],
    ]);
    const catalogue = Object.entries(errorCatalogue).map(([code, e]) => [
      code,
      e.status,
      e.title,
      e.description,
    ]);
    expect(documented).toEqual(catalogue);
  });

  it('gives each code an anchor in docs/errors.md, the fragment of its problem type', () => {
    for (const [code] of Object.entries(errorCatalogue)) {
      const row = rows.find((cells) => cells[1]!.endsWith(`\`${code}\``));
      expect(row?.[1], code).toBe(`<a id="${code}"></a>\`${code}\``);
    }
  });

  it('derives the HTTP status from the code', () => {
    expect(new AppError('not_found', 'x').status).toBe(404);
    expect(new AppError('conflict', 'x').status).toBe(409);
  });
});
