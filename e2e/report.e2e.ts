/**
 * The leadership report (issue 12) in Debian's chromium under the production CSP (zh-CN first,
 * then English, A4): without a plan it says so; after a plan (demo month, 10 replications, no
 * frontier) it opens with the answer in three sentences; printed to PDF (page.pdf, the browser's
 * own print path) its text (pdftotext, poppler-utils) holds the hall's name on every page, the
 * page numbers, the run's key figures and the plan's answer; every page is kept as a picture
 * (pdftoppm) in e2e/artifacts to be looked at. axe finds no critical or serious violation on the
 * report page. Any console error, page error, CSP violation or request off 127.0.0.1 fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
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

const text = async (id: string) => ((await page.textContent(byTestId(id))) ?? '').replace(/\s+/g, ' ').trim();

/** Prints the page to A4 PDF as the browser's print does, and returns its text (pdftotext -layout) and page count. */
async function printed(name: string): Promise<{ text: string; pages: string[] }> {
  const pdf = resolve(artifacts, `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  const all = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  // Each page as a picture, to be looked at.
  for (const f of readdirSync(artifacts).filter((f) => f.startsWith(`${name}-page`))) rmSync(resolve(artifacts, f));
  execFileSync('pdftoppm', ['-r', '70', '-png', pdf, resolve(artifacts, `${name}-page`)]);
  return { text: all, pages: all.split('\f').filter((p) => p.trim() !== '') };
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await startPreview();
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  watch = await watchPage(context, page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('the report for the bureau’s leadership', () => {
  let meanWait = 0;
  const hall = '演示：中等规模城区办税服务厅（2026 年 3 月）';

  it('without a plan: the run’s figures, and a sentence saying no plan was made', async () => {
    await page.goto(`${ORIGIN}/`);
    await page.waitForSelector(`${byTestId('run-state')}[data-status="done"]`, { timeout: 180_000 });
    meanWait = Number(await page.getAttribute(byTestId('kpi-wait-mean'), 'data-value'));
    await page.click(byTestId('open-report'));
    await page.waitForSelector(byTestId('report'), { timeout: 60_000 });
    // Nothing of the planner is on the page: only the report and its bar.
    expect(await page.locator(byTestId('run-button')).count()).toBe(0);
    expect(await text('report-hall')).toBe(hall);
    expect(await text('report-answer-0')).toBe(
      '尚未为本方案制作排班规划：以下只报告现行排班的仿真结果。可在“排班规划”页制作规划，或用命令 hallflow plan 生成。',
    );
    expect(Number(await page.getAttribute('[data-figure="wait-mean"]', 'data-value'))).toBe(meanWait);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(artifacts, 'report-1-no-plan-zh-CN.png') });
    await page.click(byTestId('report-back'));
    await page.waitForSelector(byTestId('run-button'));
  }, 240_000);

  it('after a plan: the answer in three sentences, printed on A4 with the figures, the hall on every page and page numbers', async () => {
    await page.click(byTestId('tab-plan'));
    await page.waitForSelector(byTestId('plan-target-form'));
    await page.fill(byTestId('plan-reps'), '10');
    await page.uncheck(byTestId('plan-part-frontier'));
    await page.click(byTestId('plan-run'));
    await page.waitForSelector(`${byTestId('plan-state')}[data-status="done"]`, { timeout: 300_000 });
    await page.click(byTestId('open-report'));
    await page.waitForSelector(byTestId('report-answer-2'), { timeout: 60_000 });
    const answer = [await text('report-answer-0'), await text('report-answer-1'), await text('report-answer-2')];
    expect(answer[0]).toMatch(
      /^建议开窗：平日最多同时开 \d+ 个窗口（\d\d:\d\d–\d\d:\d\d）；申报期最多同时开 \d+ 个窗口/,
    );
    expect(answer[1]).toMatch(/^成本：按整班排出的排班共 [\d,.]+ 窗口小时，比现行 [\d,.]+ (多|少) [\d,.]+/);
    expect(answer[2]).toMatch(
      /^服务：按建议排班，全期 \d+\.\d% 的人在 15 分钟内开始办理（有 95% 的把握在 \d+\.\d%–\d+\.\d% 之间），现行排班为 [\d.]+%；\d+ 个时段中有 \d+ 个达到目标。$/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(artifacts, 'report-2-plan-zh-CN.png') });

    const { text: pdf, pages } = await printed('report-zh-CN');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const flat = pdf.replace(/\s+/g, '');
    // The hall's name heads every page, and each page is numbered "n / N".
    pages.forEach((p, i) => {
      expect(p.replace(/\s+/g, '')).toContain(hall.replace(/\s+/g, ''));
      expect(p).toMatch(new RegExp(`(^|\\s)${i + 1}\\s*/\\s*${pages.length}(\\s|$)`));
    });
    // The key figures of the run (as the results page rounds them) and the plan's answer.
    expect(flat).toContain(`${meanWait.toFixed(1)}分钟`);
    for (const a of answer) expect(flat).toContain(a.replace(/\s+/g, ''));
    for (const heading of [
      '一、结论',
      '二、关键指标',
      '三、何时何处等候',
      '四、建议窗口数',
      '五、排班表（整班）',
      '九、成本：与现行对比',
      '十一、方法',
      '十二、复现方式',
    ])
      expect(flat).toContain(heading);
    expect(flat).toContain('合成数据');
    expect(flat).toContain('随机种子20261126，20次重复');
  }, 420_000);

  it('in English too', async () => {
    await page.click(byTestId('report-back'));
    await page.click(byTestId('lang-en'));
    await page.click(byTestId('open-report'));
    await page.waitForSelector(byTestId('report-answer-2'), { timeout: 60_000 });
    expect(await text('report-answer-0')).toMatch(/^Open: Ordinary days at most \d+ windows at once/);
    const { text: pdf, pages } = await printed('report-en');
    expect(pages[0]).toMatch(/Tax service hall capacity plan/);
    expect(pdf).toMatch(/(^|\s)1\s*\/\s*\d+(\s|$)/);
    expect(pdf.replace(/\s+/g, ' ')).toContain(`${meanWait.toFixed(1)} min`);
    expect(await seriousViolations(page)).toEqual([]);
  }, 240_000);

  it('nothing went wrong on the page', async () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  });
});
