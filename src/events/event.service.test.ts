// Reading events for the agenda and event pages (repository and service), on every dialect.
import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/support/dialects.js';
import { directoryWorld } from '../../test/support/site.js';
import type { EventListFilter } from './event.service.js';

describe.each(testDialects())('events on $name', (dialect) => {
  const w = directoryWorld(dialect);

  const slugs = async (filter: EventListFilter, locale = 'fr') =>
    (await w.services.events.listEvents(locale, filter, 1)).items.map((e) => e.slug);

  it('splits upcoming (soonest first, running ones included) from past (latest first)', async () => {
    expect(await slugs({ when: 'upcoming' })).toEqual([
      'salon-en-cours',
      'webinaire-2026',
      'defence-day-2027',
    ]);
    expect(await slugs({ when: 'past' })).toEqual(['delegation-asie-centrale-2025']);
  });

  it('filters by kind, sector and year', async () => {
    expect(await slugs({ when: 'upcoming', kind: 'webinar' })).toEqual(['webinaire-2026']);
    expect(await slugs({ when: 'upcoming', sector: 'defence' })).toEqual([
      'webinaire-2026',
      'defence-day-2027',
    ]);
    expect(await slugs({ when: 'upcoming', year: 2027 })).toEqual(['defence-day-2027']);
    expect(await slugs({ when: 'upcoming', year: 1999 })).toEqual([]);
    expect(await slugs({ when: 'past', sector: 'space', kind: 'delegation_visit' })).toEqual([
      'delegation-asie-centrale-2025',
    ]);
    await expect(
      w.services.events.listEvents('fr', { when: 'past', sector: 'nope' }, 1),
    ).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('paginates the agenda; a page past the end is not found', async () => {
    const second = await w.services.events.listEvents('fr', { when: 'upcoming' }, 2, 2);
    expect(second.items.map((e) => e.slug)).toEqual(['defence-day-2027']);
    expect(second.page).toMatchObject({ total: 3, pageCount: 2 });
    await expect(
      w.services.events.listEvents('fr', { when: 'upcoming' }, 3, 2),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('lists the years that have events on each side of today', async () => {
    expect(await w.services.events.listEventYears('upcoming')).toEqual([2026, 2027]);
    expect(await w.services.events.listEventYears('past')).toEqual([2025]);
  });

  it('titles cards in the reader’s language, else in French', async () => {
    const { items } = await w.services.events.listEvents('en', { when: 'upcoming' }, 1);
    const conference = items.find((e) => e.slug === 'defence-day-2027')!;
    expect(conference).toMatchObject({
      title: 'Journée défense à New York',
      contentLocale: 'fr',
      timeZone: 'America/New_York',
      city: 'New York',
    });
  });

  it('shows an event with itinerary, programme, organisations, countries and project', async () => {
    const e = await w.services.events.getEventPage('en', 'delegation-asie-centrale-2025');
    expect(e).toMatchObject({
      title: 'Central Asian delegation in Wallonia',
      contentLocale: 'en',
      isPast: true,
      delegateCount: 15,
      countries: ['KZ', 'TJ', 'TM', 'UZ'],
      project: { slug: 'tei-asie-centrale', acronym: 'TEI' },
      organisers: [{ slug: 'centre-spatial-de-liege' }],
      partners: [{ slug: 'esa' }],
      participants: [{ slug: 'ecole-de-lair' }],
      sectors: [{ slug: 'space' }],
    });
    expect(e.venues.map((v) => [v.name, v.organisationSlug])).toEqual([
      ['ESEC', 'esec'],
      ['Centre Spatial de Liège', 'centre-spatial-de-liege'],
    ]);
    expect(
      e.programme.map((i) => [
        i.title,
        i.titleLocale,
        i.venue?.name,
        i.speakers.map((s) => s.slug),
      ]),
    ).toEqual([
      ['Welcome at ESEC', 'en', 'ESEC', ['christian-baijot']],
      ['Essais au CSL', 'fr', 'Centre Spatial de Liège', ['amelie-de-froidmont', 'sophie-marchal']],
    ]);
  });

  it('lists an organisation’s events with what it was there, hosts included', async () => {
    const csl = await w.services.events.listEventsOfOrganisation('fr', w.org.csl);
    expect(csl.map((e) => [e.event.slug, e.roles])).toEqual([
      ['delegation-asie-centrale-2025', ['organiser', 'host']],
    ]);
    const corvilis = await w.services.events.listEventsOfOrganisation('fr', w.org.corvilis);
    expect(corvilis.map((e) => [e.event.slug, e.roles])).toEqual([
      ['defence-day-2027', ['organiser']],
      ['salon-en-cours', ['participant']],
    ]);
    const esec = await w.services.events.listEventsOfOrganisation('fr', w.org.esec);
    expect(esec.map((e) => e.roles)).toEqual([['host']]);
  });

  it('lists a speaker’s events with their sessions, and a project’s events', async () => {
    const marchal = await w.services.events.listEventsWithSpeaker('en', w.person.marchal);
    expect(marchal.map((e) => [e.event.slug, e.sessions.map((s) => s.title)])).toEqual([
      ['defence-day-2027', ['Panel']],
      ['delegation-asie-centrale-2025', ['Essais au CSL']],
    ]);
    const tei = await w.services.events.listEventsOfProject('fr', w.project.tei);
    expect(tei.map((e) => e.slug)).toEqual(['delegation-asie-centrale-2025']);
  });

  it('answers not_found for an unknown event', async () => {
    await expect(w.services.events.getEventPage('fr', 'nope')).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
