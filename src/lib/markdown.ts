// Markdown source → sanitised HTML. Editors' text is never trusted: raw HTML is escaped by marked's
// renderer override and the output goes through an allow-list sanitiser as a second wall.
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    // Raw HTML in Markdown is shown as text, not interpreted.
    html({ text }) {
      return escapeHtml(text);
    },
  },
});

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2',
    'h3',
    'h4',
    'p',
    'br',
    'hr',
    'ul',
    'ol',
    'li',
    'blockquote',
    'strong',
    'em',
    'del',
    'code',
    'pre',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'sup',
    'sub',
    'img',
  ],
  // Images only from our own media library (an imported post's inline images); any other
  // source, data: and remote URLs included, is dropped with its tag.
  exclusiveFilter: (frame) =>
    frame.tag === 'img' && !/^\/media\/(?!.*\.\.)[\w\-/.]+$/.test(frame.attribs.src ?? ''),
  allowedAttributes: { a: ['href', 'title'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  transformTags: {
    // A body's top heading level is h2 (the page title is the h1); deeper levels shift down.
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? '');
      return {
        tagName,
        attribs: external ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
      };
    },
  },
};
allowed.allowedAttributes = {
  ...allowed.allowedAttributes,
  a: ['href', 'title', 'rel'],
  img: ['src', 'alt'],
};

/** Renders editor Markdown to HTML that is safe to insert with raw(). */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return sanitizeHtml(html, allowed);
}
