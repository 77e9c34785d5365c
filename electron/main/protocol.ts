import { extname, isAbsolute, join, relative, resolve } from 'node:path'
import { SECURITY_HEADERS } from '../shared/csp'
import { roomIndexHtml, roomSecurityHeaders } from '../../server/room/csp'
import { APP_HOST } from './appOrigin'

export interface AppProtocolDeps {
  /** The built renderer folder (out/renderer); nothing outside it is ever served. */
  readonly root: string
  /** Rejects for a missing file or a directory; both fall through to the SPA rules. */
  readonly readFile: (path: string) => Promise<Uint8Array>
  /**
   * The room host's loopback WebSocket origin (ws://127.0.0.1:PORT): the facilitator's window joins
   * its rooms there, so the policy allows exactly that origin besides 'self', in the header and in
   * index.html's meta tag alike (the stricter of the two applies).
   */
  readonly roomOrigin?: string
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
}

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

function securityHeaders(extra: Record<string, string> = {}, roomOrigin?: string): Headers {
  // The web server sends the same set (one source: ../shared/contentSecurityPolicy.mjs); extra never overrides it.
  return new Headers({ ...extra, ...(roomOrigin ? roomSecurityHeaders(roomOrigin) : SECURITY_HEADERS) })
}

function errorResponse(status: 400 | 404 | 405, text: string): Response {
  return new Response(text, { status, headers: securityHeaders({ 'Content-Type': 'text/plain; charset=utf-8' }) })
}

/**
 * Turns the URL path into path segments, or null if any segment could step outside root.
 * Segments are decoded one by one so an encoded "..%2f" or "%5c" cannot smuggle a separator
 * past the check; ":" is refused because on Windows it names a drive or an alternate stream.
 */
export function safeSegments(urlPath: string): string[] | null {
  if (urlPath.includes('\\')) return null
  const segments: string[] = []
  for (const raw of urlPath.split('/')) {
    if (raw === '') continue
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return null
    }
    if (segment === '.' || segment === '..') return null
    if (/[/\\:\0]/.test(segment)) return null
    segments.push(segment)
  }
  return segments
}

/** Resolves segments under root, double-checking the result really is inside it. */
function resolveInside(root: string, segments: readonly string[]): string | null {
  const full = resolve(join(root, ...segments))
  const rel = relative(root, full)
  if (rel.startsWith('..') || isAbsolute(rel)) return null
  return full
}

export function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  const root = resolve(deps.root)
  const indexPath = join(root, 'index.html')

  const serve = async (filePath: string, method: string): Promise<Response | null> => {
    let body: Uint8Array
    try {
      body = await deps.readFile(filePath)
    } catch {
      return null
    }
    const headers = securityHeaders({ 'Content-Type': mimeTypeFor(filePath) }, deps.roomOrigin)
    if (filePath === indexPath && deps.roomOrigin) body = new TextEncoder().encode(roomIndexHtml(new TextDecoder().decode(body), deps.roomOrigin))
    return new Response(method === 'HEAD' ? null : body, { status: 200, headers })
  }

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405, 'Method not allowed')
    let url: URL
    try {
      url = new URL(request.url)
    } catch {
      return errorResponse(400, 'Bad request')
    }
    if (url.host !== APP_HOST) return errorResponse(404, 'Not found')
    const segments = safeSegments(url.pathname)
    if (segments === null) return errorResponse(400, 'Bad request')
    const filePath = segments.length === 0 ? indexPath : resolveInside(root, segments)
    if (filePath === null) return errorResponse(400, 'Bad request')

    const found = await serve(filePath, request.method)
    if (found) return found
    // Client-side routes ("/workshops/abc") have no file; assets that are missing must stay 404
    // so a broken build fails loudly instead of receiving HTML as JavaScript.
    if (extname(filePath) === '') {
      const fallback = await serve(indexPath, request.method)
      if (fallback) return fallback
    }
    return errorResponse(404, 'Not found')
  }
}
