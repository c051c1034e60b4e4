// The admin's accounts in a real browser with JavaScript off: first-run setup, sign out, sign in,
// every account page checked with axe (WCAG 2.x A/AA) and photographed at desktop and phone widths.
import { mkdir } from 'node:fs/promises';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import {
  axe,
  describeViolations,
  desktop,
  horizontalOverflow,
  phone,
  screenshotDir,
} from '../support/browser.js';
import { describeJourney } from '../support/journey.js';

const password = 'correct horse battery staple';

describeJourney('admin accounts in a browser', (j) => {
  let context: BrowserContext;

  beforeAll(async () => {
    context = await j.context({
      viewport: desktop,
      javaScriptEnabled: false,
      locale: 'en-GB',
    });
    await mkdir(screenshotDir, { recursive: true });
  });

  it(
    'sets up the first admin, signs out and in, and every page passes axe',
    { timeout: 120_000 },
    async () => {
      const page = await context.newPage();
      await page.goto('/admin');
      expect(new URL(page.url()).pathname).toBe('/admin/setup');
      await page.getByLabel('Name').fill('Ada Admin');
      await page.getByLabel('Email address').fill('ada@example.org');
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Create the admin account' }).click();
      await page.waitForURL(/\/admin$/);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(/\/admin\/sign-in/);

      await page.getByLabel('Email address').fill('ada@example.org');
      await page.getByLabel('Password').fill('wrong password here');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toContain('Wrong email');
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/admin$/);
      await page.close();

      // axe needs script execution: the same session in a context with JavaScript on.
      const checked = await j.context({
        viewport: desktop,
        locale: 'en-GB',
        storageState: await context.storageState(),
      });
      const view = await checked.newPage();
      const anonymous = await j.context({
        viewport: desktop,
        locale: 'en-GB',
      });
      const signInPage = await anonymous.newPage();
      await signInPage.goto('/admin/sign-in');
      expect(describeViolations(await axe(signInPage))).toEqual([]);
      await signInPage.screenshot({
        path: `${screenshotDir}admin-sign-in-desktop.png`,
        fullPage: true,
      });
      await signInPage.setViewportSize(phone);
      await signInPage.screenshot({
        path: `${screenshotDir}admin-sign-in-phone.png`,
        fullPage: true,
      });
      await anonymous.close();

      for (const [name, path] of [
        ['dashboard', '/admin'],
        ['users', '/admin/users'],
        ['account', '/admin/account'],
        ['totp', '/admin/account/totp'],
        ['audit', '/admin/audit'],
      ] as const) {
        await view.setViewportSize(desktop);
        await view.goto(path);
        expect(describeViolations(await axe(view)), path).toEqual([]);
        await view.screenshot({
          path: `${screenshotDir}admin-${name}-desktop.png`,
          fullPage: true,
        });
        await view.setViewportSize(phone);
        await view.goto(path);
        expect(await horizontalOverflow(view), path).toBeLessThanOrEqual(0);
        await view.screenshot({
          path: `${screenshotDir}admin-${name}-phone.png`,
          fullPage: true,
        });
      }
      await checked.close();
    },
  );
});
