/**
 * The worker pool in a real browser: the demo hall's replications run in Web Workers (one per
 * core) while the page stays responsive (no long task over 50 ms during a run of several
 * seconds), cancel returns a partial result marked as such, and the pool runs again afterwards.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser.ts';
import { ORIGIN, startPreview } from './support/preview.ts';

const artifacts = resolve(dirname(fileURLToPath(import.meta.url)), 'artifacts');
const byTestId = (id: string) => `[data-testid="${id}"]`;

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

/** Records long tasks (main-thread work over 50 ms) from the start. */
function observeLongTasks(): void {
  const seen: { start: number; duration: number }[] = [];
  (window as unknown as { __longTasks: typeof seen }).__longTasks = seen;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await startPreview();
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1100, height: 1200 } });
  page = await context.newPage();
  watch = await watchPage(context, page);
  await context.addInitScript(observeLongTasks);
  await page.goto(`${ORIGIN}/`);
  await page.waitForSelector(`${byTestId('result')}[data-run="1"]`, { timeout: 60_000 }); // the kernel check ran
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('replications in Web Workers', () => {
  it('runs the demo month in workers for several seconds with no long task on the page', async () => {
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    await page.fill(byTestId('pool-reps'), '600');
    const t0 = await page.evaluate(() => performance.now());
    await page.click(byTestId('pool-run-button'));
    await page.waitForSelector(`${byTestId('pool-result')}[data-run="1"]`, { timeout: 120_000 });
    const t1 = await page.evaluate(() => performance.now());
    expect(t1 - t0).toBeGreaterThan(5000); // a run of several seconds
    const long = await page.evaluate(([a, b]) => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((x) => x.start >= a && x.start <= b), [t0, t1]);
    expect(long, JSON.stringify(long)).toEqual([]);
    const replicationWorkers = watch.workerUrls.filter((u) => /\/assets\/replication\.worker[^/]*\.js$/.test(u));
    expect(replicationWorkers.length).toBe(Math.max(1, cores));
    expect(await page.getAttribute(byTestId('pool-result'), 'data-status')).toBe('complete');
    const wait = (await page.textContent(byTestId('pool-mean-wait'))) ?? '';
    expect(wait).toMatch(/^\d+\.\d\d ± \d+\.\d\d$/);
    expect(await page.getAttribute(byTestId('pool-progress'), 'value')).toBe('1');
    await page.locator(byTestId('pool-run')).screenshot({ path: resolve(artifacts, '07-pool-run-en.png') });
  }, 180_000);

  it('cancels a long run (partial result, marked) and runs again on the same workers', async () => {
    const workersBefore = watch.workerUrls.length;
    await page.fill(byTestId('pool-reps'), '2000');
    await page.click(byTestId('pool-run-button'));
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="pool-progress"]')?.getAttribute('value') ?? 0) > 0.01, undefined, { timeout: 60_000 });
    await page.click(byTestId('pool-cancel'));
    await page.waitForSelector(`${byTestId('pool-result')}[data-run="2"]`, { timeout: 30_000 });
    expect(await page.getAttribute(byTestId('pool-result'), 'data-status')).toBe('cancelled');
    expect(await page.textContent(byTestId('pool-partial'))).toMatch(/partial result of \d+ of 2000/);
    await page.locator(byTestId('pool-run')).screenshot({ path: resolve(artifacts, '08-pool-cancelled-en.png') });
    await page.fill(byTestId('pool-reps'), '10');
    await page.click(byTestId('pool-run-button'));
    await page.waitForSelector(`${byTestId('pool-result')}[data-run="3"]`, { timeout: 60_000 });
    expect(await page.getAttribute(byTestId('pool-result'), 'data-status')).toBe('complete');
    // Cancelling between replications kept the workers: none had to be started again.
    expect(watch.workerUrls.length).toBe(workersBefore);
  }, 180_000);

  it('left no console error, page error, CSP violation or foreign request', async () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
