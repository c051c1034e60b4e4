import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { optionalParam, parseQuery } from './query.js';

const schema = z.object({ kind: optionalParam(z.enum(['a', 'b'])) });

describe('query parameters', () => {
  it('treats an empty value as absent and ignores unknown parameters', () => {
    expect(parseQuery(schema, { kind: '', other: 'x' })).toEqual({ kind: undefined });
    expect(parseQuery(schema, { kind: 'b' })).toEqual({ kind: 'b' });
  });

  it('answers bad_request naming the parameter', () => {
    expect(() => parseQuery(schema, { kind: 'c' })).toThrow(AppError);
    expect(() => parseQuery(schema, { kind: 'c' })).toThrow(/“kind”/);
  });
});
