#!/usr/bin/env node
// The `hallflow` command. The CLI is TypeScript, built into .cli/ at install (`npm ci` runs
// scripts/build-cli.mjs); this wrapper runs that bundle, rebuilding it first when a source file
// is newer (a working copy being edited), and falls back to compiling on the fly with tsx only
// when the bundle cannot be built.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(ROOT, '.cli', 'hallflow.mjs');

/** Whether the bundle exists and no source file it was built from is newer. */
function fresh() {
  try {
    const built = statSync(BUNDLE).mtimeMs;
    const inputs = JSON.parse(readFileSync(join(ROOT, '.cli', 'inputs.json'), 'utf8'));
    return inputs.every((f) => {
      const p = join(ROOT, f);
      return existsSync(p) && statSync(p).mtimeMs <= built;
    });
  } catch {
    return false;
  }
}

async function load() {
  if (!fresh()) {
    try {
      const { buildCli } = await import('../scripts/build-cli.mjs');
      await buildCli();
    } catch (e) {
      if (process.env.HALLFLOW_DEBUG) console.error(e);
      const { register } = await import('tsx/esm/api');
      register();
      return import('../src/cli/main.ts');
    }
  }
  return import(pathToFileURL(BUNDLE).href);
}

const { main } = await load();
process.exitCode = await main(process.argv.slice(2));
