// Reading the organisations of the directory: the filtered list and one organisation's page.
import { AppError } from '../errors.js';
import { compareNames, safeHttpUrl } from '../lib/intl.js';
import { pickText } from '../lib/localized.js';
import { pageInfo, type PageInfo } from '../lib/pagination.js';
import { mediaUrl } from '../kernel/media-url.js';
import type { SectorReads } from '../sectors/sector.service.js';
import {
  splitLines,
  toOrganisationCard,
  type OrganisationCard,
  type OrganisationView,
} from './organisation.presenter.js';
import { type OrganisationLink } from '../views/cards.js';
import type { OrganisationRepository } from './organisation.repository.js';
import type { OrganisationKeysetRepository } from './organisation-keyset.repository.js';
import { organisationKeysetReads } from './organisation-keyset.service.js';
import type { OrganisationKind } from '../db/tables/organisation.table.js';

export const organisationsPageSize = 24;

export interface OrganisationServiceDeps {
  organisations: OrganisationRepository;
  /** Keyset pages of whole organisations (the JSON API's reads). */
  keyset: OrganisationKeysetRepository;
  sectors: SectorReads;
  defaultLocale: string;
}

export interface OrganisationListFilter {
  kind?: OrganisationKind | undefined;
  /** Sector slug; an unknown one is a bad request. */
  sector?: string | undefined;
  country?: string | undefined;
  membersOnly?: boolean | undefined;
}

const byName =
  (locale: string) =>
  <T extends { name: string }>(a: T, b: T): number =>
    compareNames(locale)(a.name, b.name);

export function organisationService(deps: OrganisationServiceDeps) {
  const { organisations, sectors, defaultLocale } = deps;

  return {
    ...organisationKeysetReads(deps),

    /** Creates an organisation as a draft entry (mention review's « create from suggestion »). */
    insertOrganisation: (...a: Parameters<typeof organisations.insertOrganisation>) =>
      organisations.insertOrganisation(...a),

    /** The live organisation created from a suggestion under this name key (see nameKey). */
    findOrganisationIdBySuggestionKey: (key: string) =>
      organisations.findOrganisationIdBySuggestionKey(key),

    /**
     * One page of the directory, by name in the reader's collation (É among the E). The filtered
     * set is read whole and sorted here: SQL collations differ between SQLite and PostgreSQL, and
     * a cluster's network is hundreds of organisations, not millions.
     */
    async listOrganisations(
      locale: string,
      filter: OrganisationListFilter,
      page: number,
      pageSize = organisationsPageSize,
    ): Promise<{ items: OrganisationCard[]; page: PageInfo }> {
      let sectorId: string | undefined;
      if (filter.sector) {
        const sector = await sectors.findSectorBySlug(filter.sector, locale, defaultLocale);
        if (!sector) throw new AppError('bad_request', `Unknown sector “${filter.sector}”.`);
        sectorId = sector.id;
      }
      const rows = await organisations.listOrganisations({
        ...(filter.kind ? { kind: filter.kind } : {}),
        ...(sectorId ? { sectorId } : {}),
        ...(filter.country ? { country: filter.country } : {}),
        ...(filter.membersOnly ? { memberOnly: true } : {}),
      });
      rows.sort(byName(locale));
      const info = pageInfo(page, pageSize, rows.length);
      if (page > info.pageCount) throw new AppError('not_found', `There is no page ${page}.`);
      const slice = rows.slice((page - 1) * pageSize, page * pageSize);
      const sectorMap = await sectors.listSectorsOfOrganisations(
        slice.map((r) => r.id),
        locale,
        defaultLocale,
      );
      return {
        items: slice.map((r) => toOrganisationCard(r, sectorMap.get(r.id) ?? [])),
        page: info,
      };
    },

    /** Country codes of the directory, for the filter. */
    async listCountries(): Promise<string[]> {
      return organisations.listOrganisationCountries();
    },

    async getOrganisationPage(locale: string, slug: string): Promise<OrganisationView> {
      const row = await organisations.findOrganisationBySlug(slug, locale, defaultLocale);
      if (!row) throw new AppError('not_found', `No organisation “${slug}”.`);
      const [sectorMap, children, formerNames, successions] = await Promise.all([
        sectors.listSectorsOfOrganisations([row.id], locale, defaultLocale),
        organisations.listChildOrganisations(row.id),
        organisations.listFormerNames(row.id),
        organisations.listSuccessions(row.id),
      ]);
      const description = pickText(
        row.description,
        row.fallback_description,
        locale,
        defaultLocale,
      );
      const competences = pickText(
        row.competences,
        row.fallback_competences,
        locale,
        defaultLocale,
      );
      const link = (o: OrganisationLink): OrganisationLink => ({
        slug: o.slug,
        name: o.name,
        acronym: o.acronym,
      });
      const succession = (direction: 'predecessor' | 'successor') =>
        successions
          .filter((s) => s.direction === direction)
          .map((s) => ({ ...link(s), kind: s.kind, on: s.occurred_on }));
      return {
        ...toOrganisationCard(row, sectorMap.get(row.id) ?? []),
        id: row.id,
        website: safeHttpUrl(row.website),
        description: description.text,
        descriptionLocale: description.locale,
        competences: splitLines(competences.text),
        competencesLocale: competences.locale,
        logo:
          row.logo_storage_key && row.logo_width && row.logo_height
            ? {
                url: mediaUrl(row.logo_storage_key),
                width: row.logo_width,
                height: row.logo_height,
              }
            : null,
        parent:
          row.parent_slug && row.parent_name
            ? { slug: row.parent_slug, name: row.parent_name, acronym: row.parent_acronym }
            : null,
        children: children.map(link).sort(byName(locale)),
        formerNames: formerNames
          .map((f) => ({ name: f.alias, until: f.valid_until }))
          // Most recently abandoned first; undated ones last.
          .sort((a, b) => (b.until ?? '').localeCompare(a.until ?? '')),
        predecessors: succession('predecessor'),
        successors: succession('successor'),
      };
    },
  };
}

export type OrganisationService = ReturnType<typeof organisationService>;
