// The mention review panel of the article edit page: each translation's detected mentions, to
// confirm or reject, and a suggestion form to create the organisation or person mentioned.
import type { AdminContext } from '../kernel/admin-context.js';
import { CsrfField } from '../kernel/csrf.js';
import { localeInfo } from '../i18n/locales.js';
import type { MentionView } from '../linking/mention.presenter.js';
import { suggestionOrganisationKinds } from './mention-review.schema.js';
import type { TranslationMentions } from './mention-review.service.js';

function MentionActions(props: { ctx: AdminContext; articleId: string; mention: MentionView }) {
  const { ctx, articleId, mention } = props;
  const { t } = ctx;
  const base = `/admin/articles/${articleId}/mentions/${mention.id}`;
  return (
    <div class="admin-actions">
      {mention.state !== 'confirmed' && mention.entityId !== null ? (
        <form method="post" action={`${base}/confirm`}>
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="version" value={String(mention.version)} />
          <button type="submit" class="admin-small-button">
            {t('editor.mentions.confirm')}
          </button>
        </form>
      ) : null}
      {mention.state !== 'rejected' ? (
        <form method="post" action={`${base}/reject`}>
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="version" value={String(mention.version)} />
          <button type="submit" class="admin-small-button">
            {t('editor.mentions.reject')}
          </button>
        </form>
      ) : null}
    </div>
  );
}

function SuggestionForm(props: { ctx: AdminContext; articleId: string; mention: MentionView }) {
  const { ctx, articleId, mention } = props;
  const { t } = ctx;
  const s = mention.suggestion;
  if (!s || mention.state === 'rejected') return null;
  const id = (name: string) => `s-${mention.id}-${name}`;
  const input = (name: string, label: string, value: string) => (
    <span class="editor-inline-field">
      <label for={id(name)}>{label}</label>
      <input id={id(name)} name={name} value={value} maxlength={200} />
    </span>
  );
  const kindSelect = (
    <span class="editor-inline-field">
      <label for={id('organisation_kind')}>{t('editor.mentions.orgKind')}</label>
      <select id={id('organisation_kind')} name="organisation_kind">
        {suggestionOrganisationKinds.map((k) => (
          <option value={k}>{k.replace('_', ' ')}</option>
        ))}
      </select>
    </span>
  );
  return (
    <form
      method="post"
      action={`/admin/articles/${articleId}/mentions/${mention.id}/create`}
      class="editor-suggestion"
    >
      <CsrfField token={ctx.csrfToken} />
      <input type="hidden" name="kind" value={s.kind} />
      {s.kind === 'organisation' ? (
        <>
          {input('name', t('editor.mentions.name'), s.name)}
          {input('acronym', t('editor.mentions.acronym'), s.acronym ?? '')}
          {kindSelect}
        </>
      ) : (
        <>
          {input('given_name', t('editor.mentions.givenName'), s.givenName)}
          {input('family_name', t('editor.mentions.familyName'), s.familyName)}
          {s.affiliation?.organisation.id ? (
            <input type="hidden" name="organisation_id" value={s.affiliation.organisation.id} />
          ) : null}
          {input(
            'organisation_name',
            t('editor.mentions.organisation'),
            s.affiliation?.organisation.name ?? '',
          )}
          {s.affiliation?.organisation.id ? null : kindSelect}
          {input('role', t('editor.mentions.role'), s.affiliation?.role ?? '')}
        </>
      )}
      <button type="submit" class="admin-small-button">
        {t('editor.mentions.create')}
      </button>
    </form>
  );
}

export function MentionPanel(props: {
  ctx: AdminContext;
  articleId: string;
  translations: TranslationMentions[];
}) {
  const { ctx, articleId } = props;
  const { t } = ctx;
  return (
    <section class="admin-panel editor-mentions" id="mentions" aria-labelledby="mentions-title">
      <h2 id="mentions-title">{t('editor.mentions')}</h2>
      <p>{t('editor.mentions.intro')}</p>
      {props.translations.map((tr) => (
        <section aria-labelledby={`mentions-${tr.locale}`}>
          <h3 id={`mentions-${tr.locale}`}>{localeInfo(tr.locale).messages['locale.name']}</h3>
          {tr.mentions.length === 0 ? (
            <p>{t('editor.mentions.none')}</p>
          ) : (
            <div class="admin-table-wrap">
              <table class="admin-table">
                <thead>
                  <tr>
                    <th scope="col">{t('editor.mentions.surface')}</th>
                    <th scope="col">{t('editor.mentions.type')}</th>
                    <th scope="col">{t('editor.mentions.state')}</th>
                    <th scope="col">{t('editor.list.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {tr.mentions.map((m) => (
                    <tr>
                      <td lang={tr.locale}>{m.surface}</td>
                      <td>{t(`editor.mentions.type.${m.entityType}`)}</td>
                      <td>{t(`editor.mentions.state.${m.state}`)}</td>
                      <td>
                        <MentionActions ctx={ctx} articleId={articleId} mention={m} />
                        {m.entityId === null ? (
                          <SuggestionForm ctx={ctx} articleId={articleId} mention={m} />
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </section>
  );
}
