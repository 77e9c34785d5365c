import { request } from 'node:http'
import { describe, expect, it } from 'vitest'
import { useRoomHost } from './support'

const host = useRoomHost()

function get(port: number, path: string, host?: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false, headers: host ? { Host: host } : {} }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

const connectSrc = (policy: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('connect-src'))

describe('the host’s page', () => {
  it('tells the time by the host’s clock, never cached, so devices can line their timers up with it', async () => {
    await host.restart({ now: () => 1_800_000_000_000 })
    const info = await host.server.openRoom({ roomId: 'r1' })
    const clock = await get(info.port, '/room-clock')
    expect(clock.status).toBe(200)
    expect(JSON.parse(clock.body)).toEqual({ now: 1_800_000_000_000 })
    expect(clock.headers['cache-control']).toBe('no-store')
    expect(String(clock.headers['content-security-policy'])).toContain("frame-ancestors 'none'")
  })

  it('allows WebSocket to the address the page came from, in the header and the meta tag', async () => {
    const info = await host.server.openRoom({ roomId: 'r1' })
    const page = await get(info.port, '/', `192.168.1.20:${info.port}`)
    expect(page.status).toBe(200)
    expect(connectSrc(String(page.headers['content-security-policy']))).toBe(`connect-src 'self' ws://192.168.1.20:${info.port}`)
    expect(String(page.headers['content-security-policy'])).toContain("frame-ancestors 'none'")
    expect(page.headers['x-frame-options']).toBe('DENY')
    const meta = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page.body)?.[1] ?? ''
    expect(connectSrc(meta)).toBe(`connect-src 'self' ws://192.168.1.20:${info.port}`)
  })

  it('does not let a forged Host header inject directives', async () => {
    const info = await host.server.openRoom({ roomId: 'r1' })
    const page = await get(info.port, '/', "evil; script-src 'unsafe-inline'")
    expect(String(page.headers['content-security-policy'])).not.toContain('unsafe-inline')
    expect(connectSrc(String(page.headers['content-security-policy']))).toBe(`connect-src 'self' ws://127.0.0.1:${info.port}`)
  })

  it('keeps the static server’s guards: traversal refused, missing assets 404', async () => {
    const info = await host.server.openRoom({ roomId: 'r1' })
    expect((await get(info.port, '/..%2f..%2f..%2fetc%2fpasswd')).status).toBe(403)
    expect((await get(info.port, '/missing.js')).status).toBe(404)
  })

  it('listens only while a room is open', async () => {
    expect(host.server.port()).toBeNull()
    const info = await host.server.openRoom({ roomId: 'r1' })
    await host.server.openRoom({ roomId: 'r2' })
    expect(host.server.port()).toBe(info.port)
    await host.server.closeRoom('r1')
    expect((await get(info.port, '/')).status).toBe(200)
    await host.server.closeRoom('r2')
    await expect(get(info.port, '/')).rejects.toThrow(/ECONNREFUSED/)
  })

  it('gives loopback-only addresses and a loopback host URL when bound to loopback', async () => {
    const info = await host.server.openRoom({ roomId: 'r1' })
    expect(info.addresses.every((a) => a.address === '127.0.0.1')).toBe(true)
    expect(info.hostWsUrl).toBe(`ws://127.0.0.1:${info.port}/room/r1?code=${new URL(info.hostWsUrl).searchParams.get('code')}`)
    expect(info.shortCode).toBe(info.code.slice(0, 6))
  })
})
