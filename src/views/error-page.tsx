// The error page in the site's design and the request's language.
import { paths } from '../i18n/paths.js';
import type { PageContext } from './context.js';
import { Layout } from './layout.js';

export function ErrorPage({ ctx, status }: { ctx: PageContext; status: number }) {
  const { t } = ctx;
  const key = status === 404 ? 'notFound' : status < 500 ? 'badRequest' : 'server';
  const title = t(`error.${key}.title`);
  return (
    <Layout ctx={ctx} title={title} canonical={ctx.path} noAlternates noindex>
      <div class="container section error-page">
        <p class="error-code">{status}</p>
        <h1>{title}</h1>
        <p class="lead">{t(`error.${key}.text`)}</p>
        <p>
          <a class="button" href={paths.home(ctx.locale)}>
            {t('error.home')}
          </a>{' '}
          <a class="button secondary" href={paths.news(ctx.locale)}>
            {t('nav.news')}
          </a>
        </p>
      </div>
    </Layout>
  );
}
