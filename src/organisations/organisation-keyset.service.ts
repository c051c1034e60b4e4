// Organisations of the directory in keyset pages by slug and one by id or slug, whole (texts in
// the reader's locale or the fallback's, parent, sectors): part of the organisation service.
import { mediaUrl } from '../kernel/media-url.js';
import type { SectorTag } from '../views/cards.js';
import type { OrganisationKind } from '../db/tables/organisation.table.js';
import { safeHttpUrl } from '../lib/intl.js';
import { keysetPage, type KeysetPage } from '../lib/keyset.js';
import { pickText, type LocalizedText } from '../lib/localized.js';
import type { SectorReads } from '../sectors/sector.service.js';
import type {
  OrganisationEntryRow,
  OrganisationKeysetFilter,
  OrganisationKeysetRepository,
} from './organisation-keyset.repository.js';
import { splitLines } from './organisation.presenter.js';

/** An organisation with everything the directory says of it. */
export interface OrganisationEntry {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  kind: OrganisationKind;
  country: string | null;
  city: string | null;
  /** An http(s) URL, or null. */
  website: string | null;
  isMember: boolean;
  parent: { id: string; slug: string; name: string } | null;
  sectors: SectorTag[];
  description: LocalizedText;
  competences: string[];
  logoUrl: string | null;
  version: number;
  updatedAt: string;
}

export function organisationKeysetReads(deps: {
  keyset: OrganisationKeysetRepository;
  sectors: SectorReads;
  defaultLocale: string;
}) {
  const { keyset, sectors, defaultLocale } = deps;

  async function whole(rows: OrganisationEntryRow[], locale: string): Promise<OrganisationEntry[]> {
    const sectorMap = await sectors.listSectorsOfOrganisations(
      rows.map((r) => r.id),
      locale,
      defaultLocale,
    );
    return rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      acronym: r.acronym,
      kind: r.kind,
      country: r.country,
      city: r.city,
      website: safeHttpUrl(r.website),
      isMember: r.is_member === 1,
      parent:
        r.parent_id && r.parent_slug && r.parent_name !== null
          ? { id: r.parent_id, slug: r.parent_slug, name: r.parent_name }
          : null,
      sectors: (sectorMap.get(r.id) ?? []).map((s) => ({ slug: s.slug, name: s.name })),
      description: pickText(r.description, r.fallback_description, locale, defaultLocale),
      competences: splitLines(
        pickText(r.competences, r.fallback_competences, locale, defaultLocale).text,
      ),
      logoUrl: r.logo_storage_key ? mediaUrl(r.logo_storage_key) : null,
      version: r.version,
      updatedAt: r.updated_at,
    }));
  }

  return {
    /** Organisations by slug after a position, matching every filter given. */
    async listOrganisationsAfter(
      filter: OrganisationKeysetFilter,
      locale: string,
    ): Promise<KeysetPage<OrganisationEntry>> {
      const rows = await keyset.listOrganisationsAfter(
        { ...filter, limit: filter.limit + 1 },
        locale,
        defaultLocale,
      );
      const page = keysetPage(rows, filter.limit);
      return { items: await whole(page.items, locale), more: page.more };
    },

    /** One live organisation by id or slug. */
    async findOrganisationEntry(
      by: { id: string } | { slug: string },
      locale: string,
    ): Promise<OrganisationEntry | undefined> {
      const row = await keyset.findOrganisationEntry(by, locale, defaultLocale);
      return row && (await whole([row], locale))[0];
    },
  };
}
