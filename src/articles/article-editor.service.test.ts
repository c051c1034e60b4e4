// The newsroom's rules on every dialect: revisions at each save, diff and restore, optimistic
// concurrency, publishing rights and requirements, autosave, trash, and scheduled publication.
import type { ArticleForm } from './article-editor.form.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import {
  articleForm,
  controllableClock,
  makeActor,
  makeEditor,
  translationForm,
} from '../../test/support/editor.js';
import {
  makeOrganisation,
  makeSectors,
  makeServices,
  testNow,
} from '../../test/support/factories.js';
import { mediaRepository } from '../media/media.repository.js';
import { ConflictError, FormError } from '../kernel/form-errors.js';
import type { Actor } from '../kernel/actor.js';
import type { ArticleEditorService } from './article-editor.service.js';
import { createScheduler } from './scheduler.js';

async function formError(promise: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FormError)
      return Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, v.key]));
    throw error;
  }
  throw new Error('expected a form error');
}

describe.each(testDialects())('article editor on $name', (dialect) => {
  let t: TestDatabase;
  let sectors: Map<string, string>;
  let space: string;
  let editor: ArticleEditorService;
  let admin: Actor;
  let editorUser: Actor;
  let author: Actor;
  let contributor: Actor;
  const clock = controllableClock();

  beforeAll(async () => {
    t = await dialect.open();
    sectors = await makeSectors(t.database);
    space = sectors.get('space')!;
    editor = makeEditor(t.database, clock.now);
    admin = await makeActor(t.database, 'admin');
    editorUser = await makeActor(t.database, 'editor');
    author = await makeActor(t.database, 'author');
    contributor = await makeActor(t.database, 'contributor');
  });
  afterAll(() => t.cleanup());

  it('keeps a revision at every save, with its author and reason, newest first', async () => {
    const { id, version } = await editor.createArticle(editorUser, articleForm([space]));
    const form = (await editor.getArticle(editorUser, id)).form;
    const second = await editor.saveArticle(editorUser, id, version, {
      ...form,
      translations: { fr: { ...form.translations.fr!, kicker: 'Un surtitre' } },
    });
    expect(second.version).toBe(2);
    const revisions = await editor.listRevisions(editorUser, id);
    expect(revisions.map((r) => [r.reason, r.version, r.authorName])).toEqual([
      ['saved', 2, expect.stringMatching(/^editor \d+$/)],
      ['created', 1, expect.stringMatching(/^editor \d+$/)],
    ]);
    const snapshot = await editor.getRevision(editorUser, id, revisions[0]!.id);
    expect(snapshot.form.translations.fr!.kicker).toBe('Un surtitre');
    expect(snapshot.form.translations.fr!.slug).toMatch(/^titre-\d+$/);
  });

  it('diffs two revisions field by field with added and deleted lines', async () => {
    const { id, version } = await editor.createArticle(
      editorUser,
      articleForm([space], {}, { body: 'Ligne un.\n\nLigne deux.' }),
    );
    const form = (await editor.getArticle(editorUser, id)).form;
    await editor.saveArticle(editorUser, id, version, {
      ...form,
      translations: { fr: { ...form.translations.fr!, body: 'Ligne un.\n\nLigne 2.' } },
    });
    const [newer, older] = await editor.listRevisions(editorUser, id);
    const diff = await editor.diffRevisions(editorUser, id, older!.id, newer!.id);
    const body = diff.fields.find((f) => f.field === 'fr.body')!;
    expect(body.changed).toBe(true);
    expect(body.lines.map(({ op, text }) => ({ op, text }))).toEqual([
      { op: 'same', text: 'Ligne un.' },
      { op: 'same', text: '' },
      { op: 'del', text: 'Ligne deux.' },
      { op: 'add', text: 'Ligne 2.' },
    ]);
    expect(diff.fields.find((f) => f.field === 'fr.title')!.changed).toBe(false);
  });

  it('restores an old revision as a new save, keeping history and current statuses', async () => {
    const { id, version } = await editor.createArticle(
      editorUser,
      articleForm([space], {}, { title: 'Version originale', slug: 'restore-me' }),
    );
    const form = (await editor.getArticle(editorUser, id)).form;
    const v2 = await editor.saveArticle(editorUser, id, version, {
      ...form,
      translations: {
        fr: { ...form.translations.fr!, title: 'Version modifiée', status: 'published' },
      },
    });
    const revisions = await editor.listRevisions(editorUser, id);
    const original = revisions.at(-1)!;
    const v3 = await editor.restoreRevision(editorUser, id, original.id, v2.version);
    const after = await editor.getArticle(editorUser, id);
    expect(after.version).toBe(v3.version);
    expect(after.form.translations.fr!.title).toBe('Version originale');
    expect(after.form.translations.fr!.status).toBe('published');
    const history = await editor.listRevisions(editorUser, id);
    expect(history).toHaveLength(3);
    expect(history[0]!.reason).toMatch(/^restored revision of /);
    expect(history.slice(1).map((r) => r.id)).toEqual(revisions.map((r) => r.id));
  });

  it('refuses the second of two saves from the same version and loses nothing', async () => {
    const { id, version } = await editor.createArticle(editorUser, articleForm([space]));
    const form = (await editor.getArticle(editorUser, id)).form;
    const mine = {
      ...form,
      translations: { fr: { ...form.translations.fr!, body: 'Mon texte.' } },
    };
    const theirs = {
      ...form,
      translations: { fr: { ...form.translations.fr!, body: 'Leur texte.' } },
    };
    await editor.saveArticle(editorUser, id, version, theirs);
    const error = await editor.saveArticle(admin, id, version, mine).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<ArticleForm>).status).toBe(409);
    expect((error as ConflictError<ArticleForm>).theirs.translations.fr!.body).toBe('Leur texte.');
    const saved = await editor.getArticle(editorUser, id);
    expect(saved.form.translations.fr!.body).toBe('Leur texte.');
    expect(saved.version).toBe(version + 1);
    expect(await editor.listRevisions(editorUser, id)).toHaveLength(2);
  });

  it('lets contributors write and submit, but not publish', async () => {
    const { id, version } = await editor.createArticle(
      contributor,
      articleForm([space], {}, { status: 'in_review' }),
    );
    const form = (await editor.getArticle(contributor, id)).form;
    const errors = await formError(
      editor.saveArticle(contributor, id, version, {
        ...form,
        translations: { fr: { ...form.translations.fr!, status: 'published' } },
      }),
    );
    expect(errors).toEqual({ 'fr.status': 'editor.error.statusForbidden' });
    await expect(editor.getArticle(author, id)).rejects.toMatchObject({ code: 'forbidden' });
    // the editor publishes it
    await editor.saveArticle(editorUser, id, version, {
      ...form,
      translations: { fr: { ...form.translations.fr!, status: 'published' } },
    });
    expect((await editor.getArticle(editorUser, id)).form.translations.fr!.status).toBe(
      'published',
    );
  });

  it('lets authors publish their own articles only', async () => {
    const own = await editor.createArticle(
      author,
      articleForm([space], {}, { status: 'published' }),
    );
    const article = await editor.getArticle(author, own.id);
    expect(article.form.translations.fr!.status).toBe('published');
    expect(article.publishedAt).toBe(testNow.toISOString());
    expect(article.translations.fr!.publishedAt).toBe(testNow.toISOString());
  });

  it('requires a title, a body, a sector and the hero alt text to publish', async () => {
    expect(
      await formError(
        editor.createArticle(editorUser, articleForm([], {}, { status: 'published', body: ' ' })),
      ),
    ).toEqual({ 'fr.body': 'editor.error.bodyRequired', sectors: 'editor.error.sectorRequired' });
    const heroId = await mediaRepository(t.database.db).insertMedia(
      {
        storage_key: `hero-${dialect.name}.jpg`,
        original_name: 'hero.jpg',
        mime_type: 'image/jpeg',
        width: 10,
        height: 10,
        byte_size: 100,
        credit: '',
        alt: { fr: 'Une image' },
      },
      testNow.toISOString(),
    );
    // published in French, whose alt text exists: fine
    await editor.createArticle(
      editorUser,
      articleForm([space], { heroMediaId: heroId }, { status: 'published' }),
    );
    // published in English, whose alt text is missing: refused
    const en = translationForm({ title: 'English title', status: 'published' });
    expect(
      await formError(
        editor.createArticle(
          editorUser,
          articleForm([space], {
            heroMediaId: heroId,
            translations: { fr: translationForm(), en },
          }),
        ),
      ),
    ).toEqual({ hero: 'editor.error.heroAltMissing' });
    // drafts need neither
    await editor.createArticle(editorUser, articleForm([], { heroMediaId: heroId }));
  });

  it('gives a field error when a slug is taken in the same locale', async () => {
    await editor.createArticle(editorUser, articleForm([space], {}, { slug: 'unique-slug' }));
    const error = await editor
      .createArticle(editorUser, articleForm([space], {}, { slug: 'unique-slug' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormError);
    expect((error as FormError).code).toBe('duplicate');
    expect((error as FormError).fields['fr.slug']?.key).toBe('editor.error.slugTaken');
    // the same slug in another locale is fine
    await editor.createArticle(
      editorUser,
      articleForm([space], {
        translations: { en: translationForm({ slug: 'unique-slug' }) },
      }),
    );
  });

  it('autosaves without touching the article, and a save supersedes the autosave', async () => {
    const { id, version } = await editor.createArticle(author, articleForm([space]));
    const form = (await editor.getArticle(author, id)).form;
    const draft = { ...form, translations: { fr: { ...form.translations.fr!, body: 'En cours' } } };
    await editor.autosave(author, id, version, draft);
    await editor.autosave(author, id, version, draft);
    const article = await editor.getArticle(author, id);
    expect(article.version).toBe(version);
    expect(article.form.translations.fr!.body).not.toBe('En cours');
    const found = await editor.findAutosave(author, id);
    expect(found?.form.translations.fr!.body).toBe('En cours');
    expect((await editor.listRevisions(author, id)).map((r) => r.reason)).toEqual([
      'autosave',
      'created',
    ]);
    await editor.saveArticle(author, id, version, draft);
    expect(await editor.findAutosave(author, id)).toBeUndefined();
    await expect(editor.autosave(author, id, version, draft)).rejects.toBeInstanceOf(ConflictError);
  });

  it('moves to trash and restores; only an admin empties the trash', async () => {
    const services = makeServices(t.database, clock.now);
    const { id } = await editor.createArticle(
      editorUser,
      articleForm([space], {}, { title: 'À jeter', status: 'published' }),
    );
    await editor.trashArticle(editorUser, id);
    const trashed = await editor.listArticles(editorUser, { trashed: true }, 1);
    expect(trashed.items.map((i) => i.id)).toContain(id);
    const live = await editor.listArticles(editorUser, { trashed: false, q: 'à jeter' }, 1);
    expect(live.items).toHaveLength(0);
    const news = await services.articles.listNews('fr', 1);
    expect(news.items.map((i) => i.id)).not.toContain(id);
    await expect(editor.saveArticle(editorUser, id, 2, articleForm([space]))).rejects.toMatchObject(
      { code: 'not_found' },
    );

    await editor.restoreFromTrash(editorUser, id);
    expect((await services.articles.listNews('fr', 1)).items.map((i) => i.id)).toContain(id);
    expect((await editor.listRevisions(editorUser, id)).map((r) => r.reason).slice(0, 2)).toEqual([
      'restored from trash',
      'moved to trash',
    ]);

    await editor.trashArticle(editorUser, id);
    await expect(editor.emptyTrash(editorUser)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(editor.trashArticle(author, id)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await editor.emptyTrash(admin)).toBeGreaterThanOrEqual(1);
    await expect(editor.getArticle(admin, id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('publishes scheduled translations when their time comes, without any request', async () => {
    const services = makeServices(t.database, clock.now);
    const scheduler = createScheduler({
      db: t.database.db,
      dialect: t.database.dialect,
      editor,
      logger: { info: () => undefined, error: () => undefined },
    });
    const at = '2026-11-25T15:00:00.000Z';
    const { id } = await editor.createArticle(
      editorUser,
      articleForm([space], {}, { title: 'Programmé', status: 'scheduled', scheduledAt: at }),
    );
    clock.set('2026-11-25T14:59:00.000Z');
    expect(await scheduler.runOnce()).toEqual([]);
    expect((await services.articles.listNews('fr', 1)).items.map((i) => i.id)).not.toContain(id);

    clock.set('2026-11-25T15:00:30.000Z');
    expect(await scheduler.runOnce()).toEqual([id]);
    const article = await editor.getArticle(editorUser, id);
    expect(article.form.translations.fr!.status).toBe('published');
    expect(article.publishedAt).toBe(at);
    expect(article.translations.fr!.publishedAt).toBe(at);
    expect((await services.articles.listNews('fr', 1)).items.map((i) => i.id)).toContain(id);
    expect((await editor.listRevisions(editorUser, id))[0]!.reason).toBe(
      'scheduled publication (fr)',
    );
    expect(await scheduler.runOnce()).toEqual([]);
    clock.set(testNow.toISOString());
  });

  it('publishes a scheduled translation once when two instances run the job together', async () => {
    const scheduler = () =>
      createScheduler({
        db: t.database.db,
        dialect: t.database.dialect,
        editor: makeEditor(t.database, clock.now),
        logger: { info: () => undefined, error: () => undefined },
      });
    const { id } = await editor.createArticle(
      editorUser,
      articleForm([space], {}, { status: 'scheduled', scheduledAt: '2026-11-26T08:00:00.000Z' }),
    );
    clock.set('2026-11-26T08:00:00.000Z');
    const [a, b] = await Promise.all([scheduler().runOnce(), scheduler().runOnce()]);
    expect([...a, ...b].filter((x) => x === id)).toEqual([id]);
    const reasons = (await editor.listRevisions(editorUser, id)).map((r) => r.reason);
    expect(reasons.filter((r) => r.startsWith('scheduled publication'))).toHaveLength(1);
    clock.set(testNow.toISOString());
  });

  it('lists articles with filters; contributors see only their own', async () => {
    const drone = sectors.get('drone')!;
    const { id } = await editor.createArticle(
      editorUser,
      articleForm([drone], {
        translations: { en: translationForm({ title: 'Drone swarms over Liège' }) },
      }),
    );
    const found = await editor.listArticles(
      editorUser,
      { trashed: false, q: 'SWARMS', locale: 'en', status: 'draft', sectorId: drone },
      1,
    );
    expect(found.items.map((i) => i.id)).toEqual([id]);
    expect(found.items[0]!.translations.map((t) => [t.locale, t.status])).toEqual([
      ['en', 'draft'],
    ]);
    const none = await editor.listArticles(editorUser, { trashed: false, q: '100%_' }, 1);
    expect(none.items).toHaveLength(0);
    const mine = await editor.listArticles(contributor, { trashed: false }, 1);
    expect(mine.items.every((i) => i.created_by === contributor.id)).toBe(true);
    expect(mine.items.length).toBeGreaterThan(0);
  });

  it('lists each article’s languages in the site’s order, French before English', async () => {
    const { id } = await editor.createArticle(
      editorUser,
      articleForm([space], {
        translations: {
          fr: translationForm({ title: 'Ordre des langues' }),
          en: translationForm({ title: 'Order of languages' }),
        },
      }),
    );
    const found = await editor.listArticles(editorUser, { trashed: false, q: 'ordre des' }, 1);
    expect(found.items.map((i) => i.id)).toEqual([id]);
    expect(found.items[0]!.translations.map((t) => t.locale)).toEqual(['fr', 'en']);
  });

  it('runs entity detection at every save', async () => {
    await makeOrganisation(t.database, { name: 'Spacebel', slug: `spacebel-${dialect.name}` });
    const { id } = await editor.createArticle(
      editorUser,
      articleForm([space], {}, { body: 'Spacebel livre un logiciel de vol.' }),
    );
    const article = await editor.getArticle(editorUser, id);
    const services = makeServices(t.database, clock.now);
    const mentions = await services.linking.listMentions(article.translations.fr!.id);
    expect(mentions.map((m) => [m.surface, m.state])).toContainEqual(['Spacebel', 'suggested']);
  });
});
