// The feeds over HTTP on the demo content, parsed back with feed libraries: RSS 2.0 and Atom 1.0
// with rss-parser, JSON Feed 1.1 checked against the specification's required structure, and the
// agenda's calendar with ical.js.
import ICAL from 'ical.js';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/support/dialects.js';
import { demoNow, demoSite } from '../../test/support/site.js';

const base = 'http://localhost:3000';

type Item = Parser.Item & {
  id?: string;
  contentEncoded?: string;
  enclosure?: { url: string; type?: string; length?: string };
  mediaContent?: { $: { url: string; medium: string } };
  dcLanguage?: string;
};
const parser: Parser<Record<string, unknown>, Item> = new Parser({
  customFields: {
    item: [
      ['content:encoded', 'contentEncoded'],
      ['media:content', 'mediaContent'],
      ['dc:language', 'dcLanguage'],
    ],
  },
});

/** rss-parser gives `{ _: label, $: { domain } }` for a category with a domain attribute. */
const labels = (item: Item): string[] =>
  ((item.categories ?? []) as unknown[]).map((c) =>
    typeof c === 'string' ? c : (c as { _: string })._,
  );

describe.each(testDialects())('feeds on $name', (dialect) => {
  const site = demoSite(dialect, 'feeds');

  const get = async (path: string, type: string) => {
    const res = await site.app.request(path);
    expect(res.status, path).toBe(200);
    expect(res.headers.get('content-type'), path).toBe(`${type}; charset=utf-8`);
    return { res, text: await res.text() };
  };

  it('serves the latest 20 articles as RSS 2.0 with content, excerpt, sectors and hero image', async () => {
    const { res, text } = await get('/fr/feed.xml', 'application/rss+xml');
    expect(res.headers.get('etag')).toBeTruthy();
    const lastModified = Date.parse(res.headers.get('last-modified') ?? '');
    expect(lastModified).toBeLessThanOrEqual(demoNow().getTime());
    expect(res.headers.get('cache-control')).toContain('max-age=60');
    const feed = await parser.parseString(text);
    expect(feed.title).toBe('Skywin Wallonie – Actualités');
    expect(feed.link).toBe(`${base}/fr/actualites`);
    expect(feed.items).toHaveLength(20);
    const dates = feed.items.map((i) => Date.parse(i.isoDate!));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const first = feed.items[0]!;
    expect(first.link).toMatch(new RegExp(`^${base}/fr/actualites/[a-z0-9-]+$`));
    expect(first.guid).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(first.contentEncoded).toMatch(/<p>/);
    expect(first.contentSnippet?.length).toBeGreaterThan(20);
    expect(first.categories?.length).toBeGreaterThan(0);
    const withImage = feed.items.find((i) => i.enclosure);
    expect(withImage?.enclosure?.url).toMatch(new RegExp(`^${base}/media/`));
    expect(withImage?.enclosure?.type).toMatch(/^image\//);
    expect(Number(withImage?.enclosure?.length)).toBeGreaterThan(0);
    expect(withImage?.mediaContent?.$.medium).toBe('image');
  });

  it('serves the delegation article in the feeds with its real content', async () => {
    const { text } = await get('/fr/feed.xml', 'application/rss+xml');
    const feed = await parser.parseString(text);
    const item = feed.items.find((i) => i.link?.endsWith('/delegation-asie-centrale-redu-liege'));
    expect(item, 'delegation article in the French feed').toBeDefined();
    expect(labels(item!)).toContain('Spatial');
    expect(item!.contentEncoded).toContain('Redu');
    // Links inside the content are absolute.
    expect(item!.contentEncoded).not.toMatch(/(?:href|src)="\/(?!\/)/);
  });

  it('marks French entries in the English feed with their language', async () => {
    const { text } = await get('/en/feed.xml', 'application/rss+xml');
    const feed = await parser.parseString(text);
    expect(feed.title).toBe('Skywin Wallonia – News');
    expect(feed.items).toHaveLength(20);
    for (const item of feed.items) expect(item.link).toMatch(new RegExp(`^${base}/en/news/`));
    const french = feed.items.filter((i) => i.dcLanguage === 'fr');
    const english = feed.items.filter((i) => i.dcLanguage === 'en');
    expect(english.length).toBeGreaterThan(0);
    for (const i of french) expect(i.title).toMatch(/\(in French\)$/);
    for (const i of english) expect(i.title).not.toMatch(/\(in French\)$/);
  });

  it('serves Atom 1.0 with ids, dates, summary, HTML content and the entry language', async () => {
    const { text } = await get('/en/atom.xml', 'application/atom+xml');
    expect(text).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    const feed = await parser.parseString(text);
    expect(feed.title).toBe('Skywin Wallonia – News');
    expect(feed.items).toHaveLength(20);
    for (const item of feed.items) {
      expect(item.id).toMatch(/^urn:uuid:/);
      expect(item.link).toMatch(new RegExp(`^${base}/en/news/`));
      expect(item.isoDate).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(item.content).toMatch(/<p>/);
      expect(item.summary?.length).toBeGreaterThan(10);
    }
    expect(text).toMatch(/<entry xml:lang="fr">/);
    expect(text).toMatch(
      /<link rel="enclosure" href="http:\/\/localhost:3000\/media\/[^"]+" type="image\//,
    );
    expect(text).toContain(
      `<link rel="self" href="${base}/en/atom.xml" type="application/atom+xml"/>`,
    );
  });

  it('serves JSON Feed 1.1 with the required members', async () => {
    const { text } = await get('/fr/feed.json', 'application/feed+json');
    const feed = JSON.parse(text) as Record<string, unknown> & { items: Record<string, unknown>[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Skywin Wallonie – Actualités');
    expect(feed.home_page_url).toBe(`${base}/fr/actualites`);
    expect(feed.feed_url).toBe(`${base}/fr/feed.json`);
    expect(feed.language).toBe('fr');
    expect(feed.items).toHaveLength(20);
    const ids = new Set<unknown>();
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      ids.add(item.id);
      expect(item.url).toMatch(new RegExp(`^${base}/fr/actualites/`));
      expect(typeof item.content_html).toBe('string');
      expect(typeof item.summary).toBe('string');
      expect(Date.parse(item.date_published as string)).not.toBeNaN();
      expect(Array.isArray(item.tags)).toBe(true);
      expect(item.language).toMatch(/^(fr|en)$/);
    }
    expect(ids.size).toBe(20);
    expect(feed.items.some((i) => typeof i.image === 'string')).toBe(true);
  });

  it('serves a sector feed holding only that sector, under translated segments', async () => {
    const { text } = await get('/en/sectors/space/feed.xml', 'application/rss+xml');
    const feed = await parser.parseString(text);
    expect(feed.title).toBe('Skywin Wallonia – Space');
    expect(feed.link).toBe(`${base}/en/sectors/space`);
    expect(feed.items.length).toBeGreaterThanOrEqual(4);
    for (const item of feed.items) expect(labels(item)).toContain('Space');
    const atom = await parser.parseString(
      (await get('/fr/secteurs/spatial/atom.xml', 'application/atom+xml')).text,
    );
    expect(atom.items.length).toBe(feed.items.length);
    const json = JSON.parse(
      (await get('/fr/secteurs/drones/feed.json', 'application/feed+json')).text,
    ) as {
      items: { tags: string[] }[];
    };
    for (const item of json.items) expect(item.tags).toContain('Drones');
  });

  it('answers 404 for the feed of an unknown sector', async () => {
    const res = await site.app.request('/fr/secteurs/nope/feed.xml');
    expect(res.status).toBe(404);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await site.app.request('/fr/feed.json');
    const etag = first.headers.get('etag')!;
    const again = await site.app.request('/fr/feed.json', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('serves every upcoming event in one iCalendar file, with the per-event UIDs', async () => {
    const { text } = await get('/fr/agenda.ics', 'text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.uid).toMatch(/^event-[0-9a-f-]+@localhost$/);
      expect(e.endDate.toJSDate().getTime()).toBeGreaterThanOrEqual(demoNow().getTime());
      expect(e.summary.length).toBeGreaterThan(3);
    }
    const starts = events.map((e) => e.startDate.toJSDate().getTime());
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    // The same UID as the event's own .ics, so calendars do not duplicate it.
    const url = events[0]!.component.getFirstPropertyValue('url') as string;
    const single = await site.app.request(`${url.replace(base, '')}.ics`);
    expect(await single.text()).toContain(`UID:${events[0]!.uid}`);
    const en = await get('/en/events.ics', 'text/calendar');
    expect(en.text.match(/BEGIN:VEVENT/g)).toHaveLength(events.length);
  });
});
