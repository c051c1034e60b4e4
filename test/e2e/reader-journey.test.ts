// A reader in a real browser: home → sector → article → related article → English version, the
// main pages at desktop and phone widths, axe (WCAG 2.x A/AA) on every page type in both
// languages, and the same content with JavaScript disabled.
import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import {
  axe,
  describeViolations,
  desktop,
  follow,
  horizontalOverflow,
  loadAllImages,
  phone,
  screenshotDir,
  watchErrors,
} from '../support/browser.js';
import { describeJourney } from '../support/journey.js';

describeJourney('reader journey in a browser', (j) => {
  let context: BrowserContext;
  /** One published article with an English translation, found through the news list. */
  const article = { fr: '', en: '' };

  const origin = () => j.site.origin;

  beforeAll(async () => {
    context = await j.context({ viewport: desktop });
    const page = await context.newPage();
    await page.goto('/fr/actualites');
    const cards = page.locator('article.card:not([lang]) .card-title a');
    article.fr = (await cards.first().getAttribute('href')) ?? '';
    await page.goto(article.fr);
    const en = await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href');
    article.en = new URL(en ?? '', j.site.origin).pathname;
    await page.close();
  });

  it('takes a reader from the home page to an article, a related one and its English version', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto('/fr/');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await follow(page, nav.getByRole('link', { name: 'Spatial' }), /\/fr\/secteurs\/spatial$/);
    expect(await page.locator('h1').innerText()).toBe('Spatial');
    expect(await nav.getByRole('link', { name: 'Spatial' }).getAttribute('aria-current')).toBe(
      'page',
    );

    const firstCard = page.locator('main article.card .card-title a').first();
    const title = (await firstCard.innerText()).trim();
    await follow(page, firstCard, /\/fr\/actualites\/[^/?#]+$/);

    expect((await page.locator('h1').innerText()).trim()).toBe(title);
    expect(await page.title()).toContain(title);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(page.url());
    const time = page.locator('.article-meta time');
    const datetime = (await time.getAttribute('datetime')) ?? '';
    expect(datetime).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await time.innerText()).trim()).toMatch(
      new RegExp(`^\\d{1,2} \\p{L}+ ${datetime.slice(0, 4)}$`, 'u'),
    );
    const tags = page
      .locator('.article-foot')
      .getByRole('list', { name: 'Secteurs' })
      .getByRole('link');
    expect(await tags.allInnerTexts()).toContain('Spatial');
    expect(await tags.first().getAttribute('href')).toMatch(/^\/fr\/secteurs\/[a-z-]+$/);

    const related = page.getByRole('region', { name: 'Actualités du secteur' });
    expect(await related.getByRole('heading', { level: 2 }).innerText()).toBe(
      'Actualités du secteur',
    );
    const relatedCards = related.locator('article.card');
    expect(await relatedCards.count()).toBe(3);
    const relatedLink = relatedCards.first().locator('.card-title a');
    const relatedTitle = (await relatedLink.innerText()).trim();
    expect(relatedTitle).not.toBe(title);
    await follow(page, relatedLink, /\/fr\/actualites\/[^/?#]+$/);
    expect((await page.locator('h1').innerText()).trim()).toBe(relatedTitle);
    const frUrl = new URL(page.url()).pathname;
    const enAlternate = await page
      .locator('link[rel="alternate"][hreflang="en"]')
      .getAttribute('href');

    const switcher = page.locator('.lang-switch').getByRole('link', { name: 'English' });
    await follow(page, switcher, /\/en\/news\/[^/?#]+$/);
    expect(page.url()).toBe(enAlternate);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // The same article: its French alternate is the page we came from.
    const frAlternate = await page
      .locator('link[rel="alternate"][hreflang="fr"]')
      .getAttribute('href');
    expect(new URL(frAlternate ?? '', origin()).pathname).toBe(frUrl);
    const contentLang = await page.locator('article.article').getAttribute('lang');
    if (contentLang === 'fr') {
      // Not translated: the French text under the English URL, with a notice.
      expect((await page.locator('h1').innerText()).trim()).toBe(relatedTitle);
      expect(await page.getByRole('note').innerText()).toContain('available in French only');
    } else {
      expect(contentLang).toBeNull();
      expect(await page.getByRole('note').count()).toBe(0);
      expect(await page.locator('.article-meta').innerText()).toContain('Published');
    }
    expect(await page.getByRole('region', { name: 'Sector news' }).count()).toBe(1);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders the home, sector and article pages at desktop and phone widths', async () => {
    await mkdir(screenshotDir, { recursive: true });
    const pages = [
      ['home', '/fr/'],
      ['sector', '/fr/secteurs/spatial'],
      ['article', article.fr],
    ] as const;
    for (const [device, viewport] of [
      ['desktop', desktop],
      ['phone', phone],
    ] as const) {
      const ctx = await j.context({
        viewport,
        isMobile: device === 'phone',
        hasTouch: device === 'phone',
        deviceScaleFactor: 1,
      });
      const page = await ctx.newPage();
      for (const [name, path] of pages) {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await loadAllImages(page);
        // Nothing may force a sideways scroll, least of all on a phone.
        const overflow = await horizontalOverflow(page);
        expect(overflow, `${name} overflows horizontally on ${device}`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${screenshotDir}${name}-${device}.png`, fullPage: true });
      }
      await ctx.close();
    }
  });

  const pageTypes = ['home', 'news list', 'sector', 'article', '404'] as const;
  const pathOf = (type: (typeof pageTypes)[number], locale: 'fr' | 'en'): string => {
    switch (type) {
      case 'home':
        return `/${locale}/`;
      case 'news list':
        return locale === 'fr' ? '/fr/actualites' : '/en/news';
      case 'sector':
        return locale === 'fr' ? '/fr/secteurs/spatial' : '/en/sectors/space';
      case 'article':
        return article[locale];
      case '404':
        return locale === 'fr' ? '/fr/actualites/cette-page-nexiste-pas' : '/en/no/such/page';
    }
  };

  it.each(pageTypes.flatMap((type) => (['fr', 'en'] as const).map((l) => [type, l] as const)))(
    'has no WCAG 2.x A/AA violation on the %s page in %s',
    async (type, locale) => {
      const page = await context.newPage();
      const response = await page.goto(pathOf(type, locale));
      expect(response?.status()).toBe(type === '404' ? 404 : 200);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      const violations = await axe(page);
      expect(describeViolations(violations)).toEqual([]);
      await page.close();
    },
  );

  it('serves the same article and navigation with JavaScript disabled', async () => {
    const read = async (page: Page) => ({
      title: await page.locator('h1').innerText(),
      body: await page.locator('.prose').innerText(),
      tags: await page.locator('.article-foot .tags a').allInnerTexts(),
      nav: await page
        .locator('.main-nav a, .lang-switch a, .breadcrumb a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    });
    const withJs = await context.newPage();
    await withJs.goto(article.fr);
    const expected = await read(withJs);
    await withJs.close();

    const noJs = await j.context({
      viewport: desktop,
      javaScriptEnabled: false,
    });
    const page = await noJs.newPage();
    await page.goto(article.fr);
    expect(await read(page)).toEqual(expected);
    expect(expected.nav.length).toBeGreaterThan(5);
    // Plain links: navigation and the language switcher work without scripts.
    await follow(
      page,
      page.locator('.main-nav').getByRole('link', { name: 'Actualités' }),
      /\/fr\/actualites$/,
    );
    expect(await page.locator('main article.card').count()).toBeGreaterThan(0);
    await follow(
      page,
      page.locator('.lang-switch').getByRole('link', { name: 'English' }),
      /\/en\/news$/,
    );
    expect(await page.locator('h1').innerText()).toBe('News');
    await noJs.close();
  });
});
