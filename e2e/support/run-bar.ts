/** The run bar's replications and seed sit under "advanced settings": open it before typing there. */
import type { Page } from 'playwright-core';

export async function openRunAdvanced(page: Page): Promise<void> {
  await page.locator('[data-testid="run-advanced"]').evaluate((d) => ((d as HTMLDetailsElement).open = true));
}
