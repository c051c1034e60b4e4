// Accent, ligature and case folding for comparing names and words: « Liège » and « LIEGE »,
// « Œuvre » and « oeuvre » compare equal. Entity linking and the credit-line matcher share it.

const specialFolds: Record<string, string> = {
  œ: 'oe',
  Œ: 'OE',
  æ: 'ae',
  Æ: 'AE',
  ß: 'ss',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
};

const ascii = /^[ -~]*$/;

/** Removes accents and ligatures but keeps case: "Liège" → "Liege", "Œuvre" → "OEuvre". */
export function stripAccents(s: string): string {
  // Most words are plain ASCII: nothing to strip, and entity linking folds every word it reads.
  if (ascii.test(s)) return s;
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[œŒæÆßøØłŁđĐı]/g, (c) => specialFolds[c] ?? c);
}

/** Case- and accent-folded form used for comparisons: "Liège" → "liege". */
export function fold(s: string): string {
  return stripAccents(s).toLowerCase();
}
