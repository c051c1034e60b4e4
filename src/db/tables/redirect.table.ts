// Kysely table type for redirects: an old address answered with 301/302 (DESIGN §3).

export type RedirectStatus = 301 | 302;
/** Who made the redirect: an admin, a slug change of a published page, or an import. */
export type RedirectOrigin = 'manual' | 'slug' | 'import';

export interface RedirectTable {
  id: string;
  /** The old address: a path, plus its query string when the old site used one (`/?p=12`). */
  source_path: string;
  /** A path on this site or an absolute http(s) URL; never itself a redirect's source. */
  target: string;
  status_code: number;
  origin: string;
  hits: number;
  last_hit_at: string | null;
  created_at: string;
  updated_at: string;
}
