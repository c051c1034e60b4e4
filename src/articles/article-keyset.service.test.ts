// The article service's keyset reads (the JSON API's articles), on every dialect: pages that
// neither skip nor repeat, filters, hero alt texts, and a fixed number of queries per page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import {
  daysAgo,
  makeArticle,
  makeSectors,
  makeServices,
  testNow,
} from '../../test/support/factories.js';
import { countQueries } from '../../test/support/query-count.js';
import type { Services } from '../services.js';
import { mediaRepository } from '../media/media.repository.js';
import { sectorRepository } from '../sectors/sector.repository.js';
import { articleKeysetRepository } from './article-keyset.repository.js';
import type { PublicArticle } from './article-keyset.service.js';
import { articleRepository } from './article.repository.js';
import { articleService } from './article.service.js';

describe.each(testDialects())('public articles in keyset pages on $name', (dialect) => {
  let t: TestDatabase;
  let services: Services;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await dialect.open();
    services = makeServices(t.database);
    await makeSectors(t.database);
    const media = mediaRepository(t.database.db);
    const hero = (alt: Record<string, string>) =>
      media.insertMedia(
        {
          storage_key: `hero/${Object.keys(alt).join('-') || 'none'}.jpg`,
          original_name: 'hero.jpg',
          mime_type: 'image/jpeg',
          width: 1200,
          height: 800,
          byte_size: 1000,
          credit: 'Photo agency',
          alt,
        },
        testNow.toISOString(),
      );
    const heroFrEn = await hero({ fr: 'Une fusée', en: 'A rocket' });
    const heroFr = await hero({ fr: 'Un drone' });
    for (let n = 1; n <= 7; n++)
      ids[`a${n}`] = await makeArticle(services, {
        publishedAt: daysAgo(n),
        heroMediaId: n === 1 ? heroFrEn : n === 2 ? heroFr : null,
        heroCredit: n === 1 ? 'Our own credit' : null,
      });
    ids.frOnly = await makeArticle(services, {
      publishedAt: daysAgo(10),
      sectorSlugs: ['drone', 'aero'],
      translations: { fr: { title: 'Seulement en français', body: 'Le texte.' } },
    });
    ids.future = await makeArticle(services, {
      publishedAt: new Date(testNow.getTime() + 86_400_000).toISOString(),
    });
  });
  afterAll(() => t.cleanup());

  const walk = async (limit: number, query: { lang?: string; since?: string } = {}) => {
    const seen: PublicArticle[] = [];
    let after: { publishedAt: string; id: string } | undefined;
    for (;;) {
      const page = await services.articles.listPublicArticlesAfter(
        { ...query, limit, after },
        'en',
      );
      seen.push(...page.items);
      const last = page.items.at(-1);
      if (!page.more || !last) return seen;
      after = { publishedAt: last.publishedAt, id: last.id };
    }
  };

  it('walks every public article once, newest first, in pages of any size', async () => {
    const expected = [1, 2, 3, 4, 5, 6, 7].map((n) => ids[`a${n}`]).concat(ids.frOnly);
    expect((await walk(2)).map((a) => a.id)).toEqual(expected);
    expect((await walk(3)).map((a) => a.id)).toEqual(expected);
    expect((await walk(100)).map((a) => a.id)).toEqual(expected);
  });

  it('filters by language and date; an untranslated article is in French with its sectors', async () => {
    expect((await walk(3, { lang: 'en' })).map((a) => a.id)).not.toContain(ids.frOnly);
    expect((await walk(3, { lang: 'fr' })).map((a) => a.id)).toContain(ids.frOnly);
    expect((await walk(3, { since: daysAgo(2) })).map((a) => a.id)).toEqual([ids.a1, ids.a2]);
    const frOnly = await services.articles.findPublicArticle(ids.frOnly!, 'en');
    expect(frOnly?.text).toMatchObject({ locale: 'fr', title: 'Seulement en français' });
    expect(frOnly?.translations.map((x) => x.locale)).toEqual(['fr']);
    expect(frOnly?.sectors).toEqual([
      { slug: 'aero', pathSlug: 'aero', name: 'Sector aero' },
      { slug: 'drone', pathSlug: 'drone', name: 'Sector drone' },
    ]);
    expect(await services.articles.findPublicArticle(ids.future!, 'en')).toBeUndefined();
  });

  it('gives the hero’s alt text in the text’s language, else the reader’s, else French', async () => {
    const [a1, a2] = (await services.articles.listPublicArticlesAfter({ limit: 2 }, 'en')).items;
    expect(a1?.hero).toMatchObject({ alt: 'A rocket', credit: 'Our own credit', width: 1200 });
    expect(a1?.hero?.url).toBe('/media/hero/fr-en.jpg');
    expect(a2?.hero).toMatchObject({ alt: 'Un drone', credit: 'Photo agency' });
    const bySlug = await services.articles.findPublicArticleBySlug('fr', a1!.translations[1]!.slug);
    expect(bySlug?.text.locale).toBe('fr');
    expect(bySlug?.hero?.alt).toBe('Une fusée');
  });

  it('reads a page in the same number of queries whatever its size', async () => {
    const counted = countQueries(t.database.db);
    const articles = articleService({
      articles: articleRepository(counted.db),
      keyset: articleKeysetRepository(counted.db),
      sectors: sectorRepository(counted.db),
      locales: ['fr', 'en'],
      defaultLocale: 'fr',
      now: () => testNow,
    });
    const small = await counted.during(() => articles.listPublicArticlesAfter({ limit: 1 }, 'fr'));
    const large = await counted.during(() => articles.listPublicArticlesAfter({ limit: 8 }, 'fr'));
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(5);
  });
});
