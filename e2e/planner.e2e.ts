/**
 * A new planner's path through the app, in Debian's chromium under the production CSP: the demo
 * runs on first visit and a waiting-time chart appears; fewer windows at 10:00 on filing days
 * raise the wait at 10:00; a long run is cancelled; a reload keeps the edit; the scenario is
 * exported and imported again; the language switches; two scenarios are compared. Screenshots go
 * to e2e/artifacts. Any console error, page error, CSP violation or request off 127.0.0.1 fails.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser.ts';
import { ORIGIN, startPreview } from './support/preview.ts';
import { openRunAdvanced } from './support/run-bar.ts';

const artifacts = resolve(dirname(fileURLToPath(import.meta.url)), 'artifacts');
const byTestId = (id: string) => `[data-testid="${id}"]`;
const CELL = byTestId('staff-filing-10:00');
/** The demo hall opens filing days with 12 general windows at 10:00. */
const DEMO_WINDOWS = '12';
const FEWER_WINDOWS = '5';

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: resolve(artifacts, `${name}.png`), fullPage: true });
}

const version = async () => Number(await page.getAttribute(byTestId('run-state'), 'data-version'));

/** Waits until the run bar has shown a result newer than `after` and the run is over. */
async function resultAfter(after: number, status = 'done'): Promise<void> {
  await page.waitForFunction(
    ([v, s]) => {
      const el = document.querySelector('[data-testid="run-state"]');
      return Number(el?.getAttribute('data-version')) > Number(v) && el?.getAttribute('data-status') === s;
    },
    [after, status] as const,
    { timeout: 120_000 },
  );
}

/** Opens the editor's windows section (rule 1), where the staffing grid is. */
async function openWindowsSection(): Promise<void> {
  const section = page.locator('#section-windows');
  if ((await section.getAttribute('open')) === null) await page.click('#section-windows > summary');
  await page.waitForSelector(CELL, { state: 'visible' });
}

/** Mean wait at 10:00 on filing days, as the chart draws it (minutes). */
async function waitAtTen(): Promise<number> {
  const point = page.locator(`${byTestId('chart-wait-by-interval')} [data-interval="10:00"][data-value]`).first();
  return Number(await point.getAttribute('data-value'));
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await startPreview();
  browser = await launchChromium();
  context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1440, height: 1000 },
    acceptDownloads: true,
  });
  page = await context.newPage();
  watch = await watchPage(context, page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('a new planner', () => {
  it('opens the app: the demo runs and the waiting-time chart appears (in Chinese)', async () => {
    await page.goto(`${ORIGIN}/`);
    await page.waitForSelector(byTestId('chart-wait-by-interval'), { timeout: 30_000 });
    await page.waitForSelector(`${byTestId('run-state')}[data-status="done"]`, { timeout: 120_000 });
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent(byTestId('tab-results'))).toBe('仿真结果');
    expect(await waitAtTen()).toBeGreaterThan(0);
    expect(await page.textContent(byTestId('kpi-wait-mean'))).toMatch(/\d/);
    await shot('10-first-visit-zh-CN');
  }, 180_000);

  it('has fewer windows at 10:00 on filing days, and the wait at 10:00 goes up', async () => {
    // The chart opens on the filing period when the horizon has one.
    expect(await page.getAttribute(byTestId('chart-wait-by-interval'), 'data-day-type')).toBe('filing');
    const before = await waitAtTen();
    await openWindowsSection();
    expect(await page.inputValue(CELL)).toBe(DEMO_WINDOWS);
    const v = await version();
    await page.fill(CELL, FEWER_WINDOWS);
    await page.press(CELL, 'Tab');
    await resultAfter(v);
    const after = await waitAtTen();
    // 12 → 5 windows for half an hour at the filing peak: the queue at 10:00 at least doubles.
    expect(after).toBeGreaterThan(2 * before);
    await shot('11-fewer-windows-zh-CN');
  }, 180_000);

  it('cancels a long run and keeps the last result, marked partial', async () => {
    await openRunAdvanced(page);
    await page.fill(byTestId('run-reps'), '2000');
    await page.click(byTestId('run-button'));
    // Cancel while the full pass refines the first look: the first look stays, marked partial. (A
    // cancel before anything new is shown keeps the earlier complete result, and says so instead.)
    await page.waitForSelector(`${byTestId('run-pass')}[data-pass="refining"]`, { timeout: 60_000 });
    await page.click(byTestId('cancel-button'));
    await page.waitForSelector(`${byTestId('run-state')}[data-status="cancelled"]`, { timeout: 30_000 });
    expect(await page.isVisible(byTestId('run-partial'))).toBe(true);
    expect(await page.isVisible(byTestId('chart-wait-by-interval'))).toBe(true);
    await openRunAdvanced(page);
    await page.fill(byTestId('run-reps'), '20');
  }, 60_000);

  it('reloads and finds the edited scenario intact', async () => {
    await page.reload();
    await openWindowsSection();
    expect(await page.inputValue(CELL)).toBe(FEWER_WINDOWS);
    expect(await page.textContent(byTestId('header-message'))).toContain('已恢复');
    await page.waitForSelector(`${byTestId('run-state')}[data-status="done"]`, { timeout: 120_000 });
  }, 180_000);

  it('exports the scenario and imports it again', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(byTestId('export'))]);
    const file = resolve(artifacts, 'exported-scenario.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.windows.groups[0].schedule.filing[2]).toBe(Number(FEWER_WINDOWS));

    // Load another preset, then the exported file.
    await page.selectOption(byTestId('presets'), 'county-hall');
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="scenario-name"]')?.textContent?.includes('示例'),
    );
    await page.setInputFiles(byTestId('scenario-import-file'), file);
    await page.waitForFunction(
      (n) => (document.querySelector('[data-testid="staff-filing-10:00"]') as HTMLInputElement | null)?.value === n,
      FEWER_WINDOWS,
    );
    expect(await page.textContent(byTestId('header-message'))).toContain('exported-scenario.json');
  }, 60_000);

  it('switches to English: labels, tabs and chart texts follow', async () => {
    await page.click(byTestId('lang-en'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent(byTestId('tab-results'))).toBe('Results');
    const chart = (await page.textContent(byTestId('chart-wait-by-interval'))) ?? '';
    expect(chart).toMatch(/min/);
    expect(chart).not.toMatch(/[\u4e00-\u9fff]{2}/); // no Chinese left in the chart (names aside)
    await page.waitForSelector(`${byTestId('run-state')}[data-status="done"]`, { timeout: 120_000 });
    await shot('12-results-en');
  }, 180_000);

  it('compares the edited scenario with the demo: fewer windows, longer waits, with a CI', async () => {
    await page.click(byTestId('tab-compare'));
    await page.check(byTestId('compare-pick-preset-demo-hall'));
    await page.check(byTestId('compare-pick-current'));
    await page.click(byTestId('compare-run'));
    await page.waitForSelector(byTestId('compare-table'), { timeout: 180_000 });
    const text = (await page.textContent(byTestId('compare-table'))) ?? '';
    expect(text).toMatch(/±/);
    await shot('13-compare-en');
  }, 240_000);

  it('makes a staffing plan that, re-simulated, meets the target in most intervals, and applies it', async () => {
    await page.click(byTestId('tab-plan'));
    // The target's text notation is the advanced option (the form fields are the first).
    await page.click(`${byTestId('plan-target-advanced')} > summary`);
    await page.fill(byTestId('plan-target'), 'wait<=150min@200%');
    expect(await page.textContent(byTestId('plan-target-error'))).toMatch(/100%/);
    await page.fill(byTestId('plan-target'), 'wait<=15min@90%');
    await page.fill(byTestId('plan-reps'), '10');
    await page.click(byTestId('plan-run'));
    await page.waitForSelector(`${byTestId('plan-state')}[data-status="done"]`, { timeout: 240_000 });
    const rows = await page.$$eval(`${byTestId('plan-summary')} li[data-met]`, (els) =>
      els.map((e) => ({
        key: e.getAttribute('data-key'),
        met: Number(e.getAttribute('data-met')),
        total: Number(e.getAttribute('data-total')),
      })),
    );
    const plan = rows.find((r) => r.key === 'recommended')!;
    // The hall's intervals (all window groups together) of the three kinds of day, 16 half hours
    // each: the same count the Results tab gives (one meaning of "meets the target").
    expect(plan.total).toBe(48);
    expect(plan.met / plan.total).toBeGreaterThanOrEqual(0.9);
    expect(await page.isVisible(byTestId('plan-answer-table'))).toBe(true);
    expect(await page.isVisible(byTestId('plan-roster'))).toBe(true);
    // The chart per interval is among the methods, folded away.
    await page.click(`${byTestId('plan-methods-details')} > summary`);
    expect(await page.isVisible(byTestId('plan-chart'))).toBe(true);
    await shot('14-plan-en');
    const before = await page.inputValue(byTestId('run-reps'));
    await page.click(byTestId('plan-review-open'));
    await page.click(byTestId('plan-apply'));
    await page.waitForSelector(byTestId('plan-apply-message'));
    expect(await page.isEnabled(byTestId('undo'))).toBe(true);
    expect(await page.inputValue(byTestId('run-reps'))).toBe(before);
  }, 300_000);

  it('saw no console error, page error, CSP violation or foreign request', async () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
