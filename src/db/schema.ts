// The database as Kysely sees it: every table, typed by its owner folder.
import type { RateLimitTable } from './tables/rate-limit.table.js';
import type { ApiTokenTable } from './tables/api-token.table.js';
import type {
  ArticleSectorTable,
  ArticleTable,
  ArticleTranslationTable,
} from './tables/article.table.js';
import type {
  EventCountryTable,
  EventOrganisationTable,
  EventSectorTable,
  EventTable,
  EventTranslationTable,
  ProgrammeItemSpeakerTable,
  ProgrammeItemTable,
  ProgrammeItemTranslationTable,
  VenueTable,
} from './tables/event.table.js';
import type { MentionTable } from './tables/mention.table.js';
import type { MediaTable, MediaTranslationTable, MediaVariantTable } from './tables/media.table.js';
import type {
  OrganisationAliasTable,
  OrganisationSectorTable,
  OrganisationSuccessionTable,
  OrganisationTable,
  OrganisationTranslationTable,
} from './tables/organisation.table.js';
import type {
  AffiliationTable,
  AffiliationTranslationTable,
  PersonTable,
  PersonTranslationTable,
} from './tables/person.table.js';
import type {
  ProjectCountryTable,
  ProjectPartnerTable,
  ProjectSectorTable,
  ProjectTable,
  ProjectTranslationTable,
} from './tables/project.table.js';
import type { ImportSourceTable } from './tables/import-source.table.js';
import type { RedirectTable } from './tables/redirect.table.js';
import type { SectorTable, SectorTranslationTable } from './tables/sector.table.js';
import type { SuggestionStopTable } from './tables/suggestion-stop.table.js';
import type {
  AppUserTable,
  AuditEntryTable,
  RevisionTable,
  SessionTable,
  SignInFailureTable,
} from './tables/user.table.js';
import type { WebhookDeliveryTable, WebhookTable } from './tables/webhook.table.js';

export interface Schema {
  sector: SectorTable;
  sector_translation: SectorTranslationTable;
  article: ArticleTable;
  article_translation: ArticleTranslationTable;
  article_sector: ArticleSectorTable;
  event: EventTable;
  event_translation: EventTranslationTable;
  venue: VenueTable;
  programme_item: ProgrammeItemTable;
  programme_item_translation: ProgrammeItemTranslationTable;
  programme_item_speaker: ProgrammeItemSpeakerTable;
  event_organisation: EventOrganisationTable;
  event_country: EventCountryTable;
  event_sector: EventSectorTable;
  organisation: OrganisationTable;
  organisation_translation: OrganisationTranslationTable;
  organisation_alias: OrganisationAliasTable;
  organisation_succession: OrganisationSuccessionTable;
  organisation_sector: OrganisationSectorTable;
  person: PersonTable;
  person_translation: PersonTranslationTable;
  affiliation: AffiliationTable;
  affiliation_translation: AffiliationTranslationTable;
  project: ProjectTable;
  project_translation: ProjectTranslationTable;
  project_partner: ProjectPartnerTable;
  project_country: ProjectCountryTable;
  project_sector: ProjectSectorTable;
  mention: MentionTable;
  media: MediaTable;
  media_translation: MediaTranslationTable;
  media_variant: MediaVariantTable;
  app_user: AppUserTable;
  session: SessionTable;
  revision: RevisionTable;
  audit_entry: AuditEntryTable;
  sign_in_failure: SignInFailureTable;
  api_token: ApiTokenTable;
  webhook: WebhookTable;
  webhook_delivery: WebhookDeliveryTable;
  redirect: RedirectTable;
  import_source: ImportSourceTable;
  rate_limit: RateLimitTable;
  suggestion_stop: SuggestionStopTable;
}
