/**
 * Debian's chromium driven by playwright-core, and a watch on everything a page must not do:
 * console errors (CSP violations are reported there too), uncaught exceptions, requests to
 * any origin but the local preview server.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { HOST } from './preview.ts';

export const CHROMIUM = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
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
