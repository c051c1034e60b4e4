// Rules for reading events (this issue: the upcoming events of the home page).
import type { EventCardRow, EventRepository } from './event.repository.js';

export interface EventServiceDeps {
  events: EventRepository;
  defaultLocale: string;
  now: () => Date;
}

export function eventService(deps: EventServiceDeps) {
  return {
    /** Events not yet over, soonest first. */
    async listUpcoming(locale: string, limit = 3): Promise<EventCardRow[]> {
      return deps.events.listUpcomingEvents(
        deps.now().toISOString(),
        limit,
        locale,
        deps.defaultLocale,
      );
    },
  };
}

export type EventService = ReturnType<typeof eventService>;
