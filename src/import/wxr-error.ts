// The error of a WordPress export that cannot be read (not WXR, truncated, bad XML), in a module
// of its own so the newsroom's import page can recognise it without loading the XML parser.
export class WxrError extends Error {
  override name = 'WxrError';
}
