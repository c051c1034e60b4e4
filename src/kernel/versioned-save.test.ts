// The versioned save on its own, over the simplest versioned table (sector, its slug as the
// form): saves at a version, the race lost inside the transaction, trash, emptying, revisions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { makeActor } from '../../test/support/editor.js';
import { makeSectors, testNow } from '../../test/support/factories.js';
import type { Db } from '../db/database.js';
import type { Actor } from './actor.js';
import { ConflictError } from './form-errors.js';
import { versionedSave, type VersionedKind } from './versioned-save.js';

type SlugForm = { slug: string };

const kind: VersionedKind<SlugForm> = {
  table: 'sector',
  entity: 'sector',
  what: 'sector',
  load: async (on, id) =>
    on.selectFrom('sector').select('slug').where('id', '=', id).executeTakeFirst(),
  parse: (snapshot) => JSON.parse(snapshot) as SlugForm,
  flatten: (form) => ({ ...form }),
  fieldOrder: (after) => Object.keys(after),
  keepsOriginal: true,
};

const writeSlug = (id: string) => async (trx: Db, form: SlugForm) => {
  await trx.updateTable('sector').set({ slug: form.slug }).where('id', '=', id).execute();
};

describe.each(testDialects())('versioned save on $name', (dialect) => {
  let t: TestDatabase;
  let history: ReturnType<typeof versionedSave<SlugForm>>;
  let editor: Actor;
  let admin: Actor;
  let ids: Map<string, string>;

  beforeAll(async () => {
    t = await dialect.open();
    history = versionedSave(kind, { db: t.database.db, now: () => testNow });
    editor = await makeActor(t.database, 'editor');
    admin = await makeActor(t.database, 'admin');
    ids = await makeSectors(t.database, ['first', 'second', 'third']);
  });
  afterAll(() => t.cleanup());

  it('saves at the version read: the next version and a revision, the original kept first', async () => {
    const id = ids.get('first')!;
    const current = await history.find(id);
    const saved = await history.save(editor, current, current.version, {
      prepare: () => Promise.resolve({ slug: 'first-renamed' }),
      write: writeSlug(id),
    });
    expect(saved.version).toBe(current.version + 1);
    expect((await history.find(id)).form).toEqual({ slug: 'first-renamed' });
    const revisions = await history.listRevisions(id);
    expect(revisions.map((r) => [r.reason, r.version])).toEqual([
      ['saved', current.version + 1],
      ['created', current.version],
    ]);
    const diff = await history.diffRevisions(id, revisions[1]!.id, revisions[0]!.id);
    expect(diff.fields).toEqual([
      {
        field: 'slug',
        changed: true,
        lines: [
          { op: 'del', text: 'first' },
          { op: 'add', text: 'first-renamed' },
        ],
      },
    ]);
    const back = await history.restoring(id, revisions[1]!.id);
    expect(back.form).toEqual({ slug: 'first' });
    expect(back.reason).toMatch(/^restored revision of /);
  });

  it('refuses a stale version before checking the form, and writes nothing', async () => {
    const id = ids.get('first')!;
    const current = await history.find(id);
    let prepared = false;
    const error = await history
      .save(editor, current, current.version - 1, {
        prepare: () => {
          prepared = true;
          return Promise.resolve({ slug: 'never' });
        },
        write: writeSlug(id),
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<SlugForm>).theirs).toEqual(current.form);
    expect((error as ConflictError<SlugForm>).theirsVersion).toBe(current.version);
    expect(prepared).toBe(false);
    expect((await history.find(id)).version).toBe(current.version);
  });

  it('gives the loser of a race the winner’s form and rolls its own writes back', async () => {
    const id = ids.get('second')!;
    const read = await history.find(id);
    const before = (await history.listRevisions(id)).length;
    const error = await history
      .save(editor, read, read.version, {
        // Someone else saves between our check and our transaction.
        prepare: async () => {
          await history.save(admin, read, read.version, {
            prepare: () => Promise.resolve({ slug: 'second-theirs' }),
            write: writeSlug(id),
          });
          return { slug: 'second-mine' };
        },
        write: writeSlug(id),
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<SlugForm>).theirs).toEqual({ slug: 'second-theirs' });
    expect((error as ConflictError<SlugForm>).theirsVersion).toBe(read.version + 1);
    const after = await history.find(id);
    expect(after.form).toEqual({ slug: 'second-theirs' });
    expect(after.version).toBe(read.version + 1);
    // The winner's original and save; nothing of the loser's.
    expect((await history.listRevisions(id)).length).toBe(before + 2);
  });

  it('trashes and restores as saves, once each, and only admins empty the trash', async () => {
    const id = ids.get('third')!;
    expect(await history.setTrashed(editor, id, true)).toBe(true);
    expect(await history.setTrashed(editor, id, true)).toBe(false);
    expect((await history.find(id)).deletedAt).not.toBeNull();
    expect(await history.setTrashed(editor, id, false)).toBe(true);
    expect((await history.find(id)).deletedAt).toBeNull();
    expect((await history.listRevisions(id)).map((r) => r.reason)).toEqual([
      'restored from trash',
      'moved to trash',
    ]);

    await history.setTrashed(editor, id, true);
    await expect(history.emptyTrash(editor)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await history.emptyTrash(admin)).toEqual([id]);
    await expect(history.find(id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await history.listRevisions(id)).toEqual([]);
  });

  it('keeps one autosave per author at the current version, replaced by a real save', async () => {
    const id = ids.get('first')!;
    const current = await history.find(id);
    await history.autosave(editor, current, current.version, { slug: 'draft-1' });
    await history.autosave(editor, current, current.version, { slug: 'draft-2' });
    const found = await history.findAutosave(editor, id, current.version);
    expect(found?.form).toEqual({ slug: 'draft-2' });
    expect(await history.findAutosave(admin, id, current.version)).toBeUndefined();
    await history.save(editor, current, current.version, {
      prepare: () => Promise.resolve({ slug: 'first-again' }),
      write: writeSlug(id),
    });
    expect(await history.findAutosave(editor, id, current.version)).toBeUndefined();
    expect((await history.listRevisions(id)).some((r) => r.reason === 'autosave')).toBe(false);
  });
});
