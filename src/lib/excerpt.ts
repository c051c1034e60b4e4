// Plain-text excerpts from Markdown: cut at a word boundary, never inside a character or syntax.
import { Lexer, type Token } from 'marked';

const ellipsis = ' (...)';

/** The prose of a Markdown document (paragraphs and list items), without any Markdown syntax. */
export function markdownToPlainText(markdown: string): string {
  const parts: string[] = [];
  const walkBlocks = (tokens: Token[]): void => {
    for (const token of tokens) {
      switch (token.type) {
        case 'paragraph':
          parts.push(inlineText(token.tokens ?? []));
          break;
        case 'list':
          for (const item of (token as { items: { tokens: Token[] }[] }).items)
            walkBlocks(item.tokens);
          break;
        case 'text':
          parts.push(token.tokens ? inlineText(token.tokens) : String(token.text));
          break;
        case 'blockquote':
          walkBlocks(token.tokens ?? []);
          break;
        default:
          break; // headings, code, tables, html, rules: not prose for an excerpt
      }
    }
  };
  walkBlocks(new Lexer().lex(markdown));
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function inlineText(tokens: Token[]): string {
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'escape':
      case 'codespan':
        out +=
          'tokens' in token && token.tokens
            ? inlineText(token.tokens)
            : decodeEntities(String(token.text));
        break;
      case 'br':
        out += ' ';
        break;
      case 'html':
      case 'image':
        break;
      default:
        out += 'tokens' in token && token.tokens ? inlineText(token.tokens) : '';
    }
  }
  return out;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Printable ASCII, Latin-1 and Latin Extended letters: no combining mark, joiner or surrogate. */
const singleCharGraphemes = /^[\x20-\x7e\xa0-\u02ff]*$/;

/**
 * The first `count` graphemes of `text` (fewer when it has fewer). The segmenter reads the whole
 * string it is given, which costs more than the rest of an excerpt on a long body: a prefix is
 * segmented first, and its graphemes are exact but for its last one, which a cut may split.
 */
function firstGraphemes(text: string, count: number): string[] {
  // Latin text without combining marks: each character is a grapheme (the one after the last
  // is looked at too, as a mark there would join it).
  const head = text.slice(0, count + 1);
  if (singleCharGraphemes.test(head)) return head.slice(0, count).split('');
  const prefix = text.slice(0, count * 8);
  const graphemes: string[] = [];
  for (const s of segmenter.segment(prefix)) {
    graphemes.push(s.segment);
    if (graphemes.length > count) return graphemes.slice(0, count);
  }
  if (prefix.length === text.length) return graphemes;
  graphemes.length = 0;
  for (const s of segmenter.segment(text)) {
    graphemes.push(s.segment);
    if (graphemes.length === count) break;
  }
  return graphemes;
}

/**
 * Cuts plain text to at most `max` characters (graphemes), suffix included, at a word boundary,
 * and ends it with " (...)" when something was cut. Text that fits is returned whole.
 */
export function cutExcerpt(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  // A grapheme is at least one code unit: text this short fits whatever its characters.
  if (clean.length <= max) return clean;
  const graphemes = firstGraphemes(clean, max + 1);
  if (graphemes.length <= max) return clean;
  const room = max - ellipsis.length;
  let end = room;
  // Walk back to a space so no word is cut; a single huge word is cut at a grapheme boundary.
  while (end > 0 && graphemes[end] !== ' ') end--;
  if (end === 0) end = room;
  const head = graphemes
    .slice(0, end)
    .join('')
    .replace(/[\s,;:.!?«"“(–—-]+$/u, '');
  return head + ellipsis;
}

/** The excerpt of an article: its manual excerpt if any, else the start of its body. */
export function articleExcerpt(
  manual: string | null | undefined,
  bodyMarkdown: string,
  max = 160,
): string {
  const source = manual?.trim() ? manual : markdownToPlainText(bodyMarkdown);
  return cutExcerpt(source, max);
}
