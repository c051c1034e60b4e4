// The plan that keeps editors' decisions across detections, on rows written by hand.
import { describe, expect, it } from 'vitest';
import type { Detection } from './detect.js';
import { planMentions, type StoredMention } from './reconcile.js';

const row = (id: string, over: Partial<StoredMention>): StoredMention => ({
  id,
  entity_type: 'organisation',
  entity_id: 'esa',
  surface: 'ESA',
  start_offset: 0,
  end_offset: 3,
  state: 'suggested',
  suggestion: null,
  ...over,
});

const esaAt = (start: number): Detection => ({
  mentions: [
    {
      entity: { type: 'organisation', id: 'esa', name: 'European Space Agency' },
      surface: 'ESA',
      start,
      end: start + 3,
      matchedBy: 'acronym',
    },
  ],
  suggestions: [],
});

describe('planMentions', () => {
  it('moves a found mention without touching its decision', () => {
    const plan = planMentions([row('a', { state: 'rejected' })], esaAt(10), new Map());
    expect(plan).toEqual({
      insert: [],
      update: [expect.objectContaining({ id: 'a', start_offset: 10, end_offset: 13 })],
      delete: [],
    });
    expect(plan.update[0]).not.toHaveProperty('state');
  });

  it('changes nothing when nothing moved', () => {
    expect(planMentions([row('a', {})], esaAt(0), new Map())).toEqual({
      insert: [],
      update: [],
      delete: [],
    });
  });

  it('keeps the strongest decision when an entity has duplicate rows', () => {
    const rows = [row('a', {}), row('b', { state: 'confirmed' }), row('c', { state: 'rejected' })];
    const plan = planMentions(rows, esaAt(0), new Map());
    expect(plan.delete.sort()).toEqual(['a', 'c']);
  });

  it('deletes what is gone unless confirmed, which stays without a position', () => {
    const rows = [
      row('a', {}),
      row('b', { entity_id: 'csl', state: 'confirmed' }),
      row('c', { entity_id: 'isep', state: 'rejected' }),
      row('d', { entity_id: null, suggestion: 'not json', state: 'confirmed' }),
    ];
    const plan = planMentions(rows, { mentions: [], suggestions: [] }, new Map());
    expect(plan.delete.sort()).toEqual(['a', 'c']);
    expect(plan.update.map((u) => [u.id, u.start_offset, u.end_offset])).toEqual([
      ['b', -1, -1],
      ['d', -1, -1],
    ]);
  });
});
