import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../lib/markdown.js';
import { linkFirstMentions } from './mention-links.js';

describe('linkFirstMentions', () => {
  const html = renderMarkdown(
    [
      '## Le Centre Spatial de Liège',
      '',
      'Le groupe a visité le Centre Spatial de Liège (CSL) puis Liège. Le CSL teste des instruments.',
      '',
      'Voir [le site du CSL](https://csl.example) et l’ESA à Redu, l’ESA encore.',
    ].join('\n'),
  );

  it('links only the first occurrence, outside headings and existing links', () => {
    const out = linkFirstMentions(html, [
      { surface: 'Centre Spatial de Liège', href: '/fr/organisations/csl' },
      { surface: 'ESA', href: '/fr/organisations/esa' },
    ]);
    expect(out).toContain('<h2>Le Centre Spatial de Liège</h2>');
    expect(out.match(/class="entity-link"/g)).toHaveLength(2);
    expect(out).toContain(
      'visité le <a class="entity-link" href="/fr/organisations/csl">Centre Spatial de Liège</a> (CSL)',
    );
    expect(out).toContain(
      'l’<a class="entity-link" href="/fr/organisations/esa">ESA</a> à Redu, l’ESA encore',
    );
  });

  it('matches whole words only and does not link inside another link', () => {
    const out = linkFirstMentions(html, [{ surface: 'CSL', href: '/x' }]);
    expect(out).toContain('(<a class="entity-link" href="/x">CSL</a>)');
    expect(out).toContain(
      '<a href="https://csl.example" rel="noopener noreferrer">le site du CSL</a>',
    );
    expect(linkFirstMentions('<p>ESAB et ESA</p>', [{ surface: 'ESA', href: '/x' }])).toBe(
      '<p>ESAB et <a class="entity-link" href="/x">ESA</a></p>',
    );
  });

  it('gives the longest surface precedence and leaves unknown surfaces alone', () => {
    const out = linkFirstMentions('<p>Centre Spatial de Liège à Liège</p>', [
      { surface: 'Liège', href: '/place' },
      { surface: 'Centre Spatial de Liège', href: '/csl' },
      { surface: 'Absent', href: '/none' },
    ]);
    expect(out).toBe(
      '<p><a class="entity-link" href="/csl">Centre Spatial de Liège</a> à <a class="entity-link" href="/place">Liège</a></p>',
    );
  });

  it('matches escaped characters and escapes attributes', () => {
    const out = linkFirstMentions(renderMarkdown("Agence wallonne à l'Exportation & co"), [
      { surface: "l'Exportation & co", href: '/a?b="c"', title: 'Org: "x"' },
    ]);
    expect(out).toContain('href="/a?b=&quot;c&quot;"');
    expect(out).toContain('title="Org: &quot;x&quot;"');
    expect(out).not.toContain('"c"');
  });

  describe('where the first link goes: the first occurrence in prose', () => {
    const body = renderMarkdown(
      [
        '## Nouvelle Brasserie Fictive',
        '',
        'La NBF ouvre une ligne à Gosselies.',
        '',
        '- la Nouvelle Brasserie Fictive recrute',
        '',
        '| société |',
        '| --- |',
        '| NBF |',
      ].join('\n'),
    );
    const nbf = {
      surface: 'Nouvelle Brasserie Fictive',
      alternatives: ['Nouvelle Brasserie Fictive', 'NBF'],
      href: '/fr/organisations/nbf',
    };

    it('skips a subheading and links the first name the prose uses, acronym included', () => {
      const out = linkFirstMentions(body, [nbf]);
      expect(out).toContain('<h2>Nouvelle Brasserie Fictive</h2>');
      expect(out).toContain(
        '<p>La <a class="entity-link" href="/fr/organisations/nbf">NBF</a> ouvre',
      );
      expect(out.match(/class="entity-link"/g)).toHaveLength(1);
    });

    it('counts list items as prose, and not tables, code or headings', () => {
      const out = linkFirstMentions(body, [{ ...nbf, alternatives: [] }]);
      expect(out).toContain(
        'la <a class="entity-link" href="/fr/organisations/nbf">Nouvelle Brasserie Fictive</a> recrute',
      );
      expect(
        linkFirstMentions(
          '<p><code>NBF</code></p><h3>NBF</h3><table><tr><td>NBF</td></tr></table>',
          [nbf],
        ),
      ).not.toContain('entity-link');
    });

    it('leaves the text alone when the entity is named only in a heading', () => {
      const html = renderMarkdown('## NBF\n\nUne brasserie de Gosselies.');
      expect(linkFirstMentions(html, [nbf])).toBe(html);
    });
  });
});
