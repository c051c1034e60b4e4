// RSS fields escaped for their declared type: a reader renders <description> as HTML, so a
// plain-text excerpt holding markup must reach it as text.
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import type { FeedDocument } from './feed.document.js';
import { renderRss } from './rss.js';

const hostile = '<input autofocus onfocus="alert(1)"> & <b>bold</b>';

const feed: FeedDocument = {
  language: 'fr',
  title: 'Test',
  description: 'Un flux',
  homeUrl: 'https://example.org/fr/actualites',
  self: {
    rss: 'https://example.org/fr/feed.xml',
    atom: 'https://example.org/fr/atom.xml',
    json: 'https://example.org/fr/feed.json',
  },
  iconUrl: 'https://example.org/assets/favicon.svg',
  author: 'Test',
  updated: '2026-11-25T12:00:00.000Z',
  items: [
    {
      id: 'urn:uuid:00000000-0000-7000-8000-000000000001',
      url: 'https://example.org/fr/actualites/un',
      title: 'Un',
      language: 'fr',
      summary: hostile,
      contentHtml: '<p>Corps</p>',
      published: '2026-11-25T12:00:00.000Z',
      updated: '2026-11-25T12:00:00.000Z',
      categories: [],
      author: null,
      image: null,
    },
  ],
};

describe('RSS', () => {
  it('escapes the plain-text excerpt as HTML inside <description>, so readers show it as text', async () => {
    const xml = renderRss(feed);
    const item = (await new Parser().parseString(xml)).items[0]!;
    // After XML decoding, the description is HTML whose text is the excerpt, markup included.
    expect(item.content).toBe(
      '&lt;input autofocus onfocus=&quot;alert(1)&quot;&gt; &amp; &lt;b&gt;bold&lt;/b&gt;',
    );
    expect(item.contentSnippet).toBe(hostile);
  });
});
