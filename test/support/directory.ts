// A small directory world for the directory's tests: organisations (ESEC within ESA), people
// with roles over time, a past delegation visit with its programme, upcoming events, a project,
// and articles that mention them. Dates are relative to the fixed test clock (2026-11-25).
import type { Database } from '../../src/db/database.js';
import type { Services } from '../../src/services.js';
import {
  daysAgo,
  makeArticle,
  makeArticleMention,
  makeEvent,
  makeOrganisation,
  makePerson,
  makeProject,
  makeSectors,
  makeServices,
} from './factories.js';

export interface DirectoryWorld {
  services: Services;
  sectors: Map<string, string>;
  org: Record<'esa' | 'esec' | 'csl' | 'ecole' | 'corvilis' | 'isartal', string>;
  person: Record<'baijot' | 'marchal' | 'froidmont', string>;
  project: Record<'tei' | 'aegira', string>;
  event: Record<'visit' | 'conference' | 'webinar' | 'running', string>;
  article: Record<'recap' | 'aboutEsa' | 'suggestedOnly' | 'aboutMarchal' | 'draft', string>;
}

export async function seedDirectory(database: Database): Promise<DirectoryWorld> {
  const services = makeServices(database);
  const sectors = await makeSectors(database);
  const s = (slug: string) => sectors.get(slug)!;

  const esa = await makeOrganisation(database, {
    slug: 'esa',
    name: 'European Space Agency',
    acronym: 'ESA',
    kind: 'agency',
    country: 'FR',
    city: 'Paris',
    website: 'https://www.esa.int',
    translations: {
      fr: { description: 'Agence spatiale européenne.', competences: 'lanceurs\nsatellites' },
      en: { description: 'Europe’s space agency.', competences: 'launchers\nsatellites' },
    },
    sector_ids: [s('space')],
  });
  const esec = await makeOrganisation(database, {
    slug: 'esec',
    name: 'European Space Security and Education Centre',
    acronym: 'ESEC',
    kind: 'agency',
    country: 'BE',
    city: 'Redu',
    parent_id: esa,
    translations: {
      fr: { description: 'Centre de l’ESA à Redu.', competences: 'opérations de satellites' },
    },
    aliases: [{ alias: 'Station de Redu', kind: 'former_name', valid_until: '2017-12-31' }],
    sector_ids: [s('space')],
  });
  const csl = await makeOrganisation(database, {
    slug: 'centre-spatial-de-liege',
    name: 'Centre Spatial de Liège',
    acronym: 'CSL',
    kind: 'research_centre',
    country: 'BE',
    city: 'Angleur',
    is_member: true,
    sector_ids: [s('space')],
  });
  const ecole = await makeOrganisation(database, {
    slug: 'ecole-de-lair',
    name: 'École de l’air',
    kind: 'university',
    country: 'BE',
    is_member: true,
    website: 'javascript:alert(1)',
    sector_ids: [s('aero')],
  });
  const corvilis = await makeOrganisation(database, {
    slug: 'corvilis',
    name: 'Corvilis Defence Electronics',
    kind: 'company',
    country: 'BE',
    is_member: true,
    sector_ids: [s('defence'), s('drone')],
  });
  const isartal = await makeOrganisation(database, {
    slug: 'isartal',
    name: 'Isartal Sensorik',
    kind: 'company',
    country: 'DE',
    city: 'München',
    sector_ids: [s('defence')],
  });

  const baijot = await makePerson(database, {
    slug: 'christian-baijot',
    given_name: 'Christian',
    family_name: 'Baijot',
    affiliations: [
      {
        organisation_id: esa,
        starts_on: null,
        ends_on: null,
        roles: { fr: 'Chef des opérations de Redu', en: 'Head of Redu Operations' },
      },
    ],
  });
  const marchal = await makePerson(database, {
    slug: 'sophie-marchal',
    given_name: 'Sophie',
    family_name: 'Marchal',
    translations: { fr: { bio: 'Ingénieure.' } },
    affiliations: [
      {
        organisation_id: ecole,
        starts_on: '2014-09-01',
        ends_on: '2022-08-31',
        roles: { fr: 'Responsable du laboratoire', en: 'Head of the Laboratory' },
      },
      {
        organisation_id: corvilis,
        starts_on: '2022-09-01',
        ends_on: null,
        roles: { fr: 'Directrice générale' },
      },
    ],
  });
  const froidmont = await makePerson(database, {
    slug: 'amelie-de-froidmont',
    given_name: 'Amélie',
    family_name: 'de Froidmont',
    honorific: 'Dr',
    affiliations: [
      {
        organisation_id: csl,
        starts_on: '2019-03-01',
        ends_on: null,
        roles: { fr: 'Ingénieure', en: 'Engineer' },
      },
    ],
  });

  const tei = await makeProject(database, {
    slug: 'tei-asie-centrale',
    name: 'Team Europe Initiative on Digital Connectivity in Central Asia',
    acronym: 'TEI',
    programme: 'Global Gateway',
    lead_organisation_id: esa,
    starts_on: '2024-10-01',
    ends_on: '2027-09-30',
    budget_eur: 2_400_000,
    website: 'https://tei.example',
    translations: { fr: { description: 'Coopération numérique avec l’Asie centrale.' } },
    partner_ids: [csl],
    countries: ['UZ', 'KZ'],
    sector_ids: [s('space')],
  });
  const aegira = await makeProject(database, {
    slug: 'aegira',
    name: 'Counter-drone detection',
    acronym: 'AEGIRA',
    programme: 'European Defence Fund',
    lead_organisation_id: corvilis,
    partner_ids: [isartal],
    countries: ['BE', 'DE'],
    sector_ids: [s('defence'), s('drone')],
  });

  const visit = await makeEvent(database, {
    slug: 'delegation-asie-centrale-2025',
    kind: 'delegation_visit',
    starts_at: '2025-11-03T08:30:00.000Z',
    ends_at: '2025-11-03T16:30:00.000Z',
    time_zone: 'Europe/Brussels',
    delegate_count: 15,
    project_id: tei,
    translations: {
      fr: {
        title: 'Délégation d’Asie centrale en Wallonie',
        summary: 'Une journée à Redu, puis à Liège.',
      },
      en: { title: 'Central Asian delegation in Wallonia', summary: 'A day in Redu, then Liège.' },
    },
    sector_ids: [s('space')],
    venues: [
      { name: 'ESEC', address: null, city: 'Redu', country: 'BE', organisation_id: esec },
      {
        name: 'Centre Spatial de Liège',
        address: 'Avenue du Pré-Aily',
        city: 'Liège',
        country: 'BE',
        organisation_id: csl,
      },
    ],
    countries: ['KZ', 'UZ', 'TJ', 'TM'],
    organisations: [
      { organisation_id: csl, role: 'organiser' },
      { organisation_id: esa, role: 'partner' },
      { organisation_id: ecole, role: 'participant' },
    ],
    programme: [
      {
        starts_at: '2025-11-03T08:30:00.000Z',
        ends_at: '2025-11-03T10:00:00.000Z',
        venue_index: 0,
        titles: { fr: 'Accueil à l’ESEC', en: 'Welcome at ESEC' },
        speaker_ids: [baijot],
      },
      {
        starts_at: '2025-11-03T13:00:00.000Z',
        ends_at: null,
        venue_index: 1,
        titles: { fr: 'Essais au CSL' },
        speaker_ids: [froidmont, marchal],
      },
    ],
  });
  const conference = await makeEvent(database, {
    slug: 'defence-day-2027',
    kind: 'conference',
    starts_at: '2027-03-16T13:00:00.000Z',
    ends_at: '2027-03-17T21:00:00.000Z',
    time_zone: 'America/New_York',
    registration_url: 'https://register.example/defence',
    translations: { fr: { title: 'Journée défense à New York', summary: 'Deux jours.' } },
    sector_ids: [s('defence')],
    venues: [
      {
        name: 'Javits Center',
        address: null,
        city: 'New York',
        country: 'US',
        organisation_id: null,
      },
    ],
    organisations: [{ organisation_id: corvilis, role: 'organiser' }],
    programme: [
      {
        starts_at: '2027-03-17T14:00:00.000Z',
        ends_at: null,
        venue_index: 0,
        titles: { fr: 'Table ronde', en: 'Panel' },
        speaker_ids: [marchal],
      },
    ],
  });
  const webinar = await makeEvent(database, {
    slug: 'webinaire-2026',
    kind: 'webinar',
    starts_at: '2026-12-08T10:00:00.000Z',
    ends_at: '2026-12-08T11:00:00.000Z',
    sector_ids: [s('defence')],
  });
  // Started yesterday, ends tomorrow: still upcoming until it is over.
  const running = await makeEvent(database, {
    slug: 'salon-en-cours',
    kind: 'trade_show',
    starts_at: daysAgo(1),
    ends_at: daysAgo(-1),
    project_id: aegira,
    sector_ids: [s('aero')],
    organisations: [{ organisation_id: corvilis, role: 'participant' }],
  });

  const recap = await makeArticle(services, {
    kind: 'event_report',
    sectorSlugs: ['space'],
    publishedAt: daysAgo(380),
    eventId: visit,
    projectId: tei,
  });
  const aboutEsa = await makeArticle(services, { sectorSlugs: ['space'], publishedAt: daysAgo(5) });
  await makeArticleMention(database, aboutEsa, { type: 'organisation', id: esa });
  const suggestedOnly = await makeArticle(services, { publishedAt: daysAgo(4) });
  await makeArticleMention(
    database,
    suggestedOnly,
    { type: 'organisation', id: esa },
    { state: 'suggested' },
  );
  const aboutMarchal = await makeArticle(services, { publishedAt: daysAgo(3) });
  await makeArticleMention(
    database,
    aboutMarchal,
    { type: 'person', id: marchal },
    { locale: 'fr' },
  );
  const draft = await makeArticle(services, {
    publishedAt: daysAgo(2),
    translations: { fr: { title: 'Brouillon sur l’ESA', body: 'ESA', status: 'draft' } },
  });
  await makeArticleMention(database, draft, { type: 'organisation', id: esa });

  return {
    services,
    sectors,
    org: { esa, esec, csl, ecole, corvilis, isartal },
    person: { baijot, marchal, froidmont },
    project: { tei, aegira },
    event: { visit, conference, webinar, running },
    article: { recap, aboutEsa, suggestedOnly, aboutMarchal, draft },
  };
}
