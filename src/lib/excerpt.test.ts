import { describe, expect, it } from 'vitest';
import { articleExcerpt, cutExcerpt, markdownToPlainText } from './excerpt.js';

describe('markdownToPlainText', () => {
  it('keeps prose and drops Markdown syntax and headings', () => {
    const md =
      '## Un titre\n\nLe **Centre Spatial** de [Liège](https://csl.example) accueille _15_ délégués.\n\n- un\n- deux';
    expect(markdownToPlainText(md)).toBe(
      'Le Centre Spatial de Liège accueille 15 délégués. un deux',
    );
  });

  it('drops raw HTML and images', () => {
    expect(markdownToPlainText('Avant <script>x</script> après ![alt](x.png)')).toBe(
      'Avant x après',
    );
  });
});

describe('cutExcerpt', () => {
  it('returns short text whole, without an ellipsis', () => {
    expect(cutExcerpt('Une phrase courte.')).toBe('Une phrase courte.');
  });

  it('cuts at a word boundary and ends with " (...)" within 160 characters', () => {
    const text =
      'La délégation a visité le centre de Redu puis le Centre Spatial de Liège. '.repeat(5);
    const out = cutExcerpt(text);
    expect(out.endsWith(' (...)')).toBe(true);
    expect([...out].length).toBeLessThanOrEqual(160);
    const head = out.slice(0, -' (...)'.length);
    expect(text.startsWith(head)).toBe(true);
    expect(text[head.length] === ' ' || /[.,]/.test(text[head.length] ?? '')).toBe(true);
  });

  it('never splits a multi-byte character, even in one long word', () => {
    const word = '🚀é'.repeat(200);
    const out = cutExcerpt(word, 20);
    expect(out.endsWith(' (...)')).toBe(true);
    expect(out).not.toMatch(/\uFFFD/);
    const head = out.slice(0, -6);
    // No lone surrogate: every code unit pair is whole.
    expect(Buffer.from(head, 'utf8').toString('utf8')).toBe(head);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(head)).toBe(false);
  });

  it('does not leave trailing punctuation before the ellipsis', () => {
    const out = cutExcerpt('alpha beta, gamma delta epsilon zeta eta theta', 20);
    expect(out).toBe('alpha beta (...)');
  });
});

describe('articleExcerpt', () => {
  it('prefers the manual excerpt and never shows Markdown syntax', () => {
    expect(articleExcerpt('Résumé manuel.', '# x')).toBe('Résumé manuel.');
    const derived = articleExcerpt('', `**Gras** et [lien](https://x.test) ${'mot '.repeat(60)}`);
    expect(derived).not.toMatch(/\*|\[|\]\(/);
    expect(derived.startsWith('Gras et lien mot')).toBe(true);
  });
});
