// `constellation user create` called in-process, the password fed on an input stream.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli.js';
import { openDatabase } from '../db/database.js';
import { verifyPassword } from './password.js';

function io(input?: string, isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const stream = Object.assign(Readable.from(input === undefined ? [] : [input]), { isTTY });
  return {
    io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), input: stream },
    out,
    err,
  };
}

describe('constellation user create', () => {
  let dir: string;
  let db: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'constellation-user-'));
    db = join(dir, 'users.db');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('creates an admin from a password on standard input', async () => {
    const run = io('a long enough password\n');
    const code = await runCli(
      [
        'user',
        'create',
        '--email',
        'Ada@Example.org',
        '--role',
        'admin',
        '--name',
        'Ada Lovelace',
        '--password-stdin',
        '--database',
        db,
      ],
      run.io,
    );
    expect(run.err).toEqual([]);
    expect(code).toBe(0);
    expect(run.out.join('\n')).toContain('ada@example.org');
    const database = openDatabase(db);
    try {
      const user = await database.db.selectFrom('app_user').selectAll().executeTakeFirstOrThrow();
      expect(user).toMatchObject({ email: 'ada@example.org', name: 'Ada Lovelace', role: 'admin' });
      expect(user.password_hash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user.password_hash, 'a long enough password')).toBe(true);
      const audit = await database.db.selectFrom('audit_entry').selectAll().execute();
      expect(audit.map((a) => a.action)).toEqual(['user.created']);
    } finally {
      await database.close();
    }
  });

  it('refuses a short password, a duplicate email, an unknown role and missing options', async () => {
    const short = io('too short\n');
    expect(
      await runCli(
        [
          'user',
          'create',
          '--email',
          'b@example.org',
          '--role',
          'editor',
          '--password-stdin',
          '--database',
          db,
        ],
        short.io,
      ),
    ).toBe(1);
    expect(short.err.join('\n')).toContain('at least 12 characters');
    const dup = io('a long enough password');
    expect(
      await runCli(
        [
          'user',
          'create',
          '--email',
          'ada@example.org',
          '--role',
          'editor',
          '--password-stdin',
          '--database',
          db,
        ],
        dup.io,
      ),
    ).toBe(1);
    expect(dup.err.join('\n')).toContain('already exists');
    const role = io('a long enough password');
    expect(
      await runCli(
        [
          'user',
          'create',
          '--email',
          'c@example.org',
          '--role',
          'boss',
          '--password-stdin',
          '--database',
          db,
        ],
        role.io,
      ),
    ).toBe(2);
    expect(role.err.join('\n')).toContain('admin, editor, author, contributor');
    const missing = io();
    expect(await runCli(['user', 'create', '--database', db], missing.io)).toBe(2);
    expect(missing.err.join('\n')).toContain('--email and --role are required');
    const email = io('a long enough password');
    expect(
      await runCli(
        [
          'user',
          'create',
          '--email',
          'not-an-email',
          '--role',
          'author',
          '--password-stdin',
          '--database',
          db,
        ],
        email.io,
      ),
    ).toBe(1);
    expect(email.err.join('\n')).toContain('valid email');
  });

  it('asks for --password-stdin when there is no terminal to prompt on', async () => {
    const run = io('', false);
    expect(
      await runCli(
        ['user', 'create', '--email', 'd@example.org', '--role', 'author', '--database', db],
        run.io,
      ),
    ).toBe(2);
    expect(run.err.join('\n')).toContain('--password-stdin');
  });
});
