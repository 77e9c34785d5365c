// The page served to participants connects back to the host over ws://, which Safari does not
// count as 'self': the policy names the exact ws:// origin the page was loaded from, in the
// header and in index.html's meta tag alike (the stricter of the two applies).
import type { IncomingMessage } from 'node:http'
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../electron/shared/csp'

const HOST_HEADER = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/

/** The ws:// origin of the host as this request reached it; the bind address when the Host header is odd. */
export function wsOriginFor(req: Pick<IncomingMessage, 'headers'>, fallbackHost: string): string {
  const host = req.headers.host
  return `ws://${host && HOST_HEADER.test(host) ? host.toLowerCase() : fallbackHost}`
}

const widen = (policy: string, wsOrigin: string) => policy.replace("connect-src 'self'", `connect-src 'self' ${wsOrigin}`)

export function roomSecurityHeaders(wsOrigin: string): Record<string, string> {
  return { ...SECURITY_HEADERS, 'Content-Security-Policy': widen(CONTENT_SECURITY_POLICY, wsOrigin) }
}

/** index.html with its meta policy widened the same way (added when the build has none). */
export function roomIndexHtml(html: string, wsOrigin: string): string {
  const meta = widen(META_CONTENT_SECURITY_POLICY, wsOrigin)
  if (html.includes(META_CONTENT_SECURITY_POLICY)) return html.replace(META_CONTENT_SECURITY_POLICY, meta)
  if (!html.includes('<head>')) throw new Error('index.html has no <head> to carry the Content-Security-Policy')
  return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${meta}" />`)
}
