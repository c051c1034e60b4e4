// The identity of a name, for « one entity per name »: case, accents, punctuation and spacing do
// not tell two names apart (« N.B.F. », « nbf » and « NBF » are one key; « Škoda » is « skoda »).

/** The folded words of `name` joined by single spaces; empty when it has no letter or digit. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼ`´.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
