/**
 * Debian's chromium driven by playwright-core, and a watch on everything a page must not do:
 * console errors (CSP violations are reported there too), uncaught exceptions, requests to
 * any origin but the local preview server.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from '../../src/cli/chromium.ts';
import { HOST } from './preview.ts';

export const CHROMIUM = DEFAULT_CHROMIUM;

/** Started as `hallflow report` starts it (src/cli/chromium.ts). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}

export interface PageWatch {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  workerUrls: string[];
  /** CSP violations seen by the document (read after the fact with `cspViolations`). */
  cspViolations(): Promise<string[]>;
}

/** Records every securitypolicyviolation event; installed before any page script runs. */
function recordCspViolations(): void {
  const seen: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
  });
}

/** A request is allowed only to the preview server, or for data:/blob: URLs. */
function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === HOST;
}

export async function watchPage(context: BrowserContext, page: Page): Promise<PageWatch> {
  const watch: Omit<PageWatch, 'cspViolations'> = {
    consoleErrors: [],
    pageErrors: [],
    foreignRequests: [],
    workerUrls: [],
  };
  await context.addInitScript(recordCspViolations);
  context.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  context.on('request', (request) => {
    if (!isLocal(request.url())) watch.foreignRequests.push(request.url());
  });
  page.on('pageerror', (error) => watch.pageErrors.push(String(error)));
  page.on('worker', (worker) => {
    watch.workerUrls.push(worker.url());
    worker.on('console', (message) => {
      if (message.type() === 'error') watch.consoleErrors.push(`[worker] ${message.text()}`);
    });
  });
  return {
    ...watch,
    cspViolations: () =>
      page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []),
  };
}
