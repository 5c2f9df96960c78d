/**
 * The 12366 agents on the Staffing plan tab, in Debian's chromium under the production CSP, in
 * Chinese at 1440×900: a plan of the city-hotline preset (10 replications, in the Web Workers)
 * says how the agents were planned (the Iterative Staffing Algorithm's simulations from lagged
 * SIPP, and the formulas' agent-hours beside it) and what one roster over the windows and the
 * phones saves against one for each, with a row per kind of day. axe-core finds no critical or
 * serious violation. Screenshot 59 goes to e2e/artifacts. Any console error, page error, CSP
 * violation or request off 127.0.0.1 fails.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchChromium, watchPage, type PageWatch } from './support/browser.ts';
import { ORIGIN, startPreview } from './support/preview.ts';

const artifacts = resolve(dirname(fileURLToPath(import.meta.url)), 'artifacts');
const byTestId = (id: string) => `[data-testid="${id}"]`;

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

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

describe('the 12366 agents in the staffing plan', () => {
  it('say how they were planned and what one roster over windows and phones saves', async () => {
    await page.goto(`${ORIGIN}/`);
    await page.waitForSelector(`${byTestId('run-state')}[data-status="done"]`, { timeout: 180_000 });
    const before = Number(await page.getAttribute(byTestId('run-state'), 'data-version'));
    await page.selectOption(byTestId('presets'), 'city-hotline');
    await page.waitForFunction(
      (v) => {
        const el = document.querySelector('[data-testid="run-state"]');
        return Number(el?.getAttribute('data-version')) > v && el?.getAttribute('data-status') === 'done';
      },
      before,
      { timeout: 240_000 },
    );
    await page.click(byTestId('tab-plan'));
    await page.fill(byTestId('plan-reps'), '10');
    await page.click(byTestId('plan-run'));
    await page.waitForSelector(`${byTestId('plan-state')}[data-status="done"]`, { timeout: 900_000 });
    const method = (await page.textContent(byTestId('plan-hotline-method'))) ?? '';
    expect(method).toMatch(
      /^方法：迭代排班算法（ISA），以滞后 SIPP（含重拨的 Erlang A）为起点仿真热线 \d+ 轮，每轮按实测来电把各时段调到所需的最少坐席(；停止时尚未收敛，显示最后一轮)?。对比：仅按公式，SIPP 需 [\d,]+ 坐席工时，滞后 SIPP 需 [\d,]+。$/,
    );
    const pool = (await page.textContent(byTestId('plan-hotline-pool'))) ?? '';
    expect(pool).toMatch(
      /^如果同一批人员兼顾窗口与坐席（窗口与坐席合并排班）：全期 [\d,]+ 人·小时，分开排班为 [\d,]+（少 [\d.]+%）。/,
    );
    const [pooled, separate] = [...pool.matchAll(/([\d,]+) 人·小时，分开排班为 ([\d,]+)/g)][0]
      .slice(1)
      .map((x) => Number(x.replace(/,/g, '')));
    // The pool may work either roster's shifts, so it never costs more (pooled-roster.test.ts).
    expect(pooled).toBeLessThanOrEqual(separate);
    // March 2026 has ordinary, filing and deadline days: a row for each.
    const rows = await page.$$eval(`${byTestId('plan-hotline-pool-table')} tbody th`, (els) =>
      els.map((e) => e.textContent),
    );
    expect(rows).toEqual(['平日', '申报期', '截止日']);
    await page.locator(byTestId('plan-hotline')).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: resolve(artifacts, '59-plan-hotline-pool-zh-CN.png') });
    expect(await seriousViolations(page)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  }, 1_200_000);
});
