// Kysely table type for API rate limiting: hits of one key within one fixed window.

export interface RateLimitTable {
  /** `<policy>:<token id or client address>`. */
  key: string;
  /** Epoch seconds of the window's start (bigint: PostgreSQL returns it as a string). */
  window_start: number | string;
  hits: number;
}
