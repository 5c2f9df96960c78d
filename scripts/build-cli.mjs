// Builds the command line and its worker thread into plain JavaScript (issue 15): users run
// bundles, not TypeScript compiled at start-up. Run at install (`prepare`) and by bin/hallflow.mjs
// itself when a source file is newer than the bundle (so a working copy never runs stale code).
//
//   .cli/hallflow.mjs         the CLI (src/cli/main.ts), subcommands split into chunks loaded on demand
//   .cli/node-bootstrap.mjs   the worker thread (src/workers/replication.node.ts): node-pool.ts starts
//                             './node-bootstrap.mjs' next to itself, which in the bundle is this one
//   .cli/inputs.json          the source files bundled, for the freshness check
//
// Dependencies stay in node_modules (`packages: 'external'`). Written to a temporary directory and
// renamed into place file by file, so two processes building at once never leave a half-written
// bundle, and one running the old bundle still finds its chunks.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(ROOT, '.cli');

export async function buildCli() {
  const tmp = mkdtempSync(join(ROOT, '.cli-build-'));
  try {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: { hallflow: 'src/cli/main.ts', 'node-bootstrap': 'src/workers/replication.node.ts' },
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outdir: tmp,
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunk-[hash]',
      metafile: true,
      logLevel: 'warning',
    });
    const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'));
    writeFileSync(join(tmp, 'inputs.json'), `${JSON.stringify(inputs)}\n`);
    mkdirSync(OUT, { recursive: true });
    // Chunks first (named by their content: one already there is the same file), the entries and
    // the input list last, each by an atomic rename: a process still running the old bundle can
    // load its chunks, and a new one sees either the old entries or the new ones.
    const entries = ['hallflow.mjs', 'node-bootstrap.mjs', 'inputs.json'];
    for (const f of readdirSync(tmp).filter((x) => !entries.includes(x))) renameSync(join(tmp, f), join(OUT, f));
    for (const f of entries) renameSync(join(tmp, f), join(OUT, f));
    // Chunks no entry has used for a day are gone for good.
    const dayAgo = Date.now() - 86_400_000;
    for (const f of readdirSync(OUT))
      if (f.startsWith('chunk-') && statSync(join(OUT, f)).mtimeMs < dayAgo) rmSync(join(OUT, f), { force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
