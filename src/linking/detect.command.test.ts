// `constellation detect FILE`: JSON of mentions and suggestions from a SQLite database seeded
// with a few entities, and clear errors for bad arguments.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation, makePerson } from '../../test/support/factories.js';
import { runCli } from '../cli/cli.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';

interface Printed {
  mentions: {
    entityType: string;
    entityId: string;
    name: string;
    surface: string;
    start: number;
    end: number;
  }[];
  suggestions: { pattern: string; surface: string; suggestion: Record<string, unknown> }[];
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

describe('constellation detect', () => {
  let dir: string;
  let url: string;
  let file: string;
  const ids: Record<string, string> = {};
  const text =
    '# Visite\n\nLa délégation du **Kazakhstan** a visité le Centre Spatial de Liège (CSL) ; ' +
    'Serge Habraken, président du conseil d’administration du CSL, a reçu Nadia Morel, ' +
    'directrice de Orbitex Systems.\n';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'constellation-detect-'));
    url = join(dir, 'test.db');
    file = join(dir, 'article.md');
    await writeFile(file, text);
    const database = openDatabase(url);
    try {
      await migrateToLatest(database.db);
      ids.csl = await makeOrganisation(database, {
        name: 'Centre Spatial de Liège',
        acronym: 'CSL',
      });
      ids.habraken = await makePerson(database, { given_name: 'Serge', family_name: 'Habraken' });
    } finally {
      await database.close();
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints the mentions of known entities and the suggestions as JSON', async () => {
    const { out, err, io } = capture();
    expect(await runCli(['detect', file, '--database', url], io)).toBe(0);
    expect(err).toEqual([]);
    const printed = JSON.parse(out.join('\n')) as Printed;
    expect(printed.mentions.map((m) => [m.entityType, m.entityId, m.surface])).toEqual([
      ['country', 'KZ', 'Kazakhstan'],
      ['organisation', ids.csl, 'Centre Spatial de Liège'],
      ['organisation', ids.csl, 'CSL'],
      ['person', ids.habraken, 'Serge Habraken'],
      ['organisation', ids.csl, 'CSL'],
    ]);
    for (const m of printed.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(printed.suggestions.map((s) => s.suggestion)).toEqual([
      {
        kind: 'person',
        givenName: 'Nadia',
        familyName: 'Morel',
        affiliation: { organisation: { name: 'Orbitex Systems' }, role: 'directrice' },
      },
      { kind: 'organisation', name: 'Orbitex Systems' },
    ]);
  });

  it('names countries in the language asked for', async () => {
    const { out, io } = capture();
    expect(await runCli(['detect', file, '--lang', 'en', '--database', url], io)).toBe(0);
    const printed = JSON.parse(out.join('\n')) as Printed;
    expect(printed.mentions[0]).toMatchObject({ entityId: 'KZ', name: 'Kazakhstan' });
  });

  it('says so when the file is missing, with exit code 66 and no stack trace', async () => {
    const { out, err, io } = capture();
    const missing = join(dir, 'missing.md');
    expect(await runCli(['detect', missing, '--database', url], io)).toBe(66);
    expect(out).toEqual([]);
    expect(err).toEqual([`Cannot read “${missing}”: no such file.`]);
  });

  it('refuses a missing FILE argument or an unknown language with exit code 2', async () => {
    const none = capture();
    expect(await runCli(['detect', '--database', url], none.io)).toBe(2);
    expect(none.err[0]).toMatch(/^detect takes one file/);
    const lang = capture();
    expect(await runCli(['detect', file, '--lang', 'de', '--database', url], lang.io)).toBe(2);
    expect(lang.err).toEqual(['Unknown language “de”: use fr or en.']);
  });

  it('runs over the archive with --all and says what it did', async () => {
    const { out, err, io } = capture();
    expect(await runCli(['detect', '--all', '--database', url], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('\n')).toMatch(
      /^Detection ran over 0 article translations in \d+\.\d s; suggestions of new entities awaiting review: 0 before, 0 after\.$/,
    );
  });
});
