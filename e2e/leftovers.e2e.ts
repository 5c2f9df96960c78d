/**
 * No developer leftovers on the rendered zh-CN pages, in Debian's chromium under the production
 * CSP (zh-CN, 1440×900). With the demo, every tab is visited (results, ledgers, compare, plan,
 * import — read and fitted with the Chinese sample history so the change list is on screen — and
 * the about-the-model and glossary pages), every <details> is opened, and the page's text
 * (document.body.innerText, plus the options of every list, which innerText leaves out) must hold:
 *
 * - no reference to DOMAIN.md, no file name ending in .json, no JSON path (windows.groups[0]…) or
 *   dotted field name (behaviour.abandonedShare), no error code in brackets (（notText）);
 * - no raw English word of four letters or more inside the Chinese, except the proper names in
 *   ALLOWED (each with its reason);
 * - no 0.18-style share in the import's change list (18% is how a director reads a share);
 * - one name for abandonment: not 放弃离开 nor 等候中离开 (中途离开 is the word).
 *
 * Text inside <code> is what the planner types (the plan's target syntax) and is left out, and so
 * is the name of the history file they chose. The editor's text areas (the demo's description, in
 * Chinese and in English) are read for developer references only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser.ts';
import { ORIGIN, startPreview } from './support/preview.ts';

const artifacts = resolve(dirname(fileURLToPath(import.meta.url)), 'artifacts');
const byTestId = (id: string) => `[data-testid="${id}"]`;

/**
 * Words of four Latin letters or more that may stand in Chinese text: the app's name; the
 * proper names of methods, after the people who made them (Erlang C, Kaplan–Meier, the Wilson
 * and Wald intervals, the Delta method) and the SIPP staffing method; the file formats the
 * director uses (JSON, Excel); the Ctrl key; and the language switch's own "English".
 */
const ALLOWED = new Set([
  'HallFlow',
  'Erlang',
  'Kaplan',
  'Meier',
  'Wilson',
  'Wald',
  'Delta',
  'SIPP',
  'JSON',
  'Excel',
  'Ctrl',
  'English',
]);

const LEFTOVERS: { name: string; pattern: RegExp }[] = [
  { name: 'DOMAIN.md', pattern: /DOMAIN\.md/g },
  { name: '.json file name', pattern: /\.json\b/g },
  { name: 'JSON path', pattern: /\b[a-z]+(\.[a-z]+)+\[\d+\]/gi },
  { name: 'dotted field name', pattern: /\b[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+\b/g },
  { name: 'error code', pattern: /（[a-z][a-zA-Z]*）/g },
  { name: 'abandonment synonym', pattern: /放弃离开|等候中离开/g },
];

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

/** Opens every <details>, then reads the page's text without the <code> the planner types. */
async function pageText(): Promise<string> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await page.waitForTimeout(300);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  return page.evaluate(() => {
    // Longest first: a short code that begins a longer one must not cut it in two.
    const codes = [...document.querySelectorAll('code')]
      .map((c) => c.textContent ?? '')
      .sort((a, b) => b.length - a.length);
    let text = document.body.innerText;
    for (const code of codes) if (code) text = text.split(code).join(' ');
    const options = [...document.querySelectorAll('option')].map((o) => o.textContent ?? '');
    return `${text}\n${options.join('\n')}`;
  });
}

/**
 * The texts of the editor's text areas (the demo's description in Chinese and in English): no
 * developer reference may reach them, though the English one is rightly English.
 */
async function fieldLeftovers(): Promise<string[]> {
  const fields = await page.evaluate(() => [...document.querySelectorAll('textarea')].map((f) => f.value));
  const found: string[] = [];
  for (const text of fields)
    for (const { name, pattern } of LEFTOVERS)
      for (const m of text.matchAll(pattern)) found.push(`${name} in a text field: ${m[0]}`);
  return found;
}

/** Every leftover in `text`, with a little context to find it by. */
function leftovers(page: string): string[] {
  // The name of the history file the planner chose is theirs, not the app's.
  const text = page.replace(/[\w.-]+\.(csv|txt|tsv)\b/gi, ' ');
  const found: string[] = [];
  const context = (i: number, n: number) => text.slice(Math.max(0, i - 15), i + n + 15).replace(/\s+/g, ' ');
  for (const { name, pattern } of LEFTOVERS) {
    for (const m of text.matchAll(pattern)) found.push(`${name}: ${m[0]} … ${context(m.index, m[0].length)}`);
  }
  for (const m of text.matchAll(/[A-Za-z]{4,}/g)) {
    if (!ALLOWED.has(m[0])) found.push(`English word: ${m[0]} … ${context(m.index, m[0].length)}`);
  }
  return [...new Set(found)];
}

/** Fails with the list of leftovers (also written to e2e/artifacts/leftovers-<page>.txt to read). */
function expectNone(name: string, found: string[]): void {
  writeFileSync(resolve(artifacts, `leftovers-${name}.txt`), found.join('\n'));
  expect(found, found.join('\n')).toEqual([]);
}

async function openTab(id: string): Promise<void> {
  await page.click(byTestId(`tab-${id}`));
  await page.waitForSelector(`#panel-${id}`);
  await page.waitForTimeout(500);
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

describe('the rendered zh-CN pages hold no developer leftovers', () => {
  for (const tab of ['results', 'ledgers', 'compare', 'plan']) {
    it(`the ${tab} tab, with the editor beside it`, async () => {
      await openTab(tab);
      const text = await pageText();
      // The editor's sections and their advanced settings were open, so their words were read too.
      for (const words of ['预热天数', '首问责任', '中途离开', '放弃取号']) expect(text).toContain(words);
      expectNone(tab, [...leftovers(text), ...(await fieldLeftovers())]);
    }, 60_000);
  }

  it('the import tab, read and fitted: its change list shows shares as percentages', async () => {
    await openTab('import');
    await page.click(byTestId('import-sample-tickets-zh-gb18030'));
    await page.waitForSelector(`${byTestId('import-state')}[data-status="read"]`, { timeout: 90_000 });
    await page.click(byTestId('import-fit'));
    await page.waitForSelector(`${byTestId('import-state')}[data-status="fitted"]`, { timeout: 90_000 });
    const text = await pageText();
    // Every share the fit would change is in percent (18%), never a fraction (0.18); factors and
    // coefficients of variation stay decimals.
    const shares = await page.$$eval(`${byTestId('import-patch')} tr.change`, (rows) =>
      rows
        .filter((r) => /(share|noShow|choiceShare|monthShares\[\d+\])$/i.test(r.getAttribute('data-path') ?? ''))
        .flatMap((r) =>
          [...r.querySelectorAll('td')].map((td) => td.textContent ?? '').filter((cell) => /\d/.test(cell)),
        ),
    );
    expect(shares.length).toBeGreaterThan(5);
    const fractions = shares.filter((cell) => /(?<![\d.])0\.\d+(?!\d*\s*%)/.test(cell) || !/%/.test(cell));
    expectNone('import', [...fractions.map((f) => `share as a fraction: ${f}`), ...leftovers(text)]);
  }, 240_000);

  it('the about-the-model page', async () => {
    await page.click(byTestId('open-about'));
    await page.waitForSelector(byTestId('about-page'));
    await page.waitForTimeout(500);
    expectNone('about', leftovers(await pageText()));
  }, 60_000);

  it('the glossary page', async () => {
    await page.click(byTestId('open-glossary'));
    await page.waitForSelector(byTestId('glossary-page'));
    expectNone('glossary', leftovers(await pageText()));
  }, 60_000);

  it('saw no console error, page error, CSP violation or foreign request', async () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
