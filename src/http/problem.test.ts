import { describe, expect, it } from 'vitest';
import { ApiValidationError, bodyPointer, problemOf, problemType } from './problem.js';

describe('problem details', () => {
  it('writes JSON pointers as URI fragments, escaping ~ and / (RFC 6901) and the rest', () => {
    expect(bodyPointer([])).toBe('#');
    expect(bodyPointer(['translations', 'fr', 'title'])).toBe('#/translations/fr/title');
    expect(bodyPointer(['a/b', 'c~d', 0, 'é s'])).toBe('#/a~1b/c~0d/0/%C3%A9%20s');
  });

  it('builds the type from the base URL and the code, with the catalogue’s title and status', () => {
    expect(problemType('https://news.example.org/', 'not_found')).toBe(
      'https://news.example.org/api/v1/docs#not_found',
    );
    expect(
      problemOf('https://news.example.org', 'precondition_failed', 'Stale.', {
        instance: '/api/v1/articles/x',
        errors: [],
      }),
    ).toEqual({
      type: 'https://news.example.org/api/v1/docs#precondition_failed',
      title: 'Precondition failed',
      status: 412,
      detail: 'Stale.',
      code: 'precondition_failed',
      instance: '/api/v1/articles/x',
    });
  });

  it('names each offending field or parameter in a validation error’s detail', () => {
    const error = new ApiValidationError(
      [
        { parameter: 'limit', detail: 'Too big' },
        { pointer: '#/kind', detail: 'Unknown kind' },
      ],
      'request',
    );
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe('Invalid request: “limit” (Too big), “/kind” (Unknown kind).');
  });
});
