import { describe, expect, it } from 'vitest';
import {
  eventTimeZones,
  isTimeZone,
  toEventForm,
  toEventRecord,
  wallToIso,
} from './event-editor.form.js';

const locales = ['fr', 'en'];

describe('event editor form', () => {
  it('stores wall-clock times of the event’s zone as UTC instants, and shows them back', () => {
    const form = {
      slug: 'salon-tokyo',
      kind: 'trade_show',
      starts_at: '2027-04-14T09:00',
      ends_at: '2027-04-16T17:00',
      time_zone: 'Asia/Tokyo',
      'fr.title': 'Salon à Tokyo',
      'fr.summary': '',
      'en.title': '',
      'en.summary': '',
      'venues.0.name': 'Tokyo Big Sight',
      'venues.0.address': '',
      'venues.0.city': 'Tokyo',
      'venues.0.country': 'JP',
      'venues.0.organisation': '',
      'programme.0.starts_at': '2027-04-14T10:00',
      'programme.0.ends_at': '',
      'programme.0.venue': '1',
      'programme.0.fr.title': 'Ouverture',
      'programme.0.en.title': '',
      'programme.0.speakers': '',
    };
    const record = toEventRecord(form, locales);
    expect(record.starts_at).toBe('2027-04-14T00:00:00.000Z');
    expect(record.ends_at).toBe('2027-04-16T08:00:00.000Z');
    // A blank per-language address takes the main slug.
    expect(record.translations).toEqual({
      fr: { slug: 'salon-tokyo', title: 'Salon à Tokyo', summary: '' },
    });
    expect(record.programme).toEqual([
      {
        starts_at: '2027-04-14T01:00:00.000Z',
        ends_at: null,
        venue_index: 0,
        titles: { fr: 'Ouverture' },
        speaker_ids: [],
      },
    ]);
    expect(toEventForm(record, locales)).toEqual({
      ...form,
      registration_url: '',
      delegate_count: '',
      project: '',
      sectors: '',
      countries: '',
    });
  });

  it('stores the programme in time order, items starting together in the order typed', () => {
    const item = (n: number, startsAt: string, venue: string, title: string) => ({
      [`programme.${n}.starts_at`]: startsAt,
      [`programme.${n}.ends_at`]: '',
      [`programme.${n}.venue`]: venue,
      [`programme.${n}.fr.title`]: title,
      [`programme.${n}.en.title`]: '',
      [`programme.${n}.speakers`]: '',
    });
    const record = toEventRecord(
      {
        slug: 'visite',
        kind: 'delegation_visit',
        starts_at: '2025-11-03T09:00',
        ends_at: '2025-11-03T18:00',
        time_zone: 'Europe/Brussels',
        'venues.0.name': 'Redu',
        'venues.1.name': 'Liège',
        ...item(0, '2025-11-03T09:30', '1', 'Accueil'),
        ...item(1, '2025-11-03T14:00', '2', 'Essais'),
        ...item(2, '2025-11-03T14:00', '2', 'Atelier parallèle'),
        // Added last, in the blank row at the end of the form.
        ...item(3, '2025-11-03T12:15', '1', 'Déjeuner'),
      },
      locales,
    );
    expect(record.programme.map((p) => [p.titles.fr, p.venue_index])).toEqual([
      ['Accueil', 0],
      ['Déjeuner', 0],
      ['Essais', 1],
      ['Atelier parallèle', 1],
    ]);
  });

  it('reads times across a daylight-saving change in the zone of the event', () => {
    expect(wallToIso('2027-03-27T12:00', 'Europe/Brussels')).toBe('2027-03-27T11:00:00.000Z');
    expect(wallToIso('2027-03-28T12:00', 'Europe/Brussels')).toBe('2027-03-28T10:00:00.000Z');
  });

  it('refuses unknown zones and years Date.UTC would misread', () => {
    expect(isTimeZone('Europe/Brussels')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(wallToIso('2027-03-27T12:00', 'Mars/Olympus_Mons')).toBeUndefined();
    expect(wallToIso('0050-03-27T12:00', 'Europe/Brussels')).toBeUndefined();
    expect(wallToIso('2027-03-27T25:00', 'Europe/Brussels')).toBeUndefined();
  });

  it('offers Brussels first and only zones the runtime knows', () => {
    expect(eventTimeZones[0]).toBe('Europe/Brussels');
    expect(eventTimeZones.length).toBeGreaterThan(20);
    expect(eventTimeZones.every(isTimeZone)).toBe(true);
  });
});
