// JSON-LD under the strict CSP, in a real browser: `script-src 'self'` blocks inline scripts, but
// a data block (<script type="application/ld+json">) is never executed, so Chromium reports no
// violation for it. A control inline script proves the watcher would see one.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeJourney } from '../support/journey.js';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/** CSP violations seen by the page (DOM events) and reported on the console. */
async function watchCsp(page: Page): Promise<string[]> {
  const reported: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) reported.push(m.text());
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return reported;
}

describeJourney(
  'JSON-LD under the CSP',
  (j) => {
    it('embeds JSON-LD in pages without any CSP violation', async () => {
      const page = await j.browser.newPage();
      const consoleViolations = await watchCsp(page);
      for (const path of [
        '/fr/actualites/delegation-asie-centrale-redu-liege',
        '/en/events/central-asia-delegation-2025',
        '/fr/organisations/centre-spatial-de-liege',
        '/en/people/jean-pierre-chisogne',
      ]) {
        const res = await page.goto(j.site.origin + path);
        expect(res?.status(), path).toBe(200);
        expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
        const types = await page
          .locator('script[type="application/ld+json"]')
          .evaluateAll((els) =>
            els.map((el) => (JSON.parse(el.textContent ?? '') as { '@type': string })['@type']),
          );
        expect(types, path).toContain('BreadcrumbList');
        expect(types.length, path).toBeGreaterThanOrEqual(2);
        expect(await page.evaluate(() => window.cspViolations), path).toEqual([]);
      }
      expect(consoleViolations).toEqual([]);

      // Control: an inline script added to the same page is blocked and reported.
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'document.title = "ran"';
        document.body.append(s);
      });
      await expect.poll(() => page.evaluate(() => window.cspViolations.length)).toBeGreaterThan(0);
      expect(await page.title()).not.toBe('ran');
      await page.close();
    });
  },
  { startTimeout: 120_000 },
);
