// The whole domain model of DESIGN §3, in one migration so later features do not churn the schema.
// Portable across SQLite and PostgreSQL: ids are UUIDv7 text, instants are ISO-8601 UTC text
// (fixed width, so they sort as text on both engines), booleans are 0/1 integers, dates YYYY-MM-DD.
import { type CreateTableBuilder, type Kysely } from 'kysely';

type Table = CreateTableBuilder<string, never>;

/** id, created_at, updated_at and version, shared by every entity table. */
function entity(t: Table): Table {
  return t
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1));
}

/** Per-locale rows keyed by (owner, locale). */
function translation(db: Kysely<unknown>, name: string, owner: string, ownerTable: string) {
  return db.schema
    .createTable(name)
    .addColumn(owner, 'text', (c) => c.notNull().references(`${ownerTable}.id`).onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${name}_pk`, [owner, 'locale'] as never);
}

/** Many-to-many link rows keyed by both sides. */
function link(db: Kysely<unknown>, name: string, a: [string, string], b: [string, string]) {
  return db.schema
    .createTable(name)
    .addColumn(a[0], 'text', (c) => c.notNull().references(`${a[1]}.id`).onDelete('cascade'))
    .addColumn(b[0], 'text', (c) => c.notNull().references(`${b[1]}.id`).onDelete('cascade'))
    .addPrimaryKeyConstraint(`${name}_pk`, [a[0], b[0]] as never);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // --- sectors -------------------------------------------------------------------------------
  await entity(db.schema.createTable('sector'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await translation(db, 'sector_translation', 'sector_id', 'sector')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  // --- users, sessions (referenced by media, revisions, audit) --------------------------------
  await entity(db.schema.createTable('app_user'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('totp_secret', 'text')
    .addColumn('totp_required', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disabled_at', 'text')
    .execute();
  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey()) // SHA-256 of the cookie token, never the token
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('session_user_idx').on('session').column('user_id').execute();

  // --- media ---------------------------------------------------------------------------------
  await entity(db.schema.createTable('media'))
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('original_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('credit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('ready')) // pending | ready | failed
    .addColumn('uploaded_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('deleted_at', 'text')
    .execute();
  await translation(db, 'media_translation', 'media_id', 'media')
    .addColumn('alt', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('media_variant')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('media_id', 'text', (c) => c.notNull().references('media.id').onDelete('cascade'))
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull()) // webp | avif | jpeg | png
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addUniqueConstraint('media_variant_uq', ['media_id', 'width', 'format'])
    .execute();

  // --- organisations -------------------------------------------------------------------------
  await entity(db.schema.createTable('organisation'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('acronym', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('city', 'text')
    .addColumn('website', 'text')
    .addColumn('logo_media_id', 'text', (c) => c.references('media.id').onDelete('set null'))
    .addColumn('is_member', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('parent_id', 'text', (c) => c.references('organisation.id').onDelete('set null'))
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('organisation_parent_idx')
    .on('organisation')
    .column('parent_id')
    .execute();
  await translation(db, 'organisation_translation', 'organisation_id', 'organisation')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('competences', 'text', (c) => c.notNull().defaultTo('')) // one per line
    .execute();
  await db.schema
    .createTable('organisation_alias')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('alias')) // alias | former_name
    .addColumn('valid_until', 'text')
    .addUniqueConstraint('organisation_alias_uq', ['organisation_id', 'alias'])
    .execute();
  await db.schema
    .createTable('organisation_succession')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('predecessor_id', 'text', (c) =>
      c.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('successor_id', 'text', (c) =>
      c.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull()) // rename | merger
    .addColumn('occurred_on', 'text')
    .execute();
  await link(
    db,
    'organisation_sector',
    ['organisation_id', 'organisation'],
    ['sector_id', 'sector'],
  ).execute();

  // --- people --------------------------------------------------------------------------------
  await entity(db.schema.createTable('person'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('given_name', 'text', (c) => c.notNull())
    .addColumn('family_name', 'text', (c) => c.notNull())
    .addColumn('honorific', 'text')
    .addColumn('photo_media_id', 'text', (c) => c.references('media.id').onDelete('set null'))
    .addColumn('deleted_at', 'text')
    .execute();
  await translation(db, 'person_translation', 'person_id', 'person')
    .addColumn('bio', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await entity(db.schema.createTable('affiliation'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .execute();
  await db.schema
    .createIndex('affiliation_person_idx')
    .on('affiliation')
    .column('person_id')
    .execute();
  await db.schema
    .createIndex('affiliation_org_idx')
    .on('affiliation')
    .column('organisation_id')
    .execute();
  await translation(db, 'affiliation_translation', 'affiliation_id', 'affiliation')
    .addColumn('role_title', 'text', (c) => c.notNull())
    .execute();

  // --- projects ------------------------------------------------------------------------------
  await entity(db.schema.createTable('project'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('acronym', 'text')
    .addColumn('programme', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('lead_organisation_id', 'text', (c) =>
      c.references('organisation.id').onDelete('set null'),
    )
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('budget_eur', 'integer')
    .addColumn('website', 'text')
    .addColumn('deleted_at', 'text')
    .execute();
  await translation(db, 'project_translation', 'project_id', 'project')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await link(db, 'project_partner', ['project_id', 'project'], ['organisation_id', 'organisation'])
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('partner'))
    .execute();
  await db.schema
    .createTable('project_country')
    .addColumn('project_id', 'text', (c) =>
      c.notNull().references('project.id').onDelete('cascade'),
    )
    .addColumn('country', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_country_pk', ['project_id', 'country'] as never)
    .execute();
  await link(db, 'project_sector', ['project_id', 'project'], ['sector_id', 'sector']).execute();

  // --- events --------------------------------------------------------------------------------
  await entity(db.schema.createTable('event'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('registration_url', 'text')
    .addColumn('delegate_count', 'integer')
    .addColumn('project_id', 'text', (c) => c.references('project.id').onDelete('set null'))
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('event_starts_idx').on('event').column('starts_at').execute();
  await translation(db, 'event_translation', 'event_id', 'event')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createTable('venue')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('event.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('city', 'text')
    .addColumn('country', 'text')
    .addColumn('organisation_id', 'text', (c) =>
      c.references('organisation.id').onDelete('set null'),
    )
    .execute();
  await db.schema
    .createIndex('venue_event_idx')
    .on('venue')
    .columns(['event_id', 'position'])
    .execute();
  await db.schema
    .createTable('programme_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('event.id').onDelete('cascade'))
    .addColumn('venue_id', 'text', (c) => c.references('venue.id').onDelete('set null'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text')
    .execute();
  await db.schema
    .createIndex('programme_item_event_idx')
    .on('programme_item')
    .column('event_id')
    .execute();
  await translation(db, 'programme_item_translation', 'programme_item_id', 'programme_item')
    .addColumn('title', 'text', (c) => c.notNull())
    .execute();
  await link(
    db,
    'programme_item_speaker',
    ['programme_item_id', 'programme_item'],
    ['person_id', 'person'],
  ).execute();
  await db.schema
    .createIndex('speaker_person_idx')
    .on('programme_item_speaker')
    .column('person_id')
    .execute();
  await link(db, 'event_organisation', ['event_id', 'event'], ['organisation_id', 'organisation'])
    .addColumn('role', 'text', (c) => c.notNull()) // organiser | partner | participant
    .execute();
  await db.schema
    .createIndex('event_org_org_idx')
    .on('event_organisation')
    .column('organisation_id')
    .execute();
  await db.schema
    .createTable('event_country')
    .addColumn('event_id', 'text', (c) => c.notNull().references('event.id').onDelete('cascade'))
    .addColumn('country', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_country_pk', ['event_id', 'country'] as never)
    .execute();
  await link(db, 'event_sector', ['event_id', 'event'], ['sector_id', 'sector']).execute();

  // --- articles ------------------------------------------------------------------------------
  await entity(db.schema.createTable('article'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // First publication instant of any translation; orders lists. Status lives per translation.
    .addColumn('published_at', 'text')
    .addColumn('hero_media_id', 'text', (c) => c.references('media.id').onDelete('set null'))
    .addColumn('hero_credit', 'text')
    .addColumn('event_id', 'text', (c) => c.references('event.id').onDelete('set null'))
    .addColumn('project_id', 'text', (c) => c.references('project.id').onDelete('set null'))
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('article_published_idx')
    .on('article')
    .columns(['published_at', 'id'])
    .execute();
  await db.schema.createIndex('article_event_idx').on('article').column('event_id').execute();
  await db.schema.createIndex('article_project_idx').on('article').column('project_id').execute();
  await entity(db.schema.createTable('article_translation'))
    .addColumn('article_id', 'text', (c) =>
      c.notNull().references('article.id').onDelete('cascade'),
    )
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // draft | in_review | scheduled | published | archived
    .addColumn('published_at', 'text')
    .addColumn('scheduled_at', 'text')
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kicker', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('credit_line', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_md', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('excerpt', 'text', (c) => c.notNull().defaultTo('')) // manual, else derived at save
    .addColumn('excerpt_is_manual', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('seo_description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('hero_caption', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('article_translation_slug_uq', ['locale', 'slug'])
    .addUniqueConstraint('article_translation_locale_uq', ['article_id', 'locale'])
    .execute();
  await db.schema
    .createIndex('article_translation_status_idx')
    .on('article_translation')
    .columns(['status', 'locale'])
    .execute();
  await link(db, 'article_sector', ['article_id', 'article'], ['sector_id', 'sector']).execute();
  await db.schema
    .createIndex('article_sector_sector_idx')
    .on('article_sector')
    .columns(['sector_id', 'article_id'])
    .execute();

  // --- mentions ------------------------------------------------------------------------------
  await entity(db.schema.createTable('mention'))
    .addColumn('article_translation_id', 'text', (c) =>
      c.notNull().references('article_translation.id').onDelete('cascade'),
    )
    .addColumn('entity_type', 'text', (c) => c.notNull()) // organisation | person | event | project | country
    .addColumn('entity_id', 'text') // null for a suggestion of an unknown entity; ISO code for countries
    .addColumn('surface', 'text', (c) => c.notNull())
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull()) // suggested | confirmed | rejected
    .addColumn('suggestion', 'text') // JSON: what a suggestion would create
    .execute();
  await db.schema
    .createIndex('mention_translation_idx')
    .on('mention')
    .column('article_translation_id')
    .execute();
  await db.schema
    .createIndex('mention_entity_idx')
    .on('mention')
    .columns(['entity_type', 'entity_id', 'state'])
    .execute();

  // --- revisions, audit ----------------------------------------------------------------------
  await db.schema
    .createTable('revision')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('entity_version', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull()) // JSON
    .addColumn('author_id', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('revision_entity_idx')
    .on('revision')
    .columns(['entity_type', 'entity_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('audit_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('actor_id', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_created_idx').on('audit_entry').column('created_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'audit_entry',
    'revision',
    'mention',
    'article_sector',
    'article_translation',
    'article',
    'event_sector',
    'event_country',
    'event_organisation',
    'programme_item_speaker',
    'programme_item_translation',
    'programme_item',
    'venue',
    'event_translation',
    'event',
    'project_sector',
    'project_country',
    'project_partner',
    'project_translation',
    'project',
    'affiliation_translation',
    'affiliation',
    'person_translation',
    'person',
    'organisation_sector',
    'organisation_succession',
    'organisation_alias',
    'organisation_translation',
    'organisation',
    'media_variant',
    'media_translation',
    'media',
    'session',
    'app_user',
    'sector_translation',
    'sector',
  ];
  for (const t of tables) await db.schema.dropTable(t).execute();
}
