// Shapes of the demo content that `constellation seed` loads; the data files only fill them in.

/** Sector slugs of the demo taxonomy. */
export type DemoSector = 'aero' | 'space' | 'drone' | 'defence';

export type DemoArticleKind = 'news' | 'interview' | 'event_report' | 'press_release';

/** One language version of an article. */
export interface DemoTranslation {
  title: string;
  /** Optional explicit slug; derived from the title otherwise. */
  slug?: string;
  /** The line above or below the title naming the context (project, programme, lead). */
  kicker?: string;
  /** Credit line, e.g. "Global Gateway – Firstname Lastname". */
  creditLine?: string;
  /** Markdown: paragraphs, `##` subheadings, lists, links; no raw HTML. */
  body: string;
  /** Manual excerpt; derived from the body when absent. */
  excerpt?: string;
  seoDescription?: string;
  /** Caption of the hero image in this language. */
  heroCaption?: string;
  /** Defaults to 'published'. */
  status?: 'draft' | 'published';
}

export interface DemoArticle {
  /** Stable key used to link articles to events and projects in the demo data. */
  key: string;
  kind: DemoArticleKind;
  sectors: DemoSector[];
  /** ISO 8601 UTC, e.g. "2025-11-05T09:30:00.000Z". */
  publishedAt: string;
  /** Key of a demo image (see DemoImage), or absent. */
  heroImage?: string;
  heroCredit?: string;
  /** Key of a DemoEvent this article reports on or announces. */
  event?: string;
  /** Key of a DemoProject this article is about. */
  project?: string;
  /** At least `fr`; `en` absent for French-only articles. */
  translations: { fr: DemoTranslation; en?: DemoTranslation };
}

export interface DemoImage {
  key: string;
  /** Path below public/, e.g. "demo/redu-antennas.svg". */
  file: string;
  width: number;
  height: number;
  alt: { fr: string; en: string };
  credit: string;
}

export type DemoOrganisationKind =
  | 'company'
  | 'research_centre'
  | 'university'
  | 'agency'
  | 'cluster'
  | 'public_body'
  | 'association';

export interface DemoOrganisation {
  key: string;
  name: string;
  acronym?: string;
  aliases?: string[];
  formerNames?: { name: string; until: string }[];
  kind: DemoOrganisationKind;
  /** ISO 3166-1 alpha-2. */
  country: string;
  city?: string;
  website?: string;
  sectors: DemoSector[];
  competences?: { fr: string[]; en: string[] };
  description: { fr: string; en: string };
  isMember?: boolean;
  /** Key of the parent organisation (ESEC → ESA). */
  parent?: string;
}

export interface DemoPerson {
  key: string;
  givenName: string;
  familyName: string;
  honorific?: string;
  bio?: { fr: string; en: string };
  affiliations: {
    organisation: string;
    role: { fr: string; en: string };
    from?: string;
    to?: string;
  }[];
}

export type DemoEventKind =
  'delegation_visit' | 'conference' | 'workshop' | 'trade_show' | 'webinar';

export interface DemoEvent {
  key: string;
  slug?: string;
  kind: DemoEventKind;
  title: { fr: string; en: string };
  summary: { fr: string; en: string };
  /** ISO 8601 with offset, e.g. "2025-11-03T09:00:00+01:00". */
  startsAt: string;
  endsAt: string;
  /** IANA time zone, e.g. "Europe/Brussels". */
  timeZone: string;
  sectors: DemoSector[];
  project?: string;
  registrationUrl?: string;
  venues: {
    key: string;
    name: string;
    address?: string;
    city: string;
    country: string;
    organisation?: string;
  }[];
  programme?: {
    startsAt: string;
    endsAt?: string;
    venue?: string;
    title: { fr: string; en: string };
    speakers?: string[];
  }[];
  organisers?: string[];
  partners?: string[];
  participants?: { countries: string[]; delegates?: number; organisations?: string[] };
}

export interface DemoProject {
  key: string;
  slug?: string;
  name: string;
  acronym?: string;
  programme: string;
  lead: string;
  partners?: string[];
  countries: string[];
  sectors: DemoSector[];
  /** YYYY-MM-DD */
  startsOn?: string;
  endsOn?: string;
  budgetEur?: number;
  website?: string;
  description: { fr: string; en: string };
}
