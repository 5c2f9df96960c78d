/**
 * Debian's Chromium as HallFlow drives it through playwright-core: where it is, and how it is
 * started (headless, no sandbox, nothing fetched in the background). `hallflow report` prints
 * PDFs with it; the end-to-end tests (e2e/support/browser.ts) start it the same way.
 */

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
