// The frame of a browser journey: one describe block over the demo site served on a free port
// and Debian's Chromium, both started before the block's tests and closed after them.
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { browserSkipReason, launchBrowser, startSite, type RunningSite } from './browser.js';

/** The site and browser of a journey, set before its tests run. */
export interface Journey {
  site: RunningSite;
  browser: Browser;
  /** A new browser context on the site's origin. */
  context: (options?: BrowserContextOptions) => Promise<BrowserContext>;
}

/**
 * Declares a journey's describe block; without Chromium it is skipped with the reason in its
 * name (or fails with REQUIRE_BROWSER=1, see browserSkipReason).
 */
export function describeJourney(
  name: string,
  body: (journey: Journey) => void,
  options: { startTimeout?: number } = {},
): void {
  const skip = browserSkipReason();
  describe.skipIf(skip !== undefined)(skip ? `${name} (skipped: ${skip})` : name, () => {
    const journey = {
      context: (contextOptions: BrowserContextOptions = {}) =>
        journey.browser.newContext({ baseURL: journey.site.origin, ...contextOptions }),
    } as Journey;
    let site: RunningSite | undefined;
    let browser: Browser | undefined;

    beforeAll(async () => {
      [site, browser] = await Promise.all([startSite(), launchBrowser()]);
      Object.assign(journey, { site, browser });
    }, options.startTimeout);
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    body(journey);
  });
}
