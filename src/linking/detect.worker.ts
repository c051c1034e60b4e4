// Worker thread of `detect --all`: runs detection (the CPU-bound part) on batches of texts while
// the main thread reads the archive and writes mentions. Receives the known entities once.
import { parentPort } from 'node:worker_threads';
import { detectEntities, type Detection } from './detect.js';
import type { KnownEntities } from './known-entities.js';
import { buildMatcher, type Matcher } from './matcher.js';

type Message =
  | { kind: 'known'; known: KnownEntities }
  | { kind: 'detect'; id: number; texts: { locale: string; text: string }[] };

let known: KnownEntities | undefined;
const matchers = new Map<string, Matcher>();

parentPort?.on('message', (message: Message) => {
  if (message.kind === 'known') {
    known = message.known;
    matchers.clear();
    return;
  }
  const detections: Detection[] = message.texts.map(({ locale, text }) => {
    let matcher = matchers.get(locale);
    if (!matcher) matchers.set(locale, (matcher = buildMatcher(known!, locale)));
    return detectEntities(matcher, text);
  });
  parentPort?.postMessage({ id: message.id, detections });
});
