// Organisations of the directory in keyset pages by slug and one by id or slug, whole (texts in
// the reader's locale or the fallback's, parent, sectors): part of the organisation service.
import type { DirectoryStatus } from '../kernel/directory-status.js';
import { safeHttpUrl } from '../lib/intl.js';
import { keysetPage, type KeysetPage } from '../lib/keyset.js';
import { pickText, type LocalizedText } from '../lib/localized.js';
import type { SectorReads } from '../sectors/sector.service.js';
import type {
  OrganisationEntryRow,
  OrganisationKeysetFilter,
  OrganisationKeysetRepository,
} from './organisation-keyset.repository.js';
import { splitLines, toOrganisationCard, type OrganisationCard } from './organisation.presenter.js';

/** An organisation's card (as the directory lists it) with everything else the directory says. */
export interface OrganisationEntry extends OrganisationCard {
  id: string;
  /** An http(s) URL, or null. */
  website: string | null;
  parent: { id: string; slug: string; name: string } | null;
  description: LocalizedText;
  competences: string[];
  version: number;
  /** Always published in what readers are given; drafts stay in the newsroom. */
  status: DirectoryStatus;
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
      ...toOrganisationCard(r, sectorMap.get(r.id) ?? []),
      id: r.id,
      website: safeHttpUrl(r.website),
      parent:
        r.parent_id && r.parent_slug && r.parent_name !== null
          ? { id: r.parent_id, slug: r.parent_slug, name: r.parent_name }
          : null,
      description: pickText(r.description, r.fallback_description, locale, defaultLocale),
      competences: splitLines(
        pickText(r.competences, r.fallback_competences, locale, defaultLocale).text,
      ),
      version: r.version,
      status: r.status,
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
