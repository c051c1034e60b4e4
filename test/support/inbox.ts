// Entity inbox test helpers: articles with open suggestions written straight into the mention
// table (so a test says exactly which forms the archive holds), and the decider of a role.
import type { Database } from '../../src/db/database.js';
import { newId } from '../../src/lib/id.js';
import type { Suggestion } from '../../src/linking/suggestion.js';
import { suggestionKey } from '../../src/linking/suggestion.js';
import type { Services } from '../../src/services.js';
import { makeArticle, testNow } from './factories.js';

let serial = 0;

/** An article whose French text names each form once; returns its id and French translation. */
export async function articleNaming(
  services: Services,
  database: Database,
  forms: { surface: string; suggestion: Suggestion }[],
  name = 'Article de test',
): Promise<{ articleId: string; translationId: string }> {
  const title = `${name} ${(serial += 1)}`;
  const body = forms.map((f) => `Nous avons rencontré ${f.surface} cette semaine.`).join('\n\n');
  const articleId = await makeArticle(services, {
    translations: { fr: { title, body }, en: { title: `${title} (EN)`, body: 'Nothing here.' } },
  });
  const { id: translationId } = await database.db
    .selectFrom('article_translation')
    .select('id')
    .where('article_id', '=', articleId)
    .where('locale', '=', 'fr')
    .executeTakeFirstOrThrow();
  const text = `${title}\n\n${body}`;
  for (const f of forms) {
    const start = text.indexOf(f.surface);
    await database.db
      .insertInto('mention')
      .values({
        id: newId(),
        article_translation_id: translationId,
        entity_type: f.suggestion.kind,
        entity_id: null,
        surface: f.surface,
        start_offset: start,
        end_offset: start + f.surface.length,
        state: 'suggested',
        suggestion: JSON.stringify({
          key: suggestionKey(f.suggestion),
          pattern: 'name (ACR)',
          suggestion: f.suggestion,
        }),
        created_at: testNow.toISOString(),
        updated_at: testNow.toISOString(),
      })
      .execute();
  }
  return { articleId, translationId };
}

/** An organisation suggestion of this name (and acronym). */
export const org = (
  name: string,
  acronym?: string,
): { surface: string; suggestion: Suggestion } => ({
  surface: name,
  suggestion: acronym ? { kind: 'organisation', name, acronym } : { kind: 'organisation', name },
});

/** A person suggestion. */
export const person = (
  givenName: string,
  familyName: string,
  surface = `${givenName} ${familyName}`,
) => ({
  surface,
  suggestion: { kind: 'person', givenName, familyName } as Suggestion,
});

/** Mention rows of an article's translations, for assertions. */
export function mentionsOf(database: Database, articleId: string) {
  return database.db
    .selectFrom('mention as m')
    .innerJoin('article_translation as t', 't.id', 'm.article_translation_id')
    .select(['m.id', 'm.state', 'm.entity_type', 'm.entity_id', 'm.surface', 'm.suggestion'])
    .where('t.article_id', '=', articleId)
    .orderBy('m.start_offset')
    .execute();
}
