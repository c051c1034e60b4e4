// Every JSON-LD block of every page of the sitemap (demo content), checked as a structured-data
// validator would: each object against the properties search engines require and recommend for
// its type, and the shapes of its values (dates with a time zone, absolute URLs, images that
// answer). A missing required property fails; a missing recommended one fails too unless the
// allow-list below names it with the reason we cannot give it.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { testBaseUrl } from '../support/app.js';
import { testDialects } from '../support/dialects.js';
import { demoSite } from '../support/site.js';

type Json = Record<string, unknown>;

interface Rule {
  required: string[];
  recommended: string[];
  /** Rules of nested objects: property → rule name, or a rule name per nested `@type`. */
  nested?: Record<string, string | Record<string, string>>;
}

// Required and recommended properties per type, from Google Search Central's structured-data
// documentation (developers.google.com/search/docs/appearance/structured-data/…), read
// December 2026: `article` (Article, NewsArticle: all properties recommended, author.name and
// author.url among them), `event` (Event, its location, offers, organizer and performer),
// `organization` (no required property; the recommended list below), `breadcrumb`
// (BreadcrumbList, ListItem), `site-names` (WebSite; its SearchAction as documented by the
// retired `sitelinks-searchbox` page, still read by other engines) and `profile-page` (the
// properties of a Person as a profile's main entity). Article's and Organization's postal address
// properties come from `event` and `organization`.
const rules: Record<string, Rule> = {
  NewsArticle: {
    required: [],
    recommended: ['author', 'dateModified', 'datePublished', 'headline', 'image'],
    nested: { author: 'Author' },
  },
  Author: { required: ['name'], recommended: ['url'] },
  Event: {
    required: ['location', 'name', 'startDate'],
    recommended: [
      'description',
      'endDate',
      'eventAttendanceMode',
      'eventStatus',
      'image',
      'offers',
      'organizer',
      'performer',
      'previousStartDate',
    ],
    nested: {
      location: { Place: 'Place', VirtualLocation: 'VirtualLocation' },
      offers: 'Offer',
      organizer: 'Organizer',
      performer: 'Performer',
    },
  },
  Place: { required: ['address'], recommended: ['name'], nested: { address: 'PostalAddress' } },
  VirtualLocation: { required: ['url'], recommended: [] },
  PostalAddress: {
    required: [],
    recommended: [
      'streetAddress',
      'addressLocality',
      'postalCode',
      'addressRegion',
      'addressCountry',
    ],
  },
  Offer: {
    required: [],
    recommended: ['availability', 'price', 'priceCurrency', 'validFrom', 'url'],
  },
  Organizer: { required: ['name'], recommended: ['url'] },
  Performer: { required: ['name'], recommended: [] },
  Organization: {
    required: [],
    recommended: [
      'address',
      'alternateName',
      'contactPoint',
      'description',
      'duns',
      'email',
      'foundingDate',
      'globalLocationNumber',
      'iso6523Code',
      'legalName',
      'leiCode',
      'logo',
      'naics',
      'numberOfEmployees',
      'sameAs',
      'taxID',
      'telephone',
      'url',
      'vatID',
    ],
    nested: { address: 'PostalAddress' },
  },
  Person: {
    required: ['name'],
    recommended: [
      'agentInteractionStatistic',
      'alternateName',
      'description',
      'identifier',
      'image',
      'interactionStatistic',
      'sameAs',
    ],
  },
  BreadcrumbList: {
    required: ['itemListElement'],
    recommended: [],
    nested: { itemListElement: 'ListItem' },
  },
  ListItem: { required: ['item', 'name', 'position'], recommended: [] },
  WebSite: {
    required: ['name', 'url'],
    recommended: ['alternateName', 'potentialAction'],
    nested: { potentialAction: 'SearchAction' },
  },
  SearchAction: { required: ['target', 'query-input'], recommended: [] },
};

/** What the demo site shows of a page, for the allow-list's conditions. */
interface Seen {
  /** Organisation and person page URLs whose entry has a logo or photo in the directory. */
  withPicture: Set<string>;
  /** The allowances some object needed. */
  allowancesUsed: Set<string>;
}

interface Allowance {
  /** `Rule.property`. */
  at: string;
  reason: string;
  /** When set, the allowance holds only where it answers true. */
  when?: (object: Json, seen: Seen) => boolean;
}

const noPicture = (object: Json, seen: Seen) => !seen.withPicture.has(String(object.url));
const notStored = 'not stored: the directory has no field for it';

// Recommended properties we cannot give, each with its reason; only those the demo content needs
// (the test fails on an allowance no page uses).
const allowed: Allowance[] = [
  {
    at: 'Event.offers',
    reason: 'events store no price: an Offer without price and currency is worse than none',
  },
  {
    at: 'Event.previousStartDate',
    reason: 'only for a rescheduled event; ours are all EventScheduled',
    when: (e) => e.eventStatus !== 'https://schema.org/EventRescheduled',
  },
  { at: 'PostalAddress.postalCode', reason: notStored },
  { at: 'PostalAddress.addressRegion', reason: notStored },
  {
    at: 'PostalAddress.streetAddress',
    reason: 'a venue or an organisation may be known by its city only',
  },
  {
    at: 'PostalAddress.addressLocality',
    reason: 'an organisation may be known by its country only',
  },
  ...['contactPoint', 'duns', 'email', 'foundingDate', 'globalLocationNumber', 'iso6523Code']
    .concat(['legalName', 'leiCode', 'naics', 'numberOfEmployees', 'taxID', 'telephone', 'vatID'])
    .map((p) => ({ at: `Organization.${p}`, reason: notStored })),
  {
    at: 'Organization.alternateName',
    reason: 'given when the organisation has an acronym other than its name',
  },
  {
    at: 'Organization.logo',
    reason: 'given when the directory has a logo for the organisation',
    when: noPicture,
  },
  {
    at: 'Organization.sameAs',
    reason: 'given when the organisation has a website (the cluster has no profile stored)',
  },
  {
    at: 'Organization.address',
    reason: 'given when the directory knows the city or country',
  },
  { at: 'Person.image', reason: 'given when the directory has a photo', when: noPicture },
  { at: 'Person.description', reason: 'given when the person has a biography' },
  ...['agentInteractionStatistic', 'interactionStatistic'].map((p) => ({
    at: `Person.${p}`,
    reason: 'a directory entry has no followers or posts to count',
  })),
  ...['alternateName', 'identifier', 'sameAs'].map((p) => ({
    at: `Person.${p}`,
    reason: `${notStored} (no other name, handle or external profile of people)`,
  })),
];

const dateProps = new Set([
  'datePublished',
  'dateModified',
  'dateCreated',
  'startDate',
  'endDate',
  'validFrom',
  'previousStartDate',
]);
const urlProps = new Set(['url', 'item', '@id', 'sameAs', 'logo', 'image', 'urlTemplate']);
const imageProps = new Set(['image', 'logo']);
const enumProps: Record<string, RegExp> = {
  eventStatus:
    /^https:\/\/schema\.org\/Event(Scheduled|Cancelled|MovedOnline|Postponed|Rescheduled)$/,
  eventAttendanceMode: /^https:\/\/schema\.org\/(Offline|Online|Mixed)EventAttendanceMode$/,
  availability: /^https:\/\/schema\.org\/\w+$/,
};
/** ISO 8601 date-time with seconds optional and a time zone (Z or ±hh:mm). */
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const present = (value: unknown) =>
  value !== undefined && value !== null && value !== '' && asList(value).length > 0;

/** JSON-LD objects of a page, parsed from its script elements. */
function jsonLdOf(html: string): Json[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Json,
  );
}

/** Property problems of an object against a rule, then of its nested objects. */
function checkProperties(object: Json, ruleName: string, where: string, seen: Seen): string[] {
  const rule = rules[ruleName];
  if (!rule) return [`${where}: no rule for ${ruleName}`];
  const problems: string[] = [];
  for (const p of rule.required)
    if (!present(object[p])) problems.push(`${where}: required ${ruleName}.${p} missing`);
  for (const p of rule.recommended) {
    if (present(object[p])) continue;
    const allowance = allowed.find((a) => a.at === `${ruleName}.${p}`);
    if (!allowance || (allowance.when && !allowance.when(object, seen)))
      problems.push(`${where}: recommended ${ruleName}.${p} missing`);
    else seen.allowancesUsed.add(allowance.at);
  }
  for (const [p, nested] of Object.entries(rule.nested ?? {}))
    for (const value of object[p] === undefined ? [] : asList(object[p])) {
      if (!isObject(value)) {
        problems.push(`${where}: ${ruleName}.${p} is not an object`);
        continue;
      }
      const type = String(value['@type']);
      const name = typeof nested === 'string' ? nested : nested[type];
      if (!name) problems.push(`${where}: ${ruleName}.${p} of unexpected type ${type}`);
      else problems.push(...checkProperties(value, name, `${where} ${ruleName}.${p}`, seen));
    }
  return problems;
}

/** The URLs of our origin met in the JSON-LD, requested once each after the walk. */
interface Found {
  /** Image URL → the property naming it (`image` or `logo`). */
  images: Map<string, string>;
  links: Set<string>;
}

/** Value shapes anywhere in the object: dates, URLs, schema.org enumerations. */
function checkValues(value: unknown, where: string, found: Found, key = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => checkValues(v, where, found, key));
  if (isObject(value)) {
    const problems: string[] = [];
    if (imageProps.has(key) && value['@type'] === 'ImageObject') {
      // An ImageObject's url is the image.
      problems.push(...checkValues(value.url, where, found, key));
      return problems;
    }
    for (const [k, v] of Object.entries(value)) problems.push(...checkValues(v, where, found, k));
    return problems;
  }
  if (typeof value !== 'string') return [];
  if (dateProps.has(key) && (!isoDateTime.test(value) || Number.isNaN(Date.parse(value))))
    return [`${where}: ${key} "${value}" is not an ISO 8601 date-time with a time zone`];
  if (urlProps.has(key)) {
    const url = URL.canParse(value) ? new URL(value) : undefined;
    if (!url || !['http:', 'https:'].includes(url.protocol))
      return [`${where}: ${key} "${value}" is not an absolute URL`];
    if (imageProps.has(key)) found.images.set(value, key);
    else if (key !== 'urlTemplate' && url.origin === testBaseUrl && !url.hash)
      found.links.add(value);
  }
  const pattern = enumProps[key];
  if (pattern && !pattern.test(value)) return [`${where}: ${key} "${value}" is not schema.org's`];
  return [];
}

/** Cross-property checks documented per type. */
function checkSemantics(object: Json, where: string): string[] {
  const problems: string[] = [];
  if (object['@context'] !== 'https://schema.org') problems.push(`${where}: @context`);
  const type = object['@type'];
  const { startDate, endDate } = object;
  if (type === 'Event' && typeof startDate === 'string' && typeof endDate === 'string')
    if (Date.parse(startDate) > Date.parse(endDate))
      problems.push(`${where}: Event ends before it starts`);
  if (type === 'BreadcrumbList') {
    const positions = asList(object.itemListElement).map((i) => (i as Json).position);
    if (positions.join() !== positions.map((_, i) => i + 1).join())
      problems.push(`${where}: breadcrumb positions ${positions.join()}`);
  }
  if (type === 'WebSite' && isObject(object.potentialAction)) {
    const action = object.potentialAction;
    const target = isObject(action.target) ? action.target.urlTemplate : action.target;
    if (typeof target !== 'string' || !target.includes('{search_term_string}'))
      problems.push(`${where}: SearchAction target without {search_term_string}`);
    if (action['query-input'] !== 'required name=search_term_string')
      problems.push(`${where}: SearchAction query-input`);
  }
  for (const offer of object.offers === undefined ? [] : asList(object.offers)) {
    const price = JSON.stringify((offer as Json).price);
    const currency = JSON.stringify((offer as Json).priceCurrency);
    if (!/^"?\d+(\.\d+)?"?$/.test(price)) problems.push(`${where}: Offer price ${price}`);
    if (!/^"[A-Z]{3}"$/.test(currency)) problems.push(`${where}: Offer priceCurrency ${currency}`);
  }
  return problems;
}

const [sqlite] = testDialects();

describe('structured data of every page', () => {
  const site = demoSite(sqlite!, 'structured-data');

  async function sitemapPaths(): Promise<string[]> {
    const locs = (xml: string) =>
      [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const index = await (await site.app.request('/sitemap.xml')).text();
    if (!index.includes('<sitemapindex')) return locs(index);
    const urls: string[] = [];
    for (const child of locs(index))
      urls.push(...locs(await (await site.app.request(child)).text()));
    return urls;
  }

  /** The organisation and person pages whose entry has a logo or photo. */
  async function withPicture(): Promise<Set<string>> {
    const { db } = site.database;
    const orgs = await db
      .selectFrom('organisation')
      .select('slug')
      .where('logo_media_id', 'is not', null)
      .execute();
    const people = await db
      .selectFrom('person')
      .select('slug')
      .where('photo_media_id', 'is not', null)
      .execute();
    const urls = new Set<string>();
    for (const page of await sitemapPaths()) {
      const slug = page.split('/').at(-1);
      if (orgs.some((o) => o.slug === slug) || people.some((p) => p.slug === slug))
        urls.add(testBaseUrl + page);
    }
    return urls;
  }

  it('gives every JSON-LD object the properties its type requires and recommends', async () => {
    const pages = [...new Set(await sitemapPaths())].sort();
    expect(pages.length).toBeGreaterThan(100);
    const seen: Seen = { withPicture: await withPicture(), allowancesUsed: new Set() };
    const problems: string[] = [];
    const found: Found = { images: new Map(), links: new Set() };
    const types = new Map<string, number>();
    for (const path of pages) {
      const res = await site.app.request(path);
      expect(res.status, path).toBe(200);
      for (const object of jsonLdOf(await res.text())) {
        const type = String(object['@type']);
        types.set(type, (types.get(type) ?? 0) + 1);
        problems.push(
          ...checkProperties(object, type, path, seen),
          ...checkValues(object, path, found),
          ...checkSemantics(object, path),
        );
      }
    }
    expect(problems).toEqual([]);
    // An allowance no page needs is stale: remove it.
    expect(allowed.map((a) => a.at).filter((at) => !seen.allowancesUsed.has(at))).toEqual([]);

    // Every type of the table is met on the demo content (the table checks something real).
    for (const type of ['NewsArticle', 'Event', 'Organization', 'Person', 'BreadcrumbList'])
      expect(types.get(type), type).toBeGreaterThan(0);
    expect(types.get('WebSite')).toBe(2);

    // Every image answers with a raster picture large enough: an image at least 720 px wide and
    // 50,000 pixels (Google's `event` and `article` pages), a logo at least 112×112
    // (`organization`). Search engines and social networks ignore an SVG.
    for (const [image, property] of found.images) {
      const url = new URL(image);
      expect(url.origin, image).toBe(testBaseUrl);
      const res = await site.app.request(url.pathname + url.search);
      expect(res.status, image).toBe(200);
      expect(res.headers.get('content-type'), image).toMatch(/^image\/(png|jpeg|webp|avif|gif)/);
      const { width = 0, height = 0 } = await sharp(
        Buffer.from(await res.arrayBuffer()),
      ).metadata();
      if (property === 'logo') expect(Math.min(width, height), image).toBeGreaterThanOrEqual(112);
      else {
        expect(width, image).toBeGreaterThanOrEqual(720);
        expect(width * height, image).toBeGreaterThanOrEqual(50_000);
      }
    }
    // Every page the JSON-LD names on this site answers, without a redirect.
    const broken: string[] = [];
    for (const link of found.links) {
      const url = new URL(link);
      const res = await site.app.request(url.pathname + url.search);
      if (res.status !== 200) broken.push(`${link} ${res.status}`);
      await res.arrayBuffer();
    }
    expect(broken).toEqual([]);
    expect(found.links.size).toBeGreaterThan(pages.length / 2);
  }, 300_000);

  it('points the home pages to the cluster and a working site search', async () => {
    for (const locale of ['fr', 'en']) {
      const objects = jsonLdOf(await (await site.app.request(`/${locale}/`)).text());
      const org = objects.find((o) => o['@type'] === 'Organization')!;
      const website = objects.find((o) => o['@type'] === 'WebSite')!;
      expect(org.logo).toMatchObject({ '@type': 'ImageObject', width: 512, height: 512 });
      expect((website.publisher as Json)['@id']).toBe(org['@id']);
      const action = website.potentialAction as { target: { urlTemplate: string } };
      const search = new URL(action.target.urlTemplate.replace('{search_term_string}', 'liège'));
      expect(search.searchParams.get('q')).toBe('liège');
      const res = await site.app.request(search.pathname + search.search);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('Liège');
    }
  });
});
