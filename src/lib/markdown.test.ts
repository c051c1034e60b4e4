import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders subheadings, emphasis, lists and links', () => {
    const html = renderMarkdown(
      '## Le matin à Redu\n\nUne **visite** de [l’ESEC](https://www.esa.int).\n\n- un\n- deux',
    );
    expect(html).toContain('<h2>Le matin à Redu</h2>');
    expect(html).toContain('<strong>visite</strong>');
    expect(html).toContain('<a href="https://www.esa.int" rel="noopener noreferrer">l’ESEC</a>');
    expect(html).toContain('<li>un</li>');
  });

  it('turns a top-level heading into h2 so the page keeps one h1', () => {
    expect(renderMarkdown('# Titre').trim()).toBe('<h2>Titre</h2>');
  });

  it('leaves scripts, event handlers and javascript: links inert', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[clic](javascript:alert(1)) <b onclick="x()">b</b>',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b\b/i);
    expect(html).not.toMatch(/href="javascript:/i);
  });
});
