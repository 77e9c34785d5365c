import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStaticServer, resolveRequestPath, type StaticServer } from '../../scripts/staticServer.mjs'

// Its own port: the e2e harness holds 5198 and a developer's `npm run web` may hold 5199.
const PORT = 5197

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw request, so paths like /../ reach the server as written instead of being normalised by a client. */
function get(path: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: PORT, path, method: 'GET' }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('the static server behind npm run web', () => {
  let root: string
  let server: StaticServer

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'journeyboard-static-'))
    await mkdir(join(root, 'assets'))
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Journeyboard</title>')
    await writeFile(join(root, 'assets', 'app-1a2b.js'), 'console.log(1)')
    await writeFile(join(root, 'assets', 'face.woff2'), 'x')
    await writeFile(join(root, 'assets', 'logo.svg'), '<svg/>')
    server = await createStaticServer({ root, host: '127.0.0.1', port: PORT })
  })

  afterAll(async () => {
    await server?.close()
    await rm(root, { recursive: true, force: true })
  })

  it('answers on the fixed address it was given', () => {
    expect(server.url).toBe(`http://127.0.0.1:${PORT}`)
  })

  it('serves index.html uncached and hashed assets with their content types', async () => {
    const index = await get('/')
    expect(index.status).toBe(200)
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(index.headers['cache-control']).toContain('no-store')
    expect((await get('/assets/app-1a2b.js')).headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect((await get('/assets/face.woff2')).headers['content-type']).toBe('font/woff2')
    expect((await get('/assets/logo.svg')).headers['content-type']).toBe('image/svg+xml')
    expect((await get('/assets/app-1a2b.js')).headers['cache-control']).toContain('immutable')
  })

  it('falls back to the app for paths without an extension, but 404s a missing asset', async () => {
    const route = await get('/workshops/abc')
    expect(route.status).toBe(200)
    expect(route.body).toContain('<title>Journeyboard</title>')
    expect((await get('/assets/missing.js')).status).toBe(404)
  })

  it('never serves a file outside its folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2f..%2fetc%2fpasswd', '/..%5c..%5cetc']) {
      const reply = await get(path)
      expect(reply.body).not.toContain('root:')
      expect([403, 404, 200]).toContain(reply.status)
      if (reply.status === 200) expect(reply.body).toContain('<title>Journeyboard</title>')
    }
    expect(resolveRequestPath(root, '/%2e%2e/secret')).toBeNull()
    expect(resolveRequestPath(root, '/a%00b')).toBeNull()
  })

  it('refuses a taken port with a message that says what to do', async () => {
    await expect(createStaticServer({ root, host: '127.0.0.1', port: PORT })).rejects.toThrow(
      `something else is using port ${PORT} on 127.0.0.1; set JOURNEYBOARD_PORT`,
    )
  })

  it('refuses to start without a build', async () => {
    await expect(createStaticServer({ root: join(root, 'nope'), port: PORT + 100 })).rejects.toThrow('run npm run build first')
  })
})
