// The import page: the upload form, then a report (counts per kind, failures and warnings by
// item) with, after a dry run, the button that runs the import for real.
import { AdminLayout, describedBy, Field } from '../views/admin-layout.js';
import type { AdminContext } from '../kernel/admin-context.js';
import { CsrfField } from '../kernel/csrf.js';
import { defaultLocale, locales } from '../i18n/locales.js';
import type { ImportJob } from './import-jobs.js';
import type { ImportReport, Outcome } from './import-report.js';

const outcomes: Outcome[] = ['created', 'updated', 'unchanged', 'skipped', 'failed'];

function Report(props: { ctx: AdminContext; report: ImportReport }) {
  const { ctx, report } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{report.dryRun ? t('import.dryRunTitle') : t('import.doneTitle')}</h2>
      <div class="admin-table-wrap" role="region" aria-labelledby="report-title" tabindex={0}>
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('import.kind')}</th>
              {outcomes.map((o) => (
                <th scope="col">{t(`import.outcome.${o}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Object.entries(report.counts).map(([kind, counts]) => (
              <tr>
                <th scope="row">{kind}</th>
                {outcomes.map((o) => (
                  <td>{counts[o]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.failures.length ? (
        <>
          <h3>{t('import.failures', { count: report.failures.length })}</h3>
          <ul class="import-lines">
            {report.failures.map((f) => (
              <li>
                <strong>{f.item}</strong> : {f.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.warnings.length ? (
        <>
          <h3>{t('import.warnings', { count: report.warnings.length })}</h3>
          <ul class="import-lines">
            {report.warnings.map((w) => (
              <li>
                <strong>{w.item}</strong> : {w.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function ImportPage(props: {
  ctx: AdminContext;
  report?: ImportReport | undefined;
  token?: string | undefined;
  language?: string | undefined;
  error?: string | undefined;
  /** Files unpacked from the uploads zip. */
  uploads?: number | undefined;
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <AdminLayout ctx={ctx} title={t('import.title')}>
      <h1>{t('import.title')}</h1>
      <p class="lead">{t('import.intro')}</p>
      {props.error ? (
        <p class="admin-alert" role="alert">
          {props.error}
        </p>
      ) : null}
      {props.uploads !== undefined ? (
        <p role="status">{t('import.uploadsUnpacked', { count: props.uploads })}</p>
      ) : null}
      {props.report ? <Report ctx={ctx} report={props.report} /> : null}
      {props.report?.dryRun && props.token ? (
        <form method="post" action="/admin/import/run" class="admin-card">
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="token" value={props.token} />
          <input type="hidden" name="language" value={props.language ?? ''} />
          <p>{t('import.runHint')}</p>
          <button type="submit" class="button">
            {t('import.run')}
          </button>
        </form>
      ) : null}
      <section class="admin-card" aria-labelledby="upload-title">
        <h2 id="upload-title">{t('import.upload')}</h2>
        <form method="post" action="/admin/import" enctype="multipart/form-data" class="admin-form">
          <CsrfField token={ctx.csrfToken} />
          <Field id="import-file" label={t('import.file')} hint={t('import.fileHint')}>
            <input
              id="import-file"
              name="file"
              type="file"
              accept=".xml,application/xml,text/xml"
              required
              aria-describedby={describedBy('import-file', t('import.fileHint'))}
            />
          </Field>
          <Field id="import-uploads" label={t('import.uploads')} hint={t('import.uploadsHint')}>
            <input
              id="import-uploads"
              name="uploads"
              type="file"
              accept=".zip,application/zip"
              aria-describedby={describedBy('import-uploads', t('import.uploadsHint'))}
            />
          </Field>
          <Field id="import-language" label={t('import.language')}>
            <select id="import-language" name="language">
              {locales.map((l) => (
                <option value={l.code} selected={l.code === (props.language ?? defaultLocale)}>
                  {l.code}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" class="button">
            {t('import.check')}
          </button>
        </form>
      </section>
    </AdminLayout>
  );
}

/** A running import's page (reloads itself every 2 s), then its report or its error. */
export function ImportJobPage(props: { ctx: AdminContext; job: ImportJob }) {
  const { ctx, job } = props;
  const { t } = ctx;
  const running = job.status === 'running';
  const title =
    job.status === 'running'
      ? t('import.jobTitle')
      : job.status === 'done'
        ? t('import.jobDoneTitle')
        : t('import.jobFailedTitle');
  return (
    <AdminLayout ctx={ctx} title={title} refreshSeconds={running ? 2 : undefined}>
      <h1>{title}</h1>
      {running ? (
        <div class="admin-card" role="status">
          <p>
            <label for="import-progress">
              {t('import.progress', {
                phase:
                  job.phase === 'Attachments' ? t('import.phase.files') : t('import.phase.items'),
                done: job.done,
                total: job.total,
              })}
            </label>
          </p>
          <progress id="import-progress" max={Math.max(job.total, 1)} value={job.done}>
            {job.done}/{job.total}
          </progress>
          <p>{t('import.progressHint')}</p>
        </div>
      ) : null}
      {job.status === 'failed' ? (
        <p class="admin-alert" role="alert">
          {t('import.jobFailed', { message: job.error ?? '' })}
        </p>
      ) : null}
      {job.report ? <Report ctx={ctx} report={job.report} /> : null}
      {running ? null : (
        <p>
          <a class="button" href="/admin/import">
            {t('import.again')}
          </a>
        </p>
      )}
    </AdminLayout>
  );
}
