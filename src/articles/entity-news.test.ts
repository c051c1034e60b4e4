// The news linked to an organisation, person, event or project, on every dialect.
import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/support/dialects.js';
import { directoryWorld } from '../../test/support/site.js';
import { daysAgo, makeArticle, makeArticleMention, testNow } from '../../test/support/factories.js';

describe.each(testDialects())('news mentioning an entity on $name', (dialect) => {
  const w = directoryWorld(dialect);

  const ids = async (type: 'organisation' | 'person' | 'event' | 'project', id: string) =>
    (await w.services.articles.listNewsMentioning('fr', type, id, 1)).items.map((a) => a.id);

  it('lists public articles with a confirmed mention, never suggested ones or drafts', async () => {
    expect(await ids('organisation', w.org.esa)).toEqual([w.article.aboutEsa]);
    expect(await ids('person', w.person.marchal)).toEqual([w.article.aboutMarchal]);
    expect(await ids('organisation', w.org.csl)).toEqual([]);
  });

  it('links an event’s and a project’s own articles as well as their mentions', async () => {
    expect(await ids('event', w.event.visit)).toEqual([w.article.recap]);
    const mentioning = await makeArticle(w.services, { publishedAt: daysAgo(1) });
    await makeArticleMention(w.database, mentioning, { type: 'project', id: w.project.tei });
    expect(await ids('project', w.project.tei)).toEqual([mentioning, w.article.recap]);
  });

  it('ignores a mention in a translation that is not published', async () => {
    const article = await makeArticle(w.services, {
      publishedAt: daysAgo(6),
      translations: {
        fr: { title: 'Publié', body: 'Texte.' },
        en: { title: 'Draft', body: 'ESEC.', status: 'draft' },
      },
    });
    await makeArticleMention(
      w.database,
      article,
      { type: 'organisation', id: w.org.esec },
      { locale: 'en' },
    );
    expect(await ids('organisation', w.org.esec)).toEqual([]);
  });

  it('counts an article mentioned in both languages once, newest first, paginated', async () => {
    const made: string[] = [];
    for (let i = 0; i < 7; i++) {
      const id = await makeArticle(w.services, { publishedAt: daysAgo(100 + i) });
      await makeArticleMention(w.database, id, { type: 'organisation', id: w.org.corvilis });
      made.push(id);
    }
    const first = await w.services.articles.listNewsMentioning(
      'en',
      'organisation',
      w.org.corvilis,
      1,
    );
    const second = await w.services.articles.listNewsMentioning(
      'en',
      'organisation',
      w.org.corvilis,
      2,
    );
    expect(first.page).toMatchObject({ total: 7, pageCount: 2, pageSize: 6 });
    expect([...first.items, ...second.items].map((a) => a.id)).toEqual(made);
    await expect(
      w.services.articles.listNewsMentioning('en', 'organisation', w.org.corvilis, 3),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('hides articles deleted or scheduled for later', async () => {
    const later = await makeArticle(w.services, {
      publishedAt: new Date(testNow.getTime() + 86_400_000).toISOString(),
    });
    await makeArticleMention(w.database, later, { type: 'organisation', id: w.org.isartal });
    const deleted = await makeArticle(w.services, { publishedAt: daysAgo(1) });
    await makeArticleMention(w.database, deleted, { type: 'organisation', id: w.org.isartal });
    await w.database.db
      .updateTable('article')
      .set({ deleted_at: testNow.toISOString() })
      .where('id', '=', deleted)
      .execute();
    expect(await ids('organisation', w.org.isartal)).toEqual([]);
  });
});
