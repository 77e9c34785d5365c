import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../electron/shared/csp'
import { createAppProtocolHandler, safeSegments } from '../../../electron/main/protocol'

let base: string
let root: string
let handler: (request: Request) => Promise<Response>
const readSpy = vi.fn((path: string) => readFile(path))

const INDEX = '<!doctype html><title>Journeyboard</title>'
const SECRET = 'TOP SECRET outside the renderer folder'

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'journeyboard-protocol-'))
  root = join(base, 'renderer')
  mkdirSync(join(root, 'assets', 'fonts'), { recursive: true })
  writeFileSync(join(root, 'index.html'), INDEX)
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}')
  writeFileSync(join(root, 'assets', 'logo.svg'), '<svg/>')
  writeFileSync(join(root, 'assets', 'logo.png'), 'png')
  writeFileSync(join(root, 'assets', 'fonts', 'inter.woff2'), 'w2')
  writeFileSync(join(root, 'assets', 'fonts', 'inter.woff'), 'w1')
  writeFileSync(join(root, 'assets', 'fonts', 'vazir.ttf'), 'ttf')
  writeFileSync(join(root, 'assets', 'data.json'), '{}')
  writeFileSync(join(root, 'favicon.ico'), 'ico')
  writeFileSync(join(root, 'assets', 'blob.bin'), 'bin')
  writeFileSync(join(root, 'assets', 'file with space.js'), 'space')
  writeFileSync(join(base, 'secret.txt'), SECRET)
  writeFileSync(join(base, 'secret'), SECRET)
  handler = createAppProtocolHandler({ root, readFile: readSpy })
})

afterAll(() => rmSync(base, { recursive: true, force: true }))

const get = (url: string, method = 'GET') => handler(new Request(url, { method }))

describe('app:// protocol handler', () => {
  it.each([
    ['app://journeyboard/index.html', 'text/html; charset=utf-8', INDEX],
    ['app://journeyboard/', 'text/html; charset=utf-8', INDEX],
    ['app://journeyboard/assets/app.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://journeyboard/assets/app.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://journeyboard/assets/logo.svg', 'image/svg+xml', '<svg/>'],
    ['app://journeyboard/assets/logo.png', 'image/png', 'png'],
    ['app://journeyboard/assets/fonts/inter.woff2', 'font/woff2', 'w2'],
    ['app://journeyboard/assets/fonts/inter.woff', 'font/woff', 'w1'],
    ['app://journeyboard/assets/fonts/vazir.ttf', 'font/ttf', 'ttf'],
    ['app://journeyboard/assets/data.json', 'application/json', '{}'],
    ['app://journeyboard/favicon.ico', 'image/x-icon', 'ico'],
    ['app://journeyboard/assets/blob.bin', 'application/octet-stream', 'bin'],
    ['app://journeyboard/assets/file%20with%20space.js', 'text/javascript; charset=utf-8', 'space'],
    ['app://journeyboard/assets/app.js?v=1#x', 'text/javascript; charset=utf-8', 'console.log(1)'],
  ])('serves %s as %s', async (url, contentType, body) => {
    const response = await get(url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(contentType)
    expect(await response.text()).toBe(body)
  })

  it('falls back to index.html for client routes without an extension', async () => {
    for (const url of ['app://journeyboard/workshops', 'app://journeyboard/workshops/abc/maps/1', 'app://journeyboard/assets']) {
      const response = await get(url)
      expect(response.status, url).toBe(200)
      expect(await response.text()).toBe(INDEX)
    }
  })

  it('answers 404 for a missing asset instead of handing out HTML', async () => {
    for (const url of ['app://journeyboard/assets/missing.js', 'app://journeyboard/missing.css', 'app://journeyboard/nope.png']) {
      expect((await get(url)).status, url).toBe(404)
    }
  })

  it('answers 404 for any other host', async () => {
    for (const url of ['app://evil/index.html', 'app://journeyboard.evil/index.html', 'app://localhost/index.html']) {
      expect((await get(url)).status, url).toBe(404)
    }
  })

  it.each([
    'app://journeyboard/../../etc/passwd',
    'app://journeyboard/../secret.txt',
    'app://journeyboard/..%2fsecret.txt',
    'app://journeyboard/..%2Fsecret.txt',
    'app://journeyboard/%2e%2e%2fsecret.txt',
    'app://journeyboard/%2e%2e/secret.txt',
    'app://journeyboard/assets/%2e%2e/%2e%2e/secret.txt',
    'app://journeyboard/..\\secret.txt',
    'app://journeyboard/..%5csecret.txt',
    'app://journeyboard/assets%5c..%5c..%5csecret.txt',
    'app://journeyboard/%2fetc%2fpasswd',
    'app://journeyboard//etc/passwd',
    'app://journeyboard/C:%5cWindows%5cwin.ini',
    'app://journeyboard/c:/Windows/win.ini',
    'app://journeyboard/index.html%00.png',
    'app://journeyboard/%E0%A4%A',
    'app://journeyboard/%2e%2e%2fsecret',
  ])('never serves a file outside root for %s', async (url) => {
    const response = await get(url)
    const body = await response.text()
    expect(body).not.toContain(SECRET)
    expect(body).not.toContain('root:')
    for (const [path] of readSpy.mock.calls) expect(path.startsWith(root), path).toBe(true)
  })

  it('rejects encoded separators, dot segments, backslashes and NUL outright', async () => {
    for (const url of ['app://journeyboard/%2e%2e%2fsecret.txt', 'app://journeyboard/..%5csecret.txt', 'app://journeyboard/a%00b']) {
      expect((await get(url)).status, url).toBe(400)
    }
    expect(safeSegments('/assets/app.js')).toEqual(['assets', 'app.js'])
    expect(safeSegments('/a/../b')).toBeNull()
    expect(safeSegments('/a\\b')).toBeNull()
    expect(safeSegments('/%2e')).toBeNull()
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://journeyboard/index.html', 'POST')).status).toBe(405)
    const head = await get('app://journeyboard/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('sends the CSP, no-framing and nosniff on every response, errors included', async () => {
    for (const url of ['app://journeyboard/index.html', 'app://journeyboard/assets/app.js', 'app://journeyboard/workshops', 'app://journeyboard/missing.js', 'app://evil/', 'app://journeyboard/..%2f']) {
      const response = await get(url)
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY)
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff')
      expect(response.headers.get('x-frame-options'), url).toBe('DENY')
    }
  })

  it('answers 404 when even index.html is missing', async () => {
    const bare = createAppProtocolHandler({ root: join(base, 'empty'), readFile: (path) => readFile(path) })
    expect((await bare(new Request('app://journeyboard/workshops'))).status).toBe(404)
  })

  it('lets the facilitator’s window reach the room host on loopback, and nothing else, in the header and the page', async () => {
    const roomRoot = join(base, 'room-renderer')
    mkdirSync(roomRoot, { recursive: true })
    writeFileSync(join(roomRoot, 'index.html'), `<html><head><meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" /></head></html>`)
    const room = createAppProtocolHandler({ root: roomRoot, readFile: (path) => readFile(path), roomOrigin: 'ws://127.0.0.1:5200' })
    const response = await room(new Request('app://journeyboard/'))
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self' ws://127.0.0.1:5200;")
    expect(await response.text()).toContain("connect-src 'self' ws://127.0.0.1:5200;")
  })
})
