// Text preparation for entity linking: accent and case folding, masking of what is not prose
// (URLs, e-mail addresses, domain names, code, link targets), and tokenisation into words that
// keep their offsets in the original text, so every match maps back to the characters given.

import { fold, stripAccents } from '../lib/fold.js';

export { fold, stripAccents };

/** A word of the text: letters (with accents) and digits; offsets are UTF-16 indices. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, accents removed. */
  folded: string;
  /** Accents removed, case kept (acronyms compare on this). */
  cased: string;
  /** The separator before this token, normalised (see normaliseSeparator). */
  sep: string;
  /** The separator after it: the next token's `sep`, or what ends the text. */
  after: string;
}

/** Separator of a paragraph, list item, heading or masked span: nothing matches across it. */
export const hardBreak = '¶';

// What is not prose is replaced by NUL characters of the same length, so offsets do not move
// and no name can match inside a URL ("csl" in https://www.csl.uliege.be) or across one.
const masks: RegExp[] = [
  /`[^`\n]*`/g, // inline code
  /(?<=\]\()[^)\s]*(?=\))/g, // Markdown link destinations
  /<[^<>\n]+>/g, // HTML tags and autolinks
  /\b(?:https?|ftp):\/\/[^\s<>()[\]]*[^\s<>()[\].,;:!?'"’»]/giu, // without trailing punctuation
  /\bwww\.[^\s<>()[\]]*[^\s<>()[\].,;:!?'"’»]/giu,
  // Anchored at the start of a word (the lookbehinds), so a long word is not tried from each letter.
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, // e-mail addresses
  /(?<![\p{L}\p{N}_-])[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}][\p{L}\p{N}_-]+)+(?:\/[^\s)]*)?/gu, // domain and file names (not « J.-M. »)
];

/** The text with URLs, addresses, code and link targets blanked out (same length). */
export function maskText(text: string): string {
  let masked = text;
  for (const re of masks) masked = masked.replace(re, (m) => '\u0000'.repeat(m.length));
  return masked;
}

/**
 * Normalises what lies between two words: "" (spaces, or a line wrap) → " "; a hyphen between
 * letters → "-" ("Jean-Pierre"); a spaced hyphen, en or em dash → "–"; any apostrophe → "'";
 * a blank line, a new list item or heading, or a masked span → hardBreak; other punctuation is
 * kept without its spaces ("(", "),", "&").
 */
export function normaliseSeparator(raw: string): string {
  if (raw.includes('\u0000') || /\n\s*\n/.test(raw)) return hardBreak;
  const trimmed = raw.replace(/\s+/gu, '').replace(/[’‘ʼ`´′]/g, "'");
  if (trimmed === '') return ' ';
  if (raw.includes('\n')) return hardBreak;
  if (/^[-‐‑]$/.test(trimmed)) return /\s/.test(raw) ? '–' : '-';
  if (/^[–—]$/.test(trimmed)) return '–';
  return trimmed;
}

const wordPattern = /[\p{L}\p{N}\p{M}]+/gu;

/** Splits a text into words with offsets; separators are normalised, masked spans break. */
export function tokenize(text: string): Token[] {
  const masked = maskText(text);
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const m of masked.matchAll(wordPattern)) {
    const start = m.index;
    const end = start + m[0].length;
    const raw = masked.slice(previousEnd, start);
    tokens.push({
      start,
      end,
      text: m[0],
      folded: fold(m[0]),
      cased: stripAccents(m[0]),
      sep: tokens.length === 0 ? hardBreak : normaliseSeparator(raw),
      after: hardBreak,
    });
    previousEnd = end;
  }
  for (let i = 0; i + 1 < tokens.length; i++) tokens[i]!.after = tokens[i + 1]!.sep;
  const last = tokens.at(-1);
  const tail = masked.slice(previousEnd);
  if (last && tail.trim() !== '') last.after = normaliseSeparator(tail);
  return tokens;
}

/** The separator after token `i`; hardBreak after the last one unless punctuation ends the text. */
export function separatorAfter(tokens: readonly Token[], i: number): string {
  return tokens[i]?.after ?? hardBreak;
}

/** True when two separators join words the same way: a space and a hyphen are interchangeable. */
export function separatorsAgree(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  return (expected === ' ' || expected === '-') && (actual === ' ' || actual === '-');
}

/** Starts with an upper-case letter ("Liège", "ESA"). */
export function isCapitalised(word: string): boolean {
  // Called for every word many times: a case comparison, not a regular expression.
  const c = word.charAt(0);
  return c !== c.toLowerCase() && /^\p{Lu}/u.test(c);
}

/** Every letter is upper case and there are at least two ("CSL", "DUPONT"). */
export function isUpperWord(word: string): boolean {
  return /^[\p{Lu}\p{N}]+$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** Looks like an acronym: two or more capitals within one word ("ESA", "ISSeP", "ULiège"). */
export function isAcronymLike(word: string): boolean {
  return (
    /^[\p{Lu}\p{N}][\p{L}\p{N}]*$/u.test(word) &&
    (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2 &&
    word.length <= 12
  );
}
