import { describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../electron/shared/csp'
import { APP_ORIGIN, trustedOrigins } from '../../../electron/main/appOrigin'
import { hardenWebContents, windowOptions, type HardenableWebContents } from '../../../electron/main/window'

type Listener = (...args: unknown[]) => unknown

function fakeWebContents() {
  const listeners = new Map<string, Listener[]>()
  const fake = {
    windowOpenHandler: undefined as undefined | ((details: { url: string }) => { action: 'deny' }),
    permissionRequestHandler: undefined as undefined | ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void),
    permissionCheckHandler: undefined as undefined | (() => boolean),
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      fake.windowOpenHandler = handler
    },
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener])
      return fake
    },
    emit(event: string, ...args: unknown[]) {
      for (const listener of listeners.get(event) ?? []) listener(...args)
    },
    session: {
      setPermissionRequestHandler(handler: (wc: unknown, permission: string, cb: (granted: boolean) => void) => void) {
        fake.permissionRequestHandler = handler
      },
      setPermissionCheckHandler(handler: () => boolean) {
        fake.permissionCheckHandler = handler
      },
    },
  }
  return fake
}

function harden(devServerUrl?: string) {
  const contents = fakeWebContents()
  const openExternal = vi.fn()
  hardenWebContents(contents as HardenableWebContents, { trustedOrigins: trustedOrigins(devServerUrl), openExternal })
  return { contents, openExternal }
}

function navigate(contents: ReturnType<typeof fakeWebContents>, event: string, url: string): boolean {
  const preventDefault = vi.fn()
  contents.emit(event, { preventDefault }, url)
  return preventDefault.mock.calls.length > 0
}

describe('windowOptions', () => {
  it('pins every webPreferences security setting', () => {
    expect(windowOptions('/app/out/preload/index.cjs').webPreferences).toStrictEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
      preload: '/app/out/preload/index.cjs',
    })
  })

  it('starts hidden with a title, a background and a minimum size', () => {
    const options = windowOptions('/p.cjs')
    expect(options).toMatchObject({ show: false, title: 'Journeyboard' })
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i)
    expect(options.minWidth).toBeGreaterThanOrEqual(640)
    expect(options.minHeight).toBeGreaterThanOrEqual(480)
  })
})

describe('CONTENT_SECURITY_POLICY', () => {
  it('is exactly the strict policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    )
  })
})

describe('hardenWebContents', () => {
  it('denies every new window and opens only safe links outside', () => {
    const { contents, openExternal } = harden()
    for (const url of ['https://example.com/help', 'mailto:team@example.com', 'http://example.com', 'javascript:alert(1)', 'file:///etc/passwd', `${APP_ORIGIN}/index.html`]) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' })
    }
    expect(openExternal.mock.calls).toEqual([['https://example.com/help'], ['mailto:team@example.com']])
  })

  it('keeps navigation inside the app origin', () => {
    const { contents } = harden()
    expect(navigate(contents, 'will-navigate', `${APP_ORIGIN}/index.html`)).toBe(false)
    expect(navigate(contents, 'will-navigate', 'https://example.com/')).toBe(true)
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(navigate(contents, 'will-navigate', 'app://other/index.html')).toBe(true)
    expect(navigate(contents, 'will-navigate', 'http://localhost:5173/')).toBe(true)
    expect(navigate(contents, 'will-navigate', 'not a url')).toBe(true)
    expect(navigate(contents, 'will-redirect', 'https://example.com/')).toBe(true)
  })

  it('allows the dev server origin only when one is given', () => {
    const { contents } = harden('http://localhost:5173/')
    expect(navigate(contents, 'will-navigate', 'http://localhost:5173/workshops')).toBe(false)
    expect(navigate(contents, 'will-navigate', 'http://localhost:5174/')).toBe(true)
  })

  it('prevents every webview', () => {
    const { contents } = harden()
    const preventDefault = vi.fn()
    contents.emit('will-attach-webview', { preventDefault })
    expect(preventDefault).toHaveBeenCalledOnce()
  })

  it('denies every permission request and check', () => {
    const { contents } = harden()
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn()
      contents.permissionRequestHandler?.({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
    }
    expect(contents.permissionCheckHandler?.()).toBe(false)
  })
})
