// What a kind of directory entry (organisation, person, event, project, sector) tells the generic
// editor: its form, how to read and write it, how to list it, and where readers see it.
import type { FieldErrors } from '../kernel/form-errors.js';
import type { Db } from '../db/database.js';
import type { MessageKey } from '../i18n/messages.fr.js';
import type { DirectoryStatus } from '../kernel/directory-status.js';
import type { DirectoryChoices, DirectoryForm, FormSpec } from './directory-form.js';

export type DirectoryType = 'organisation' | 'person' | 'event' | 'project' | 'sector';

/** The admin paths of the directory kinds, in navigation order. */
export const directoryPaths = ['organisations', 'people', 'events', 'projects', 'sectors'] as const;
export type DirectoryPath = (typeof directoryPaths)[number];

export interface DirectoryListRow {
  id: string;
  title: string;
  /** A second line: kind, dates, organisation… */
  detail: string;
  /** A translated label shown before the detail (the organisation's kind…). */
  badge?: MessageKey;
  updatedAt: string;
  deletedAt: string | null;
  /** A draft readers do not see (kinds with a status only). */
  draft?: boolean;
}

export interface DirectoryListQuery {
  /** Words of the name or title, matched case-insensitively. */
  q: string;
  trashed: boolean;
  /** Only drafts or only published entries (kinds with a status); all when absent. */
  status?: DirectoryStatus | undefined;
  locale: string;
  limit: number;
  offset: number;
}

export interface DirectoryKind {
  type: DirectoryType;
  /** The entity table, which has version, updated_at and deleted_at columns. */
  table: DirectoryType;
  /** Admin URL segment: /admin/{path}. */
  path: string;
  labels: { list: MessageKey; create: MessageKey; edit: MessageKey };
  spec: FormSpec;
  /** The choices of the selects; `form` is the one being shown or checked (rows it refers to). */
  choices(db: Db, locale: string, form: DirectoryForm): Promise<DirectoryChoices>;
  /** The stored entry as a form, trashed or not. */
  load(db: Db, id: string): Promise<DirectoryForm | undefined>;
  /** Derived values filled in (a slug from the name…): what is saved and kept in revisions. */
  normalise(form: DirectoryForm): DirectoryForm;
  /** Errors across fields or rows (unique slug, dates in order…), after the generic checks. */
  check(db: Db, form: DirectoryForm, id: string | undefined): Promise<FieldErrors>;
  /** Writes the row (inserting it when `created`) and replaces its texts and linked rows. */
  write(trx: Db, id: string, form: DirectoryForm, now: string, created: boolean): Promise<void>;
  list(db: Db, query: DirectoryListQuery): Promise<{ rows: DirectoryListRow[]; total: number }>;
  title(form: DirectoryForm, locale: string): string;
  /** The public page of the entry in `locale`, if it has one. */
  publicPath?(form: DirectoryForm, locale: string): string | undefined;
}
