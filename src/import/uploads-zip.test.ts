// Where a zip entry of an uploads folder lands: below the uploads root, whatever folder the zip
// was made from; never outside it.
import { describe, expect, it } from 'vitest';
import { uploadsEntryPath } from './uploads-zip.js';

describe('uploads zip entries', () => {
  it('places files made from the site root, wp-content or the uploads folder alike', () => {
    expect(uploadsEntryPath('2025/11/a.jpg')).toBe('2025/11/a.jpg');
    expect(uploadsEntryPath('uploads/2025/11/a.jpg')).toBe('2025/11/a.jpg');
    expect(uploadsEntryPath('wp-content/uploads/2025/11/a.jpg')).toBe('2025/11/a.jpg');
    expect(uploadsEntryPath('public_html/wp-content/uploads/2025/11/a.jpg')).toBe('2025/11/a.jpg');
  });

  it('refuses paths that leave the folder, absolute paths, drive letters and directories', () => {
    for (const name of [
      '../secret.txt',
      '2025/../../secret.txt',
      '/etc/passwd',
      'C:/Windows/win.ini',
      '2025\\..\\..\\x',
      'a\u0000b',
      '2025/11/',
    ])
      expect(uploadsEntryPath(name), name).toBeUndefined();
  });
});
