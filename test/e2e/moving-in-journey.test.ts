// Moving in, in a real browser: an admin manages redirects at /admin/redirects (add, a refused
// loop, search, edit) and imports a WordPress export at /admin/import (upload,
// dry-run report, run, result), the old address then answering with the new page; every page
// is checked with axe (the forms are plain HTML forms: no script is needed to submit them).
import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, testPassword } from '../support/auth.js';
import {
  axe,
  browserSkipReason,
  desktop,
  describeViolations,
  launchBrowser,
  screenshotDir,
  startSite,
  type RunningSite,
} from '../support/browser.js';
import { fixture } from '../support/wordpress.js';

const skip = browserSkipReason();

describe.skipIf(skip !== undefined)(
  skip ? `moving in, in a browser (skipped: ${skip})` : 'moving in, in a browser',
  () => {
    let site: RunningSite | undefined;
    let browser: Browser | undefined;
    let context: BrowserContext;

    beforeAll(async () => {
      [site, browser] = await Promise.all([startSite(), launchBrowser()]);
      const admin = await makeUser(site.database, { role: 'admin', name: 'Ada Admin' });
      context = await browser.newContext({
        baseURL: site.origin,
        viewport: desktop,
        locale: 'en-GB',
      });
      context.setDefaultTimeout(8_000);
      const page = await context.newPage();
      await page.goto('/admin/sign-in');
      await page.getByLabel('Email address').fill(admin.email);
      await page.getByLabel('Password').fill(testPassword);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/admin$/);
      await page.close();
      await mkdir(screenshotDir, { recursive: true });
    });

    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    const clean = async (page: Page, what: string) =>
      expect(describeViolations(await axe(page)), what).toEqual([]);

    it('manages redirects', { timeout: 60_000 }, async () => {
      const page = await context.newPage();
      await page.goto('/admin/redirects');
      await clean(page, 'empty list');
      await page.getByLabel('Old address').fill('/2019/05/old-news/');
      await page.getByLabel('New address').fill('/en/news');
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(page.getByRole('status').textContent()).resolves.toContain('Redirect added.');
      await page.getByLabel('Old address').fill('/en/news');
      await page.getByLabel('New address').fill('/2019/05/old-news');
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(page.getByRole('alert').first().textContent()).resolves.toContain('would loop');
      await clean(page, 'refused loop');
      await page.getByLabel('Search the addresses').fill('old-news');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('link', { name: '/2019/05/old-news' }).click();
      await page.getByRole('radio', { name: /302/ }).check();
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('status').textContent()).resolves.toContain('Redirect saved.');
      await clean(page, 'one redirect');
      await page.screenshot({ path: `${screenshotDir}admin-redirect-desktop.png`, fullPage: true });
      const res = await page.request.get('/2019/05/old-news', { maxRedirects: 0 });
      expect([res.status(), res.headers().location]).toEqual([302, '/en/news']);
      await page.close();
    });

    it('imports a WordPress export after reading its dry run', { timeout: 120_000 }, async () => {
      const page = await context.newPage();
      await page.goto('/admin/import');
      await clean(page, 'import form');
      await page.getByLabel('WordPress export (WXR, .xml)').setInputFiles(fixture('site.xml'));
      await page.getByRole('button', { name: 'See what the import would do' }).click();
      await expect(
        page.getByRole('heading', { level: 2 }).first().textContent(),
      ).resolves.toContain('nothing was written');
      await clean(page, 'dry-run report');
      expect(
        (await page.request.get('/2025/11/visite-delegation-redu', { maxRedirects: 0 })).status(),
      ).toBe(404);
      await page.getByRole('button', { name: 'Run the import' }).click();
      await expect(
        page.getByRole('heading', { name: 'Import finished' }).textContent(),
      ).resolves.toBe('Import finished');
      await clean(page, 'import report');
      await page.screenshot({ path: `${screenshotDir}admin-import-desktop.png`, fullPage: true });
      await page.goto('/2025/11/visite-delegation-redu/');
      expect(new URL(page.url()).pathname).toBe('/fr/actualites/visite-delegation-redu');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
        'Redu',
      );
      await page.close();
    });
  },
);
