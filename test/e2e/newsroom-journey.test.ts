// The newsroom in a real browser: an editor signs in, writes a French article and its English
// translation, confirms two detected mentions, uploads a hero image with its alt texts and
// publishes; a reader then finds the article on its sector page, with the hero's alt text, the
// mentions linked to the organisations, and in the related block of another article. A
// contributor writes and submits a draft without JavaScript but cannot publish, even with a
// forged form. The editor is photographed at desktop and phone widths and the admin forms are
// checked with axe (WCAG 2.x A/AA).
import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import {
  axe,
  describeViolations,
  follow,
  horizontalOverflow,
  loadAllImages,
  phone,
  screenshotDir,
  watchErrors,
} from '../support/browser.js';
import { describeJourney } from '../support/journey.js';
import { makeUser, testPassword } from '../support/auth.js';
import { makeTestImage } from '../support/images.js';

const desktop = { width: 1280, height: 900 };

/**
 * The demo article the new one must join in its related block. It shares one sector (aero) and,
 * once our two mentions are confirmed, two organisations: 1 + 2 × 5 = 11 points, as much as its
 * strongest current relatives, and the newest article wins a tie (src/articles/related.ts).
 */
const relatedHost =
  '/fr/actualites/meuse-propulsion-technologies-allume-ses-premiers-injecteurs-a-hydrogene';
const organisations = [
  { name: 'Skywin Wallonie', slug: 'skywin-wallonie' },
  { name: 'Meuse Propulsion Technologies', slug: 'meuse-propulsion-technologies' },
];

const fr = {
  title: 'Un banc d’essais partagé pour la propulsion à hydrogène à Herstal',
  slug: 'un-banc-dessais-partage-pour-la-propulsion-a-hydrogene-a-herstal',
  kicker: 'Propulsion durable',
  body: [
    'Skywin Wallonie ouvre à ses membres le banc d’essais de Meuse Propulsion Technologies, à Herstal, pour des campagnes courtes sur des injecteurs à hydrogène.',
    '## Un calendrier serré',
    'Les premières réservations commencent en janvier ; chaque campagne dure une semaine, de la pose du composant à la remise des mesures.',
  ].join('\n\n'),
  alt: 'Banc d’essais de propulsion, flamme bleue sortant d’un injecteur',
};
const en = {
  title: 'A shared test bench for hydrogen propulsion in Herstal',
  slug: 'a-shared-test-bench-for-hydrogen-propulsion-in-herstal',
  kicker: 'Sustainable propulsion',
  body: [
    'Skywin Wallonie opens the test bench of Meuse Propulsion Technologies in Herstal to its members, for short campaigns on hydrogen injectors.',
    '## A tight schedule',
    'The first bookings start in January; each campaign lasts one week, from fitting the part to handing over the measurements.',
  ].join('\n\n'),
  alt: 'Propulsion test bench, a blue flame coming out of an injector',
};

describeJourney('newsroom journey in a browser', (j) => {
  let editorContext: BrowserContext;
  const accounts = {
    admin: '',
    editor: 'elise.editrice@example.org',
    contributor: 'corentin.contributeur@example.org',
  };
  /** The editor's article, once created. */
  let articleUrl = '';

  beforeAll(async () => {
    // The admin comes from the users service, as `constellation user create` makes one; the
    // newsroom's accounts are then created in the admin.
    accounts.admin = (await makeUser(j.site.database, { role: 'admin', name: 'Ada Admin' })).email;
    editorContext = await j.context({
      viewport: desktop,
      locale: 'fr-BE',
    });
    // A step that cannot happen fails in seconds with the step's name, not at the test timeout.
    editorContext.setDefaultTimeout(8_000);
    await mkdir(screenshotDir, { recursive: true });
  });

  /** Signs in through the real form and lands on the dashboard. */
  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto('/admin/sign-in');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(testPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/admin$/);
  }

  async function expectNoAxeViolation(page: Page, what: string): Promise<void> {
    expect(describeViolations(await axe(page)), what).toEqual([]);
  }

  it('lets an admin create the editor and contributor accounts', async () => {
    const ctx = await j.context({ locale: 'fr-BE' });
    ctx.setDefaultTimeout(8_000);
    const page = await ctx.newPage();
    await page.goto('/admin/sign-in');
    await expectNoAxeViolation(page, 'sign-in');
    await signIn(page, accounts.admin);
    await follow(
      page,
      adminNav(page).getByRole('link', { name: 'Utilisateurs' }),
      /\/admin\/users$/,
    );
    await expectNoAxeViolation(page, 'users');
    for (const [name, email, role] of [
      ['Élise Éditrice', accounts.editor, 'éditeur·rice'],
      ['Corentin Contributeur', accounts.contributor, 'contributeur·rice'],
    ] as const) {
      const form = page.getByRole('region', { name: 'Créer un compte' });
      await form.getByLabel('Nom').fill(name);
      await form.getByLabel('Adresse e-mail').fill(email);
      await form.getByLabel('Rôle').selectOption({ label: role });
      await form.getByLabel('Mot de passe').fill(testPassword);
      await form.getByRole('button', { name: 'Créer un compte' }).click();
      await page.waitForURL(/\/admin\/users\?done=created$/);
      expect(await page.locator('.admin-flash').textContent()).toContain('Compte créé.');
      const row = page.getByRole('row').filter({ hasText: email });
      expect(await row.locator('select').inputValue()).toBe(
        role === 'éditeur·rice' ? 'editor' : 'contributor',
      );
    }
    await ctx.close();
  });

  it('signs the editor in and writes a French article with its English translation', async () => {
    const page = await editorContext.newPage();
    const errors = watchErrors(page);
    await signIn(page, accounts.editor);

    await follow(
      page,
      adminNav(page).getByRole('link', { name: 'Articles' }),
      /\/admin\/articles$/,
    );
    await expectNoAxeViolation(page, 'article list');
    await follow(page, page.getByRole('link', { name: 'Nouvel article' }), /\/articles\/new$/);

    // With JavaScript the languages are tabs: one panel shows at a time.
    const tabs = page.getByRole('tablist', { name: 'Langues' });
    const frTab = tabs.getByRole('tab', { name: 'Français' });
    const enTab = tabs.getByRole('tab', { name: 'English' });
    await expect(frTab.getAttribute('aria-selected')).resolves.toBe('true');
    const frPanel = page.locator('#lang-fr');
    const enPanel = page.locator('#lang-en');
    expect(await frPanel.isVisible()).toBe(true);
    expect(await enPanel.isVisible()).toBe(false);
    await expectNoAxeViolation(page, 'new article, French tab');

    await frPanel.getByLabel('Titre', { exact: true }).fill(fr.title);
    await frPanel.getByLabel('Surtitre').fill(fr.kicker);
    await frPanel.getByLabel('Texte (Markdown)').fill(fr.body);
    // The preview is rendered by the server from the Markdown.
    await expect
      .poll(() => page.locator('#fr-body-preview h2').textContent(), { timeout: 8_000 })
      .toBe('Un calendrier serré');

    await enTab.click();
    expect(await frPanel.isVisible()).toBe(false);
    expect(await enPanel.isVisible()).toBe(true);
    await expect(enTab.getAttribute('aria-selected')).resolves.toBe('true');
    await expectNoAxeViolation(page, 'new article, English tab');
    await enPanel.getByLabel('Titre', { exact: true }).fill(en.title);
    await enPanel.getByLabel('Surtitre').fill(en.kicker);
    await enPanel.getByLabel('Texte (Markdown)').fill(en.body);

    await page.getByLabel('Type d’article').selectOption({ label: 'Actualité' });
    await page.getByRole('group', { name: 'Secteurs' }).getByLabel('Aéronautique').check();
    expect(await frPanel.getByLabel('Statut', { exact: true }).inputValue()).toBe('draft');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/\/admin\/articles\/[0-9a-f-]{36}\?done=created$/);
    articleUrl = new URL(page.url()).pathname;
    expect(await page.locator('.admin-flash').textContent()).toContain('Article créé.');

    // The slugs were derived from the titles.
    await frTab.click();
    expect(await frPanel.getByLabel('Adresse (slug)').inputValue()).toBe(fr.slug);
    await enTab.click();
    expect(await enPanel.getByLabel('Adresse (slug)').inputValue()).toBe(en.slug);

    // Still a draft: nothing public yet.
    const response = await page.request.get(`/fr/actualites/${fr.slug}`);
    expect(response.status()).toBe(404);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the detected mentions and confirms the two organisations', async () => {
    const page = await editorContext.newPage();
    await page.goto(articleUrl);
    const review = page.getByRole('region', { name: 'Mentions' });
    const frenchRows = review.getByRole('region', { name: 'Français' }).getByRole('row');
    const rowOf = (name: string) =>
      frenchRows.filter({ has: page.getByRole('cell', { name, exact: true }) });
    for (const { name } of organisations) {
      const row = rowOf(name);
      expect(await row.count(), `a mention of ${name}`).toBe(1);
      expect(await row.getByRole('cell').allInnerTexts()).toEqual(
        expect.arrayContaining([name, 'Organisation', 'Proposée']),
      );
    }
    // The English text names them too: detection ran on both translations.
    const englishRows = review.getByRole('region', { name: 'English' }).getByRole('row');
    expect(await englishRows.filter({ hasText: 'Skywin Wallonie' }).count()).toBe(1);
    await expectNoAxeViolation(page, 'mention review');

    for (const { name } of organisations) {
      await rowOf(name).getByRole('button', { name: 'Confirmer' }).click();
      await page.waitForURL(/\?done=mention#mentions$/);
      expect(await page.locator('.admin-flash').textContent()).toContain('Mention mise à jour.');
      expect(await rowOf(name).getByRole('cell').nth(2).innerText()).toBe('Confirmée');
      expect(await rowOf(name).getByRole('button', { name: 'Confirmer' }).count()).toBe(0);
    }
    // Confirmed once, confirmed in every language that names the same organisation.
    for (const { name } of organisations) {
      const english = englishRows.filter({ has: page.getByRole('cell', { name, exact: true }) });
      expect(await english.getByRole('cell').nth(2).innerText()).toBe('Confirmée');
    }
    await page.close();
  });

  it('uploads the hero image, refuses to publish until it has an English alt text, then publishes', async () => {
    const page = await editorContext.newPage();
    const errors = watchErrors(page);
    await page.goto(articleUrl);
    await follow(
      page,
      page.getByRole('link', { name: 'Téléverser une image dans la médiathèque' }),
      /\/admin\/media$/,
    );
    await expectNoAxeViolation(page, 'media library and upload form');
    const upload = page.getByRole('region', { name: 'Ajouter une image' });
    await upload.getByLabel('Fichier image').setInputFiles({
      name: 'banc-hydrogene.png',
      mimeType: 'image/png',
      buffer: await makeTestImage('png', 960, 540),
    });
    await upload.getByLabel(/^Texte alternatif \(français\)/i).fill(fr.alt);
    await upload.getByLabel('Crédit', { exact: true }).fill('Constellation');
    await upload.getByRole('button', { name: 'Téléverser' }).click();
    await page.waitForURL(/\/admin\/media\?uploaded$/);
    const tile = page.locator('.media-tile').filter({ hasText: 'banc-hydrogene.png' });
    expect(await tile.count()).toBe(1);
    expect(await tile.locator('.media-alt-missing').innerText()).toContain('EN');

    // Chosen as hero while its English alt text is missing: publishing is refused.
    await page.goto(articleUrl);
    await page.getByLabel('Image principale').selectOption({ label: 'banc-hydrogene.png' });
    await page.getByLabel('Crédit de l’image').fill('Constellation');
    await publishBothTranslations(page);
    const alert = page.getByRole('alert');
    expect(await alert.innerText()).toContain(
      'L’image principale n’a pas de texte alternatif en « en »',
    );
    expect(new URL(page.url()).pathname).toBe(articleUrl);
    expect((await page.request.get(`/fr/actualites/${fr.slug}`)).status()).toBe(404);

    // The English alt text is added on the image's page.
    await page.goto('/admin/media');
    await follow(
      page,
      page.getByRole('link', { name: 'Modifier banc-hydrogene.png' }),
      /\/admin\/media\/[0-9a-f-]{36}$/,
    );
    await expectNoAxeViolation(page, 'media edit form');
    expect(await page.getByLabel(/^Texte alternatif \(français\)/i).inputValue()).toBe(fr.alt);
    await page.getByLabel(/^Texte alternatif \(anglais\)/i).fill(en.alt);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/\?saved$/);

    await page.goto(articleUrl);
    await page.getByLabel('Image principale').selectOption({ label: 'banc-hydrogene.png' });
    await page.getByLabel('Crédit de l’image').fill('Constellation');
    await publishBothTranslations(page);
    await page.waitForURL(/\?done=saved$/);
    expect(await page.locator('.admin-flash').textContent()).toContain('Article enregistré.');
    const viewOnSite = page.getByRole('link', { name: 'Voir sur le site' });
    expect(await viewOnSite.getAttribute('href')).toBe(`/fr/actualites/${fr.slug}`);
    // The browser logs the refused save's status; nothing else went wrong.
    expect(errors).toEqual([expect.stringMatching(/status of 422 \(Unprocessable Entity\)$/)]);
    await page.close();
  });

  it('shows the article to readers on its sector pages, with its hero, links and relatives', async () => {
    const reader = await j.context({
      viewport: desktop,
      locale: 'fr-BE',
    });
    reader.setDefaultTimeout(8_000);
    const page = await reader.newPage();
    const errors = watchErrors(page);

    for (const [locale, text, sectorPath, articlePath] of [
      ['fr', fr, '/fr/secteurs/aeronautique', `/fr/actualites/${fr.slug}`],
      ['en', en, '/en/sectors/aero', `/en/news/${en.slug}`],
    ] as const) {
      await page.goto(sectorPath);
      const card = page.locator('main article.card').filter({ hasText: text.title });
      expect(await card.count(), `${text.title} on ${sectorPath}`).toBe(1);
      await follow(
        page,
        card.getByRole('link', { name: text.title }),
        new RegExp(`${articlePath}$`),
      );
      expect((await page.locator('h1').innerText()).trim()).toBe(text.title);
      expect(await page.locator('.kicker').innerText()).toBe(text.kicker);
      expect(await page.locator('article.article').getAttribute('lang')).toBeNull();

      // The variants are made off the request path: the <picture> appears once they are ready.
      await expect
        .poll(
          async () => {
            await page.reload();
            return page.locator('figure.hero picture').count();
          },
          { timeout: 20_000, interval: 250 },
        )
        .toBe(1);
      const hero = page.locator('figure.hero picture img');
      expect(await hero.getAttribute('alt')).toBe(text.alt);
      expect(await page.locator('figure.hero picture source[type="image/avif"]').count()).toBe(1);
      await loadAllImages(page);
      expect(await hero.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(
        0,
      );
      expect(await page.locator('figure.hero figcaption').innerText()).toContain('Constellation');

      // Confirming an organisation in French confirmed it in English too: links in both.
      const links = page.locator('.prose a.entity-link');
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
        organisations.map((o) => `/${locale}/organisations/${o.slug}`),
      );
      expect(await links.allInnerTexts()).toEqual(organisations.map((o) => o.name));
    }

    // The organisation page a mention leads to lists the article among its news.
    await page.goto(`/fr/actualites/${fr.slug}`);
    await follow(
      page,
      page.locator('.prose a.entity-link', { hasText: 'Meuse Propulsion Technologies' }),
      /\/fr\/organisations\/meuse-propulsion-technologies$/,
    );
    expect((await page.locator('h1').innerText()).trim()).toBe('Meuse Propulsion Technologies');
    expect(await page.getByRole('link', { name: fr.title }).count()).toBeGreaterThan(0);

    // An older article on the same organisations and sector now counts it among its relatives.
    await page.goto(relatedHost);
    const related = page.getByRole('region', { name: 'Actualités du secteur' });
    expect(await related.getByRole('link', { name: fr.title }).count()).toBe(1);

    expect(errors).toEqual([]);
    await reader.close();
  });

  it('lets a contributor write and submit a draft without JavaScript, never publish', async () => {
    const noScript = await j.context({
      viewport: desktop,
      locale: 'fr-BE',
      javaScriptEnabled: false,
    });
    noScript.setDefaultTimeout(8_000);
    const page = await noScript.newPage();
    await signIn(page, accounts.contributor);
    await page.goto('/admin/articles');
    await follow(page, page.getByRole('link', { name: 'Nouvel article' }), /\/articles\/new$/);

    // Without JavaScript the tabs are in-page links and both languages are on the page.
    expect(await page.getByRole('tablist').count()).toBe(0);
    const languages = page.getByRole('navigation', { name: 'Langues' });
    expect(await page.locator('#lang-fr').isVisible()).toBe(true);
    expect(await page.locator('#lang-en').isVisible()).toBe(true);
    await languages.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/#lang-en$/);
    expect(await page.locator('#en-title').isVisible()).toBe(true);
    await languages.getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/#lang-fr$/);

    // Draft and review only: the publishing statuses are not offered.
    const frStatus = page.locator('#lang-fr').getByLabel('Statut', { exact: true });
    const offered = async () =>
      frStatus.locator('option').evaluateAll((os) => os.map((o) => o.getAttribute('value')));
    expect(await offered()).toEqual(['draft', 'in_review']);
    const title = 'Retour d’expérience sur le banc hydrogène de Herstal';
    const slug = 'retour-dexperience-sur-le-banc-hydrogene-de-herstal';
    await page.locator('#lang-fr').getByLabel('Titre', { exact: true }).fill(title);
    await page
      .locator('#lang-fr')
      .getByLabel('Texte (Markdown)')
      .fill('Meuse Propulsion Technologies a accueilli notre première campagne.');
    await page.getByRole('group', { name: 'Secteurs' }).getByLabel('Aéronautique').check();
    await frStatus.selectOption({ label: 'En relecture' });
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.waitForURL(/\/admin\/articles\/[0-9a-f-]{36}\?done=created$/);
    const draftUrl = new URL(page.url()).pathname;
    expect(await frStatus.inputValue()).toBe('in_review');
    expect(await offered()).toEqual(['draft', 'in_review']);
    // Reviewing mentions and the trash are the editors'.
    expect(await page.getByRole('region', { name: 'Mentions' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Mettre à la corbeille' }).count()).toBe(0);

    // A forged form asking for "published" is refused with the reason, and nothing goes public.
    const scripted = await j.context({
      viewport: desktop,
      locale: 'fr-BE',
      storageState: await noScript.storageState(),
    });
    scripted.setDefaultTimeout(8_000);
    const forger = await scripted.newPage();
    await forger.goto(draftUrl);
    await forger.locator('#fr-status').evaluate((select) => {
      const option = document.createElement('option');
      option.value = 'published';
      option.textContent = 'Publié';
      select.appendChild(option);
      (select as HTMLSelectElement).value = 'published';
    });
    const [refused] = await Promise.all([
      forger.waitForResponse((r) => r.request().method() === 'POST'),
      forger.getByRole('button', { name: 'Enregistrer', exact: true }).click(),
    ]);
    expect(refused.status()).toBe(422);
    await forger.waitForLoadState();
    const alert = forger.getByRole('alert');
    expect(await alert.innerText()).toContain('Votre rôle ne permet pas ce changement de statut.');
    expect((await forger.request.get(`/fr/actualites/${slug}`)).status()).toBe(404);
    await forger.goto(draftUrl);
    expect(await forger.locator('#fr-status').inputValue()).toBe('in_review');
    await scripted.close();
    await noScript.close();
  });

  it('lays out the newsroom pages on desktop and phone without sideways scrolling', async () => {
    for (const [device, viewport] of [
      ['desktop', desktop],
      ['phone', phone],
    ] as const) {
      const ctx = await j.context({
        viewport,
        locale: 'fr-BE',
        isMobile: device === 'phone',
        hasTouch: device === 'phone',
        storageState: await editorContext.storageState(),
      });
      const page = await ctx.newPage();
      for (const [name, path] of [
        ['new', '/admin/articles/new'],
        ['edit', articleUrl],
        ['list', '/admin/articles'],
      ] as const) {
        await page.goto(path);
        await loadAllImages(page);
        expect(await horizontalOverflow(page), `${path} on ${device}`).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: `${screenshotDir}newsroom-${name}-${device}.png`,
          fullPage: true,
        });
      }
      await ctx.close();
    }
  });
});

const adminNav = (page: Page) =>
  page.getByRole('navigation', { name: 'Sections de l’administration' });

/** Sets both languages' status to Published (through the tabs) and saves. */
async function publishBothTranslations(page: Page): Promise<void> {
  for (const [code, language] of [
    ['fr', 'Français'],
    ['en', 'English'],
  ] as const) {
    await page.getByRole('tab', { name: language }).click();
    await page
      .locator(`#lang-${code}`)
      .getByLabel('Statut', { exact: true })
      .selectOption({ label: 'Publié' });
  }
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await page.waitForLoadState();
}
