/**
 * Importing ticket history in Debian's chromium under the production CSP: the synthetic GB18030
 * log with Chinese headers read through the file input (every data line accepted, none rejected),
 * fitted, applied (one undo step) and backtested; a CSV with bad rows (an unreadable time, an end
 * before its start, a duplicate ticket id, an unknown business type, a quoted cell with a line
 * break before a bad row) shows each rejected line with its reason, and the unknown type mapped
 * by the user is imported on re-reading; a file dropped on the page is read; a file with no usable
 * rows says why, in both languages; a 200,000-row log imports (in a worker) without stalling the
 * page (the time and the page's long tasks are written to the artifacts; the 50 ms budget of a
 * task is a speed figure for the benchmark, so here only a stall over 250 ms fails).
 * Screenshots go to e2e/artifacts. Any console error, page error, CSP violation or request off
 * 127.0.0.1 fails.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchChromium, watchPage, type PageWatch } from './support/browser.ts';
import { ORIGIN, startPreview } from './support/preview.ts';

const here = dirname(fileURLToPath(import.meta.url));
const artifacts = resolve(here, 'artifacts');
const GB18030 = resolve(here, '../data/history/synthetic-demo-2026-03-tickets-zh-gb18030.csv');
const byTestId = (id: string) => `[data-testid="${id}"]`;
/** The header also has a file input (scenario JSON) with the same test id: the view's is inside its root. */
const VIEW = byTestId('import-state');
const FILE_INPUT = `${VIEW} ${byTestId('import-file')}`;

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;
let dir: string;

function observeLongTasks(): void {
  const seen: { start: number; duration: number }[] = [];
  (window as unknown as { __longTasks: typeof seen }).__longTasks = seen;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Data lines of a CSV file: lines after the header that hold something (GB18030 never uses byte
 * 0x0A inside a character).
 */
function dataLines(path: string): number {
  return readFileSync(path)
    .toString('latin1')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '').length;
}

async function status(s: string, timeout = 60_000): Promise<void> {
  await page.waitForSelector(`${VIEW}[data-status="${s}"]`, { timeout });
}

async function shot(name: string, selector = 'main'): Promise<void> {
  await page
    .locator(selector)
    .first()
    .screenshot({ path: resolve(artifacts, `${name}.png`) });
}

const TICKET_HEADER = 'ticket_id,ticket_time,call_time,start_time,end_time,business_type,window,channel,outcome';
const row = (
  id: string,
  t: string,
  c: string,
  s: string,
  e: string,
  type = 'Consultation',
  w = '1',
  ch = 'walk-in',
  o = 'served',
) => [id, t, c, s, e, type, w, ch, o].join(',');
const at = (m: number) => `2026-03-02 09:${String(m).padStart(2, '0')}:00`;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'hallflow-import-e2e-'));
  server = await startPreview();
  browser = await launchChromium();
  context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1440, height: 1000 },
    acceptDownloads: true,
  });
  page = await context.newPage();
  watch = await watchPage(context, page);
  await context.addInitScript(observeLongTasks);
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

describe('importing history', () => {
  it('reads the GB18030 log with Chinese headers: every data line accepted, none rejected', async () => {
    expect(await page.textContent(byTestId('import-privacy'))).toMatch(/不会上传/);
    const lines = dataLines(GB18030);
    expect(lines).toBe(10664);
    await page.setInputFiles(FILE_INPUT, GB18030);
    await status('read');
    const report = page.locator(byTestId('import-report'));
    expect(Number(await report.getAttribute('data-read'))).toBe(lines);
    expect(Number(await report.getAttribute('data-accepted'))).toBe(lines);
    expect(Number(await report.getAttribute('data-rejected'))).toBe(0);
    // Every physical line of the file is accounted for: the data rows and the header.
    expect(Number(await page.getAttribute(byTestId('import-lines'), 'data-total'))).toBe(lines + 1);
    expect(await page.textContent(byTestId('import-lines'))).toMatch(/每一行都有去处/);
    expect(await report.getAttribute('data-encoding')).toBe('gb18030');
    expect(await report.textContent()).toMatch(/GB18030/);
    expect(await page.isVisible(byTestId('import-rejected-none'))).toBe(true);
    expect(await page.inputValue(byTestId('import-map-ticket'))).toBe('1');
    await shot('30-import-report-zh-CN');
  }, 90_000);

  it('fits the log, applies the fit as one undo step, and backtests it', async () => {
    await page.click(byTestId('import-fit'));
    await status('fitted');
    const fit = page.locator(byTestId('import-fit-report'));
    expect(Number(await fit.getAttribute('data-parameters'))).toBeGreaterThan(50);
    expect(await fit.getAttribute('data-problems')).toBe('0');
    expect(await page.isVisible(byTestId('chart-import-patience'))).toBe(true);
    expect(Number(await page.getAttribute(byTestId('import-patch'), 'data-changes'))).toBeGreaterThan(10);
    await page.click(byTestId('import-apply'));
    expect(await page.textContent(byTestId('import-apply-message'))).toMatch(/已应用.*撤销/);
    expect(await page.isEnabled(byTestId('undo'))).toBe(true);
    await page.click(byTestId('import-backtest'));
    await status('backtested', 180_000);
    const summary = page.locator(byTestId('import-backtest-summary'));
    expect(Number(await summary.getAttribute('data-cells'))).toBeGreaterThan(20);
    expect(await summary.getAttribute('data-met')).toBe('true');
    for (const dt of ['filing', 'deadline', 'ordinary'])
      expect(await page.isVisible(byTestId(`chart-import-backtest-${dt}`))).toBe(true);
    await shot('31-import-fit-report-zh-CN', byTestId('import-fit-report'));
    await shot('32-import-backtest-zh-CN', byTestId('import-backtest-section'));
    // The import tab with a file read, fitted and backtested: no critical or serious access problem.
    expect(await seriousViolations(page)).toEqual([]);
  }, 240_000);

  it('lists each bad row with its line and reason, and imports an unknown type once mapped', async () => {
    const file = join(dir, 'bad-rows.csv');
    const text = [
      TICKET_HEADER,
      row('T1', at(0), at(5), at(5), at(10)),
      row('T2', '2026-03-02 9h', '', '', '', 'Consultation', '', 'walk-in', 'abandoned'),
      row('T3', at(2), at(6), at(6), at(3)),
      row('T1', at(3), at(7), at(7), at(12)),
      row('T5', at(4), at(8), at(8), at(13), 'Teleportation'),
      row('T6', at(5), at(9), at(9), at(14), 'Consultation', '"3\n(east)"'),
      row('T7', 'yesterday', at(10), at(10), at(15)),
      row('T8', at(6), at(11), at(11), at(16)),
    ].join('\r\n');
    writeFileSync(file, `${text}\r\n`);
    await page.setInputFiles(FILE_INPUT, file);
    await status('read');
    const report = page.locator(byTestId('import-report'));
    expect(await report.getAttribute('data-read')).toBe('8');
    expect(await report.getAttribute('data-accepted')).toBe('3');
    expect(await report.getAttribute('data-rejected')).toBe('5');
    const rows = await page.$$eval(`${byTestId('import-rejected')} tbody tr`, (trs) =>
      trs.map((tr) => ({
        line: Number(tr.getAttribute('data-line')),
        reason: tr.querySelector('td')?.textContent ?? '',
      })),
    );
    expect(rows.map((r) => r.line)).toEqual([3, 4, 5, 6, 9]);
    expect(rows[0].reason).toMatch(/取号时间.*2026-03-02 9h.*不是有效的日期时间/);
    expect(rows[1].reason).toMatch(/办结时间.*早于.*开始办理时间/);
    expect(rows[2].reason).toMatch(/票号.*T1.*第 2 行/);
    expect(rows[3].reason).toMatch(/Teleportation.*不是方案中的业务类型/);
    expect(rows[4].reason).toMatch(/yesterday.*不是有效的日期时间/);
    // All of them as CSV, with line numbers and reasons.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(byTestId('import-rejected-csv'))]);
    const saved = join(dir, 'rejected.csv');
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe('bad-rows-rejected.csv');
    const csv = readFileSync(saved, 'utf8');
    expect(csv.startsWith('\uFEFF行号,原因,原始内容')).toBe(true);
    expect(
      csv
        .split('\r\n')
        .filter((l) => /^\d+,/.test(l))
        .map((l) => Number(l.split(',')[0])),
    ).toEqual([3, 4, 5, 6, 9]);
    await shot('33-import-bad-rows-zh-CN', byTestId('import-report-section'));

    // Teleportation counts as consultation: read again, one more row accepted.
    await page.selectOption(`${byTestId('import-unknown-types')} select`, 'consultation');
    expect(await page.isVisible(byTestId('import-pending'))).toBe(true);
    await page.click(byTestId('import-reread'));
    await page.waitForFunction(
      () => document.querySelector('[data-testid="import-report"]')?.getAttribute('data-accepted') === '4',
    );
    expect(await report.getAttribute('data-rejected')).toBe('4');
    expect(await page.isVisible(byTestId('import-unknown-types'))).toBe(false);
  }, 60_000);

  it('reads a file dropped on the drop zone (a volumes file)', async () => {
    const text =
      'date,hour,business_type,count\r\n2026-03-02,9,Consultation,5\r\n2026-03-02,10,Consultation,7\r\n2026-03-03,9,Tax certificates,3\r\n';
    const transfer = await page.evaluateHandle((csv) => {
      const data = new DataTransfer();
      data.items.add(new File([csv], 'dropped-volumes.csv', { type: 'text/csv' }));
      return data;
    }, text);
    await page.dispatchEvent(byTestId('import-drop'), 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent(byTestId('import-drop'), 'drop', { dataTransfer: transfer });
    await page.waitForSelector(`${byTestId('import-report')}[data-layout="volumes"]`);
    expect(await page.getAttribute(byTestId('import-report'), 'data-accepted')).toBe('3');
    expect(await page.textContent(byTestId('import-report'))).toContain('dropped-volumes.csv');
  }, 30_000);

  it('says why a file with no usable rows cannot be imported, in Chinese and in English', async () => {
    const file = join(dir, 'no-usable-rows.csv');
    writeFileSync(
      file,
      [
        TICKET_HEADER,
        row('X1', 'yesterday', '', '', '', 'Consultation', '', 'walk-in', 'abandoned'),
        row('X2', 'tomorrow', '', '', '', 'Consultation', '', 'walk-in', 'abandoned'),
      ].join('\n'),
    );
    await page.setInputFiles(FILE_INPUT, file);
    await status('error');
    const error = page.locator(byTestId('import-error'));
    expect(await error.getAttribute('data-code')).toBe('allRejected');
    expect(await error.textContent()).toMatch(/无法导入.*2/);
    expect(await page.getAttribute(byTestId('import-report'), 'data-rejected')).toBe('2');
    await shot('34-import-error-zh-CN');
    await page.click(byTestId('lang-en'));
    expect(await error.textContent()).toMatch(/cannot be imported.*every one of the 2 data rows was rejected/);
    await shot('35-import-error-en');

    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    await page.setInputFiles(FILE_INPUT, empty);
    // The status is already "error": wait for this file's error.
    await page.waitForSelector(`${byTestId('import-error')}[data-code="empty"]`);
    expect(await page.isVisible(byTestId('import-report'))).toBe(false);
    await page.click(byTestId('lang-zh-CN'));
  }, 60_000);

  it('imports 200,000 rows without stalling the page', async () => {
    const types = [
      'Invoice issue and check',
      'Proxy invoice issuing',
      'Consultation',
      'Tax certificates',
      'Individual income tax',
    ];
    const N = 200_000;
    const lines = [TICKET_HEADER];
    const pad = (n: number) => String(n).padStart(2, '0');
    const stamp = (day: number, minute: number) =>
      `2026-03-${pad(day)} ${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:${pad((day * 7 + minute) % 60)}`;
    for (let i = 0; i < N; i++) {
      const day = 2 + (i % 20); // March 2–21
      const t = 9 * 60 + ((i * 7) % 450);
      lines.push(
        row(
          `B${i}`,
          stamp(day, t),
          stamp(day, t + 3),
          stamp(day, t + 3),
          stamp(day, t + 8),
          types[i % types.length],
          String(1 + (i % 12)),
        ),
      );
    }
    const file = join(dir, 'large-200k.csv');
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);
    await page.waitForSelector(`${byTestId('run-state')}[data-status="done"]`, { timeout: 120_000 });
    const t0 = await page.evaluate(() => performance.now());
    const started = Date.now();
    await page.setInputFiles(FILE_INPUT, file);
    await page.waitForSelector(byTestId('import-progress'), { timeout: 30_000 });
    await status('read', 120_000);
    const seconds = (Date.now() - started) / 1000;
    const t1 = await page.evaluate(() => performance.now());
    expect(await page.getAttribute(byTestId('import-report'), 'data-accepted')).toBe(String(N));
    const long = await page.evaluate(
      ([a, b]) =>
        (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter(
          (x) => x.start >= a && x.start <= b,
        ),
      [t0, t1],
    );
    const size = readFileSync(file).length;
    writeFileSync(
      resolve(artifacts, 'import-200k-timing.json'),
      JSON.stringify({ rows: N, bytes: size, seconds, longTasks: long }, null, 2),
    );
    console.log(
      `import of ${N} rows (${(size / 1e6).toFixed(1)} MB): ${seconds.toFixed(1)} s, long tasks on the page: ${JSON.stringify(long)}`,
    );
    expect(
      long.filter((x) => x.duration > 250),
      JSON.stringify(long),
    ).toEqual([]);
  }, 180_000);

  it('saw no console error, page error, CSP violation or foreign request', async () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.workerUrls.some((u) => /\/assets\/import\.worker[^/]*\.js$/.test(u))).toBe(true);
  });
});
