// Re-detection over the archive (`constellation detect --all`): after the directory grows (new
// entities, aliases, rejected names), every translation is read again with one detector, so
// known entities are loaded once. Decisions already made stand (reconcile.ts): a confirmed or
// rejected mention keeps its state, a suggestion whose entity now exists becomes its mention.
import type { Progress } from '../lib/progress.js';
import type { LinkingService } from './linking.service.js';
import type { MentionRepository } from './mention.repository.js';

export interface RedetectReport {
  translations: number;
  /** Open suggestions of new entities across the archive, before and after. */
  suggestedBefore: number;
  suggestedAfter: number;
}

const pageSize = 500;

export async function redetectArchive(
  deps: { linking: LinkingService; mentions: MentionRepository },
  options: { since?: string; progress: Progress },
): Promise<RedetectReport> {
  const { linking, mentions } = deps;
  const { since, progress } = options;
  const suggestedBefore = await mentions.countSuggested();
  progress.phase('Detecting entities', await mentions.countArchiveTexts(since), 'translations');
  const detector = await linking.prepareDetector();
  let afterId: string | null = null;
  let translations = 0;
  for (;;) {
    const page = await mentions.listArchiveTexts({ afterId, since, limit: pageSize });
    for (const t of page) {
      await detector.detect(t);
      progress.advance();
    }
    translations += page.length;
    if (page.length < pageSize) break;
    afterId = page[page.length - 1]!.id;
  }
  progress.stop();
  return { translations, suggestedBefore, suggestedAfter: await mentions.countSuggested() };
}
