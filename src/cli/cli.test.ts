// The command line, called in-process with captured output.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.js';
import { runCli } from './cli.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('constellation CLI', () => {
  let dir: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'constellation-cli-'));
    process.env.MEDIA_DIR = join(dir, 'media');
    // Vitest exposes Vite's BASE_URL ('/') in process.env; it is not ours.
    delete process.env.BASE_URL;
  });
  afterAll(async () => {
    process.env = saved;
    await rm(dir, { recursive: true, force: true });
  });

  it('migrates a new database, then says it is up to date', async () => {
    const db = join(dir, 'migrate.db');
    const first = capture();
    expect(await runCli(['migrate', '--database', db], first.io)).toBe(0);
    expect(first.out.join('\n')).toContain('Applied: 2026-11-25-2200-create-domain');
    const second = capture();
    expect(await runCli(['migrate', '--database', db], second.io)).toBe(0);
    expect(second.out.join('\n')).toContain('up to date');
  });

  it('seeds the demo content once, and refuses to seed twice', async () => {
    const db = join(dir, 'seed.db');
    const first = capture();
    expect(await runCli(['seed', '--database', db], first.io)).toBe(0);
    expect(first.out.join('\n')).toMatch(/Demo content loaded: \d+ articles/);
    const second = capture();
    expect(await runCli(['seed', '--database', db], second.io)).toBe(0);
    expect(second.out.join('\n')).toContain('already has articles');
    const database = openDatabase(db);
    const { n } = await database.db
      .selectFrom('article')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await database.close();
    expect(Number(n)).toBeGreaterThanOrEqual(16);
  });

  it('rejects unknown commands and options with usage and a non-zero code', async () => {
    const unknown = capture();
    expect(await runCli(['frobnicate'], unknown.io)).toBe(2);
    expect(unknown.err.join('\n')).toContain('Unknown command');
    const badOption = capture();
    expect(await runCli(['migrate', '--nope'], badOption.io)).toBe(2);
    expect(badOption.err.join('\n')).toContain('Usage');
    const help = capture();
    expect(await runCli(['help'], help.io)).toBe(0);
    expect(help.out.join('\n')).toContain('serve');
  });

  it('stops on invalid configuration with a clear message', async () => {
    process.env.PORT = 'not-a-port';
    const run = capture();
    expect(await runCli(['migrate', '--database', join(dir, 'x.db')], run.io)).toBe(78);
    expect(run.err.join('\n')).toContain('PORT');
    delete process.env.PORT;
  });
});
