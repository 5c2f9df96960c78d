/**
 * The effect of a change, in Debian's chromium under the production CSP (zh-CN, 1440×900): the
 * demo's first result has nothing to be compared with; fewer windows at a busy filing-day interval
 * show, while the quick pass is on screen, that the comparison comes with the full result, and
 * then was → now on every key figure with "变差了" on the mean wait, paired over the same seed;
 * undo is a change too ("变好了"); a preset is another hall and is not compared. Status lines that
 * no longer hold are gone. Screenshots go to e2e/artifacts. Any console error, page error, CSP
 * violation or request off 127.0.0.1 fails.
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
/** Filing days at 10:00, the demo's busiest half hour: 12 general windows. */
const CELL = byTestId('staff-filing-10:00');
const FEWER_WINDOWS = '5';

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

/** The first screen as the director sees it: the run bar and the key figures. */
async function shot(name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: resolve(artifacts, `${name}.png`) });
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
    { timeout: 180_000 },
  );
}

const text = async (id: string) => ((await page.textContent(byTestId(id))) ?? '').replace(/\s+/g, ' ').trim();
const count = (id: string) => page.locator(byTestId(id)).count();

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await startPreview();
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  watch = await watchPage(context, page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('the effect of a change', () => {
  it('the first result of the demo: key figures, nothing to compare with, no leftover lines', async () => {
    await page.goto(`${ORIGIN}/`);
    await page.waitForSelector(`${byTestId('run-state')}[data-status="done"]`, { timeout: 180_000 });
    await page.waitForSelector(byTestId('kpi-wait-mean'));
    expect(await count('change-basis')).toBe(0);
    expect(await count('change-note')).toBe(0);
    expect(await count('change-wait-mean')).toBe(0);
    // The demo's kept result (kept-result.e2e.ts): only the line that says so.
    expect(await count('run-pass')).toBe(0);
    expect(await count('run-stale')).toBe(0);
    expect(await count('run-done')).toBe(0);
    expect(await text('run-kept')).toMatch(/^20 次重复：本版本自带的演示结果/);
  }, 240_000);

  it('fewer windows at filing-day 10:00: the quick pass says the comparison is coming, the full result shows 变差了', async () => {
    const section = page.locator('#section-windows');
    if ((await section.getAttribute('open')) === null) await page.click('#section-windows > summary');
    await page.waitForSelector(CELL, { state: 'visible' });
    expect(await page.inputValue(CELL)).toBe('12');
    const v = await version();
    await page.fill(CELL, FEWER_WINDOWS);
    await page.press(CELL, 'Tab');

    // The quick pass (4 replications): no was → now yet, and it says so.
    await page.waitForSelector(`${byTestId('change-note')}[data-note="waiting"]`, { timeout: 120_000 });
    expect(await text('change-note')).toBe('与修改前结果的对比将在完整结果出来后显示。');
    expect(await count('change-wait-mean')).toBe(0);
    await shot('was-now-1-quick-pass-zh-CN');

    await resultAfter(v);
    await page.waitForSelector(byTestId('change-wait-mean'));
    expect(await count('change-note')).toBe(0); // the note went with the quick pass
    expect(await count('run-pass')).toBe(0); // no "refining" left
    expect(await text('change-basis')).toBe(
      '本次修改的影响：与修改前最近一次完整结果对比。两次运行到达的纳税人完全相同（同一随机种子），20 次重复逐一配对计算差值。',
    );
    const wait = await text('change-wait-mean');
    expect(await page.getAttribute(byTestId('change-wait-mean'), 'data-verdict')).toBe('worse');
    expect(wait).toMatch(
      /^修改前 [\d.]+ → 现在 [\d.]+ 分钟 差值 \+[\d.]+ 分钟，95% 的把握在 \+[\d.]+ 到 \+[\d.]+ 分钟之间 变差了$/,
    );
    // "now" is the key figure shown above it.
    const shown = Number(await page.getAttribute(byTestId('kpi-wait-mean'), 'data-value'));
    expect(wait.match(/现在 ([\d.]+) 分钟/)![1]).toBe(shown.toFixed(1));
    // Every key figure has its was → now; the share within target also the intervals meeting it.
    for (const id of ['wait-p90', 'within-target', 'utilisation', 'abandoned', 'on-time']) {
      expect(await text(`change-${id}`)).toMatch(/^修改前 .+ → 现在 /);
    }
    expect(await text('change-within-target')).toMatch(/达标时段 \d+ → \d+ 个（共 \d+ 个）/);
    expect(await page.getAttribute(byTestId('change-within-target'), 'data-verdict')).toBe('worse');
    await shot('was-now-2-fewer-windows-zh-CN');
  }, 300_000);

  it('undo is a change too: back to 12 windows, 变好了', async () => {
    const v = await version();
    await page.click(byTestId('undo'));
    await resultAfter(v);
    await page.waitForSelector(`${byTestId('change-wait-mean')}[data-verdict="better"]`);
    expect(await text('change-wait-mean')).toMatch(/变好了$/);
    await shot('was-now-3-undo-zh-CN');
  }, 300_000);

  it('a preset is another hall: its result is not compared with the demo', async () => {
    const v = await version();
    await page.selectOption(byTestId('presets'), 'county-hall');
    await resultAfter(v);
    expect(await count('change-basis')).toBe(0);
    expect(await count('change-note')).toBe(0);
    expect(await count('change-wait-mean')).toBe(0);
    await shot('was-now-4-preset-zh-CN');
  }, 300_000);

  it('left nothing in the console, no CSP violation, no request off the page', async () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  });
});
