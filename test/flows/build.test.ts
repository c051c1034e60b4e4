// The compiled build: `npm run build` writes dist/, and bin/constellation.js then runs the
// compiled JavaScript (no TypeScript loader, no notice on standard error); without a build, or
// with one older than the sources, it runs the sources and says so.
import { spawnSync } from 'node:child_process';
import { existsSync, utimesSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync('node', args, { encoding: 'utf8', env: { ...process.env, ...env } });

describe('npm run build', () => {
  it('compiles the sources, and the command runs the compiled JavaScript', () => {
    const built = run(['bin/build.js']);
    expect(built.status, built.stderr).toBe(0);
    expect(existsSync('dist/src/cli/cli.js')).toBe(true);
    expect(existsSync('dist/src/main.js')).toBe(true);
    expect(existsSync('dist/src/cli/cli.test.js')).toBe(false);

    const help = run(['bin/constellation.js', 'help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: constellation <command>/);
    expect(help.stderr).toBe('');

    // A source newer than the build: the sources run, and the user is told.
    utimesSync('dist/BUILT', new Date(0), new Date(0));
    const stale = run(['bin/constellation.js', 'help']);
    expect(stale.status).toBe(0);
    expect(stale.stderr).toContain('dist/ is missing or older than src/');
    const rebuilt = run(['bin/build.js']);
    expect(rebuilt.status).toBe(0);
  }, 120_000);
});
