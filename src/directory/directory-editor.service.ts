// The directory editors' rules, one set for every kind, over the kernel's versioned save: create
// and save under a version check, a revision at every save, restore a revision as a new save,
// trash and restore, and emptying the trash for admins only. Rights come from the permission
// matrix (directory.edit).
import type { Actor } from '../kernel/actor.js';
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { FormError } from '../kernel/form-errors.js';
import { can } from '../kernel/permissions.js';
import {
  versionedSave,
  type RevisionDiff,
  type RevisionItem,
  type Versioned,
} from '../kernel/versioned-save.js';
import { newId } from '../lib/id.js';
import { translator } from '../i18n/locales.js';
import { directoryChoicesRepository, type EntryChoices } from './directory-choices.repository.js';
import {
  checkForm,
  cleanForm,
  type DirectoryChoices,
  type DirectoryForm,
} from './directory-form.js';
import type { DirectoryKind, DirectoryListRow, DirectoryType } from './directory-kind.js';
import { recordPageMoves } from '../redirects/redirect.service.js';
import type { DirectoryStatus } from '../kernel/directory-status.js';
import { hasStatus, isDraft } from './directory-status.js';

export type DirectoryChange = 'saved' | 'trashed' | 'restored' | 'destroyed';
/**
 * `unseen`: the entry was a draft before the change and still is one, so nothing readers (or
 * webhook subscribers) can see has changed; publishing or unpublishing is never unseen.
 */
export type DirectoryChangeHook = (
  type: DirectoryType,
  id: string,
  change: DirectoryChange,
  unseen: boolean,
) => Promise<void>;

export type DirectoryEntry = Versioned<DirectoryForm>;

export interface DirectoryEditorDeps {
  db: Db;
  locales: readonly string[];
  now: () => Date;
  /** Called after each committed change (search index, webhooks); errors are the hook's own. */
  onChanged?: DirectoryChangeHook;
}

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
  const changed = async (id: string, change: DirectoryChange, unseen = false) => {
    if (deps.onChanged) await deps.onChanged(kind.type, id, change, unseen);
  };
  const withStatus = hasStatus(kind.spec);
  const history = versionedSave<DirectoryForm>(
    {
      table: kind.table,
      entity: kind.type,
      what: 'entry',
      load: (on, id) => kind.load(on, id),
      parse: (snapshot) => JSON.parse(snapshot) as DirectoryForm,
      flatten: (form) => form,
      fieldOrder: (after) => Object.keys(after),
      keepsOriginal: true,
    },
    deps,
  );

  async function getEntry(id: string): Promise<DirectoryEntry> {
    return history.find(id);
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

  async function setTrashed(actor: Actor, id: string, trashed: boolean): Promise<void> {
    requireEditor(actor);
    const draft = isDraft((await getEntry(id)).form);
    if (await history.setTrashed(actor, id, trashed))
      await changed(id, trashed ? 'trashed' : 'restored', draft);
  }

  /** Saves the form if the entry is still at `expectedVersion`; else a conflict, nothing lost. */
  async function saveEntry(
    actor: Actor,
    id: string,
    expectedVersion: number,
    submitted: DirectoryForm,
    reason = 'saved',
  ): Promise<number> {
    requireEditor(actor);
    const current = await getEntry(id);
    if (current.deletedAt !== null)
      throw new AppError('conflict', 'This entry is in the trash; restore it before editing.');
    // A form without a status (a revision from before statuses, an API change that does not
    // name it) keeps the entry's status rather than publishing it by default.
    const form =
      withStatus && submitted.status === undefined && current.form.status !== undefined
        ? { ...submitted, status: current.form.status }
        : submitted;
    let saved = form;
    const { version } = await history.save(
      actor,
      current,
      expectedVersion,
      {
        prepare: async () => (saved = await validate(form, id)),
        write: async (trx, normal, now) => {
          await kind.write(trx, id, normal, now, false);
          // An entry whose public page changed address keeps the old one as a 301; a draft
          // never had a public page, so its old address is not kept.
          if (!isDraft(current.form))
            await recordPageMoves(
              trx,
              now,
              locales.map((l) => [
                kind.publicPath?.(current.form, l),
                kind.publicPath?.(normal, l),
              ]),
            );
        },
      },
      reason,
    );
    await changed(id, 'saved', isDraft(current.form) && isDraft(saved));
    return version;
  }

  return {
    kind,
    getEntry,

    async choices(locale: string, form: DirectoryForm): Promise<DirectoryChoices> {
      return choicesFor(locale, form);
    },

    /** Whether entries of this kind are drafts or published (organisations, people). */
    hasStatus: withStatus,

    async listEntries(
      locale: string,
      query: { q: string; trashed: boolean; page: number; status?: DirectoryStatus },
      pageSize = 25,
    ): Promise<{ rows: DirectoryListRow[]; total: number }> {
      return kind.list(db, {
        q: query.q,
        trashed: query.trashed,
        status: withStatus ? query.status : undefined,
        locale,
        limit: pageSize,
        offset: (query.page - 1) * pageSize,
      });
    },

    /** Creates an entry; its first revision says « created ». */
    async createEntry(actor: Actor, form: DirectoryForm): Promise<{ id: string }> {
      requireEditor(actor);
      const id = newId();
      let saved = form;
      await history.create(actor, {
        prepare: async () => (saved = await validate(form, undefined)),
        insert: async (trx, normal, now) => {
          await kind.write(trx, id, normal, now, true);
          return id;
        },
      });
      await changed(id, 'saved', isDraft(saved));
      return { id };
    },

    /**
     * Gives an entry created elsewhere (from a mention suggestion) its first revision, and tells
     * the change hook (search index, webhooks; a draft is unseen); the entry is not changed.
     */
    async recordCreated(actorId: string | null, id: string): Promise<void> {
      const entry = await getEntry(id);
      await history.record(
        db,
        { id, version: entry.version, form: entry.form, authorId: actorId, reason: 'created' },
        nowIso(),
      );
      await changed(id, 'saved', isDraft(entry.form));
    },

    saveEntry,

    /**
     * Publishes a draft at `expectedVersion` (a save with the status changed, so the form's
     * checks apply and a revision says « published »); an entry already published is left as
     * it is. Returns the version.
     */
    async publishEntry(actor: Actor, id: string, expectedVersion: number): Promise<number> {
      requireEditor(actor);
      if (!withStatus) throw new AppError('bad_request', 'Entries of this kind have no status.');
      const current = await getEntry(id);
      if (current.deletedAt === null && !isDraft(current.form)) return current.version;
      return saveEntry(
        actor,
        id,
        expectedVersion,
        { ...current.form, status: 'published' },
        'published',
      );
    },

    async listRevisions(id: string): Promise<RevisionItem[]> {
      return history.listRevisions(id);
    },

    /** A line diff of every field between two revisions. */
    async diffRevisions(id: string, fromId: string, toId: string): Promise<RevisionDiff> {
      return history.diffRevisions(id, fromId, toId);
    },

    /** Brings back a revision's content as a new save; history is never rewritten. */
    async restoreRevision(
      actor: Actor,
      id: string,
      revisionId: string,
      expectedVersion: number,
    ): Promise<number> {
      const { form, reason } = await history.restoring(id, revisionId);
      return saveEntry(actor, id, expectedVersion, form, reason);
    },

    async trashEntry(actor: Actor, id: string): Promise<void> {
      await setTrashed(actor, id, true);
    },

    async restoreEntry(actor: Actor, id: string): Promise<void> {
      await setTrashed(actor, id, false);
    },

    /** Destroys every trashed entry of the kind, with its revisions; admins only. */
    async emptyTrash(actor: Actor): Promise<number> {
      const ids = await history.emptyTrash(actor);
      for (const id of ids) await changed(id, 'destroyed');
      return ids.length;
    },
  };
}

export type DirectoryEditorService = ReturnType<typeof directoryEditorService>;
