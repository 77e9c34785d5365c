import type { BrowserWindowConstructorOptions } from 'electron'
import { isTrustedOrigin } from './appOrigin'
import { isSafeExternalUrl } from './urlGate'

/** The Electron security checklist, pinned by tests: any change here must be deliberate. */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Journeyboard',
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    // Shown on ready-to-show with the page's own background so launch never flashes white.
    show: false,
    backgroundColor: '#f6f5f2',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
      preload: preloadPath,
    },
  }
}

interface PreventableEvent {
  preventDefault(): void
}

/** The parts of WebContents that hardening touches; Electron's WebContents satisfies it, tests pass a fake. */
export interface HardenableWebContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown
  readonly session: {
    setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void
    setPermissionCheckHandler(handler: () => boolean): void
  }
}

export interface HardenDeps {
  /** The app origin, plus the dev server's in dev. */
  readonly trustedOrigins: ReadonlySet<string>
  readonly openExternal: (url: string) => unknown
}

export function hardenWebContents(contents: HardenableWebContents, deps: HardenDeps): void {
  // No second window ever: a safe link (https, mailto) opens in the person's own browser or mail app.
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void Promise.resolve(deps.openExternal(url)).catch(() => undefined)
    return { action: 'deny' }
  })

  const stayInApp = (event: PreventableEvent, url: string): void => {
    if (!isTrustedOrigin(url, deps.trustedOrigins)) event.preventDefault()
  }
  contents.on('will-navigate', stayInApp)
  contents.on('will-redirect', stayInApp)
  contents.on('will-attach-webview', (event) => event.preventDefault())

  // Camera, microphone, notifications, geolocation, HID, clipboard-read...: the app needs none.
  contents.session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  contents.session.setPermissionCheckHandler(() => false)
}
