// Every SQL statement of the ecosystem view: organisations and the ties between them.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { published } from '../kernel/directory-status.js';
import type { OrganisationKind } from '../db/tables/organisation.table.js';

export interface GraphNodeRow {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  kind: OrganisationKind;
  country: string | null;
}

/** A tie between two organisations (a < b by id) and how many times it occurs. */
export interface TieRow {
  a: string;
  b: string;
  n: number;
}

export interface CountryCountRow {
  country: string;
  n: number;
}

export function ecosystemRepository(db: Db) {
  return {
    /** Live published organisations, optionally of one sector and/or one country, by name. */
    async listGraphNodes(filter: { sectorId?: string; country?: string }): Promise<GraphNodeRow[]> {
      let q = db
        .selectFrom('organisation as o')
        .select(['o.id', 'o.slug', 'o.name', 'o.acronym', 'o.kind', 'o.country'])
        .where('o.deleted_at', 'is', null)
        .where(published('o'));
      if (filter.country) q = q.where('o.country', '=', filter.country);
      if (filter.sectorId) {
        const sectorId = filter.sectorId;
        q = q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('organisation_sector as s')
              .select(sql.lit(1).as('one'))
              .whereRef('s.organisation_id', '=', 'o.id')
              .where('s.sector_id', '=', sectorId),
          ),
        );
      }
      return q.orderBy('o.name').orderBy('o.id').execute();
    },

    /** Countries of live organisations, for the country filter. */
    async listOrganisationCountries(): Promise<string[]> {
      const rows = await db
        .selectFrom('organisation')
        .select('country')
        .distinct()
        .where('deleted_at', 'is', null)
        .where(published('organisation'))
        .where('country', 'is not', null)
        .orderBy('country')
        .execute();
      return rows.map((r) => r.country!);
    },

    /** Pairs of organisations confirmed as mentioned in the same public article. */
    async listCoMentions(now: string): Promise<TieRow[]> {
      const rows = await db
        .selectFrom('mention as m1')
        .innerJoin('article_translation as t1', 't1.id', 'm1.article_translation_id')
        .innerJoin('article as art', 'art.id', 't1.article_id')
        .innerJoin('article_translation as t2', 't2.article_id', 't1.article_id')
        .innerJoin('mention as m2', 'm2.article_translation_id', 't2.id')
        .select((eb) => [
          'm1.entity_id as a',
          'm2.entity_id as b',
          eb.fn.count<string | number>('art.id').distinct().as('n'),
        ])
        .where('m1.entity_type', '=', 'organisation')
        .where('m2.entity_type', '=', 'organisation')
        .where('m1.state', '=', 'confirmed')
        .where('m2.state', '=', 'confirmed')
        .where('t1.status', '=', 'published')
        .where('t2.status', '=', 'published')
        .where('art.deleted_at', 'is', null)
        .where('art.published_at', '<=', now)
        .whereRef('m1.entity_id', '<', 'm2.entity_id')
        .groupBy(['m1.entity_id', 'm2.entity_id'])
        .execute();
      return rows.map((r) => ({ a: r.a!, b: r.b!, n: Number(r.n) }));
    },

    /** Pairs of organisations taking part in the same event (organiser, partner or participant). */
    async listSharedEvents(): Promise<TieRow[]> {
      const rows = await db
        .selectFrom('event_organisation as e1')
        .innerJoin('event_organisation as e2', 'e2.event_id', 'e1.event_id')
        .innerJoin('event as e', 'e.id', 'e1.event_id')
        .select((eb) => [
          'e1.organisation_id as a',
          'e2.organisation_id as b',
          eb.fn.count<string | number>('e1.event_id').distinct().as('n'),
        ])
        .where('e.deleted_at', 'is', null)
        .whereRef('e1.organisation_id', '<', 'e2.organisation_id')
        .groupBy(['e1.organisation_id', 'e2.organisation_id'])
        .execute();
      return rows.map((r) => ({ a: r.a, b: r.b, n: Number(r.n) }));
    },

    /** Pairs of organisations in the same project, as lead or partner. */
    async listSharedProjects(): Promise<TieRow[]> {
      const members = db
        .selectFrom('project_partner')
        .select(['project_id', 'organisation_id'])
        .union(
          db
            .selectFrom('project')
            .select(['id as project_id', 'lead_organisation_id as organisation_id'])
            .where('lead_organisation_id', 'is not', null)
            .where('deleted_at', 'is', null)
            .$narrowType<{ organisation_id: string }>(),
        );
      const rows = await db
        .with('pm', () => members)
        .selectFrom('pm as p1')
        .innerJoin('pm as p2', 'p2.project_id', 'p1.project_id')
        .select((eb) => [
          'p1.organisation_id as a',
          'p2.organisation_id as b',
          eb.fn.count<string | number>('p1.project_id').distinct().as('n'),
        ])
        .whereRef('p1.organisation_id', '<', 'p2.organisation_id')
        .groupBy(['p1.organisation_id', 'p2.organisation_id'])
        .execute();
      return rows.map((r) => ({ a: r.a, b: r.b, n: Number(r.n) }));
    },

    /** Live events per country, counting participant countries and venue countries once each. */
    async countEventsByCountry(): Promise<CountryCountRow[]> {
      const places = db
        .selectFrom('event_country')
        .select(['event_id', 'country'])
        .union(
          db
            .selectFrom('venue')
            .select(['event_id', 'country'])
            .where('country', 'is not', null)
            .$narrowType<{ country: string }>(),
        );
      const rows = await db
        .with('places', () => places)
        .selectFrom('places as p')
        .innerJoin('event as e', 'e.id', 'p.event_id')
        .select((eb) => [
          'p.country',
          eb.fn.count<string | number>('p.event_id').distinct().as('n'),
        ])
        .where('e.deleted_at', 'is', null)
        .groupBy('p.country')
        .execute();
      return rows.map((r) => ({ country: r.country, n: Number(r.n) }));
    },

    async countProjectsByCountry(): Promise<CountryCountRow[]> {
      const rows = await db
        .selectFrom('project_country as pc')
        .innerJoin('project as p', 'p.id', 'pc.project_id')
        .select((eb) => [
          'pc.country',
          eb.fn.count<string | number>('pc.project_id').distinct().as('n'),
        ])
        .where('p.deleted_at', 'is', null)
        .groupBy('pc.country')
        .execute();
      return rows.map((r) => ({ country: r.country, n: Number(r.n) }));
    },

    /** Public articles with a confirmed mention of each country. */
    async countArticlesByCountry(now: string): Promise<CountryCountRow[]> {
      const rows = await db
        .selectFrom('mention as m')
        .innerJoin('article_translation as t', 't.id', 'm.article_translation_id')
        .innerJoin('article as a', 'a.id', 't.article_id')
        .select((eb) => [
          'm.entity_id as country',
          eb.fn.count<string | number>('a.id').distinct().as('n'),
        ])
        .where('m.entity_type', '=', 'country')
        .where('m.state', '=', 'confirmed')
        .where('t.status', '=', 'published')
        .where('a.deleted_at', 'is', null)
        .where('a.published_at', '<=', now)
        .groupBy('m.entity_id')
        .execute();
      return rows.map((r) => ({ country: r.country!, n: Number(r.n) }));
    },
  };
}

export type EcosystemRepository = ReturnType<typeof ecosystemRepository>;
