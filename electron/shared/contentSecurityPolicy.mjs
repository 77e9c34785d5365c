// The one list of Content-Security-Policy directives, in plain JavaScript so that both the app
// (TypeScript, through ./csp.ts) and the web build's Node server (scripts/staticServer.mjs, run
// without a compiler) read the same words. Typed by ./contentSecurityPolicy.d.mts.

/** Directives a <meta> tag can carry: nothing but the app's own code, no remote content. */
const PAGE_DIRECTIVES = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the app compile its own bundled WebAssembly (HarfBuzz, which shapes the
  // PDF's text); it allows no JavaScript eval and no script from anywhere else.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
]

/**
 * Browsers ignore frame-ancestors in a <meta> tag (the page is already framed by the time it is
 * read), so it only works as a response header: the app:// handler and the web server send it.
 */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"]

/** The policy as a response header: everything, frame-ancestors included. */
export const CONTENT_SECURITY_POLICY = [...PAGE_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES].join('; ')

/** The same policy as the built page's <meta> tag carries it. */
export const META_CONTENT_SECURITY_POLICY = PAGE_DIRECTIVES.join('; ')

/** Puts the meta policy first in <head>, so it applies before any script or style loads. */
export function withCspMeta(html) {
  if (!html.includes('<head>')) throw new Error('index.html has no <head> to carry the Content-Security-Policy')
  return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`)
}

/**
 * Headers every web-build response carries, errors included: the policy, and X-Frame-Options for
 * browsers that predate frame-ancestors. Nobody may put the app in a frame (clickjacking).
 */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
})
