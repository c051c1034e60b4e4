// Links the first mention of each confirmed entity in an article's sanitised HTML to its page.
// Works on the HTML produced by renderMarkdown: text between tags, never inside a tag, an
// existing link or a heading.

export interface MentionLink {
  /** The words as written in the article. */
  surface: string;
  href: string;
  /** Accessible hint, e.g. "Organisation: Centre Spatial de Liège". */
  title?: string;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** A pattern for `surface` as it appears in escaped HTML text (quotes may be entities). */
function surfacePattern(surface: string): RegExp {
  const parts = [...surface].map((ch) => {
    if (ch === "'") return "(?:'|&#39;|&#x27;|&apos;)";
    if (ch === '"') return '(?:"|&quot;|&#34;)';
    if (ch === '&') return '(?:&amp;|&#38;)';
    if (/\s/.test(ch)) return '\\s+';
    const escaped = escapes[ch] ?? ch;
    return escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('')}(?![\\p{L}\\p{N}])`, 'u');
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"]/g, (c) => escapes[c]!);
}

/** Wraps one occurrence: the first outside links, headings and tags. */
function linkFirst(html: string, link: MentionLink): string {
  const pattern = surfacePattern(link.surface);
  const pieces = html.split(/(<[^>]*>)/);
  let inLink = 0;
  let inHeading = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.startsWith('<')) {
      const tag = /^<\/?\s*([a-z0-9]+)/i.exec(piece)?.[1]?.toLowerCase();
      const closing = piece.startsWith('</');
      if (tag === 'a') inLink += closing ? -1 : 1;
      if (tag && /^h[1-6]$/.test(tag)) inHeading += closing ? -1 : 1;
      continue;
    }
    if (inLink > 0 || inHeading > 0) continue;
    const match = pattern.exec(piece);
    if (!match) continue;
    const title = link.title ? ` title="${escapeAttribute(link.title)}"` : '';
    pieces[i] =
      piece.slice(0, match.index) +
      `<a class="entity-link" href="${escapeAttribute(link.href)}"${title}>${match[0]}</a>` +
      piece.slice(match.index + match[0].length);
    return pieces.join('');
  }
  return html;
}

/** Links the first occurrence of each surface; longer surfaces first so they win overlaps. */
export function linkFirstMentions(html: string, links: readonly MentionLink[]): string {
  const ordered = [...links].sort((a, b) => b.surface.length - a.surface.length);
  return ordered.reduce((out, link) => (link.surface.trim() ? linkFirst(out, link) : out), html);
}
