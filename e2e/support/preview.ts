/**
 * Serves the built app (dist/) with `vite preview` on a fixed local port: 4317, or
 * HALLFLOW_E2E_PORT (two checkouts running their e2e tests on one machine need two ports).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';

export const HOST = '127.0.0.1';
export const PORT = Number(process.env.HALLFLOW_E2E_PORT ?? 4317);
export const ORIGIN = `http://${HOST}:${PORT}`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export async function startPreview(): Promise<PreviewServer> {
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    throw new Error('dist/index.html is missing: run `vite build` first (npm run test:e2e does)');
  }
  return preview({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host: HOST, port: PORT, strictPort: true, open: false },
  });
}
