// The SQL that writes whole articles at once (the seed, imports) and counts them.
import type { Db } from '../db/database.js';
import { translateErrors } from '../db/database.js';
import type { ArticleKind, TranslationStatus } from '../db/tables/article.table.js';
import { newId } from '../lib/id.js';

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

export function articleWriteRepository(db: Db) {
  return {
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
