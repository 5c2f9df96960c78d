#!/usr/bin/env node
// The `hallflow` command. The CLI is TypeScript; tsx (installed with the project) compiles it
// on the fly, so a fresh clone needs only `npm ci` before `npx hallflow ...`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
