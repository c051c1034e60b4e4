// WordPress HTML → Markdown: comments and shortcodes out (bracketed words kept), wpautop's
// paragraphs, unsafe markup removed and named, images kept only when they resolve to a media.
import { describe, expect, it } from 'vitest';
import { pathInside } from './import-files.js';
import { autoParagraphs, convertPostContent, stripWordpressMarkup } from './wp-content.js';

describe('WordPress content', () => {
  it('removes block comments and shortcodes but keeps bracketed words and wrapped text', () => {
    const removed: string[] = [];
    const html = stripWordpressMarkup(
      '<!-- wp:paragraph --><p>Il a dit [sic] et [1].</p><!-- /wp:paragraph -->[contact-form-7 id="3"][note]Gardé[/note][embed]https://video.example.net/v/1[/embed]',
      removed,
    );
    expect(html).toBe(
      '<p>Il a dit [sic] et [1].</p>Gardé<p><a href="https://video.example.net/v/1">https://video.example.net/v/1</a></p>',
    );
    expect(removed).toEqual(['shortcode [note]', 'shortcode [contact-form-7]']);
  });

  it('makes paragraphs of the classic editor’s blank lines and line breaks of single newlines', () => {
    expect(autoParagraphs('Un\ndeux\n\n<h2>Titre</h2>\n\nTrois')).toBe(
      '<p>Un<br>\ndeux</p>\n<h2>Titre</h2>\n<p>Trois</p>',
    );
  });

  it('removes what our pages would not show and lists it', () => {
    const out = convertPostContent(
      '<p onmouseover="x()">Texte <a href="vbscript:x">lien</a></p><form action="/send"><input name="a"></form><svg><script>1</script></svg><object data="x.swf"></object><style>p{}</style><img src="https://ailleurs.example/x.png" alt="x">',
      () => undefined,
    );
    expect(out.markdown).toBe('Texte lien');
    expect(out.removed).toEqual([
      '<script>',
      '<style>',
      '<object> x.swf',
      '<form> /send',
      '<svg>',
      'onmouseover on <p>',
      'vbscript: link',
    ]);
    expect(out.missingImages).toEqual(['https://ailleurs.example/x.png']);
  });

  it('points resolved images at the media library, keeping their alt text', () => {
    const out = convertPostContent(
      '<p><img src="a.jpg" alt="Une antenne" width="300" class="x"></p>',
      (src) => (src === 'a.jpg' ? '/media/2026/12/a.jpg' : undefined),
    );
    expect(out.markdown).toBe('![Une antenne](/media/2026/12/a.jpg)');
  });

  it('never resolves a path out of its folder', () => {
    expect(pathInside('/srv/uploads', '2025/11/a.jpg')).toBe('/srv/uploads/2025/11/a.jpg');
    for (const bad of [
      '../../etc/passwd',
      '/etc/passwd',
      '2025/../../x',
      'a\0b',
      'C:/x',
      '..\\..\\x',
      '',
    ])
      expect(pathInside('/srv/uploads', bad), bad).toBeUndefined();
  });
});
