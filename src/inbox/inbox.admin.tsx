// /admin/entities (editors and admins: directory.edit): the entity inbox and its decisions, the
// merge of two entries (also reached from the directory editor), and the stop-list. Each POST
// validates its form here, lets the services decide in one audited transaction, and answers
// 303 to the inbox with a flash; bad input is a 4xx page and changes nothing.
import { Hono, type Context } from 'hono';
import { AppError } from '../errors.js';
import { adminContext } from '../kernel/admin-context.js';
import { actorOf, flashOf } from '../kernel/admin-request.js';
import { defineAdminRoutes, mountAdminRoute } from '../kernel/admin-routes.js';
import { clientOf, type AppEnv } from '../kernel/auth.js';
import { parsePageParam } from '../lib/pagination.js';
import { adminError } from '../articles/article-admin.request.js';
import { resolveChoice } from './entity-choice.js';
import type { EntityMergeService } from './entity-merge.service.js';
import {
  aliasLines,
  batchSchema,
  createSchema,
  groupRefSchema,
  linkSchema,
  mergeSchema,
} from './inbox.schema.js';
import type { CreateInput, Decider, InboxService } from './inbox.service.js';
import { InboxPage } from './inbox.views.js';
import { choiceLabel, MergePage } from './inbox-merge.views.js';

const example = '/admin/entities/stops/00000000-0000-7000-8000-000000000000/delete';

export const inboxRoutes = defineAdminRoutes({
  inbox: { method: 'GET', path: '/admin/entities', access: 'directory.edit' },
  create: { method: 'POST', path: '/admin/entities/create', access: 'directory.edit' },
  link: { method: 'POST', path: '/admin/entities/link', access: 'directory.edit' },
  reject: { method: 'POST', path: '/admin/entities/reject', access: 'directory.edit' },
  batch: { method: 'POST', path: '/admin/entities/batch', access: 'directory.edit' },
  mergeForm: { method: 'GET', path: '/admin/entities/merge', access: 'directory.edit' },
  merge: { method: 'POST', path: '/admin/entities/merge', access: 'directory.edit' },
  unstop: {
    method: 'POST',
    path: '/admin/entities/stops/:id/delete',
    access: 'directory.edit',
    example,
  },
});

const flashes = {
  created: 'inbox.done.created',
  linked: 'inbox.done.linked',
  rejected: 'inbox.done.rejected',
  merged: 'inbox.done.merged',
  unstopped: 'inbox.done.unstopped',
} as const;

const idPattern = /^[0-9a-f-]{36}$/;
const kindOf = (key: string) => (key.startsWith('person:') ? 'person' : 'organisation');

type Body = Record<string, string | File | (string | File)[]>;
/** Single values as strings (the last one when repeated); `group` always as a list. */
function fields(body: Body): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    const list = (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string');
    out[name] = name === 'group' ? list : list.at(-1);
  }
  return out;
}

function parse<T>(
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } },
  value: unknown,
  message: string,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('bad_request', message);
  return parsed.data;
}

const who = (c: Context<AppEnv>): Decider => ({ actor: actorOf(c), client: clientOf(c) });

export function inboxPages(site: {
  inbox: InboxService;
  entityMerge: EntityMergeService;
}): Hono<AppEnv> {
  const { inbox, entityMerge } = site;
  const app = new Hono<AppEnv>();
  const choices = async () => ({
    organisation: await inbox.listEntityChoices('organisation'),
    person: await inbox.listEntityChoices('person'),
  });
  const handle =
    (run: (c: Context<AppEnv>, body: Record<string, unknown>) => Promise<string>) =>
    async (c: Context<AppEnv>) => {
      try {
        const done = await run(c, fields(await c.req.parseBody({ all: true })));
        return c.redirect(`/admin/entities?done=${done}`, 303);
      } catch (error) {
        return adminError(c, error);
      }
    };

  mountAdminRoute(app, inboxRoutes.inbox, async (c) => {
    try {
      const page = parsePageParam(c.req.query('page'));
      if (page === undefined)
        throw new AppError('bad_request', 'The page must be a positive number.');
      const ctx = adminContext(c);
      const list = await inbox.pageOfGroups(page);
      const stops = await inbox.listStops();
      return c.html(
        <InboxPage
          ctx={ctx}
          {...list}
          choices={await choices()}
          stops={stops.map((s) => ({ id: s.id, kind: s.entity_type, name: s.name }))}
          flash={flashOf(ctx, c, flashes)}
        />,
      );
    } catch (error) {
      return adminError(c, error);
    }
  });

  mountAdminRoute(
    app,
    inboxRoutes.create,
    handle(async (c, body) => {
      const p = parse(createSchema, body, 'Fill in the name of what to create.');
      const input: CreateInput =
        p.kind === 'organisation'
          ? {
              kind: 'organisation',
              name: p.name,
              acronym: p.acronym,
              organisationKind: p.organisation_kind,
              aliases: aliasLines(p.aliases),
            }
          : { kind: 'person', givenName: p.given_name, familyName: p.family_name };
      if (kindOf(p.key) !== p.kind)
        throw new AppError('bad_request', 'This group cannot create that kind of entry.');
      await inbox.createEntities(who(c), [p], { [p.key]: input });
      return 'created';
    }),
  );

  mountAdminRoute(
    app,
    inboxRoutes.link,
    handle(async (c, body) => {
      const p = parse(linkSchema, body, 'Choose the entry to link this group to.');
      const kind = kindOf(p.key);
      const target = resolveChoice(p.entity, await inbox.listEntityChoices(kind));
      if (!target)
        throw new AppError(
          'bad_request',
          `No ${kind} of the directory is called « ${p.entity} »: pick one from the list.`,
        );
      await inbox.linkGroup(who(c), p, target.id);
      return 'linked';
    }),
  );

  mountAdminRoute(
    app,
    inboxRoutes.reject,
    handle(async (c, body) => {
      await inbox.rejectGroups(who(c), [
        parse(groupRefSchema, body, 'This form is incomplete; reload the inbox.'),
      ]);
      return 'rejected';
    }),
  );

  mountAdminRoute(
    app,
    inboxRoutes.batch,
    handle(async (c, body) => {
      const p = parse(batchSchema, body, 'Check at least one group, then choose an action.');
      const refs = p.group.map((v) => {
        const at = v.indexOf('|');
        return { fingerprint: v.slice(0, at), key: v.slice(at + 1) };
      });
      if (p.action === 'create') await inbox.createEntities(who(c), refs);
      else await inbox.rejectGroups(who(c), refs);
      return p.action === 'create' ? 'created' : 'rejected';
    }),
  );

  mountAdminRoute(app, inboxRoutes.mergeForm, async (c) => {
    const type = c.req.query('type') === 'person' ? 'person' : 'organisation';
    const all = await choices();
    const removed = all[type].find((e) => e.id === c.req.query('id'));
    return c.html(
      <MergePage
        ctx={adminContext(c)}
        defaults={{ type, removed: removed ? choiceLabel(removed) : '' }}
        choices={all}
      />,
    );
  });

  mountAdminRoute(
    app,
    inboxRoutes.merge,
    handle(async (c, body) => {
      const p = parse(mergeSchema, body, 'Choose the two entries to merge.');
      const list = await inbox.listEntityChoices(p.type);
      const [kept, removed] = [resolveChoice(p.kept, list), resolveChoice(p.removed, list)];
      if (!kept || !removed)
        throw new AppError(
          'bad_request',
          `Both entries must be ${p.type === 'organisation' ? 'organisations' : 'people'} of the directory: pick them from the list.`,
        );
      await entityMerge.mergeEntities(who(c), p.type, kept.id, removed.id);
      return 'merged';
    }),
  );

  mountAdminRoute(
    app,
    inboxRoutes.unstop,
    handle(async (c) => {
      const id = c.req.param('id') ?? '';
      if (!idPattern.test(id))
        throw new AppError('not_found', 'This name is not on the stop-list.');
      await inbox.removeStop(who(c), id);
      return 'unstopped';
    }),
  );
  return app;
}
