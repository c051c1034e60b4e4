// WordPress post HTML → our Markdown: block-editor comments and shortcodes removed, wpautop's
// paragraphs made, what our pages would not show (scripts, frames, forms, event handlers,
// javascript: links) removed and listed, images pointed at the media library, then turndown.
import { load } from 'cheerio';
import TurndownService from 'turndown';

export interface ConvertedBody {
  markdown: string;
  /** What was removed, in words, for the report (« <script> », « onclick on <a> »…). */
  removed: string[];
  /** Image sources that could not be resolved to a media (listed in the report). */
  missingImages: string[];
}

const knownShortcodes = new Set([
  'audio',
  'caption',
  'contact-form-7',
  'embed',
  'gallery',
  'playlist',
  'video',
  'wp_caption',
]);
const blockStart =
  /^<(p|div|h[1-6]|ul|ol|li|blockquote|figure|figcaption|table|thead|tbody|tr|pre|hr|dl|section|article|aside|address|form|script|style|iframe|object)\b/i;
const dropped = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'svg',
  'math',
  'noscript',
  'link',
  'meta',
  'base',
  'template',
  'canvas',
];

/** Removes comments (block-editor markup, `<!--more-->`) and shortcodes, keeping their text. */
export function stripWordpressMarkup(content: string, removed: string[]): string {
  let html = content.replace(/<!--[\s\S]*?-->/g, '');
  html = html.replace(
    /\[(caption|wp_caption)[^\]]*\]([\s\S]*?)\[\/\1\]/g,
    (_m, _name: string, inner: string) => {
      const image = /<img[^>]*>/i.exec(inner)?.[0] ?? '';
      const text = inner.replace(/<a[^>]*>\s*<img[^>]*>\s*<\/a>|<img[^>]*>/i, '').trim();
      return `${image}\n\n${text ? `<p><em>${text}</em></p>` : ''}\n\n`;
    },
  );
  html = html.replace(/\[embed[^\]]*\]([\s\S]*?)\[\/embed\]/g, (_m, url: string) => {
    const href = url.trim();
    return /^https?:\/\//i.test(href) ? `<p><a href="${href}">${href}</a></p>` : '';
  });
  // Paired shortcodes keep what they wrap; single ones (with attributes, or known) go away.
  html = html.replace(
    /\[([a-z][\w-]*)(\s[^\]]*)?\]([\s\S]*?)\[\/\1\]/g,
    (_m, name: string, _a, inner: string) => {
      removed.push(`shortcode [${name}]`);
      return inner;
    },
  );
  html = html.replace(
    /\[([a-z][\w-]*)(\s+[\w-]+\s*=[^\]]*|\s*\/)?\]/g,
    (match, name: string, attrs?: string) => {
      if (!attrs && !knownShortcodes.has(name)) return match;
      removed.push(`shortcode [${name}]`);
      return '';
    },
  );
  return html;
}

/** wpautop's rule: text between blank lines that is not a block element becomes a paragraph. */
export function autoParagraphs(html: string): string {
  return html
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (blockStart.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`))
    .join('\n');
}

const turndown = new TurndownService({
  headingStyle: 'atx',
  bulletListMarker: '-',
  codeBlockStyle: 'fenced',
  emDelimiter: '*',
});

/**
 * Converts one post's content. `imageSource` maps an `<img src>` to its media URL, or undefined
 * when the file is not in the library (the image is then dropped and listed).
 */
export function convertPostContent(
  content: string,
  imageSource: (src: string) => string | undefined,
): ConvertedBody {
  const removed: string[] = [];
  const missingImages: string[] = [];
  const html = autoParagraphs(stripWordpressMarkup(content, removed));
  const $ = load(html, null, false);
  for (const tag of dropped) {
    $(tag).each((_i, el) => {
      const src = $(el).attr('src') ?? $(el).attr('action') ?? $(el).attr('data');
      removed.push(`<${tag}>${src ? ` ${src.slice(0, 120)}` : ''}`);
      $(el).remove();
    });
  }
  $('*').each((_i, el) => {
    if (!('attribs' in el)) return;
    for (const name of Object.keys(el.attribs)) {
      if (/^on/i.test(name)) {
        removed.push(`${name} on <${el.tagName}>`);
        $(el).removeAttr(name);
      }
    }
    const href = el.attribs.href;
    if (
      href !== undefined &&
      !/^(https?:|mailto:|\/|#|\?)/i.test(href.trim()) &&
      /^[\w+.-]+:/.test(href.trim())
    ) {
      removed.push(`${href.trim().split(':')[0]!.toLowerCase()}: link`);
      $(el).removeAttr('href');
    }
  });
  $('img').each((_i, el) => {
    const src = ($(el).attr('src') ?? '').trim();
    const resolved = src ? imageSource(src) : undefined;
    if (resolved) {
      $(el).attr('src', resolved);
      for (const name of Object.keys(el.attribs))
        if (name !== 'src' && name !== 'alt') $(el).removeAttr(name);
    } else {
      missingImages.push(src || '(an image without a source)');
      $(el).remove();
    }
  });
  const markdown = turndown
    .turndown($.html())
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { markdown, removed, missingImages };
}
