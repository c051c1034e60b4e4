// Source rows → documents: what each kind of content is indexed under (title vs body terms,
// sectors, year, dates) and what a result shows. Used by indexing and by result pages alike.
import { indexTerms } from './normalise.js';
import type { ArticleSourceRow, EntitySources, NewSearchDocument } from './search.repository.js';
import type { SearchType } from '../db/tables/search.table.js';
import { htmlToText } from './snippet.js';

/** One document before indexing: the original text, as results show it. */
export interface SourceDocument {
  type: SearchType;
  entityId: string;
  locale: string;
  slug: string;
  title: string;
  /** What a result shows as its title, when not `title`. */
  shownTitle?: string;
  /**
   * What the document is about besides its title, each indexed apart (see `aboutSeparator`): an
   * article's kicker and the entities its confirmed mentions name; an entity's names.
   */
  about: string[];
  body: string;
  sectors: string[];
  datedAt: string | null;
  visibleFrom: string | null;
}

export function docKey(type: SearchType, entityId: string, locale: string): string {
  return `${type}:${entityId}:${locale}`;
}

export function articleDocuments(
  rows: ArticleSourceRow[],
  sectors: { id: string; slug: string }[],
): SourceDocument[] {
  const byArticle = groupSlugs(sectors);
  return rows.map((r) => ({
    type: 'article',
    entityId: r.article_id,
    locale: r.locale,
    slug: r.slug,
    title: r.title,
    about: [r.kicker, ...r.mentions],
    body: `${htmlToText(r.body_html)}\n${r.keywords}`.trim(),
    sectors: byArticle.get(r.article_id) ?? [],
    datedAt: r.published_at,
    visibleFrom: r.published_at,
  }));
}

/** An entity is a document per locale it has text in, or one in `defaultLocale` if none. */
export function entityDocuments(
  type: Exclude<SearchType, 'article'>,
  sources: EntitySources,
  defaultLocale: string,
): SourceDocument[] {
  const sectors = groupSlugs(sources.sectors);
  return sources.entities.flatMap((e) => {
    const texts = sources.texts.filter((t) => t.id === e.id);
    const versions: EntitySources['texts'] =
      texts.length > 0 ? texts : [{ id: e.id, locale: defaultLocale, title: null, text: '' }];
    return versions.map((v) => ({
      type,
      entityId: e.id,
      locale: v.locale,
      slug: v.slug ?? e.slug,
      title: [v.title ?? '', e.title].join(' ').trim(),
      ...(e.shown !== undefined ? { shownTitle: v.title ?? e.shown } : {}),
      about: e.names,
      // The entity's own text first: it is what a snippet should show before aliases and places.
      body: `${v.text}\n${e.extra}`.trim(),
      sectors: sectors.get(e.id) ?? [],
      datedAt: e.dated_at,
      visibleFrom: null,
    }));
  });
}

function groupSlugs(rows: { id: string; slug: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.slug]);
  return out;
}

/** FNV-1a, 20 bits: spreads documents of the same second over distinct rank keys. */
function hash20(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h & 0xfffff;
}

const entityBand = 2 ** 51;

/**
 * The engine order key: evergreen entities above everything, then by date (seconds), then a
 * hash; below 2^52, so exact in a JavaScript number and a 64-bit integer.
 */
export function rankKey(doc: SourceDocument): number {
  const seconds = doc.datedAt ? Math.floor(Date.parse(doc.datedAt) / 1000) : 0;
  const clamped = Math.min(Math.max(Number.isFinite(seconds) ? seconds : 0, 0), 2 ** 31 - 1);
  const band = doc.type === 'article' ? 0 : entityBand;
  return band + clamped * 2 ** 20 + hash20(docKey(doc.type, doc.entityId, doc.locale));
}

/**
 * Stored between the title's terms and each part of what a document is about, in `title_terms`:
 * never a term (terms are letters and digits), a separator to FTS5's ascii tokenizer, a lexeme no
 * query names on PostgreSQL. The ranking reads the parts apart (rank.ts).
 */
export const aboutSeparator = '|';

/** The title's terms, then each non-empty part of `about`, separated by `aboutSeparator`. */
export function titleTerms(title: string, about: readonly string[]): string {
  const parts = [indexTerms(title).join(' ')];
  for (const text of about) {
    const terms = indexTerms(text).join(' ');
    if (terms) parts.push(terms);
  }
  return parts.join(` ${aboutSeparator} `);
}

export function toIndexDocument(doc: SourceDocument): NewSearchDocument {
  const year = doc.datedAt ? Number(doc.datedAt.slice(0, 4)) : null;
  return {
    rank_key: rankKey(doc),
    doc_key: docKey(doc.type, doc.entityId, doc.locale),
    type: doc.type,
    entity_id: doc.entityId,
    locale: doc.locale,
    title_terms: titleTerms(doc.title, doc.about),
    body_terms: indexTerms(doc.body).join(' '),
    sectors: doc.sectors.length ? ` ${doc.sectors.join(' ')} ` : '',
    year: year !== null && Number.isFinite(year) ? year : null,
    dated_at: doc.datedAt,
    visible_from: doc.visibleFrom,
  };
}
