// Stored XSS in a real browser (#15): some forty vectors of our own are written through the real
// services into every text field a page shows, then every public page and admin screen that shows
// them is loaded in Chromium. A vector that runs sets `window.__xss` to its id (or opens a dialog);
// none may. The site's CSP (no inline scripts) is bypassed, so what is tested is the escaping
// itself, CSP staying a second wall. Each vector must also be seen as text on some page, so the
// test cannot pass by storing nothing.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { makeUser, testPassword } from '../support/auth.js';
import { makeTestImage } from '../support/images.js';
import { describeJourney } from '../support/journey.js';
import type { ArticleForm, TranslationForm } from '../../src/articles/article-editor.form.js';
import { emptyTranslation } from '../../src/articles/article-editor.form.js';
import type { DirectoryForm } from '../../src/directory/directory-form.js';
import type { DirectoryPath } from '../../src/directory/directory-kind.js';
import type { Actor } from '../../src/kernel/actor.js';
import { FormError } from '../../src/kernel/form-errors.js';
import { paths } from '../../src/i18n/paths.js';

const run = (id: string) => `window.__xss='${id}'`;
/** A valid http(s) URL that breaks out of a quoted attribute if it is not escaped. */
const httpBreakout = (id: string) => `https://example.org/?q="><svg onload="${run(id)}"><x y='`;

/** Our vectors: each one, if it ever runs, sets `window.__xss` to its id or opens a dialog. */
const vectors: { id: string; text: string }[] = [
  ['v01', `<script>${run('v01')}</script>`],
  ['v02', `<img src=x onerror="${run('v02')}">`],
  ['v03', `<svg onload="${run('v03')}">`],
  ['v04', `<body onload="${run('v04')}">`],
  ['v05', `<details open ontoggle="${run('v05')}">`],
  ['v06', `<input autofocus onfocus="${run('v06')}">`],
  ['v07', `<a href="javascript:${run('v07')}">v07</a>`],
  ['v08', `<img src="javascript:${run('v08')}">`],
  ['v09', `<iframe src="data:text/html,<script>alert('v09')</script>">`],
  ['v10', `"><img src=x onerror="${run('v10')}">`],
  ['v11', `'><img src=x onerror="${run('v11')}">`],
  ['v12', `" autofocus onfocus="${run('v12')}" x="`],
  ['v13', `' autofocus onfocus='window.__xss="v13"' x='`],
  ['v14', `</textarea><img src=x onerror="${run('v14')}">`],
  ['v15', `</title><img src=x onerror="${run('v15')}">`],
  ['v16', `</script><script>${run('v16')}</script>`],
  ['v17', `\`+(${run('v17')})+\``],
  ['v18', `"};${run('v18')};//`],
  ['v19', `{{constructor.constructor("${run('v19')}")()}}`],
  ['v20', `[v20](javascript:${run('v20')})`],
  ['v21', `![v21](x" onerror="${run('v21')})`],
  ['v22', `--><img src=x onerror="${run('v22')}">`],
  ['v23', `<![CDATA[<img src=x onerror="${run('v23')}">]]>`],
  ['v24', `<svg><use href="data:image/svg+xml,<svg id=x><script>alert('v24')</script></svg>#x"/>`],
  ['v25', `<svg><animate onbegin="${run('v25')}" attributeName=x dur=1s>`],
  ['v26', `<svg><set attributeName=onmouseover to="${run('v26')}">`],
  ['v27', `<iframe srcdoc="<script>parent.__xss='v27'</script>">`],
  ['v28', `<meta http-equiv="refresh" content="0;url=javascript:${run('v28')}">`],
  ['v29', `<div style="background:url(javascript:${run('v29')})">`],
  ['v30', `<div style="width:expression(${run('v30')})">`],
  ['v31', `<style>@import 'javascript:${run('v31')}';</style>`],
  ['v32', `<object data="javascript:${run('v32')}">`],
  ['v33', `<embed src="javascript:${run('v33')}">`],
  ['v34', `<form><button formaction="javascript:${run('v34')}">v34</button></form>`],
  ['v35', `<math><mtext><table><mglyph><style><img src=x onerror="${run('v35')}">`],
  ['v36', `<noscript><p title="</noscript><img src=x onerror=${run('v36')}>">`],
  ['v37', `<a href="&#106;avascript:${run('v37')}">v37</a>`],
  ['v38', `<video><source onerror="${run('v38')}"></video>`],
  ['v39', `<marquee onstart="${run('v39')}">v39</marquee>`],
  ['v40', `[v40](data:text/html;base64,PHNjcmlwdD5hbGVydCgndjQwJyk8L3NjcmlwdD4=)`],
  ['v41', `<img src=x onerror=alert('v41')>`],
  ['v42', `<base href="javascript:${run('v42')}//">`],
].map(([id, text]) => ({ id: id!, text: text! }));

/**
 * Hands out vectors in turn, as many as fit in `max` characters (at least one that fits), so each
 * field holds a batch and every vector lands in several fields.
 */
function vectorFeed() {
  let next = 0;
  return (max = 200): string => {
    const batch: string[] = [];
    let length = 0;
    for (let tried = 0; tried < vectors.length; tried++) {
      const v = vectors[next % vectors.length]!;
      const added = (batch.length > 0 ? 1 : 0) + v.text.length;
      if (length + added > max) {
        if (batch.length > 0) break;
        next++;
        continue;
      }
      batch.push(v.text);
      length += added;
      next++;
    }
    return batch.join(' ');
  };
}

/** What a page runs that it should not: the global the vectors set, and dialogs. */
interface PageCheck {
  url: string;
  ran: string | undefined;
  dialogs: string[];
  injected: string[];
  text: string;
}

describeJourney(
  'stored XSS in a browser',
  (j) => {
    let context: BrowserContext;
    let page: Page;
    const refused: string[] = [];
    const publicPages: string[] = [];
    const adminPages: string[] = [];
    const seen: PageCheck[] = [];
    let dialogs: string[] = [];

    /** Runs a write; a refusal is recorded (the write side may refuse a vector), not a failure. */
    async function attempt<T>(what: string, write: () => Promise<T>): Promise<T | undefined> {
      try {
        return await write();
      } catch (error) {
        refused.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    }

    /**
     * Creates a directory entry; fields a FormError names are recorded as refused and replaced by
     * their next `fallback` value (then blank), and the save is tried again.
     */
    async function createEntry(
      actor: Actor,
      path: DirectoryPath,
      form: DirectoryForm,
      fallback: Record<string, string[]>,
    ): Promise<string> {
      const editor = j.site.services.directory[path];
      const used = new Map<string, number>();
      for (let tries = 0; tries < 4; tries++) {
        try {
          return (await editor.createEntry(actor, form)).id;
        } catch (error) {
          if (!(error instanceof FormError)) throw error;
          for (const field of Object.keys(error.fields)) {
            refused.push(`${path}.${field} « ${form[field]} »: ${error.fields[field]!.key}`);
            const n = used.get(field) ?? 0;
            used.set(field, n + 1);
            form = { ...form, [field]: fallback[field]?.[n] ?? '' };
          }
        }
      }
      throw new Error(
        `${path}: still refused after replacing the refused fields: ${refused.join('; ')}`,
      );
    }

    beforeAll(async () => {
      const { services, database } = j.site;
      const v = vectorFeed();
      const db = database.db;

      // An admin named with vectors (users list, audit log, article authors).
      const admin = await makeUser(database, { role: 'admin', name: v(100) });
      const actor: Actor = { id: admin.id, role: 'admin' };
      await makeUser(database, { role: 'editor', name: v(100) });

      const sectorIds = (await db.selectFrom('sector').select('id').execute()).map((s) => s.id);

      // A hero image whose alt texts and credit hold vectors.
      const media = await services.media.upload({
        bytes: await makeTestImage('jpeg', 320, 200),
        originalName: `${v(80)}.jpg`,
        uploadedBy: admin.id,
        alt: { fr: v(), en: v() },
        credit: v(),
      });

      // Directory entries, every text field with a batch of vectors.
      const org = await createEntry(
        actor,
        'organisations',
        {
          name: v(),
          slug: v(80),
          acronym: v(40),
          kind: 'company',
          country: 'BE',
          city: v(100),
          website: `https://example.org/${v(100)}`,
          sectors: sectorIds[0]!,
          'fr.description': `${v(500)}\n\n${v(500)}`,
          'en.description': v(500),
          'fr.competences': v(500),
          'en.competences': v(500),
          'aliases.0.alias': v(),
          'aliases.0.kind': 'former_name',
        },
        { slug: ['xss-organisation'], website: [httpBreakout('organisation'), ''] },
      );
      const person = await createEntry(
        actor,
        'people',
        {
          given_name: v(100),
          family_name: v(100),
          honorific: v(40),
          slug: v(80),
          'fr.bio': v(1000),
          'en.bio': v(1000),
          'affiliations.0.organisation': org,
          'affiliations.0.fr.role_title': v(),
          'affiliations.0.en.role_title': v(),
        },
        { slug: ['xss-personne'] },
      );
      const project = await createEntry(
        actor,
        'projects',
        {
          name: v(),
          acronym: v(40),
          slug: v(80),
          programme: v(),
          lead: org,
          website: `javascript:${run('website')}`,
          sectors: sectorIds[0]!,
          'fr.description': v(1000),
          'en.description': v(1000),
        },
        { slug: ['xss-projet'], website: [httpBreakout('project'), ''] },
      );
      const sector = await createEntry(
        actor,
        'sectors',
        {
          slug: v(80),
          position: '90',
          'fr.name': v(100),
          'en.name': v(100),
          'fr.description': v(1000),
          'en.description': v(1000),
        },
        { slug: ['xss-secteur'] },
      );
      const event = await createEntry(
        actor,
        'events',
        {
          slug: v(80),
          kind: 'conference',
          starts_at: '2030-05-06T09:00',
          ends_at: '2030-05-06T17:00',
          time_zone: 'Europe/Brussels',
          registration_url: `javascript:${run('registration')}`,
          project,
          sectors: sector,
          'fr.title': v(),
          'en.title': v(),
          'fr.summary': v(1000),
          'en.summary': v(1000),
          'venues.0.name': v(),
          'venues.0.address': v(300),
          'venues.0.city': v(100),
          'venues.0.country': 'BE',
          'programme.0.starts_at': '2030-05-06T10:00',
          'programme.0.venue': '1',
          'programme.0.fr.title': v(),
          'programme.0.en.title': v(),
          'programme.0.speakers': person,
          'participants.0.organisation': org,
          'participants.0.role': 'organiser',
        },
        { slug: ['xss-evenement'], registration_url: [httpBreakout('registration'), ''] },
      );

      // An organisation with a plain name the articles mention, its other fields with vectors.
      const mentioned = 'Orbitale Vectorielle';
      await createEntry(
        actor,
        'organisations',
        {
          name: mentioned,
          slug: 'orbitale-vectorielle',
          acronym: v(40),
          kind: 'company',
          country: 'BE',
          city: v(100),
          'fr.description': v(1000),
        },
        {},
      );

      // Articles in the new sector and an old one, with every text field holding vectors: one
      // tries a vector as its slug, the other leaves the slug to be derived from a vector title.
      const translation = (slug: string, body: string): TranslationForm => ({
        ...emptyTranslation(),
        title: v(),
        slug,
        kicker: v(100),
        creditLine: v(),
        body,
        excerpt: v(300),
        seoDescription: v(160),
        heroCaption: v(),
        status: 'published',
      });
      // The body names an organisation between vectors: the mention review shows its context.
      const markdown = () =>
        [
          `${v(300)} ${mentioned} ${v(300)}`,
          `## ${v()}`,
          `> ${v()}`,
          `- ${v()}\n- ${v()}`,
          `\`${v()}\``,
          v(1000),
        ].join('\n\n');
      const articleForm = (slug: string): ArticleForm => ({
        kind: 'news',
        sectorIds: [sector, sectorIds[0]!],
        heroMediaId: media.id,
        heroCredit: v(),
        eventId: event,
        projectId: project,
        translations: { fr: translation(slug, markdown()), en: translation(slug, markdown()) },
      });
      const articles: string[] = [];
      for (const slug of [v(80), '']) {
        let form = articleForm(slug);
        let id = await attempt(
          `article with slug « ${slug} »`,
          async () => (await services.articleEditor.createArticle(actor, form)).id,
        );
        if (!id) {
          form = articleForm('');
          id = (await services.articleEditor.createArticle(actor, form)).id;
        }
        articles.push(id);
      }
      // The first article's mention confirmed (its page and the organisation's list it), the
      // second's left for review (the editor shows it in its context).
      const [review] = await services.mentionReview.listMentions(actor, articles[0]!);
      const mention = review?.mentions.find((m) => m.entityId !== null);
      if (!mention) throw new Error('the organisation was not detected in the article');
      await services.mentionReview.decideMention(actor, articles[0]!, mention.id, 'confirm');

      // A second save of an article and of an organisation, so their revision diffs show vectors.
      const diffs: string[] = [];
      const lastArticle = articles[articles.length - 1]!;
      const stored = await services.articleEditor.getArticle(actor, lastArticle);
      await services.articleEditor.saveArticle(actor, lastArticle, stored.version, {
        ...stored.form,
        translations: {
          ...stored.form.translations,
          fr: { ...stored.form.translations.fr!, title: v(), body: markdown() },
        },
      });
      const articleRevisions = await services.articleEditor.listRevisions(actor, lastArticle);
      const orgEntry = await services.directory.organisations.getEntry(org);
      await services.directory.organisations.saveEntry(actor, org, orgEntry.version, {
        ...orgEntry.form,
        name: v(),
        'fr.description': v(1000),
      });
      const orgRevisions = await services.directory.organisations.listRevisions(org);
      for (const [base, revisions] of [
        [`/admin/articles/${lastArticle}`, articleRevisions],
        [`/admin/organisations/${org}`, orgRevisions],
      ] as const) {
        const [to, from] = [...revisions].sort((a, b) => b.version - a.version);
        diffs.push(`${base}/revisions/diff?from=${from!.id}&to=${to!.id}`);
      }

      // Public pages show an image once its variants are made.
      for (let i = 0; i < 100; i++) {
        if ((await services.media.getMedia(media.id)).status !== 'pending') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }

      // Settings screens: an API token, a webhook, redirects.
      await services.apiTokens.createToken({ actorId: admin.id }, v(80));
      await attempt('webhook url', () =>
        services.webhooks.createWebhook(
          { url: `javascript:${run('webhook')}`, description: v(), events: ['entity.changed'] },
          admin.id,
        ),
      );
      const webhook = await services.webhooks.createWebhook(
        { url: httpBreakout('webhook'), description: v(), events: ['entity.changed'] },
        admin.id,
      );
      const redirectTargets = [
        `javascript:${run('redirect')}`,
        `/fr/${vectors[9]!.text}`,
        `https://example.org/?q=${vectors[1]!.text}`,
      ];
      const redirects: string[] = [];
      for (const [i, target] of redirectTargets.entries()) {
        const id = await attempt(`redirect target « ${target} »`, () =>
          services.redirects.addRedirect({ source: `/fr/ancienne-adresse-${i}`, target }),
        );
        if (id) redirects.push(id);
      }

      // The public pages that show these values, in both languages, and the admin screens.
      const slugOf = async (table: 'organisation' | 'person' | 'project' | 'event', id: string) =>
        (await db.selectFrom(table).select('slug').where('id', '=', id).executeTakeFirstOrThrow())
          .slug;
      const sectorSlug = (
        await db
          .selectFrom('sector')
          .select('slug')
          .where('id', '=', sector)
          .executeTakeFirstOrThrow()
      ).slug;
      const articleSlugs = await db
        .selectFrom('article_translation')
        .select(['locale', 'slug'])
        .where('article_id', 'in', articles)
        .execute();
      for (const locale of ['fr', 'en']) {
        publicPages.push(
          paths.home(locale),
          paths.news(locale),
          paths.sector(locale, sectorSlug),
          paths.sector(
            locale,
            (
              await db
                .selectFrom('sector')
                .select('slug')
                .where('id', '=', sectorIds[0]!)
                .executeTakeFirstOrThrow()
            ).slug,
          ),
          paths.organisation(locale, await slugOf('organisation', org)),
          paths.organisation(locale, 'orbitale-vectorielle'),
          paths.organisations(locale),
          paths.person(locale, await slugOf('person', person)),
          paths.people(locale),
          paths.project(locale, await slugOf('project', project)),
          paths.projects(locale),
          paths.event(locale, await slugOf('event', event)),
          paths.events(locale),
          `/${locale}/${locale === 'fr' ? 'ecosysteme' : 'ecosystem'}`,
          ...articleSlugs
            .filter((a) => a.locale === locale)
            .map((a) => paths.article(locale, a.slug)),
        );
      }
      // Search: what the index found, and the query echoed back (vectors in batches).
      const feed = vectorFeed();
      for (let i = 0; i < 6; i++)
        publicPages.push(`/fr/recherche?q=${encodeURIComponent(feed(300))}`);
      publicPages.push(`/en/search?q=${encodeURIComponent(vectors[0]!.text)}`);
      // Words of the vectors, so that results and their highlighted snippets show them.
      for (const words of ['onerror', 'script alert', 'javascript'])
        publicPages.push(
          `/fr/recherche?q=${encodeURIComponent(words)}`,
          `/en/search?q=${encodeURIComponent(words)}`,
        );

      adminPages.push(
        '/admin',
        '/admin/articles',
        ...articles.map((id) => `/admin/articles/${id}`),
        ...articles.map((id) => `/admin/articles/${id}/revisions`),
        '/admin/media',
        `/admin/media/${media.id}`,
        ...(
          [
            ['organisations', org],
            ['people', person],
            ['projects', project],
            ['sectors', sector],
            ['events', event],
          ] as const
        ).flatMap(([path, id]) => [
          `/admin/${path}`,
          `/admin/${path}/${id}`,
          `/admin/${path}/${id}/revisions`,
        ]),
        ...diffs,
        '/admin/users',
        '/admin/audit',
        '/admin/webhooks',
        `/admin/webhooks/${webhook}`,
        '/admin/redirects',
        ...redirects.map((id) => `/admin/redirects/${id}`),
        '/admin/account',
        '/admin/account/tokens',
      );

      context = await j.context({ bypassCSP: true, locale: 'fr-BE' });
      context.setDefaultTimeout(8_000);
      page = await context.newPage();
      page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss().catch(() => undefined);
      });

      // Signs in through the real form.
      await page.goto('/admin/sign-in');
      await page.getByLabel('Adresse e-mail').fill(admin.email);
      await page.getByLabel('Mot de passe').fill(testPassword);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.waitForURL(/\/admin$/);
    }, 60_000);

    /** Loads one page, lets it settle, and reads what ran, what was injected and what it shows. */
    async function check(url: string): Promise<PageCheck> {
      dialogs = [];
      const response = await page.goto(url, { waitUntil: 'load' });
      expect(response?.status(), url).toBeLessThan(400);
      return inspect(url);
    }

    /** What ran on the page shown, what was injected into it, and its text. */
    async function inspect(url: string): Promise<PageCheck> {
      // The article editor renders its Markdown previews from the server once loaded.
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll('.editor-preview')).every((p) => p.hasChildNodes()),
      );
      await page.waitForTimeout(150);
      const found = await page.evaluate(() => {
        const w = window as unknown as { __xss?: unknown };
        // Markup only a vector could have put there: event-handler attributes, script URLs, and
        // inline scripts other than JSON-LD.
        const injected: string[] = [];
        for (const el of Array.from(document.querySelectorAll('*'))) {
          for (const attr of Array.from(el.attributes)) {
            const value = attr.value.trim().toLowerCase();
            if (
              attr.name.startsWith('on') ||
              attr.name === 'srcdoc' ||
              (/^(href|src|action|formaction|data|xlink:href)$/.test(attr.name) &&
                /^(javascript|data:text\/html|vbscript):/.test(value.replace(/\s/g, '')))
            )
              injected.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 60)}">`);
          }
          if (
            el.localName === 'script' &&
            !el.hasAttribute('src') &&
            el.getAttribute('type') !== 'application/ld+json'
          )
            injected.push(`<script>${(el.textContent ?? '').slice(0, 60)}`);
        }
        const values = Array.from(document.querySelectorAll('input, textarea'))
          .map((e) => (e as HTMLInputElement).value)
          .join('\n');
        return {
          ran:
            w.__xss === undefined
              ? undefined
              : typeof w.__xss === 'string'
                ? w.__xss
                : JSON.stringify(w.__xss),
          injected,
          text: `${document.title}\n${document.body.innerText}\n${values}`,
        };
      });
      return { url, dialogs: [...dialogs], ...found };
    }

    it('runs no stored vector on any public page', async () => {
      for (const url of publicPages) {
        const result = await check(url);
        seen.push(result);
        expect(result.ran, `a vector ran on ${url}`).toBeUndefined();
        expect(result.dialogs, `a dialog opened on ${url}`).toEqual([]);
        expect(result.injected, `markup injected on ${url}`).toEqual([]);
      }
    }, 60_000);

    it('runs no stored vector on any admin screen', async () => {
      for (const url of adminPages) {
        const result = await check(url);
        seen.push(result);
        expect(result.ran, `a vector ran on ${url}`).toBeUndefined();
        expect(result.dialogs, `a dialog opened on ${url}`).toEqual([]);
        expect(result.injected, `markup injected on ${url}`).toEqual([]);
      }
    }, 60_000);

    it('runs no stored vector in the search suggestions nor in the live results', async () => {
      const result = await check('/fr/');
      expect(result.ran).toBeUndefined();
      const box = page.getByRole('combobox').first();
      for (const words of ['onerror', 'script', 'javascript']) {
        await box.fill(words);
        await page.getByRole('listbox').first().locator('a').first().waitFor();
        const shown = await inspect(`suggestions for « ${words} »`);
        expect(shown.ran, `a vector ran in the suggestions for « ${words} »`).toBeUndefined();
        expect(shown.dialogs, `a dialog opened in the suggestions for « ${words} »`).toEqual([]);
        expect(shown.injected, `markup injected in the suggestions for « ${words} »`).toEqual([]);
      }
      // The search page swaps in the results of what is typed (search.js).
      await check('/fr/recherche?q=orbitale');
      for (const words of ['onerror', 'javascript alert']) {
        await page.locator('[data-search-live]').fill(words);
        await page.waitForURL((url) => url.searchParams.get('q') === words);
        const shown = await inspect(`live results for « ${words} »`);
        expect(shown.ran, `a vector ran in the live results for « ${words} »`).toBeUndefined();
        expect(shown.dialogs, `a dialog opened in the live results for « ${words} »`).toEqual([]);
        expect(shown.injected, `markup injected in the live results for « ${words} »`).toEqual([]);
        expect(shown.text).toContain(vectors.find((v) => v.text.includes('onerror'))!.text);
      }
    });

    it('refuses script URLs in the admin forms, and shows what was typed escaped', async () => {
      const forms: { path: string; fields: Record<string, string>; check?: string }[] = [
        {
          path: '/admin/webhooks',
          fields: { url: `javascript:${run('webhook-form')}`, description: vectors[1]!.text },
          check: 'input[name="events"]',
        },
        {
          path: '/admin/redirects',
          fields: {
            source: '/fr/ancienne-adresse-form',
            target: `javascript:${run('redirect-form')}`,
          },
        },
      ];
      for (const { path, fields, check: box } of forms) {
        dialogs = [];
        await page.goto(path);
        const form = page.locator(`form[action="${path}"][method="post"]`);
        for (const [name, value] of Object.entries(fields))
          await form.locator(`[name="${name}"]`).fill(value);
        if (box) await form.locator(box).first().check();
        const [response] = await Promise.all([
          page.waitForResponse((r) => r.request().method() === 'POST'),
          form.locator('button[type="submit"]').first().click(),
        ]);
        expect(response.status(), `${path} accepted a script URL`).toBe(400);
        await page.waitForLoadState('load');
        const result = await inspect(`${path} (refused)`);
        expect(result.ran, `a vector ran on ${path}'s refusal`).toBeUndefined();
        expect(result.dialogs).toEqual([]);
        expect(result.injected, `markup injected on ${path}'s refusal`).toEqual([]);
        // The form comes back with what was typed, as text.
        for (const [name, value] of Object.entries(fields))
          expect(await form.locator(`[name="${name}"]`).inputValue()).toBe(value);
      }
      const stored = await j.site.database.db
        .selectFrom('webhook')
        .select('url')
        .where('url', 'like', 'javascript:%')
        .execute();
      // Only the one written straight through the service (which trusts its caller) is there.
      expect(stored.map((w) => w.url)).toEqual([`javascript:${run('webhook')}`]);
    });

    it('shows every vector as text on some page, so each was stored and escaped', () => {
      const shown = (text: string) => seen.some((s) => s.text.includes(text));
      const missing = vectors.filter((v) => !shown(v.text)).map((v) => `${v.id}: ${v.text}`);
      expect(missing).toEqual([]);
      // The write side refuses script URLs where a URL is stored.
      for (const field of ['projects.website', 'events.registration_url', 'redirect target'])
        expect(
          refused.some((r) => r.startsWith(field)),
          `${field} accepted a script URL`,
        ).toBe(true);
      // Every page loaded shows some stored value, or it proves nothing.
      const bare = seen
        .filter((p) => !vectors.some((v) => p.text.includes(v.text)))
        .map((p) => p.url);
      expect(bare, 'pages that show no stored value').toEqual([]);
      console.info(`stored-xss: ${seen.length} pages; refused writes:\n  ${refused.join('\n  ')}`);
    });
  },
  { startTimeout: 60_000 },
);
