// The entity inbox page: the open groups, each with its articles, contexts and the three
// decisions as plain forms (create, link, reject everywhere), checkboxes for batches, then the
// merge forms and the stop-list. Works without JavaScript and from the keyboard alone.
import type { AdminContext } from '../kernel/admin-context.js';
import { CsrfField } from '../kernel/csrf.js';
import { localeInfo } from '../i18n/locales.js';
import { AdminLayout } from '../views/admin-layout.js';
import { suggestionOrganisationKinds } from '../articles/mention-review.schema.js';
import type { InboxGroup } from './inbox-groups.js';
import { guessOrganisationKind } from './inbox.service.js';
import type { EntityChoice } from './inbox.repository.js';
import type { Snippet } from './snippet.js';
import { nameKey } from '../lib/name-key.js';
import {
  choiceLabel,
  EntityLists,
  MergeForms,
  StopList,
  type StopView,
} from './inbox-merge.views.js';

export interface InboxPageProps {
  ctx: AdminContext;
  groups: InboxGroup[];
  contexts: Map<string, Snippet[]>;
  total: number;
  page: number;
  pageSize: number;
  choices: { organisation: EntityChoice[]; person: EntityChoice[] };
  stops: StopView[];
  flash?: string | undefined;
}

/** The value of a group's batch checkbox: its key and fingerprint. */
export const groupValue = (g: InboxGroup) => `${g.fingerprint}|${g.key}`;

function Hidden({ g }: { g: InboxGroup }) {
  return (
    <>
      <input type="hidden" name="key" value={g.key} />
      <input type="hidden" name="fingerprint" value={g.fingerprint} />
    </>
  );
}

function Contexts(props: { ctx: AdminContext; g: InboxGroup; contexts: Map<string, Snippet[]> }) {
  const { ctx, g } = props;
  return (
    <ul class="inbox-articles">
      {g.articles.map((a) => (
        <li>
          <a href={`/admin/articles/${a.articleId}#mentions`}>{a.titles[0]?.title}</a>{' '}
          <span class="inbox-langs">
            {a.titles.map((t) => (
              <abbr
                class="admin-badge"
                title={localeInfo(t.locale).messages['locale.name']}
                lang={t.locale}
              >
                {t.locale.toUpperCase()}
              </abbr>
            ))}
          </span>
          {a.mentions.flatMap((m) =>
            (props.contexts.get(m.mentionId) ?? []).map((s) => (
              <blockquote class="inbox-context" lang={m.locale}>
                {s.before}
                <mark>{s.match}</mark>
                {s.after}
              </blockquote>
            )),
          )}
          {a.mentions.length && !a.mentions.some((m) => props.contexts.get(m.mentionId)?.length) ? (
            <p class="admin-hint">{ctx.t('inbox.noContext')}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function CreateForm({ ctx, g, n }: { ctx: AdminContext; g: InboxGroup; n: number }) {
  const { t } = ctx;
  const id = (name: string) => `g${n}-${name}`;
  const field = (name: string, label: string, value: string, required = true) => (
    <div class="admin-field">
      <label for={id(name)}>{label}</label>
      <input id={id(name)} name={name} value={value} maxlength={200} required={required} />
    </div>
  );
  return (
    <form method="post" action="/admin/entities/create" class="inbox-action">
      <CsrfField token={ctx.csrfToken} />
      <Hidden g={g} />
      <input type="hidden" name="kind" value={g.kind} />
      <h3>{t('inbox.create.title')}</h3>
      {g.kind === 'organisation' ? (
        <>
          {field('name', t('inbox.field.name'), g.name)}
          <div class="inbox-row">
            {field('acronym', t('inbox.field.acronym'), g.acronym, false)}
            <div class="admin-field">
              <label for={id('organisation_kind')}>{t('inbox.field.orgKind')}</label>
              <select id={id('organisation_kind')} name="organisation_kind">
                {suggestionOrganisationKinds.map((k) => (
                  <option value={k} selected={k === guessOrganisationKind(g.name)}>
                    {t(`organisation.kind.${k}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div class="admin-field">
            <label for={id('aliases')}>{t('inbox.field.aliases')}</label>
            <p class="admin-hint" id={id('aliases-hint')}>
              {t('inbox.field.aliasesHint')}
            </p>
            <textarea
              id={id('aliases')}
              name="aliases"
              rows={3}
              aria-describedby={id('aliases-hint')}
            >
              {g.aliases.join('\n')}
            </textarea>
          </div>
        </>
      ) : (
        <div class="inbox-row">
          {field('given_name', t('inbox.field.givenName'), g.givenName)}
          {field('family_name', t('inbox.field.familyName'), g.familyName)}
        </div>
      )}
      <button type="submit" class="button">
        {t(g.kind === 'organisation' ? 'inbox.create.organisation' : 'inbox.create.person')}
      </button>
    </form>
  );
}

function LinkForm(props: { ctx: AdminContext; g: InboxGroup; n: number; choices: EntityChoice[] }) {
  const { ctx, g, n } = props;
  const { t } = ctx;
  return (
    <form method="post" action="/admin/entities/link" class="inbox-action">
      <CsrfField token={ctx.csrfToken} />
      <Hidden g={g} />
      <h3>{t('inbox.link.title')}</h3>
      <div class="admin-field">
        <label for={`g${n}-entity`}>
          {t(g.kind === 'organisation' ? 'inbox.link.organisation' : 'inbox.link.person')}
        </label>
        <p class="admin-hint" id={`g${n}-entity-hint`}>
          {t('inbox.link.hint')}
        </p>
        <input
          id={`g${n}-entity`}
          name="entity"
          list={`inbox-${g.kind}`}
          autocomplete="off"
          required
          maxlength={300}
          aria-describedby={`g${n}-entity-hint`}
          value={likelyChoice(g, props.choices)}
        />
      </div>
      <button type="submit" class="button secondary">
        {t('inbox.link.submit')}
      </button>
    </form>
  );
}

/**
 * The existing entry that shares at least two words with the group's names, as the link form's
 * default (« Centre Spatial Liégeois » → « Centre Spatial de Liège »); one word in common is too
 * weak a hint to put in the field.
 */
function likelyChoice(g: InboxGroup, choices: EntityChoice[]): string {
  const words = (s: string) =>
    new Set(
      nameKey(s)
        .split(' ')
        .filter((w) => w.length > 2),
    );
  const mine = words([g.name, ...g.aliases].join(' '));
  const shared = (c: EntityChoice) => [...words(c.name)].filter((w) => mine.has(w)).length;
  const best = choices
    .map((c) => ({ c, n: shared(c) }))
    .filter((x) => x.n >= 2)
    .sort((a, b) => b.n - a.n)[0];
  return best ? choiceLabel(best.c) : '';
}

function GroupCard(props: {
  ctx: AdminContext;
  g: InboxGroup;
  n: number;
  contexts: Map<string, Snippet[]>;
  choices: EntityChoice[];
}) {
  const { ctx, g, n } = props;
  const { t } = ctx;
  return (
    <li class="inbox-group">
      <article aria-labelledby={`g${n}-title`}>
        <header class="inbox-group-head">
          <input
            type="checkbox"
            form="inbox-batch"
            name="group"
            value={groupValue(g)}
            id={`g${n}-pick`}
          />
          <div>
            <h2 id={`g${n}-title`}>
              <label for={`g${n}-pick`}>{g.name}</label>
            </h2>
            <p class="inbox-facts">
              <span class="admin-badge">
                {t(g.kind === 'organisation' ? 'inbox.kind.organisation' : 'inbox.kind.person')}
              </span>{' '}
              {t('inbox.counts', {
                articles: String(g.articleCount),
                mentions: String(g.mentionCount),
              })}
              {g.acronym ? <> · {t('inbox.acronym', { acronym: g.acronym })}</> : null}
            </p>
            {g.aliases.length ? (
              <p class="inbox-forms">
                {t('inbox.forms')}{' '}
                {g.aliases.map((a, i) => (
                  <>
                    {i ? ', ' : ''}« {a} »
                  </>
                ))}
              </p>
            ) : null}
          </div>
        </header>
        <Contexts ctx={ctx} g={g} contexts={props.contexts} />
        <div class="inbox-actions">
          <CreateForm ctx={ctx} g={g} n={n} />
          <LinkForm ctx={ctx} g={g} n={n} choices={props.choices} />
          <form method="post" action="/admin/entities/reject" class="inbox-action">
            <CsrfField token={ctx.csrfToken} />
            <Hidden g={g} />
            <h3>{t('inbox.reject.title')}</h3>
            <p class="admin-hint">{t('inbox.reject.hint')}</p>
            <button type="submit" class="admin-small-button danger">
              {t('inbox.reject.submit')}
            </button>
          </form>
        </div>
      </article>
    </li>
  );
}

export function InboxPage(props: InboxPageProps) {
  const { ctx, groups } = props;
  const { t } = ctx;
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  const first = (props.page - 1) * props.pageSize;
  return (
    <AdminLayout ctx={ctx} title={t('inbox.title')} flash={props.flash}>
      <h1>{t('inbox.title')}</h1>
      <p class="lead">{t('inbox.lead')}</p>
      {props.total === 0 ? (
        <p class="admin-notice">{t('inbox.empty')}</p>
      ) : (
        <>
          <form id="inbox-batch" method="post" action="/admin/entities/batch" class="inbox-batch">
            <CsrfField token={ctx.csrfToken} />
            <p>
              {t('inbox.summary', {
                count: String(props.total),
                from: String(first + 1),
                to: String(first + groups.length),
              })}
            </p>
            <p class="inbox-batch-buttons">
              <span>{t('inbox.batch.label')}</span>
              <button type="submit" name="action" value="create" class="button">
                {t('inbox.batch.create')}
              </button>
              <button type="submit" name="action" value="reject" class="button secondary">
                {t('inbox.batch.reject')}
              </button>
            </p>
          </form>
          <ol class="inbox-groups" start={first + 1}>
            {groups.map((g, i) => (
              <GroupCard
                ctx={ctx}
                g={g}
                n={first + i + 1}
                contexts={props.contexts}
                choices={props.choices[g.kind]}
              />
            ))}
          </ol>
          {pages > 1 ? (
            <nav class="inbox-pages" aria-label={t('inbox.pages')}>
              {props.page > 1 ? (
                <a href={`/admin/entities?page=${props.page - 1}`}>{t('inbox.previous')}</a>
              ) : null}
              <span>{t('inbox.pageOf', { page: String(props.page), count: String(pages) })}</span>
              {props.page < pages ? (
                <a href={`/admin/entities?page=${props.page + 1}`}>{t('inbox.next')}</a>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
      <MergeForms ctx={ctx} />
      <StopList ctx={ctx} stops={props.stops} />
      <EntityLists choices={props.choices} />
    </AdminLayout>
  );
}
