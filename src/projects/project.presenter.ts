// View models of projects for the directory pages.
import type { ProjectLink } from '../views/cards.js';
import type { SectorTag } from '../views/cards.js';
import type { OrganisationLink } from '../views/cards.js';
import type { ProjectSummaryRow } from './project.repository.js';

export interface ProjectCard extends ProjectLink {
  programme: string;
  /** YYYY-MM-DD, or null when unknown. */
  startsOn: string | null;
  endsOn: string | null;
  lead: OrganisationLink | null;
  sectors: SectorTag[];
}

export interface ProjectView extends ProjectCard {
  id: string;
  budgetEur: number | null;
  website: string | null;
  description: string;
  descriptionLocale: string;
  partners: (OrganisationLink & { role: string })[];
  countries: string[];
}

/** A project seen from one organisation: its lead, or a partner. */
export interface ProjectRoleView {
  project: ProjectCard;
  role: string;
}

export function toProjectCard(
  row: ProjectSummaryRow,
  sectors: readonly { slug: string; pathSlug: string; name: string }[],
): ProjectCard {
  return {
    slug: row.slug,
    name: row.name,
    acronym: row.acronym,
    programme: row.programme,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    lead:
      row.lead_slug && row.lead_name
        ? { slug: row.lead_slug, name: row.lead_name, acronym: row.lead_acronym }
        : null,
    sectors: sectors.map((s) => ({ slug: s.slug, pathSlug: s.pathSlug, name: s.name })),
  };
}
