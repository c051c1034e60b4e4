// /admin/import (admins: import.run): upload a WordPress export (and a zip of its uploads
// folder), read its dry-run report, then run it in the background and follow its progress on
// the job page, without a terminal. The files wait in a private temporary folder under a random
// token between the steps; bad files get the reader's message and a 400, nothing written.
import { randomBytes } from 'node:crypto';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import { adminContext } from '../kernel/admin-context.js';
import { defineAdminRoutes, mountAdminRoute } from '../kernel/admin-routes.js';
import { recordAudit, type AppEnv } from '../kernel/auth.js';
import { defaultLocale, locales } from '../i18n/locales.js';
import { ImportInputError } from './import-context.js';
import type { ImportReport } from './import-report.js';
import { importJobs } from './import-jobs.js';
import { ImportJobPage, ImportPage } from './import.views.js';
import type { WordpressOptions } from './wordpress.import.js';
import { WxrError } from './wxr-error.js';

export const importRoutes = defineAdminRoutes({
  form: { method: 'GET', path: '/admin/import', access: 'import.run' },
  check: { method: 'POST', path: '/admin/import', access: 'import.run' },
  run: { method: 'POST', path: '/admin/import/run', access: 'import.run' },
  job: {
    method: 'GET',
    path: '/admin/import/jobs/:token',
    access: 'import.run',
    example: '/admin/import/jobs/00000000000000000000000000000000',
  },
});

const folder = join(tmpdir(), 'constellation-import');
const fileOf = (token: string) => join(folder, `${token}.xml`);
const uploadsOf = (token: string) => join(folder, `${token}-uploads`);
const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );
const forget = (token: string) =>
  Promise.all([
    rm(fileOf(token), { force: true }),
    rm(uploadsOf(token), { recursive: true, force: true }),
  ]);

/** Runs the WordPress import over the site's database (built by the app, which owns it). */
export type WordpressRunner = (options: WordpressOptions) => Promise<ImportReport>;

export function importPages(importWordpress: WordpressRunner): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const jobs = importJobs();
  const page = (
    c: Context<AppEnv>,
    state: {
      report?: ImportReport;
      token?: string;
      language?: string;
      error?: string;
      uploads?: number;
    },
    status: 200 | 400 = 200,
  ) => c.html(<ImportPage ctx={adminContext(c)} {...state} />, status);

  const languageOf = (value: unknown) =>
    typeof value === 'string' && locales.some((l) => l.code === value) ? value : defaultLocale;

  const options = async (token: string, language: string) => ({
    file: fileOf(token),
    uploadsDir: (await exists(uploadsOf(token))) ? uploadsOf(token) : undefined,
    defaultLocale: language,
  });
  const refused = async (c: Context<AppEnv>, token: string, error: unknown) => {
    if (error instanceof WxrError || error instanceof ImportInputError) {
      await forget(token);
      return page(c, { error: error.message }, 400);
    }
    throw error;
  };

  mountAdminRoute(app, importRoutes.form, (c) => page(c, {}));

  mountAdminRoute(app, importRoutes.check, async (c) => {
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File) || file.size === 0)
      return page(c, { error: adminContext(c).t('import.noFile') }, 400);
    const token = randomBytes(16).toString('hex');
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await writeFile(fileOf(token), new Uint8Array(await file.arrayBuffer()), { mode: 0o600 });
    const language = languageOf(body.language);
    let uploads: number | undefined;
    try {
      if (body.uploads instanceof File && body.uploads.size > 0) {
        const zip = join(folder, `${token}.zip`);
        await writeFile(zip, new Uint8Array(await body.uploads.arrayBuffer()), { mode: 0o600 });
        const { unpackUploads } = await import('./uploads-zip.js');
        uploads = await unpackUploads(zip, uploadsOf(token)).finally(() =>
          rm(zip, { force: true }),
        );
      }
      const report = await importWordpress({ ...(await options(token, language)), dryRun: true });
      return page(c, { report, token, language, ...(uploads === undefined ? {} : { uploads }) });
    } catch (error) {
      return refused(c, token, error);
    }
  });

  mountAdminRoute(app, importRoutes.run, async (c) => {
    const body = await c.req.parseBody();
    const token = typeof body.token === 'string' ? body.token : '';
    if (!/^[0-9a-f]{32}$/.test(token) || !(await exists(fileOf(token))) || jobs.find(token))
      return page(c, { error: adminContext(c).t('import.expired') }, 400);
    const language = languageOf(body.language);
    const run = await options(token, language);
    await recordAudit(c, 'import.wordpress', null, { language, uploads: !!run.uploadsDir });
    // The import goes on after this answer; the job page follows it.
    jobs.start(token, (progress) =>
      importWordpress({ ...run, dryRun: false, progress }).finally(() => forget(token)),
    );
    return c.redirect(`/admin/import/jobs/${token}`, 303);
  });

  mountAdminRoute(app, importRoutes.job, (c) => {
    const job = jobs.find(c.req.param('token') ?? '');
    if (!job) return page(c, { error: adminContext(c).t('import.unknownJob') }, 400);
    return c.html(<ImportJobPage ctx={adminContext(c)} job={job} />);
  });
  return app;
}
