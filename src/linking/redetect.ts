// Re-detection over the archive (`constellation detect --all`): after the directory grows (new
// entities, aliases, rejected names), every translation is read again with one detector, so
// known entities are loaded once. Decisions already made stand (reconcile.ts): a confirmed or
// rejected mention keeps its state, a suggestion whose entity now exists becomes its mention.
import { availableParallelism } from 'node:os';
import type { Progress } from '../lib/progress.js';
import { translationText } from './detect.js';
import { inProcessDetection, startDetectPool } from './detect.pool.js';
import type { LinkingService } from './linking.service.js';
import type { MentionRepository, TranslationText } from './mention.repository.js';

export interface RedetectReport {
  translations: number;
  /** Open suggestions of new entities across the archive, before and after. */
  suggestedBefore: number;
  suggestedAfter: number;
}

const pageSize = 500;
/** Below this, starting threads costs more than it saves. */
const poolFrom = 2_000;
const usePool = (count: number) => count >= poolFrom && availableParallelism() >= 2;

export async function redetectArchive(
  deps: { linking: LinkingService; mentions: MentionRepository },
  options: {
    since?: string;
    progress: Progress;
    /** Worker threads: by default when the archive is large enough and there are 2 cores. */
    threads?: boolean;
  },
): Promise<RedetectReport> {
  const { linking, mentions } = deps;
  const { since, progress } = options;
  const suggestedBefore = await mentions.countSuggested();
  const total = await mentions.countArchiveTexts(since);
  progress.phase('Detecting entities', total, 'translations');
  const detector = await linking.prepareDetector();
  // Detection runs on worker threads (one per core) while this thread writes the previous page.
  const pool =
    (options.threads ?? usePool(total))
      ? startDetectPool(detector.known)
      : inProcessDetection(detector.known);
  const detectPage = (page: TranslationText[]) =>
    pool.detect(page.map((t) => ({ locale: t.locale, text: translationText(t.title, t.body_md) })));
  let translations = 0;
  try {
    let page = await mentions.listArchiveTexts({ afterId: null, since, limit: pageSize });
    let detected = detectPage(page);
    while (page.length > 0) {
      const next =
        page.length < pageSize
          ? []
          : await mentions.listArchiveTexts({ afterId: page.at(-1)!.id, since, limit: pageSize });
      const nextDetected = next.length ? detectPage(next) : Promise.resolve([]);
      const detections = await detected;
      for (const [i, t] of page.entries()) {
        await detector.apply(t, detections[i]!);
        progress.advance();
      }
      translations += page.length;
      [page, detected] = [next, nextDetected];
    }
  } finally {
    await pool.close();
  }
  progress.stop();
  return { translations, suggestedBefore, suggestedAfter: await mentions.countSuggested() };
}
