// The session cookie's name, read by the page cache (signed-in readers bypass it) and the admin.

/** `__Host-` cookies are bound to this exact origin, but need https. */
export const sessionCookieName = (secure: boolean) =>
  secure ? '__Host-constellation_session' : 'constellation_session';
