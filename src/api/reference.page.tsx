// The API's readable reference at /api/v1 (and /api/v1/docs): server-rendered from the same
// OpenAPI document as /api/v1/openapi.json — endpoints, parameters, responses and schemas.
// No script, no external resource: the site's stylesheet only.
import type { Context } from 'hono';
import { raw } from 'hono/html';
import { errorCatalogue } from '../errors.js';
import type { ApiApp } from './api.context.js';

type Json = Record<string, unknown>;
interface OpenApiDoc {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Json>>;
  components?: { schemas?: Record<string, Json> };
}

/** A scalar as text; anything else as nothing. */
const text = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

/** Text with `code` spans (the only Markdown the descriptions use), escaped by JSX. */
function Prose(props: { text: unknown }) {
  const parts = text(props.text).split('`');
  return <>{parts.map((part, i) => (i % 2 === 1 ? <code>{part}</code> : part))}</>;
}

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** A short type label for a JSON Schema: `string`, `integer | null`, `Article[]`, `"a" | "b"`. */
export function typeLabel(schema: unknown): string {
  if (!schema || typeof schema !== 'object') return 'any';
  const s = schema as Json;
  if (typeof s.$ref === 'string') return s.$ref.split('/').pop()!;
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  const union = (s.anyOf ?? s.oneOf) as unknown[] | undefined;
  if (Array.isArray(union)) return union.map(typeLabel).join(' | ');
  const type = Array.isArray(s.type) ? (s.type as string[]) : s.type ? [s.type as string] : [];
  return (
    type
      .map((t) => {
        if (t === 'array') return `${typeLabel(s.items)}[]`;
        if (t === 'object' && !s.properties) return 'object';
        if (t === 'object') return 'object';
        return t;
      })
      .join(' | ') || 'any'
  );
}

function Constraints(props: { schema: Json | undefined }) {
  const s = props.schema ?? {};
  const parts: string[] = [];
  if (s.default !== undefined) parts.push(`default ${JSON.stringify(s.default)}`);
  if (s.minimum !== undefined) parts.push(`min ${text(s.minimum)}`);
  if (s.maximum !== undefined) parts.push(`max ${text(s.maximum)}`);
  if (s.maxLength !== undefined) parts.push(`≤ ${text(s.maxLength)} chars`);
  if (s.pattern !== undefined) parts.push(`pattern ${text(s.pattern)}`);
  return parts.length ? <span class="api-constraints">{parts.join(' · ')}</span> : null;
}

function TypeRef(props: { schema: unknown }) {
  const label = typeLabel(props.schema);
  const ref = (props.schema as Json | undefined)?.$ref;
  const items = ((props.schema as Json | undefined)?.items as Json | undefined)?.$ref;
  const target = typeof ref === 'string' ? ref : typeof items === 'string' ? items : undefined;
  return target ? (
    <a href={`#schema-${target.split('/').pop()}`}>
      <code>{label}</code>
    </a>
  ) : (
    <code>{label}</code>
  );
}

function PropertiesTable(props: { schema: Json }) {
  const properties = (props.schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((props.schema.required as string[] | undefined) ?? []);
  return (
    <div class="table-wrap">
      <table class="api-table">
        <thead>
          <tr>
            <th scope="col">field</th>
            <th scope="col">type</th>
            <th scope="col">notes</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(properties).map(([name, p]) => (
            <tr>
              <td>
                <code>{name}</code>
                {required.has(name) ? null : <span class="api-optional"> optional</span>}
              </td>
              <td>
                <TypeRef schema={p} />
              </td>
              <td>
                <Prose text={p.description} /> <Constraints schema={p} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Operation(props: { method: string; path: string; op: Json }) {
  const { method, path, op } = props;
  const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
  const params = (op.parameters as Json[] | undefined) ?? [];
  const body = ((op.requestBody as Json | undefined)?.content as Json | undefined)?.[
    'application/json'
  ] as Json | undefined;
  const responses = (op.responses ?? {}) as Record<string, Json>;
  return (
    <section class="api-op" id={id} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <span class={`api-method api-method-${method}`}>{method.toUpperCase()}</span>{' '}
        <code>/api/v1{path}</code>
      </h3>
      <p>
        <Prose text={op.summary} />
        {(op.security as unknown[] | undefined)?.length ? <strong> · needs a token</strong> : null}
      </p>
      {params.length ? (
        <div class="table-wrap">
          <table class="api-table">
            <caption>Parameters</caption>
            <thead>
              <tr>
                <th scope="col">name</th>
                <th scope="col">in</th>
                <th scope="col">type</th>
                <th scope="col">notes</th>
              </tr>
            </thead>
            <tbody>
              {params.map((p) => (
                <tr>
                  <td>
                    <code>{text(p.name)}</code>
                    {p.required ? null : <span class="api-optional"> optional</span>}
                  </td>
                  <td>{text(p.in)}</td>
                  <td>
                    <TypeRef schema={p.schema} />
                  </td>
                  <td>
                    <Prose text={p.description} /> <Constraints schema={p.schema as Json} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {body ? (
        <p>
          Body (JSON): <TypeRef schema={body.schema} />
        </p>
      ) : null}
      <ul class="api-responses">
        {Object.entries(responses).map(([status, r]) => {
          const content = Object.values((r.content ?? {}) as Record<string, Json>)[0];
          const schema = content?.schema;
          return (
            <li>
              <code>{status}</code> <Prose text={r.description} />{' '}
              {schema ? <TypeRef schema={schema} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function ReferencePage(props: { doc: OpenApiDoc }) {
  const { doc } = props;
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    methods.flatMap((m) => (item[m] ? [{ method: m, path, op: item[m] }] : [])),
  );
  const tags = [...new Set(ops.map((o) => ((o.op.tags as string[] | undefined) ?? ['other'])[0]!))];
  const schemas = Object.entries(doc.components?.schemas ?? {}).sort(([a], [b]) =>
    a.localeCompare(b),
  );
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${doc.info.title} ${doc.info.version} — reference`}</title>
          <link rel="stylesheet" href="/assets/site.css" />
        </head>
        <body>
          <main class="container section api-reference">
            <h1>
              {doc.info.title} <small>v{doc.info.version}</small>
            </h1>
            <p class="lead">
              <Prose text={doc.info.description} />
            </p>
            <ul>
              <li>
                Machine-readable description:{' '}
                <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
              </li>
              <li>
                <code>?locale=fr|en</code> chooses the language; a text missing in it is given in
                French and says so in its <code>locale</code> field.
              </li>
              <li>
                Lists return <code>{'{ items, next_cursor }'}</code>: pass <code>next_cursor</code>{' '}
                as <code>cursor</code> for the next page (<code>limit</code> 1–100, default 20); it
                is <code>null</code> on the last page, and a{' '}
                <code>Link: &lt;…&gt;; rel="next"</code> header gives the next page’s address. Items
                added meanwhile are neither skipped nor repeated.
              </li>
              <li>
                Errors are RFC 9457 problem details (<code>application/problem+json</code>):{' '}
                <code>{'{ type, title, status, detail, code, instance, errors? }'}</code>; switch on{' '}
                <code>code</code>, listed <a href="#errors">below</a>. Reads are open to any origin
                (CORS) and carry an ETag.
              </li>
              <li>
                Writes need a personal token from the admin (<code>/admin/account/tokens</code>) in{' '}
                <code>Authorization: Bearer …</code>; the token can do what its owner’s role allows.
                A change to an existing resource sends its ETag (from your read, or from your last
                write’s answer) in <code>If-Match</code>: 412 when someone changed it since, 428
                when missing.
              </li>
            </ul>
            <nav aria-label="Endpoints">
              <h2>Endpoints</h2>
              <ul class="api-toc">
                {ops.map((o) => (
                  <li>
                    <a href={`#${`${o.method}-${o.path}`.replace(/[^a-z0-9]+/gi, '-')}`}>
                      <code>
                        {o.method.toUpperCase()} /api/v1{o.path}
                      </code>
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            {tags.map((tag) => (
              <section aria-labelledby={`tag-${tag}`}>
                <h2 id={`tag-${tag}`}>{tag}</h2>
                {ops
                  .filter((o) => ((o.op.tags as string[] | undefined) ?? ['other'])[0] === tag)
                  .map((o) => (
                    <Operation method={o.method} path={o.path} op={o.op} />
                  ))}
              </section>
            ))}
            <section aria-labelledby="errors">
              <h2 id="errors">Errors</h2>
              <p>
                The <code>type</code> of a problem is this page with its code as the fragment; the
                same codes are in the project’s <code>docs/errors.md</code>.
              </p>
              <div class="table-wrap">
                <table class="api-table">
                  <thead>
                    <tr>
                      <th scope="col">code</th>
                      <th scope="col">status</th>
                      <th scope="col">title</th>
                      <th scope="col">meaning</th>
                    </tr>
                  </thead>
                  <tbody>
                    {Object.entries(errorCatalogue).map(([code, e]) => (
                      <tr id={code}>
                        <td>
                          <code>{code}</code>
                        </td>
                        <td>{e.status}</td>
                        <td>{e.title}</td>
                        <td>
                          <Prose text={e.description} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
            <section aria-labelledby="schemas">
              <h2 id="schemas">Schemas</h2>
              {schemas.map(([name, schema]) => (
                <section
                  class="api-schema"
                  id={`schema-${name}`}
                  aria-labelledby={`schema-${name}-title`}
                >
                  <h3 id={`schema-${name}-title`}>{name}</h3>
                  {schema.properties ? (
                    <PropertiesTable schema={schema} />
                  ) : (
                    <p>
                      <TypeRef schema={schema} />
                    </p>
                  )}
                </section>
              ))}
            </section>
          </main>
        </body>
      </html>
    </>
  );
}

/** Serves the reference page built from the API's own document. */
export function registerReference(api: ApiApp, document: () => unknown): void {
  const page = (c: Context) => {
    c.header('Content-Language', 'en');
    return c.html(<ReferencePage doc={document() as OpenApiDoc} />);
  };
  api.get('/', page);
  api.get('/docs', page);
}
