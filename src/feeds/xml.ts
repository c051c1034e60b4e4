// XML text helpers shared by the feeds and the sitemap: escaping and absolute URLs.

/** Characters XML 1.0 forbids even escaped (C0 controls but tab, LF, CR; U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes text or an attribute value for XML (both quote kinds included). */
export function xmlEscape(value: string): string {
  return value
    .replace(forbidden, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** `<name attr="…">text</name>`, or nothing when the text is empty. */
export function element(name: string, text: string | null | undefined, attrs = ''): string {
  if (text === null || text === undefined || text === '') return '';
  return `<${name}${attrs}>${xmlEscape(text)}</${name}>`;
}

/** Makes the site-relative links (`href="/…"`, `src="/…"`) of an HTML fragment absolute. */
export function absoluteLinks(html: string, baseUrl: string): string {
  return html.replace(/\b(href|src)="\/(?!\/)/g, `$1="${baseUrl}/`);
}

/** An instant as RFC 822 (RSS): « Wed, 05 Nov 2025 09:00:00 GMT ». */
export function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

/** An instant as W3C Datetime / RFC 3339 in UTC, without milliseconds: 2025-11-05T09:00:00Z. */
export function w3cDate(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
