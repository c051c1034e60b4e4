// Public addresses of stored media files (served under /media/ by the app).

/** Public URL of a stored media file. */
export function mediaUrl(storageKey: string): string {
  return `/media/${storageKey.split('/').map(encodeURIComponent).join('/')}`;
}
