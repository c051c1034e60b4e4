// The SQL behind an entity's news: public articles that mention it or belong to it.
import type { Db } from '../db/database.js';
import type { ArticleListRow } from './article-public.repository.js';
import { isPublic, pageOfArticles } from './article-public.repository.js';

export function articleEntityNewsRepository(db: Db) {
  return {
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
      return pageOfArticles(base, opts);
    },
  };
}
