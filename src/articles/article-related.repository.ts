// The SQL that ranks public articles by what they share with another one.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { ArticleKind } from '../db/tables/article.table.js';
import type { ArticleListRow } from './article-public.repository.js';
import type { RelatedSignal } from './related.js';

export interface RelatedCandidate extends ArticleListRow {
  shared: Record<RelatedSignal, number>;
}

export function articleRelatedRepository(db: Db) {
  return {
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
  };
}
