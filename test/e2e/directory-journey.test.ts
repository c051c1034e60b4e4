// The directory editors in a real browser: an editor checks every kind's list, new and edit
// pages with axe and at phone and desktop widths; without JavaScript edits an organisation's city
// and aliases; meets a conflict between two tabs and nothing is lost; compares and restores a
// person's revisions; trashes and restores a project, while only an admin may empty the trash;
// and adds a programme item at an event's first venue. Readers' pages are checked anonymously,
// so the public page cache is tested too.
import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import {
  axe,
  describeViolations,
  follow,
  phone,
  screenshotDir,
  watchErrors,
} from '../support/browser.js';
import { describeJourney } from '../support/journey.js';
import { makeUser, testPassword } from '../support/auth.js';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

const desktop = { width: 1280, height: 900 };

/** One demo entry of each kind: words to search it by, and the name its list links it with. */
const kinds = [
  { path: 'organisations', search: 'Skywin', link: 'Skywin Wallonie' },
  { path: 'people', search: 'Sophie Marchal', link: 'Marchal, Sophie' },
  {
    path: 'events',
    search: 'Délégation',
    link: 'Délégation d’Asie centrale en Wallonie : étapes à Redu et à Liège',
  },
  {
    path: 'projects',
    search: 'THERMOCOMP',
    link: 'Composites thermoplastiques soudables pour aérostructures (THERMOCOMP)',
  },
  { path: 'sectors', search: 'Spatial', link: 'Spatial' },
] as const;

const person = {
  editPage: '',
  publicPath: '/fr/personnes/sophie-marchal',
  seededBio:
    'Après huit ans à la tête du laboratoire d’essais du CWEA, elle a pris la direction de Corvilis Defence Electronics en 2022.',
  firstTab:
    'Ingénieure en électronique, elle dirige Corvilis Defence Electronics depuis 2022 après huit ans au laboratoire d’essais du CWEA.',
  secondTab: 'Directrice générale de Corvilis ; texte du second onglet, jamais enregistré.',
};

const organisation = {
  name: 'Aerospace Valley',
  publicPath: '/fr/organisations/aerospace-valley',
  alias: 'AV Occitanie',
};

const agrisky = {
  name: 'Drone and satellite monitoring for resilient agriculture (AGRISKY)',
  title: 'Drone and satellite monitoring for resilient agriculture',
  publicPath: '/fr/projets/agrisky',
};
const aegira = {
  name: 'Passive radar and electro-optical fusion for counter-drone detection (AEGIRA)',
  publicPath: '/fr/projets/aegira',
};

const delegation = {
  title: 'Délégation d’Asie centrale en Wallonie : étapes à Redu et à Liège',
  publicPath: '/fr/agenda/delegation-asie-centrale-2025',
  firstVenue: 'ESA – European Space Security and Education Centre (ESEC)',
  newItem: 'Déjeuner-débat sur les stations sol, avec les équipes de Redu',
};

describeJourney('directory journey in a browser', (j) => {
  let editorContext: BrowserContext;
  const accounts = { admin: '', editor: '' };

  beforeAll(async () => {
    const [admin, editor] = await Promise.all([
      makeUser(j.site.database, { role: 'admin', name: 'Ada Admin' }),
      makeUser(j.site.database, { role: 'editor', name: 'Élise Éditrice' }),
    ]);
    accounts.admin = admin.email;
    accounts.editor = editor.email;
    editorContext = await newContext(desktop);
    const page = await editorContext.newPage();
    await signIn(page, accounts.editor);
    await page.close();
    await mkdir(screenshotDir, { recursive: true });
  });

  async function newContext(
    viewport: { width: number; height: number },
    options: { javaScriptEnabled?: boolean; storageState?: StorageState } = {},
  ): Promise<BrowserContext> {
    const isPhone = viewport.width < 600;
    const ctx = await j.context({
      viewport,
      locale: 'fr-BE',
      isMobile: isPhone,
      hasTouch: isPhone,
      ...(options.javaScriptEnabled === false ? { javaScriptEnabled: false } : {}),
      ...(options.storageState ? { storageState: options.storageState } : {}),
    });
    // A step that cannot happen fails in seconds with the step's name, not at the test timeout.
    ctx.setDefaultTimeout(8_000);
    return ctx;
  }

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

  /**
   * What an anonymous reader gets at `path`: its status and the text of its main content. Each
   * visit is a new browser, whose HTTP cache is empty (public pages may be kept 60 s): the
   * server answers, from its page cache when it has the page.
   */
  async function readerSees(path: string): Promise<{ status: number; text: string }> {
    const ctx = await newContext(desktop);
    const page = await ctx.newPage();
    const response = await page.goto(path);
    const text = await page.locator('main').innerText();
    await ctx.close();
    return { status: response!.status(), text };
  }

  /** Opens an entry's edit form from its kind's list, searched by `words`; its path. */
  async function openEntry(page: Page, path: string, words: string, link: string): Promise<string> {
    await page.goto(`/admin/${path}?q=${encodeURIComponent(words)}`);
    await follow(
      page,
      page.getByRole('main').getByRole('link', { name: link, exact: true }),
      new RegExp(`/admin/${path}/[0-9a-f-]{36}$`),
    );
    return new URL(page.url()).pathname;
  }

  const save = (page: Page) => page.getByRole('button', { name: 'Enregistrer', exact: true });
  const flash = (page: Page) => page.locator('.admin-flash').innerText();

  it('shows every kind’s list, new and edit pages without axe violations or sideways scrolling', async () => {
    const storageState = await editorContext.storageState();
    for (const [device, viewport] of [
      ['desktop', desktop],
      ['phone', phone],
    ] as const) {
      const ctx = await newContext(viewport, { storageState });
      const page = await ctx.newPage();
      const errors = watchErrors(page);
      for (const { path, search, link } of kinds) {
        const editPath = await openEntry(page, path, search, link);
        for (const [name, url] of [
          ['list', `/admin/${path}`],
          ['new', `/admin/${path}/new`],
          ['edit', editPath],
        ] as const) {
          const response = await page.goto(url);
          expect(response?.status(), url).toBe(200);
          const overflow = await page.evaluate(
            () => document.scrollingElement!.scrollWidth - window.innerWidth,
          );
          expect(overflow, `${path} ${name} scrolls sideways on ${device}`).toBeLessThanOrEqual(0);
          await expectNoAxeViolation(page, `${path} ${name} on ${device}`);
          await page.screenshot({
            path: `${screenshotDir}directory-${path}-${name}-${device}.png`,
            fullPage: true,
          });
        }
      }
      expect(errors).toEqual([]);
      await ctx.close();
    }
    // Thirty pages, each checked with axe: more than the default 30 s on a busy machine.
  }, 75_000);

  it('edits an organisation’s city and aliases without JavaScript', async () => {
    const ctx = await newContext(desktop, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await signIn(page, accounts.editor);
    // The reader's copy is cached before the change: the save must refresh it.
    expect((await readerSees(organisation.publicPath)).text).toContain('Toulouse, France');

    await openEntry(page, 'organisations', organisation.name, organisation.name);
    const aliases = page.getByRole('group', { name: 'Autres noms', exact: true });
    const aliasValues = () =>
      aliases
        .locator('input[name$=".alias"]')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(await aliasValues()).toEqual(['pôle Aerospace Valley', '', '']);
    await page.getByLabel('Ville', { exact: true }).fill('Blagnac');
    const blank = aliases.locator('.directory-row.is-blank').first();
    expect(await blank.locator('.directory-row-title').innerText()).toBe('Nom 2 (à remplir)');
    await blank.getByLabel('Nom', { exact: true }).fill(organisation.alias);
    await save(page).click();
    await page.waitForURL(/\/admin\/organisations\/[0-9a-f-]{36}\?done=saved$/);
    expect(await flash(page)).toContain('Fiche enregistrée.');
    expect(await page.getByLabel('Ville', { exact: true }).inputValue()).toBe('Blagnac');
    expect((await readerSees(organisation.publicPath)).text).toContain('Blagnac, France');

    // The alias is now a stored row (names in alphabetical order), which « Retirer » takes away.
    expect(await aliasValues()).toEqual([organisation.alias, 'pôle Aerospace Valley', '', '']);
    const row = aliases.locator('.directory-row:not(.is-blank)').first();
    expect(await row.locator('.directory-row-title').innerText()).toBe('Nom 1');
    expect(await row.getByLabel('Nom', { exact: true }).inputValue()).toBe(organisation.alias);
    await row.getByRole('checkbox', { name: 'Retirer la ligne 1' }).check();
    await save(page).click();
    await page.waitForURL(/\?done=saved$/);
    expect(await flash(page)).toContain('Fiche enregistrée.');
    expect(await aliasValues()).toEqual(['pôle Aerospace Valley', '', '']);
    expect(await page.getByLabel('Ville', { exact: true }).inputValue()).toBe('Blagnac');
    await ctx.close();
  });

  it('refuses the second of two tabs’ saves with both versions side by side, writing nothing of it', async () => {
    const [first, second] = await Promise.all([editorContext.newPage(), editorContext.newPage()]);
    person.editPage = await openEntry(first, 'people', 'Sophie Marchal', 'Marchal, Sophie');
    await second.goto(person.editPage);
    const bio = (page: Page) =>
      page.getByRole('group', { name: 'Textes — Français' }).getByLabel('Biographie');
    expect(await bio(second).inputValue()).toBe(person.seededBio);
    await bio(first).fill(person.firstTab);
    await bio(second).fill(person.secondTab);

    await save(first).click();
    await first.waitForURL(/\?done=saved$/);
    expect(await flash(first)).toContain('Fiche enregistrée.');

    const [refused] = await Promise.all([
      second.waitForResponse((r) => r.request().method() === 'POST'),
      save(second).click(),
    ]);
    expect(refused.status()).toBe(409);
    await second.waitForLoadState();
    const field = second
      .locator('.editor-conflict-field')
      .filter({ has: second.getByRole('heading', { name: 'Biographie (Français)' }) });
    expect(await field.getByLabel('Votre version (non enregistrée)').inputValue()).toBe(
      person.secondTab,
    );
    expect(await field.getByLabel('La version enregistrée').inputValue()).toBe(person.firstTab);
    await expectNoAxeViolation(second, 'conflict page');
    await second.screenshot({ path: `${screenshotDir}directory-conflict.png`, fullPage: true });

    const reader = await readerSees(person.publicPath);
    expect(reader.text).toContain(person.firstTab);
    expect(reader.text).not.toContain(person.secondTab);
    await first.reload();
    expect(await bio(first).inputValue()).toBe(person.firstTab);
    await Promise.all([first.close(), second.close()]);
  });

  it('compares the person’s two latest revisions and restores the older one', async () => {
    const page = await editorContext.newPage();
    await page.goto(person.editPage);
    await follow(page, page.getByRole('link', { name: 'Révisions' }), /\/revisions$/);
    await expectNoAxeViolation(page, 'revisions');
    await page.screenshot({ path: `${screenshotDir}directory-revisions.png`, fullPage: true });
    const rows = page.getByRole('row');
    // A header, then the revisions newest first: the save, and the entry as it was before.
    expect(await rows.count()).toBe(3);
    await rows
      .nth(1)
      .getByRole('radio', { name: /^Jusqu’à/ })
      .check();
    await rows
      .nth(2)
      .getByRole('radio', { name: /^Depuis/ })
      .check();
    await follow(
      page,
      page.getByRole('button', { name: 'Comparer' }),
      /\/revisions\/diff\?(from|to)=[0-9a-f-]{36}&(from|to)=[0-9a-f-]{36}$/,
    );
    await expectNoAxeViolation(page, 'revision diff');
    await page.screenshot({ path: `${screenshotDir}directory-diff.png`, fullPage: true });
    const diff = page.locator('main');
    expect(await diff.locator('del').allInnerTexts()).toContain(`- ${person.seededBio}\n`);
    expect(await diff.locator('ins').allInnerTexts()).toContain(`+ ${person.firstTab}\n`);

    await page.goBack();
    await page.waitForURL(/\/revisions$/);
    const restore = page.getByRole('button', { name: /^Restaurer cette révision/ });
    expect(await restore.count()).toBe(2);
    await restore.nth(1).click();
    await page.waitForURL(/\/admin\/people\/[0-9a-f-]{36}\?done=restored$/);
    expect(await flash(page)).toContain('Révision restaurée');
    const reader = await readerSees(person.publicPath);
    expect(reader.text).toContain(person.seededBio);
    expect(reader.text).not.toContain(person.firstTab);
    await page.close();
  });

  it('trashes and restores a project; only an admin empties the trash', async () => {
    const page = await editorContext.newPage();
    const trashTab = () =>
      follow(
        page,
        page
          .getByRole('navigation', { name: 'Affichage' })
          .getByRole('link', { name: 'Corbeille' }),
        /\/admin\/projects\?trash=1$/,
      );
    const trashFromEditPage = async (search: string, name: string) => {
      await openEntry(page, 'projects', search, name);
      await page.getByRole('button', { name: 'Mettre à la corbeille' }).click();
      await page.waitForURL(/\/admin\/projects\?done=trashed$/);
      expect(await flash(page)).toContain('Fiche placée dans la corbeille.');
    };
    const inTable = (name: string) =>
      page.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });

    await trashFromEditPage('AGRISKY', agrisky.name);
    expect((await readerSees(agrisky.publicPath)).status).toBe(404);
    await trashTab();
    await expectNoAxeViolation(page, 'project trash');
    expect(await inTable(agrisky.name).count()).toBe(1);
    await inTable(agrisky.name).getByRole('button', { name: 'Restaurer' }).click();
    await page.waitForURL(/\/admin\/projects\/[0-9a-f-]{36}\?done=untrashed$/);
    expect(await flash(page)).toContain('Fiche restaurée depuis la corbeille.');
    const back = await readerSees(agrisky.publicPath);
    expect(back.status).toBe(200);
    expect(back.text).toContain(agrisky.title);

    // Another project goes to the trash; the editor may not empty it.
    await trashFromEditPage('AEGIRA', aegira.name);
    await trashTab();
    expect(await inTable(aegira.name).count()).toBe(1);
    expect(await inTable(agrisky.name).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Vider la corbeille' }).count()).toBe(0);

    const adminContext = await newContext(desktop);
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, accounts.admin);
    await adminPage.goto('/admin/projects?trash=1');
    await adminPage.getByRole('button', { name: 'Vider la corbeille' }).click();
    await adminPage.waitForURL(/\/admin\/projects\?trash=1&done=emptied$/);
    expect(await flash(adminPage)).toContain('Corbeille vidée.');
    expect(await adminPage.getByText('La corbeille est vide.').count()).toBe(1);
    await adminContext.close();

    expect((await readerSees(aegira.publicPath)).status).toBe(404);
    expect((await readerSees(agrisky.publicPath)).status).toBe(200);
    await page.goto('/admin/projects?q=AEGIRA');
    expect(await inTable(aegira.name).count()).toBe(0);
    await page.close();
  });

  it('adds a programme item at the event’s first venue', async () => {
    const page = await editorContext.newPage();
    // Cached for readers before the change.
    expect((await readerSees(delegation.publicPath)).text).not.toContain(delegation.newItem);
    await openEntry(page, 'events', 'Délégation', delegation.title);
    const programme = page.getByRole('group', { name: 'Programme', exact: true });
    const blank = programme.locator('.directory-row.is-blank').first();
    expect(await blank.locator('.directory-row-title').innerText()).toBe(
      'Point du programme 8 (à remplir)',
    );
    await blank.getByLabel('Début', { exact: true }).fill('2025-11-03T12:15');
    await blank.getByLabel('Fin', { exact: true }).fill('2025-11-03T13:00');
    await blank.getByLabel('Lieu', { exact: true }).selectOption('1');
    await blank.getByLabel('Titre (Français)').fill(delegation.newItem);
    await save(page).click();
    await page.waitForURL(/\/admin\/events\/[0-9a-f-]{36}\?done=saved$/);
    expect(await flash(page)).toContain('Fiche enregistrée.');

    const readerContext = await newContext(desktop);
    const reader = await readerContext.newPage();
    await reader.goto(delegation.publicPath);
    const items = reader.locator('ol.programme > li');
    const titles = await items.locator('.programme-title').allInnerTexts();
    // In time order: after the morning's tour of the antennas, before the afternoon at CSL.
    expect(titles.indexOf(delegation.newItem)).toBe(
      titles.indexOf('Visite des antennes et des salles d’opérations') + 1,
    );
    const item = items.filter({ hasText: delegation.newItem });
    expect(await item.locator('.programme-venue').innerText()).toBe(delegation.firstVenue);
    expect(await item.locator('.programme-time').innerText()).toMatch(/^12:15\s*–\s*13:00$/);
    await readerContext.close();
    await page.close();
  });
});
