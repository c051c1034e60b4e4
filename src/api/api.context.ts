// What every resource module of the JSON API receives — the services the composition root built,
// the public origin — and the Hono environment of its routes.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ArticleEditorService } from '../articles/article-editor.service.js';
import type { ArticleService } from '../articles/article.service.js';
import type { MentionReviewService } from '../articles/mention-review.service.js';
import type { DirectoryEditorService } from '../directory/directory-editor.service.js';
import { AppError } from '../errors.js';
import type { EventService } from '../events/event.service.js';
import type { RequestVars } from '../http/request-id.js';
import type { OrganisationService } from '../organisations/organisation.service.js';
import type { PersonService } from '../people/person.service.js';
import type { ProjectService } from '../projects/project.service.js';
import type { SearchService } from '../search/search.service.js';
import type { SectorService } from '../sectors/sector.service.js';
import type { ApiTokenOwner, ApiTokenService } from '../users/api-token.service.js';
import type { RateLimitService } from './rate-limit.service.js';
import type { AuditService } from '../users/audit.service.js';

/** The services the API reads and writes through (the site's, built once). */
export interface ApiServices {
  articles: ArticleService;
  sectors: SectorService;
  organisations: OrganisationService;
  people: PersonService;
  projects: ProjectService;
  events: EventService;
  search: SearchService;
  articleEditor: ArticleEditorService;
  mentionReview: MentionReviewService;
  /** The directory editors; the API writes organisations. */
  directory: { organisations: DirectoryEditorService };
  audit: AuditService;
  apiTokens: ApiTokenService;
  rateLimits: RateLimitService;
}

export interface ApiDeps {
  services: ApiServices;
  /** The public origin, for absolute URLs. */
  baseUrl: string;
}

export type ApiEnv = { Variables: RequestVars & { tokenOwner: ApiTokenOwner | undefined } };
export type ApiApp = OpenAPIHono<ApiEnv>;

/** An absolute URL on the site for a path. */
export function absolute(deps: ApiDeps, path: string): string {
  return new URL(path, deps.baseUrl).toString();
}

/** The id of the sector with this slug (undefined without one); an unknown slug is a 400. */
export async function sectorIdOf(
  deps: ApiDeps,
  slug: string | undefined,
  locale: string,
): Promise<string | undefined> {
  if (!slug) return undefined;
  const sector = (await deps.services.sectors.listSectors(locale)).find((s) => s.slug === slug);
  if (!sector) throw new AppError('bad_request', `Unknown sector “${slug}”.`);
  return sector.id;
}
