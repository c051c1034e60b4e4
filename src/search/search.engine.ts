// The one search interface every engine implements (search.sqlite.ts, search.postgres.ts): both
// receive the same normalised terms and return the same documents in the same order, so ranking
// (done in TypeScript over what they return) is identical on SQLite and PostgreSQL.
import type { DialectName } from '../db/database.js';
import type { QueryTerm } from './normalise.js';
import type { SearchDb, SearchType } from '../db/tables/search.table.js';

/** Filters a reader chose from the facets; absent means any. */
export interface SearchFilter {
  type?: SearchType | undefined;
  sector?: string | undefined;
  year?: number | undefined;
  locale?: string | undefined;
}

export interface EngineQuery {
  terms: QueryTerm[];
  filter: SearchFilter;
  /** Articles published after this instant are not found yet. */
  now: string;
}

/** A matching document as the engines return it: enough to count, filter and deduplicate. */
export interface MatchRow {
  rank_key: number;
  type: SearchType;
  entity_id: string;
  locale: string;
  sectors: string;
  year: number | null;
  dated_at: string | null;
}

export interface SearchEngine {
  readonly dialect: DialectName;
  /**
   * Documents where every term matches (in the title only when `titleOnly`), highest rank key
   * first, at most `limit`. Both engines walk their index in that order and stop early.
   */
  listMatches(query: EngineQuery, opts: { limit: number; titleOnly: boolean }): Promise<MatchRow[]>;
  /**
   * Notes the terms of documents just written outside a full rebuild (same transaction): the
   * SQLite engine lists every indexed term to expand prefixes with.
   */
  remember(
    trx: SearchDb,
    docs: readonly { title_terms: string; body_terms: string }[],
  ): Promise<void>;
  /** Drops the engine's index entries of documents about to be deleted (same transaction). */
  forget(trx: SearchDb, type: SearchType, entityIds: readonly string[]): Promise<void>;
  /** Drops every index entry, before every document is deleted. */
  forgetAll(trx: SearchDb): Promise<void>;
  /** Housekeeping after a full rebuild (merging segments, refreshing statistics). */
  afterRebuild(): Promise<void>;
}
