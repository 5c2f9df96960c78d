/**
 * Plain words, in Debian's chromium under the production CSP (zh-CN, 1440×900):
 * - the first screen's run bar shows only run, cancel and the auto-rerun choice; replications and
 *   seed are under 高级设置, and the warm-up days under the editor's own 高级设置;
 * - the "±" under the key figures is a sentence built from the mean wait's own interval;
 * - a term's "?" opens its glossary entry in a dialog (keyboard too); Escape closes it and the
 *   focus is back on the "?"; "全部术语" opens the glossary page at that entry;
 * - the model check is no longer a tab: "关于模型" in the header opens a page with the evidence in
 *   words and the live M/M/c check.
 * Screenshots go to e2e/artifacts (look at them). Any console error, page error, CSP violation or
 * request off 127.0.0.1 fails.
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
const DIALOG = byTestId('glossary-dialog');

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

const activeTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
const text = async (selector: string) =>
  ((await page.locator(selector).first().innerText()) ?? '').replace(/\s+/g, ' ').trim();

async function shot(name: string, selector?: string): Promise<void> {
  if (selector)
    await page
      .locator(selector)
      .first()
      .screenshot({ path: resolve(artifacts, `${name}.png`) });
  else await page.screenshot({ path: resolve(artifacts, `${name}.png`) });
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await startPreview();
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  watch = await watchPage(context, page);
  await page.goto(`${ORIGIN}/`);
  await page.waitForSelector(`${byTestId('run-state')}[data-status="done"]`, { timeout: 180_000 });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('plain words (zh-CN)', () => {
  it('keeps replications and seed under 高级设置; the first screen shows run and the auto-rerun choice', async () => {
    expect(await page.isVisible(byTestId('run-button'))).toBe(true);
    expect(await page.isVisible(byTestId('run-auto'))).toBe(true);
    expect(await page.isVisible(byTestId('run-reps'))).toBe(false);
    expect(await page.isVisible(byTestId('run-seed'))).toBe(false);
    await page.click(`${byTestId('run-advanced')} summary`);
    expect(await page.isVisible(byTestId('run-reps'))).toBe(true);
    expect(await page.isVisible(byTestId('run-seed'))).toBe(true);
    expect(await text(byTestId('run-advanced'))).toMatch(/高级设置.*重复次数.*随机种子/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('41-run-advanced-zh-CN');
  });

  it('keeps the warm-up days under the editor’s 高级设置', async () => {
    await page.locator(byTestId('section-hall')).evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const advanced = page.locator(byTestId('editor-advanced'));
    await advanced.waitFor();
    expect(await page.isVisible(byTestId('calendar-warmup'))).toBe(false);
    await advanced.locator('summary').click();
    expect(await page.isVisible(byTestId('calendar-warmup'))).toBe(true);
    expect(await advanced.innerText()).toContain('预热天数');
    await advanced.screenshot({ path: resolve(artifacts, '42-editor-advanced-zh-CN.png') });
  });

  it('says what ± means with the mean wait’s own figures', async () => {
    const sentence = await text(byTestId('ci-explained'));
    const m =
      /^平均等候 ± ([\d.]+) 分钟：再做同样的模拟，平均等候有 95% 的把握落在 ([\d.]+) 到 ([\d.]+) 分钟之间。/.exec(
        sentence,
      );
    expect(m, sentence).not.toBeNull();
    const [hw, low, high] = m!.slice(1).map(Number);
    const mean = Number(await page.getAttribute(byTestId('kpi-wait-mean'), 'data-value'));
    // Each end is rounded to 0.1 on its own: within 0.1 of the mean ∓ the rounded half-width.
    expect(Math.abs(low - (mean - hw))).toBeLessThan(0.1);
    expect(Math.abs(high - (mean + hw))).toBeLessThan(0.1);
    expect(high - low).toBeGreaterThan(0);
    expect(await text(byTestId('kpi-wait-mean'))).toContain(`± ${hw.toFixed(1)}`);
  });

  it('opens a term’s entry from its “?”; Escape closes it and the focus returns', async () => {
    const help = page.locator(byTestId('term-replications')).first();
    expect(await help.getAttribute('aria-label')).toBe('什么是“重复次数”？');
    await help.click();
    await page.waitForSelector(`${DIALOG}[open]`);
    expect(await text(byTestId('glossary-dialog-term'))).toBe('重复次数');
    const body = await text(DIALOG);
    expect(body).toContain('同一段时间用不同的随机纳税人模拟多少遍');
    expect(body).toContain('示例：3 月份重复 20 次');
    expect(await activeTestId()).toBe('glossary-dialog-close');
    await shot('43-glossary-dialog-zh-CN');
    await page.keyboard.press('Escape');
    await page.waitForSelector(`${DIALOG}:not([open])`, { state: 'attached' });
    expect(await activeTestId()).toBe('term-replications');
  });

  it('opens from the keyboard too, and “全部术语” shows the glossary page at the entry', async () => {
    await page.locator(byTestId('term-percentile')).first().focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${DIALOG}[open]`);
    expect(await text(byTestId('glossary-dialog-term'))).toBe('分位数（90% 分位）');
    await page.click(byTestId('glossary-dialog-all'));
    await page.waitForSelector(byTestId('glossary-page'));
    expect(await page.isVisible(`${DIALOG}[open]`)).toBe(false);
    await expect.poll(activeTestId).toBe('glossary-entry-percentile');
    const entries = await page.locator(`${byTestId('glossary-page')} dt`).allInnerTexts();
    for (const term of [
      '置信区间（±）',
      '重复次数',
      '随机种子',
      '预热天数',
      '变异系数',
      'KS 检验',
      'Kaplan–Meier 估计',
      'SIPP',
      '滞后 SIPP',
      '修正提供负荷法（MOL）',
      '迭代排班算法（ISA）',
      '利用率',
      '错峰预约',
      '首问责任',
      '限时办结',
      '延时服务',
      '绿色通道',
      '中途离开',
    ]) {
      expect(entries).toContain(term);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('44-glossary-page-zh-CN');
  });

  it('has moved the model check to 关于模型, with the evidence in words', async () => {
    const tabs = await page.locator('[role="tab"]').allInnerTexts();
    expect(tabs).toEqual(['仿真结果', '台账', '方案对比', '排班规划', '导入历史数据', '全省各厅']);
    await page.click(byTestId('open-about'));
    const about = page.locator(byTestId('about-page'));
    await about.waitFor();
    const words = (await about.innerText()).replace(/\s+/g, ' ');
    expect(words).toContain('只有当理论精确值落在仿真结果的 99% 置信区间内才算通过');
    expect(words).toMatch(/Erlang C/);
    expect(words).toContain('中途离开（Erlang A）');
    expect(words).toContain('示例大厅的数字是合成估计');
    await page.waitForSelector(`${byTestId('result')}[data-run="1"]`, { timeout: 60_000 });
    expect(Number(await page.textContent(byTestId('erlang-mean-wait')))).toBeGreaterThan(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('45-about-zh-CN');
    await page.click(byTestId('page-back'));
    await page.waitForSelector('#panel-results');
  }, 90_000);

  it('saw no console error, page error, CSP violation or foreign request', async () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
