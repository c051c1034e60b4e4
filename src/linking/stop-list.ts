// The stop-list that detection honours: names rejected everywhere from the entity inbox. A
// suggestion is left out when its kind and the name key of what it would create are listed, so
// « Horizon Europe », once rejected, is never suggested again as an organisation, in any article.
import { nameKey } from '../lib/name-key.js';
import type { Detection } from './detect.js';
import type { Suggestion } from './suggestion.js';

/** The name a suggestion would create, as written. */
export function suggestedName(s: Suggestion): string {
  return s.kind === 'organisation' ? s.name : `${s.givenName} ${s.familyName}`;
}

/** `kind:name key` of a name: what the stop-list stores and compares. */
export function stopKey(kind: Suggestion['kind'], name: string): string {
  return `${kind}:${nameKey(name)}`;
}

/** The detection without the suggestions whose name (or acronym) is on the stop-list. */
export function withoutStopped(detection: Detection, stopped: ReadonlySet<string>): Detection {
  if (stopped.size === 0) return detection;
  const listed = (s: Suggestion) =>
    stopped.has(stopKey(s.kind, suggestedName(s))) ||
    (s.kind === 'organisation' && !!s.acronym && stopped.has(stopKey(s.kind, s.acronym)));
  return { ...detection, suggestions: detection.suggestions.filter((h) => !listed(h.suggestion)) };
}
