/**
 * Issue 11, "no input traps", in Debian's chromium under the production CSP (zh-CN, 1440×900):
 * typing "16" into a cell of the demo's 12-window general group. The "1" typed on the way is a
 * valid value but is not written and starts no run; "16" is refused at once in words that name
 * the group's window count, with the offer to raise it; Enter does not write it either; one click
 * raises the count and writes the cell, and one undo reverts both. A number field past one of
 * HallFlow's limits says the limit and why; Escape restores. Screenshots go to e2e/artifacts.
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
/** Filing days at 10:00, general windows: 12 open, and the group has 12. */
const CELL = byTestId('staff-filing-10:00');
const PROBLEM = byTestId('staff-problem-filing-10:00');
/** Longer than the pause after an edit before a run starts (EDIT_PAUSE_MS, 120 ms), several times over. */
const SETTLE_MS = 800;

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

/** What the first visit opens (the autosave holds nothing before the first edit). */
const DEMO = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../data/scenarios/demo-hall.json'), 'utf8');

interface Stored {
  windows: number;
  cell: number;
  scenario: unknown;
}

/** The autosaved scenario (written on every change): what the scenario holds, exactly. */
async function stored(): Promise<Stored> {
  const text = (await page.evaluate(() => localStorage.getItem('hallflow.scenario.v1'))) ?? DEMO;
  const s = JSON.parse(text) as { windows: { groups: { windows: number; schedule: { filing: number[] } }[] } };
  return { windows: s.windows.groups[0].windows, cell: s.windows.groups[0].schedule.filing[2], scenario: s };
}

async function runState(): Promise<{ status: string | null; version: number }> {
  const el = page.locator(byTestId('run-state'));
  return { status: await el.getAttribute('data-status'), version: Number(await el.getAttribute('data-version')) };
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: resolve(artifacts, `${name}.png`) });
}

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

describe('no input traps', () => {
  it('opens the demo, which runs once', async () => {
    await page.goto(`${ORIGIN}/`);
    await page.waitForSelector(`${byTestId('run-state')}[data-status="done"]`, { timeout: 120_000 });
    await page.click('#section-windows > summary');
    await page.waitForSelector(CELL, { state: 'visible' });
    expect(await page.inputValue(CELL)).toBe('12');
    expect((await stored()).windows).toBe(12);
  }, 180_000);

  it('writes nothing and starts no run on the "1" of "16"', async () => {
    const before = await stored();
    const run = await runState();
    await page.locator(CELL).scrollIntoViewIfNeeded();
    await page.click(CELL); // selects the cell's text, as a spreadsheet does
    await page.keyboard.type('1');
    await page.waitForTimeout(SETTLE_MS);
    expect(await stored()).toEqual(before);
    expect(await runState()).toEqual(run);
    expect(await page.isVisible(PROBLEM)).toBe(false); // "1" is a fine value: no message, just not written yet
  });

  it('refuses "16" at once, naming the group\'s window count, and offers to raise it', async () => {
    const before = await stored();
    const run = await runState();
    await page.keyboard.type('6');
    await page.waitForSelector(PROBLEM);
    const text = (await page.textContent(PROBLEM)) ?? '';
    expect(text).toContain('“16”超过本组窗口数（12）');
    expect(text).toContain('未写入方案，仍为 12');
    expect(await page.textContent(byTestId('staff-problem-filing-10:00-raise'))).toBe(
      '将本组窗口数提高到 16，并填入此格',
    );
    expect(await page.getAttribute(CELL, 'aria-invalid')).toBe('true');
    // Enter moves on, as in a spreadsheet, but does not write a refused value.
    await page.keyboard.press('Enter');
    await page.waitForTimeout(SETTLE_MS);
    expect(await stored()).toEqual(before);
    expect(await runState()).toEqual(run);
    expect(await page.inputValue(CELL)).toBe('16');
    await page.locator(PROBLEM).scrollIntoViewIfNeeded();
    await shot('20-inputs-over-group-zh-CN');
  });

  it('raises the count and writes 16 in one click; one undo reverts both', async () => {
    const before = await stored();
    const run = await runState();
    await page.click(byTestId('staff-problem-filing-10:00-raise'));
    const after = await stored();
    expect(after.windows).toBe(16);
    expect(after.cell).toBe(16);
    expect(await page.inputValue(CELL)).toBe('16');
    expect(await page.isVisible(PROBLEM)).toBe(false);
    expect(await page.textContent(byTestId('grid-notice'))).toContain('窗口数已提高到 16');
    // The raise is confirmed by the director: it runs.
    await page.waitForFunction(
      (v) => Number(document.querySelector('[data-testid="run-state"]')?.getAttribute('data-version')) > v,
      run.version,
      { timeout: 120_000 },
    );
    await page.waitForSelector(`${byTestId('run-state')}[data-status="done"]`, { timeout: 120_000 });
    await page.locator(CELL).scrollIntoViewIfNeeded();
    await shot('21-inputs-raised-zh-CN');

    const beforeUndo = await runState();
    await page.click(byTestId('undo'));
    // The undo is a change too: it runs (after the edit pause); the next test starts from its result.
    await page.waitForFunction(
      (v) => Number(document.querySelector('[data-testid="run-state"]')?.getAttribute('data-version')) > v,
      beforeUndo.version,
      { timeout: 120_000 },
    );
    await page.waitForSelector(`${byTestId('run-state')}[data-status="done"]`, { timeout: 120_000 });
    const undone = await stored();
    expect(undone.windows).toBe(12);
    expect(undone.cell).toBe(12);
    expect(undone.scenario).toEqual(before.scenario);
    expect(await page.inputValue(CELL)).toBe('12');
  }, 240_000);

  it("says a number field's HallFlow limit and why, writes nothing, and restores on Escape", async () => {
    await page.waitForSelector(`${byTestId('run-state')}[data-status="done"]`, { timeout: 120_000 });
    const group = page.locator(byTestId('group-0'));
    await group.locator('summary').click();
    const field = page.locator(byTestId('group-0-windows'));
    await field.scrollIntoViewIfNeeded();
    const before = await stored();
    const run = await runState();
    await field.click();
    await field.press('Control+a');
    await page.keyboard.type('5000');
    const message = page.locator('[id="f-windows.groups[0].windows-err"]');
    await message.waitFor();
    expect(await message.textContent()).toContain('“5000”超过 HallFlow 的上限 1,000 个窗口（远超任何实际的办税服务厅');
    await field.press('Enter');
    await page.waitForTimeout(SETTLE_MS);
    expect(await stored()).toEqual(before);
    expect(await runState()).toEqual(run);
    await shot('22-inputs-limit-zh-CN');
    await field.press('Escape');
    expect(await field.inputValue()).toBe('12');
    expect(await message.count()).toBe(0);
    await field.blur();
    await page.waitForTimeout(SETTLE_MS);
    expect(await stored()).toEqual(before);
    expect(await runState()).toEqual(run);
  });

  it('says the same in English', async () => {
    await page.click(byTestId('lang-en'));
    await page.click(CELL);
    await page.keyboard.type('16');
    expect(await page.textContent(PROBLEM)).toContain(
      '“16” is more than this group’s windows (12). Not applied: the schedule keeps 12.',
    );
    expect(await page.textContent(byTestId('staff-problem-filing-10:00-raise'))).toBe(
      'Raise the group’s windows to 16 and enter it here',
    );
    await page.keyboard.press('Escape');
    expect(await page.inputValue(CELL)).toBe('12');
    expect(await page.isVisible(PROBLEM)).toBe(false);
    await page.click(byTestId('lang-zh-CN'));
  });

  it('saw no console error, page error, CSP violation or foreign request', async () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
