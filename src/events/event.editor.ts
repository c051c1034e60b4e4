// The event as the directory editor sees it: its form (times in the event's own time zone, an
// itinerary of venues, a programme whose items name a venue by its row number, organisations by
// role), its choices and its checks.
import type { FieldErrors } from '../kernel/form-errors.js';
import { directoryChoicesRepository } from '../directory/directory-choices.repository.js';
import { rowsOf, type DirectoryForm, type FormSpec } from '../directory/directory-form.js';
import type { DirectoryKind } from '../directory/directory-kind.js';
import { localeInfo, translator } from '../i18n/locales.js';
import { paths } from '../i18n/paths.js';
import { formatLongDate } from '../lib/dates.js';
import { slugify } from '../lib/slug.js';
import { eventEditorRepository } from './event-editor.repository.js';
import {
  defaultTimeZone,
  eventTimeZones,
  isTimeZone,
  maxVenues,
  participantRoles,
  toEventForm,
  toEventRecord,
  wallToIso,
} from './event-editor.form.js';
import { eventKinds } from './event.schema.js';

const spec: FormSpec = {
  fields: [
    {
      name: 'slug',
      type: 'slug',
      label: 'directoryEditor.field.slug',
      hint: 'eventEditor.hint.slug',
    },
    {
      name: 'slug',
      type: 'slug',
      label: 'directoryEditor.field.localSlug',
      hint: 'eventEditor.hint.localSlug',
      perLocale: true,
      max: 200,
    },
    {
      name: 'kind',
      type: 'select',
      label: 'directoryEditor.field.kind',
      required: true,
      choices: 'eventKinds',
    },
    {
      name: 'starts_at',
      type: 'datetime',
      label: 'eventEditor.field.startsAt',
      hint: 'eventEditor.hint.localTime',
      required: true,
    },
    {
      name: 'ends_at',
      type: 'datetime',
      label: 'eventEditor.field.endsAt',
      hint: 'eventEditor.hint.localTime',
      required: true,
    },
    {
      name: 'time_zone',
      type: 'select',
      label: 'eventEditor.field.timeZone',
      required: true,
      choices: 'timeZones',
    },
    {
      name: 'registration_url',
      type: 'url',
      label: 'eventEditor.field.registrationUrl',
      max: 500,
    },
    {
      name: 'delegate_count',
      type: 'number',
      label: 'eventEditor.field.delegateCount',
      hint: 'eventEditor.hint.delegateCount',
      max: 6,
    },
    { name: 'project', type: 'select', label: 'eventEditor.field.project', choices: 'projects' },
    {
      name: 'sectors',
      type: 'checkboxes',
      label: 'directoryEditor.field.sectors',
      choices: 'sectors',
    },
    {
      name: 'countries',
      type: 'countries',
      label: 'eventEditor.field.countries',
      hint: 'eventEditor.hint.countries',
      max: 400,
    },
    { name: 'title', type: 'text', label: 'eventEditor.field.title', perLocale: true },
    {
      name: 'summary',
      type: 'textarea',
      label: 'eventEditor.field.summary',
      perLocale: true,
      max: 5000,
    },
  ],
  groups: [
    {
      name: 'venues',
      label: 'eventEditor.group.venues',
      rowLabel: 'directoryEditor.row.venue',
      blankRows: 2,
      maxRows: maxVenues,
      fields: [
        { name: 'name', type: 'text', label: 'directoryEditor.field.name', required: true },
        { name: 'address', type: 'text', label: 'eventEditor.field.address', max: 300 },
        { name: 'city', type: 'text', label: 'directoryEditor.field.city', max: 100 },
        {
          name: 'country',
          type: 'country',
          label: 'directoryEditor.field.country',
          hint: 'directoryEditor.hint.country',
        },
        {
          name: 'organisation',
          type: 'select',
          label: 'eventEditor.field.host',
          choices: 'organisations',
        },
      ],
    },
    {
      name: 'programme',
      label: 'eventEditor.group.programme',
      rowLabel: 'directoryEditor.row.programme',
      blankRows: 3,
      maxRows: 80,
      fields: [
        {
          name: 'starts_at',
          type: 'datetime',
          label: 'eventEditor.field.startsAt',
          required: true,
        },
        { name: 'ends_at', type: 'datetime', label: 'eventEditor.field.endsAt' },
        {
          name: 'venue',
          type: 'select',
          label: 'eventEditor.field.venue',
          hint: 'eventEditor.hint.venue',
          choices: 'venueRows',
          rowOf: 'venues',
        },
        { name: 'title', type: 'text', label: 'eventEditor.field.title', perLocale: true },
        {
          name: 'speakers',
          type: 'multiselect',
          label: 'eventEditor.field.speakers',
          choices: 'people',
        },
      ],
    },
    {
      name: 'participants',
      label: 'eventEditor.group.participants',
      rowLabel: 'directoryEditor.row.participant',
      blankRows: 3,
      maxRows: 100,
      fields: [
        {
          name: 'organisation',
          type: 'select',
          label: 'eventEditor.field.organisation',
          // Not `required`: a required select offers no blank choice, so the form's blank rows
          // would come back with the first organisation picked. checkRows requires it instead.
          choices: 'organisations',
        },
        {
          name: 'role',
          type: 'select',
          label: 'eventEditor.field.role',
          hint: 'eventEditor.hint.role',
          choices: 'participantRoles',
        },
      ],
    },
  ],
};

/** Longest event the form takes: a typo in the year should not make a decade-long fair. */
const maxEventMs = 366 * 24 * 3600 * 1000;

/** Errors of the times: the event's own, then each programme item's, against the event. */
function checkTimes(form: DirectoryForm, errors: FieldErrors): void {
  const zone = form.time_zone ?? '';
  if (!isTimeZone(zone)) {
    errors.time_zone = { key: 'eventEditor.error.timeZone' };
    return;
  }
  const starts = wallToIso(form.starts_at, zone);
  const ends = wallToIso(form.ends_at, zone);
  if (!starts) errors.starts_at = { key: 'directoryEditor.error.datetime' };
  if (!ends) errors.ends_at = { key: 'directoryEditor.error.datetime' };
  if (!starts || !ends) return;
  if (ends <= starts) errors.ends_at = { key: 'eventEditor.error.endBeforeStart' };
  else if (Date.parse(ends) - Date.parse(starts) > maxEventMs)
    errors.ends_at = { key: 'eventEditor.error.tooLongEvent' };
  // Items are held against the event's span only once that span is right.
  const within = !errors.ends_at;
  const shown = (wall: string | undefined) => (wall ?? '').replace('T', ' ');
  const bounds = { start: shown(form.starts_at), end: shown(form.ends_at) };
  rowsOf(form, 'programme').forEach((item, i) => {
    const key = (field: string) => `programme.${i}.${field}`;
    const itemStarts = wallToIso(item.starts_at, zone);
    const itemEnds = item.ends_at ? wallToIso(item.ends_at, zone) : undefined;
    if (!itemStarts) errors[key('starts_at')] = { key: 'directoryEditor.error.datetime' };
    else if (within && (itemStarts < starts || itemStarts > ends))
      errors[key('starts_at')] = { key: 'eventEditor.error.outsideEvent', params: bounds };
    if (!item.ends_at) return;
    if (!itemEnds) errors[key('ends_at')] = { key: 'directoryEditor.error.datetime' };
    else if (itemStarts && itemEnds <= itemStarts)
      errors[key('ends_at')] = { key: 'eventEditor.error.endBeforeStart' };
    else if (within && itemEnds > ends)
      errors[key('ends_at')] = { key: 'eventEditor.error.outsideEvent', params: bounds };
  });
}

/** Titles: the default language's is required, and a summary needs a title beside it. */
function checkTexts(form: DirectoryForm, locales: readonly string[], errors: FieldErrors): void {
  const [first] = locales;
  for (const locale of locales)
    if (!form[`${locale}.title`] && (locale === first || form[`${locale}.summary`]))
      errors[`${locale}.title`] = { key: 'directoryEditor.error.required' };
  rowsOf(form, 'programme').forEach((item, i) => {
    if (first && !item[`${first}.title`])
      errors[`programme.${i}.${first}.title`] = { key: 'directoryEditor.error.required' };
  });
}

/** Programme items name an existing venue row; each organisation row names one, once. */
function checkRows(form: DirectoryForm, errors: FieldErrors): void {
  const venueCount = rowsOf(form, 'venues').length;
  rowsOf(form, 'programme').forEach((item, i) => {
    if (item.venue && Number(item.venue) > venueCount)
      errors[`programme.${i}.venue`] = {
        key: 'eventEditor.error.unknownVenue',
        params: { n: item.venue, count: venueCount },
      };
  });
  const seen = new Set<string>();
  rowsOf(form, 'participants').forEach((p, i) => {
    if (!p.organisation) {
      errors[`participants.${i}.organisation`] = { key: 'directoryEditor.error.required' };
      return;
    }
    if (seen.has(p.organisation))
      errors[`participants.${i}.organisation`] = { key: 'eventEditor.error.participantTwice' };
    seen.add(p.organisation);
  });
}

export function eventKind(locales: readonly string[]): DirectoryKind {
  const [first = 'fr'] = locales;
  return {
    type: 'event',
    table: 'event',
    path: 'events',
    labels: {
      list: 'directoryEditor.events',
      create: 'directoryEditor.events.new',
      edit: 'directoryEditor.events.edit',
    },
    spec,
    async choices(db, locale, form) {
      const t = translator(locale);
      const repo = directoryChoicesRepository(db);
      const [organisations, people, sectors, projects] = await Promise.all([
        repo.listOrganisationChoices(),
        repo.listPersonChoices(),
        repo.listSectorChoices(locale),
        repo.listProjectChoices(),
      ]);
      return {
        organisations,
        people,
        sectors,
        projects,
        eventKinds: eventKinds.map((k) => ({ value: k, label: t(`event.kind.${k}`) })),
        timeZones: eventTimeZones.map((z) => ({ value: z, label: z.replace(/_/g, ' ') })),
        venueRows: Array.from({ length: maxVenues }, (_, i) => ({
          value: String(i + 1),
          label: [t('eventEditor.venueRow', { n: i + 1 }), form[`venues.${i}.name`]]
            .filter(Boolean)
            .join(' — '),
        })),
        participantRoles: participantRoles.map((r) => ({
          value: r,
          label: t(`organisation.role.${r}`),
        })),
      };
    },
    async load(db, id) {
      const record = await eventEditorRepository(db).findEventRecord(id);
      return record && toEventForm(record, locales);
    },
    normalise(form): DirectoryForm {
      const out: DirectoryForm = {
        ...form,
        slug: form.slug || slugify(form[`${first}.title`] ?? ''),
        time_zone: form.time_zone || defaultTimeZone,
        countries: (form.countries ?? '').split(',').filter(Boolean).sort().join(','),
      };
      for (let i = 0; out[`participants.${i}.organisation`] !== undefined; i++)
        if (out[`participants.${i}.organisation`]) out[`participants.${i}.role`] ||= 'participant';
      return out;
    },
    async check(db, form, id): Promise<FieldErrors> {
      const errors: FieldErrors = {};
      if (!form.slug) errors.slug = { key: 'directoryEditor.error.required' };
      else if (await eventEditorRepository(db).isSlugTaken(form.slug, id))
        errors.slug = { key: 'directoryEditor.error.slugTaken', params: { slug: form.slug } };
      // A blank address in a language is the event's own slug there.
      for (const locale of locales) {
        const key = form[`${locale}.slug`] ? `${locale}.slug` : 'slug';
        const slug = form[key];
        if (slug && !errors[key])
          if (await eventEditorRepository(db).isLocalSlugTaken(locale, slug, id))
            errors[key] = { key: 'directoryEditor.error.slugTaken', params: { slug } };
      }
      checkTexts(form, locales, errors);
      checkTimes(form, errors);
      checkRows(form, errors);
      return errors;
    },
    write: (trx, id, form, now, created) =>
      eventEditorRepository(trx).writeEvent(id, toEventRecord(form, locales), now, created),
    async list(db, query) {
      const fallback = locales.find((l) => l !== query.locale) ?? first;
      const { rows, total } = await eventEditorRepository(db).listEventRows(query, fallback);
      const tag = localeInfo(query.locale).tag;
      return {
        total,
        rows: rows.map((r) => ({
          id: r.id,
          title: r.title,
          badge: `event.kind.${r.kind}` as const,
          detail: [formatLongDate(r.starts_at, tag, r.time_zone), r.city]
            .filter(Boolean)
            .join(' · '),
          updatedAt: r.updated_at,
          deletedAt: r.deleted_at,
        })),
      };
    },
    title: (form, locale) =>
      form[`${locale}.title`] ||
      locales.map((l) => form[`${l}.title`]).find(Boolean) ||
      form.slug ||
      '—',
    publicPath: (form, locale) => {
      const slug = form[`${locale}.slug`] || form.slug;
      return slug ? paths.event(locale, slug) : undefined;
    },
  };
}
