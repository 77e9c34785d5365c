import { existsSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchApp, screenshot, type App } from './harness'

const isLocal = (url: string) => {
  const { protocol, hostname } = new URL(url)
  if (['data:', 'blob:', 'about:', 'devtools:', 'chrome-extension:'].includes(protocol)) return true
  if (protocol === 'app:') return hostname === 'journeyboard'
  return hostname === '127.0.0.1' || hostname === 'localhost'
}

describe('the e2e harness', () => {
  let app: App

  beforeAll(async () => {
    app = await launchApp()
  })

  afterAll(async () => {
    await app?.close()
  })

  it('opens the built app, titled Journeyboard, without errors', async () => {
    await expect.poll(() => app.page.title()).toBe('Journeyboard')
    await app.page.waitForLoadState('networkidle')
    expect(app.errors).toEqual([])
  })

  it('carries the Content-Security-Policy in the page itself, not only in a header', async () => {
    const csp = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("connect-src 'self'")
  })

  it('never asks a remote host for anything', async () => {
    await app.page.waitForLoadState('networkidle')
    expect(app.requests.length).toBeGreaterThan(0)
    expect(app.requests.filter((url) => !isLocal(url))).toEqual([])
  })

  it('saves screenshots as PNG files', async () => {
    const path = await screenshot(app.page, 'harness-start')
    expect(existsSync(path)).toBe(true)
    expect(readFileSync(path).subarray(1, 4).toString('latin1')).toBe('PNG')
  })
})
