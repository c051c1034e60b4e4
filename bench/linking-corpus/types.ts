// The measured corpus of entity linking (issue #13): news texts written by us in the style of
// cluster sites, regional press and EU portals, each annotated with every person and organisation
// it names. `dev.ts` is the part detection may be tuned on; `held-out.ts` is kept aside and
// never tuned to (its figures are reported beside the dev figures by `npm run bench:linking`).

export interface NewsText {
  /** kebab-case, unique across both parts. */
  id: string;
  lang: 'fr' | 'en';
  /** Where such a text would be published. */
  style: 'cluster' | 'press' | 'eu';
  title: string;
  /** Markdown body as an editor would paste it: paragraphs, perhaps `##` subheadings and lists. */
  body: string;
  /**
   * Every person the text names, once each: "Given Family" as a directory entry would hold it,
   * then after `|` the other complete forms that name the same person ("Jean-Marc Dupont|J.-M. Dupont").
   */
  people: string[];
  /**
   * Every organisation the text names, once each: its canonical name, then after `|` its other
   * forms (acronym, short name, the other language's name): "Université de Liège|ULiège|ULg".
   * Organisations are companies, universities, research centres, agencies, ministries and public
   * services, clusters, associations, EU institutions. Not organisations: places and countries,
   * programmes and instruments (Horizon Europe), projects, events, products, agreements.
   */
  organisations: string[];
}
