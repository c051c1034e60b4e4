// The first-name lexicon of detection: about 40,000 European and Central Asian given names from
// the npm package gender-detection@0.1.0 (its data is GPL-3.0; we use it as data only, and this
// is the one file to change to use another list). Loaded once, on first use, as folded names.
import { createRequire } from 'node:module';
import { fold } from '../lib/fold.js';

/** Entries of the package that are common words far more often than names (folded). */
const notFirstNames = new Set(
  (
    'a al an and as at au aux by d da de del della den der des di do du el en et for in la las ' +
    'le les lo los mai may of on or par pour sur the to un une van von will general said more ' +
    'page mark bill art august june april march avril juin juillet sept summer winter autumn ' +
    'grand grace hope joy faith star sky sun son team new best china india ireland paris ' +
    'sofia georgia jordan florence victoria lorraine nancy sierra roma milan regina ' +
    'europa europe belgium france berlin london brussels lima chad israel china york ' +
    'mission space air program programme project union tech data digital smart green ' +
    'clean blue aero north south east west central global international national royal ' +
    'premier first business public energy innovation defense defence dr mr mrs ms ' +
    'mme mlle prof pr sir saint st santa san ce erasmus ariane vega galileo artemis orion hermes ' +
    'apollo gaia ariel luna juno rosetta'
  ).split(' '),
);

let names: Set<string> | undefined;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const set = new Set<string>();
  for (const file of ['gender-detection/genders/male.js', 'gender-detection/genders/female.js'])
    for (const name of Object.keys(require(file) as Record<string, unknown>)) {
      const folded = fold(name);
      if (!notFirstNames.has(folded)) set.add(folded);
    }
  return set;
}

/** True when the word (any case, any accents) is a known first name. */
export function isFirstName(word: string): boolean {
  names ??= load();
  let known = seen.get(word);
  if (known === undefined) {
    known = names.has(fold(word));
    if (seen.size > 50_000) seen.clear();
    seen.set(word, known);
  }
  return known;
}

/** Answers already given, by word as written: detection asks about the same words many times. */
const seen = new Map<string, boolean>();

/**
 * True for a given name as written in news: a lexicon name, or a compound of them
 * (« Jean-Marc », « Marie-Claire »), or initials (« J.-M. »: handled by the caller).
 */
export function isGivenName(word: string): boolean {
  if (isFirstName(word)) return true;
  const parts = word.split(/[-‐‑]/);
  return parts.length > 1 && parts.every((p) => p !== '' && isFirstName(p));
}
