/**
 * The kiosk chart per site, in Debian's chromium under the production CSP, in Chinese at
 * 1440×900: the demo's single site needs no picker; the kiosk-network preset opens the chart on
 * the site with the longest line (the bank), its answer in words comes first and the tables list
 * every site; picking the post office changes the answer, hatches its closed hours and names the
 * CSV after it. Screenshots go to e2e/artifacts. Any console error, page error, CSP violation or
 * request off 127.0.0.1 fails.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser.ts';
import { ORIGIN, startPreview } from './support/preview.ts';

const artifacts = resolve(dirname(fileURLToPath(import.meta.url)), 'artifacts');
const byTestId = (id: string) => `[data-testid="${id}"]`;
const CHART = byTestId('chart-kiosks');
const SUMMARY = byTestId('chart-kiosks-summary');

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

/** The kiosk chart and its tables, scrolled to the top of the window, as the director sees them. */
async function shot(name: string): Promise<void> {
  await page.locator(CHART).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: resolve(artifacts, `${name}.png`) });
  await page.locator(CHART).screenshot({ path: resolve(artifacts, `${name}-chart.png`) });
}

/** Waits until the run bar has shown a result newer than `after` and the run is over. */
async function resultAfter(after: number): Promise<void> {
  await page.waitForFunction(
    (v) => {
      const el = document.querySelector('[data-testid="run-state"]');
      return Number(el?.getAttribute('data-version')) > v && el?.getAttribute('data-status') === 'done';
    },
    after,
    { timeout: 180_000 },
  );
  // The charts follow a new result one per task: wait until the kiosk chart shows it too.
  await page.waitForSelector('[data-testid="results-view"][data-drawn="all"]', { timeout: 30_000 });
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await startPreview();
  browser = await launchChromium();
  context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
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

describe('kiosks per site', () => {
  let bankSummary = '';

  it('loads kiosk-network: the chart opens on the bank (longest line) and answers for it first', async () => {
    await page.goto(`${ORIGIN}/`);
    await page.waitForSelector(`${byTestId('run-state')}[data-status="done"]`, { timeout: 180_000 });
    // The demo has one site: no picker, the answer names it.
    await page.waitForSelector(`${CHART}[data-site="hall"]`);
    expect(await page.isVisible(byTestId('kiosk-site'))).toBe(false);
    expect(await page.textContent(SUMMARY)).toMatch(/^大厅自助办税区（24 小时自助办税厅）：/);
    const before = Number(await page.getAttribute(byTestId('run-state'), 'data-version'));
    await page.selectOption(byTestId('presets'), 'kiosk-network');
    await resultAfter(before);
    await page.waitForSelector(`${CHART}[data-site="bank"]`);

    bankSummary = (await page.textContent(SUMMARY)) ?? '';
    expect(bankSummary).toMatch(
      /^银行网点 24 小时自助区：平均等候 [\d.]+ 分钟（±[\d.]+），90% 的人等候不超过 [\d.]+ 分钟（±[\d.]+）；终端可用率 [\d.]+%（±[\d.]+%）。30 天内 [\d,]+ 人（±\d+）在此办结；/,
    );
    expect(bankSummary).toMatch(/到达时终端全部故障/);
    expect(bankSummary).toMatch(/这些人中 .*未办理离开。$/);
    // The answer comes before the chart.
    const order = await page.$$eval(`${CHART} > *`, (els) =>
      els.map((e) => e.getAttribute('data-testid') ?? e.className),
    );
    expect(order.indexOf('chart-kiosks-summary')).toBeLessThan(order.findIndex((c) => c.includes('body')));
    expect(await page.textContent(byTestId('kiosk-facts'))).toBe('已布设 2 台终端 · 开放时间 24 小时，每天');

    // Every site, one row each, in both tables; the bank's row is the one shown.
    for (const table of ['kiosk-table-use', 'kiosk-table-lost']) {
      const rows = await page.$$eval(`${byTestId(table)} tbody tr`, (trs) =>
        trs.map((tr) => [tr.getAttribute('data-site'), tr.querySelector('th')?.textContent?.trim(), tr.className]),
      );
      expect(rows.map((r) => r[0])).toEqual(['hall-room', 'bank', 'post-office']);
      expect(rows[1][1]).toBe('银行网点 24 小时自助区（图中所示）');
      expect(rows.map((r) => r[2]?.includes('shown'))).toEqual([false, true, false]);
    }
    expect(
      await page.$$eval(`${byTestId('kiosk-table-lost')} thead th[scope="colgroup"]`, (ths) =>
        ths.map((th) => th.textContent),
      ),
    ).toEqual(['到达时未能使用', '离开队伍', '随后去向']);
    const served = await page.textContent(
      `${byTestId('kiosk-table-use')} tr[data-site="bank"] td[data-measure="served"]`,
    );
    expect(served).toMatch(/^[\d,]+±\d+$/);
    await shot('40-kiosks-bank-zh-CN');
  }, 240_000);

  it('switches to the post office: the answer changes, its closed hours are hatched', async () => {
    await page.click(`${byTestId('kiosk-site')} label:has-text("邮局网点")`);
    await page.waitForSelector(`${CHART}[data-site="post-office"]`);
    const summary = (await page.textContent(SUMMARY)) ?? '';
    expect(summary).not.toBe(bankSummary);
    expect(summary).toMatch(/^邮局网点：平均等候 [\d.]+ 分钟/);
    expect(await page.textContent(byTestId('kiosk-facts'))).toBe('已布设 2 台终端 · 开放时间 08:00–20:00，每天');
    expect(
      await page.$$eval(`${CHART} svg[data-chart-svg] [data-shade]`, (gs) =>
        gs.map((g) => g.getAttribute('data-shade')),
      ),
    ).toEqual(['网点未开放', '网点未开放']);
    expect(await page.isVisible(`${CHART} [data-legend-item]:has-text("网点未开放")`)).toBe(true);
    expect(await page.getAttribute(`${byTestId('kiosk-table-use')} tr[data-site="post-office"]`, 'class')).toMatch(
      /shown/,
    );
    await shot('41-kiosks-post-office-zh-CN');

    await page.click(`${byTestId('kiosk-site')} label:has-text("银行网点")`);
    await page.waitForSelector(`${CHART}[data-site="bank"]`);
    expect(await page.textContent(SUMMARY)).toBe(bankSummary);
  }, 60_000);

  it('saves the picked site: CSV and PNG named after it', async () => {
    await page.click(`${byTestId('kiosk-site')} label:has-text("邮局网点")`);
    await page.waitForSelector(`${CHART}[data-site="post-office"]`);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click(byTestId('save-csv-kiosks'))]);
    expect(csv.suggestedFilename()).toBe('hallflow-kiosks-post-office.csv');
    const file = resolve(artifacts, 'hallflow-kiosks-post-office.csv');
    await csv.saveAs(file);
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r\n/);
    expect(lines[0]).toBe(
      '网点,时段开始,时段结束,网点是否开放,终端前等候人数,等候人数 ±（上限）,使用中的终端,使用中 ±（上限）,正常运行的终端,正常运行 ±（上限）,已布设终端',
    );
    expect(lines[1]).toMatch(/^邮局网点,00:00,00:30,未开放,,,,,[\d.]+,[\d.]*,2$/);
    expect(lines[21]).toMatch(/^邮局网点,10:00,10:30,开放,[\d.]+,/);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click(byTestId('save-png-kiosks'))]);
    expect(png.suggestedFilename()).toBe('hallflow-kiosks-post-office.png');
    await png.saveAs(resolve(artifacts, '42-kiosks-post-office-export.png'));
  }, 60_000);

  it('reads in English too', async () => {
    await page.click(byTestId('lang-en'));
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="chart-kiosks-summary"]')?.textContent?.startsWith('Post office: '),
    );
    expect(await page.textContent(byTestId('kiosk-facts'))).toBe('2 kiosk(s) installed · open 08:00–20:00, every day');
    const text = (await page.textContent(CHART)) ?? '';
    expect(text.replace(/办税厅 24 小时自助办税厅|银行网点 24 小时自助区|邮局网点/g, '')).not.toMatch(
      /[\u4e00-\u9fff]/,
    );
    await shot('43-kiosks-post-office-en');
    await page.click(byTestId('lang-zh-CN'));
  }, 60_000);

  it('had no console error, page error, CSP violation or request off 127.0.0.1', async () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
