// Environment → typed, validated configuration; an invalid value stops the boot with a clear message.
import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const schema = z.object({
  PORT: z.coerce
    .number({ error: 'PORT must be a number' })
    .int('PORT must be a whole number')
    .min(1, 'PORT must be between 1 and 65535')
    .max(65535, 'PORT must be between 1 and 65535')
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .min(1, 'DATABASE_URL must not be empty')
    .default('./data/constellation.db'),
  BASE_URL: z
    .url({ error: 'BASE_URL must be an absolute http(s) URL, e.g. https://news.example.org' })
    .refine((u) => /^https?:\/\//.test(u), 'BASE_URL must start with http:// or https://')
    .optional(),
  MEDIA_DIR: z.string().min(1).default('./data/media'),
  LOG_LEVEL: z
    .enum(logLevels, { error: `LOG_LEVEL must be one of ${logLevels.join(', ')}` })
    .default('info'),
  PAGE_CACHE_MB: z.coerce
    .number({ error: 'PAGE_CACHE_MB must be a number' })
    .int('PAGE_CACHE_MB must be a whole number of megabytes')
    .min(0, 'PAGE_CACHE_MB must be 0 (no cache) or more')
    .max(4096, 'PAGE_CACHE_MB must be at most 4096')
    .default(64),
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must have at least 16 characters').optional(),
  METRICS_PORT: z.coerce
    .number({ error: 'METRICS_PORT must be a number' })
    .int('METRICS_PORT must be a whole number')
    .min(1, 'METRICS_PORT must be between 1 and 65535')
    .max(65535, 'METRICS_PORT must be between 1 and 65535')
    .optional(),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  /** Public origin without trailing slash; used for canonical links. */
  baseUrl: string;
  logLevel: (typeof logLevels)[number];
  /** Directory of uploaded media files, served under /media/. */
  mediaDir: string;
  /** Memory for rendered public pages, in MB (0: every page is rendered for each request). */
  pageCacheMb: number;
  /** /metrics on the site's port behind this bearer token (none: not served there). */
  metricsToken: string | undefined;
  /** /metrics alone on this port of `metricsHost` (none: no internal listener). */
  metricsPort: number | undefined;
  metricsHost: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration from an environment; throws ConfigError listing every invalid variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const input = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    baseUrl: (c.BASE_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
    logLevel: c.LOG_LEVEL,
    mediaDir: c.MEDIA_DIR,
    pageCacheMb: c.PAGE_CACHE_MB,
    metricsToken: c.METRICS_TOKEN,
    metricsPort: c.METRICS_PORT,
    metricsHost: c.METRICS_HOST,
  };
}
