// Reading the people of the directory: the alphabetical list, a person's page, an organisation's people.
import { mediaUrl } from '../kernel/media-url.js';
import { AppError } from '../errors.js';
import { compareNames } from '../lib/intl.js';
import { pickText } from '../lib/localized.js';
import { pageInfo, type PageInfo } from '../lib/pagination.js';
import {
  compareRoles,
  toRoleView,
  type MemberView,
  type PersonCard,
  type PersonView,
} from './person.presenter.js';
import { personName } from '../views/cards.js';
import type { AffiliationRow, PersonRepository } from './person.repository.js';
import type { PersonKeysetRepository } from './person-keyset.repository.js';
import { personKeysetReads } from './person-keyset.service.js';
import { creditedPeople } from '../lib/credit-line.js';
import type { PersonLink } from '../views/cards.js';

export const peoplePageSize = 24;

export interface PersonServiceDeps {
  people: PersonRepository;
  /** Keyset pages of whole people (the JSON API's reads). */
  keyset: PersonKeysetRepository;
  defaultLocale: string;
  now: () => Date;
}

export function personService(deps: PersonServiceDeps) {
  const { people, defaultLocale } = deps;
  const today = () => deps.now().toISOString().slice(0, 10);

  /** Family name, then given name, in the reader's collation. */
  const byFamilyName =
    (locale: string) =>
    (
      a: { family_name: string; given_name: string },
      b: { family_name: string; given_name: string },
    ) =>
      compareNames(locale)(a.family_name, b.family_name) ||
      compareNames(locale)(a.given_name, b.given_name);

  /**
   * Affiliations of `people.listAffiliations`, those whose role is titled in neither the reader's
   * nor the default locale given their title in another one (« Engineer », typed in English
   * only, on the French page), so that a role never shows empty; the page marks its language.
   */
  async function listAffiliations(
    ...a: Parameters<typeof people.listAffiliations>
  ): Promise<AffiliationRow[]> {
    const rows = await people.listAffiliations(...a);
    const untitled = rows.filter((r) => r.role_title === '').map((r) => r.id);
    if (untitled.length === 0) return rows;
    const titles = await people.listRoleTitles(untitled);
    return rows.map((r) => {
      const other = titles.find((t) => t.affiliation_id === r.id && t.role_title !== '');
      return other ? { ...r, role_title: other.role_title, role_locale: other.locale } : r;
    });
  }

  return {
    ...personKeysetReads(deps),

    /**
     * The people of the directory a credit line names (« Global Gateway – Zhaina Sultanova »):
     * an article's authors in its JSON-LD.
     */
    async listCreditedPeople(creditLine: string): Promise<PersonLink[]> {
      const rows = await people.listPeople();
      return creditedPeople(
        creditLine,
        rows.map((r) => ({ slug: r.slug, name: `${r.given_name} ${r.family_name}`, row: r })),
      ).map(({ slug, row }) => ({ slug, name: personName(row) }));
    },

    /** Creates a person (mention review's « create from suggestion »). */
    insertPerson: (...a: Parameters<typeof people.insertPerson>) => people.insertPerson(...a),

    /** The live person created from a suggestion under this name key (see nameKey). */
    findPersonIdBySuggestionKey: (key: string) => people.findPersonIdBySuggestionKey(key),

    /**
     * One page of people by family name. Sorted here rather than in SQL so both engines agree
     * on accents and particles (« de Froidmont » files under D, as written).
     */
    async listPeople(
      locale: string,
      page: number,
      pageSize = peoplePageSize,
    ): Promise<{ items: PersonCard[]; page: PageInfo }> {
      const rows = await people.listPeople();
      rows.sort(byFamilyName(locale));
      const info = pageInfo(page, pageSize, rows.length);
      if (page > info.pageCount) throw new AppError('not_found', `There is no page ${page}.`);
      const slice = rows.slice((page - 1) * pageSize, page * pageSize);
      const affiliations = await listAffiliations(
        { personIds: slice.map((p) => p.id) },
        locale,
        defaultLocale,
      );
      const day = today();
      return {
        items: slice.map((p) => ({
          slug: p.slug,
          name: personName(p),
          photoUrl: p.photo_storage_key ? mediaUrl(p.photo_storage_key) : null,
          roles: affiliations
            .filter((a) => a.person_id === p.id)
            .map((a) => toRoleView(a, day, locale))
            .filter((r) => r.current)
            .sort(compareRoles),
        })),
        page: info,
      };
    },

    async getPersonPage(locale: string, slug: string): Promise<PersonView> {
      const row = await people.findPersonBySlug(slug, locale, defaultLocale);
      if (!row) throw new AppError('not_found', `No person “${slug}”.`);
      const affiliations = await listAffiliations({ personIds: [row.id] }, locale, defaultLocale);
      const bio = pickText(row.bio, row.fallback_bio, locale, defaultLocale);
      const day = today();
      return {
        id: row.id,
        slug: row.slug,
        name: personName(row),
        bio: bio.text,
        bioLocale: bio.locale,
        photo:
          row.photo_storage_key && row.photo_width && row.photo_height
            ? {
                url: mediaUrl(row.photo_storage_key),
                width: row.photo_width,
                height: row.photo_height,
              }
            : null,
        roles: affiliations.map((a) => toRoleView(a, day, locale)).sort(compareRoles),
      };
    },

    /** The people of an organisation: current roles first, then by family name. */
    async listPeopleOfOrganisation(locale: string, organisationId: string): Promise<MemberView[]> {
      const rows = await listAffiliations({ organisationId }, locale, defaultLocale);
      const day = today();
      const names = byFamilyName(locale);
      return rows
        .sort((a, b) => names(a, b))
        .map((a) => ({
          ...toRoleView(a, day, locale),
          person: { slug: a.person_slug, name: personName(a) },
        }))
        .sort((a, b) => (a.current === b.current ? 0 : a.current ? -1 : 1));
    },
  };
}

export type PersonService = ReturnType<typeof personService>;
