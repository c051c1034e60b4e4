// Oversized bodies are refused with 413 before anything reads them, on admin forms and API
// writes, and nothing is written; media uploads keep their own limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/support/app.js';
import { signInAs, type Session } from '../../test/support/auth.js';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import { maxFormBytes } from './form-limit.js';

describe.each(testDialects())('request size limit on $name', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof makeApp>;
  let session: Session;

  beforeAll(async () => {
    t = await dialect.open();
    app = makeApp(t.database);
    session = await signInAs(app, t.database, 'editor');
  });
  afterAll(() => t.cleanup());

  const huge = 'x'.repeat(maxFormBytes + 1);

  it('refuses an oversized admin form with 413 and creates nothing', async () => {
    const response = await app.request('/admin/organisations', {
      method: 'POST',
      headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: session.csrf, name: huge, kind: 'company' }),
    });
    expect(response.status).toBe(413);
    const list = await app.request('/admin/organisations', { headers: { cookie: session.cookie } });
    expect(await list.text()).toContain('0 fiche(s)');
  });

  it('refuses an oversized API write with a problem-details 413', async () => {
    const response = await app.request('/api/v1/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer nope' },
      body: JSON.stringify({ title: huge }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'payload_too_large', status: 413 });
  });

  it('lets a form of ordinary size through', async () => {
    const response = await app.request('/admin/organisations', {
      method: 'POST',
      headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: session.csrf, name: 'Limit Test', kind: 'company' }),
    });
    expect(response.status).toBe(303);
  });
});
