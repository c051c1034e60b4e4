// A third locale is configuration plus a messages file: registered here (test/support/locale-de.ts)
// it serves its home, news list and articles — in French with the notice when not translated —
// with its own URL segments, hreflang alternates, feeds and sitemap entries.
import '../support/locale-de.js';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.js';
import { testDialects } from '../support/dialects.js';
import { demoSite } from '../support/site.js';

const base = 'http://localhost:3000';
const article = 'delegation-asie-centrale-redu-liege';

describe.each(testDialects())('a third locale on $name', (dialect) => {
  const site = demoSite(dialect, 'de');

  const html = async (path: string) => {
    const res = await site.app.request(path);
    expect(res.status, path).toBe(200);
    expect(res.headers.get('content-language'), path).toBe('de');
    return res.text();
  };

  it('is registered after French and English', () => {
    expect(locales.map((l) => l.code)).toEqual(['fr', 'en', 'de']);
  });

  it('serves its home page in German with links in every language', async () => {
    const page = await html('/de/');
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('Skywin Wallonien');
    expect(page).toContain('Neueste Nachrichten');
    expect(page).toContain('href="/de/nachrichten"');
    expect(page).toContain(`<link rel="alternate" hreflang="de" href="${base}/de/"/>`);
    expect(page).toContain(`<link rel="alternate" hreflang="fr" href="${base}/fr/"/>`);
    // The French and English pages announce the German one too.
    expect(await (await site.app.request('/fr/')).text()).toContain(
      `hreflang="de" href="${base}/de/"`,
    );
  });

  it('lists the news with each card marked in the language it falls back to', async () => {
    const page = await html('/de/nachrichten');
    expect(page).toContain('<h1>Nachrichten</h1>');
    expect(page).toContain(`href="/de/nachrichten/${article}"`);
    expect(page).toContain('(auf Französisch)');
  });

  it('shows an untranslated article in French with the notice, canonical to the original', async () => {
    const page = await html(`/de/nachrichten/${article}`);
    expect(page).toContain('<article class="article" lang="fr">');
    expect(page).toContain('Dieser Artikel ist nur auf Französisch verfügbar.');
    expect(page).toContain(`<link rel="canonical" href="${base}/fr/actualites/${article}"/>`);
  });

  it('has its own feeds, calendar and sitemap entries', async () => {
    const feed = await site.app.request('/de/feed.xml');
    expect(feed.status).toBe(200);
    const text = await feed.text();
    expect(text).toContain('<language>de</language>');
    expect(text).toContain(`<link>${base}/de/nachrichten/`);
    expect((await site.app.request('/de/branchen/space/atom.xml')).status).toBe(200);
    expect((await site.app.request('/de/termine.ics')).status).toBe(200);
    const sitemap = await (await site.app.request('/sitemap.xml')).text();
    expect(sitemap).toContain(`<loc>${base}/de/nachrichten</loc>`);
    expect(sitemap).toContain(`hreflang="de" href="${base}/de/organisationen/`);
  });
});
