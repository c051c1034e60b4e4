// Cursors: round trip, and every malformed or foreign cursor refused as invalid_cursor.
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { decodeCursor, encodeCursor, pageOf } from './cursor.js';

describe('cursor', () => {
  it('round-trips the sort key and id, opaque and URL-safe', () => {
    const raw = encodeCursor('articles', ['2026-11-20T10:00:00.000Z'], 'abc');
    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('articles', 1, raw)).toEqual({
      key: ['2026-11-20T10:00:00.000Z'],
      id: 'abc',
    });
    expect(decodeCursor('articles', 1, undefined)).toBeUndefined();
  });

  it.each([
    ['not base64', '***'],
    ['not JSON', Buffer.from('hello').toString('base64url')],
    ['another list', encodeCursor('people', ['a'], 'x')],
    ['wrong key size', encodeCursor('articles', ['a', 'b'], 'x')],
    [
      'an object key',
      Buffer.from(JSON.stringify({ l: 'articles', k: [{}], i: 'x' })).toString('base64url'),
    ],
    ['a null JSON', Buffer.from('null').toString('base64url')],
  ])('refuses %s', (_, raw) => {
    let error: unknown;
    try {
      decodeCursor('articles', 1, raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid_cursor');
  });

  it('gives a next cursor only when a further row was fetched', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(pageOf(rows, 3, 'l', () => []).nextCursor).toBeNull();
    const page = pageOf(rows, 2, 'l', (r) => [r.id]);
    expect(page.items).toHaveLength(2);
    expect(decodeCursor('l', 1, page.nextCursor!)).toEqual({ key: ['b'], id: 'b' });
  });
});
