// Reading sectors in a locale; a small in-memory cache because every page's navigation lists them.
import type { SectorRepository, SectorRow } from './sector.repository.js';
import { AppError } from '../errors.js';

export interface SectorServiceDeps {
  sectors: SectorRepository;
  defaultLocale: string;
}

/** What other features' services read of sectors, straight from the database (no cache). */
export type SectorReads = Pick<
  SectorRepository,
  | 'listSectors'
  | 'findSectorBySlug'
  | 'listSectorsOfArticles'
  | 'listSectorsOfOrganisations'
  | 'listSectorsOfEvents'
  | 'listSectorsOfProjects'
>;

export function sectorService(deps: SectorServiceDeps) {
  const repo = deps.sectors;
  const reads: SectorReads = {
    listSectors: (...a) => repo.listSectors(...a),
    findSectorBySlug: (...a) => repo.findSectorBySlug(...a),
    listSectorsOfArticles: (...a) => repo.listSectorsOfArticles(...a),
    listSectorsOfOrganisations: (...a) => repo.listSectorsOfOrganisations(...a),
    listSectorsOfEvents: (...a) => repo.listSectorsOfEvents(...a),
    listSectorsOfProjects: (...a) => repo.listSectorsOfProjects(...a),
  };
  const cache = new Map<string, { rows: SectorRow[]; at: number }>();
  const ttlMs = 5_000;
  return {
    reads,

    /** All sectors in display order, named in `locale`. Cached for a few seconds. */
    async listSectors(locale: string): Promise<SectorRow[]> {
      const hit = cache.get(locale);
      if (hit && Date.now() - hit.at < ttlMs) return hit.rows;
      const rows = await deps.sectors.listSectors(locale, deps.defaultLocale);
      cache.set(locale, { rows, at: Date.now() });
      return rows;
    },

    async getSector(slug: string, locale: string): Promise<SectorRow> {
      return deps.sectors.getSectorBySlug(slug, locale, deps.defaultLocale);
    },

    /**
     * The sector at `slug` in `locale`: served when it is its address there; `moved` when it is
     * its key or its address in another locale (the caller redirects to `pathSlug`).
     */
    async resolveSector(
      slug: string,
      locale: string,
    ): Promise<{ sector: SectorRow; moved: boolean }> {
      const here = await deps.sectors.findSectorByPath(slug, locale, deps.defaultLocale);
      if (here) return { sector: here, moved: false };
      const elsewhere = await deps.sectors.findSectorByAnySlug(slug, locale, deps.defaultLocale);
      if (!elsewhere) throw new AppError('not_found', `No sector “${slug}”.`);
      return { sector: elsewhere, moved: true };
    },

    /** The sector's address in `locale` for each locale (its key where untranslated). */
    async pathSlugsOf(sector: SectorRow): Promise<(locale: string) => string> {
      const slugs = await deps.sectors.listSectorPathSlugs(sector.id);
      return (locale) => slugs[locale] ?? sector.slug;
    },

    /** Forgets cached sectors after a change. */
    invalidate(): void {
      cache.clear();
    },
  };
}

export type SectorService = ReturnType<typeof sectorService>;
