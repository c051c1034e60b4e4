// Every SQL statement about articles, their translations and sectors.
import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../db/database.js';
import { translateErrors } from '../db/database.js';
import type { Schema } from '../db/schema.js';
import { newId } from '../lib/id.js';
import type { ArticleKind, TranslationStatus } from '../db/tables/article.table.js';
import type { RelatedSignal } from './related.js';

/** One language version as shown in lists. */
export interface TranslationCard {
  article_id: string;
  locale: string;
  slug: string;
  title: string;
  excerpt: string;
}

export interface ArticleListRow {
  id: string;
  kind: ArticleKind;
  published_at: string;
  hero_storage_key: string | null;
}

export interface ArticleDetail {
  id: string;
  kind: ArticleKind;
  published_at: string;
  updated_at: string;
  hero_media_id: string | null;
  hero_credit: string | null;
  event_id: string | null;
  project_id: string | null;
  translation_id: string;
  locale: string;
  slug: string;
  title: string;
  kicker: string;
  credit_line: string;
  body_html: string;
  excerpt: string;
  seo_description: string;
  hero_caption: string;
  translation_updated_at: string;
}

export interface HeroImage {
  storage_key: string;
  width: number;
  height: number;
  mime_type: string;
  credit: string;
  alt: string | null;
}

export interface RelatedCandidate extends ArticleListRow {
  shared: Record<RelatedSignal, number>;
}

export interface NewArticleTranslation {
  locale: string;
  status: TranslationStatus;
  published_at: string | null;
  slug: string;
  title: string;
  kicker: string;
  credit_line: string;
  body_md: string;
  body_html: string;
  excerpt: string;
  excerpt_is_manual: boolean;
  seo_description: string;
  hero_caption: string;
}

export interface NewArticle {
  kind: ArticleKind;
  published_at: string | null;
  hero_media_id: string | null;
  hero_credit: string | null;
  event_id: string | null;
  project_id: string | null;
  sector_ids: string[];
  translations: NewArticleTranslation[];
}

export type ArticleEb = ExpressionBuilder<Schema & { a: Schema['article'] }, 'a'>;

/** An article is public when live, published, and published in at least one language. */
export function isPublic(eb: ArticleEb, now: string) {
  return eb.and([
    eb('a.deleted_at', 'is', null),
    eb('a.published_at', 'is not', null),
    eb('a.published_at', '<=', now),
    eb.exists(
      eb
        .selectFrom('article_translation as pt')
        .select(sql.lit(1).as('one'))
        .whereRef('pt.article_id', '=', 'a.id')
        .where('pt.status', '=', 'published'),
    ),
  ]);
}

export function articleRepository(db: Db) {
  return {
    /** A page of public articles, newest first, optionally in one sector. */
    async listPublicArticles(opts: {
      now: string;
      limit: number;
      offset: number;
      sectorId?: string;
    }): Promise<{ rows: ArticleListRow[]; total: number }> {
      let base = db.selectFrom('article as a').where((eb) => isPublic(eb, opts.now));
      if (opts.sectorId) {
        const sectorId = opts.sectorId;
        base = base.where((eb) =>
          eb.exists(
            eb
              .selectFrom('article_sector as s')
              .select(sql.lit(1).as('one'))
              .whereRef('s.article_id', '=', 'a.id')
              .where('s.sector_id', '=', sectorId),
          ),
        );
      }
      const [rows, count] = await Promise.all([
        base
          // A hero moved to the media trash is no longer shown.
          .leftJoin('media as m', (j) =>
            j.onRef('m.id', '=', 'a.hero_media_id').on('m.deleted_at', 'is', null),
          )
          .select(['a.id', 'a.kind', 'a.published_at', 'm.storage_key as hero_storage_key'])
          .orderBy('a.published_at', 'desc')
          .orderBy('a.id', 'desc')
          .limit(opts.limit)
          .offset(opts.offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows: rows as ArticleListRow[], total: Number(count.n) };
    },

    /** Published translations of the given articles, for choosing one per article. */
    async listPublishedTranslations(articleIds: readonly string[]): Promise<TranslationCard[]> {
      if (articleIds.length === 0) return [];
      return db
        .selectFrom('article_translation')
        .select(['article_id', 'locale', 'slug', 'title', 'excerpt'])
        .where('article_id', 'in', articleIds)
        .where('status', '=', 'published')
        .execute();
    },

    /** The public article whose translation in `locale` has this slug. */
    async findPublicBySlug(
      locale: string,
      slug: string,
      now: string,
    ): Promise<ArticleDetail | undefined> {
      const row = await db
        .selectFrom('article_translation as t')
        .innerJoin('article as a', 'a.id', 't.article_id')
        .select([
          'a.id',
          'a.kind',
          'a.published_at',
          'a.updated_at',
          'a.hero_media_id',
          'a.hero_credit',
          'a.event_id',
          'a.project_id',
          't.id as translation_id',
          't.locale',
          't.slug',
          't.title',
          't.kicker',
          't.credit_line',
          't.body_html',
          't.excerpt',
          't.seo_description',
          't.hero_caption',
          't.updated_at as translation_updated_at',
        ])
        .where('t.locale', '=', locale)
        .where('t.slug', '=', slug)
        .where('t.status', '=', 'published')
        .where('a.deleted_at', 'is', null)
        .where('a.published_at', '<=', now)
        .executeTakeFirst();
      return row as ArticleDetail | undefined;
    },

    /** Slugs of an article's published translations, by locale. */
    async listPublishedSlugs(articleId: string): Promise<Map<string, string>> {
      const rows = await db
        .selectFrom('article_translation')
        .select(['locale', 'slug'])
        .where('article_id', '=', articleId)
        .where('status', '=', 'published')
        .execute();
      return new Map(rows.map((r) => [r.locale, r.slug]));
    },

    async findHeroImage(mediaId: string, locale: string): Promise<HeroImage | undefined> {
      return db
        .selectFrom('media as m')
        .leftJoin('media_translation as mt', (j) =>
          j.onRef('mt.media_id', '=', 'm.id').on('mt.locale', '=', locale),
        )
        .select(['m.storage_key', 'm.width', 'm.height', 'm.mime_type', 'm.credit', 'mt.alt'])
        .where('m.id', '=', mediaId)
        .where('m.deleted_at', 'is', null)
        .executeTakeFirst();
    },

    /**
     * Public articles sharing something with `articleId` — sectors, confirmed mentions of the
     * same organisations, people, countries, events or projects, the same event or project —
     * with a count per signal, ranked in SQL by `weights` so only `limit` rows come back.
     * Each signal is counted once per candidate article, whatever the number of translations.
     */
    async listRelatedCandidates(
      articleId: string,
      now: string,
      weights: Record<RelatedSignal, number>,
      limit: number,
    ): Promise<RelatedCandidate[]> {
      const w = (signal: RelatedSignal) => sql`cast(${weights[signal]} as integer)`;
      const count = (signal: RelatedSignal) =>
        sql`sum(case when s.signal = ${signal} then 1 else 0 end)`;
      const weightOf = sql.join(
        (Object.keys(weights) as RelatedSignal[]).map(
          (signal) => sql`when ${signal} then ${w(signal)}`,
        ),
        sql` `,
      );
      // Measured on 10,000 articles (README, Benchmark): the shared sectors give thousands of
      // rows, so each row carries its weight and only one sum is grouped per candidate; the
      // counts per signal are summed for the `limit` best alone. Entities, events and projects
      // are one distinct set: a mention of the article's own event counts once.
      const result = await sql<{
        id: string;
        kind: ArticleKind;
        published_at: string;
        hero_storage_key: string | null;
        sector: string | number;
        organisation: string | number;
        person: string | number;
        country: string | number;
        event: string | number;
        project: string | number;
      }>`
        with mine as (
          select distinct m.entity_type, m.entity_id
          from mention m
          join article_translation t on t.id = m.article_translation_id
          where t.article_id = ${articleId} and m.state = 'confirmed' and m.entity_id is not null
        ),
        linked as (
          select t2.article_id as article_id, m2.entity_type as signal, m2.entity_id as ref
          from mine e
          join mention m2 on m2.entity_type = e.entity_type and m2.entity_id = e.entity_id
            and m2.state = 'confirmed'
          join article_translation t2 on t2.id = m2.article_translation_id
          where t2.article_id <> ${articleId}
          union
          select a2.id, cast('event' as text), a2.event_id
          from article a1 join article a2 on a2.event_id = a1.event_id
          where a1.id = ${articleId} and a2.id <> ${articleId}
          union
          select a2.id, cast('project' as text), a2.project_id
          from article a1 join article a2 on a2.project_id = a1.project_id
          where a1.id = ${articleId} and a2.id <> ${articleId}
        ),
        signals as (
          select other.article_id as article_id, cast('sector' as text) as signal,
            ${w('sector')} as weight
          from article_sector mine_s
          join article_sector other on other.sector_id = mine_s.sector_id
          where mine_s.article_id = ${articleId} and other.article_id <> ${articleId}
          union all
          select article_id, signal, case signal ${weightOf} else 0 end
          from linked
        ),
        scored as (
          select article_id, sum(weight) as score from signals group by article_id
        ),
        best as (
          select a.id, a.kind, a.published_at, a.hero_media_id, sc.score
          from scored sc
          join article a on a.id = sc.article_id
          where a.deleted_at is null and a.published_at is not null and a.published_at <= ${now}
            and exists (
              select 1 from article_translation pt
              where pt.article_id = a.id and pt.status = 'published'
            )
          order by sc.score desc, a.published_at desc, a.id desc
          limit ${limit}
        )
        select b.id, b.kind, b.published_at, md.storage_key as hero_storage_key,
          ${count('sector')} as sector, ${count('organisation')} as organisation,
          ${count('person')} as person, ${count('country')} as country,
          ${count('event')} as event, ${count('project')} as project
        from best b
        join signals s on s.article_id = b.id
        left join media md on md.id = b.hero_media_id and md.deleted_at is null
        group by b.id, b.kind, b.published_at, b.score, md.storage_key
        order by b.score desc, b.published_at desc, b.id desc
      `.execute(db);
      return result.rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        published_at: r.published_at,
        hero_storage_key: r.hero_storage_key,
        shared: {
          sector: Number(r.sector),
          organisation: Number(r.organisation),
          person: Number(r.person),
          country: Number(r.country),
          event: Number(r.event),
          project: Number(r.project),
        },
      }));
    },

    /**
     * A page of public articles linked to an entity, newest first: a confirmed mention in one of
     * their published translations, or (events, projects) the article's own event or project.
     * Starts from the (entity_type, entity_id, state) index of mentions.
     */
    async listPublicArticlesLinkedTo(opts: {
      entityType: 'organisation' | 'person' | 'event' | 'project';
      entityId: string;
      now: string;
      limit: number;
      offset: number;
    }): Promise<{ rows: ArticleListRow[]; total: number }> {
      const { entityType, entityId } = opts;
      const base = db
        .selectFrom('article as a')
        .where((eb) => isPublic(eb, opts.now))
        .where((eb) => {
          const mentioned = eb(
            'a.id',
            'in',
            eb
              .selectFrom('mention as m')
              .innerJoin('article_translation as mt', 'mt.id', 'm.article_translation_id')
              .select('mt.article_id')
              .where('m.entity_type', '=', entityType)
              .where('m.entity_id', '=', entityId)
              .where('m.state', '=', 'confirmed')
              .where('mt.status', '=', 'published'),
          );
          if (entityType === 'event') return eb.or([mentioned, eb('a.event_id', '=', entityId)]);
          if (entityType === 'project')
            return eb.or([mentioned, eb('a.project_id', '=', entityId)]);
          return mentioned;
        });
      const [rows, count] = await Promise.all([
        base
          // A hero moved to the media trash is no longer shown.
          .leftJoin('media as m', (j) =>
            j.onRef('m.id', '=', 'a.hero_media_id').on('m.deleted_at', 'is', null),
          )
          .select(['a.id', 'a.kind', 'a.published_at', 'm.storage_key as hero_storage_key'])
          .orderBy('a.published_at', 'desc')
          .orderBy('a.id', 'desc')
          .limit(opts.limit)
          .offset(opts.offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows: rows as ArticleListRow[], total: Number(count.n) };
    },

    async insertArticle(input: NewArticle, now: string): Promise<string> {
      const id = newId();
      await translateErrors('Article', () =>
        db.transaction().execute(async (trx) => {
          await trx
            .insertInto('article')
            .values({
              id,
              kind: input.kind,
              published_at: input.published_at,
              hero_media_id: input.hero_media_id,
              hero_credit: input.hero_credit,
              event_id: input.event_id,
              project_id: input.project_id,
              created_by: null,
              deleted_at: null,
              created_at: now,
              updated_at: now,
            })
            .execute();
          for (const t of input.translations) {
            await trx
              .insertInto('article_translation')
              .values({
                id: newId(),
                article_id: id,
                created_at: now,
                updated_at: now,
                scheduled_at: null,
                ...t,
                excerpt_is_manual: t.excerpt_is_manual ? 1 : 0,
              })
              .execute();
          }
          if (input.sector_ids.length) {
            await trx
              .insertInto('article_sector')
              .values(input.sector_ids.map((sector_id) => ({ article_id: id, sector_id })))
              .execute();
          }
        }),
      );
      return id;
    },

    async countArticles(): Promise<number> {
      const row = await db
        .selectFrom('article')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type ArticleRepository = ReturnType<typeof articleRepository>;
