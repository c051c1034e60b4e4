// Which directory entry a typed « link » or « merge » field names: the label the list offers
// (« Name – ACR (slug) »), else a slug in parentheses, else a name, acronym or slug matched by
// name key when exactly one entry has it.
import { nameKey } from '../lib/name-key.js';
import type { EntityChoice } from './inbox.repository.js';

export function resolveChoice(
  typed: string,
  choices: readonly EntityChoice[],
): EntityChoice | undefined {
  const slug = /\(([^()]+)\)\s*$/.exec(typed)?.[1]?.trim();
  if (slug) {
    const bySlug = choices.find((c) => c.slug === slug);
    if (bySlug) return bySlug;
  }
  const key = nameKey(typed);
  if (!key) return undefined;
  const hits = choices.filter((c) =>
    [c.name, c.acronym ?? '', c.slug].some((n) => n && nameKey(n) === key),
  );
  return hits.length === 1 ? hits[0] : undefined;
}
