// Detection on worker threads gives what detection in-process gives, text by text and in order.
import { describe, expect, it } from 'vitest';
import { corpus, corpusEntities } from '../../test/support/detect-corpus.js';
import { inProcessDetection, startDetectPool } from './detect.pool.js';

describe('detection on worker threads', () => {
  it('finds the same mentions and suggestions as in-process detection, in order', async () => {
    const texts = corpus.map((c) => ({ locale: c.lang, text: c.text }));
    const local = await inProcessDetection(corpusEntities).detect(texts);
    const pool = startDetectPool(corpusEntities, 2);
    try {
      const threaded = await pool.detect(texts);
      expect(threaded).toEqual(local);
      expect(threaded.some((d) => d.suggestions.length > 0)).toBe(true);
      expect(pool.threads()).toBe(2);
      // A second batch on the same threads.
      expect(await pool.detect(texts.slice(0, 3))).toEqual(local.slice(0, 3));
    } finally {
      await pool.close();
    }
  }, 60_000);
});
