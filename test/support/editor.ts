// Newsroom test helpers: users of each role, the editor service over a controllable clock, and
// a complete valid article form.
import { articleEditorService } from '../../src/articles/article-editor.service.js';
import {
  emptyTranslation,
  type ArticleForm,
  type TranslationForm,
} from '../../src/articles/article-editor.form.js';
import type { Actor } from '../../src/kernel/actor.js';
import type { Database } from '../../src/db/database.js';
import { locales } from '../../src/i18n/locales.js';
import { linkingServiceOver } from '../../src/linking/linking.service.js';
import { userRepository } from '../../src/users/user.repository.js';
import type { Role } from '../../src/db/tables/user.table.js';
import { testNow } from './factories.js';

let counter = 0;

/** A clock tests move by hand. */
export function controllableClock(start: Date = testNow) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    set: (iso: string) => void (now = Date.parse(iso)),
    advance: (ms: number) => void (now += ms),
  };
}

export async function makeActor(database: Database, role: Role): Promise<Actor> {
  counter += 1;
  const id = await userRepository(database.db).insertUser(
    {
      email: `${role}-${counter}@example.test`,
      name: `${role} ${counter}`,
      password_hash: 'not-a-real-hash',
      role,
    },
    testNow.toISOString(),
  );
  return { id, role };
}

export function makeEditor(database: Database, now: () => Date = () => testNow) {
  return articleEditorService({
    db: database.db,
    linking: linkingServiceOver(database.db, now),
    locales: locales.map((l) => l.code),
    now,
  });
}

export function translationForm(overrides: Partial<TranslationForm> = {}): TranslationForm {
  counter += 1;
  return {
    ...emptyTranslation(),
    title: `Titre ${counter}`,
    body: `## Intertitre\n\nPremier paragraphe ${counter}.\n\nDeuxième paragraphe.`,
    ...overrides,
  };
}

export function articleForm(
  sectorIds: string[],
  overrides: Partial<ArticleForm> = {},
  fr: Partial<TranslationForm> = {},
): ArticleForm {
  return {
    kind: 'news',
    sectorIds,
    heroMediaId: null,
    heroCredit: '',
    eventId: null,
    projectId: null,
    translations: { fr: translationForm(fr) },
    ...overrides,
  };
}
