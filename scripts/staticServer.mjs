import { createServer } from 'node:http'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, resolve, sep } from 'node:path'
import { SECURITY_HEADERS } from '../electron/shared/contentSecurityPolicy.mjs'

export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_PORT = 5199

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

/** Thrown (and printed by scripts/web.mjs) when the port is already bound. */
export class PortInUseError extends Error {
  constructor(host, port) {
    super(`something else is using port ${port} on ${host}; set JOURNEYBOARD_PORT to another port`)
    this.name = 'PortInUseError'
    this.code = 'EADDRINUSE'
    this.port = port
  }
}

export class MissingBuildError extends Error {
  constructor(root) {
    super(`${root} does not exist: run npm run build first`)
    this.name = 'MissingBuildError'
    this.code = 'ENOBUILD'
  }
}

export function contentTypeOf(filePath) {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Maps a request path to a file under root, or null when it would leave root.
 * Decoding happens before the check so `%2e%2e%2f` cannot slip past it.
 */
export function resolveRequestPath(root, urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0])
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const absoluteRoot = resolve(root)
  const target = resolve(join(absoluteRoot, decoded))
  if (target !== absoluteRoot && !target.startsWith(absoluteRoot + sep)) return null
  return target
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/**
 * The request handler behind createStaticServer, for servers that add their own routes (the room
 * host adds a WebSocket upgrade). Every response carries the security headers; `headersFor(req)`
 * may replace them per request (the room host widens connect-src to its own ws:// address), and
 * `transformIndex(html, req)` rewrites index.html before it is sent (the same widening in the
 * page's meta policy). root must already hold index.html.
 */
export function createStaticHandler({ root, headersFor, transformIndex }) {
  const absoluteRoot = resolve(root)
  const indexPath = join(absoluteRoot, 'index.html')
  const securityHeadersOf = headersFor ?? (() => SECURITY_HEADERS)

  return async function handleStaticRequest(req, res) {
    const security = securityHeadersOf(req)
    const head = (status, headers) => res.writeHead(status, { ...headers, ...security })
    const reply = (status, body, headers = {}) => {
      head(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers })
      res.end(body)
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      reply(405, 'Method not allowed', { Allow: 'GET, HEAD' })
      return
    }
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname
    let filePath = resolveRequestPath(absoluteRoot, urlPath)
    if (filePath === null) {
      reply(403, 'Forbidden')
      return
    }
    if (!(await isFile(filePath))) {
      // Client-side routes (no extension) get the app; a missing asset is a real 404, except the
      // favicon every browser asks for on its own, which would otherwise log a console error.
      if (extname(urlPath) === '') filePath = indexPath
      else if (urlPath === '/favicon.ico') {
        head(204, { 'Cache-Control': 'public, max-age=86400' })
        res.end()
        return
      } else {
        reply(404, 'Not found')
        return
      }
    }
    const isIndex = filePath === indexPath
    const headers = {
      'Content-Type': contentTypeOf(filePath),
      // index.html names the hashed assets, so it must never be stale; the hashed assets may be.
      'Cache-Control': isIndex ? 'no-store, must-revalidate' : 'public, max-age=31536000, immutable',
      ...(isIndex ? { Pragma: 'no-cache', Expires: '0' } : {}),
    }
    if (isIndex && transformIndex) {
      let html
      try {
        html = transformIndex(await readFile(filePath, 'utf8'), req)
      } catch {
        reply(500, 'Could not read the page')
        return
      }
      head(200, headers)
      res.end(req.method === 'HEAD' ? undefined : html)
      return
    }
    head(200, headers)
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    const stream = createReadStream(filePath)
    stream.on('error', () => res.destroy())
    stream.pipe(res)
  }
}

/** Throws MissingBuildError unless root holds a built page. */
export async function assertBuilt(root) {
  const absoluteRoot = resolve(root)
  if (!(await isFile(join(absoluteRoot, 'index.html')))) throw new MissingBuildError(absoluteRoot)
}

/**
 * Serves a built single-page app from root. Resolves once listening, with the URL people and
 * tests should open. Rejects with PortInUseError or MissingBuildError rather than falling back
 * to another port: IndexedDB belongs to the origin, and a different port would look like lost data.
 */
export async function createStaticServer({ root, host = DEFAULT_HOST, port = DEFAULT_PORT }) {
  await assertBuilt(root)
  const handle = createStaticHandler({ root })
  const server = createServer((req, res) => {
    void handle(req, res)
  })

  await new Promise((resolveListen, rejectListen) => {
    const onError = (error) => {
      server.off('listening', onListening)
      rejectListen(error.code === 'EADDRINUSE' ? new PortInUseError(host, port) : error)
    }
    const onListening = () => {
      server.off('error', onError)
      resolveListen()
    }
    server.once('error', onError)
    server.once('listening', onListening)
    server.listen(port, host)
  })

  const urlHost = host.includes(':') ? `[${host}]` : host
  // The bound port, so port 0 (any free port, as tests use) gives a URL that works.
  const boundPort = server.address()?.port ?? port
  return {
    url: `http://${urlHost}:${boundPort}`,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose())
        // A headless browser may keep idle keep-alive sockets open; don't wait for them.
        server.closeAllConnections?.()
      }),
  }
}
