// The contexts of the entity inbox: a few words either side of each occurrence of a suggested
// name, cut at word boundaries, with Markdown's marks taken out of what the editor reads.

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

const reach = 80;
const maxPerText = 3;

const plain = (s: string) =>
  s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>`|]+/g, ' ')
    .replace(/\s+/g, ' ');

function cut(text: string, start: number, end: number, floor: number): Snippet {
  let from = Math.max(start >= floor ? floor : 0, start - reach);
  let to = Math.min(text.length, end + reach);
  const clipped = from > 0 && from !== floor;
  if (clipped) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  const before = plain(text.slice(from, start)).trimStart();
  const after = plain(text.slice(end, to)).trimEnd();
  return {
    before: (clipped ? '… ' : '') + before,
    match: text.slice(start, end),
    after: after + (to < text.length ? ' …' : ''),
  };
}

/**
 * Up to three occurrences of `surface` in `text`: the stored one (`start`, `end`) first, then
 * the next ones written the same way. A context in the body does not reach back past `floor`
 * (where the body starts, so the title is not repeated in it).
 */
export function snippetsOf(
  text: string,
  surface: string,
  start: number,
  end: number,
  floor = 0,
): Snippet[] {
  const found: Snippet[] = [];
  const positions: number[] = [];
  if (start >= 0 && end <= text.length && text.slice(start, end) === surface) positions.push(start);
  for (let at = text.indexOf(surface); at !== -1 && surface; at = text.indexOf(surface, at + 1)) {
    if (positions.length >= maxPerText) break;
    if (!positions.includes(at)) positions.push(at);
  }
  for (const at of positions) found.push(cut(text, at, at + surface.length, floor));
  return found;
}
