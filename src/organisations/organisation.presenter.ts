// View models of organisations for the directory pages: only what a page shows.
import type { OrganisationLink } from '../views/cards.js';
import type { SectorTag } from '../views/cards.js';
import { mediaUrl } from '../kernel/media-url.js';
import type { OrganisationSummaryRow } from './organisation.repository.js';
import type { OrganisationKind } from '../db/tables/organisation.table.js';

export interface OrganisationCard extends OrganisationLink {
  kind: OrganisationKind;
  country: string | null;
  city: string | null;
  isMember: boolean;
  logoUrl: string | null;
  sectors: SectorTag[];
}

export interface SuccessionView extends OrganisationLink {
  kind: 'rename' | 'merger';
  on: string | null;
}

export interface OrganisationView extends OrganisationCard {
  id: string;
  website: string | null;
  description: string;
  descriptionLocale: string;
  competences: string[];
  competencesLocale: string;
  logo: { url: string; width: number; height: number } | null;
  parent: OrganisationLink | null;
  children: OrganisationLink[];
  formerNames: { name: string; until: string | null }[];
  predecessors: SuccessionView[];
  successors: SuccessionView[];
}

export function toOrganisationCard(
  row: OrganisationSummaryRow,
  sectors: readonly { slug: string; pathSlug: string; name: string }[],
): OrganisationCard {
  return {
    slug: row.slug,
    name: row.name,
    acronym: row.acronym,
    kind: row.kind,
    country: row.country,
    city: row.city,
    isMember: row.is_member === 1,
    logoUrl: row.logo_storage_key ? mediaUrl(row.logo_storage_key) : null,
    sectors: sectors.map((s) => ({ slug: s.slug, pathSlug: s.pathSlug, name: s.name })),
  };
}

/** Competences are stored one per line. */
export function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
