#!/usr/bin/env -S node --max-semi-space-size=4
// The `constellation` command. It runs the compiled JavaScript in dist/ (`npm run build`) when
// that is newer than every source file, and the TypeScript sources through tsx's loader
// otherwise (a checkout being worked on), saying so on standard error.
// --max-semi-space-size=4 (MB; V8 takes up to 16 here): a smaller young generation keeps a serving
// process ≈ 30 MB smaller at the same CPU per request (README, Benchmark). npm start/serve and
// the bench pass the flags of this line too.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function builtAfterSources() {
  let built;
  try {
    built = statSync(`${root}dist/BUILT`).mtimeMs;
  } catch {
    return false;
  }
  for (const file of readdirSync(`${root}src`, { recursive: true, encoding: 'utf8' }))
    if (statSync(`${root}src/${file}`).mtimeMs > built) return false;
  return true;
}

let runCli;
if (process.env.CONSTELLATION_FROM_SOURCE !== '1' && builtAfterSources()) {
  ({ runCli } = await import('../dist/src/cli/cli.js'));
} else {
  if (process.env.CONSTELLATION_FROM_SOURCE !== '1')
    console.error('constellation: dist/ is missing or older than src/; running the sources.');
  const { register } = await import('tsx/esm/api');
  register();
  ({ runCli } = await import('../src/cli/cli.ts'));
}
process.exitCode = await runCli(process.argv.slice(2));
