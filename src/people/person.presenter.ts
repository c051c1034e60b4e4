// View models of people and their roles for the directory pages.
import type { PersonLink } from '../views/cards.js';
import type { OrganisationLink } from '../views/cards.js';
import type { AffiliationRow } from './person.repository.js';
import { genderOfHonorific, translateRole } from './role-vocabulary.js';

/** A role held in an organisation over a period (dates YYYY-MM-DD, open-ended when null). */
export interface RoleView {
  role: string;
  roleLocale: string;
  organisation: OrganisationLink;
  startsOn: string | null;
  endsOn: string | null;
  current: boolean;
}

export interface PersonCard extends PersonLink {
  photoUrl: string | null;
  /** Current roles only. */
  roles: RoleView[];
}

export interface PersonView extends PersonLink {
  id: string;
  bio: string;
  bioLocale: string;
  photo: { url: string; width: number; height: number } | null;
  /** Current roles first, then past ones, most recent first. */
  roles: RoleView[];
}

/** A person's role within one organisation, for the organisation's page. */
export interface MemberView extends RoleView {
  person: PersonLink;
}

/**
 * A role for a reader of `locale`: its title written in that locale, else the title of another
 * locale translated by the role vocabulary, else that title as written (with its locale, for the
 * page's `lang`). A role is current when it has not ended by `today` (YYYY-MM-DD).
 */
export function toRoleView(row: AffiliationRow, today: string, locale: string): RoleView {
  const translated =
    row.role_locale === locale
      ? undefined
      : translateRole(row.role_title, row.role_locale, locale, genderOfHonorific(row.honorific));
  return {
    role: translated ?? row.role_title,
    roleLocale: translated === undefined ? row.role_locale : locale,
    organisation: {
      slug: row.organisation_slug,
      name: row.organisation_name,
      acronym: row.organisation_acronym,
    },
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    current: row.ends_on === null || row.ends_on >= today,
  };
}

/** Current roles first; within each group the most recent start first (undated last). */
export function compareRoles(a: RoleView, b: RoleView): number {
  if (a.current !== b.current) return a.current ? -1 : 1;
  return (b.startsOn ?? '').localeCompare(a.startsOn ?? '');
}
