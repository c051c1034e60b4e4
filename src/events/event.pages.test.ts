// HTTP behaviour of the agenda, the event pages and their iCalendar files, on every dialect.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/support/dialects.js';
import { directorySite, pageReader } from '../../test/support/site.js';

describe.each(testDialects())('event pages on $name', (dialect) => {
  const { get, html } = pageReader(directorySite(dialect));
  const eventLinks = (page: string, locale: string) =>
    [...page.matchAll(new RegExp(`<h2><a href="/${locale}/(?:agenda|events)/([^"]+)"`, 'g'))].map(
      (m) => m[1],
    );

  it.each([
    ['/fr/agenda', 'fr', 'Agenda'],
    ['/en/events', 'en', 'Events'],
  ])('lists upcoming events soonest first at %s', async (path, lang, title) => {
    const page = await html(path);
    expect(page).toContain(`<html lang="${lang}">`);
    expect(page).toContain(`<h1>${title}</h1>`);
    expect(eventLinks(page, lang)).toEqual([
      'salon-en-cours',
      'webinaire-2026',
      'defence-day-2027',
    ]);
    expect(page).toMatch(/<a href="\/\w+\/\w+" aria-current="page">(À venir|Upcoming)<\/a>/);
  });

  it('lists past events with ?when=past and keeps the switch in the form', async () => {
    const page = await html('/en/events?when=past');
    expect(page).toContain('<h1>Past events</h1>');
    expect(eventLinks(page, 'en')).toEqual(['delegation-asie-centrale-2025']);
    expect(page).toContain('<input type="hidden" name="when" value="past"/>');
    expect(page).toContain('<option value="2025">2025</option>');
  });

  it.each([
    ['/fr/agenda?sector=defence', ['webinaire-2026', 'defence-day-2027']],
    ['/fr/agenda?kind=webinar', ['webinaire-2026']],
    ['/fr/agenda?year=2027', ['defence-day-2027']],
    ['/fr/agenda?year=1999', []],
    [
      '/fr/agenda?when=past&sector=space&kind=delegation_visit&year=2025',
      ['delegation-asie-centrale-2025'],
    ],
    [
      '/fr/agenda?when=&sector=&kind=&year=',
      ['salon-en-cours', 'webinaire-2026', 'defence-day-2027'],
    ],
  ])('filters %s', async (path, expected) => {
    const page = await html(path);
    expect(eventLinks(page, 'fr')).toEqual(expected);
    if (expected.length === 0) expect(page).toContain('Aucun événement à venir');
  });

  it.each([
    '/fr/agenda?when=later',
    '/fr/agenda?kind=party',
    '/fr/agenda?sector=nope',
    '/en/events?year=20x5',
    '/en/events?year=99999',
    '/en/events?page=0',
  ])('answers 400 with the error page for %s', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('error-page');
  });

  it.each([
    '/fr/agenda/nope',
    '/en/events/nope',
    '/fr/agenda/nope.ics',
    '/en/events?page=5',
    '/fr/agenda/delegation-asie-centrale-2025?page=2',
  ])('answers 404 for %s', async (path) => {
    expect((await get(path)).status).toBe(404);
  });

  it('shows an event with itinerary, programme in its time zone, organisations and participants', async () => {
    const page = await html('/fr/agenda/delegation-asie-centrale-2025');
    expect(page).toContain('<h1>Délégation d’Asie centrale en Wallonie</h1>');
    expect(page).toMatch(/lundi 3 novembre 2025, 09:30\s?–\s?17:30/u);
    expect(page).toContain('heure normale d’Europe centrale');
    expect(page).toContain('<ol class="itinerary">');
    expect(page.indexOf('>ESEC</a>')).toBeLessThan(page.indexOf('>Centre Spatial de Liège</a>'));
    expect(page).toContain('<time datetime="2025-11-03T08:30:00.000Z">09:30</time>');
    expect(page).toContain('<time datetime="2025-11-03T13:00:00.000Z">14:00</time>');
    expect(page).toContain('<a href="/fr/personnes/christian-baijot">Christian Baijot</a>');
    expect(page).toContain(
      '<a href="/fr/personnes/amelie-de-froidmont">Dr Amélie de Froidmont</a>',
    );
    expect(page).toContain('15 délégués');
    for (const country of ['Kazakhstan', 'Ouzbékistan', 'Tadjikistan', 'Turkménistan'])
      expect(page).toContain(country);
    expect(page).toContain('href="/fr/organisations/ecole-de-lair"');
    expect(page).toContain('href="/fr/projets/tei-asie-centrale"');
    expect(page).toContain('Cet événement est terminé.');
    expect((page.match(/<article class="card"/g) ?? []).length).toBe(1);
    expect(page).toContain('href="/fr/agenda/delegation-asie-centrale-2025.ics"');
  });

  it('shows times in the event’s own time zone, and a registration link while upcoming', async () => {
    const page = await html('/en/events/defence-day-2027');
    expect(page).toContain('<h1 lang="fr">Journée défense à New York</h1>');
    // 13:00 UTC is 09:00 in New York on 16 March 2027 (daylight saving time).
    expect(page).toMatch(
      /Tuesday, 16 March 2027 at 09:00\s?–\s?Wednesday, 17 March 2027 at 17:00/u,
    );
    expect(page).toContain('Eastern Daylight Time');
    expect(page).toContain('href="https://register.example/defence"');
  });

  it('serves the event as iCalendar with one VEVENT that a parser reads back', async () => {
    const res = await get('/en/events/delegation-asie-centrale-2025.ics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await res.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text).toContain('DTSTART:20251103T083000Z\r\n');
    expect(text).toContain('DTEND:20251103T163000Z\r\n');
    const vevents = ICAL.Component.fromString(text).getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(1);
    const vevent = vevents[0]!;
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe('Central Asian delegation in Wallonia');
    expect(event.location).toBe(
      'ESEC, Redu, Belgium; Centre Spatial de Liège, Avenue du Pré-Aily, Liège, Belgium',
    );
    expect(event.description).toContain('A day in Redu, then Liège.');
    expect(event.description).toContain('09:30 Welcome at ESEC');
    expect(event.startDate.toJSDate().toISOString()).toBe('2025-11-03T08:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2025-11-03T16:30:00.000Z');
    expect(event.uid).toMatch(/^event-[0-9a-f-]+@localhost$/);
    expect(vevent.getFirstPropertyValue('url')).toBe(
      'http://localhost:3000/en/events/delegation-asie-centrale-2025',
    );
    expect(vevent.getFirstPropertyValue('dtstamp')).toBeTruthy();
  });

  it('names an event without venue as online in its iCalendar file', async () => {
    const text = await (await get('/fr/agenda/webinaire-2026.ics')).text();
    const event = new ICAL.Event(ICAL.Component.fromString(text).getFirstSubcomponent('vevent')!);
    expect(event.location).toBe('En ligne');
  });

  it('links each upcoming event from the home page', async () => {
    const page = await html('/en/');
    expect(page).toContain('href="/en/events/webinaire-2026"');
  });
});
