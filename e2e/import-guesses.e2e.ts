/**
 * The import's guesses as decisions, in Debian's chromium under the production CSP (zh-CN,
 * 1440×900): a ticket log from "another system" — the synthetic demo month with registration
 * written 不动产登记 (the scenario calls it 登记/变更/注销) and the filing-period 10:00–10:30 tickets
 * served 15 minutes later than the model would — read, fitted and backtested.
 *
 * - The type guessed from a similar name is a decision to confirm, with its rows; the nine exact
 *   names are listed as confirmed; the guess is not repeated among the warnings.
 * - The fit can be made, but Apply waits (and says for what) until the guess is confirmed; applied,
 *   it is one undo step.
 * - The change list says in words how the daily volume and the rest were fitted.
 * - The backtest verdict names the diverging half hour first, with its figures and a cause.
 * - Changing the type reads the file again with the type map: the value is then the director's
 *   choice, the old fit is gone, and a new fit can be applied without another confirmation.
 * Screenshots go to e2e/artifacts (look at them). Any console error, page error, CSP violation or
 * request off 127.0.0.1 fails.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser.ts';
import { ORIGIN, startPreview } from './support/preview.ts';

const here = dirname(fileURLToPath(import.meta.url));
const artifacts = resolve(here, 'artifacts');
const EN_LOG = resolve(here, '../data/history/synthetic-demo-2026-03-tickets-en-utf8.csv');
const byTestId = (id: string) => `[data-testid="${id}"]`;
const VIEW = byTestId('import-state');
const FILE_INPUT = `${VIEW} ${byTestId('import-file')}`;
const GUESS = `${byTestId('import-type-decision')}[data-value="不动产登记"]`;

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;
let dir: string;
let file: string;

/**
 * The demo month as another system might export it: registration named 不动产登记, and the tickets
 * taken 10:00–10:29 on March 2–13 (filing period) called, started and ended 15 minutes later.
 */
function otherSystemLog(): string {
  const text = readFileSync(EN_LOG, 'utf8').replaceAll('"Registration, change, deregistration"', '不动产登记');
  const pad = (n: number) => String(n).padStart(2, '0');
  const later = (stamp: string) => {
    if (stamp === '') return stamp;
    const [date, time] = stamp.split(' ');
    const [h, m, s] = time.split(':').map(Number);
    const t = h * 60 + m + 15;
    return `${date} ${pad(Math.floor(t / 60))}:${pad(t % 60)}:${pad(s)}`;
  };
  return text
    .split('\r\n')
    .map((line) => {
      const m = /^(\d+),(2026-03-(\d\d) 10:(\d\d):\d\d),([^,]*),([^,]*),([^,]*),(.*)$/.exec(line);
      if (!m || Number(m[3]) > 13 || Number(m[4]) >= 30) return line;
      return [m[1], m[2], later(m[5]), later(m[6]), later(m[7]), m[8]].join(',');
    })
    .join('\r\n');
}

async function status(s: string, timeout = 60_000): Promise<void> {
  await page.waitForSelector(`${VIEW}[data-status="${s}"]`, { timeout });
}

async function shot(name: string, selector: string): Promise<void> {
  await page
    .locator(selector)
    .first()
    .screenshot({ path: resolve(artifacts, `${name}.png`) });
}

/** The section (a part of the view) that holds an element. */
async function shotPart(name: string, selector: string): Promise<void> {
  await page
    .locator(selector)
    .locator('xpath=ancestor::section[1]')
    .screenshot({ path: resolve(artifacts, `${name}.png`) });
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'hallflow-guesses-e2e-'));
  file = join(dir, 'other-system-2026-03.csv');
  writeFileSync(file, otherSystemLog());
  server = await startPreview();
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  watch = await watchPage(context, page);
  await page.goto(`${ORIGIN}/`);
  await page.waitForSelector(`${byTestId('run-state')}[data-status="done"]`, { timeout: 120_000 });
  await page.click(byTestId('tab-import'));
  await page.waitForSelector(VIEW);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the import shows its guesses as decisions', () => {
  it('lists 不动产登记 → 登记/变更/注销 as a guess to confirm, the exact names as confirmed', async () => {
    await page.setInputFiles(FILE_INPUT, file);
    await status('read');
    expect(await page.getAttribute(byTestId('import-report'), 'data-rejected')).toBe('0');
    const decisions = page.locator(byTestId('import-type-decisions'));
    expect(await decisions.getAttribute('data-open')).toBe('1');
    const guess = page.locator(GUESS);
    expect(await guess.getAttribute('data-how')).toBe('guess');
    expect(await guess.getAttribute('data-type')).toBe('registration');
    expect(await guess.getAttribute('data-confirmed')).toBe('false');
    expect(await guess.textContent()).toContain(
      '文件中的「不动产登记」→ 本方案的「登记/变更/注销」（按名称相近推断，共 1,161 行）',
    );
    expect(await guess.textContent()).toContain('「不动产登记」中含有「登记」');
    const exact = await page.$$eval(`${byTestId('import-type-decision')}[data-how="exact"]`, (els) =>
      els.map((e) => e.getAttribute('data-confirmed')),
    );
    expect(exact).toEqual(Array(9).fill('true'));
    expect(await page.textContent(byTestId('import-type-lead'))).toMatch(
      /1 个业务类型与本方案的名称不完全一致，是按名称相近推断对应的.*确认之前，拟合结果不能应用/,
    );
    // The guess is a decision, not also a warning.
    expect(
      (await page.locator(byTestId('import-warnings')).count()) === 0 ||
        !(await page.textContent(byTestId('import-warnings')))!.includes('不动产登记'),
    ).toBe(true);
    await decisions.scrollIntoViewIfNeeded();
    await shot('40-import-guess-decision-zh-CN', byTestId('import-type-decisions'));
  }, 90_000);

  it('fits, but Apply waits for the guess; the change list says how each number was fitted', async () => {
    await page.click(byTestId('import-fit'));
    await status('fitted');
    expect(await page.isDisabled(byTestId('import-apply'))).toBe(true);
    expect(await page.textContent(byTestId('import-apply-waits'))).toMatch(
      /请先确认 1 个.*「不动产登记」→「登记\/变更\/注销」（1,161 行）/,
    );
    const row = (path: string, kind: 'change' | 'why') =>
      page.locator(`${byTestId('import-patch')} tr.${kind}[data-path="${path}"]`);
    expect(await row('demand.dailyVolume', 'change').textContent()).toMatch(/^日取号量560368\.\d$/);
    expect(await row('demand.dailyVolume', 'why').textContent()).toMatch(
      /^怎么得来的：现为平日基数（平日系数为 1；原方案相当于 560 × 0\.65 ≈ 364 人）；申报期、截止日按系数 [\d.]+、[\d.]+ 放大；系数由 22 个工作日的记录重新估计，基数随之换算，使基数 × 系数重现记录中各天的人数。$/,
    );
    expect(await row('types[1].share', 'change').textContent()).toMatch(/^发票代开 占比12%12\.\d%$/);
    expect(await row('types[1].share', 'why').textContent()).toMatch(
      /^怎么得来的：占记录中其余类型来访人数的 1\d\.\d%，同上按 95% 归一，故为 12\.\d%。$/,
    );
    expect(await page.textContent(byTestId('import-patch'))).not.toMatch(/types\[\d\]|demand\.dailyVolume/);
    await page.locator(byTestId('import-patch')).scrollIntoViewIfNeeded();
    await shotPart('41-import-change-list-zh-CN', byTestId('import-patch'));
    await page.locator(byTestId('import-apply-waits')).scrollIntoViewIfNeeded();
    await shotPart('42-import-apply-waits-zh-CN', byTestId('import-apply'));
  }, 90_000);

  it('once the guess is confirmed, applies the fit as one undo step', async () => {
    await page.click(byTestId('import-apply-go-confirm'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-type-decisions');
    await page.click(`${GUESS} ${byTestId('import-type-confirm')}`);
    expect(await page.getAttribute(GUESS, 'data-confirmed')).toBe('true');
    expect(await page.getAttribute(byTestId('import-type-decisions'), 'data-open')).toBe('0');
    expect(await page.isVisible(byTestId('import-apply-waits'))).toBe(false);
    expect(await page.isEnabled(byTestId('import-apply'))).toBe(true);
    await page.click(byTestId('import-apply'));
    expect(await page.textContent(byTestId('import-apply-message'))).toMatch(/已应用.*撤销/);
    await page.click(byTestId('undo'));
    // One step back: the scenario is the one the fit was made on, so Apply is offered again.
    await page.waitForFunction(
      () => !(document.querySelector('[data-testid="import-apply"]') as HTMLButtonElement).disabled,
    );
    expect(await page.textContent(byTestId('import-apply-message'))).toBe('');
  }, 60_000);

  it('the backtest verdict names the half hour that diverges, worst first, with a cause', async () => {
    await page.selectOption(byTestId('import-backtest-reps'), '5');
    await page.click(byTestId('import-backtest'));
    await status('backtested', 180_000);
    const list = page.locator(byTestId('import-backtest-diverging'));
    expect(Number(await list.getAttribute('data-count'))).toBeGreaterThan(0);
    const first = await page
      .locator(`${byTestId('import-backtest-diverging')} li`)
      .first()
      .textContent();
    expect(first).toMatch(/^申报期 10:00–10:30（模拟平均等候 [\d.]+ 分钟，记录 1\d\.\d 分钟，超出区间/);
    expect(await list.textContent()).toMatch(/以下时段模拟与记录不符（最严重的在前）：.*(窗口数|办理时长|到达)/);
    await list.scrollIntoViewIfNeeded();
    await shot('43-import-backtest-diverging-zh-CN', byTestId('import-backtest-summary'));
  }, 240_000);

  it("changing the type reads the file again: the director's choice, a new fit, no confirmation left", async () => {
    await page.locator(GUESS).scrollIntoViewIfNeeded();
    await page.selectOption(`${GUESS} ${byTestId('import-type-change')}`, 'property-vehicle');
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="import-type-decision"][data-value="不动产登记"]')
          ?.getAttribute('data-how') === 'chosen',
      null,
      { timeout: 60_000 },
    );
    await status('read');
    expect(await page.getAttribute(GUESS, 'data-type')).toBe('property-vehicle');
    expect(await page.textContent(GUESS)).toContain(
      '文件中的「不动产登记」→ 本方案的「房产及车辆税费」（您的选择，共 1,161 行）',
    );
    expect(await page.getAttribute(byTestId('import-report'), 'data-accepted')).toBe('10664');
    // The fit of the old reading is gone with it.
    expect(await page.isVisible(byTestId('import-fit-report'))).toBe(false);
    await shot('44-import-guess-changed-zh-CN', byTestId('import-type-decisions'));
    await page.click(byTestId('import-fit'));
    await status('fitted');
    expect(await page.isVisible(byTestId('import-apply-waits'))).toBe(false);
    expect(await page.isEnabled(byTestId('import-apply'))).toBe(true);
  }, 90_000);

  it('reads the same in English', async () => {
    await page.click(byTestId('lang-en'));
    expect(await page.textContent(GUESS)).toContain(
      '“不动产登记” in the file → “Property and vehicle taxes” in this scenario (your choice, 1,161 rows)',
    );
    expect(await page.textContent(`${byTestId('import-patch')} tr.why[data-path="demand.dailyVolume"]`)).toMatch(
      /Now the base of an ordinary day \(factor 1; the scenario’s figure amounts to 560 × 0\.65 ≈ 364 visitors\)/,
    );
    await page.locator(byTestId('import-patch')).scrollIntoViewIfNeeded();
    await shotPart('45-import-change-list-en', byTestId('import-patch'));
    await page.click(byTestId('lang-zh-CN'));
  }, 30_000);

  it('saw no console error, page error, CSP violation or foreign request', async () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
