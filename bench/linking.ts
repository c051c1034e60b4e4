// `npm run bench:linking`: precision, recall and F1 of entity detection (known + suggested people
// and organisations) on the linking corpus, dev part and held-out part apart, with the demo
// directory as known entities; and detection time per 1,000 words. Writes
// bench/results/linking-latest.json. Targets (issue #13): P ≥ 0.9 and R ≥ 0.85 for both types.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { detectEntities, translationText } from '../src/linking/detect.js';
import { buildMatcher } from '../src/linking/matcher.js';
import { demoKnownEntities } from './linking-known.js';
import { scoreCorpus, textsOf, type Figures } from './linking-score.js';
import type { NewsText } from './linking-corpus/types.js';

const here = dirname(fileURLToPath(import.meta.url));
export const linkingTargets = { precision: 0.9, recall: 0.85, msPer1000Words: 20 };

async function loadPart(name: string): Promise<NewsText[]> {
  const file = join(here, 'linking-corpus', `${name}.ts`);
  if (!existsSync(file)) return [];
  return textsOf((await import(pathToFileURL(file).href)) as Record<string, unknown>);
}

const words = (s: string) => s.split(/\s+/).filter((w) => w !== '').length;
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

function line(label: string, f: Figures): string {
  return `  ${label.padEnd(14)} P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)}  (${f.correct} correct, ${f.found} found, ${f.wanted} annotated)`;
}

async function main() {
  const database = openDatabase(':memory:');
  await migrateToLatest(database.db);
  const known = await demoKnownEntities(database);
  await database.close();
  const matchers = { fr: buildMatcher(known, 'fr'), en: buildMatcher(known, 'en') };
  const parts = { dev: await loadPart('dev'), 'held-out': await loadPart('held-out') };
  const all = [...parts.dev, ...parts['held-out']];
  if (all.length === 0) throw new Error('No corpus: bench/linking-corpus/dev.ts is missing.');

  const quality: Record<string, { texts: number; people: Figures; organisations: Figures }> = {};
  for (const [name, texts] of Object.entries({ ...parts, all })) {
    if (texts.length === 0) continue;
    const run = scoreCorpus(texts, matchers, known);
    quality[name] = { texts: texts.length, people: run.people, organisations: run.organisations };
    console.log(`\n${name} (${texts.length} texts)`);
    console.log(line('people', run.people));
    console.log(line('organisations', run.organisations));
    if (process.argv.includes('--verbose') && name === 'dev')
      for (const r of run.reports)
        if (r.missed.length + r.spurious.length > 0)
          console.log(
            `    ${r.id}\n      missed: ${r.missed.join('; ')}\n      spurious: ${r.spurious.join('; ')}`,
          );
  }

  // Time: every text, several repetitions after a warm-up (the first-name lexicon loads once).
  const inputs = all.map((t) => ({
    text: translationText(t.title, t.body),
    matcher: matchers[t.lang],
  }));
  for (const i of inputs) detectEntities(i.matcher, i.text);
  const per1000: number[] = [];
  const repetitions = 20;
  for (let r = 0; r < repetitions; r++)
    for (const i of inputs) {
      const start = performance.now();
      detectEntities(i.matcher, i.text);
      per1000.push(((performance.now() - start) * 1000) / Math.max(1, words(i.text)));
    }
  per1000.sort((a, b) => a - b);
  // One article of 1,000 words: the corpus texts run together.
  let article = '';
  for (let k = 0; words(article) < 1000; k++) article += `${inputs[k % inputs.length]!.text}\n\n`;
  article = article.split(/(\s+)/).slice(0, 1999).join('');
  const whole: number[] = [];
  for (let r = 0; r < 50; r++) {
    const start = performance.now();
    detectEntities(matchers.fr, article);
    whole.push(performance.now() - start);
  }
  whole.sort((a, b) => a - b);
  const time = {
    repetitions,
    medianMsPer1000Words: Math.round(quantile(per1000, 0.5) * 100) / 100,
    p95MsPer1000Words: Math.round(quantile(per1000, 0.95) * 100) / 100,
    article1000WordsMedianMs: Math.round(quantile(whole, 0.5) * 100) / 100,
    article1000WordsP95Ms: Math.round(quantile(whole, 0.95) * 100) / 100,
  };
  console.log(
    `\ndetection time per 1,000 words: median ${time.medianMsPer1000Words} ms, p95 ${time.p95MsPer1000Words} ms` +
      ` (${repetitions} repetitions); one 1,000-word article: median ${time.article1000WordsMedianMs} ms, p95 ${time.article1000WordsP95Ms} ms`,
  );
  const met = Object.values(quality).every((q) =>
    [q.people, q.organisations].every(
      (f) => f.precision >= linkingTargets.precision && f.recall >= linkingTargets.recall,
    ),
  );
  const out = join(here, 'results', 'linking-latest.json');
  await mkdir(dirname(out), { recursive: true });
  await writeFile(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), targets: linkingTargets, quality, time, met }, null, 2)}\n`,
  );
  console.log(`\ntargets ${met ? 'met' : 'not met'}; written to ${out}`);
}

await main();
