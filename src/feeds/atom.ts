// Atom 1.0 (RFC 4287): entries carry their language (xml:lang), HTML content and the hero image
// as an enclosure link.
import type { FeedDocument } from './feed.document.js';
import { element, w3cDate, xmlEscape } from './xml.js';

const link = (rel: string, href: string, extra = '') =>
  `<link rel="${rel}" href="${xmlEscape(href)}"${extra}/>`;

export function renderAtom(feed: FeedDocument): string {
  const entries = feed.items.map((i) =>
    [
      `<entry xml:lang="${xmlEscape(i.language)}">`,
      element('id', i.id),
      element('title', i.title),
      link('alternate', i.url, ' type="text/html"'),
      element('published', w3cDate(i.published)),
      element('updated', w3cDate(i.updated)),
      `<author>${element('name', i.author ?? feed.author)}</author>`,
      ...i.categories.map(
        (c) => `<category term="${xmlEscape(c.term)}" label="${xmlEscape(c.label)}"/>`,
      ),
      element('summary', i.summary, ' type="text"'),
      element('content', i.contentHtml, ' type="html"'),
      i.image
        ? link(
            'enclosure',
            i.image.url,
            ` type="${xmlEscape(i.image.type)}" length="${i.image.length}"`,
          )
        : '',
      '</entry>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.language)}">`,
    element('id', feed.self.atom),
    element('title', feed.title),
    element('subtitle', feed.description),
    element('updated', w3cDate(feed.updated)),
    link('self', feed.self.atom, ' type="application/atom+xml"'),
    link('alternate', feed.homeUrl, ' type="text/html"'),
    `<author>${element('name', feed.author)}</author>`,
    element('icon', feed.iconUrl),
    element('generator', 'Constellation'),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
