/**
 * The province view (issue 16), in Debian's chromium under the production CSP (zh-CN, 1440×900,
 * then 1280×720): a bureau planner opens the province.json `hallflow batch` wrote and reads, first,
 * how many halls fall short of the target and which is furthest (with its range in words); the
 * table ranks the halls as the CLI does (rankHalls) with the file's figures; the CSV is the CLI's
 * province.csv byte for byte (BOM first); a scenario or a plan given by mistake is refused in
 * Chinese, naming what it is; the province comes back after a reload; the scenario being edited
 * is never changed; axe finds nothing serious.
 *
 * The fixture, e2e/fixtures/province.json, was made by the real command line from the sample
 * province (ten synthetic halls, 20 replications each):
 *   node bin/hallflow.mjs batch data/province/manifest.json --out /tmp/prov
 *   cp /tmp/prov/province.json e2e/fixtures/province.json
 * Screenshots go to e2e/artifacts (look at them). Any console error, page error, CSP violation
 * or request off 127.0.0.1 fails.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankHalls, windowGap, type ProvinceResult } from '../src/sim/batch/province.ts';
import { provinceCsv } from '../src/sim/batch/province-columns.ts';
import { seriousViolations } from './support/axe.ts';
import { launchChromium, watchPage, type PageWatch } from './support/browser.ts';
import { ORIGIN, startPreview } from './support/preview.ts';

const here = dirname(fileURLToPath(import.meta.url));
const artifacts = resolve(here, 'artifacts');
const FIXTURE = resolve(here, 'fixtures/province.json');
const SCENARIO = resolve(here, '../data/scenarios/county-hall.json');
const byTestId = (id: string) => `[data-testid="${id}"]`;
const file: ProvinceResult = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const ranked = rankHalls(file.halls);

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

const text = async (id: string) => ((await page.textContent(byTestId(id))) ?? '').replace(/\s+/g, ' ').trim();
const shot = (name: string, fullPage = false) => page.screenshot({ path: resolve(artifacts, `${name}.png`), fullPage });
/** What the page keeps of the scenario being edited: the current one, the last good one, and its name on screen. */
const scenarioKept = async () => ({
  stored: await page.evaluate(() =>
    ['hallflow.scenario.v1', 'hallflow.lastGood.v1'].map((k) => localStorage.getItem(k)),
  ),
  name: await text('scenario-name'),
});
const rowIds = () =>
  page.$$eval(`${byTestId('province-table')} tbody tr`, (rows) => rows.map((r) => r.getAttribute('data-hall')));

async function openTab(): Promise<void> {
  await page.click(byTestId('tab-province'));
  await page.waitForSelector(byTestId('province-view'));
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
  await page.goto(`${ORIGIN}/`);
  await page.waitForSelector(`${byTestId('run-state')}[data-status="done"]`, { timeout: 180_000 });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('the province view (zh-CN)', () => {
  let scenarioBefore: Awaited<ReturnType<typeof scenarioKept>> | null = null;

  it('opens as a tab that says what to open', async () => {
    scenarioBefore = await scenarioKept();
    expect(scenarioBefore.stored[1]).not.toBeNull(); // the demo ran: there is something to keep unchanged
    await openTab();
    expect(await text('tab-province')).toBe('全省各厅');
    expect(await text('province-empty')).toContain('打开“hallflow batch”生成的 province.json');
    await shot('province-1-empty-zh-CN');
  });

  it('refuses a scenario and a plan given by mistake, naming what each is, in Chinese', async () => {
    await page.setInputFiles(byTestId('province-file'), SCENARIO);
    await page.waitForSelector(byTestId('province-refused'));
    expect(await text('province-refused')).toBe(
      '无法在此打开“county-hall.json” 这是单个办税厅的方案文件，不是全省结果。方案请用编辑器上方的“导入 JSON”打开。 请选择批量运行输出目录（--out）中的 province.json。',
    );
    const plan = resolve(artifacts, 'province-not-a-province-plan.json');
    writeFileSync(plan, JSON.stringify({ kind: 'hallflow.plan', version: 1 }));
    await page.setInputFiles(byTestId('province-file'), plan);
    await page.waitForSelector(`${byTestId('province-refused')}[data-code="otherFile"]`);
    expect(await text('province-refused-why')).toBe(
      '这是排班规划文件，不是全省结果。排班规划在“排班规划”页中生成和保存。',
    );
    const broken = structuredClone(file) as unknown as { halls: { installed: { windows: unknown } }[] };
    broken.halls[3].installed.windows = '七';
    const damaged = resolve(artifacts, 'province-damaged.json');
    writeFileSync(damaged, JSON.stringify(broken));
    await page.setInputFiles(byTestId('province-file'), damaged);
    await page.waitForSelector(`${byTestId('province-refused')}[data-code="fields"]`);
    expect(await text('province-refused')).toContain('halls[3].installed.windows：应为 0 或正整数');
    expect(await page.isVisible(byTestId('province-headline'))).toBe(false);
    await shot('province-2-refused-zh-CN');
  });

  it('says first how many halls fall short, and which is furthest with its range', async () => {
    await page.setInputFiles(byTestId('province-file'), FIXTURE);
    await page.waitForSelector(byTestId('province-headline'));
    expect(await page.isVisible(byTestId('province-refused'))).toBe(false);
    const short = ranked.filter((h) => h.simulate!.shortfall > 0);
    const worst = short[0].simulate!.within;
    const pct = (v: number) => `${Math.round(v * 100)}%`;
    const headline = await text('province-headline');
    expect(headline.split('。')[0]).toBe(
      `${file.halls.length} 个办税厅中，${short.length} 个未达到服务目标（15 分钟内办理的占 90%）`,
    );
    expect(headline).toContain(
      `差距最大的是${ranked[0].name.zh}：达标率 ${pct(worst.mean)}（有 95% 的把握在 ${pct(worst.mean - worst.halfWidth!)} 到 ${pct(worst.mean + worst.halfWidth!)} 之间），目标 90%。`,
    );
    const more = ranked.reduce((a, h) => a + (windowGap(h) ?? 0), 0);
    expect(headline).toContain(`高峰时段共需增加 ${more} 个窗口`);
    expect(await text('province-synthetic')).toBe('合成数据：各办税厅均为虚构');
    expect(await text('province-source')).toContain('每个办税厅重复仿真 20 次，随机种子 20260302');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('province-3-loaded-zh-CN');
    await shot('province-3-loaded-full-zh-CN', true);
  });

  it('ranks the halls as `hallflow batch` does, with the file’s figures', async () => {
    expect(await rowIds()).toEqual(ranked.map((h) => h.id));
    for (const [i, h] of ranked.entries()) {
      const row = page.locator(`${byTestId('province-table')} tbody tr[data-hall="${h.id}"]`);
      const cell = async (id: string) => ((await row.locator(byTestId(id)).textContent()) ?? '').trim();
      expect(await cell('province-rank')).toBe(String(i + 1));
      expect(Number(await row.locator(byTestId('province-within')).getAttribute('data-value'))).toBe(
        h.simulate!.within.mean,
      );
      expect(Number(await row.locator(byTestId('province-shortfall')).getAttribute('data-value'))).toBe(
        h.simulate!.shortfall,
      );
      expect(await cell('province-windows')).toBe(String(h.installed.windows));
      expect(await cell('province-needed')).toBe(String(h.plan!.windowsNeeded));
      expect(await cell('province-more')).toBe(windowGap(h)! > 0 ? `+${windowGap(h)}` : '0');
      expect(await cell('province-kiosks')).toBe(String(h.installed.kiosks));
      expect(await cell('province-kiosks-advised')).toBe(
        h.plan!.kiosksRecommended === null ? '—' : String(h.plan!.kiosksRecommended),
      );
      const hours = (v: number) => Math.round(v).toLocaleString('zh-CN');
      expect(await cell('province-staff-hours')).toBe(
        `${hours(h.plan!.staffHours.current)} → ${hours(h.plan!.staffHours.recommended)}`,
      );
    }
    const first = page.locator(`${byTestId('province-table')} tbody tr`).first();
    expect((await first.locator(byTestId('province-within')).innerText()).replace(/\s+/g, ' ')).toMatch(
      /^\d+% \d+%–\d+%$/,
    );
  });

  it('sorts by a column and back to the ranking', async () => {
    await page.click(byTestId('province-sort-within'));
    const byWithin = [...ranked].sort((a, b) => a.simulate!.within.mean - b.simulate!.within.mean).map((h) => h.id);
    expect(await rowIds()).toEqual(byWithin);
    expect(await page.getAttribute(`th:has(${byTestId('province-sort-within')})`, 'aria-sort')).toBe('ascending');
    await page.click(byTestId('province-sort-rank'));
    expect(await rowIds()).toEqual(ranked.map((h) => h.id));
  });

  it('draws both charts in rank order with a sentence each', async () => {
    const within = byTestId('chart-province-within');
    await page.locator(within).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${within} svg[data-chart-svg]`);
    expect(await page.$$eval(`${within} g[data-hall]`, (g) => g.map((e) => e.getAttribute('data-hall')))).toEqual(
      ranked.map((h) => h.id),
    );
    expect(await text('chart-province-within-summary')).toMatch(
      new RegExp(
        `^\\d+ 个办税厅的达标率低于目标（虚线，90%），差距最大的是${ranked[0].name.zh.replace(/[()（）]/g, '.')}`,
      ),
    );
    const windows = byTestId('chart-province-windows');
    await page.locator(windows).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${windows} svg[data-chart-svg]`);
    expect(
      await page.$$eval(`${windows} rect[data-needed]`, (r) => r.map((e) => Number(e.getAttribute('data-needed')))),
    ).toEqual(ranked.map((h) => h.plan!.windowsNeeded));
    expect(await text('chart-province-windows-summary')).toContain('高峰时段所需窗口多于已设窗口');
    await page.locator(within).screenshot({ path: resolve(artifacts, 'province-4-chart-within-zh-CN.png') });
    await page.locator(windows).screenshot({ path: resolve(artifacts, 'province-5-chart-windows-zh-CN.png') });
  });

  it('leaves the province shown when a wrong file is chosen over it', async () => {
    const before = await text('province-headline');
    await page.setInputFiles(byTestId('province-file'), SCENARIO);
    await page.waitForSelector(byTestId('province-refused'));
    expect(await text('province-refused')).toContain('当前显示的全省结果保持不变。');
    expect(await text('province-headline')).toBe(before);
    expect(await rowIds()).toEqual(ranked.map((h) => h.id));
    await page.setInputFiles(byTestId('province-file'), FIXTURE);
    await page.waitForSelector(byTestId('province-refused'), { state: 'detached' });
  });

  it('exports the table as the CLI’s province.csv: BOM first, halls in rank order', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(byTestId('province-csv'))]);
    expect(download.suggestedFilename()).toBe('province.csv');
    const saved = resolve(artifacts, 'province.csv');
    await download.saveAs(saved);
    const csv = readFileSync(saved, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe(provinceCsv(file));
    const ids = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[1]);
    expect(ids).toEqual(ranked.map((h) => h.id));
  });

  it('has no serious accessibility violation', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('comes back after a reload, and never changed the scenario', async () => {
    const before = await text('province-headline');
    await page.reload();
    await page.waitForSelector(`${byTestId('run-state')}[data-status="done"]`, { timeout: 180_000 });
    expect(await scenarioKept()).toEqual(scenarioBefore);
    await openTab();
    await page.waitForSelector(byTestId('province-headline'));
    expect(await text('province-headline')).toBe(before);
    expect(await text('province-source')).toContain('已保存在本浏览器中');
    expect(await rowIds()).toEqual(ranked.map((h) => h.id));
  }, 240_000);

  it('reads well at 1280×720 too', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('province-6-loaded-1280x720-zh-CN');
    const table = page.locator(byTestId('province-table'));
    await table.scrollIntoViewIfNeeded();
    await shot('province-7-table-1280x720-zh-CN');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('reads in English too', async () => {
    await page.click(byTestId('lang-en'));
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="province-headline"]')?.textContent?.startsWith('Of 10 halls'),
    );
    expect(await text('tab-province')).toBe('Province');
    expect(await text('province-headline')).toContain(`Furthest from it: ${ranked[0].name.en}, where`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('province-8-loaded-en');
    await page.click(byTestId('lang-zh-CN'));
  });

  it('closes the file and forgets it', async () => {
    await page.waitForSelector('html[lang="zh-CN"]', { state: 'attached' });
    await page.click(byTestId('province-close'));
    await page.waitForSelector(byTestId('province-empty'));
    await page.reload();
    await page.waitForSelector(`${byTestId('run-state')}[data-status="done"]`, { timeout: 180_000 });
    await openTab();
    await page.waitForSelector(byTestId('province-empty'));
    expect(await page.isVisible(byTestId('province-headline'))).toBe(false);
  }, 240_000);

  it('saw no console error, page error, CSP violation or foreign request', async () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
