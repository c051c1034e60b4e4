// The linking corpus keeps its shape: 30 dev and 15 held-out texts, unique kebab-case ids, about
// 60 % French, 150–450 words each, and annotations that hold together (each entry named in its
// text by at least one of its forms, no entity or form listed twice in a text).
import { describe, expect, it } from 'vitest';
import { dev } from '../bench/linking-corpus/dev.js';
import { heldOut } from '../bench/linking-corpus/held-out.js';

const all = [...dev, ...heldOut];
const words = (body: string): number => body.split(/\s+/).filter(Boolean).length;

describe('linking corpus', () => {
  it('has 30 dev and 15 held-out texts with unique kebab-case ids, about 60 % in French', () => {
    expect(dev).toHaveLength(30);
    expect(heldOut).toHaveLength(15);
    const ids = all.map((text) => text.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const french = all.filter((text) => text.lang === 'fr').length / all.length;
    expect(french).toBeGreaterThanOrEqual(0.55);
    expect(french).toBeLessThanOrEqual(0.65);
  });

  it('keeps every body between 150 and 450 words', () => {
    const outside = all.filter((text) => words(text.body) < 150 || words(text.body) > 450);
    expect(outside.map((text) => text.id)).toEqual([]);
  });

  it('names every annotated entity in its text, once per entity and per form', () => {
    const problems: string[] = [];
    for (const text of all) {
      const content = `${text.title}\n${text.body}`;
      const entries = [...text.people, ...text.organisations];
      const seenForms = new Set<string>();
      for (const entry of entries) {
        const forms = entry.split('|');
        if (forms.some((form) => form.trim() !== form || form === '')) {
          problems.push(`${text.id}: blank or padded form in « ${entry} »`);
        }
        if (!forms.some((form) => content.includes(form))) {
          problems.push(`${text.id}: « ${entry} » not in the text`);
        }
        for (const form of forms) {
          if (seenForms.has(form)) problems.push(`${text.id}: form « ${form} » listed twice`);
          seenForms.add(form);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
