/**
 * Debian's Chromium as HallFlow drives it through playwright-core: where it is, how it is
 * started (headless, no sandbox, nothing fetched in the background), and printing a
 * self-contained document to an A4 PDF (`hallflow report`). The end-to-end tests
 * (e2e/support/browser.ts) start it the same way.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { pathProblem } from './args.ts';

/** Where Chromium is looked for when HALLFLOW_CHROMIUM does not say. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium to print with: HALLFLOW_CHROMIUM, else /usr/bin/chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.HALLFLOW_CHROMIUM || DEFAULT_CHROMIUM;
}

/** Why there is no Chromium to print with, or null when it is there (an executable file). */
export function chromiumMissing(path: string): { en: string; zh: string } | null {
  try {
    if (!statSync(path).isFile()) return { en: 'not a file', zh: '不是文件' };
    accessSync(path, constants.X_OK);
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return { en: 'not executable', zh: '没有执行权限' };
    return pathProblem(e) ?? { en: String(e), zh: String(e) };
  }
}

export class ChromiumUnavailable extends Error {
  constructor(readonly reason: { en: string; zh: string }) {
    super(reason.en);
  }
}

/** Prints the document to an A4 PDF in Chromium (the report's CSS carries @page rules and page numbers). */
export async function printPdf(html: string, executablePath: string): Promise<Buffer> {
  const { chromium } = await import('playwright-core');
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  } catch (e) {
    const first = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    throw new ChromiumUnavailable({ en: `it does not start: ${first}`, zh: `无法启动：${first}` });
  }
  try {
    const page = await browser.newPage();
    // The report is self-contained: nothing may be fetched while it is printed.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
