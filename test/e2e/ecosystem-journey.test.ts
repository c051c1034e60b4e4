// The ecosystem in a real browser: from an article to an organisation it mentions and on to
// another article about that organisation, the « Dans cet article » panel in both languages, axe
// (WCAG 2.x A/AA) on the directory, agenda, project and ecosystem pages, screenshots at desktop
// and phone widths, the ecosystem graph and its filters without JavaScript, and the calendar file.
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

/** The demo's report on the Central Asian delegation: it mentions some twenty entities. */
const delegationArticle = '/fr/actualites/delegation-asie-centrale-redu-liege';
/** The richest event of the demo: two stops, a programme, four delegation countries. */
const delegationEvent = '/fr/agenda/delegation-asie-centrale-2025';
const preferredOrganisation = 'Centre Spatial de Liège';

const articlePath = /^\/(fr\/actualites|en\/news)\/[^/?#]+$/;
const pathOf = (page: Page): string => new URL(page.url()).pathname;

/** Navigates and requires a 200, so an error page is never taken for the page under test. */
async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `GET ${path}`).toBe(200);
}

/** The article links of an entity page's « Dans l’actualité » section (first page only). */
function newsLinks(page: Page) {
  return page.locator('section.entity-news .card-title a');
}

/** The smallest text the graph's node labels may render at, in CSS pixels. */
const minLabelPx = 10;

/**
 * How legible the ecosystem graph's node labels are as rendered: the labels that another label
 * or another node's circle covers (by more than a few pixels), and the smallest label's font size
 * once the SVG is scaled to the page.
 */
function graphLegibility(page: Page): Promise<{ covered: string[]; smallestLabelPx: number }> {
  return page.locator('svg.graph-svg').evaluate((svg, slack) => {
    const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
    const nodes = [...svg.querySelectorAll('a.node')].map((node) => {
      const label = node.querySelector('.node-label')!;
      const circle = node.querySelector('circle')!.getBoundingClientRect();
      return {
        name: label.textContent ?? '',
        label: label.getBoundingClientRect(),
        cx: circle.x + circle.width / 2,
        cy: circle.y + circle.height / 2,
        r: circle.width / 2,
        px: parseFloat(getComputedStyle(label).fontSize) * scale,
      };
    });
    const covered: string[] = [];
    nodes.forEach((a, i) => {
      nodes.forEach((b, j) => {
        if (i === j) return;
        const w = Math.min(a.label.right, b.label.right) - Math.max(a.label.left, b.label.left);
        const h = Math.min(a.label.bottom, b.label.bottom) - Math.max(a.label.top, b.label.top);
        if (i < j && w > slack && h > slack) covered.push(`« ${a.name} » × label « ${b.name} »`);
        // The distance from the circle's centre to the nearest point of the label's box.
        const dx = Math.max(a.label.left - b.cx, 0, b.cx - a.label.right);
        const dy = Math.max(a.label.top - b.cy, 0, b.cy - a.label.bottom);
        if (Math.hypot(dx, dy) < b.r - slack) covered.push(`« ${a.name} » × node « ${b.name} »`);
      });
    });
    return { covered, smallestLabelPx: Math.min(...nodes.map((n) => n.px)) };
  }, 3);
}

describeJourney('ecosystem journey in a browser', (j) => {
  let context: BrowserContext;
  let phoneContext: BrowserContext;

  const origin = () => j.site.origin;

  beforeAll(async () => {
    context = await j.context({
      viewport: desktop,
      deviceScaleFactor: 1,
    });
    phoneContext = await j.context({
      viewport: phone,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 1,
    });
  });

  it('takes a reader from an article to an organisation it mentions, then to another article about it', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await open(page, delegationArticle);

    // The organisations linked in the body, the preferred one first, then in reading order.
    const bodyOrgLinks = page.locator('.prose a.entity-link[href^="/fr/organisations/"]');
    const candidates = await bodyOrgLinks.evaluateAll((links) =>
      links.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent.trim() })),
    );
    expect(candidates.length, 'organisation links in the article body').toBeGreaterThan(0);
    candidates.sort(
      (a, b) => Number(b.text === preferredOrganisation) - Number(a.text === preferredOrganisation),
    );

    // The first of them whose page lists another article than this one (newest first, so the
    // delegation article itself may be on a later page of a busy organisation).
    const probe = await context.newPage();
    let chosen: { href: string; text: string } | undefined;
    for (const candidate of candidates) {
      await open(probe, candidate.href);
      const hrefs = await newsLinks(probe).evaluateAll((links) =>
        links.map((a) => a.getAttribute('href')),
      );
      if (hrefs.some((href) => href !== delegationArticle)) {
        chosen = candidate;
        break;
      }
    }
    await probe.close();
    expect(chosen, 'an organisation of the article mentioned by another article').toBeDefined();
    const organisation = chosen!;

    // The panel names the organisation in full: « Name » or « Name (ACRONYM) ».
    const panelName = (
      await page.locator(`aside.entities a[href="${organisation.href}"]`).innerText()
    ).trim();

    await follow(
      page,
      page.locator(`.prose a.entity-link[href="${organisation.href}"]`).first(),
      new RegExp(`${organisation.href}$`),
    );
    const name = (await page.locator('h1').innerText()).trim();
    const acronym = await page.locator('.entity-head .entity-subtitle').allInnerTexts();
    expect([name, ...acronym.map((a) => `${name} (${a.trim()})`)]).toContain(panelName);
    expect(await page.title()).toContain(name);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(
      await page
        .getByRole('navigation', { name: 'Fil d’Ariane' })
        .getByRole('link')
        .allInnerTexts(),
    ).toEqual(['Accueil', 'Organisations']);

    const news = page.getByRole('region', { name: 'Dans l’actualité' });
    const other = news.locator(`.card-title a:not([href="${delegationArticle}"])`).first();
    const otherTitle = (await other.innerText()).trim();
    await follow(page, other, /\/fr\/actualites\/[^/?#]+$/);
    expect(pathOf(page)).not.toBe(delegationArticle);
    expect((await page.locator('h1').innerText()).trim()).toBe(otherTitle);
    const backLinks = page.locator(
      `.prose a[href="${organisation.href}"], aside.entities a[href="${organisation.href}"]`,
    );
    expect(
      await backLinks.count(),
      `${pathOf(page)} links back to ${organisation.href}`,
    ).toBeGreaterThan(0);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the « Dans cet article » panel in French and the « In this article » panel in English', async () => {
    const page = await context.newPage();
    await open(page, delegationArticle);
    const frPanel = page.getByRole('complementary', { name: 'Dans cet article' });
    expect(await frPanel.count()).toBe(1);
    const frOrgs = await frPanel
      .locator('a[href^="/fr/organisations/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // Every organisation linked in the body is listed, and only once.
    const bodyOrgs = await page
      .locator('.prose a.entity-link[href^="/fr/organisations/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(frOrgs).size).toBe(frOrgs.length);
    expect(frOrgs).toEqual(expect.arrayContaining(bodyOrgs));
    expect(await frPanel.locator('a[href^="/fr/personnes/"]').count()).toBeGreaterThan(0);
    expect(await frPanel.locator(`a[href="${delegationEvent}"]`).count()).toBe(1);
    expect(await frPanel.locator('a[href^="/fr/projets/"]').count()).toBe(1);
    expect(await frPanel.innerText()).toContain('Kazakhstan');

    await follow(page, page.locator('ul.lang-switch a').first(), /\/en\/news\/[^/?#]+$/);
    expect(pathOf(page)).toMatch(articlePath);
    expect(pathOf(page)).not.toBe(delegationArticle.replace('/fr/actualites/', '/en/news/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const enPanel = page.getByRole('complementary', { name: 'In this article' });
    expect(await enPanel.count()).toBe(1);
    const enOrgs = await enPanel
      .locator('a[href^="/en/organisations/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // The same organisations, under their English URLs.
    expect(enOrgs).toEqual(frOrgs.map((href) => href!.replace(/^\/fr\//, '/en/')));
    expect(await enPanel.locator('a[href^="/en/events/"]').count()).toBe(1);
    expect(await enPanel.locator('a[href^="/en/projects/"]').count()).toBe(1);
    await page.close();
  });

  /** Pages to check, each opened the way a reader reaches it. */
  const axeTargets: [string, (page: Page) => Promise<void>][] = [
    ['fr organisation page', (p) => open(p, '/fr/organisations/centre-spatial-de-liege')],
    ['fr person page', (p) => open(p, '/fr/personnes/christian-baijot')],
    ['fr people list', (p) => open(p, '/fr/personnes')],
    ['fr agenda', (p) => open(p, '/fr/agenda')],
    [
      'fr event page (first of the agenda)',
      async (p) => {
        await open(p, '/fr/agenda');
        await follow(p, p.locator('ul.event-list a').first(), /\/fr\/agenda\/[^/?#]+$/);
      },
    ],
    ['fr event page (delegation, past)', (p) => open(p, delegationEvent)],
    [
      'fr organisations list filtered by kind',
      async (p) => {
        await open(p, '/fr/organisations');
        await p
          .locator('form.dir-filters')
          .getByLabel('Type', { exact: true })
          .selectOption('research_centre');
        await follow(
          p,
          p.locator('form.dir-filters button[type="submit"]'),
          /\/fr\/organisations\?.*kind=research_centre/,
        );
        expect(
          await p.locator('form.dir-filters').getByLabel('Type', { exact: true }).inputValue(),
        ).toBe('research_centre');
        expect(await p.locator('.directory-card').count()).toBeGreaterThan(0);
      },
    ],
    ['fr ecosystem', (p) => open(p, '/fr/ecosysteme')],
    ['fr projects list', (p) => open(p, '/fr/projets')],
    [
      'fr project page (first of the list)',
      async (p) => {
        await open(p, '/fr/projets');
        await follow(
          p,
          p.locator('main a[href^="/fr/projets/"]').first(),
          /\/fr\/projets\/[^/?#]+$/,
        );
      },
    ],
    ['en organisation page', (p) => open(p, '/en/organisations/centre-spatial-de-liege')],
    ['en person page', (p) => open(p, '/en/people/christian-baijot')],
    ['en event page', (p) => open(p, '/en/events/central-asia-delegation-2025')],
    ['en ecosystem filtered by sector', (p) => open(p, '/en/ecosystem?sector=space')],
    ['en project page', (p) => open(p, '/en/projects/tei-connectivite-numerique-asie-centrale')],
  ];

  it.each(axeTargets)('has no WCAG 2.x A/AA violation on the %s', async (name, reach) => {
    const page = await context.newPage();
    await reach(page);
    expect(await page.locator('html').getAttribute('lang')).toBe(name.slice(0, 2));
    expect(describeViolations(await axe(page))).toEqual([]);
    await page.close();
  });

  // On a phone, wide content moves into scrolling boxes, which axe checks only when they scroll.
  const phoneAxeTargets = [
    '/fr/organisations/centre-spatial-de-liege',
    delegationEvent,
    '/fr/ecosysteme',
    '/en/ecosystem?sector=space',
  ];

  it.each(phoneAxeTargets)('has no WCAG 2.x A/AA violation on %s at phone width', async (path) => {
    const page = await phoneContext.newPage();
    await open(page, path);
    expect(describeViolations(await axe(page))).toEqual([]);
    await page.close();
  });

  it('renders the organisation, event and ecosystem pages at desktop and phone widths', async () => {
    await mkdir(screenshotDir, { recursive: true });
    const pages = [
      ['organisation', '/fr/organisations/centre-spatial-de-liege'],
      ['event', delegationEvent],
      ['ecosystem', '/fr/ecosysteme'],
    ] as const;
    const overflows: string[] = [];
    for (const [device, ctx] of [
      ['desktop', context],
      ['phone', phoneContext],
    ] as const) {
      const page = await ctx.newPage();
      for (const [name, path] of pages) {
        await open(page, path);
        await loadAllImages(page);
        await page.screenshot({ path: `${screenshotDir}${name}-${device}.png`, fullPage: true });
        // Nothing may force a sideways scroll, least of all on a phone.
        const overflow = await horizontalOverflow(page);
        if (overflow > 0) overflows.push(`${name} on ${device}: ${overflow}px`);
      }
      await page.close();
    }
    expect(overflows, 'pages wider than the viewport').toEqual([]);
  });

  it('labels every organisation of the ecosystem graph legibly at desktop and phone widths', async () => {
    // The SVG scales as a whole: what covers a label on a desktop covers it on a phone too.
    for (const [device, ctx] of [
      ['desktop', context],
      ['phone', phoneContext],
    ] as const) {
      const page = await ctx.newPage();
      await open(page, '/fr/ecosysteme');
      const { covered, smallestLabelPx } = await graphLegibility(page);
      if (device === 'desktop')
        expect.soft(covered, 'node labels hidden by other labels or nodes').toEqual([]);
      expect
        .soft(smallestLabelPx, `rendered size of the node labels on ${device} (px)`)
        .toBeGreaterThanOrEqual(minLabelPx);
      await page.close();
    }
  });

  it('draws the ecosystem graph and filters it without JavaScript', async () => {
    const noJs = await j.context({
      viewport: desktop,
      javaScriptEnabled: false,
    });
    const page = await noJs.newPage();
    await open(page, '/fr/ecosysteme');
    const nodes = page.locator('svg.graph-svg a.node');
    const all = await nodes.count();
    expect(all).toBeGreaterThanOrEqual(10);
    expect(await nodes.first().getAttribute('href')).toMatch(/^\/fr\/organisations\/[^/?#]+$/);
    expect(await page.locator('svg.graph-svg .node-label').count()).toBe(all);

    await page
      .locator('form.dir-filters')
      .getByLabel('Secteur', { exact: true })
      .selectOption('space');
    await follow(
      page,
      page.locator('form.dir-filters').getByRole('button', { name: 'Filtrer' }),
      /\/fr\/ecosysteme\?.*sector=space/,
    );
    expect(
      await page.locator('form.dir-filters').getByLabel('Secteur', { exact: true }).inputValue(),
    ).toBe('space');
    const filtered = await nodes.count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThanOrEqual(all);
    await noJs.close();
  });

  it('offers an « add to calendar » link to the event’s iCalendar file', async () => {
    const page = await context.newPage();
    await open(page, '/fr/agenda');
    await follow(page, page.locator('ul.event-list a').first(), /\/fr\/agenda\/[^/?#]+$/);
    const eventPath = pathOf(page);
    const link = page.getByRole('link', { name: /Ajouter à mon agenda/ });
    expect(await link.count()).toBe(1);
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toBe(`${eventPath}.ics`);

    const response = await page.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/calendar\b/);
    // Unfolded (RFC 5545 §3.1): long lines continue on lines that start with a space.
    const ics = (await response.text()).replace(/\r?\n[ \t]/g, '');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
    expect(ics.match(/^BEGIN:VEVENT\r?$/gm)).toHaveLength(1);
    expect(ics).toMatch(new RegExp(`^URL:${origin()}${eventPath}\r?$`, 'm'));
    await page.close();
  });
});
