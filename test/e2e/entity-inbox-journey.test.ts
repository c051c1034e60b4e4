// The entity inbox in a real browser, over the demo site plus a few articles with open
// suggestions: an editor finds the inbox from the dashboard with its count, checks it with axe
// at phone and desktop widths, creates an organisation from a group with its aliases, links a
// group to an existing organisation by typing its acronym, rejects a group from the keyboard in
// a batch (the name goes on the stop-list), and merges two organisations, whose old address
// then redirects.
import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import {
  axe,
  describeViolations,
  desktop,
  horizontalOverflow,
  phone,
  screenshotDir,
  watchErrors,
} from '../support/browser.js';
import { describeJourney } from '../support/journey.js';
import { makeUser, testPassword } from '../support/auth.js';
import { makeOrganisation } from '../support/factories.js';
import { articleNaming, org } from '../support/inbox.js';

describeJourney('entity inbox in a browser', (j) => {
  let editor: BrowserContext;
  let email = '';

  beforeAll(async () => {
    const { database, services } = j.site;
    email = (await makeUser(database, { role: 'editor', name: 'Élise Éditrice' })).email;
    for (const n of [1, 2])
      await articleNaming(services, database, [org('Nébula Drones')], `Essais de drones ${n}`);
    await articleNaming(services, database, [org('Nébula Drones Belgium')], 'Nébula s’installe');
    await articleNaming(services, database, [org('Centre Spatial Liégeois')], 'Chambre à vide');
    await articleNaming(services, database, [org('Horizon Europe')], 'Appel à projets');
    await makeOrganisation(database, { name: 'Aéro Composites', slug: 'aero-composites' });
    await makeOrganisation(database, { name: 'AeroComposites', slug: 'aerocomposites' });
    editor = await j.context({ viewport: desktop, locale: 'fr-BE' });
    editor.setDefaultTimeout(8_000);
    const page = await editor.newPage();
    await page.goto('/admin/sign-in');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(testPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/admin$/);
    await page.close();
    await mkdir(screenshotDir, { recursive: true });
  });

  const group = (page: Page, name: string) =>
    page.locator('li.inbox-group', { has: page.getByRole('heading', { name, exact: true }) });
  const flash = (page: Page) => page.locator('.admin-flash').innerText();

  it('is reached from the dashboard with its count, and passes axe on phone and desktop', async () => {
    const page = await editor.newPage();
    const errors = watchErrors(page);
    await page.goto('/admin');
    const tile = page.locator('.admin-tiles').getByRole('link', { name: /Entités à trier/ });
    // The demo content's own open groups, and the three groups written above.
    const open = await j.site.services.inbox.countOpenGroups();
    expect(open).toBeGreaterThanOrEqual(3);
    await expect(tile.innerText()).resolves.toContain(`${open} à trier`);
    await tile.click();
    await page.waitForURL(/\/admin\/entities$/);
    const a = group(page, 'Nébula Drones Belgium');
    await expect(a.innerText()).resolves.toContain('3 article(s)');
    await expect(a.locator('.inbox-context mark').first().innerText()).resolves.toBe(
      'Nébula Drones',
    );
    for (const [device, viewport] of [
      ['desktop', desktop],
      ['phone', phone],
    ] as const) {
      await page.setViewportSize(viewport);
      expect(describeViolations(await axe(page)), device).toEqual([]);
      expect(await horizontalOverflow(page), device).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${screenshotDir}entity-inbox-${device}.png`, fullPage: true });
      // What the first screen shows, for a human to look at.
      await page.screenshot({ path: `${screenshotDir}entity-inbox-${device}-top.png` });
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('creates an organisation with its aliases from a group', async () => {
    const page = await editor.newPage();
    await page.goto('/admin/entities');
    const a = group(page, 'Nébula Drones Belgium');
    const aliases = a.getByLabel('Autres noms (alias)');
    await expect(aliases.inputValue()).resolves.toBe('Nébula Drones');
    await aliases.fill('Nébula Drones\nNebula');
    await a.getByLabel('Type').selectOption('company');
    await a.getByRole('button', { name: 'Créer l’organisation' }).click();
    await page.waitForURL(/done=created/);
    expect(await flash(page)).toContain('Fiche(s) créée(s)');
    await expect(group(page, 'Nébula Drones Belgium').count()).resolves.toBe(0);
    const created = await j.site.database.db
      .selectFrom('organisation')
      .innerJoin('organisation_alias', 'organisation_alias.organisation_id', 'organisation.id')
      .select('organisation_alias.alias')
      .where('organisation.name', '=', 'Nébula Drones Belgium')
      .execute();
    expect(created.map((r) => r.alias).sort()).toEqual(['Nebula', 'Nébula Drones']);
    const confirmed = await j.site.database.db
      .selectFrom('mention')
      .select('id')
      .where('surface', 'in', ['Nébula Drones', 'Nébula Drones Belgium'])
      .where('state', '=', 'confirmed')
      .execute();
    expect(confirmed).toHaveLength(3);
    await page.close();
  });

  it('links a group to an existing organisation typed by its acronym', async () => {
    const page = await editor.newPage();
    await page.goto('/admin/entities');
    const b = group(page, 'Centre Spatial Liégeois');
    await b.getByLabel('Organisation de l’annuaire').fill('CSL');
    await b.getByRole('button', { name: 'Lier', exact: true }).click();
    await page.waitForURL(/done=linked/);
    const aliases = await j.site.database.db
      .selectFrom('organisation_alias')
      .innerJoin('organisation', 'organisation.id', 'organisation_alias.organisation_id')
      .select(['organisation.acronym'])
      .where('organisation_alias.alias', '=', 'Centre Spatial Liégeois')
      .execute();
    expect(aliases).toEqual([{ acronym: 'CSL' }]);
    await page.close();
  });

  it('rejects a group everywhere from the keyboard, in a batch', async () => {
    const page = await editor.newPage();
    await page.goto('/admin/entities');
    const box = group(page, 'Horizon Europe').getByRole('checkbox');
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box.isChecked()).resolves.toBe(true);
    const reject = page.locator('#inbox-batch').getByRole('button', { name: 'Rejeter partout' });
    await reject.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/done=rejected/);
    await expect(group(page, 'Horizon Europe').count()).resolves.toBe(0);
    const stops = page.getByRole('region', { name: /Noms rejetés partout/ });
    await expect(stops.innerText()).resolves.toContain('Horizon Europe');
    await page.close();
  });

  it('merges two organisations; the removed one’s address redirects', async () => {
    const page = await editor.newPage();
    await page.goto('/admin/entities');
    const form = page.locator('form', {
      has: page.getByRole('heading', { name: 'Deux organisations' }),
    });
    await form
      .getByLabel('Fiche à fusionner (sera supprimée)')
      .fill('AeroComposites (aerocomposites)');
    await form.getByLabel('Fiche conservée').fill('Aéro Composites (aero-composites)');
    await form.getByRole('button', { name: 'Fusionner' }).click();
    await page.waitForURL(/done=merged/);
    const res = await fetch(`${j.site.origin}/fr/organisations/aerocomposites`, {
      redirect: 'manual',
    });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/fr/organisations/aero-composites');
    await page.close();
  });
});
