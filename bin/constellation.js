#!/usr/bin/env -S node --max-semi-space-size=4
// The `constellation` command: runs the TypeScript sources through tsx's loader.
// --max-semi-space-size=4 (MB; V8 takes up to 16 here): a smaller young generation keeps a serving
// process ≈ 30 MB smaller at the same CPU per request (README, Benchmark). npm start/serve and
// the bench pass the flags of this line too.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
