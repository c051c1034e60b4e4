// The directory editors over one database, one per kind, as createServices wires them; each
// change reaches `onChanged` (the search index, webhooks) after it is committed.
import type { Database } from '../db/database.js';
import { eventKind } from '../events/event.editor.js';
import { locales } from '../i18n/locales.js';
import { organisationKind } from '../organisations/organisation.editor.js';
import { personKind } from '../people/person.editor.js';
import { projectKind } from '../projects/project.editor.js';
import { sectorKind } from '../sectors/sector.editor.js';
import {
  directoryEditorService,
  type DirectoryChangeHook,
  type DirectoryEditorService,
} from './directory-editor.service.js';
import type { DirectoryKind, DirectoryPath } from './directory-kind.js';

/** Every kind with an editor, by admin path. */
export function directoryKinds(
  codes: readonly string[],
): Partial<Record<DirectoryPath, DirectoryKind>> {
  return {
    organisations: organisationKind(codes),
    people: personKind(codes),
    projects: projectKind(codes),
    sectors: sectorKind(codes),
    events: eventKind(codes),
  };
}

export type DirectoryEditors = Partial<Record<DirectoryPath, DirectoryEditorService>>;

export function directoryEditors(
  database: Database,
  now: () => Date,
  onChanged?: DirectoryChangeHook,
): DirectoryEditors {
  const codes = locales.map((l) => l.code);
  const deps = { db: database.db, locales: codes, now, ...(onChanged ? { onChanged } : {}) };
  return Object.fromEntries(
    Object.entries(directoryKinds(codes)).map(([path, kind]) => [
      path,
      directoryEditorService(kind, deps),
    ]),
  );
}
