// `npm run build`: compiles src/ to dist/src/ with esbuild, file by file (no bundle: every module
// keeps its place, so paths read from `import.meta.url` — ../public, ../../package.json — still
// resolve, through the links dist/public and dist/package.json). Types are checked by
// `npm run typecheck`, not here. bin/constellation.js runs dist/ when it is newer than src/.
import { build } from 'esbuild';
import { performance } from 'node:perf_hooks';
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';

const started = performance.now();
const entryPoints = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
  .map((f) => `src/${f}`);
rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints,
  outdir: 'dist/src',
  outbase: 'src',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  jsxImportSource: 'hono/jsx',
  sourcemap: 'linked',
  logLevel: 'warning',
});
mkdirSync('dist', { recursive: true });
symlinkSync('../public', 'dist/public');
symlinkSync('../package.json', 'dist/package.json');
// Written last: bin/constellation.js compares its time with the sources'.
writeFileSync('dist/BUILT', `${new Date().toISOString()}\n`);
console.error(
  `built ${entryPoints.length} modules into dist/ in ${Math.round(performance.now() - started)} ms`,
);
