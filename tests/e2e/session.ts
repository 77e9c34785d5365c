import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { launchApp, type App } from './harness'

export interface Session {
  /** The running app; after `restart()` the relaunched one. */
  readonly app: App
  /** Quits and reopens the app on the same profile, as a person does. */
  restart(): Promise<App>
}

/**
 * One app for the whole describe block: launched before its first test, closed after its last,
 * and after every test no page or console error. Hooks a spec adds after this call run their
 * after-hooks first (vitest runs after-hooks in reverse), so cleanup that needs the app open goes there.
 */
export function useApp(): Session {
  let app: App | undefined
  const session: Session = {
    get app() {
      if (!app) throw new Error('the app has not been launched yet')
      return app
    },
    async restart() {
      app = await session.app.restart()
      return app
    },
  }

  beforeAll(async () => {
    app = await launchApp()
  })

  afterEach(() => {
    expect(session.app.errors).toEqual([])
  })

  afterAll(async () => {
    await app?.close()
  })

  return session
}
