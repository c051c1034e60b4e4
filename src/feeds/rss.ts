// RSS 2.0 with the content (content:encoded), Media RSS and Dublin Core extensions.
import type { FeedDocument } from './feed.document.js';
import { element, rfc822, xmlEscape } from './xml.js';

export function renderRss(feed: FeedDocument): string {
  const items = feed.items.map((i) =>
    [
      '<item>',
      element('title', i.title),
      element('link', i.url),
      `<guid isPermaLink="false">${xmlEscape(i.id)}</guid>`,
      element('pubDate', rfc822(i.published)),
      element('dc:language', i.language),
      element('dc:creator', i.author),
      ...i.categories.map((c) => element('category', c.label, ` domain="${xmlEscape(c.term)}"`)),
      // RSS readers render <description> as HTML: the plain-text summary is escaped as HTML
      // first, so markup typed into an excerpt shows as text, never as elements.
      element('description', xmlEscape(i.summary)),
      element('content:encoded', i.contentHtml),
      i.image
        ? `<enclosure url="${xmlEscape(i.image.url)}" length="${i.image.length}" type="${xmlEscape(i.image.type)}"/>` +
          `<media:content url="${xmlEscape(i.image.url)}" medium="image" type="${xmlEscape(i.image.type)}" width="${i.image.width}" height="${i.image.height}"/>`
        : '',
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    '<channel>',
    element('title', feed.title),
    element('link', feed.homeUrl),
    element('description', feed.description),
    element('language', feed.language),
    element('lastBuildDate', rfc822(feed.updated)),
    `<atom:link href="${xmlEscape(feed.self.rss)}" rel="self" type="application/rss+xml"/>`,
    `<image>${element('url', feed.iconUrl)}${element('title', feed.title)}${element('link', feed.homeUrl)}</image>`,
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
