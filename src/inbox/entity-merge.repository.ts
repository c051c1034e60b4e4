// The SQL of merging two directory entries of one kind: every row that points at the removed
// entry is moved to the kept one (a row the kept one already has is dropped instead, so no
// primary key is violated), then the removed entry goes to the trash. Run inside a transaction.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { newId } from '../lib/id.js';
import { nameKey } from '../lib/name-key.js';

export interface MergeCounts {
  mentions: number;
  affiliations: number;
  events: number;
  projects: number;
  links: number;
  aliases: number;
}

const n = (r: { numUpdatedRows: bigint }) => Number(r.numUpdatedRows);

export function entityMergeRepository(db: Db) {
  /** Mentions of `removed` become mentions of `kept`; a translation mentioning both keeps one row, the stronger decision. */
  /** The last step of a merge: import keys follow, the kept entry's version moves, the removed one goes to the trash. */
  async function retire(
    kind: 'organisation' | 'person',
    kept: string,
    removed: string,
    now: string,
  ): Promise<void> {
    await db
      .updateTable('import_source')
      .set({ entity_id: kept })
      .where('entity_type', '=', kind)
      .where('entity_id', '=', removed)
      .execute();
    await db
      .updateTable(kind)
      .set((eb) => ({ updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', kept)
      .execute();
    await db
      .updateTable(kind)
      .set((eb) => ({
        deleted_at: now,
        suggestion_key: null,
        updated_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', removed)
      .execute();
  }

  async function moveMentions(
    type: 'organisation' | 'person',
    kept: string,
    removed: string,
    now: string,
  ) {
    const rows = await db
      .selectFrom('mention')
      .select(['id', 'article_translation_id', 'state'])
      .where('entity_type', '=', type)
      .where('entity_id', '=', removed)
      .execute();
    const strength = { confirmed: 2, rejected: 1, suggested: 0 } as const;
    const articles = new Set<string>();
    for (const row of rows) {
      const other = await db
        .selectFrom('mention')
        .select(['id', 'state'])
        .where('article_translation_id', '=', row.article_translation_id)
        .where('entity_type', '=', type)
        .where('entity_id', '=', kept)
        .executeTakeFirst();
      if (other) {
        if (strength[row.state] > strength[other.state])
          await db
            .updateTable('mention')
            .set((eb) => ({ state: row.state, updated_at: now, version: eb('version', '+', 1) }))
            .where('id', '=', other.id)
            .execute();
        await db.deleteFrom('mention').where('id', '=', row.id).execute();
      } else
        await db
          .updateTable('mention')
          .set((eb) => ({ entity_id: kept, updated_at: now, version: eb('version', '+', 1) }))
          .where('id', '=', row.id)
          .execute();
      articles.add(row.article_translation_id);
    }
    const ids = [...articles];
    const articleIds = ids.length
      ? (
          await db
            .selectFrom('article_translation')
            .select('article_id')
            .where('id', 'in', ids)
            .execute()
        ).map((r) => r.article_id)
      : [];
    return { count: rows.length, articleIds: [...new Set(articleIds)] };
  }

  return {
    moveMentions,

    async findOrganisation(id: string) {
      return db
        .selectFrom('organisation')
        .select(['id', 'slug', 'name', 'acronym', 'parent_id'])
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
    },

    async findPerson(id: string) {
      return db
        .selectFrom('person')
        .select(['id', 'slug', 'given_name', 'family_name'])
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
    },

    async mergeOrganisations(kept: string, removed: string, now: string) {
      const mentions = await moveMentions('organisation', kept, removed, now);
      const k = (await this.findOrganisation(kept))!;
      const r = (await this.findOrganisation(removed))!;
      // Names: the removed one's name, acronym and aliases answer for the kept one.
      const aliases = await db
        .selectFrom('organisation_alias')
        .select(['alias', 'kind', 'valid_until', 'organisation_id'])
        .where('organisation_id', 'in', [kept, removed])
        .execute();
      const known = new Set(
        [
          k.name,
          k.acronym ?? '',
          ...aliases.filter((a) => a.organisation_id === kept).map((a) => a.alias),
        ].map(nameKey),
      );
      const moved: { alias: string; kind: 'alias' | 'former_name'; valid_until: string | null }[] =
        [
          { alias: r.name, kind: 'alias', valid_until: null },
          ...(r.acronym && k.acronym
            ? [{ alias: r.acronym, kind: 'alias' as const, valid_until: null }]
            : []),
          ...aliases.filter((a) => a.organisation_id === removed),
        ];
      let aliasCount = 0;
      for (const a of moved) {
        const key = nameKey(a.alias);
        if (!key || known.has(key)) continue;
        known.add(key);
        await db
          .insertInto('organisation_alias')
          .values({
            id: newId(),
            organisation_id: kept,
            alias: a.alias,
            kind: a.kind,
            valid_until: a.valid_until,
          })
          .execute();
        aliasCount++;
      }
      await db.deleteFrom('organisation_alias').where('organisation_id', '=', removed).execute();
      // The kept one without an acronym takes the removed one's.
      if (r.acronym && !k.acronym)
        await db
          .updateTable('organisation')
          .set({ acronym: r.acronym })
          .where('id', '=', kept)
          .execute();
      // Link tables keyed by (x, organisation): move what the kept one lacks, drop the rest.
      const links = [];
      for (const [table, other] of [
        ['organisation_sector', 'sector_id'],
        ['project_partner', 'project_id'],
        ['event_organisation', 'event_id'],
      ] as const) {
        // One statement per table, the same on both engines (a correlated NOT EXISTS).
        const moved = await sql`update ${sql.table(table)} set organisation_id = ${kept}
          where organisation_id = ${removed} and not exists (
            select 1 from ${sql.table(table)} o where o.organisation_id = ${kept}
            and ${sql.ref(`o.${other}`)} = ${sql.ref(`${table}.${other}`)})`.execute(db);
        links.push({ numUpdatedRows: moved.numAffectedRows ?? 0n });
        await db.deleteFrom(table).where('organisation_id', '=', removed).execute();
      }
      const affiliations = await db
        .updateTable('affiliation')
        .set((eb) => ({ organisation_id: kept, updated_at: now, version: eb('version', '+', 1) }))
        .where('organisation_id', '=', removed)
        .executeTakeFirst();
      const leads = await db
        .updateTable('project')
        .set({ lead_organisation_id: kept })
        .where('lead_organisation_id', '=', removed)
        .executeTakeFirst();
      await db
        .updateTable('venue')
        .set({ organisation_id: kept })
        .where('organisation_id', '=', removed)
        .execute();
      await db
        .updateTable('organisation')
        .set({ parent_id: kept })
        .where('parent_id', '=', removed)
        .where('id', '!=', kept)
        .execute();
      if (k.parent_id === removed)
        await db
          .updateTable('organisation')
          .set({ parent_id: r.parent_id === kept ? null : r.parent_id })
          .where('id', '=', kept)
          .execute();
      await db
        .updateTable('organisation_succession')
        .set({ predecessor_id: kept })
        .where('predecessor_id', '=', removed)
        .execute();
      await db
        .updateTable('organisation_succession')
        .set({ successor_id: kept })
        .where('successor_id', '=', removed)
        .execute();
      await db
        .deleteFrom('organisation_succession')
        .whereRef('predecessor_id', '=', 'successor_id')
        .execute();
      // Descriptions the kept one lacks in a language come from the removed one.
      const texts = await db
        .selectFrom('organisation_translation')
        .selectAll()
        .where('organisation_id', 'in', [kept, removed])
        .execute();
      for (const t of texts.filter((x) => x.organisation_id === removed))
        if (
          !texts.some(
            (x) => x.organisation_id === kept && x.locale === t.locale && x.description.trim(),
          )
        )
          await db
            .insertInto('organisation_translation')
            .values({ ...t, organisation_id: kept })
            .onConflict((oc) =>
              oc
                .columns(['organisation_id', 'locale'])
                .doUpdateSet({ description: t.description, competences: t.competences }),
            )
            .execute();
      await retire('organisation', kept, removed, now);
      const counts: MergeCounts = {
        mentions: mentions.count,
        affiliations: n(affiliations),
        events: n(links[2]!),
        projects: n(links[1]!) + n(leads),
        links: n(links[0]!),
        aliases: aliasCount,
      };
      return { counts, articleIds: mentions.articleIds, kept: k, removed: r };
    },

    async mergePeople(kept: string, removed: string, now: string) {
      const mentions = await moveMentions('person', kept, removed, now);
      const k = (await this.findPerson(kept))!;
      const r = (await this.findPerson(removed))!;
      const affiliations = await db
        .updateTable('affiliation')
        .set((eb) => ({ person_id: kept, updated_at: now, version: eb('version', '+', 1) }))
        .where('person_id', '=', removed)
        .executeTakeFirst();
      const speakers = await db
        .updateTable('programme_item_speaker')
        .set({ person_id: kept })
        .where('person_id', '=', removed)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('programme_item_speaker as o')
                .select('o.person_id')
                .where('o.person_id', '=', kept)
                .whereRef('o.programme_item_id', '=', 'programme_item_speaker.programme_item_id'),
            ),
          ),
        )
        .executeTakeFirst();
      await db.deleteFrom('programme_item_speaker').where('person_id', '=', removed).execute();
      const texts = await db
        .selectFrom('person_translation')
        .selectAll()
        .where('person_id', 'in', [kept, removed])
        .execute();
      for (const t of texts.filter((x) => x.person_id === removed))
        if (!texts.some((x) => x.person_id === kept && x.locale === t.locale && x.bio.trim()))
          await db
            .insertInto('person_translation')
            .values({ ...t, person_id: kept })
            .onConflict((oc) => oc.columns(['person_id', 'locale']).doUpdateSet({ bio: t.bio }))
            .execute();
      await retire('person', kept, removed, now);
      const counts: MergeCounts = {
        mentions: mentions.count,
        affiliations: n(affiliations),
        events: n(speakers),
        projects: 0,
        links: 0,
        aliases: 0,
      };
      return { counts, articleIds: mentions.articleIds, kept: k, removed: r };
    },
  };
}
