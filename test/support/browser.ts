// The browser journeys' harness: Debian's Chromium driven by playwright-core, a real HTTP server
// over a freshly seeded SQLite file, and an axe-core accessibility check.
import { serve, type ServerType } from '@hono/node-server';
import type * as AxeCore from 'axe-core';
import type { Result as AxeViolation } from 'axe-core';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { createApp } from '../../src/app.js';
import { createServices, type Services } from '../../src/services.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { createLogger } from '../../src/http/logger.js';
import { seedDemoContent } from '../../src/seed/seed.js';

export type { AxeViolation };

/** Debian's Chromium (CHROMIUM_PATH overrides it); the suite never downloads a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Why the browser suite cannot run here, or undefined when it can. With REQUIRE_BROWSER=1 (CI)
 * a missing browser is an error, never a silent skip.
 */
export function browserSkipReason(): string | undefined {
  if (existsSync(chromiumPath)) return undefined;
  const reason = `${chromiumPath} not found (apt-get install chromium)`;
  if (process.env.REQUIRE_BROWSER === '1') {
    throw new Error(`REQUIRE_BROWSER=1 but ${reason}: the browser tests cannot run.`);
  }
  console.warn(`\n⚠ Browser tests skipped: ${reason}. Set REQUIRE_BROWSER=1 to make this fail.\n`);
  return reason;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

export interface RunningSite {
  /** `http://127.0.0.1:{port}`, also the app's configured baseUrl. */
  origin: string;
  database: Database;
  /** The app's own service graph: writes through it reach its page cache and search index. */
  services: Services;
  close: () => Promise<void>;
}

/**
 * Serves the app on a random free port of 127.0.0.1, over a temporary SQLite file loaded with
 * the demo content, on the real clock as in production (scheduled articles stay hidden).
 */
export async function startSite(): Promise<RunningSite> {
  const dir = await mkdtemp(join(tmpdir(), 'constellation-e2e-'));
  const mediaDir = join(dir, 'media');
  const database = openDatabase(join(dir, 'site.db'));
  await migrateToLatest(database.db);
  await seedDemoContent(
    database,
    createServices({ database, baseUrl: 'http://127.0.0.1', mediaDir }),
    mediaDir,
  );

  // The origin is known only once the socket listens, and the app needs it as its baseUrl:
  // the server delegates to an app created right after.
  const late: { app?: ReturnType<typeof createApp> } = {};
  let server: ServerType | undefined;
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server = serve(
      {
        fetch: (request, env) =>
          late.app ? late.app.fetch(request, env) : new Response('starting', { status: 503 }),
        port: 0,
        hostname: '127.0.0.1',
      },
      resolve,
    );
    server.once('error', reject);
  });
  const origin = `http://127.0.0.1:${address.port}`;
  const services = createServices({ database, baseUrl: origin, mediaDir });
  late.app = createApp({
    config: { baseUrl: origin, mediaDir },
    services,
    database,
    logger: createLogger('silent'),
    now: () => new Date(),
  });

  return {
    origin,
    database,
    services,
    close: async () => {
      if (server) {
        const s = server;
        if ('closeAllConnections' in s) s.closeAllConnections();
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
      await database.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeScript: string | undefined;

/**
 * Runs axe-core on the page and returns its WCAG A/AA violations. The script is evaluated through
 * the DevTools protocol, which the site's CSP (no inline scripts) does not govern, so the page is
 * checked with its real headers.
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  axeScript ??= await readFile(axeSource, 'utf8');
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeScript);
  return page.evaluate(async (tags) => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations;
  }, wcagTags);
}

/** One readable line per violation and element, for assertion messages and reports. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => {
      const why = [...n.any, ...n.all, ...n.none].map((c) => c.message).join('; ');
      return `${v.id} (${v.impact ?? 'n/a'}) on ${n.target.join(' ')}: ${why || v.help} — ${n.html.slice(0, 160)}`;
    }),
  );
}

/** Where the journeys write their full-page screenshots, for a human to look at. */
export const screenshotDir = fileURLToPath(
  new URL('../../test-results/screenshots/', import.meta.url),
);
export const desktop = { width: 1366, height: 900 };
export const phone = { width: 390, height: 844 };

/** Collects what a reader would never see but a broken page reveals: script and load errors. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document')
      errors.push(`${r.status()} ${r.url()}`);
  });
  return errors;
}

/** Clicks a link (or submit button) and waits for the page it leads to. */
export async function follow(page: Page, link: Locator, url: RegExp): Promise<void> {
  await link.click();
  await page.waitForURL(url);
}

/** Lazy images would stay blank in a full-page screenshot: load them all first. */
export async function loadAllImages(page: Page): Promise<void> {
  await page.locator('img').evaluateAll((images) =>
    Promise.all(
      (images as HTMLImageElement[]).map((img) => {
        img.loading = 'eager';
        return img.decode().catch(() => undefined);
      }),
    ),
  );
}

/** How far the page scrolls sideways (0 when nothing overflows the viewport). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

declare global {
  interface Window {
    axe: typeof AxeCore;
  }
}
