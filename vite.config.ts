/// <reference types="vitest/config" />
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { PAGE_RUN } from './src/ui/state/run-defaults.ts';

/**
 * The Content-Security-Policy of the built app. Nothing may come from another origin and
 * nothing inline may run: the planners' data never leaves the browser.
 */
const cspDirectives = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];
/** `frame-ancestors` only works in a header (a meta tag ignores it, with a console warning). */
const cspHeader = [...cspDirectives, "frame-ancestors 'none'"].join('; ');
const cspMeta = cspDirectives.join('; ');

/** Adds the CSP meta tag to the built index.html only: the dev server injects inline styles. */
function cspMetaTag(): Plugin {
  return {
    name: 'hallflow-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * `virtual:preset-names`: each preset scenario's name ({ zh, en }) by file id, read from
 * data/scenarios at build time, so the preset list shows the names while each scenario stays in
 * its own chunk, loaded when chosen (importing the names from the JSON files themselves put
 * every preset in the first page's bundle).
 */
function presetNames(): Plugin {
  const id = 'virtual:preset-names';
  const dir = new URL('./data/scenarios/', import.meta.url);
  return {
    name: 'hallflow-preset-names',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      const names: Record<string, unknown> = {};
      for (const f of readdirSync(dir)
        .filter((x) => x.endsWith('.json'))
        .sort()) {
        this.addWatchFile(new URL(f, dir).pathname);
        names[f.replace(/\.json$/, '')] = (
          JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { name?: unknown }
        ).name;
      }
      return `export default ${JSON.stringify(names)};`;
    },
  };
}

/**
 * `virtual:kept-results` (src/ui/state/result-keep.ts): `model`, a hash of the code a result
 * depends on (the simulator, the key figures, the keeping itself), and in a build `demo`, the
 * demo scenario's result at the page's default seed and replications, made here once
 * (scripts/kept-demo.ts, about 2 s) and shipped as an asset, so the first visit draws its chart
 * without waiting for a worker to start. The dev server and the tests keep nothing (model null):
 * their code changes under them.
 */
function keptResults(): Plugin {
  const id = 'virtual:kept-results';
  let build = false;
  const codeFiles = (dir: URL): string[] =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.split(/[\\/]/).includes('testing'))
      .sort()
      .map((f) => new URL(f, dir).pathname);
  return {
    name: 'hallflow-kept-results',
    configResolved: (config) => {
      build = config.command === 'build' && !config.build.ssr;
    },
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      if (!build) return 'export default { model: null, demo: null };';
      const root = new URL('./', import.meta.url);
      const hash = createHash('sha256');
      for (const f of [
        ...codeFiles(new URL('src/sim/', root)),
        ...['run-values.ts', 'result-keep.ts'].map((f) => new URL(`src/ui/state/${f}`, root).pathname),
      ]) {
        hash.update(f.slice(root.pathname.length)).update('\0').update(readFileSync(f)).update('\0');
      }
      const model = hash.digest('hex').slice(0, 16);
      const source = execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          new URL('scripts/kept-demo.ts', root).pathname,
          model,
          String(PAGE_RUN.seed),
          String(PAGE_RUN.replications),
        ],
        {
          cwd: root.pathname,
          maxBuffer: 64 * 1024 * 1024,
          encoding: 'utf8',
        },
      );
      const key = (JSON.parse(source) as { key: string }).key;
      const fileName = `assets/demo-result-${model}.json`;
      this.emitFile({ type: 'asset', fileName, source });
      return `export default ${JSON.stringify({ model, demo: { key, path: fileName } })};`;
    },
  };
}

export default defineConfig({
  plugins: [svelte(), cspMetaTag(), presetNames(), keptResults()],
  build: {
    // The polyfill would be one more script; every browser we target has modulepreload.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Rolldown's note that most build time goes to compiling Svelte is true and nothing to act
      // on (that is the build); on a slow machine it printed a dozen lines of noise every build.
      checks: { pluginTimings: false },
    },
  },
  worker: {
    format: 'es',
  },
  preview: {
    headers: {
      'Content-Security-Policy': cspHeader,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Long statistical checks (minutes) run in `npm run test:validation` (vitest.validation.config.ts).
    // The queue's tests (a real redis-server) run in `npm run test:queue` (vitest.queue.config.ts).
    exclude: ['**/node_modules/**', '**/*.long.test.ts', '**/*.queue.test.ts'],
    environment: 'node',
    // The report's style sheet is part of the document `hallflow report` writes (src/ui/report/ssr.ts):
    // its tests read it as the command line does (vitest empties style sheets otherwise).
    css: { include: [/src\/ui\/report\/report\.css/] },
    // The heaviest ordinary test takes about 10 s when two suites share this 2-core machine;
    // 60 s is more than 3x that. Tests that need longer say so themselves.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One module graph per worker instead of one per file: importing the simulator again for
    // each of 130 files took over half the suite's time. Tests that stub globals or spy on
    // modules restore them after each test (capture-output.ts, scenario-store.test.ts).
    isolate: false,
    // Every core (vitest's default leaves one for itself, which on 2 cores halves the speed:
    // 125 s against 84 s here; the main process only collects results).
    maxWorkers: availableParallelism(),
  },
});
