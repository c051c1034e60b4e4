import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/support/dialects.js';
import { listCatalogTables, type CatalogTable } from './catalog.repository.js';
import {
  excludedTables,
  mediaFileColumns,
  planTables,
  secretColumns,
  secretTables,
} from './table-plan.js';

const dialects = testDialects();
const catalogs = new Map<string, CatalogTable[]>();

async function catalogOf(name: string): Promise<CatalogTable[]> {
  const cached = catalogs.get(name);
  if (cached) return cached;
  const t = await dialects.find((d) => d.name === name)!.open();
  try {
    const catalog = await listCatalogTables(t.database.db, t.database.dialect);
    catalogs.set(name, catalog);
    return catalog;
  } finally {
    await t.cleanup();
  }
}

describe.each(dialects)('the tables of the migrated $name database', (dialect) => {
  it('are each either exported or excluded with a reason', async () => {
    const catalog = await catalogOf(dialect.name);
    const exported = new Set(planTables(catalog).map((t) => t.name));
    const unaccounted = catalog
      .map((t) => t.name)
      .filter((n) => !exported.has(n) && !(n in excludedTables));
    // A new table is exported automatically; this fails only if planning silently dropped one.
    expect(unaccounted).toEqual([]);
    for (const name of exported) expect(excludedTables[name]).toBeUndefined();
    expect(exported).toContain('article');
    expect(exported).toContain('audit_entry');
    expect(exported).toContain('webhook');
  });

  it('come referenced first, so every foreign key points to a table already inserted', async () => {
    const catalog = await catalogOf(dialect.name);
    const order = planTables(catalog).map((t) => t.name);
    for (const table of catalog.filter((t) => order.includes(t.name))) {
      for (const key of table.foreignKeys) {
        if (key.references === table.name || !order.includes(key.references)) continue;
        expect(order.indexOf(key.references), `${table.name} → ${key.references}`).toBeLessThan(
          order.indexOf(table.name),
        );
      }
    }
    expect(planTables(catalog).find((t) => t.name === 'organisation')?.deferred).toEqual([
      'parent_id',
    ]);
  });

  it('name every secret and media column that the export treats specially', async () => {
    const catalog = await catalogOf(dialect.name);
    const columns = new Map(catalog.map((t) => [t.name, t.columns.map((c) => c.name)]));
    for (const [table, list] of Object.entries(secretColumns)) {
      for (const column of list) expect(columns.get(table), `${table}.${column}`).toContain(column);
    }
    for (const [table, column] of Object.entries(mediaFileColumns))
      expect(columns.get(table)).toContain(column);
    for (const table of Object.keys(secretTables)) expect(columns.has(table), table).toBe(true);
  });
});

describe('excluded tables', () => {
  it('each exist on at least one engine (no stale exclusion)', async () => {
    const names = new Set<string>();
    for (const d of dialects) for (const t of await catalogOf(d.name)) names.add(t.name);
    const stale = Object.keys(excludedTables).filter((n) => !names.has(n));
    // Without PostgreSQL every excluded table is a SQLite one or shared, so the check holds too.
    expect(stale).toEqual([]);
  });
});

describe('planning', () => {
  const table = (name: string, refs: string[] = [], nullable = true): CatalogTable => ({
    name,
    columns: [
      { name: 'id', type: 'text', engineType: 'text', nullable: false },
      ...refs.map((r) => ({
        name: `${r}_id`,
        type: 'text' as const,
        engineType: 'text',
        nullable,
      })),
    ],
    primaryKey: ['id'],
    foreignKeys: refs.map((r) => ({ columns: [`${r}_id`], references: r })),
  });

  it('refuses a cycle between tables, naming them', () => {
    expect(() => planTables([table('a', ['b']), table('b', ['a']), table('c')])).toThrow(
      /cycle.*a, b/,
    );
  });

  it('refuses a self-reference that cannot be null', () => {
    expect(() => planTables([table('node', ['node'], false)])).toThrow(
      /node.node_id refers to its own table and cannot be null/,
    );
  });

  it('refuses a column type the format does not carry', () => {
    const odd = table('odd');
    odd.columns.push({ name: 'payload', type: 'other', engineType: 'bytea', nullable: true });
    expect(() => planTables([odd])).toThrow(/odd.payload has type bytea/);
  });
});
