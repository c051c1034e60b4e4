// Highlighted snippets: the words of the original text whose terms match the query, as segments
// the page renders with <mark> (the text itself stays escaped by JSX).
import { indexTerms, termMatches, type QueryTerm } from './normalise.js';

export interface Segment {
  text: string;
  mark: boolean;
}

const wordPattern = /[\p{L}\p{N}\p{M}]+/gu;

function matches(word: string, query: readonly QueryTerm[]): boolean {
  return indexTerms(word).some((t) => query.some((q) => termMatches(q, t)));
}

/** Splits `text` into marked and unmarked segments. */
export function highlight(text: string, query: readonly QueryTerm[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(wordPattern)) {
    if (!matches(m[0], query)) continue;
    if (m.index > at) out.push({ text: text.slice(at, m.index), mark: false });
    out.push({ text: m[0], mark: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/**
 * About `length` characters of `text` around its first matching word (its beginning when none
 * matches), cut at word boundaries with « … » where text was left out, then highlighted.
 */
export function snippet(text: string, query: readonly QueryTerm[], length = 200): Segment[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  let first = -1;
  for (const m of clean.matchAll(wordPattern)) {
    if (matches(m[0], query)) {
      first = m.index;
      break;
    }
  }
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(length / 4));
  if (start > 0) {
    const space = clean.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(clean.length, start + length);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const body = clean.slice(start, end);
  const segments = highlight(body, query);
  if (start > 0) segments.unshift({ text: '… ', mark: false });
  if (end < clean.length) segments.push({ text: ' …', mark: false });
  return segments;
}

/** Plain text of sanitised HTML: tags dropped, the few entities sanitize-html writes decoded. */
export function htmlToText(html: string): string {
  return (
    html
      // Block tags separate words; inline ones (links, emphasis) sit inside a sentence.
      .replace(/<\/?(?:p|h[1-6]|li|ul|ol|blockquote|br|div|table|tr|td|th|pre|hr)\b[^>]*>/gi, ' ')
      .replace(/<[^>]*>/g, '')
      .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi, (_, dec, hex, name) => {
        const code = dec ? Number(dec) : hex ? parseInt(String(hex), 16) : -1;
        if (code >= 0) return code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
        const named: Record<string, string> = {
          amp: '&',
          lt: '<',
          gt: '>',
          quot: '"',
          apos: "'",
          nbsp: ' ',
        };
        return named[String(name).toLowerCase()] ?? ' ';
      })
  );
}
