// Links the first mention of each confirmed entity in an article's sanitised HTML to its page.
// Works on the HTML produced by renderMarkdown. Where the link goes: the first occurrence in the
// body's prose, that is text inside a paragraph or a list item, never in a heading (a subheading
// naming the entity is a title, not the sentence that introduces it), an existing link, code or a
// tag. The occurrence may use any of the entity's names (the words stored for the mention, its
// full name, its acronym): detection stores the first occurrence of the whole text, which may be
// a subheading written differently from the prose.

export interface MentionLink {
  /** The words as written in the article. */
  surface: string;
  /** Other names of the entity the prose may use instead (full name, acronym). */
  alternatives?: readonly string[];
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

/** Elements whose text is prose; elements whose text never gets a link, even inside prose. */
const proseTags = new Set(['p', 'li']);
const skippedTags = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The earliest match of any pattern in `text` (the longest when two start together). */
function firstMatch(text: string, patterns: readonly RegExp[]) {
  let best: RegExpExecArray | null = null;
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (
      m &&
      (!best || m.index < best.index || (m.index === best.index && m[0].length > best[0].length))
    )
      best = m;
  }
  return best;
}

/** Wraps one occurrence: the first in prose, outside links, headings, code and tags. */
function linkFirst(html: string, link: MentionLink): string {
  const surfaces = [link.surface, ...(link.alternatives ?? [])].filter((s) => s.trim());
  const patterns = [...new Set(surfaces)].map(surfacePattern);
  const pieces = html.split(/(<[^>]*>)/);
  let inProse = 0;
  let skipped = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.startsWith('<')) {
      const tag = /^<\/?\s*([a-z0-9]+)/i.exec(piece)?.[1]?.toLowerCase();
      const step = piece.startsWith('</') ? -1 : piece.endsWith('/>') ? 0 : 1;
      if (tag && proseTags.has(tag)) inProse += step;
      if (tag && skippedTags.has(tag)) skipped += step;
      continue;
    }
    if (inProse <= 0 || skipped > 0) continue;
    const match = firstMatch(piece, patterns);
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
  return ordered.reduce((out, link) => linkFirst(out, link), html);
}
