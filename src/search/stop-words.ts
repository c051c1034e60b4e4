// French and English stop words, folded (no accents): words too common to find anything with.
const french =
  'au aux avec ce ces dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me ' +
  'meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ' +
  'ton tu un une vos votre vous cette cet ceux celle celles est sont ete etre avoir ont fait comme ' +
  'plus tres aussi ainsi donc dont ni si tout tous toute toutes entre vers chez sans sous apres avant ' +
  'deja encore ici la lors puis quand alors car cela ceci ca y';
const english =
  'a an and are as at be been but by for from has have he her his how i if in into is it its me ' +
  'my no not of on or our she so than that the their them then there these they this those to ' +
  'too was we were what when where which while who whom why will with you your yours about after ' +
  'also all any can did do does had more most only other over such up very';

export const stopWords: ReadonlySet<string> = new Set(`${french} ${english}`.split(/\s+/));
