// Projects in keyset pages by slug and one by id or slug, whole (description in the reader's
// locale or the fallback's, lead, partners, countries, sectors): part of the project service.
import { safeHttpUrl } from '../lib/intl.js';
import { keysetPage, type KeysetPage } from '../lib/keyset.js';
import { pickText, type LocalizedText } from '../lib/localized.js';
import type { SectorReads } from '../sectors/sector.service.js';
import type {
  ProjectEntryRow,
  ProjectKeysetFilter,
  ProjectKeysetRepository,
} from './project-keyset.repository.js';
import { toProjectCard, type ProjectCard } from './project.presenter.js';

interface OrganisationRef {
  id: string;
  slug: string;
  name: string;
}

/** A project's card (as the directory lists it) with everything else the directory says. */
export interface ProjectEntry extends Omit<ProjectCard, 'lead'> {
  id: string;
  /** The live lead organisation, with its id. */
  lead: OrganisationRef | null;
  partners: (OrganisationRef & { role: string })[];
  countries: string[];
  budgetEur: number | null;
  /** An http(s) URL, or null. */
  website: string | null;
  description: LocalizedText;
  updatedAt: string;
}

export function projectKeysetReads(deps: {
  keyset: ProjectKeysetRepository;
  sectors: SectorReads;
  defaultLocale: string;
}) {
  const { keyset, sectors, defaultLocale } = deps;

  async function whole(rows: ProjectEntryRow[], locale: string): Promise<ProjectEntry[]> {
    const ids = rows.map((r) => r.id);
    const [partners, countries, sectorMap] = await Promise.all([
      keyset.listPartnersOfProjects(ids),
      keyset.listCountriesOfProjects(ids),
      sectors.listSectorsOfProjects(ids, locale, defaultLocale),
    ]);
    return rows.map((r) => ({
      ...toProjectCard(r, sectorMap.get(r.id) ?? []),
      id: r.id,
      lead:
        r.lead_id && r.lead_slug && r.lead_name !== null
          ? { id: r.lead_id, slug: r.lead_slug, name: r.lead_name }
          : null,
      partners: partners
        .filter((p) => p.project_id === r.id)
        .map((p) => ({ id: p.id, slug: p.slug, name: p.name, role: p.role })),
      countries: countries.filter((c) => c.project_id === r.id).map((c) => c.country),
      budgetEur: r.budget_eur,
      website: safeHttpUrl(r.website),
      description: pickText(r.description, r.fallback_description, locale, defaultLocale),
      updatedAt: r.updated_at,
    }));
  }

  return {
    /** Projects by slug after a position, optionally of one sector. */
    async listProjectsAfter(
      filter: ProjectKeysetFilter,
      locale: string,
    ): Promise<KeysetPage<ProjectEntry>> {
      const rows = await keyset.listProjectsAfter(
        { ...filter, limit: filter.limit + 1 },
        locale,
        defaultLocale,
      );
      const page = keysetPage(rows, filter.limit);
      return { items: await whole(page.items, locale), more: page.more };
    },

    /** One live project by id or slug. */
    async findProjectEntry(
      by: { id: string } | { slug: string },
      locale: string,
    ): Promise<ProjectEntry | undefined> {
      const row = await keyset.findProjectEntry(by, locale, defaultLocale);
      return row && (await whole([row], locale))[0];
    },
  };
}
