// The newsroom's services over one database, as createServices wires them: the article editor
// (which keeps the search index in step after each change) and mention review.
import type { Database } from '../db/database.js';
import { locales } from '../i18n/locales.js';
import { linkingServiceOver } from '../linking/linking.service.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { personRepository } from '../people/person.repository.js';
import {
  articleEditorService,
  type ArticleChange,
  type ArticleChangeHook,
} from './article-editor.service.js';
import { mentionReviewService, type MentionReviewDeps } from './mention-review.service.js';

export function editorServices(
  database: Database,
  now: () => Date,
  /** Kept in step after each change when given. */
  search?: {
    indexArticle: (id: string) => Promise<void>;
    removeArticle: (id: string) => Promise<void>;
  },
  /** Told of each change after the search index (the webhooks enqueue their deliveries). */
  alsoOnChange?: ArticleChangeHook,
  /** The public page cache, emptied first after each committed change of an article. */
  pages?: { contentChanged: () => void },
  /** Told of each organisation or person mention review creates (see MentionReviewDeps). */
  onEntityCreated?: MentionReviewDeps['onEntityCreated'],
) {
  const linking = linkingServiceOver(database.db, now);
  const articleEditor = articleEditorService({
    db: database.db,
    linking,
    locales: locales.map((l) => l.code),
    now,
    onArticleChanged: async (id: string, change: ArticleChange) => {
      pages?.contentChanged();
      if (search) {
        if (change === 'trashed' || change === 'destroyed') await search.removeArticle(id);
        else await search.indexArticle(id);
      }
      if (alsoOnChange) await alsoOnChange(id, change);
    },
  });
  const mentionReview = mentionReviewService({
    editor: articleEditor,
    linking,
    organisations: organisationRepository(database.db),
    people: personRepository(database.db),
    now,
    onChanged: () => pages?.contentChanged(),
    ...(onEntityCreated ? { onEntityCreated } : {}),
  });
  return { articleEditor, mentionReview };
}
