/**
 * Layout and access (issue 11, item 9), in Debian's chromium under the production CSP at 1280×720,
 * zh-CN then en: axe-core finds no critical and no serious violation on any tab (each opened after
 * its view is drawn; the plan and import tabs as they first open: the director's path checks the
 * plan's review and was → now), on the about-the-model and glossary pages and in the glossary's
 * dialog; the headings go in order, the first link skips to the results, the first chart is on the
 * first screen, and the editor stays in view while the results scroll.
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
const VIEWPORT = { width: 1280, height: 720 };

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await startPreview();
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'zh-CN', viewport: VIEWPORT });
  page = await context.newPage();
  watch = await watchPage(context, page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** Heading levels in document order that skip a level going down (h2 → h4), and whether there is one h1. */
async function headingJumps(): Promise<{ h1: number; jumps: string[] }> {
  return page.evaluate(() => {
    // Headings a reader meets: rendered ones (not inside a closed <details> or a hidden view).
    const hs = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => h.checkVisibility());
    const jumps: string[] = [];
    let last = 0;
    for (const h of hs) {
      const level = Number(h.tagName.slice(1));
      if (level > last + 1) jumps.push(`${h.tagName} “${h.textContent?.trim().slice(0, 40)}” after h${last}`);
      last = level;
    }
    return { h1: hs.filter((h) => h.tagName === 'H1').length, jumps };
  });
}

async function tabs(): Promise<string[]> {
  return page.$$eval('[role="tab"]', (els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
}

describe('layout and access at 1280×720', () => {
  it('shows the first chart on the first screen, under the answer in words', async () => {
    await page.goto(`${ORIGIN}/`);
    await page.waitForSelector(`${byTestId('run-state')}[data-status="done"]`, { timeout: 240_000 });
    await page.waitForSelector(`${byTestId('chart-wait-by-interval')} svg`);
    const box = await page.locator(byTestId('chart-wait-by-interval')).boundingBox();
    // The chart's title, legend and the top of its plot are above the fold.
    expect(box!.y + 120).toBeLessThan(VIEWPORT.height);
    const answer = await page.locator(byTestId('diagnosis-answer')).boundingBox();
    expect(answer!.y).toBeLessThan(box!.y);
    await page.screenshot({ path: resolve(artifacts, '60-first-screen-1280x720-zh-CN.png') });
  }, 300_000);

  it('has a skip link first, which moves the focus to the results', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('skip-link');
    expect(await page.isVisible(byTestId('skip-link'))).toBe(true);
    await page.screenshot({
      path: resolve(artifacts, '61-skip-link-zh-CN.png'),
      clip: { x: 0, y: 0, width: 640, height: 120 },
    });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('workspace');
    await page.keyboard.press('Tab');
    // The next stop is inside the results' column (the run bar), not the editor.
    expect(await page.evaluate(() => document.activeElement?.closest('#workspace') !== null)).toBe(true);
  });

  it('keeps the editor in view while the results scroll', async () => {
    await page.mouse.move(900, 500);
    await page.evaluate(() => window.scrollTo(0, 2500));
    await page.waitForTimeout(200);
    const editor = await page.locator('aside.editor').boundingBox();
    expect(editor!.y).toBeGreaterThanOrEqual(0);
    expect(editor!.y).toBeLessThan(40);
    expect(editor!.y + editor!.height).toBeLessThanOrEqual(VIEWPORT.height);
    await page.screenshot({ path: resolve(artifacts, '62-editor-in-view-zh-CN.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`has no critical or serious axe violation and headings in order on every tab (${lang})`, async () => {
      await page.click(byTestId(`lang-${lang}`));
      const found: Record<string, string[]> = {};
      for (const tab of await tabs()) {
        await page.click(byTestId(tab));
        await page.waitForSelector(`${byTestId(tab)}[aria-selected="true"]`);
        // Lazy views: wait until the panel holds more than the loading line.
        await page.waitForFunction(
          () => (document.querySelector('[role="tabpanel"]')?.textContent?.length ?? 0) > 40,
          undefined,
          { timeout: 60_000 },
        );
        await page.waitForTimeout(300);
        const v = await seriousViolations(page);
        const h = await headingJumps();
        if (v.length) found[`${tab} axe`] = v;
        if (h.jumps.length) found[`${tab} headings`] = h.jumps;
        if (h.h1 !== 1) found[`${tab} h1`] = [`${h.h1} h1 elements`];
      }
      // The pages the header opens, and the glossary's dialog opened from a term.
      for (const [open, shown] of [
        ['open-about', 'about-page'],
        ['open-glossary', 'glossary-page'],
      ]) {
        await page.click(byTestId(open));
        await page.waitForSelector(byTestId(shown));
        await page.waitForTimeout(300);
        const v = await seriousViolations(page);
        const h = await headingJumps();
        if (v.length) found[`${shown} axe`] = v;
        if (h.jumps.length) found[`${shown} headings`] = h.jumps;
      }
      await page.click(byTestId('tab-results'));
      await page.waitForSelector(`${byTestId('tab-results')}[aria-selected="true"]`);
      await page.locator('[data-testid^="term-"]:visible').first().click();
      await page.waitForSelector(`${byTestId('glossary-dialog')}[open]`);
      const v = await seriousViolations(page);
      if (v.length) found['glossary-dialog axe'] = v;
      await page.keyboard.press('Escape');
      expect(found).toEqual({});
    }, 300_000);
  }

  it('saw no console error, page error, CSP violation or foreign request', async () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
