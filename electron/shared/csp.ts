/**
 * The renderer's Content-Security-Policy: nothing but the app's own code, no remote content.
 * Images may be data: and blob: URLs (persona photos, exports). The directives live in
 * ./contentSecurityPolicy.mjs, the one source that main's app:// handler, the built page's meta
 * tag (electron.vite.config.ts) and the web server (scripts/staticServer.mjs) all read.
 * frame-ancestors only works as a header, so the meta tag leaves it out.
 */
export { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS, withCspMeta } from './contentSecurityPolicy.mjs'
