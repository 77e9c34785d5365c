import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, withCspMeta } from '../../../electron/shared/csp'
import { createStaticServer, type StaticServer } from '../../../scripts/staticServer.mjs'

// The web build can be opened by any site in a frame unless the server forbids it; a <meta> CSP
// cannot (browsers ignore frame-ancestors there), so the headers are checked on real responses.

interface Reply {
  readonly status: number
  readonly headers: Record<string, string | string[] | undefined>
}

function fetchRaw(url: string, path: string, method = 'GET'): Promise<Reply> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }))
    })
    req.on('error', reject)
    req.end()
  })
}

/** Directives by name, so two policies compare without caring about order or spacing. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d] as const),
  )
}

function metaPolicyOf(html: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)
  if (!match) throw new Error('no CSP meta tag')
  return match[1]!
}

describe('web server security headers', () => {
  let root = ''
  let server: StaticServer
  let builtHtml = ''

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'jb-static-headers-'))
    // index.html as the build writes it: the source page through the same meta transform.
    builtHtml = withCspMeta(await readFile(join(__dirname, '../../../src/index.html'), 'utf8'))
    await writeFile(join(root, 'index.html'), builtHtml)
    await writeFile(join(root, 'app.js'), 'console.log(1)')
    server = await createStaticServer({ root, host: '127.0.0.1', port: 0 })
  })
  afterAll(async () => {
    await server.close()
    await rm(root, { recursive: true, force: true })
  })

  it.each([
    ['the page', '/', 'GET', 200],
    ['an asset', '/app.js', 'GET', 200],
    ['a client route', '/workshops/1', 'GET', 200],
    ['a HEAD request', '/', 'HEAD', 200],
    ['a missing asset', '/missing.js', 'GET', 404],
    ['a path out of the root', '/%2e%2e%2fetc%2fpasswd', 'GET', 403],
    ['another method', '/', 'POST', 405],
    ['the favicon', '/favicon.ico', 'GET', 204],
  ])('forbids framing on %s', async (_name, path, method, status) => {
    const reply = await fetchRaw(server.url, path, method)
    expect(reply.status).toBe(status)
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(directives(String(reply.headers['content-security-policy'])).get('frame-ancestors')).toBe("frame-ancestors 'none'")
    expect(reply.headers['x-frame-options']).toBe('DENY')
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
  })

  it("keeps the page's meta policy in step with the header: the same directives, less the header-only frame-ancestors", async () => {
    const header = directives(String((await fetchRaw(server.url, '/')).headers['content-security-policy']))
    const meta = directives(metaPolicyOf(builtHtml))
    expect(meta.has('frame-ancestors')).toBe(false)
    header.delete('frame-ancestors')
    expect(meta).toEqual(header)
    expect(metaPolicyOf(builtHtml)).toBe(META_CONTENT_SECURITY_POLICY)
  })

  it('has the meta policy put in only by the build, so the source page cannot carry a second, drifting copy', async () => {
    const source = await readFile(join(__dirname, '../../../src/index.html'), 'utf8')
    expect(source).not.toMatch(/Content-Security-Policy/i)
    expect(() => withCspMeta('<html><body></body></html>')).toThrow(/no <head>/)
  })
})
