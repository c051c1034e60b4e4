// schema.org Event of an event page: dates with the event's offset, venues as Places, organisers,
// speakers as performers. No `offers`: events store no price, and an Offer without price,
// currency and validity is one search engines flag (the registration link is on the page).
import { paths } from '../i18n/paths.js';
import type { PageContext } from '../views/context.js';
import {
  breadcrumbJsonLd,
  defaultImage,
  isoWithOffset,
  orgRef,
  personRef,
  publisher,
  schemaContext,
  type Json,
} from '../views/json-ld.js';
import type { EventView } from './event.presenter.js';

/** `image`: the path of the event's picture, if any; else the site's sharing image. */
export function eventJsonLd(ctx: PageContext, event: EventView, image: string | null): Json {
  const url = ctx.baseUrl + paths.event(ctx.locale, event.slug);
  const online = event.venues.length === 0;
  const performers = new Map<string, Json>();
  for (const item of event.programme)
    for (const s of item.speakers) performers.set(s.slug, personRef(ctx, s));
  return {
    '@context': schemaContext,
    '@type': 'Event',
    name: event.title,
    ...(event.summary ? { description: event.summary } : {}),
    inLanguage: event.contentLocale,
    url,
    image: [image ? ctx.baseUrl + image : defaultImage(ctx)],
    startDate: isoWithOffset(event.startsAt, event.timeZone),
    endDate: isoWithOffset(event.endsAt, event.timeZone),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: online
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: online
      ? { '@type': 'VirtualLocation', url: event.registrationUrl ?? url }
      : event.venues.map((v) => ({
          '@type': 'Place',
          name: v.name,
          address: {
            '@type': 'PostalAddress',
            ...(v.address ? { streetAddress: v.address } : {}),
            ...(v.city ? { addressLocality: v.city } : {}),
            ...(v.country ? { addressCountry: v.country } : {}),
          },
        })),
    organizer:
      event.organisers.length > 0 ? event.organisers.map((o) => orgRef(ctx, o)) : publisher(ctx),
    ...(performers.size > 0 ? { performer: [...performers.values()] } : {}),
    ...(event.partners.length > 0 ? { sponsor: event.partners.map((o) => orgRef(ctx, o)) } : {}),
  };
}

export function eventPageJsonLd(ctx: PageContext, event: EventView, image: string | null): Json[] {
  return [
    eventJsonLd(ctx, event, image),
    breadcrumbJsonLd(ctx, [
      { name: ctx.t('nav.events'), path: paths.events(ctx.locale) },
      { name: event.title, path: paths.event(ctx.locale, event.slug) },
    ]),
  ];
}
