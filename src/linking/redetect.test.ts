// `constellation detect --all`: detection over the archive stores what it finds, keeps every
// decision already made, sees the directory as it has grown, honours --since and skips trashed
// articles; on every dialect. The command's arguments are checked without a database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects, type TestDatabase } from '../../test/support/dialects.js';
import {
  daysAgo,
  makeArticle,
  makeOrganisation,
  makeSectors,
  makeServices,
  testNow,
} from '../../test/support/factories.js';
import { silentProgress } from '../lib/progress.js';
import { detectCommand, sinceDate } from './detect.command.js';
import { linkingServiceOver, type LinkingService } from './linking.service.js';
import type { MentionView } from './mention.presenter.js';
import { mentionRepository, type MentionRepository } from './mention.repository.js';
import { redetectArchive } from './redetect.js';

const body =
  'Marc Lenoir, directeur général de Spacebel, a visité le Centre Spatial de Liège (CSL) avec ' +
  'Nadia Morel, ingénieure chez Orbitex Systems.';

const brief = (list: MentionView[]) =>
  list
    .map((m) => `${m.entityType}:${m.entityId ? 'known' : 'suggested'}:${m.surface}:${m.state}`)
    .sort();

describe.each(testDialects())('detect --all on $name', (dialect) => {
  let t: TestDatabase;
  let linking: LinkingService;
  let mentions: MentionRepository;
  let recentFr: string;
  let oldFr: string;
  const run = (since?: string, threads?: boolean) =>
    redetectArchive({ linking, mentions }, { since, progress: silentProgress, threads });

  beforeAll(async () => {
    t = await dialect.open();
    const { database } = t;
    await makeSectors(database);
    await makeOrganisation(database, { name: 'Centre Spatial de Liège', acronym: 'CSL' });
    const services = makeServices(database);
    const recent = await makeArticle(services, {
      publishedAt: daysAgo(2),
      translations: { fr: { title: 'Une visite', body } },
    });
    const old = await makeArticle(services, {
      publishedAt: '2019-03-01T09:00:00.000Z',
      translations: { fr: { title: 'Archives', body: 'Le CSL en 2019.' } },
    });
    const trashed = await makeArticle(services, {
      translations: { fr: { title: 'À la corbeille', body: 'Le CSL, encore.' } },
    });
    await database.db
      .updateTable('article')
      .set({ deleted_at: testNow.toISOString() })
      .where('id', '=', trashed)
      .execute();
    mentions = mentionRepository(database.db);
    [recentFr] = (await mentions.listTranslationIdsOfArticle(recent, 'fr')) as [string];
    [oldFr] = (await mentions.listTranslationIdsOfArticle(old, 'fr')) as [string];
    linking = linkingServiceOver(database.db, () => testNow);
  });
  afterAll(() => t.cleanup());

  it('reads every live translation and stores its mentions and suggestions', async () => {
    const before = await mentions.countSuggested();
    const report = await run();
    expect(report.translations).toBe(2);
    expect(report.suggestedBefore).toBe(before);
    expect(brief(await linking.listMentions(oldFr))).toEqual(['organisation:known:CSL:suggested']);
    const found = brief(await linking.listMentions(recentFr));
    expect(found).toContain('organisation:known:Centre Spatial de Liège:suggested');
    expect(found).toContain('person:suggested:Marc Lenoir:suggested');
    expect(found).toContain('organisation:suggested:Spacebel:suggested');
    expect(report.suggestedAfter).toBe(await mentions.countSuggested());
  });

  it('keeps decisions and sees entities created since the last run', async () => {
    const list = await linking.listMentions(recentFr);
    const csl = list.find((m) => m.surface === 'Centre Spatial de Liège')!;
    const lenoir = list.find((m) => m.surface === 'Marc Lenoir')!;
    await linking.confirmMention(csl.id);
    await linking.rejectMention(lenoir.id);
    const spacebel = await makeOrganisation(t.database, { name: 'Spacebel' });

    const again = await run();
    expect(again.translations).toBe(2);
    const after = await linking.listMentions(recentFr);
    expect(after.find((m) => m.id === csl.id)?.state).toBe('confirmed');
    expect(after.find((m) => m.id === lenoir.id)?.state).toBe('rejected');
    const nowKnown = after.find((m) => m.surface === 'Spacebel')!;
    expect([nowKnown.entityId, nowKnown.state]).toEqual([spacebel, 'suggested']);
    expect(again.suggestedAfter).toBe(again.suggestedBefore - 1);
    // A third run changes nothing, on worker threads too.
    const third = await run(undefined, true);
    expect(brief(await linking.listMentions(recentFr))).toEqual(brief(after));
    expect(third.suggestedAfter).toBe(third.suggestedBefore);
  });

  it('reads only what was published since --since', async () => {
    expect((await run('2020-01-01T00:00:00.000Z')).translations).toBe(1);
    expect((await run('2019-01-01T00:00:00.000Z')).translations).toBe(2);
    expect((await run('2100-01-01T00:00:00.000Z')).translations).toBe(0);
  });
});

describe('constellation detect arguments', () => {
  const capture = () => {
    const err: string[] = [];
    return { err, io: { out: () => {}, err: (l: string) => err.push(l) } };
  };

  it.each([
    [['--all', 'file.md'], 'takes no file'],
    [['--all', '--lang', 'en'], 'takes no file'],
    [['--all', '--since', 'yesterday'], '--since takes a date'],
    [['--all', '--since', '2024-02-30'], '--since takes a date'],
    [['file.md', '--since', '2024-01-01'], '--since goes with --all'],
    [[], 'detect takes one file'],
    [['file.md', '--lang', 'xx'], 'Unknown language'],
  ])('refuses %j with a usage error', async (args, message) => {
    const { err, io } = capture();
    expect(await detectCommand(args, io, 'usage', silentProgress)).toBe(2);
    expect(err.join('\n')).toContain(message);
  });

  it('reads --since as a UTC date or an instant', () => {
    expect(sinceDate('2024-01-31')).toBe('2024-01-31T00:00:00.000Z');
    expect(sinceDate('2024-01-31T10:00:00+01:00')).toBe('2024-01-31T09:00:00.000Z');
    expect(sinceDate('31/01/2024')).toBeNull();
  });
});
