// People in keyset pages by slug and one by id or slug, whole (biography in the reader's locale
// or the fallback's, every affiliation): part of the person service.
import type { DirectoryStatus } from '../kernel/directory-status.js';
import { mediaUrl } from '../kernel/media-url.js';
import {
  keysetPage,
  type KeysetPage,
  type KeysetRequest,
  type SlugPosition,
} from '../lib/keyset.js';
import { pickText, type LocalizedText } from '../lib/localized.js';
import type { PersonEntryRow, PersonKeysetRepository } from './person-keyset.repository.js';
import type { AffiliationRow, PersonRepository } from './person.repository.js';

/** A person with every affiliation, latest start first (undated ones last). */
export interface PersonEntry {
  id: string;
  slug: string;
  givenName: string;
  familyName: string;
  honorific: string | null;
  bio: LocalizedText;
  photoUrl: string | null;
  affiliations: {
    organisation: { id: string; slug: string; name: string };
    role: string;
    startsOn: string | null;
    endsOn: string | null;
  }[];
  /** Always published in what readers are given; drafts stay in the newsroom. */
  status: DirectoryStatus;
  updatedAt: string;
}

/** Latest start first, undated last, then by id: the same order on both engines. */
function byStartDesc(a: AffiliationRow, b: AffiliationRow): number {
  if (a.starts_on !== b.starts_on) {
    if (a.starts_on === null) return 1;
    if (b.starts_on === null) return -1;
    return a.starts_on < b.starts_on ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function personKeysetReads(deps: {
  keyset: PersonKeysetRepository;
  people: PersonRepository;
  defaultLocale: string;
}) {
  const { keyset, defaultLocale } = deps;

  async function whole(rows: PersonEntryRow[], locale: string): Promise<PersonEntry[]> {
    const affiliations = await deps.people.listAffiliations(
      { personIds: rows.map((r) => r.id) },
      locale,
      defaultLocale,
    );
    affiliations.sort(byStartDesc);
    return rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      givenName: r.given_name,
      familyName: r.family_name,
      honorific: r.honorific,
      bio: pickText(r.bio, r.fallback_bio, locale, defaultLocale),
      photoUrl: r.photo_storage_key ? mediaUrl(r.photo_storage_key) : null,
      affiliations: affiliations
        .filter((a) => a.person_id === r.id)
        .map((a) => ({
          organisation: {
            id: a.organisation_id,
            slug: a.organisation_slug,
            name: a.organisation_name,
          },
          role: a.role_title,
          startsOn: a.starts_on,
          endsOn: a.ends_on,
        })),
      status: r.status,
      updatedAt: r.updated_at,
    }));
  }

  return {
    /** People by slug after a position. */
    async listPeopleAfter(
      page: KeysetRequest<SlugPosition>,
      locale: string,
    ): Promise<KeysetPage<PersonEntry>> {
      const rows = await keyset.listPeopleAfter(
        { ...page, limit: page.limit + 1 },
        locale,
        defaultLocale,
      );
      const cut = keysetPage(rows, page.limit);
      return { items: await whole(cut.items, locale), more: cut.more };
    },

    /** One live person by id or slug. */
    async findPersonEntry(
      by: { id: string } | { slug: string },
      locale: string,
    ): Promise<PersonEntry | undefined> {
      const row = await keyset.findPersonEntry(by, locale, defaultLocale);
      return row && (await whole([row], locale))[0];
    },
  };
}
