// The revisions of any entry (an article, an organisation…): the list to compare or restore
// from, and the line diff of two of them, field by field.
import { CsrfField } from '../kernel/csrf.js';
import type { AdminContext } from '../kernel/admin-context.js';
import type { DiffOp, FieldDiff } from '../kernel/diff.js';
import type { RevisionItem } from '../kernel/versioned-save.js';
import type { MessageKey } from '../i18n/messages.fr.js';
import { DateTime } from './editor.views.js';

/** Revision reasons are stored in English words; shown in the admin's language. */
export function reasonText(ctx: AdminContext, reason: string): string {
  const { t } = ctx;
  const fixed: Record<string, MessageKey> = {
    created: 'editor.reason.created',
    saved: 'editor.reason.saved',
    autosave: 'editor.reason.autosave',
    'moved to trash': 'editor.reason.trashed',
    'restored from trash': 'editor.reason.untrashed',
    published: 'editor.reason.published',
  };
  if (fixed[reason]) return t(fixed[reason]);
  if (reason.startsWith('restored revision of ')) return t('editor.reason.restored');
  const scheduled = /^scheduled publication \((\w+)\)$/.exec(reason);
  if (scheduled) return `${t('editor.reason.scheduled')} (${scheduled[1]!.toUpperCase()})`;
  return reason;
}

/** The revisions of any entry, whose admin page is `base` (`/admin/articles/{id}`…). */
export function RevisionList(props: {
  ctx: AdminContext;
  base: string;
  version: number;
  revisions: RevisionItem[];
}) {
  const { ctx, base, revisions } = props;
  const { t } = ctx;
  return (
    <>
      <p>{t('editor.revisions.intro')}</p>
      <form method="get" action={`${base}/revisions/diff`} id="compare">
        <div class="admin-table-wrap">
          <table class="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('editor.revisions.from')}</th>
                <th scope="col">{t('editor.revisions.to')}</th>
                <th scope="col">{t('editor.revisions.date')}</th>
                <th scope="col">{t('editor.revisions.author')}</th>
                <th scope="col">{t('editor.revisions.reason')}</th>
                <th scope="col">{t('editor.revisions.version')}</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r, i) => (
                <tr>
                  <td>
                    <input
                      type="radio"
                      name="from"
                      value={r.id}
                      checked={i === 1}
                      aria-label={`${t('editor.revisions.from')} ${r.createdAt}`}
                    />
                  </td>
                  <td>
                    <input
                      type="radio"
                      name="to"
                      value={r.id}
                      checked={i === 0}
                      aria-label={`${t('editor.revisions.to')} ${r.createdAt}`}
                    />
                  </td>
                  <td>
                    <DateTime ctx={ctx} iso={r.createdAt} />
                  </td>
                  <td>{r.authorName ?? t('editor.revisions.system')}</td>
                  <td>{reasonText(ctx, r.reason)}</td>
                  <td>{r.version}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {revisions.length > 1 ? (
          <button type="submit" class="button secondary">
            {t('editor.revisions.compare')}
          </button>
        ) : null}
      </form>
      <h2>{t('editor.revisions.restore')}</h2>
      <ul class="editor-restore-list">
        {revisions.map((r) => (
          <li>
            <form
              method="post"
              action={`${base}/revisions/${r.id}/restore`}
              class="admin-inline-form"
            >
              <CsrfField token={ctx.csrfToken} />
              <input type="hidden" name="version" value={String(props.version)} />
              <button type="submit" class="admin-small-button">
                {t('editor.revisions.restore')} — <DateTime ctx={ctx} iso={r.createdAt} /> (
                {reasonText(ctx, r.reason)})
              </button>
            </form>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A changed line's text, its changed words marked when it was paired with a similar line. */
function LineText({ line }: { line: DiffOp }) {
  if (!line.words) return <>{line.text}</>;
  return <>{line.words.map((w) => (w.changed ? <mark>{w.text}</mark> : w.text))}</>;
}

export function DiffLines({ diff }: { diff: FieldDiff }) {
  return (
    <pre class="editor-diff">
      {diff.lines.map((line) =>
        line.op === 'add' ? (
          <ins>
            {'+ '}
            <LineText line={line} />
            {'\n'}
          </ins>
        ) : line.op === 'del' ? (
          <del>
            {'- '}
            <LineText line={line} />
            {'\n'}
          </del>
        ) : (
          <span>{`  ${line.text}\n`}</span>
        ),
      )}
    </pre>
  );
}

export function RevisionDiff(props: {
  ctx: AdminContext;
  from: RevisionItem;
  to: RevisionItem;
  fields: FieldDiff[];
  /** A field's name for people. */
  label: (field: string) => string;
}) {
  const { ctx } = props;
  const { t } = ctx;
  const { label } = props;
  const changed = props.fields.filter((f) => f.changed);
  const unchanged = props.fields.filter((f) => !f.changed);
  return (
    <>
      <p>
        <DateTime ctx={ctx} iso={props.from.createdAt} /> ({reasonText(ctx, props.from.reason)}) →{' '}
        <DateTime ctx={ctx} iso={props.to.createdAt} /> ({reasonText(ctx, props.to.reason)})
      </p>
      {changed.length === 0 ? <p>{t('editor.diff.none')}</p> : null}
      {changed.map((f) => (
        <section class="editor-diff-field">
          <h2>{label(f.field)}</h2>
          <DiffLines diff={f} />
        </section>
      ))}
      {unchanged.length ? (
        <p class="admin-hint">
          {t('editor.diff.unchanged', {
            fields: unchanged.map((f) => label(f.field)).join(', '),
          })}
        </p>
      ) : null}
    </>
  );
}
