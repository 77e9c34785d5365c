/**
 * The app's origin. Chosen once and never changed: IndexedDB (every workshop and map) belongs to
 * the origin, so a different scheme or host would look to people like all their work was lost.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'journeyboard'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

/** Origin of a URL, or null when it does not parse. `app:` is opaque to Node's URL, so we build it ourselves. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    if (parsed.protocol === `${APP_SCHEME}:`) return `${APP_SCHEME}://${parsed.host}`
    return parsed.origin === 'null' ? null : parsed.origin
  } catch {
    return null
  }
}

/** Origins allowed to load in the window and to call IPC: the app itself, plus the Vite dev server in dev. */
export function trustedOrigins(devServerUrl: string | undefined): ReadonlySet<string> {
  const origins = new Set([APP_ORIGIN])
  const dev = devServerUrl ? originOf(devServerUrl) : null
  if (dev) origins.add(dev)
  return origins
}

export function isTrustedOrigin(url: string, origins: ReadonlySet<string>): boolean {
  const origin = originOf(url)
  return origin !== null && origins.has(origin)
}

/**
 * Privileges for the app scheme, registered before `ready`. standard + secure give it a real
 * origin with IndexedDB and module scripts; stream lets large assets load without buffering.
 * CORS stays off: nothing else should fetch from it.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  stream: true,
} as const

/**
 * Folder name of the app's data (IndexedDB lives in it). Pinned rather than derived from the
 * product name, so a rename of the product never orphans people's workshops.
 */
export const USER_DATA_DIR_NAME = 'Journeyboard'
