// /admin/import (admins: import.run): upload a WordPress export, read its dry-run report, then
// run it, without a terminal. The file waits in a private temporary folder under a random
// token between the two steps; bad files get the reader's message and a 400, nothing written.
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
import { ImportPage } from './import.views.js';
import type { WordpressOptions } from './wordpress.import.js';
import { WxrError } from './wxr-reader.js';

export const importRoutes = defineAdminRoutes({
  form: { method: 'GET', path: '/admin/import', access: 'import.run' },
  check: { method: 'POST', path: '/admin/import', access: 'import.run' },
  run: { method: 'POST', path: '/admin/import/run', access: 'import.run' },
});

const folder = join(tmpdir(), 'constellation-import');
const fileOf = (token: string) => join(folder, `${token}.xml`);

/** Runs the WordPress import over the site's database (built by the app, which owns it). */
export type WordpressRunner = (options: WordpressOptions) => Promise<ImportReport>;

export function importPages(importWordpress: WordpressRunner): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const page = (
    c: Context<AppEnv>,
    state: { report?: ImportReport; token?: string; language?: string; error?: string },
    status: 200 | 400 = 200,
  ) => c.html(<ImportPage ctx={adminContext(c)} {...state} />, status);

  const languageOf = (value: unknown) =>
    typeof value === 'string' && locales.some((l) => l.code === value) ? value : defaultLocale;

  const run = async (c: Context<AppEnv>, token: string, language: string, dryRun: boolean) => {
    try {
      return await importWordpress({ file: fileOf(token), dryRun, defaultLocale: language });
    } catch (error) {
      if (error instanceof WxrError || error instanceof ImportInputError) {
        await rm(fileOf(token), { force: true });
        return page(c, { error: error.message }, 400);
      }
      throw error;
    }
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
    const report = await run(c, token, language, true);
    if (report instanceof Response) return report;
    return page(c, { report, token, language });
  });

  mountAdminRoute(app, importRoutes.run, async (c) => {
    const body = await c.req.parseBody();
    const token = typeof body.token === 'string' ? body.token : '';
    const exists =
      /^[0-9a-f]{32}$/.test(token) && (await stat(fileOf(token)).catch(() => undefined));
    if (!exists) return page(c, { error: adminContext(c).t('import.expired') }, 400);
    const language = languageOf(body.language);
    const report = await run(c, token, language, false);
    if (report instanceof Response) return report;
    await rm(fileOf(token), { force: true });
    await recordAudit(c, 'import.wordpress', null, {
      counts: report.counts,
      failures: report.failures.length,
    });
    return page(c, { report });
  });
  return app;
}
