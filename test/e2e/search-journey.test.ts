// A reader who searches, in a real browser over the demo site: a prefix typed letter by letter in
// the header box lists live results (ARIA combobox), the keyboard opens the article, the language
// switcher leads to its English version (or to the French text with a notice when there is no
// translation); accent folding, the "see all" option, the form without JavaScript, axe with the
// list open, and screenshots of the open list at desktop and phone widths.
import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { demoArticles } from '../../src/seed/demo-articles.js';
import {
  axe,
  describeViolations,
  horizontalOverflow,
  phone,
  screenshotDir,
  watchErrors,
} from '../support/browser.js';
import { describeJourney } from '../support/journey.js';

/** The delegation visit, in French and English (src/seed/demo-articles.ts). */
const visit = demoArticles.find((a) => a.key === 'central-asia-delegation-visit')!.translations;
/** An article written in French only. */
const frenchOnly = demoArticles.find((a) => a.key === 'thermoplastic-welding-workshop-report')!;

/** The header search box, found by its role and label as assistive technology finds it. */
function searchBox(page: Page, label = 'Rechercher sur le site'): Locator {
  return page.locator('.site-header').getByRole('combobox', { name: label });
}

/** Types like a person, one key at a time, then waits for the list to show those words. */
async function typeAndWait(page: Page, box: Locator, text: string): Promise<Locator> {
  await box.click();
  await box.pressSequentially(text, { delay: 40 });
  await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
  const listbox = page.getByRole('listbox');
  await listbox.waitFor({ state: 'visible' });
  return listbox;
}

/** The option the input points to with aria-activedescendant. */
async function activeOption(page: Page, box: Locator): Promise<Locator | undefined> {
  const id = await box.getAttribute('aria-activedescendant');
  return id ? page.locator(`[id="${id}"]`) : undefined;
}

describeJourney('search journey in a browser', (j) => {
  let context: BrowserContext;

  beforeAll(async () => {
    context = await j.context({
      viewport: { width: 1280, height: 900 },
    });
  });

  it('finds « coopération » as « coop » is typed, opens the article by keyboard, then its English version', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    const asked: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname === '/fr/recherche/suggestions') asked.push(url.searchParams.get('q')!);
    });
    await page.goto('/fr/actualites');
    const box = searchBox(page);
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.getAttribute('aria-autocomplete')).toBe('list');

    const listbox = await typeAndWait(page, box, 'coop');
    expect(await box.getAttribute('aria-controls')).toBe(await listbox.getAttribute('id'));
    expect(await listbox.getAttribute('aria-label')).toBe('Résultats pendant la saisie');
    // Debounced, never for a single letter, and the last question is the whole prefix.
    expect(asked).not.toContain('c');
    expect(asked.at(-1)).toBe('coop');
    const options = listbox.getByRole('option');
    const texts = await options.allInnerTexts();
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.some((t) => /coopération/.test(t))).toBe(true);
    expect(await listbox.locator('mark').allInnerTexts()).toContain('coopération');
    expect(texts.at(-1)).toContain('Voir tous les résultats pour « coop »');
    const target = texts.findIndex((t) => t.includes(visit.fr.title));
    expect(target, `the visit is listed: ${texts.join(' | ')}`).toBeGreaterThanOrEqual(0);

    // Down to the visit: the input keeps the focus, the active option is announced as selected.
    for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowDown');
    const active = (await activeOption(page, box))!;
    expect(await active.innerText()).toContain(visit.fr.title);
    expect(await active.getAttribute('aria-selected')).toBe('true');
    expect(await listbox.locator('[aria-selected="true"]').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-q');

    await page.keyboard.press('Enter');
    await page.waitForURL(/\/fr\/actualites\/delegation-asie-centrale-redu-liege$/);
    expect(await page.locator('h1').innerText()).toBe(visit.fr.title);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');

    const switcher = page.locator('.lang-switch').getByRole('link', { name: 'English' });
    await switcher.click();
    await page.waitForURL(/\/en\/news\/[^/?#]+$/);
    expect(new URL(page.url()).pathname).toBe(`/en/news/${visit.en!.slug!}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe(visit.en!.title);
    expect(await page.title()).toContain(visit.en!.title);
    expect(await page.locator('article.article').getAttribute('lang')).toBeNull();
    expect(await page.getByRole('note').count()).toBe(0);
    // The English header searches in English.
    expect(await searchBox(page, 'Search the site').count()).toBe(1);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('folds accents, closes on Escape, and opens a result with a click', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/fr/');
    const box = searchBox(page);
    const listbox = await typeAndWait(page, box, 'liege');
    await expect
      .poll(() => listbox.locator('.suggest-title mark').allInnerTexts())
      .toContain('Liège');

    await page.keyboard.press('ArrowDown');
    expect(await activeOption(page, box)).toBeDefined();
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.getAttribute('aria-activedescendant')).toBeNull();
    expect(await listbox.isVisible()).toBe(false);
    expect(await box.inputValue()).toBe('liege');

    // A French-only article, chosen with the mouse, then its English address: French text,
    // English interface, and a notice saying so.
    await box.fill('');
    await typeAndWait(page, box, 'soudage');
    const option = page.getByRole('option').filter({ hasText: frenchOnly.translations.fr.title });
    await option.click();
    await page.waitForURL(/\/fr\/actualites\/soudage-thermoplastique[^/?#]*$/);
    const frPath = new URL(page.url()).pathname;
    expect(await page.locator('h1').innerText()).toBe(frenchOnly.translations.fr.title);
    await page.locator('.lang-switch').getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/news\//);
    expect(new URL(page.url()).pathname).toBe(frPath.replace('/fr/actualites/', '/en/news/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('article.article').getAttribute('lang')).toBe('fr');
    expect(await page.getByRole('note').innerText()).toBe(
      'This article is available in French only.',
    );
    expect(await page.locator('h1').innerText()).toBe(frenchOnly.translations.fr.title);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('leads to the full search page from the last option and from Enter', async () => {
    const page = await context.newPage();
    await page.goto('/en/');
    const box = searchBox(page, 'Search the site');
    await typeAndWait(page, box, 'coop');
    await page.keyboard.press('ArrowUp');
    const last = (await activeOption(page, box))!;
    expect(await last.innerText()).toContain('See all results for “coop”');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\?q=coop$/);
    expect(await page.locator('.search-results .search-hit').count()).toBeGreaterThan(0);

    // Enter with no option chosen submits the form as typed.
    const again = searchBox(page, 'Search the site');
    await again.fill('');
    await typeAndWait(page, again, 'liege');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\?q=liege$/);
    await page.close();
  });

  it('updates the search page results as the reader types, announcing only their count', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/fr/recherche');
    const box = page.getByRole('searchbox', { name: 'Rechercher sur le site' }).last();
    expect(await box.getAttribute('id')).toBe('search-page-q');
    await box.pressSequentially('liege', { delay: 40 });
    await page.waitForURL(/\/fr\/recherche\?q=liege$/);
    await expect
      .poll(() => page.locator('#search-results .search-hit-title mark').allInnerTexts())
      .toContain('Liège');
    const status = page.locator('#search-live-status');
    expect(await status.getAttribute('role')).toBe('status');
    await expect.poll(() => status.innerText()).toMatch(/^\d+ résultats?$/);
    expect(await page.locator('#search-results[aria-live]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('still searches from the header without JavaScript', async () => {
    const noJs = await j.context({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto('/fr/actualites');
    const box = page.locator('.site-header').getByRole('searchbox', {
      name: 'Rechercher sur le site',
    });
    await box.fill('coop');
    await box.press('Enter');
    await page.waitForURL(/\/fr\/recherche\?q=coop$/);
    const titles = await page.locator('.search-hit-title').allInnerTexts();
    expect(titles).toContain(visit.fr.title);
    await noJs.close();
  });

  it('has no WCAG 2.x A/AA violation on the search page with the list open', async () => {
    const page = await context.newPage();
    await page.goto('/fr/recherche?q=coop');
    const box = searchBox(page);
    await typeAndWait(page, box, 'liege');
    expect(describeViolations(await axe(page))).toEqual([]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(describeViolations(await axe(page))).toEqual([]);
    await page.close();
  });

  it('shows the open list at desktop and phone widths, inside the screen', async () => {
    await mkdir(screenshotDir, { recursive: true });
    for (const [device, viewport] of [
      ['desktop', { width: 1280, height: 900 }],
      ['phone', phone],
    ] as const) {
      const ctx = await j.context({
        viewport,
        isMobile: device === 'phone',
        hasTouch: device === 'phone',
      });
      const page = await ctx.newPage();
      await page.goto(`/fr/actualites/${visit.fr.slug!}`);
      const box = searchBox(page);
      await typeAndWait(page, box, 'coop');
      await page.keyboard.press('ArrowDown');
      const panel = page.locator('.suggest-panel');
      const bounds = (await panel.boundingBox())!;
      expect(bounds.x).toBeGreaterThanOrEqual(0);
      expect(bounds.x + bounds.width).toBeLessThanOrEqual(viewport.width);
      expect(bounds.y + bounds.height).toBeLessThanOrEqual(viewport.height);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${screenshotDir}search-suggestions-${device}.png` });
      await ctx.close();
    }
  });
});
