// Article changes through the article editor (and its scheduled queue) enqueue the webhook
// events receivers expect, on every dialect: published, updated (only once public),
// unpublished (back to draft, archived, trashed), deleted; drafts' edits enqueue nothing, and
// the search index still follows each change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { articleForm, controllableClock, makeActor } from '../../test/support/editor.js';
import { makeSectors } from '../../test/support/factories.js';
import { testServices } from '../../test/support/app.js';
import type { ArticleForm } from '../articles/article-editor.form.js';
import type { Actor } from '../kernel/actor.js';
import type { TranslationStatus } from '../db/tables/article.table.js';
import { createScheduler } from '../articles/scheduler.js';
import type { Services } from '../services.js';
import type { ArticleData, WebhookPayload } from './webhook.events.js';

describe.each(testDialects())('article webhooks on $name', (dialect) => {
  let t: TestDatabase;
  let services: Services;
  let admin: Actor;
  let space: string;
  let webhookId: string;
  const clock = controllableClock();

  beforeAll(async () => {
    t = await dialect.open();
    services = testServices(t.database, { now: clock.now, baseUrl: 'https://news.example.org' });
    space = (await makeSectors(t.database)).get('space')!;
    admin = await makeActor(t.database, 'admin');
    webhookId = await services.webhooks.createWebhook(
      {
        url: 'https://receiver.example.org/hook',
        description: '',
        events: ['article.published', 'article.updated', 'article.unpublished', 'article.deleted'],
      },
      admin.id,
    );
  });
  afterAll(() => t.cleanup());

  /** Payloads queued since the last call, oldest first. */
  const seen = new Set<string>();
  async function queued(): Promise<WebhookPayload[]> {
    const rows = await services.webhooks.listDeliveries(webhookId, 1000);
    const fresh = rows.filter((r) => !seen.has(r.id)).reverse();
    for (const r of fresh) seen.add(r.id);
    return fresh.map((r) => JSON.parse(r.payload) as WebhookPayload);
  }
  const events = async () => (await queued()).map((p) => p.event);

  async function save(
    id: string,
    status: TranslationStatus,
    change: Partial<ArticleForm['translations'][string]> = {},
  ) {
    const current = await services.articleEditor.getArticle(admin, id);
    return services.articleEditor.saveArticle(admin, id, current.version, {
      ...current.form,
      translations: { fr: { ...current.form.translations.fr!, ...change, status } },
    });
  }
  const found = async (q: string) =>
    (await services.search.search({ q, locale: 'fr', page: 1, filter: {} })).hits.map((h) => h.id);

  it('tells published, updated, unpublished, republished, trashed, restored and deleted', async () => {
    const { id } = await services.articleEditor.createArticle(
      admin,
      articleForm([space], {}, { title: 'Constellation orbitale', slug: 'constellation-orbitale' }),
    );
    expect(await events()).toEqual([]); // a draft is nobody's business
    await save(id, 'draft', { kicker: 'Brouillon' });
    expect(await events()).toEqual([]);

    await save(id, 'published');
    const [published] = await queued();
    expect(published).toMatchObject({
      event: 'article.published',
      occurredAt: clock.now().toISOString(),
    });
    expect(published!.data).toEqual({
      id,
      locales: ['fr'],
      translations: {
        fr: {
          title: 'Constellation orbitale',
          status: 'published',
          url: 'https://news.example.org/fr/actualites/constellation-orbitale',
          publishedAt: clock.now().toISOString(),
        },
      },
      trashed: false,
    } satisfies ArticleData);
    expect(await found('orbitale')).toContain(id);

    await save(id, 'published', { title: 'Constellation orbitale, suite' });
    expect(await events()).toEqual(['article.updated']);
    await save(id, 'draft');
    expect(await events()).toEqual(['article.unpublished']);
    expect(await found('orbitale')).not.toContain(id);
    await save(id, 'published');
    expect(await events()).toEqual(['article.published']);
    await save(id, 'archived');
    expect(await events()).toEqual(['article.unpublished']);
    await save(id, 'published');
    expect(await events()).toEqual(['article.published']);

    await services.articleEditor.trashArticle(admin, id);
    const [trashed] = await queued();
    expect(trashed!.event).toBe('article.unpublished');
    expect((trashed!.data as ArticleData).trashed).toBe(true);
    expect(await found('orbitale')).not.toContain(id);
    await services.articleEditor.restoreFromTrash(admin, id);
    expect(await events()).toEqual(['article.published']);
    expect(await found('orbitale')).toContain(id);

    await services.articleEditor.trashArticle(admin, id);
    await queued();
    await services.articleEditor.emptyTrash(admin);
    const [deleted] = await queued();
    expect(deleted).toMatchObject({ event: 'article.deleted', data: { id } });
  });

  it('tells nothing when a draft is trashed, and publishes on schedule', async () => {
    const { id: draft } = await services.articleEditor.createArticle(admin, articleForm([space]));
    await services.articleEditor.trashArticle(admin, draft);
    expect(await events()).toEqual([]);

    const at = '2026-11-25T15:00:00.000Z';
    const { id } = await services.articleEditor.createArticle(
      admin,
      articleForm([space], {}, { status: 'scheduled', scheduledAt: at }),
    );
    expect(await events()).toEqual([]);
    const scheduler = createScheduler({
      db: t.database.db,
      dialect: t.database.dialect,
      editor: services.articleEditor,
      logger: { info: () => undefined, error: () => undefined },
    });
    clock.set('2026-11-25T15:00:30.000Z');
    expect(await scheduler.runOnce()).toEqual([id]);
    const [scheduled] = await queued();
    expect(scheduled).toMatchObject({ event: 'article.published', data: { id } });
  });

  it('queues nothing for a webhook that does not subscribe to article events', async () => {
    const other = await services.webhooks.createWebhook(
      { url: 'https://other.example.org/', description: '', events: ['entity.changed'] },
      admin.id,
    );
    const { id } = await services.articleEditor.createArticle(admin, articleForm([space]));
    await save(id, 'published');
    expect(await events()).toEqual(['article.published']);
    expect(await services.webhooks.listDeliveries(other)).toEqual([]);
  });
});
