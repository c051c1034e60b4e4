// The entity inbox's rules: the groups of open suggestions across the archive, and the three
// decisions on a group (or a batch of groups), each applied to every article at once:
// - create: the organisation or person is made once (suggestion-entities.ts, idempotent by name
//   key), then, in one transaction, every mention of the group becomes a confirmed mention of
//   it and the other forms become its aliases;
// - link: the same, to an entity that exists;
// - reject everywhere: every mention rejected and every name of the group on the stop-list.
// Each decision re-reads the group inside its transaction: a group gone (decided already, by a
// second click or another editor) is `not_found`, a group changed since the form was read is a
// `conflict`, and nothing is written. Every decision is audited in that same transaction.
import type { Actor, AuditRecorder, Client } from '../kernel/actor.js';
import type { Db } from '../db/database.js';
import type { OrganisationKind } from '../db/tables/organisation.table.js';
import { AppError } from '../errors.js';
import { can } from '../kernel/permissions.js';
import { nameKey } from '../lib/name-key.js';
import { translationText } from '../linking/detect.js';
import type { StoredSuggestion } from '../linking/reconcile.js';
import type { SuggestionEntities } from '../articles/suggestion-entities.js';
import { groupSuggestions, type InboxGroup, type OpenSuggestion } from './inbox-groups.js';
import { inboxRepository, type OpenSuggestionRow } from './inbox.repository.js';
import { snippetsOf, type Snippet } from './snippet.js';

export interface InboxDeps {
  db: Db;
  now: () => Date;
  entities: SuggestionEntities;
  /** The audit log writing through `trx`, so a decision and its audit entry commit together. */
  auditIn: (trx: Db) => AuditRecorder;
  /** Told of each entity created (first revision, search index, webhooks). */
  onEntityCreated?: (
    type: 'organisation' | 'person',
    id: string,
    actorId: string | null,
  ) => Promise<void>;
  /** Told after each decision: the articles whose mentions changed, the entities that changed. */
  onChanged?: (change: {
    articles: string[];
    entities: { type: 'organisation' | 'person'; id: string }[];
  }) => Promise<void>;
}

/** Who decides: the actor and, for the audit log, where the request came from. */
export interface Decider {
  actor: Actor;
  client?: Client;
}

/** A group as the form showed it. */
export interface GroupRef {
  key: string;
  fingerprint: string;
}

export type CreateInput =
  | {
      kind: 'organisation';
      name: string;
      acronym: string;
      organisationKind: OrganisationKind;
      aliases: string[];
    }
  | { kind: 'person'; givenName: string; familyName: string };

export const inboxPageSize = 20;

const kindWords: [RegExp, OrganisationKind][] = [
  [/\b(universit|hogeschool|haute ecole|college)/, 'university'],
  [/\b(institut|centre de recherche|research|laborator|lab\b|centre spatial)/, 'research_centre'],
  [/\b(agence|agency|awex)/, 'agency'],
  [/\b(cluster|pole)\b/, 'cluster'],
  [/\b(service public|ministere|ministry|commission|spw|region)\b/, 'public_body'],
  [/\b(asbl|vzw|association|federation)\b/, 'association'],
];

/** The kind an organisation's name suggests (« Université de Liège » is a university). */
export function guessOrganisationKind(name: string): OrganisationKind {
  const key = nameKey(name);
  return kindWords.find(([re]) => re.test(key))?.[1] ?? 'company';
}

/** The creation a group proposes, as the form shows it before the editor changes anything. */
export function proposedInput(g: InboxGroup): CreateInput {
  return g.kind === 'organisation'
    ? {
        kind: 'organisation',
        name: g.name,
        acronym: g.acronym,
        organisationKind: guessOrganisationKind(g.name),
        aliases: g.aliases,
      }
    : { kind: 'person', givenName: g.givenName, familyName: g.familyName };
}

function parseRows(rows: OpenSuggestionRow[]): OpenSuggestion[] {
  return rows.flatMap((r) => {
    try {
      const stored = JSON.parse(r.suggestion ?? '') as StoredSuggestion;
      const s = stored.suggestion;
      if (!s || (s.kind !== 'organisation' && s.kind !== 'person') || s.kind !== r.entity_type)
        return [];
      return [
        {
          mentionId: r.id,
          version: r.version,
          articleId: r.article_id,
          translationId: r.translation_id,
          locale: r.locale,
          title: r.title,
          surface: r.surface,
          start: r.start_offset,
          end: r.end_offset,
          suggestion: s,
        },
      ];
    } catch {
      return []; // unreadable JSON: detection replaces the row on its next run
    }
  });
}

const openGroups = async (db: Db) =>
  groupSuggestions(parseRows(await inboxRepository(db).listOpenSuggestions()));

/** The groups `refs` name, each as it is now: unknown is not_found, changed is a conflict. */
function pick(groups: InboxGroup[], refs: readonly GroupRef[]): InboxGroup[] {
  const picked: InboxGroup[] = [];
  for (const ref of refs) {
    const g = groups.find((x) => x.key === ref.key);
    if (!g)
      throw new AppError(
        'not_found',
        'This group is no longer open: it was decided already, or its articles changed. Nothing was changed.',
      );
    if (g.fingerprint !== ref.fingerprint)
      throw new AppError(
        'conflict',
        'This group changed since the page was loaded (new or decided mentions); reload the inbox. Nothing was changed.',
      );
    if (!picked.includes(g)) picked.push(g);
  }
  if (picked.length === 0) throw new AppError('bad_request', 'Choose at least one group.');
  return picked;
}

/** The snippets of one mention in its translation's text (none when the text is gone). */
function contextOf(t: { text: string; body: number } | undefined, m: OpenSuggestion): Snippet[] {
  return t ? snippetsOf(t.text, m.surface, m.start, m.end, t.body) : [];
}

const mentionIds = (g: InboxGroup) => g.mentions.map((m) => m.mentionId);
const articleIds = (groups: InboxGroup[]) => [
  ...new Set(groups.flatMap((g) => g.articles.map((a) => a.articleId))),
];

export function inboxService(deps: InboxDeps) {
  const nowIso = () => deps.now().toISOString();

  function requireEditor(actor: Actor): void {
    if (!can(actor.role, 'directory.edit'))
      throw new AppError('forbidden', 'Your role does not allow deciding on suggestions.');
  }

  /** Runs a decision in one transaction over freshly re-read groups, with its audit entries. */
  async function decide<T>(
    who: Decider,
    refs: readonly GroupRef[],
    run: (
      trx: Db,
      groups: InboxGroup[],
      audit: (
        action: string,
        detail: object,
        entity?: { type: string; id: string },
      ) => Promise<void>,
    ) => Promise<T>,
  ): Promise<T> {
    return deps.db.transaction().execute(async (trx) => {
      const groups = pick(await openGroups(trx), refs);
      const recorder = deps.auditIn(trx);
      const audit = (action: string, detail: object, entity?: { type: string; id: string }) =>
        recorder.record({
          actorId: who.actor.id,
          action,
          entityType: entity?.type ?? 'inbox',
          entityId: entity?.id ?? null,
          ip: who.client?.ip ?? null,
          userAgent: who.client?.userAgent ?? null,
          detail: { ...detail },
        });
      return run(trx, groups, audit);
    });
  }

  async function create(g: InboxGroup, input: CreateInput, now: string) {
    if (input.kind !== g.kind)
      throw new AppError('bad_request', 'A group of this kind cannot create that kind of entry.');
    if (input.kind === 'organisation')
      return deps.entities.organisationNamed(
        { name: input.name, acronym: input.acronym, kind: input.organisationKind },
        now,
      );
    const a = g.affiliation;
    return deps.entities.personNamed(
      {
        givenName: input.givenName,
        familyName: input.familyName,
        affiliation: a
          ? { organisationId: a.organisationId, locale: g.mentions[0]!.locale, role: a.role }
          : null,
      },
      now,
    );
  }

  /** Confirms a group's mentions as mentions of the entity; organisations take the aliases. */
  async function attach(
    trx: Db,
    g: InboxGroup,
    entity: { type: 'organisation' | 'person'; id: string },
    aliases: readonly string[],
  ): Promise<string[]> {
    const repo = inboxRepository(trx);
    await repo.linkMentions(mentionIds(g), entity, nowIso());
    return entity.type === 'organisation'
      ? repo.addOrganisationAliases(entity.id, aliases, nowIso())
      : [];
  }

  return {
    /** Every open group, ranked (see inbox-groups.ts). */
    listGroups: () => openGroups(deps.db),

    async countOpenGroups(): Promise<number> {
      return (await openGroups(deps.db)).length;
    },

    /** One page of groups with the contexts of their mentions (mention id → snippets). */
    async pageOfGroups(page: number) {
      const all = await openGroups(deps.db);
      const groups = all.slice((page - 1) * inboxPageSize, page * inboxPageSize);
      const repo = inboxRepository(deps.db);
      const texts = new Map(
        (
          await repo.listTranslationTexts([
            ...new Set(groups.flatMap((g) => g.mentions.map((m) => m.translationId))),
          ])
        ).map((t) => [
          t.id,
          { text: translationText(t.title, t.body_md), body: t.title.length + 2 },
        ]),
      );
      const contexts = new Map<string, Snippet[]>();
      for (const g of groups)
        for (const m of g.mentions)
          contexts.set(m.mentionId, contextOf(texts.get(m.translationId), m));
      return { groups, contexts, total: all.length, page, pageSize: inboxPageSize };
    },

    /** Live organisations or people, for the « link » and « merge » choices. */
    listEntityChoices: (kind: 'organisation' | 'person') =>
      inboxRepository(deps.db).listEntityChoices(kind),

    /**
     * Creates each group's entity (with `inputs[key]`, else what the group proposes) and links
     * every mention of the group to it. Repeating the request finds the groups gone: not_found.
     */
    async createEntities(
      who: Decider,
      refs: readonly GroupRef[],
      inputs: Readonly<Record<string, CreateInput>> = {},
    ): Promise<{ type: 'organisation' | 'person'; id: string; created: boolean }[]> {
      requireEditor(who.actor);
      const now = nowIso();
      const groups = pick(await openGroups(deps.db), refs);
      const made = new Map<string, { id: string; created: boolean }>();
      for (const g of groups)
        made.set(g.key, await create(g, inputs[g.key] ?? proposedInput(g), now));
      const result = await decide(who, refs, async (trx, fresh, audit) => {
        const out: { type: 'organisation' | 'person'; id: string; created: boolean }[] = [];
        for (const g of fresh) {
          const entity = { type: g.kind, id: made.get(g.key)!.id };
          const input = inputs[g.key] ?? proposedInput(g);
          const aliases = await attach(
            trx,
            g,
            entity,
            input.kind === 'organisation' ? input.aliases : [],
          );
          await audit(
            'inbox.create',
            {
              group: g.key,
              created: made.get(g.key)!.created,
              mentions: g.mentionCount,
              articles: g.articleCount,
              aliases,
            },
            entity,
          );
          out.push({ ...entity, created: made.get(g.key)!.created });
        }
        return out;
      });
      for (const e of result)
        if (e.created) await deps.onEntityCreated?.(e.type, e.id, who.actor.id);
      await deps.onChanged?.({ articles: articleIds(groups), entities: result });
      return result;
    },

    /** Links every mention of the group to an existing entity of its kind; its forms become aliases. */
    async linkGroup(who: Decider, ref: GroupRef, entityId: string): Promise<void> {
      requireEditor(who.actor);
      const groups = await decide(who, [ref], async (trx, [g], audit) => {
        const target = await inboxRepository(trx).findEntity(g!.kind, entityId);
        if (!target)
          throw new AppError('not_found', `Choose an existing ${g!.kind} to link this group to.`);
        const entity = { type: g!.kind, id: target.id };
        const aliases = await attach(trx, g!, entity, [g!.name, g!.acronym, ...g!.aliases]);
        await audit(
          'inbox.link',
          { group: g!.key, mentions: g!.mentionCount, articles: g!.articleCount, aliases },
          entity,
        );
        return [g!];
      });
      await deps.onChanged?.({
        articles: articleIds(groups),
        entities: [{ type: groups[0]!.kind, id: entityId }],
      });
    },

    /** Rejects every mention of the groups and puts each of their names on the stop-list. */
    async rejectGroups(who: Decider, refs: readonly GroupRef[]): Promise<void> {
      requireEditor(who.actor);
      const groups = await decide(who, refs, async (trx, fresh, audit) => {
        const repo = inboxRepository(trx);
        for (const g of fresh) {
          await repo.rejectMentions(mentionIds(g), nowIso());
          const names = [g.name, ...g.aliases].filter((n) => nameKey(n));
          await repo.insertStops(
            names.map((name) => ({ entity_type: g.kind, name_key: nameKey(name), name })),
            who.actor.id,
            nowIso(),
          );
          await audit('inbox.reject', {
            group: g.key,
            names,
            mentions: g.mentionCount,
            articles: g.articleCount,
          });
        }
        return fresh;
      });
      await deps.onChanged?.({ articles: articleIds(groups), entities: [] });
    },

    listStops: () => inboxRepository(deps.db).listStops(),

    /** Takes a name off the stop-list: detection may suggest it again. */
    async removeStop(who: Decider, id: string): Promise<void> {
      requireEditor(who.actor);
      await deps.db.transaction().execute(async (trx) => {
        const stop = await inboxRepository(trx).deleteStop(id);
        if (!stop) throw new AppError('not_found', 'This name is not on the stop-list.');
        await deps.auditIn(trx).record({
          actorId: who.actor.id,
          action: 'inbox.unstop',
          entityType: 'inbox',
          entityId: null,
          ip: who.client?.ip ?? null,
          userAgent: who.client?.userAgent ?? null,
          detail: { name: stop.name, kind: stop.entity_type },
        });
      });
    },
  };
}

export type InboxService = ReturnType<typeof inboxService>;
