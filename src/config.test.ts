import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has defaults for a quick start', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: './data/constellation.db',
      baseUrl: 'http://localhost:3000',
      logLevel: 'info',
      pageCacheMb: 64,
    });
  });

  it('reads and normalises the environment', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u@db/x',
      BASE_URL: 'https://news.example.org/',
      LOG_LEVEL: 'warn',
      PAGE_CACHE_MB: '0',
    });
    expect(config).toMatchObject({
      port: 8080,
      baseUrl: 'https://news.example.org',
      logLevel: 'warn',
      pageCacheMb: 0,
    });
  });

  it('refuses invalid values with a message naming each variable', () => {
    expect(() => loadConfig({ PORT: 'abc', BASE_URL: 'news', LOG_LEVEL: 'loud' })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ PAGE_CACHE_MB: '-1' })).toThrow(/PAGE_CACHE_MB/);
    expect(() => loadConfig({ PAGE_CACHE_MB: 'lots' })).toThrow(/PAGE_CACHE_MB/);
    try {
      loadConfig({ PORT: '70000', BASE_URL: 'ftp://x', LOG_LEVEL: 'loud' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('BASE_URL');
      expect(message).toContain('LOG_LEVEL');
    }
  });
});
