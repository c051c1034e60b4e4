// The lower part of the entity inbox (and the merge page the directory editor links to): merging
// two organisations or two people, the stop-list of names rejected everywhere, and the lists of
// existing entries the link and merge fields offer as you type.
import type { AdminContext } from '../kernel/admin-context.js';
import { CsrfField } from '../kernel/csrf.js';
import { AdminLayout } from '../views/admin-layout.js';
import type { EntityChoice } from './inbox.repository.js';

export interface StopView {
  id: string;
  kind: 'organisation' | 'person';
  name: string;
}

/** How an entry is written in the link and merge fields: its name, then its slug. */
export const choiceLabel = (c: EntityChoice) =>
  `${c.name}${c.acronym ? ` – ${c.acronym}` : ''} (${c.slug})`;

export interface MergeDefaults {
  type?: 'organisation' | 'person' | undefined;
  removed?: string | undefined;
}

function MergeForm(props: { ctx: AdminContext; kind: 'organisation' | 'person'; removed: string }) {
  const { ctx, kind } = props;
  const { t } = ctx;
  const id = (name: string) => `merge-${kind}-${name}`;
  return (
    <form method="post" action="/admin/entities/merge" class="inbox-action">
      <CsrfField token={ctx.csrfToken} />
      <input type="hidden" name="type" value={kind} />
      <h3>{t(kind === 'organisation' ? 'inbox.merge.organisations' : 'inbox.merge.people')}</h3>
      <div class="admin-field">
        <label for={id('removed')}>{t('inbox.merge.removed')}</label>
        <input
          id={id('removed')}
          name="removed"
          list={`inbox-${kind}`}
          required
          maxlength={300}
          autocomplete="off"
          value={props.removed}
        />
      </div>
      <div class="admin-field">
        <label for={id('kept')}>{t('inbox.merge.kept')}</label>
        <input
          id={id('kept')}
          name="kept"
          list={`inbox-${kind}`}
          required
          maxlength={300}
          autocomplete="off"
        />
      </div>
      <button type="submit" class="button secondary">
        {t('inbox.merge.submit')}
      </button>
    </form>
  );
}

export function MergeForms(props: { ctx: AdminContext; defaults?: MergeDefaults }) {
  const { ctx } = props;
  const d = props.defaults ?? {};
  return (
    <section class="admin-panel inbox-merge" aria-labelledby="inbox-merge-title">
      <h2 id="inbox-merge-title">{ctx.t('inbox.merge.title')}</h2>
      <p class="admin-hint">{ctx.t('inbox.merge.hint')}</p>
      <div class="inbox-actions">
        <MergeForm
          ctx={ctx}
          kind="organisation"
          removed={d.type === 'organisation' ? (d.removed ?? '') : ''}
        />
        <MergeForm ctx={ctx} kind="person" removed={d.type === 'person' ? (d.removed ?? '') : ''} />
      </div>
    </section>
  );
}

export function StopList(props: { ctx: AdminContext; stops: StopView[] }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <section class="admin-panel" aria-labelledby="inbox-stops-title">
      <h2 id="inbox-stops-title">
        {t('inbox.stops.title', { count: String(props.stops.length) })}
      </h2>
      {props.stops.length === 0 ? (
        <p class="admin-hint">{t('inbox.stops.none')}</p>
      ) : (
        <>
          <p class="admin-hint">{t('inbox.stops.hint')}</p>
          <ul class="inbox-stops">
            {props.stops.map((s) => (
              <li>
                <span>
                  {s.name}{' '}
                  <span class="admin-badge">
                    {t(s.kind === 'organisation' ? 'inbox.kind.organisation' : 'inbox.kind.person')}
                  </span>
                </span>
                <form method="post" action={`/admin/entities/stops/${s.id}/delete`}>
                  <CsrfField token={ctx.csrfToken} />
                  <button
                    type="submit"
                    class="admin-small-button"
                    aria-label={t('inbox.stops.removeNamed', { name: s.name })}
                  >
                    {t('inbox.stops.remove')}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function EntityLists(props: {
  choices: { organisation: EntityChoice[]; person: EntityChoice[] };
}) {
  return (
    <>
      {(['organisation', 'person'] as const).map((kind) => (
        <datalist id={`inbox-${kind}`}>
          {props.choices[kind].map((c) => (
            <option value={choiceLabel(c)} />
          ))}
        </datalist>
      ))}
    </>
  );
}

/** /admin/entities/merge: the merge forms alone, as the directory editor's « merge » opens them. */
export function MergePage(props: {
  ctx: AdminContext;
  defaults: MergeDefaults;
  choices: { organisation: EntityChoice[]; person: EntityChoice[] };
}) {
  const { ctx } = props;
  return (
    <AdminLayout ctx={ctx} title={ctx.t('inbox.merge.title')}>
      <p>
        <a href="/admin/entities">{ctx.t('inbox.back')}</a>
      </p>
      <h1>{ctx.t('inbox.merge.title')}</h1>
      <MergeForms ctx={ctx} defaults={props.defaults} />
      <EntityLists choices={props.choices} />
    </AdminLayout>
  );
}
