/**
 * Smoke test of the built app's model check (on the "about the model" page): page → Web Worker
 * (comlink) → kernel → page, in Debian's chromium, under the production CSP, with no traffic beyond
 * 127.0.0.1.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser.ts';
import { erlangC } from './support/erlang.ts';
import { ORIGIN, startPreview } from './support/preview.ts';

const artifacts = resolve(dirname(fileURLToPath(import.meta.url)), 'artifacts');
const byTestId = (id: string) => `[data-testid="${id}"]`;

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await startPreview();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Counts messages the page posts to the model check's worker, independently of what the app reports. */
function countWorkerMessages(): void {
  const scope = window as unknown as { __workerPosts: number };
  scope.__workerPosts = 0;
  const checkWorkers = new WeakSet<Worker>();
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      if (String(url).includes('mmc.worker')) checkWorkers.add(this);
    }
  };
  const original = Original.prototype.postMessage as (...args: unknown[]) => void;
  Original.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
    if (checkWorkers.has(this)) scope.__workerPosts += 1;
    return original.apply(this, args);
  } as typeof Worker.prototype.postMessage;
}

const workerPosts = (page: Page) => page.evaluate(() => (window as unknown as { __workerPosts: number }).__workerPosts);

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(artifacts, `${name}.png`), fullPage: true });
}

describe('the built page and its headers', () => {
  it('sends a strict CSP and holds no inline script or style', async () => {
    const response = await fetch(`${ORIGIN}/`);
    const header = response.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "worker-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(header).toContain(directive);
    }
    const html = await response.text();
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src /);
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).toMatch(/<link rel="stylesheet"[^>]*href="\/assets\/[^"]+\.css"/);
  });
});

describe('kernel check page', () => {
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;
  const exact = erlangC(9, 1, 10);

  beforeAll(async () => {
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1100, height: 900 } });
    page = await context.newPage();
    watch = await watchPage(context, page);
    await context.addInitScript(countWorkerMessages);
    await page.goto(`${ORIGIN}/`);
    await page.click(byTestId('open-about'));
  });

  afterAll(async () => {
    await context?.close();
  });

  it('runs M/M/c in a Web Worker and shows it next to Erlang C (zh-CN by default)', async () => {
    await page.waitForSelector(`${byTestId('result')}[data-run="1"]`, { timeout: 60_000 });

    expect(await page.textContent('h1')).toBe('HallFlow 办税服务厅容量规划');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const metaCsp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(metaCsp).toContain("script-src 'self'; worker-src 'self'; style-src 'self'");
    expect(await page.textContent('label[for="field-servers"]')).toBe('服务窗口数');

    const simulated = Number(await page.textContent(byTestId('sim-mean-wait')));
    const theory = Number(await page.textContent(byTestId('erlang-mean-wait')));
    expect(simulated).toBeGreaterThan(0);
    expect(theory).toBeGreaterThan(0);
    expect(exact.pWait).toBeCloseTo(0.6687, 4);
    expect(await page.textContent(byTestId('erlang-mean-wait'))).toBe(exact.meanWait.toFixed(4));
    expect(await page.textContent(byTestId('erlang-p-wait'))).toBe(exact.pWait.toFixed(4));
    // A loose sanity bound; the kernel's own tests check it closely.
    expect(Math.abs(simulated - exact.meanWait)).toBeLessThan(0.25 * exact.meanWait);

    // The demo's replication workers run too; the check has its own worker.
    const mmcWorkers = watch.workerUrls.filter((u) => u.includes('/assets/mmc.worker'));
    expect(mmcWorkers).toHaveLength(1);
    expect(mmcWorkers[0]).toMatch(new RegExp(`^${ORIGIN}/assets/mmc\\.worker[^/]*\\.js$`));
    await shot(page, '01-result-zh-CN');
  });

  it('refuses a bad field value, names it, and does not run', async () => {
    const postsBefore = await workerPosts(page);
    await page.fill(byTestId('input-servers'), '0');
    await page.click(byTestId('run'));

    const error = page.locator(byTestId('error-servers'));
    await error.waitFor({ state: 'visible' });
    const text = (await error.textContent()) ?? '';
    expect(text).toContain('服务窗口数');
    expect(text).toContain('“0”');
    expect(text).toContain('1 到 1000 之间的整数');
    expect(await page.isVisible(byTestId('form-invalid'))).toBe(true);

    await page.waitForTimeout(500);
    expect(await workerPosts(page)).toBe(postsBefore);
    expect(await page.getAttribute(byTestId('result'), 'data-run')).toBe('1');
    expect(await page.isVisible(byTestId('running'))).toBe(false);
    await shot(page, '02-field-error-zh-CN');
  });

  it('switches to English, translating labels and the field error', async () => {
    await page.click(byTestId('lang-en'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('label[for="field-servers"]')).toBe('Servers (windows)');
    expect(await page.textContent('#result-heading')).toBe('Simulation against Erlang C');
    expect(await page.textContent(byTestId('error-servers'))).toBe(
      'Servers (windows): “0” is not allowed. Allowed: a whole number from 1 to 1000.',
    );
    await shot(page, '03-field-error-en');
  });

  it('runs again once the value is fixed', async () => {
    await page.fill(byTestId('input-servers'), '10');
    expect(await page.isVisible(byTestId('error-servers'))).toBe(false);
    await page.click(byTestId('run'));
    await page.waitForSelector(`${byTestId('result')}[data-run="2"]`, { timeout: 60_000 });
    expect(await page.textContent(byTestId('erlang-mean-wait'))).toBe(exact.meanWait.toFixed(4));
    await shot(page, '04-result-en');
  });

  it('says "unstable" instead of a theory value when ρ ≥ 1', async () => {
    await page.fill(byTestId('input-arrivalRate'), '11');
    await page.click(byTestId('run'));
    await page.waitForSelector(`${byTestId('result')}[data-run="3"]`, { timeout: 60_000 });
    expect(await page.textContent(byTestId('erlang-mean-wait'))).toBe('unstable (ρ ≥ 1)');
    expect(Number(await page.textContent(byTestId('sim-mean-wait')))).toBeGreaterThan(0);
    expect(await page.isVisible(byTestId('unstable-note'))).toBe(true);
    await shot(page, '05-unstable-en');
  });

  it('had no console error, page error, CSP violation or request off 127.0.0.1', async () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});

describe('a dead worker', () => {
  it('is reported, and the next run starts a fresh one', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const workerUrls: string[] = [];
    page.on('worker', (worker) => workerUrls.push(worker.url()));
    // The first worker script fails to load; later ones load normally.
    let failed = false;
    await context.route('**/assets/mmc.worker*', (route) => {
      if (failed) return route.continue();
      failed = true;
      return route.abort();
    });
    await page.goto(`${ORIGIN}/`);
    await page.click(byTestId('open-about'));
    const error = page.locator(byTestId('run-error'));
    await error.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await error.textContent()).toContain('The simulation worker stopped unexpectedly');
    await shot(page, '06-worker-died-en');

    await page.click(byTestId('run'));
    await page.waitForSelector(`${byTestId('result')}[data-run="1"]`, { timeout: 60_000 });
    expect(await page.isVisible(byTestId('run-error'))).toBe(false);
    expect(failed).toBe(true);
    await context.close();
  });
});

describe('cancelling', () => {
  it('stops a long run, and the next run still works', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
    await page.click(byTestId('open-about'));
    await page.waitForSelector(`${byTestId('result')}[data-run="1"]`, { timeout: 60_000 });

    await page.fill(byTestId('input-replications'), '1000');
    await page.fill(byTestId('input-arrivalRate'), '1000');
    await page.fill(byTestId('input-servers'), '1000');
    await page.click(byTestId('run'));
    await page.click(byTestId('cancel'), { timeout: 10_000 });
    await page.locator(byTestId('run-error')).waitFor({ state: 'visible' });
    expect(await page.textContent(byTestId('run-error'))).toBe('The run was cancelled.');
    expect(await page.getAttribute(byTestId('result'), 'data-run')).toBe('1');

    await page.fill(byTestId('input-replications'), '20');
    await page.fill(byTestId('input-arrivalRate'), '9');
    await page.fill(byTestId('input-servers'), '10');
    await page.click(byTestId('run'));
    await page.waitForSelector(`${byTestId('result')}[data-run="2"]`, { timeout: 60_000 });
    await context.close();
  });
});

describe('the CSP guard', () => {
  it('does catch an inline style (so its silence above means something)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const watch = await watchPage(context, page);
    await page.goto(`${ORIGIN}/`);
    await page.evaluate(() => {
      document.head.insertAdjacentHTML('beforeend', '<style>body { color: red; }</style>');
    });
    await expect.poll(() => watch.cspViolations()).toContainEqual('style-src-elem blocked inline');
    // Chromium also reports it in the console, which the main test watches as well.
    await expect.poll(() => watch.consoleErrors.some((text) => text.includes('Content Security Policy'))).toBe(true);
    await context.close();
  });
});
