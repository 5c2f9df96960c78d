/**
 * Rendering the leadership report for `hallflow report`. There is one report, for the app and the
 * command line alike: `src/ui/report/ssr.ts` renders the app's own Svelte components on the
 * server into a self-contained HTML document. Node (and tsx) cannot import .svelte files, so the
 * CLI loads that module through Vite's SSR loader, with the project's own vite.config.ts (the
 * same Svelte compiler settings and plugins as the app), then closes the server. No port is
 * opened (middleware mode), nothing is watched, and the dependency optimizer (which is for the
 * browser) is not started.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportInput } from '../ui/report/input.ts';
import { repoRoot } from './root.ts';

export type ReportLocale = 'zh-CN' | 'en';

/** What src/ui/report/ssr.ts exports. */
interface ReportModule {
  reportDocument(input: ReportInput, locale: ReportLocale): string;
}

/** The repository's root (from src/cli, or from the bundle in .cli). */
const ROOT = repoRoot();

/** The module that renders the report, as Vite resolves it (from the root). */
export const REPORT_MODULE = '/src/ui/report/ssr.ts';

/**
 * Loads `id` (a path from the repository's root, as Vite resolves it) through Vite's SSR loader,
 * calls `use` with the module and closes the server, whatever happens.
 */
export async function withSsrModule<M, T>(id: string, use: (mod: M) => T | Promise<T>): Promise<T> {
  const { createServer } = await import('vite');
  // Whatever Vite and the Svelte plugin cache goes to a directory of this render's own, removed
  // after it: node_modules/.vite belongs to the app's dev server and the tests.
  const cacheDir = mkdtempSync(join(tmpdir(), 'hallflow-report-vite-'));
  // A production compile, as in the built app: Vite takes "production" from NODE_ENV alone (read
  // while the config is resolved), and a development compile would put source maps, with this
  // machine's paths and the components' source, into the report's CSS.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const server = await createServer({
      configFile: join(ROOT, 'vite.config.ts'),
      root: ROOT,
      mode: 'production',
      cacheDir,
      server: { middlewareMode: true, hmr: false, watch: null, ws: false },
      appType: 'custom',
      logLevel: 'error',
      clearScreen: false,
      // Pre-bundling dependencies is for the browser's dev server; for one render on the server
      // it would only cost time (the Svelte runtime is then imported by Node as it is).
      optimizeDeps: { noDiscovery: true, include: [], exclude: ['svelte'] },
      ssr: { optimizeDeps: { noDiscovery: true, include: [], exclude: ['svelte'] } },
    }).finally(() => {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    });
    try {
      const mod = (await server.ssrLoadModule(id)) as M;
      return await use(mod);
    } finally {
      await server.close();
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** The report as a complete HTML document (`<!doctype html>…`, inline CSS and SVG, nothing external). */
export function renderReport(input: ReportInput, locale: ReportLocale): Promise<string> {
  return withSsrModule<ReportModule, string>(REPORT_MODULE, (mod) => {
    if (typeof mod.reportDocument !== 'function')
      throw new Error(`${REPORT_MODULE} exports no reportDocument function`);
    return mod.reportDocument(input, locale);
  });
}
