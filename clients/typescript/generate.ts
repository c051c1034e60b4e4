// Writes constellation-api.ts, the typed paths of the API for openapi-fetch (README: « A typed
// client for TypeScript »), then formats it with Prettier so the format check passes.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generatedTypes } from './openapi-source.js';

const out = fileURLToPath(new URL('./constellation-api.ts', import.meta.url));
await writeFile(out, await generatedTypes());
execFileSync('npx', ['prettier', '--write', out], { stdio: 'inherit' });
console.log(`wrote ${out}`);
