// The versioned save every editor shares (articles and each directory kind): a save names the
// version it was read at and either writes a new version with its revision or throws a 409
// ConflictError with what the other person saved; trash and restore are saves too; revisions
// are listed, compared line by line and restored as a new save; only admins empty the trash.
// The editors keep their forms, rules and change notices; this module owns the sequence.
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import type { Actor } from './actor.js';
import { diffFields, type FieldDiff } from './diff.js';
import { ConflictError } from './form-errors.js';
import { can } from './permissions.js';
import { revisionRepository, type RevisionRow } from './revision.repository.js';
import { versionedSaveRepository, type VersionedTable } from './versioned-save.repository.js';

/** What a versioned save needs to know of one kind of entity. */
export interface VersionedKind<Form> {
  /** The entity's table, which has version, updated_at and deleted_at columns. */
  table: VersionedTable;
  /** The revisions' entity type: 'article', 'organisation'… */
  entity: string;
  /** The word for one of them in error messages: 'article', 'entry'. */
  what: string;
  /** The stored entity as a form, trashed or not; undefined when it does not exist. */
  load(on: Db, id: string): Promise<Form | undefined>;
  /** A revision's snapshot as a form (snapshots are JSON of the form that was saved). */
  parse(snapshot: string): Form;
  /** The form as flat fields for the diff, and the order to show them in (`after` is newer). */
  flatten(form: Form): Record<string, string>;
  fieldOrder(after: Record<string, string>): readonly string[];
  /**
   * Entities written without history (seeded, imported) get their stored state as a first
   * revision before their first save, so the first edit can be compared and undone.
   */
  keepsOriginal?: boolean;
}

export interface Versioned<Form> {
  id: string;
  version: number;
  updatedAt: string;
  deletedAt: string | null;
  form: Form;
}

export interface RevisionItem {
  id: string;
  version: number;
  authorName: string | null;
  reason: string;
  createdAt: string;
}

export interface RevisionDiff {
  from: RevisionItem;
  to: RevisionItem;
  fields: FieldDiff[];
}

/** How a save turns the submitted form into the stored one and writes the entity's own rows. */
export interface SaveSteps<Form> {
  /** Checks and normalises the form (throwing FormError); runs after the version check. */
  prepare: () => Promise<Form>;
  /** Writes the entity's rows (not its version) inside the save's transaction. */
  write: (trx: Db, form: Form, now: string) => Promise<void>;
}

const toItem = (r: RevisionRow): RevisionItem => ({
  id: r.id,
  version: r.entity_version,
  authorName: r.author_name,
  reason: r.reason,
  createdAt: r.created_at,
});

export function versionedSave<Form>(kind: VersionedKind<Form>, deps: { db: Db; now: () => Date }) {
  const { db } = deps;
  const nowIso = () => deps.now().toISOString();

  async function find(id: string, on: Db = db): Promise<Versioned<Form>> {
    const [state, form] = await Promise.all([
      versionedSaveRepository(on).findState(kind.table, id),
      kind.load(on, id),
    ]);
    if (!state || !form) throw new AppError('not_found', `This ${kind.what} does not exist.`);
    return {
      id,
      version: state.version,
      updatedAt: state.updated_at,
      deletedAt: state.deleted_at,
      form,
    };
  }

  function expectVersion(current: Versioned<Form>, expected: number): void {
    if (current.version !== expected)
      throw new ConflictError(current.form, current.version, kind.what);
  }

  /** Keeps a revision of `form` as version `version` of `id`, on `on` (a transaction). */
  async function record(
    on: Db,
    entry: { id: string; version: number; form: Form; authorId: string | null; reason: string },
    at: string,
  ): Promise<string> {
    return revisionRepository(on).insertRevision(
      {
        entity_type: kind.entity,
        entity_id: entry.id,
        entity_version: entry.version,
        snapshot: entry.form,
        author_id: entry.authorId,
        reason: entry.reason,
      },
      at,
    );
  }

  async function keepOriginal(trx: Db, id: string): Promise<void> {
    if (await revisionRepository(trx).hasRevisions(kind.entity, id)) return;
    const state = await versionedSaveRepository(trx).findState(kind.table, id);
    const form = await kind.load(trx, id);
    if (!state || !form) return;
    await record(
      trx,
      { id, version: state.version, form, authorId: null, reason: 'created' },
      state.updated_at,
    );
  }

  async function revision(id: string, revisionId: string): Promise<RevisionRow> {
    const row = await revisionRepository(db).findRevision(kind.entity, id, revisionId);
    if (!row) throw new AppError('not_found', 'This revision does not exist.');
    return row;
  }

  return {
    find,
    expectVersion,
    record,

    /** Creates an entity with `insert` (which returns its id) and its first revision. */
    async create(
      actor: Actor,
      steps: Pick<SaveSteps<Form>, 'prepare'> & {
        insert: (trx: Db, form: Form, now: string) => Promise<string>;
      },
      reason = 'created',
    ): Promise<{ id: string; version: number; form: Form }> {
      const form = await steps.prepare();
      const now = nowIso();
      const id = await db.transaction().execute(async (trx) => {
        const created = await steps.insert(trx, form, now);
        await record(trx, { id: created, version: 1, form, authorId: actor.id, reason }, now);
        return created;
      });
      return { id, version: 1, form };
    },

    /**
     * Saves over `current` if nobody saved since `expectedVersion`: the next version, the
     * entity's rows and a revision in one transaction; the author's autosaves are dropped. A
     * stale version throws ConflictError with their form and writes nothing.
     */
    async save(
      actor: Actor,
      current: Versioned<Form>,
      expectedVersion: number,
      steps: SaveSteps<Form>,
      reason = 'saved',
    ): Promise<{ version: number; form: Form }> {
      expectVersion(current, expectedVersion);
      const form = await steps.prepare();
      const now = nowIso();
      const version = await db.transaction().execute(async (trx) => {
        if (kind.keepsOriginal) await keepOriginal(trx, current.id);
        const moved = await versionedSaveRepository(trx).updateVersion(
          kind.table,
          current.id,
          expectedVersion,
          now,
        );
        if (!moved) {
          const theirs = await find(current.id, trx);
          throw new ConflictError(theirs.form, theirs.version, kind.what);
        }
        await steps.write(trx, form, now);
        const next = expectedVersion + 1;
        await revisionRepository(trx).deleteAutosaves(kind.entity, current.id, actor.id);
        await record(trx, { id: current.id, version: next, form, authorId: actor.id, reason }, now);
        return next;
      });
      return { version, form };
    },

    /**
     * Moves an entity to the trash or back, as a new version with its revision; false when it
     * already was there (nothing written).
     */
    async setTrashed(actor: Actor, id: string, trashed: boolean): Promise<boolean> {
      const entry = await find(id);
      if ((entry.deletedAt !== null) === trashed) return false;
      const now = nowIso();
      await db.transaction().execute(async (trx) => {
        const moved = await versionedSaveRepository(trx).updateVersion(
          kind.table,
          id,
          entry.version,
          now,
          trashed ? now : null,
        );
        if (!moved) throw new ConflictError(entry.form, entry.version, kind.what);
        const reason = trashed ? 'moved to trash' : 'restored from trash';
        await record(
          trx,
          { id, version: entry.version + 1, form: entry.form, authorId: actor.id, reason },
          now,
        );
      });
      return true;
    },

    /** Destroys every trashed entity of the kind with its revisions; admins only. The ids. */
    async emptyTrash(actor: Actor): Promise<string[]> {
      if (!can(actor.role, 'trash.empty'))
        throw new AppError('forbidden', 'Only an administrator can empty the trash.');
      return db.transaction().execute(async (trx) => {
        const rows = versionedSaveRepository(trx);
        const trashed = await rows.listTrashedIds(kind.table);
        await revisionRepository(trx).deleteRevisionsOf(kind.entity, trashed);
        await rows.deleteRows(kind.table, trashed);
        return trashed;
      });
    },

    /**
     * Keeps `form` as the author's autosave (replacing their previous one) without touching the
     * entity; a stale version is a conflict, so the author learns it early.
     */
    async autosave(actor: Actor, current: Versioned<Form>, expectedVersion: number, form: Form) {
      expectVersion(current, expectedVersion);
      const now = nowIso();
      return db.transaction().execute(async (trx) => {
        await revisionRepository(trx).deleteAutosaves(kind.entity, current.id, actor.id);
        const revisionId = await record(
          trx,
          {
            id: current.id,
            version: expectedVersion,
            form,
            authorId: actor.id,
            reason: 'autosave',
          },
          now,
        );
        return { revisionId, savedAt: now };
      });
    },

    /** The actor's autosave made at `version` (the entity's current one), if any. */
    async findAutosave(
      actor: Actor,
      id: string,
      version: number,
    ): Promise<(RevisionItem & { form: Form }) | undefined> {
      const row = await revisionRepository(db).findLatestAutosave(kind.entity, id, actor.id);
      if (!row || row.entity_version !== version) return undefined;
      return { ...toItem(row), form: kind.parse(row.snapshot) };
    },

    /** The entity's revisions, newest first. */
    async listRevisions(id: string): Promise<RevisionItem[]> {
      return (await revisionRepository(db).listRevisions(kind.entity, id)).map(toItem);
    },

    async getRevision(id: string, revisionId: string): Promise<RevisionItem & { form: Form }> {
      const row = await revision(id, revisionId);
      return { ...toItem(row), form: kind.parse(row.snapshot) };
    },

    /** A line diff of every field between two revisions (`fromId` older, `toId` newer). */
    async diffRevisions(id: string, fromId: string, toId: string): Promise<RevisionDiff> {
      const [a, b] = await Promise.all([revision(id, fromId), revision(id, toId)]);
      const before = kind.flatten(kind.parse(a.snapshot));
      const after = kind.flatten(kind.parse(b.snapshot));
      return {
        from: toItem(a),
        to: toItem(b),
        fields: diffFields(before, after, kind.fieldOrder(after)),
      };
    },

    /** A revision's form and the reason its restore is saved with (history is never rewritten). */
    async restoring(id: string, revisionId: string): Promise<{ form: Form; reason: string }> {
      const row = await revision(id, revisionId);
      return { form: kind.parse(row.snapshot), reason: `restored revision of ${row.created_at}` };
    },
  };
}

export type VersionedSave<Form> = ReturnType<typeof versionedSave<Form>>;
