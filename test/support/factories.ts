// Factories: valid rows with overrides, built through the services like real content.
import { createServices } from '../../src/app.js';
import type { ArticleInput } from '../../src/articles/article.service.js';
import type { Database } from '../../src/db/database.js';
import type { Services } from '../../src/http/site.js';
import { sectorRepository } from '../../src/sectors/sector.repository.js';

let counter = 0;

/** Fixed test clock: 2026-11-25 12:00 UTC. */
export const testNow = new Date('2026-11-25T12:00:00.000Z');

export async function makeSectors(
  database: Database,
  slugs = ['aero', 'space', 'drone', 'defence'],
): Promise<Map<string, string>> {
  const repo = sectorRepository(database.db);
  const ids = new Map<string, string>();
  for (const [position, slug] of slugs.entries()) {
    ids.set(
      slug,
      await repo.insertSector(
        {
          slug,
          position,
          translations: {
            fr: { name: `Secteur ${slug}`, description: `Description ${slug}` },
            en: { name: `Sector ${slug}`, description: `About ${slug}` },
          },
        },
        testNow.toISOString(),
      ),
    );
  }
  return ids;
}

export function makeServices(database: Database, now: () => Date = () => testNow): Services {
  return createServices(database, now);
}

/** Days before the test clock, as an ISO instant. */
export function daysAgo(days: number): string {
  return new Date(testNow.getTime() - days * 86_400_000).toISOString();
}

export async function makeArticle(
  services: Services,
  overrides: Partial<ArticleInput> = {},
): Promise<string> {
  counter += 1;
  const n = counter;
  return services.articles.createArticle({
    kind: 'news',
    publishedAt: daysAgo(n),
    sectorSlugs: ['space'],
    translations: {
      fr: {
        title: `Article numéro ${n}`,
        body: `## Intertitre\n\nLe corps de l’article ${n}, en français.`,
      },
      en: {
        title: `Article number ${n}`,
        body: `## Subheading\n\nThe body of article ${n}, in English.`,
      },
    },
    ...overrides,
  });
}
