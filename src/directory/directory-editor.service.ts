// The directory editors' rules, one set for every kind: create and save under a version check,
// a revision at every save, restore a revision as a new save, trash and restore, and emptying
// the trash for admins only. Rights come from the permission matrix (directory.edit).
import { ConflictError, FormError } from '../kernel/form-errors.js';
import type { Actor } from '../kernel/actor.js';
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { newId } from '../lib/id.js';
import { diffFields, type FieldDiff } from '../kernel/diff.js';
import { revisionRepository, type RevisionRow } from '../kernel/revision.repository.js';
import { can } from '../kernel/permissions.js';
import { translator } from '../i18n/locales.js';
import { directoryChoicesRepository, type EntryChoices } from './directory-choices.repository.js';
import { directoryEditorRepository } from './directory-editor.repository.js';
import {
  checkForm,
  cleanForm,
  type DirectoryChoices,
  type DirectoryForm,
} from './directory-form.js';
import type { DirectoryKind, DirectoryListRow, DirectoryType } from './directory-kind.js';

export type DirectoryChange = 'saved' | 'trashed' | 'restored' | 'destroyed';
export type DirectoryChangeHook = (
  type: DirectoryType,
  id: string,
  change: DirectoryChange,
) => Promise<void>;

export interface DirectoryEntry {
  id: string;
  version: number;
  updatedAt: string;
  deletedAt: string | null;
  form: DirectoryForm;
}

export interface DirectoryRevision {
  id: string;
  version: number;
  authorName: string | null;
  reason: string;
  createdAt: string;
}

export interface DirectoryEditorDeps {
  db: Db;
  locales: readonly string[];
  now: () => Date;
  /** Called after each committed change (search index, webhooks); errors are the hook's own. */
  onChanged?: DirectoryChangeHook;
}

const toRevision = (r: RevisionRow): DirectoryRevision => ({
  id: r.id,
  version: r.entity_version,
  authorName: r.author_name,
  reason: r.reason,
  createdAt: r.created_at,
});

const entryChoices: readonly string[] = [
  'organisations',
  'people',
  'sectors',
  'projects',
  'images',
] satisfies EntryChoices[];
const isEntryChoices = (name: string): name is EntryChoices => entryChoices.includes(name);

function requireEditor(actor: Actor): void {
  if (!can(actor.role, 'directory.edit'))
    throw new AppError('forbidden', 'Your role does not allow editing the directory.');
}

/** The editor of one kind of directory entry. */
export function directoryEditorService(kind: DirectoryKind, deps: DirectoryEditorDeps) {
  const { db, locales } = deps;
  const nowIso = () => deps.now().toISOString();
  const changed = async (id: string, change: DirectoryChange) => {
    if (deps.onChanged) await deps.onChanged(kind.type, id, change);
  };

  async function getEntry(id: string, on: Db = db): Promise<DirectoryEntry> {
    const [state, form] = await Promise.all([
      directoryEditorRepository(on).findState(kind.table, id),
      kind.load(on, id),
    ]);
    if (!state || !form) throw new AppError('not_found', 'This entry does not exist.');
    return {
      id,
      version: state.version,
      updatedAt: state.updated_at,
      deletedAt: state.deleted_at,
      form,
    };
  }

  /**
   * The kind's choices, plus the entries the form already points at that are no longer offered
   * (in the trash): shown as such, and accepted, so a save never drops a link by accident.
   */
  async function choicesFor(locale: string, form: DirectoryForm): Promise<DirectoryChoices> {
    const choices = { ...(await kind.choices(db, locale, form)) };
    const fields = [
      ...kind.spec.fields.map((f) => ({ f, group: undefined as string | undefined })),
      ...kind.spec.groups.flatMap((g) => g.fields.map((f) => ({ f, group: g.name }))),
    ];
    const t = translator(locale);
    for (const { f, group } of fields) {
      const list = f.choices ?? f.name;
      if (!isEntryChoices(list) || !['select', 'multiselect', 'checkboxes'].includes(f.type))
        continue;
      const offered = new Set((choices[list] ?? []).map((c) => c.value));
      const pattern = new RegExp(`^${group ? `${group}\\.\\d+\\.` : ''}${f.name}$`);
      const missing = [
        ...new Set(
          Object.entries(form)
            .filter(([key, value]) => value && pattern.test(key))
            .flatMap(([, value]) => value.split(','))
            .filter((value) => value && !offered.has(value)),
        ),
      ];
      const found = await directoryChoicesRepository(db).listChoicesByIds(list, missing);
      choices[list] = [
        ...(choices[list] ?? []),
        ...found.map((c) => ({
          ...c,
          label: t('directoryEditor.trashedChoice', { name: c.label }),
        })),
      ];
    }
    return choices;
  }

  async function validate(form: DirectoryForm, id: string | undefined): Promise<DirectoryForm> {
    const normal = kind.normalise(cleanForm(kind.spec, form, locales));
    const choices = await choicesFor(locales[0] ?? 'fr', normal);
    const errors = checkForm(kind.spec, normal, locales, choices);
    if (Object.keys(errors).length === 0) Object.assign(errors, await kind.check(db, normal, id));
    if (Object.keys(errors).length > 0) {
      const duplicate = Object.values(errors).some(
        (f) => f.key === 'directoryEditor.error.slugTaken',
      );
      throw new FormError(errors, duplicate ? 'duplicate' : 'missing_field');
    }
    return normal;
  }

  /**
   * An entry with no history yet (the demo content, an import) gets its stored state as a first
   * revision, dated when that state was written, before a save replaces it: the first edit can
   * be compared and undone like any other.
   */
  async function keepOriginal(trx: Db, id: string): Promise<void> {
    const revisions = revisionRepository(trx);
    if (await revisions.hasRevisions(kind.type, id)) return;
    const state = await directoryEditorRepository(trx).findState(kind.table, id);
    const form = await kind.load(trx, id);
    if (!state || !form) return;
    await revisions.insertRevision(
      {
        entity_type: kind.type,
        entity_id: id,
        entity_version: state.version,
        snapshot: form,
        author_id: null,
        reason: 'created',
      },
      state.updated_at,
    );
  }

  /** Writes the form at `expected` (or creates it), with a revision; the new version. */
  async function write(
    actor: Actor,
    id: string,
    form: DirectoryForm,
    expected: number | undefined,
    reason: string,
  ): Promise<number> {
    const now = nowIso();
    const version = await db.transaction().execute(async (trx) => {
      const repo = directoryEditorRepository(trx);
      let next = 1;
      if (expected === undefined) await kind.write(trx, id, form, now, true);
      else {
        await keepOriginal(trx, id);
        if (!(await repo.updateVersion(kind.table, id, expected, now))) return undefined;
        await kind.write(trx, id, form, now, false);
        next = expected + 1;
      }
      await revisionRepository(trx).insertRevision(
        {
          entity_type: kind.type,
          entity_id: id,
          entity_version: next,
          snapshot: form,
          author_id: actor.id,
          reason,
        },
        now,
      );
      return next;
    });
    if (version === undefined) {
      const theirs = await getEntry(id);
      throw new ConflictError(theirs.form, theirs.version);
    }
    await changed(id, 'saved');
    return version;
  }

  async function revision(id: string, revisionId: string): Promise<RevisionRow> {
    const row = await revisionRepository(db).findRevision(kind.type, id, revisionId);
    if (!row) throw new AppError('not_found', 'This revision does not exist.');
    return row;
  }

  async function setTrashed(actor: Actor, id: string, trashed: boolean): Promise<void> {
    requireEditor(actor);
    const entry = await getEntry(id);
    if ((entry.deletedAt !== null) === trashed) return;
    const now = nowIso();
    await db.transaction().execute(async (trx) => {
      const ok = await directoryEditorRepository(trx).updateVersion(
        kind.table,
        id,
        entry.version,
        now,
        trashed ? now : null,
      );
      if (!ok) throw new ConflictError(entry.form, entry.version);
      await revisionRepository(trx).insertRevision(
        {
          entity_type: kind.type,
          entity_id: id,
          entity_version: entry.version + 1,
          snapshot: entry.form,
          author_id: actor.id,
          reason: trashed ? 'moved to trash' : 'restored from trash',
        },
        now,
      );
    });
    await changed(id, trashed ? 'trashed' : 'restored');
  }

  return {
    kind,
    getEntry,

    async choices(locale: string, form: DirectoryForm): Promise<DirectoryChoices> {
      return choicesFor(locale, form);
    },

    async listEntries(
      locale: string,
      query: { q: string; trashed: boolean; page: number },
      pageSize = 25,
    ): Promise<{ rows: DirectoryListRow[]; total: number }> {
      return kind.list(db, {
        q: query.q,
        trashed: query.trashed,
        locale,
        limit: pageSize,
        offset: (query.page - 1) * pageSize,
      });
    },

    /** Creates an entry; its first revision says « created ». */
    async createEntry(actor: Actor, form: DirectoryForm): Promise<{ id: string }> {
      requireEditor(actor);
      const id = newId();
      const normal = await validate(form, undefined);
      await write(actor, id, normal, undefined, 'created');
      return { id };
    },

    /**
     * Gives an entry created elsewhere (from a mention suggestion) its first revision, and tells
     * the change hook (search index, webhooks); the entry itself is not changed.
     */
    async recordCreated(actorId: string | null, id: string): Promise<void> {
      const entry = await getEntry(id);
      await revisionRepository(db).insertRevision(
        {
          entity_type: kind.type,
          entity_id: id,
          entity_version: entry.version,
          snapshot: entry.form,
          author_id: actorId,
          reason: 'created',
        },
        nowIso(),
      );
      await changed(id, 'saved');
    },

    /** Saves the form if the entry is still at `expectedVersion`; else a conflict, nothing lost. */
    async saveEntry(
      actor: Actor,
      id: string,
      expectedVersion: number,
      form: DirectoryForm,
      reason = 'saved',
    ): Promise<number> {
      requireEditor(actor);
      const current = await getEntry(id);
      if (current.deletedAt !== null)
        throw new AppError('conflict', 'This entry is in the trash; restore it before editing.');
      if (current.version !== expectedVersion)
        throw new ConflictError(current.form, current.version);
      const normal = await validate(form, id);
      return write(actor, id, normal, expectedVersion, reason);
    },

    async listRevisions(id: string): Promise<DirectoryRevision[]> {
      return (await revisionRepository(db).listRevisions(kind.type, id)).map(toRevision);
    },

    /** A line diff of every field between two revisions. */
    async diffRevisions(
      id: string,
      fromId: string,
      toId: string,
    ): Promise<{ from: DirectoryRevision; to: DirectoryRevision; fields: FieldDiff[] }> {
      const [a, b] = await Promise.all([revision(id, fromId), revision(id, toId)]);
      const parse = (r: RevisionRow) => JSON.parse(r.snapshot) as DirectoryForm;
      return {
        from: toRevision(a),
        to: toRevision(b),
        fields: diffFields(parse(a), parse(b), Object.keys(parse(b))),
      };
    },

    /** Brings back a revision's content as a new save; history is never rewritten. */
    async restoreRevision(
      actor: Actor,
      id: string,
      revisionId: string,
      expectedVersion: number,
    ): Promise<number> {
      const row = await revision(id, revisionId);
      const form = JSON.parse(row.snapshot) as DirectoryForm;
      return this.saveEntry(
        actor,
        id,
        expectedVersion,
        form,
        `restored revision of ${row.created_at}`,
      );
    },

    async trashEntry(actor: Actor, id: string): Promise<void> {
      await setTrashed(actor, id, true);
    },

    async restoreEntry(actor: Actor, id: string): Promise<void> {
      await setTrashed(actor, id, false);
    },

    /** Destroys every trashed entry of the kind, with its revisions; admins only. */
    async emptyTrash(actor: Actor): Promise<number> {
      if (!can(actor.role, 'trash.empty'))
        throw new AppError('forbidden', 'Only an administrator can empty the trash.');
      const ids = await db.transaction().execute(async (trx) => {
        const repo = directoryEditorRepository(trx);
        const trashed = await repo.listTrashedIds(kind.table);
        await revisionRepository(trx).deleteRevisionsOf(kind.type, trashed);
        await repo.deleteEntries(kind.table, trashed);
        return trashed;
      });
      for (const id of ids) await changed(id, 'destroyed');
      return ids.length;
    },
  };
}

export type DirectoryEditorService = ReturnType<typeof directoryEditorService>;
