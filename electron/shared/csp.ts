/**
 * The renderer's Content-Security-Policy: nothing but the app's own code, no remote content.
 * Images may be data: and blob: URLs (persona photos, exports). frame-ancestors only works as a
 * header, so main sends it on every app:// response and the meta tag of the built page leaves it out.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
