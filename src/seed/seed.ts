// Loads the demo content: sectors, images, organisations, people, projects, events, articles.
// Used by `constellation seed` and by `serve --demo` on an empty database, never by plain serve.
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/database.js';
import { eventRepository } from '../events/event.repository.js';
import type { Services } from '../services.js';
import { slugify } from '../lib/slug.js';
import { mentionRepository } from '../linking/mention.repository.js';
import { mediaRepository } from '../media/media.repository.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { personRepository } from '../people/person.repository.js';
import { projectRepository } from '../projects/project.repository.js';
import { sectorRepository } from '../sectors/sector.repository.js';
import { articleRepository } from '../articles/article.repository.js';
import { demoArticles, demoImages } from './demo-articles.js';
import { demoEvents, demoOrganisations, demoPeople, demoProjects } from './demo-ecosystem.js';
import { demoSectors } from './demo-sectors.js';

const publicDir = fileURLToPath(new URL('../../public', import.meta.url));

export interface SeedResult {
  seeded: boolean;
  sectors: number;
  articles: number;
  events: number;
  organisations: number;
  people: number;
  projects: number;
}

/** Inserts the demo content. With `onlyIfEmpty`, does nothing when articles already exist. */
export async function seedDemoContent(
  database: Database,
  services: Services,
  mediaDir: string,
  options: { onlyIfEmpty?: boolean } = {},
): Promise<SeedResult> {
  const { db } = database;
  const none: SeedResult = {
    seeded: false,
    sectors: 0,
    articles: 0,
    events: 0,
    organisations: 0,
    people: 0,
    projects: 0,
  };
  if (options.onlyIfEmpty !== false && (await articleRepository(db).countArticles()) > 0)
    return none;
  const now = new Date().toISOString();

  const sectorsRepo = sectorRepository(db);
  const existing = new Map((await sectorsRepo.listSectors('fr', 'fr')).map((s) => [s.slug, s.id]));
  const sectorIds = new Map<string, string>(existing);
  for (const [position, s] of demoSectors.entries()) {
    if (existing.has(s.slug)) continue;
    sectorIds.set(
      s.slug,
      await sectorsRepo.insertSector(
        { slug: s.slug, position, translations: { fr: s.fr, en: s.en } },
        now,
      ),
    );
  }
  services.sectors.invalidate();
  const sectorsOf = (slugs: readonly string[]) => slugs.map((s) => must(sectorIds, s, 'sector'));

  const imageIds = new Map<string, string>();
  const media = mediaRepository(db);
  for (const image of demoImages) {
    const source = join(publicDir, image.file);
    const target = join(mediaDir, image.file);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(source, target);
    const { size } = await stat(target);
    imageIds.set(
      image.key,
      await media.insertMedia(
        {
          storage_key: image.file,
          original_name: image.file.split('/').pop() ?? image.file,
          mime_type: image.file.endsWith('.svg') ? 'image/svg+xml' : 'image/jpeg',
          width: image.width,
          height: image.height,
          byte_size: size,
          credit: image.credit,
          alt: image.alt,
        },
        now,
      ),
    );
  }

  const orgIds = new Map<string, string>();
  const orgs = organisationRepository(db);
  // Parents first: an organisation may only name a parent already inserted.
  const pending = [...demoOrganisations];
  while (pending.length) {
    const index = pending.findIndex((o) => !o.parent || orgIds.has(o.parent));
    if (index < 0) throw new Error('Demo organisations have a parent cycle or an unknown parent.');
    const o = pending.splice(index, 1)[0]!;
    orgIds.set(
      o.key,
      await orgs.insertOrganisation(
        {
          slug: slugify(
            o.acronym && o.acronym.length <= 6 && o.name.length > 40 ? o.acronym : o.name,
          ),
          name: o.name,
          acronym: o.acronym ?? null,
          kind: o.kind,
          country: o.country,
          city: o.city ?? null,
          website: o.website ?? null,
          is_member: o.isMember ?? false,
          parent_id: o.parent ? must(orgIds, o.parent, 'organisation') : null,
          translations: {
            fr: {
              description: o.description.fr,
              competences: (o.competences?.fr ?? []).join('\n'),
            },
            en: {
              description: o.description.en,
              competences: (o.competences?.en ?? []).join('\n'),
            },
          },
          aliases: [
            ...(o.aliases ?? []).map((alias) => ({
              alias,
              kind: 'alias' as const,
              valid_until: null,
            })),
            ...(o.formerNames ?? []).map((f) => ({
              alias: f.name,
              kind: 'former_name' as const,
              valid_until: f.until,
            })),
          ],
          sector_ids: sectorsOf(o.sectors),
        },
        now,
      ),
    );
  }

  const personIds = new Map<string, string>();
  const people = personRepository(db);
  for (const p of demoPeople) {
    personIds.set(
      p.key,
      await people.insertPerson(
        {
          slug: slugify(`${p.givenName} ${p.familyName}`),
          given_name: p.givenName,
          family_name: p.familyName,
          honorific: p.honorific ?? null,
          translations: p.bio ? { fr: { bio: p.bio.fr }, en: { bio: p.bio.en } } : {},
          affiliations: p.affiliations.map((a) => ({
            organisation_id: must(orgIds, a.organisation, 'organisation'),
            starts_on: a.from ?? null,
            ends_on: a.to ?? null,
            roles: { fr: a.role.fr, en: a.role.en },
          })),
        },
        now,
      ),
    );
  }

  const projectIds = new Map<string, string>();
  const projects = projectRepository(db);
  for (const p of demoProjects) {
    projectIds.set(
      p.key,
      await projects.insertProject(
        {
          slug: p.slug ?? slugify(p.acronym ?? p.name),
          name: p.name,
          acronym: p.acronym ?? null,
          programme: p.programme,
          lead_organisation_id: must(orgIds, p.lead, 'organisation'),
          starts_on: p.startsOn ?? null,
          ends_on: p.endsOn ?? null,
          budget_eur: p.budgetEur ?? null,
          website: p.website ?? null,
          translations: {
            fr: { description: p.description.fr },
            en: { description: p.description.en },
          },
          partner_ids: (p.partners ?? []).map((k) => must(orgIds, k, 'organisation')),
          countries: p.countries,
          sector_ids: sectorsOf(p.sectors),
        },
        now,
      ),
    );
  }

  const mentions = mentionRepository(db);
  const eventIds = new Map<string, string>();
  const events = eventRepository(db);
  for (const e of demoEvents) {
    eventIds.set(
      e.key,
      await events.insertEvent(
        {
          slug: e.slug ?? slugify(e.title.fr),
          kind: e.kind,
          starts_at: new Date(e.startsAt).toISOString(),
          ends_at: new Date(e.endsAt).toISOString(),
          time_zone: e.timeZone,
          registration_url: e.registrationUrl ?? null,
          delegate_count: e.participants?.delegates ?? null,
          project_id: e.project ? must(projectIds, e.project, 'project') : null,
          translations: {
            fr: { title: e.title.fr, summary: e.summary.fr },
            // The demo keys are English words: the English address.
            en: { slug: e.key, title: e.title.en, summary: e.summary.en },
          },
          sector_ids: sectorsOf(e.sectors),
          venues: e.venues.map((v) => ({
            name: v.name,
            address: v.address ?? null,
            city: v.city,
            country: v.country,
            organisation_id: v.organisation ? must(orgIds, v.organisation, 'organisation') : null,
          })),
          countries: e.participants?.countries ?? [],
          organisations: [
            ...(e.organisers ?? []).map((k) => ({
              organisation_id: must(orgIds, k, 'organisation'),
              role: 'organiser' as const,
            })),
            ...(e.partners ?? []).map((k) => ({
              organisation_id: must(orgIds, k, 'organisation'),
              role: 'partner' as const,
            })),
            ...(e.participants?.organisations ?? []).map((k) => ({
              organisation_id: must(orgIds, k, 'organisation'),
              role: 'participant' as const,
            })),
          ],
          programme: (e.programme ?? []).map((item) => ({
            starts_at: new Date(item.startsAt).toISOString(),
            ends_at: item.endsAt ? new Date(item.endsAt).toISOString() : null,
            venue_index: item.venue ? e.venues.findIndex((v) => v.key === item.venue) : null,
            titles: { fr: item.title.fr, en: item.title.en },
            speaker_ids: (item.speakers ?? []).map((k) => must(personIds, k, 'person')),
          })),
        },
        now,
      ),
    );
  }

  for (const a of demoArticles) {
    const translations: Parameters<Services['articles']['createArticle']>[0]['translations'] = {};
    for (const [locale, t] of Object.entries(a.translations)) {
      if (!t) continue;
      translations[locale] = {
        title: t.title,
        ...(t.slug ? { slug: t.slug } : {}),
        ...(t.kicker ? { kicker: t.kicker } : {}),
        ...(t.creditLine ? { creditLine: t.creditLine } : {}),
        body: t.body,
        ...(t.excerpt ? { excerpt: t.excerpt } : {}),
        ...(t.seoDescription ? { seoDescription: t.seoDescription } : {}),
        ...(t.heroCaption ? { heroCaption: t.heroCaption } : {}),
        status: t.status ?? 'published',
      };
    }
    const articleId = await services.articles.createArticle({
      kind: a.kind,
      publishedAt: new Date(a.publishedAt).toISOString(),
      sectorSlugs: a.sectors,
      heroMediaId: a.heroImage ? must(imageIds, a.heroImage, 'image') : null,
      heroCredit: a.heroCredit ?? null,
      eventId: a.event ? must(eventIds, a.event, 'event') : null,
      projectId: a.project ? must(projectIds, a.project, 'project') : null,
      translations,
    });
    // The demo shows linked articles: every known entity detection finds is confirmed, as an
    // editor would; suggestions of unknown entities stay for review.
    for (const translationId of await mentions.listTranslationIdsOfArticle(articleId, 'fr')) {
      for (const m of await services.linking.detectMentions(translationId)) {
        if (m.entityId !== null) await services.linking.confirmMention(m.id);
      }
    }
  }
  // Articles were indexed as they were created; the directory's entities are indexed here.
  await services.search.reindexAll();
  // Written behind the services' backs (repositories): pages served before are stale.
  services.pages.contentChanged();

  return {
    seeded: true,
    sectors: sectorIds.size,
    articles: demoArticles.length,
    events: demoEvents.length,
    organisations: orgIds.size,
    people: personIds.size,
    projects: projectIds.size,
  };
}

function must(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Demo content refers to an unknown ${what} “${key}”.`);
  return id;
}
