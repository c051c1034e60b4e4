// JSON Feed 1.1 (https://jsonfeed.org/version/1.1).
import type { FeedDocument } from './feed.document.js';

export const jsonFeedVersion = 'https://jsonfeed.org/version/1.1';

export function renderJsonFeed(feed: FeedDocument): string {
  return JSON.stringify({
    version: jsonFeedVersion,
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.self.json,
    description: feed.description,
    icon: feed.iconUrl,
    favicon: feed.iconUrl,
    language: feed.language,
    authors: [{ name: feed.author }],
    items: feed.items.map((i) => ({
      id: i.id,
      url: i.url,
      title: i.title,
      content_html: i.contentHtml,
      summary: i.summary,
      ...(i.image ? { image: i.image.url } : {}),
      date_published: new Date(i.published).toISOString(),
      date_modified: new Date(i.updated).toISOString(),
      tags: i.categories.map((c) => c.label),
      language: i.language,
      authors: [{ name: i.author ?? feed.author }],
      ...(i.image
        ? {
            attachments: [
              { url: i.image.url, mime_type: i.image.type, size_in_bytes: i.image.length },
            ],
          }
        : {}),
    })),
  });
}
